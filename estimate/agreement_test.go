package estimate_test

import "testing"

// A band adjective agrees with its noun in gender and number ("ймовірне
// підвищення", "верагодная здзелка", "en sannolik höjning"): every form
// of the predicative adjective is the band, in the Slavic languages and
// Swedish where the form changes with the subject's gender.
func TestBandAdjectivesInEveryGender(t *testing.T) {
	cases := []struct{ lang, text, band string }{
		{"uk", "Підвищення ставки дуже ймовірне, сказав економіст Олег Коваль.", "very_likely"},
		{"uk", "Угода ймовірна, сказав економіст Іван Бойко.", "likely"},
		{"uk", "Такий сценарій ймовірний, сказав експерт Петро Гнатюк.", "likely"},
		{"uk", "Підвищення ставки малоймовірне, сказав експерт Андрій Лисенко.", "unlikely"},
		{"be", "Павышэнне стаўкі вельмі верагоднае, сказаў эканаміст Іван Бойка.", "very_likely"},
		{"be", "Пагадненне верагоднае, сказаў эканаміст Пётр Лысы.", "likely"},
		{"be", "Такі сцэнар малаверагодны, сказаў эксперт Андрэй Жук.", "unlikely"},
		{"be", "Такая здзелка малаверагодная, сказала эксперт Вольга Шаль.", "unlikely"},
		{"sv", "En räntehöjning är mycket sannolik, säger ekonomen Eva Lind.", "very_likely"},
		{"sv", "En räntesänkning är sannolik, säger ekonomen Per Berg.", "likely"},
		{"ru", "Такое развитие событий маловероятное, сказал эксперт Павел Орлов.", "unlikely"},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || j.Band == c.band
		}
		if !ok {
			t.Errorf("%s %q: want a %s judgement, got %+v", c.lang, c.text, c.band, js)
		}
	}
}
