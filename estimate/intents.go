package estimate

import (
	"strings"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// Intentions: a holder that says it means to act ("Spain intends to
// recognise Palestine", "Sturgeon promet d'organiser un référendum", "Rząd
// zamierza uznać Palestynę", "Кремль не намерен объявлять мобилизацию")
// gives its word that the event will come. expectation reads the intending
// verb like an expecting one, a likely judgement of the event in its
// clause (not a certain one: plans change, and a question weighs it with
// the rest); a negation mirrors it. The verbs are data (intent_verbs).
//
// Who holds it: one who reports the intention ("Nehammer said the EU does
// not plan to ban gas", "…, a déclaré M. Sánchez") holds the claim, as for
// any judgement; where no one reports it, the subject of the intending
// verb speaks for itself. An event noun fronted before the verb ("Uznanie
// zapowiedziała również Hiszpania") is its object, never its holder: the
// sentence is then the article's own report.

// intentHolder fills the holder of the intention j read at the intending
// verb [i, end) where finish found none, and drops one that is an event
// noun.
func (s *sentence) intentHolder(j kent.Judgement, i, end int) kent.Judgement {
	if s.r.intent.Len(s.toks, i) != end-i {
		return j // an expecting verb: finish decided
	}
	j.Proposition.Actor = s.actor(i, end)
	j = s.intentHolderOf(j, i, end)
	if s.ownCountryBefore(i) && j.Holder != nil {
		// "Støre a affirmé que son pays était prêt à reconnaître": the
		// speaker's country acts, named by the speaker's role
		// ("Premier ministre norvégien") or name.
		j.Proposition.Actor = strings.TrimSpace(j.Holder.Role + " " + j.Holder.Name)
	}
	return j
}

// ownCountryReach is how many tokens before an intending word the words
// for the speaker's own country may end: "son pays était prêt à".
const ownCountryReach = 2

// ownCountryBefore reports whether the words for the speaker's own
// country ("his country", "son pays", "его страна") end right before the
// intending words at i, or one word (a copula) before them.
func (s *sentence) ownCountryBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-ownCountryReach-3; k-- {
		if n := s.r.ownCountry.Len(s.toks, k); n > 0 && k+n <= i && k+n >= i-ownCountryReach+1 {
			return true
		}
	}
	return false
}

// intentHolderOf fills the holder (intentHolder, above).
func (s *sentence) intentHolderOf(j kent.Judgement, i, end int) kent.Judgement {
	if j.Holder != nil && s.eventHolder(j.Holder) {
		j.Holder = nil
		return j
	}
	if j.Holder != nil || s.quoted(j.CueSpan) {
		return j // a quote's words are its speaker's, named or not
	}
	if h := s.reporterAfter(end); h != nil {
		j.Holder = s.resolve(h) // "…, а военные не планируют её покидать, заявил Стремоусов"
		return j
	}
	h, _ := s.subjectBefore(i)
	if h == nil && s.r.verbSecond {
		h = s.subjectAfter(i)
	}
	if h != nil && !s.eventHolder(h) && !s.nobody(h) {
		j.Holder = s.resolve(h)
	}
	return j
}

// eventHolder reports whether a holder's first word is an event word of
// the sentence ("Uznanie", "Beitritt"): an event is nobody's view.
func (s *sentence) eventHolder(h *kent.Speaker) bool {
	for k, t := range s.toks {
		if t.Word && t.Start >= 0 && s.a.Text[t.Start:t.End] == firstWord(h.Name) {
			return s.r.eventAt(s.toks, k)
		}
	}
	return false
}

// firstWord returns a name's first space-separated word.
func firstWord(name string) string {
	for i, c := range name {
		if c == ' ' {
			return name[:i]
		}
	}
	return name
}

// quoted reports whether a span lies inside one of the sentence's quotes.
func (s *sentence) quoted(span kent.Span) bool {
	for _, q := range s.quotes {
		if q.Span.Start <= span.Start && span.End <= q.Span.End {
			return true
		}
	}
	return false
}

// reporterReach is how many words after its verb of saying a reporter's
// name may stand: "заявил в среду заместитель главы администрации
// региона Кирилл Стремоусов".
const reporterReach = 10

