package question

import "strings"

// durationReason returns why a judgement on how long an event lasts is no
// judgement on whether it comes, or "": "a shutdown probably won't last
// long" presumes the shutdown. Of a state whose holding is what is asked
// (lexicon lasts: a truce, a leader in office), lasting is the event
// itself ("the truce will not last until spring"), and the verb of
// lasting is read as it (lastsNegated in estimate).
func (m *Matcher) durationReason(q Question, f parseFrame, lang string) string {
	if !f.verb || f.cuePred || m.byName[q.Family].Lasts {
		return ""
	}
	// A verb of lasting that names a family of its own, or takes one
	// ("the ECB will hold rates": holding them), is that family's.
	for _, c := range f.families {
		if c != q.Family {
			return ""
		}
	}
	pred := strings.ToLower(f.pred)
	for _, st := range m.persistVerbs[lang] {
		if strings.HasPrefix(pred, st) {
			return "how long " + familyName(q) + " lasts («" + f.pred + "»), not whether it comes"
		}
	}
	return ""
}
