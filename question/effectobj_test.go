package question_test

import (
	"strings"
	"testing"
	"time"
)

// What troops once sent would do ("will have little impact on the
// situation at the front") is an effect of sending them, set aside with
// why, not a judgement on whether they are sent: also where the verb
// closes its clause and the obliques after the object name the war
// ("kaum Einfluss auf die Lage an der Front haben"), and where the parse
// reads a negated genitive object as an indirect one ("nie będą mieli
// wpływu"). The German and Polish ones were pooled against sending.
func TestImpactIsAnEffect(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will North Korea send troops to fight for Russia against Ukraine in 2024?")
	day := time.Date(2024, 10, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, title, text, cue string }{
		{"en", "North Korean troops in Russia", "North Korea has sent soldiers to Russia. The North Korean troops will likely have little impact on the situation at the front, the analyst Anna Berg said.", "likely"},
		{"de", "Nordkoreanische Soldaten in Russland", "Nordkorea hat Soldaten nach Russland geschickt. Die nordkoreanischen Soldaten werden nach Ansicht der Analystin Anna Berg wahrscheinlich kaum Einfluss auf die Lage an der Front haben.", "wahrscheinlich"},
		{"pl", "Żołnierze z Korei Północnej w Rosji", "Korea Północna wysłała żołnierzy do Rosji. Zdaniem analityka Jana Nowaka żołnierze z Korei Północnej prawdopodobnie nie będą mieli wpływu na sytuację na froncie.", "prawdopodobnie nie"},
		{"uk", "Північнокорейські солдати в Росії", "КНДР відправила солдатів до Росії. На думку аналітикині Анни Берг, північнокорейські солдати навряд чи матимуть вплив на ситуацію на фронті.", "навряд чи"},
	} {
		hits := titled(t, p, c.lang, c.title, c.text, day)
		rel := m.Relevances(q, hits)
		found := false
		for i, h := range hits {
			if h.Cue != c.cue {
				continue
			}
			found = true
			if rel[i].About || !strings.Contains(rel[i].Reason, "an effect") {
				t.Errorf("%s: %q: %+v, want set aside as an effect", c.lang, h.Proposition.Text, rel[i])
			}
		}
		if !found {
			t.Errorf("%s: no judgement at %q: %+v", c.lang, c.cue, hits)
		}
	}
}
