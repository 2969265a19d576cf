package question_test

import (
	"testing"
	"time"
)

// Receiving weapons is the recipient's side of their delivery (lexicon:
// receive, kin of deliver, by_object): "Ukraine will not get the
// missiles" is against a question on the supplier delivering them, its
// subject the question's object, in every language; a clause of "as long
// as" after it is no condition that flips it. Receiving them from
// another supplier stays another subject.
func TestReceivingWeaponsIsTheirDelivery(t *testing.T) {
	now := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)
	pooledOne(t, "Will Italy deliver long-range missiles to Ukraine this year?", now, []struct{ lang, text, dir string }{
		{"uk", "Україна не отримає італійських ракет, доки Мелоні залишається прем'єром, пише газета.", "against"},
		{"ru", "Украина не получит итальянских ракет, пока Мелони остаётся премьером, пишет газета.", "against"},
		{"pl", "Ukraina nie otrzyma włoskich rakiet, pisze gazeta.", "against"},
		{"de", "Die Ukraine wird keine italienischen Raketen bekommen, schreibt die Zeitung.", "against"},
		{"en", "Ukraine will probably receive the missiles from Italy soon, the analyst said.", "for"},
		{"sv", "Ukraina kommer sannolikt inte att få italienska robotar i år, säger analytikern.", "against"},
		{"fr", "L'Ukraine ne recevra probablement pas de missiles italiens cette année, estime l'analyste.", "against"},
	})
	m, p, _ := setup(t)
	q := understand(t, m, "Will Italy deliver long-range missiles to Ukraine this year?")
	hits := judgements(t, p, "en", "Russia will probably receive missiles from Iran, the analyst said.", "rcv-en", now)
	for i, r := range m.Relevances(q, hits) {
		if r.About {
			t.Errorf("%q read as about Italy delivering", hits[i].Proposition.Text)
		}
	}
}
