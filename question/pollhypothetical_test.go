package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// A poll's "if the election were held today" asks only that things stay
// as they are: the judgement under it is pooled as said. Swedish writes
// the fronted "om" clause without a comma; the main clause's auxiliary
// with its cue ("skulle troligen") ends it. Written for this test.
func TestPollHypotheticalIsPooled(t *testing.T) {
	m, p, _ := setup(t)
	d := time.Date(2022, 8, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, question, title, text string }{
		{"en", "Will Anna Berg win the presidential election?", "Poll: Berg leads", "If the election were held today, Anna Berg would probably win, said analyst Mary Stone."},
		{"sv", "Kommer Anna Berg att vinna presidentvalet?", "Mätning: Berg leder", "Om det vore val i dag skulle troligen Anna Berg vinna valet, säger statsvetaren Per Holm."},
		{"de", "Wird Anna Berg die Präsidentenwahl gewinnen?", "Umfrage: Berg vorn", "Wenn am Sonntag Wahl wäre, würde Anna Berg wahrscheinlich gewinnen, sagte der Politologe Jens Bauer."},
		{"pl", "Czy Anna Berg wygra wybory prezydenckie?", "Sondaż: Berg prowadzi", "Gdyby wybory odbyły się w najbliższą niedzielę, Anna Berg najprawdopodobniej by wygrała – ocenia politolog Jan Nowak."},
		{"ru", "Победит ли Анна Берг на президентских выборах?", "Опрос: Берг лидирует", "Если бы выборы состоялись в ближайшее воскресенье, Анна Берг, вероятно, победила бы, считает политолог Иван Петров."},
	} {
		q := understand(t, m, c.question)
		hits := titled(t, p, c.lang, c.title, c.text, d)
		o := m.Outlook(q, hits, 1, question.Options{Now: d})
		if len(o.Conditional) > 0 || o.Pooled == nil || *o.Pooled < 0.55 {
			t.Errorf("%s: %q: pooled %v, %d conditional, %d set aside; want it pooled as said", c.lang, c.text, o.Pooled, len(o.Conditional), len(o.SetAside))
		}
	}
}

// A condition that only shares a day with a poll's ("if the talks held
// today fail", "jeśli w najbliższą niedzielę rozmowy się nie powiodą")
// asks for a change: the judgement stays apart.
func TestDayInAConditionIsNoPoll(t *testing.T) {
	m, p, _ := setup(t)
	d := time.Date(2023, 12, 10, 0, 0, 0, 0, time.UTC)
	q := understand(t, m, "Will Hungary veto the opening of accession talks with Ukraine?")
	for _, c := range []struct{ lang, text string }{
		{"en", "If the talks held today fail, Hungary will very likely veto the opening of accession talks with Ukraine, said analyst Mary Stone."},
		{"pl", "Jeśli w najbliższą niedzielę rozmowy się nie powiodą, Węgry prawdopodobnie zawetują otwarcie negocjacji akcesyjnych z Ukrainą – ocenia analityk Jan Nowak."},
		{"ru", "Если в ближайшее воскресенье переговоры провалятся, Венгрия, вероятно, заблокирует начало переговоров о вступлении Украины, считает аналитик Иван Петров."},
	} {
		hits := titled(t, p, c.lang, "Veto", c.text, d)
		o := m.Outlook(q, hits, 1, question.Options{Now: d})
		if o.Pooled != nil {
			t.Errorf("%s: %q: pooled %v as said; want it apart as conditional", c.lang, c.text, *o.Pooled)
		}
	}
}
