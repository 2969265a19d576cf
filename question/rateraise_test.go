package question_test

import (
	"testing"
	"time"
)

// A raise is asked as often as a cut, and a hold is the opposite of both:
// of "Will Norges Bank raise its rate?", a hike said in any of the
// languages' usual verbs is for, a hold judged likely is against. The
// sentences are written for this test.
func TestRateRaiseAndHoldAgainstIt(t *testing.T) {
	m, p, _ := setup(t)
	day := time.Date(2025, 5, 5, 0, 0, 0, 0, time.UTC)
	q := understand(t, m, "Will Norges Bank raise its policy rate in June 2025?")
	wantDirection(t, m, p, q, day, true, []dirCase{
		{"en", "Norges Bank is likely to raise its policy rate in June, said analyst John Smith.", "for"},
		{"en", "Economist Mary Jones said Norges Bank will probably increase interest rates in June.", "for"},
		{"en", "Norges Bank is likely to keep its policy rate unchanged in June, economists at Nordea said.", "against"},
		{"sv", "Norges Bank kommer troligen att höja styrräntan i juni, säger analytikern Lars Holm.", "for"},
		{"sv", "En höjning i juni är sannolik för Norges Bank, säger Lars Holm.", "for"},
		{"de", "Die Ökonomin Eva Roth rechnet damit, dass die Norges Bank die Zinsen im Juni erneut erhöht.", "for"},
		{"de", "Die Norges Bank wird den Leitzins im Juni wahrscheinlich unverändert lassen, sagte Peter Braun.", "against"},
		{"fi", "Norges Bank nostaa todennäköisesti ohjauskorkoa kesäkuussa, sanoi analyytikko Matti Korhonen.", "for"},
		{"ru", "Экономист Анна Смирнова считает, что Norges Bank поднимет ставку в июне.", "for"},
		{"uk", "Економістка Олена Бойко вважає, що Norges Bank підніме ставку в червні.", "for"},
		{"pl", "Zdaniem analityka Jana Kowalskiego Norges Bank prawdopodobnie podniesie stopy w czerwcu.", "for"},
		{"fr", "Selon l'économiste Marie Dubois, Norges Bank va probablement relever ses taux en juin.", "for"},
	})
}
