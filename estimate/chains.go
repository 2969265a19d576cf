package estimate

import (
	"strings"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// Reporting chains: an outlet or agency the article cites often reports
// what someone else says or thinks ("D'après le Washington Post, Barack
// Obama a exprimé des doutes", "По данным Washington Post, министр
// считает …", "Laut der Washington Post hält der Minister … für
// wahrscheinlich"). The one who says or thinks it holds the judgement;
// the outlet is only the channel it came through.

// chained returns the subject of a reporting, estimating or expecting
// verb that follows the source phrase's name (which starts at from)
// before end, when that subject is someone other than the source; nil
// when the source itself is the clause's only voice.
func (s *sentence) chained(from, end int) *kent.Speaker {
	r, toks := s.r, s.toks
	nameEnd := s.sourceEnd(from)
	if nameEnd < 0 || s.describedAfter(nameEnd) {
		return nil // "According to Arseni Sivitski, head of the Center …": a person, who holds it
	}
	for v := nameEnd; v < end && v < len(toks); v++ {
		if toks[v].Word && (r.complementizers.Len(toks, v) > 0 || s.inCondition(v)) {
			return nil // a clause of its own: "По словам Каца, если Испания признает …"
		}
		// Verbs of saying and believing only: an estimating verb ("the
		// Kremlin may put Lukashenko in a situation") is as often the
		// proposition's own.
		if !toks[v].Word || r.reporting.Len(toks, v) == 0 && r.beliefs.Len(toks, v) == 0 {
			continue
		}
		if r.verbSecond {
			// The source phrase fronted, the subject right after the verb:
			// "Laut der Washington Post hält der frühere Minister Paul
			// Grant …". A verb further on ends a clause of its own ("… mit
			// 70 Prozent Wahrscheinlichkeit zu erwarten").
			if wordsIn(toks, nameEnd, v) == 0 {
				if h := s.subjectOfFrame(v); h != nil && !s.nobody(h) {
					return h
				}
			}
			return nil
		}
		if h, at := s.subjectBefore(v); h != nil && at >= nameEnd && !s.nobody(h) {
			return h
		}
		return nil // the first verb decides: its subject is the source's own
	}
	return nil
}

// sourceEnd returns the token after the name a source phrase introduces
// at from (articles, quote marks and the name's capitalised words, or a
// group noun), or -1 when no name stands there.
func (s *sentence) sourceEnd(from int) int {
	toks := s.toks
	k := from
	for k < len(toks) && (!toks[k].Word || s.r.hold.dets[toks[k].Low]) && k < from+3 {
		k++
	}
	e := k
	for e < len(toks) && toks[e].Word && isCapitalised(toks[e].Text) {
		e++
	}
	if e == k {
		if k < len(toks) && toks[k].Word {
			if n := s.r.groups.Len(toks, k); n > 0 {
				return k + n
			}
		}
		return -1
	}
	for e < len(toks) && !toks[e].Word && toks[e].Low != "," {
		e++ // a closing quote mark: "Według „Washington Post” …"
	}
	return e
}

// chainOf returns who a source's report is from, when h is the name a
// source phrase in this sentence introduces ("according to the Washington
// Post", "Laut der Washington Post") and a reporting or estimating verb
// after it has a subject of its own; nil otherwise.
func (s *sentence) chainOf(h *kent.Speaker) *kent.Speaker {
	from, _ := s.locate(h)
	if from < 1 {
		return nil
	}
	for k := max(0, from-4); k < from; k++ {
		if !s.toks[k].Word {
			continue
		}
		n := s.r.sources.Len(s.toks, k)
		if n == 0 || k+n > from {
			continue
		}
		for j := k + n; j < from; j++ {
			if s.toks[j].Word && !s.r.hold.dets[s.toks[j].Low] {
				return nil // words of their own between: not this source's name
			}
		}
		if v := s.venueAtFigure(h); v != nil {
			return v // "Secondo CoinDesk, … il 55% su Polymarket" (venues.go)
		}
		return s.chained(k+n, len(s.toks))
	}
	return nil
}

// pluralSourceReach is how many words an unnamed source may have before
// its noun: "plusieurs informations", "several senior diplomats".
const pluralSourceReach = 3

// pluralSource reads an unnamed plural source after a source phrase, at
// k before limit: determiners, numerals and adjectives, then a plural
// noun, as the tagger reads them ("selon plusieurs informations",
// "according to several diplomats", "secondo alcuni protagonisti").
// Those words hold what they report, not a name the clause is about.
// nil when the language has no tagger or no such phrase stands there.
func (s *sentence) pluralSource(k, limit int) *kent.Speaker {
	toks := s.toks
	e := k
	for e < limit && e < k+pluralSourceReach+1 && toks[e].Word && (!isCapitalised(toks[e].Text) || s.r.hold.nounsCap && e > k) {
		e++
	}
	if e == k {
		return nil
	}
	tags := s.tagsAround(k, e)
	if len(tags) != e-k {
		return nil
	}
	for j, t := range tags {
		switch t.UPOS {
		case "DET", "NUM", "ADJ":
			continue // "plusieurs", "several", "alcuni", "многие", "les"
		case "NOUN":
			if !strings.Contains(t.Feats, "Number=Plur") || j == 0 && !s.r.hold.groups[toks[k].Low] {
				return nil // "according to estimates" alone names too little; a listed group may ("zdaniem ekspertów")
			}
			return &kent.Speaker{Name: s.a.Text[toks[k].Start:toks[k+j].End], Kind: "group"}
		}
		return nil
	}
	return nil
}

// inCondition reports whether token k is in one of the sentence's
// conditional clauses.
func (s *sentence) inCondition(k int) bool {
	for _, c := range s.cond {
		if k >= c[0] && k < c[1] {
			return true
		}
	}
	return false
}

// orgWord reports whether w is an organisation word or one of its
// inflections: "agencji", "агентства" for "agencja", "агентство".
func orgWord(h *holderRules, w string) bool {
	if h.isOrg(w) {
		return true
	}
	n := utf8.RuneCountInString(w)
	for _, g := range h.orgWords {
		m := utf8.RuneCountInString(g)
		if m < minStem {
			continue
		}
		_, size := utf8.DecodeLastRuneInString(g)
		if strings.HasPrefix(w, g[:len(g)-size]) && n-m <= 2 {
			return true
		}
	}
	return false
}

// orgNamedLast returns the organisation an earlier sentence named last,
// within namesReach, with the organisation word t in its name, inflected
// as it may be ("według agencji" after "Agencja Fitch obniżyła …"); else
// the word itself.
func (s *sentence) orgNamedLast(t kent.Token) *kent.Speaker {
	for i := len(s.names) - 1; i >= 0; i-- {
		n := s.names[i]
		if s.sent-n.sent > namesReach {
			break
		}
		if n.org && sameStem(n.sp.Name, t.Low) {
			sp := n.sp
			return &sp
		}
	}
	return &kent.Speaker{Name: s.a.Text[t.Start:t.End], Kind: "group"}
}

// sameStem reports whether a word of name shares w's stem: both alike but
// for their last two letters ("Agencja", "agencji").
func sameStem(name, w string) bool {
	r := []rune(w)
	if len(r) < minStem {
		return false
	}
	stem := string(r[:len(r)-2])
	for _, x := range words(name) {
		if strings.HasPrefix(x, stem) && utf8.RuneCountInString(x)-len(r) <= 2 {
			return true
		}
	}
	return false
}

// describedAfter reports whether a role in apposition follows the source's
// name at k (", head of the Center", ", an economist at"): the source is
// a person, the judgement's holder, not a channel.
func (s *sentence) describedAfter(k int) bool {
	toks := s.toks
	if k >= len(toks) || toks[k].Low != "," {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		if !toks[j].Word {
			return false
		}
		if s.r.hold.isRole(toks[j].Low) {
			return true
		}
		if !s.r.hold.articles[toks[j].Low] {
			return false
		}
	}
	return false
}
