package question

import (
	"strings"

	"github.com/kentnews/kent"
)

// Resolve gives an entity named in a gold file or a question file its kind
// and key as Kent reads them: a country or place by Kent's place names, an
// alliance or organisation by the organisation index (else its name in lower
// case), a person by the surname key. A gold frame and Kent's then compare
// by key, whatever spelling or case either uses.
func (m *Matcher) Resolve(name, kind string) kent.FrameEntity {
	e := kent.FrameEntity{Name: name, Kind: KindOf(kind)}
	words := fields(name)
	switch e.Kind {
	case "place":
		if r, n := m.multiPlaces.Longest(lower(words)); n > 0 {
			e.Key = r
			return e
		}
		for _, w := range words {
			if ps := m.placesOf(w); len(ps) > 0 {
				e.Key = ps[0]
				return e
			}
		}
	case "organisation":
		if os := m.orgs.Find(words); len(os) > 0 {
			e.Key = os[0]
			return e
		}
	case "person":
		if len(words) > 0 {
			e.Key = m.personKey(words)
			return e
		}
	}
	e.Key = strings.ToLower(name)
	return e
}

// KindOf maps a gold entity kind to the kinds a frame uses: a country is a
// place, an alliance an organisation. Other kinds (an event, a treaty, an
// office) are returned as they are: no frame entity has them.
func KindOf(kind string) string {
	switch kind {
	case "country", "place", "region", "city":
		return "place"
	case "alliance", "organisation", "organization", "party", "company":
		return "organisation"
	}
	return kind
}

// SameEntity tells whether Kent's entity is the gold one: same kind and the
// same key, or the same name in any case.
func SameEntity(gold, got *kent.FrameEntity) bool {
	if gold == nil || got == nil {
		return gold == nil && got == nil
	}
	if gold.Kind != got.Kind {
		return false
	}
	return gold.Key == got.Key || strings.EqualFold(gold.Name, got.Name) || strings.EqualFold(gold.Key, got.Name)
}

// ParseIn reads a question written in language lang ("" when unknown);
// with arcs, two-word event forms are sought along the syntax parse's arcs
// rather than between any two near words (kent eval understand --syntax
// measures both). A question that names no subject but a place has that
// place as its subject, as Understand gives it.
func (m *Matcher) ParseIn(text, lang string, arcs bool) Question {
	q := m.parse(text, lang, arcs)
	if q.Subject == nil && len(q.Places) > 0 {
		q.Subject = &kent.FrameEntity{Name: q.Places[0], Kind: "place", Key: q.Places[0]}
	}
	return q
}
