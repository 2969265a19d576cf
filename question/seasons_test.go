package question_test

import (
	"strings"
	"testing"
	"time"
)

// A season is a time: an autumn cut is after a question's "by June" and
// shown apart with why; a spring cut is in time and pooled; a summer cut
// is partly in time and pooled too.
func TestSeasonsAsTimes(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the European Central Bank cut interest rates by June 2025?")
	jan := time.Date(2025, 1, 13, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, autumn, spring, summer string }{
		{"en", "Analyst Ann Lee said the European Central Bank will probably cut interest rates in the autumn.",
			"Analyst Ann Lee said the European Central Bank will probably cut interest rates in the spring.",
			"Analyst Ann Lee said the European Central Bank will probably cut interest rates in the summer."},
		{"de", "Die EZB dürfte im Herbst die Zinsen senken, sagte die Ökonomin Eva Roth.",
			"Die EZB dürfte im Frühjahr die Zinsen senken, sagte die Ökonomin Eva Roth.",
			"Die EZB dürfte im Sommer die Zinsen senken, sagte die Ökonomin Eva Roth."},
		{"pl", "EBC prawdopodobnie obniży stopy procentowe jesienią – powiedział ekonomista Jan Nowak.",
			"EBC prawdopodobnie obniży stopy procentowe wiosną – powiedział ekonomista Jan Nowak.",
			"EBC prawdopodobnie obniży stopy procentowe latem – powiedział ekonomista Jan Nowak."},
		{"ru", "По словам экономиста Ивана Петрова, ЕЦБ, вероятно, снизит ставки осенью.",
			"По словам экономиста Ивана Петрова, ЕЦБ, вероятно, снизит ставки весной.",
			"По словам экономиста Ивана Петрова, ЕЦБ, вероятно, снизит ставки летом."},
		{"uk", "На думку економіста Івана Петренка, ЄЦБ, ймовірно, знизить ставки восени.",
			"На думку економіста Івана Петренка, ЄЦБ, ймовірно, знизить ставки навесні.",
			"На думку економіста Івана Петренка, ЄЦБ, ймовірно, знизить ставки влітку."},
		{"sv", "ECB kommer troligen att sänka räntan under hösten, säger ekonomen Anna Berg.",
			"ECB kommer troligen att sänka räntan under våren, säger ekonomen Anna Berg.",
			"ECB kommer troligen att sänka räntan under sommaren, säger ekonomen Anna Berg."},
		{"fi", "EKP laskee korkoja todennäköisesti syksyllä, sanoo ekonomisti Anna Virtanen.",
			"EKP laskee korkoja todennäköisesti keväällä, sanoo ekonomisti Anna Virtanen.",
			"EKP laskee korkoja todennäköisesti kesällä, sanoo ekonomisti Anna Virtanen."},
	} {
		for _, k := range []struct {
			text  string
			apart bool
		}{{c.autumn, true}, {c.spring, false}, {c.summer, false}} {
			hits := judgements(t, p, c.lang, k.text, c.lang+k.text[:12], jan)
			if len(hits) == 0 {
				t.Errorf("%s: no judgement in %q", c.lang, k.text)
				continue
			}
			rel := m.Relevances(q, hits)
			if !rel[0].About {
				t.Errorf("%s %q: %+v, want about the question's event", c.lang, k.text, rel[0])
				continue
			}
			if got := strings.Contains(rel[0].Apart, "after the question's"); got != k.apart {
				t.Errorf("%s %q: apart %q, want after the bound: %v", c.lang, k.text, rel[0].Apart, k.apart)
			}
		}
	}
}
