package estimate_test

import (
	"slices"
	"testing"
)

// Seeing no point in someone doing something ("Я не бачу сенсу Північній
// Кореї лізти у війну", "не вижу смысла", "nie widzę sensu", "не бачу
// сэнсу") is a view that they will not: unlikely. Each was read as no
// judgement. Invented sentences.
func TestSeeingNoPoint(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"uk", "«Я не бачу сенсу Північній Кореї лізти у чужу війну», — сказав експерт Іван Бойко."},
		{"ru", "«Я не вижу смысла Северной Корее вступать в чужую войну», — сказал эксперт Иван Петров."},
		{"pl", "„Nie widzę sensu, by Korea Północna przystępowała do cudzej wojny” – powiedział ekspert Adam Lis."},
		{"be", "«Я не бачу сэнсу Паўночнай Карэі ўступаць у чужую вайну», — сказаў эксперт Іван Бойка."},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || j.Band == "unlikely" && !j.Proposition.Negated && slices.Contains(j.Proposition.Events, "war")
		}
		if !ok {
			t.Errorf("%s %q: want unlikely war, got\n%s", c.lang, c.text, dump(js))
		}
	}
}
