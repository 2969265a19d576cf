package question_test

import (
	"testing"
	"time"
)

// A country's head of state or government stands for the country in a
// judgement's proposition: "Netanyahu will annex" is Israel annexing,
// "Orbán will veto" is Hungary vetoing, in any language and spelling. A
// leader who only holds a judgement does not make it the country's:
// "Orbán said new EU sanctions are unlikely" judges the EU's act. In the
// question, the leader is the person asked about.
func TestLeaderStandsForCountry(t *testing.T) {
	m, p, _ := setup(t)
	at := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	annex := understand(t, m, "Will Israel annex parts of the West Bank in 2024?")
	veto := understand(t, m, "Will Hungary veto the EU's new sanctions against Russia?")
	attack := understand(t, m, "Will China attack Taiwan by 2027?")
	cases := []struct {
		q                 string
		lang, text, words string
		about             bool
	}{
		{"annex", "en", "Analyst John Smith said Netanyahu will very likely annex parts of the West Bank.", "very likely", true},
		{"annex", "de", "Der Politologe Jonas Weber sagte, Netanjahu werde das Westjordanland höchstwahrscheinlich nicht annektieren.", "höchstwahrscheinlich", true},
		{"annex", "ru", "Политолог Иван Петров считает маловероятным, что Нетаньяху аннексирует Западный берег.", "маловероятным", true},
		{"veto", "en", "Diplomat Anna Berg said Orbán will almost certainly veto the sanctions.", "almost certainly", true},
		{"veto", "pl", "Ekspert Piotr Nowak powiedział, że Orbán niemal na pewno zawetuje nowe sankcje.", "niemal na pewno", true},
		{"veto", "de", "Der Diplomat Karl Brandt hält es für wahrscheinlich, dass Orbán die Sanktionen blockiert.", "wahrscheinlich", true},
		{"veto", "en", "Orbán said it is unlikely that the EU will agree on new sanctions against Russia.", "unlikely", false},
		{"attack", "uk", "Аналітик Олег Коваль вважає, що Сі Цзіньпін навряд чи нападе на Тайвань.", "навряд", true},
		{"attack", "en", "Analyst Mary Jones said Xi Jinping will probably not attack Taiwan before 2027.", "probably", true},
	}
	for _, c := range cases {
		q := annex
		switch c.q {
		case "veto":
			q = veto
		case "attack":
			q = attack
		}
		hits := judgements(t, p, c.lang, c.text, "leader-"+c.lang, at)
		if _, r := find(t, m, q, hits, c.words); r.About != c.about {
			t.Errorf("%s: %q: about %v, want %v (%s)", c.lang, c.text, r.About, c.about, r.Reason)
		}
	}
	// In the question the leader is the person asked about.
	for _, text := range []string{"Will Orbán resign before 2026?", "Will Donald Tusk lose the election?", "Czy Donald Tusk poda się do dymisji?"} {
		if q := understand(t, m, text); q.Subject == nil || q.Subject.Kind != "person" {
			t.Errorf("%q: subject %+v, want the person", text, q.Subject)
		}
	}
}
