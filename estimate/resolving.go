package estimate

// Resolving a holder to who the article named before: a description
// ("the analyst") to the person with that role, a surname to the full
// name, an apposition to the name it describes. Split from
// antecedents.go, which keeps the names a sentence and those before it
// offer.

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// resolve gives a description the latest name it fits, in reach: a person
// for a role, an organisation for an organisation word. A name the
// tagger reads as a common noun ("Große Unternehmen") is passed over.
func (s *sentence) resolve(h *kent.Speaker) *kent.Speaker {
	if h == nil || h.Kind == "" && h.Name == "" {
		return h
	}
	if m := s.marketHolder(); m != nil && m.Name != h.Name && !s.quotedHere() {
		h = m // the market, not the bank that reports its pricing (views.go)
	}
	if a := s.apposed(h); a != nil {
		return a
	}
	if f := strings.Fields(h.Name); h.Kind == kent.SpeakerPerson && len(f) >= 3 && len(f) <= 4 && isAcronym(f[0]) && capitalisedWords(f[1:]) {
		// "Верховна представниця ЄС Кая Каллас": the acronym is the
		// title's, the person is the name after it
		sp := *h
		sp.Name = strings.Join(f[1:], " ")
		h = &sp
	}
	if from, to := s.locate(h); from >= 0 && to == from+1 && s.r.hold.isRole(s.toks[from].Low) {
		if a := s.nameAfterRole(from); a != nil {
			return a // "заявив лідер фракції «Слуга народу» Давид Арахамія": the role's own name
		}
	}
	head, org := s.description(h)
	if head == "" || s.indefinite(h) {
		return h
	}
	// A person description is most often the speaker named last; an
	// organisation's ("the market", "the agency") the organisation
	// written last.
	if !org && s.back != nil && s.backSent >= 0 && !s.backOrg() && !s.mentions(s.back, h) {
		// The holder named last, when it is later than any name written.
		later := true
		for _, n := range s.names {
			if n.sent > s.backSent && n.org == org {
				later = false
			}
		}
		if later {
			b := *s.back
			return &b
		}
	}
	if org {
		// "The bank expects" after "Handelsbanken's head of forecasting":
		// an organisation whose name holds the word, before any other.
		for i := len(s.names) - 1; i >= 0; i-- {
			n := s.names[i]
			if s.sent-n.sent > namesReach {
				break
			}
			if n.org && namesHead(n.sp.Name, head) && !s.mentions(&n.sp, h) {
				sp := n.sp
				sp.Name = strings.TrimSuffix(strings.TrimSuffix(sp.Name, "'s"), "’s") // "Nordbank's chief economist"
				return &sp
			}
		}
	}
	for i := len(s.names) - 1; i >= 0; i-- {
		n := s.names[i]
		if s.sent-n.sent > namesReach {
			break
		}
		if n.org == org && n.described && (n.market || !s.r.hold.markets[head] || s.r.hold.isOrg(head)) && !s.mentions(&n.sp, h) {
			sp := n.sp
			return &sp
		}
	}
	return h
}

// capitalisedWords reports whether every word of ws starts with a capital.
func capitalisedWords(ws []string) bool {
	for _, w := range ws {
		if !isCapitalised(w) {
			return false
		}
	}
	return true
}

// namesHead reports whether a word of name holds the organisation word
// head, compounded or inflected ("Handelsbanken" for "bank", "Riksbanken"
// for "banken", "Agencja" for "agencji").
func namesHead(name, head string) bool {
	if utf8.RuneCountInString(head) < 4 {
		return false
	}
	for _, w := range words(name) {
		if strings.Contains(w, head) {
			return true
		}
	}
	return sameStem(name, head)
}

// marketTalk reports whether the sentence speaks of a market: a market
// noun that is no role ("market", "Märkte", "rynki"), odds, a platform
// or a poll's kind of noun, or a pricing verb. Computed once a sentence.
func (s *sentence) marketTalk() bool {
	if s.mkt != 0 {
		return s.mkt > 0
	}
	s.mkt = -1
	hr := s.r.hold
	for k, t := range s.toks {
		if !t.Word {
			continue
		}
		if hr.markets[t.Low] && !hr.isRole(t.Low) && !slices.Contains(hr.shares, t.Low) || hr.proxies[t.Low] ||
			s.r.oddsNouns.Len(s.toks, k) > 0 || hr.pricing.Len(s.toks, k) > 0 {
			s.mkt = 1
			break
		}
	}
	return s.mkt > 0
}

// backOrg reports whether the holder named last is an organisation.
func (s *sentence) backOrg() bool {
	return s.back.Kind == "organisation" || s.back.Kind == "group"
}

// closedClass are the parts of speech no name is tagged with.
var closedClass = map[string]bool{"ADV": true, "SCONJ": true, "CCONJ": true, "ADP": true, "PRON": true, "DET": true, "PART": true, "AUX": true, "NUM": true, "INTJ": true, "PUNCT": true}

