package question_test

import (
	"strings"
	"testing"
	"time"
)

// A question in one script finds its person in the other (Johnson,
// Джонсон; Macron, Макрон; Scholz, Шольц), and a judgement on another
// person in the same article is set aside (ru, uk, be, pl, sv, de, fr, en;
// "une démission de Scholz", "einen Rücktritt von Scholz" are Scholz's:
// genitive_preps, on the parse and on the surface). A hedge the tagger
// takes for a noun subject or a case word ("Шольц вряд ли уйдет", "наўрад
// ці сыдзе") hedges its verb, and "osannolikt att …" parsed as an adverbial
// clause is still what is judged.
func TestPersonAcrossScripts(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Boris Johnson resign?")
	when := time.Date(2022, 4, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct{ lang, text, his, other string }{
		{"ru", "По мнению аналитика Анны Смирновой, Джонсон вряд ли уйдет в отставку. Эксперт Олег Сидоров сказал, что Шольц вряд ли уйдет в отставку.", "Джонсон", "Шольц"},
		{"uk", "На думку аналітика Ганни Коваль, Джонсон навряд чи піде у відставку. Експерт Олег Сидоренко сказав, що Шольц навряд чи піде у відставку.", "Джонсон", "Шольц"},
		{"pl", "Zdaniem analityczki Anny Nowak Johnson raczej nie poda się do dymisji. Ekspert Jan Kowalski powiedział, że Scholz raczej nie poda się do dymisji.", "Johnson", "Scholz"},
		{"be", "На думку аналітыка Ганны Коваль, Джонсан наўрад ці сыдзе ў адстаўку. Эксперт Алег Сідарэнка сказаў, што Шольц наўрад ці сыдзе ў адстаўку.", "Джонсан", "Шольц"},
		{"sv", "Enligt analytikern Anna Svensson är det osannolikt att Johnson avgår. Experten Per Olsson säger att det är osannolikt att Scholz avgår.", "Johnson", "Scholz"},
		{"de", "Die Analystin Anna Schmidt hält einen Rücktritt von Johnson für unwahrscheinlich. Der Experte Jan Braun hält einen Rücktritt von Scholz für unwahrscheinlich.", "Johnson", "Scholz"},
		{"fr", "Selon l'analyste Anne Dubois, une démission de Johnson est peu probable. Selon l'expert Paul Martin, une démission de Scholz est peu probable.", "Johnson", "Scholz"},
		{"en", "Analyst Anna Smith said Johnson is unlikely to resign. Expert Oleg Sidorov said Scholz is unlikely to resign.", "Johnson", "Scholz"},
	}
	for _, c := range cases {
		hits := judgements(t, p, c.lang, c.text, "x-"+c.lang, when)
		if len(hits) != 2 {
			t.Errorf("%s: %d judgements, want 2", c.lang, len(hits))
			continue
		}
		rel := m.Relevances(q, hits)
		for i, h := range hits {
			switch {
			case strings.Contains(h.Words, c.his) && !rel[i].About:
				t.Errorf("%s: %q not about Johnson: %+v", c.lang, h.Words, rel[i])
			case strings.Contains(h.Words, c.other) && rel[i].About:
				t.Errorf("%s: %q about Johnson, want set aside: %+v", c.lang, h.Words, rel[i])
			}
		}
	}
}
