package estimate_test

import (
	"testing"
)

// A negation governs an event named a few words on, past a verb of daring
// and a preposition and adjective: "не наважиться на пряму участь у війні"
// (will not dare take a direct part in the war) is against taking part.
// Written for this test.
func TestNegationReachesAnEventAFewWordsOn(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"uk", "Експерт Олег Бондар вважає, що КНДР не наважиться на пряму участь у війні."},
		{"ru", "Эксперт Олег Иванов считает, что КНДР не решится на прямое участие в войне."},
		{"pl", "Ekspert Adam Lis uważa, że Korea Północna nie odważy się na bezpośredni udział w wojnie."},
	} {
		js := judge(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || j.Proposition.Negated || j.Value < 0.5
		}
		if !ok {
			t.Errorf("%s %q: read as for taking part:\n%s", c.lang, c.text, dump(js))
		}
	}
}
