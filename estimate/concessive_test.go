package estimate_test

import (
	"slices"
	"testing"
)

// What a concessive clause concedes ("even if", "даже если", "nawet
// jeśli") is no forecast: only the main clause's judgement is read.
func TestConcessiveClauseForecastsNothing(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"en", "Even if Biden withdraws, the Democrats will lose, said John Smith."},
		{"de", "Selbst wenn Biden aus dem Rennen aussteigt, werden die Demokraten verlieren, sagte Hans Müller."},
		{"ru", "Даже если Байден снимет кандидатуру, демократы проиграют, сказал Иван Петров."},
		{"uk", "Навіть якщо Байден зніме кандидатуру, демократи програють, сказав Іван Петренко."},
		{"pl", "Nawet jeśli Biden wycofa się z wyścigu, demokraci przegrają, powiedział Jan Kowalski."},
		{"fr", "Même si Biden se retirera de la course, les démocrates perdront, a déclaré Jean Dupont."},
		{"it", "Anche se Biden si ritirerà dalla corsa, i democratici perderanno, ha detto Mario Rossi."},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		for _, j := range js {
			if slices.Contains(j.Proposition.Events, "withdraw") {
				t.Errorf("%s %q: the conceded withdrawal was read as judged:\n%s", c.lang, c.text, dump(js))
			}
		}
	}
}
