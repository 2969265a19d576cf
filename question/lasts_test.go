package question_test

import (
	"strings"
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

// How long an event that happens lasts is no judgement on whether it
// comes: "a shutdown probably won't last long" presumes one and is set
// aside with that reason; a verb of lasting that takes a family of its
// own ("the ECB will hold rates") is still that family's.
func TestDurationIsNotTheEvent(t *testing.T) {
	m, p, _ := setup(t)
	day := time.Date(2025, 9, 25, 0, 0, 0, 0, time.UTC)
	q := understand(t, m, "Will the US government shut down?")
	hits := titled(t, p, "en", "Shutdown", "A US government shutdown probably will not last long, said analyst Mark Lewis.", day)
	o := m.Outlook(q, hits, 1, question.Options{Now: day})
	if len(o.Contributions) != 0 || len(o.SetAside) == 0 || !strings.Contains(o.SetAside[0].Reason, "how long") {
		t.Errorf("pooled %+v, set aside %+v; want it set aside as how long the shutdown lasts", o.Contributions, o.SetAside)
	}
	for _, c := range [][2]string{
		{"de", "Ein Shutdown der US-Regierung werde wahrscheinlich nicht lange dauern, sagte der Analyst Jan Berg."},
		{"pl", "Paraliż rządu USA prawdopodobnie nie potrwa długo – uważa analityk Jan Nowak."},
		{"ru", "Шатдаун правительства США, скорее всего, не продлится долго, считает аналитик Иван Петров."},
	} {
		hits := titled(t, p, c[0], "Shutdown", c[1], day)
		if o := m.Outlook(q, hits, 1, question.Options{Now: day}); len(o.Contributions) != 0 {
			t.Errorf("%s: pooled %+v; want it set aside as how long the shutdown lasts", c[0], o.Contributions)
		}
	}
	q = understand(t, m, "Will the ECB cut rates in June?")
	hits = titled(t, p, "en", "ECB", "The ECB will probably hold rates in June, said economist Anna Berg.", day)
	if o := m.Outlook(q, hits, 1, question.Options{Now: day}); len(o.Contributions) != 1 || o.Direction != "against" {
		t.Errorf("pooled %+v, set aside %+v; want holding rates pooled against a cut", o.Contributions, o.SetAside)
	}
}
