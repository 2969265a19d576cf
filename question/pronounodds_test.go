package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// A figure given to a pronoun of the question's person ("Die Buchmacher
// geben ihr eine Chance von 60 Prozent") is the person's chance to win.
// German capitalises every noun, so a capitalised word may only be taken
// for someone else's name where the tagger reads a proper name: "Chance"
// and "Prozent" are nouns, and the odds were set aside.
func TestGermanOddsToPronoun(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Anna Berg win the presidential election in 2024?"})
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"de", "Anna Berg führt den Wahlkampf in der Hauptstadt. Die Buchmacher geben ihr eine Chance von 60 Prozent."},
		{"de", "Anna Berg wirbt im Norden um Stimmen. Laut den Wettanbietern liegt ihre Siegchance bei 60 Prozent."},
		{"en", "Anna Berg is campaigning in the capital. Bookmakers give her a 60 percent chance."},
		{"sv", "Anna Berg kampanjar i huvudstaden. Spelbolagen ger henne 60 procents chans."},
	} {
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "x", day), 1, question.Options{})
		if o.Pooled == nil || *o.Pooled <= 0.5 {
			t.Errorf("%s %q: want the figure pooled for her; pooled %v, set aside %+v", c.lang, c.text, o.Pooled, o.SetAside)
		}
	}
}
