package question

import (
	"slices"
	"strings"

	"github.com/kentnews/kent"
)

// durationReason returns why a judgement on how long an event lasts is no
// judgement on whether it comes, or "": "a shutdown probably won't last
// long" presumes the shutdown. It takes a verb of lasting followed, within
// three words (or before it, where the verb closes its clause), by a word
// of duration (lexicon: event_persist_verbs,
// event_duration_words), so "hält … für wahrscheinlich" or "will hold a
// referendum" are not read so. Of a state whose holding is what is asked
// (lexicon lasts: a truce, a leader in office), lasting is the event
// itself ("the truce will not last long"), read as it (lastsNegated in
// estimate).
func (m *Matcher) durationReason(q Question, f parseFrame, j kent.Judgement) string {
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
	lasting := func(w string) bool {
		return slices.ContainsFunc(m.persistVerbs[j.Language], func(st string) bool { return strings.HasPrefix(w, st) })
	}
	if !lasting(strings.ToLower(f.pred)) {
		return ""
	}
	words := lower(fields(j.Proposition.Text))
	for i, w := range words {
		if !lasting(w) {
			continue
		}
		// After the verb, or before it where it closes its clause ("nicht
		// lange dauern").
		near := " " + strings.Join(words[max(0, i-3):min(len(words), i+4)], " ") + " "
		for _, d := range m.durationWords[j.Language] {
			if strings.Contains(near, " "+d+" ") {
				return "how long " + familyName(q) + " lasts («" + f.pred + "»), not whether it comes"
			}
		}
	}
	return ""
}
