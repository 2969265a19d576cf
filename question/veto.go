package question

import "github.com/kentnews/kent"

// vetoOf returns the family that absorbs a flip (a veto: lexicon absorbs)
// that a question asks about, else "": one it names when no other key
// family is read ("Will Hungary use its veto?"), or one that blocks
// another entity's event ("Will Hungary veto the opening of accession
// talks with Ukraine?": a place beside the subject, whose event it is).
// A veto of the subject's own family's event with no other place named
// ("Wird Ungarn das Sanktionspaket blockieren?") stays that family,
// negated.
//
// lifted is set when the question asks whether the veto is lifted ("Will
// Hungary lift its veto?", "Снимет ли Венгрия вето?"): the veto, negated.
func (m *Matcher) vetoOf(q Question, ents []kent.FrameEntity, hits []eventHit, inverted bool) (v string, lifted bool) {
	for _, h := range hits {
		if len(m.byName[h.concept].Absorbs) > 0 && !h.setting {
			v = h.concept
			break
		}
	}
	if v == "" || q.Subject == nil {
		return "", false
	}
	for _, h := range hits {
		if !h.setting && m.byName[h.concept].Opposite() == v {
			return v, true
		}
	}
	if q.Family == "" {
		return v, false
	}
	if !inverted {
		return "", false
	}
	for _, e := range ents {
		if e.Kind == "place" && e.Key != q.Subject.Key {
			return v, false
		}
	}
	return "", false
}
