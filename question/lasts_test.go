package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// A ceasefire that "will survive the winter" lasts: the verb of lasting
// takes a time it outlasts, not something the truce acts on, so it is no
// effect to set aside. And a negation before such a verb denies the event
// named before the cue ("Перемирие …, скорее всего, не продержится"),
// though the event's own word does not follow the negation.
func TestLastingIsTheEvent(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the ceasefire in Lebanon hold?")
	day := time.Date(2024, 12, 10, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, title, text, want string }{
		{"en", "Truce in Lebanon", "Officials in Beirut said the ceasefire will probably survive the winter.", "for"},
		{"en", "Truce in Lebanon", "The truce will most likely not last until spring, the analyst Jane Doe said.", "against"},
		{"ru", "Перемирие в Ливане", "Перемирие, скорее всего, не продержится долго, считает эксперт Иван Петров.", "against"},
		{"ru", "Перемирие в Ливане", "Перемирие, скорее всего, не выдержит испытания, считает эксперт Олег Сидоров.", "against"},
		{"pl", "Rozejm w Libanie", "Zdaniem analityka Jana Nowaka rozejm najpewniej się nie utrzyma.", "against"},
		{"de", "Waffenruhe im Libanon", "Die Waffenruhe wird nach Ansicht des Experten Jan Berg wahrscheinlich den Winter überstehen.", "for"},
	} {
		hits := titled(t, p, c.lang, c.title, c.text, day)
		o := m.Outlook(q, hits, 1, question.Options{Now: day})
		if len(o.Contributions) != 1 || o.Direction != c.want {
			t.Errorf("%s %q: pooled %+v, direction %q, set aside %+v; want one judgement %s", c.lang, c.text, o.Contributions, o.Direction, o.SetAside, c.want)
		}
	}
}
