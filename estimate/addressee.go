package estimate

import (
	"github.com/kentnews/kent"
	"github.com/kentnews/kent/tokens"
)

// Whom a speaker spoke to is no holder: in "Политолог Дмитрий Суслов в
// интервью РИА Новости заявил", "Jan Nowak w rozmowie z Polsatem
// powiedział" the name right before the verb is the outlet or interviewer
// a preposition introduces, and the speaker is the name before that
// phrase.

// addresseeReach is how many tokens the phrase before an addressee may
// have: "в интервью", "w rozmowie z", "in an interview with".
const addresseeReach = 4

// speakerBefore returns the speaker named before a prepositional phrase
// that ends right before the name at from, or nil when none stands there.
func (s *sentence) speakerBefore(from int) *kent.Speaker {
	r, toks := s.r, s.toks
	if from > 0 && toks[from-1].Word && r.hold.isRole(toks[from-1].Low) {
		return nil // "… на победу аналитик Иван Петров оценивает": a role describes the name, who speaks
	}
	at := from
	for at > 0 && !toks[at-1].Word && tokens.IsQuoteMark(toks[at-1].Low) {
		at-- // an outlet in quote marks: "в беседе с «МК»", "w rozmowie z „Rzeczpospolitą”"
	}
	prep := false
	j := at - 1
	for ; j >= 0 && j >= at-addresseeReach; j-- {
		t := toks[j]
		if !t.Word {
			if t.Low == "'" || t.Low == "’" {
				continue // "інтерв'ю"
			}
			return nil
		}
		if isCapitalised(t.Text) {
			break
		}
		if r.function[t.Low] && !r.connectors[t.Low] && !r.hold.dets[t.Low] && s.preposition(j) {
			prep = true
		} else if r.reporting.Len(toks, j) > 0 || r.estimating.Len(toks, j) > 0 || r.complementizers.Len(toks, j) > 0 {
			return nil // a verb or a clause between: not one phrase
		}
	}
	if !prep || j < 0 || j == at-1 || !toks[j].Word || !isCapitalised(toks[j].Text) || !isCapitalised(toks[from].Text) {
		return nil // an addressee is named: "аналітики" after "у червні" is the speaker
	}
	if n := toks[j+1]; !n.Word || !r.function[n.Low] || r.hold.dets[n.Low] {
		return nil // the phrase opens with its preposition: "в интервью", "w rozmowie z"
	}
	b := j
	for b > 0 && toks[b-1].Word && isCapitalised(toks[b-1].Text) {
		b--
	}
	if b == 0 && j == 0 && s.r.function[toks[0].Low] {
		return nil
	}
	if b > 0 && toks[b-1].Word && (r.function[toks[b-1].Low] || r.hold.dets[toks[b-1].Low]) && !r.connectors[toks[b-1].Low] {
		return nil // in a phrase of its own too: "responsable du Hamas joint à Doha"
	}
	b = s.pastRole(b, j+1)
	return s.speaker(b, j+1)
}

// pastRole skips a role word opening a capitalised run of three words or
// more: "Ekonomista Jan Nowak", "Политолог Дмитрий Суслов" at a
// sentence's start are the role and the name, and the name is the holder.
func (s *sentence) pastRole(b, e int) int {
	h := s.r.hold
	// A role, or a compound ending in one ("Nahostexperte",
	// "säkerhetsexperten" in the singular): not a plural group.
	role := func(w string) bool { return h.isRole(w) || h.endsInGroup(w) && !h.endsInPlural(w) && !h.groups[w] }
	if e-b >= 3 && role(s.toks[b].Low) {
		return b + 1
	}
	// "Der Politologe Hans Kundnani", "Die Ökonomin Anna Berg": an article
	// before the role.
	if e-b >= 4 && h.dets[s.toks[b].Low] && role(s.toks[b+1].Low) {
		return b + 2
	}
	return b
}

// addressed returns the speaker when h is whom a reporting verb right
// after it was addressed to: "… в интервью РИА Новости заявил"; nil
// otherwise.
func (s *sentence) addressed(h *kent.Speaker) *kent.Speaker {
	from, to := s.locate(h)
	if from < 1 || to >= len(s.toks) {
		return nil
	}
	v := to
	if !s.toks[v].Word && s.toks[v].Low == "," {
		v++
	}
	if v >= len(s.toks) || s.r.reporting.Len(s.toks, v) == 0 && s.r.estimating.Len(s.toks, v) == 0 {
		return nil
	}
	return s.speakerBefore(from)
}

// preposition reports whether the function word at k is a preposition as
// the tagger reads it ("в", "z", "with"; not "hat"); without a tagger,
// any function word counts.
func (s *sentence) preposition(k int) bool {
	tags := s.tagsAround(k, k+1)
	return len(tags) != 1 || tags[0].UPOS == "ADP"
}

// addresseeOf returns the speaker named before the prepositional phrase
// that holds h, when attribution gave a speech to the paper in quote marks
// it was addressed to ("Jan Nowak w rozmowie z „Rzeczpospolitą” ocenił,
// że …"); nil when h is no such addressee in this sentence.
func (s *sentence) addresseeOf(h *kent.Speaker) *kent.Speaker {
	if h == nil {
		return nil
	}
	from, _ := s.locate(h)
	if from <= 0 || s.toks[from-1].Word || !tokens.IsQuoteMark(s.toks[from-1].Low) {
		return nil // only a name in quote marks, a paper's or a channel's, which attribution reads as a speaker
	}
	return s.speakerBefore(from)
}
