package estimate_test

import (
	"slices"
	"testing"
)

// An event off the agenda ("Вопрос о членстве не стоит на повестке дня",
// "Członkostwo nie jest na porządku dziennym", "Членство не стоїть на
// порядку денному", "знята з парадку дня") is very unlikely, as English
// "off the table" is. Each was read as no judgement. Invented sentences.
func TestOffTheAgenda(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"ru", "Членство Грузии в НАТО сейчас не стоит на повестке дня, сказал дипломат Иван Петров."},
		{"uk", "Членство Грузії в НАТО зараз не стоїть на порядку денному, сказав дипломат Іван Бойко."},
		{"pl", "Członkostwo Gruzji w NATO nie jest na porządku dziennym, powiedział dyplomata Adam Lis."},
		{"be", "Членства Грузіі ў НАТА не стаіць на парадку дня, сказаў дыпламат Іван Бойка."},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || j.Band == "very_unlikely" && !j.Proposition.Negated && slices.Contains(j.Proposition.Events, "membership")
		}
		if !ok {
			t.Errorf("%s %q: want very unlikely membership, got\n%s", c.lang, c.text, dump(js))
		}
	}
}
