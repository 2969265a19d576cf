package question_test

import (
	"testing"
	"time"
)

// An anaphor after a demonstrative of any gender or case ("ce scénario",
// "dieses Szenario", "этот сценарий", "ten scenariusz", "este escenario")
// points back to the event the sentence before names, as "this scenario"
// does: the judgement is about the question's event, not set aside.
func TestDemonstrativeAnaphorPointsBack(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Ukraine become a member of the European Union by 2030?")
	mar := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)
	cases := []struct{ lang, text, words string }{
		{"fr", "Un plan prévoit l'adhésion de l'Ukraine à l'Union européenne en 2030. À Bruxelles, beaucoup de diplomates jugent ce scénario irréaliste.", "irréaliste"},
		{"de", "Ein Plan sieht den Beitritt der Ukraine zur Europäischen Union im Jahr 2030 vor. In Brüssel halten viele Diplomaten dieses Szenario für unrealistisch.", "unrealistisch"},
		{"ru", "План предусматривает вступление Украины в Евросоюз в 2030 году. Многие дипломаты в Брюсселе считают этот сценарий маловероятным.", "маловероятным"},
		{"pl", "Plan zakłada członkostwo Ukrainy w Unii Europejskiej w 2030 roku. Wielu dyplomatów w Brukseli uważa ten scenariusz za nierealny.", "nierealny"},
		{"es", "Un plan prevé la adhesión de Ucrania a la Unión Europea en 2030. Muchos diplomáticos en Bruselas consideran este escenario poco realista.", "poco realista"},
		{"uk", "План передбачає вступ України до Євросоюзу у 2030 році. Багато дипломатів у Брюсселі вважають цей сценарій малоймовірним.", "малоймовірним"},
	}
	for _, c := range cases {
		hits := judgements(t, p, c.lang, c.text, "a-"+c.lang, mar)
		if h, r := find(t, m, q, hits, c.words); !r.About {
			t.Errorf("%s: %q not about Ukraine's membership: %+v (events %v)", c.lang, c.text, r, h.Proposition.Events)
		}
	}
}
