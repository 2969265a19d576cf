package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// Reversing a decision (reverse, rückgängig machen, пересмотр решения,
// cofnięcie decyzji) flips the event it governs, and flips compose as a
// parity: a reversal judged unlikely, or a reversal rejected, is for the
// event. Before, "reverse" was no concept (read as for joining) and any
// number of flips inverted once.
func TestRejectedReversalIsForTheEvent(t *testing.T) {
	m, p, _ := setup(t)
	const q = "Will Moldova join the euro area by 1 January 2026?"
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Analysts said Moldova is unlikely to reverse its decision to join the euro area.", "for"},
		{"en", "The minister John Smith said Moldova will probably reverse its decision to join the euro area.", "against"},
		{"de", "Ökonomen halten es für unwahrscheinlich, dass Moldau den Beitritt zur Eurozone rückgängig macht.", "for"},
		{"ru", "Еврокомиссия однозначно отвергла возможность пересмотра решения о вступлении Молдовы в еврозону.", "for"},
		{"pl", "Komisja Europejska zdecydowanie wykluczyła cofnięcie decyzji o przystąpieniu Mołdawii do strefy euro.", "for"},
		{"fr", "Selon les analystes, il est peu probable que la Moldavie revienne sur sa décision d'adhérer à la zone euro.", "for"},
		{"es", "Es poco probable que Moldavia dé marcha atrás en su decisión de adherirse a la eurozona, dijo el analista Juan Pérez.", "for"},
	} {
		qq, err := m.Understand(question.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		o := m.Outlook(qq, judgements(t, p, c.lang, c.text, "x", time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC)), 1, question.Options{})
		if o.Pooled == nil || o.Direction != c.want {
			t.Errorf("%s %q: want %s; pooled %v %+v set aside %+v", c.lang, c.text, c.want, o.Pooled, o.Contributions, o.SetAside)
		}
	}
}
