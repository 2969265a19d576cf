package question_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// A judgement whose named time — a year, a month — lies wholly after the
// question's window is about a later occasion (the next summit, the next
// year's vote), not the question's event: it is set aside as another
// time, also when the proposition only refers back to the sentence before
// ("such a step is possible only in 2027"). A horizon counted from the
// article's date ("perhaps in ten years") and a time that reaches into the
// window ("in May or June" of "by May") stay about the question.
func TestNamedLaterTimeIsAnotherEvent(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Moldova join the EU by June 2025?")
	at := time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)
	cases := []struct{ lang, title, text, later string }{
		{"en", "Moldova's EU membership: not this year", "Moldova will probably not join the EU this year, the analyst Jan Berg said. In his view such a step is possible only in 2027.", "2027"},
		{"de", "Moldaus EU-Beitritt: nicht in diesem Jahr", "Moldau wird der EU in diesem Jahr wohl nicht beitreten, sagte der Analyst Jan Berg. Seiner Meinung nach ist ein solcher Schritt erst 2027 möglich.", "2027"},
		{"pl", "Członkostwo Mołdawii w UE nie w tym roku", "Mołdawia prawdopodobnie nie wejdzie do UE w tym roku – ocenił analityk Jan Nowak. Jego zdaniem taki krok jest możliwy dopiero w 2027 roku.", "2027"},
		{"ru", "Вступление Молдавии в ЕС не в этом году", "Молдавия, вероятно, не вступит в ЕС в этом году, считает аналитик Иван Петров. По его мнению, такой шаг, вероятно, произойдёт лишь в 2027 году.", "2027"},
		{"uk", "Вступ Молдови до ЄС не цього року", "Молдова, ймовірно, не вступить до ЄС цього року, вважає аналітик Іван Петренко. На його думку, такий крок, ймовірно, станеться лише у 2027 році.", "2027"},
		{"sv", "Moldaviens EU-medlemskap dröjer", "Moldavien kommer sannolikt inte att gå med i EU i år, säger analytikern Anna Berg. Enligt henne är ett sådant steg möjligt först i mars 2027.", "2027"},
	}
	for _, c := range cases {
		hits := titled(t, p, c.lang, c.title, c.text, at)
		rel := m.Relevances(q, hits)
		var found bool
		for i, h := range hits {
			if !strings.Contains(h.Words, c.later) {
				continue
			}
			found = true
			if rel[i].About || !strings.Contains(rel[i].Reason, "another time") {
				t.Errorf("%s: %q (%q): %+v, want set aside as another time", c.lang, h.Words, h.Proposition.Text, rel[i])
			}
		}
		if !found {
			t.Errorf("%s: no judgement naming %s in %+v", c.lang, c.later, hits)
		}
		o := m.Outlook(q, hits, 1, question.Options{Now: at})
		for _, s := range o.Contributions {
			if strings.Contains(s.Words, c.later) {
				t.Errorf("%s: %q pooled", c.lang, s.Words)
			}
		}
	}
	// A horizon and a time reaching into the window stay about the
	// question.
	q = understand(t, m, "Will the Riksbank cut its policy rate by May 2024?")
	feb := time.Date(2024, 2, 5, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text, words string }{
		{"sv", "Riksbanken kommer troligen att sänka räntan i maj eller juni, säger ekonomen Anna Berg.", "troligen"},
		{"en", "The Riksbank will probably cut its rate in May or June, economist Anna Berg said.", "probably"},
		{"de", "Die Riksbank wird den Leitzins wahrscheinlich im Mai oder Juni senken, sagte die Ökonomin Anna Berg.", "wahrscheinlich"},
	} {
		if _, r := find(t, m, q, judgements(t, p, c.lang, c.text, "mayjune-"+c.lang, feb), c.words); !r.About {
			t.Errorf("%s: a cut in May or June of a question by May: %+v, want about the question", c.lang, r)
		}
	}
	q = understand(t, m, "Will Ukraine join the EU by 2030?")
	if _, r := find(t, m, q, judgements(t, p, "de", "Vielleicht in zehn Jahren, sagte der Politologe Jan Berg über einen EU-Beitritt der Ukraine.", "horizon-de", feb), "Vielleicht"); strings.Contains(r.Reason, "another time") {
		t.Errorf("a horizon of ten years: %+v, want not set aside as another event", r)
	}
}
