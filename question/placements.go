package question

import "github.com/kentnews/kent"

// Placement is where a brief puts one judgement.
type Placement uint8

const (
	// Unlisted: the judgement shares neither the question's subject nor its
	// event (nor an article with a judgement about it), so no list shows it.
	Unlisted Placement = iota
	// Pooled: a member of its holder's voice, in the outlook or its series.
	Pooled
	// ConditionalPlace: shown apart as conditional, not pooled.
	ConditionalPlace
	// SetAside: listed with the reason it is not pooled.
	SetAside
	// NotAveraged: listed under its holder's voice, but a later figure of
	// theirs in the same article, not averaged in.
	NotAveraged
)

func (p Placement) String() string {
	return [...]string{"unlisted", "pooled", "conditional", "set aside", "not averaged"}[p]
}

// Placements says where the outlook on q puts each of hits: the same
// sorting and voicing Outlook does, so that an evaluation counts as pooled
// exactly what the brief pools.
func (m *Matcher) Placements(q Question, hits []kent.JudgementHit, opt Options) []Placement {
	opt = opt.withDefaults()
	if q.Subject == nil || q.Family == "" {
		q, _ = m.Understand(q)
	}
	var o kent.Outlook
	place := make([]Placement, len(hits))
	groups := m.sortHits(q, hits, opt, &o, place)
	m.voices(groups)
	for _, g := range groups {
		for k, i := range g.hits {
			if g.later[k] {
				place[i] = NotAveraged
			}
		}
	}
	return place
}