// trimNames drops the names out of a description's reach from sent.
func trimNames(ns []named, sent int) []named {
	k := 0
	for k < len(ns) && sent-ns[k].sent > namesReach {
		k++
	}
	if k == 0 {
		return ns
	}
	// The names kept move to the front of the same array, so the next
	// sentence's names are appended in place: slicing the front off left
	// less room each time, and the copies were estimate's second largest
	// allocation. (No one keeps a pointer into the array: the holders
	// read from it are copies.)
	n := copy(ns, ns[k:])
	clear(ns[n:])
	return ns[:n]
}

// locate returns the tokens [from, to) of the sentence that write a
// holder's name, or -1, -1.
func (s *sentence) locate(h *kent.Speaker) (from, to int) {
	if len(s.toks) == 0 || h.Name == "" {
		return -1, -1
	}
	base := s.toks[0].Start
	at := strings.Index(s.a.Text[base:s.toks[len(s.toks)-1].End], h.Name)
	if at < 0 {
		return -1, -1
	}
	from, to = -1, -1
	for k, t := range s.toks {
		if t.Start >= base+at && from < 0 {
			from = k
		}
		if t.End <= base+at+len(h.Name) {
			to = k + 1
		}
	}
	if from < 0 || to <= from {
		return -1, -1
	}
	return from, to
}

// indefinite reports whether a description introduces someone new: "one
// Western diplomat", "a diplomat", "another official", "ein Sprecher" —
// an indefinite article, an indefinite pronoun or a numeral, as the
// tagger reads them in the sentence. A description not in this sentence
// counts as indefinite: it cannot be checked.
func (s *sentence) indefinite(h *kent.Speaker) bool {
	from, to := s.locate(h)
	if from < 0 {
		return true
	}
	lo := max(0, from-1)
	for _, t := range s.tagsAround(lo, to) {
		if t.UPOS == "NUM" || strings.Contains(t.Feats, "Definite=Ind") || strings.Contains(t.Feats, "PronType=Ind") {
			return true
		}
	}
	return false
}

// mentions reports whether the sentence writes a candidate's last name
// outside the description h: "Однако, считает эксперт, Харрис проиграет"
// — the expert is not Harris, of whom the judgement speaks.
func (s *sentence) mentions(c, h *kent.Speaker) bool {
	ws := strings.Fields(c.Name)
	if len(ws) == 0 || len(s.toks) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	if utf8.RuneCountInString(last) > 5 {
		_, size := utf8.DecodeLastRuneInString(last)
		last = last[:len(last)-size] // "Суслов", "Суслова"
	}
	text := s.a.Text[s.toks[0].Start:s.toks[len(s.toks)-1].End]
	return strings.Contains(strings.Replace(text, h.Name, "", 1), last)
}

// particleName reports whether a word is a name with a lower-case particle
// before a hyphen: "al-Ansari", "el-Sisi".
func particleName(w string) bool {
	_, after, ok := strings.Cut(w, "-")
	return ok && isCapitalised(after)
}

// apposed returns the person named right after a description or a group
// in its sentence, set off by a comma: "said the ministry's spokesman,
// Omar Haddad", "sagte der Sprecher des Ministeriums, Omar al-Haddad";
// nil when there is none.
func (s *sentence) apposed(h *kent.Speaker) *kent.Speaker {
	if h.Kind == "person" && !strings.Contains(h.Name, " ") {
		// One capitalised word as a person: a German noun ("Sprecher") or
		// a name; a name would not be followed by another in apposition.
	} else if h.Kind != "group" && h.Kind != "organisation" {
		if head, _ := s.description(h); head == "" {
			return nil
		}
	}
	from, to := s.locate(h)
	if from < 0 {
		return nil
	}
	// The comma may come after the description's own complement: "der
	// Sprecher des katarischen Außenministeriums, Madschid al-Ansari".
	for c := to; c < len(s.toks) && c <= to+appositionReach; c++ {
		if s.toks[c].Low != "," {
			if !s.toks[c].Word && s.toks[c].Low != "'" && s.toks[c].Low != "’" {
				return nil
			}
			continue
		}
		e := c + 1
		for e < len(s.toks) && s.toks[e].Word && (isCapitalised(s.toks[e].Text) || e > c+1 && particleName(s.toks[e].Text)) {
			e++
		}
		if e-(c+1) < 2 || e-(c+1) > 4 {
			return nil
		}
		if e < len(s.toks) && s.toks[e].Word {
			// A word after the name: it opens a clause of its own
			// ("Experten befürchten, Präsident Putin könnte …"), it is
			// no apposition, which ends with its clause.
			return nil
		}
		return &kent.Speaker{Name: s.a.Text[s.toks[c+1].Start:s.toks[e-1].End], Kind: "person"}
	}
	return nil
}

// appositionReach is how many tokens a description's complement may have
// before the comma that sets off its name.
const appositionReach = 4

// endsInGroup reports whether a word is a compound ending in a group or
// role word: "Militärexperten", "chefsekonomen".
func (h *holderRules) endsInGroup(w string) bool {
	return h.headSuf.has(w, h.heads)
}

// endsInPlural reports whether a word ends in a group word that is no
// role: "militärexperten" ends in "experten".
func (h *holderRules) endsInPlural(w string) bool {
	return h.pluralSuf.has(w, h.plurals)
}