// reporterAfter returns the reporter a verb of saying after a comma names
// at the end of the sentence ("…, said Smith", "…, заявил в среду
// Кирилл Стремоусов", "…, powiedział rzecznik Jan Kowalski"): the first
// run of capitalised words after the verb, before the sentence ends. A
// clause of its own after the verb ("said that …") or a comma before the
// name reports something else; nil then.
func (s *sentence) reporterAfter(end int) *kent.Speaker {
	r, toks := s.r, s.toks
	for k := end; k+1 < len(toks); k++ {
		if toks[k].Low != "," {
			continue
		}
		v := k + 1
		n := r.reporting.Len(toks, v)
		if n == 0 || r.verbBlockers.Len(toks, v) > 0 {
			continue
		}
		for f := v + n; f < len(toks) && f < v+n+reporterReach; f++ {
			t := toks[f]
			if !t.Word {
				if t.Low == "," || t.Low == ";" || t.Low == ":" {
					return nil
				}
				continue
			}
			if r.complementizers.Len(toks, f) > 0 {
				return nil
			}
			if isCapitalised(t.Text) {
				if f+2 < len(toks) && toks[f+1].Low == "." && utf8.RuneCountInString(t.Text) <= 3 && toks[f+2].Word {
					continue // a title's abbreviation: "M. Sánchez", "Dr. Kühn"
				}
				e := f
				for e < len(toks) && e < f+4 && toks[e].Word && isCapitalised(toks[e].Text) {
					e++
				}
				return s.speaker(f, e)
			}
		}
		return nil
	}
	return nil
}

// askedIntentReach is how many tokens before an intending word a
// question word may open the clause it stands in: "Ob weitere Sanktionen
// aufgehoben werden, will die EU später prüfen".
const askedIntentReach = 8

// askedIntent reports whether the intending words at [i, i+n) stand in or
// after a question rather than giving a holder's word: a question word
// right after them ("готова ли Болгария перейти на евро"), or one
// opening the clause before them whose
// event the verb would otherwise take ("Ob …, will die EU später
// prüfen"). Whether someone is ready or means to act is then asked, not
// said.
func (s *sentence) askedIntent(i, n int) bool {
	r, toks := s.r, s.toks
	if k := i + n; k < len(toks) && toks[k].Word && r.interrogatives.Len(toks, k) > 0 {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-askedIntentReach; k-- {
		if t := toks[k].Low; t == "." || t == ";" || t == ":" || t == "?" || t == "!" {
			return false
		}
		if toks[k].Word && r.interrogatives.Len(toks, k) > 0 && (k == 0 || !toks[k-1].Word) {
			return true // the question word opens a clause: at the sentence's start or after a comma
		}
	}
	return false
}

// actorRun is how many capitalised words an actor's name may have.
const actorRun = 4

// actor returns the name of who means to act at the intending words
// [i, end): the run of capitalised words right before them ("La Norvège
// se dit prête", "Moldova was ready to", "Північна Корея готова"), or in
// a verb-second clause the subject after them ("Bereit ist Moldau"); ""
// for a pronoun or common noun ("son pays"), an event noun, or words that
// open a clause of their own ("zapowiedziała, że Mołdawia wystąpi": that
// clause names its subject itself).
func (s *sentence) actor(i, end int) string {
	r, toks := s.r, s.toks
	k := end
	if k < len(toks) && toks[k].Low == "," {
		k++ // "bereit, auszutreten" takes its infinitive after a comma
	}
	if k < len(toks) && r.complementizers.Len(toks, k) > 0 {
		return ""
	}
	from := i
	for from > 0 && from > i-actorRun && toks[from-1].Word && isCapitalised(toks[from-1].Text) {
		from--
	}
	if from < i && (from == 0 || !toks[from-1].Word || !isCapitalised(toks[from-1].Text)) {
		if r.eventAt(toks, from) {
			return ""
		}
		return s.a.Text[toks[from].Start:toks[i-1].End]
	}
	if r.verbSecond {
		if h := s.subjectAfter(i); h != nil && !s.eventHolder(h) && !s.nobody(h) && isCapitalised(h.Name) {
			return h.Name
		}
	}
	return ""
}
