package estimate_test

import (
	"slices"
	"testing"
)

// A correlative negation ("ні президентських, ні парламентських
// виборів", "ни …, ни …", "ani …, ani …") names its event noun in its last
// member, after the commas between members: what is judged runs to it,
// and the judgement is against that event. The proposition was cut at the
// first comma and named no event ("не будут проводить ни президентских"),
// or Ukrainian's synthetic future ("не проводитимуть") was no forecast.
// Invented sentences.
func TestCorrelativeNegation(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"uk", "У 2024 році в Україні не проводитимуть ні президентських, ні парламентських, ні місцевих виборів, сказав депутат Іван Бойко."},
		{"uk", "У 2025 році в Молдові не буде ні президентських, ні парламентських виборів, сказав депутат Олег Коваль."},
		{"ru", "В 2024 году на Украине не будут проводить ни президентских, ни парламентских выборов, сказал депутат Иван Петров."},
		{"pl", "Ekspert Adam Lis uważa, że rząd nie przeprowadzi ani prezydenckich, ani parlamentarnych wyborów."},
		{"be", "У 2024 годзе не будзе ні прэзідэнцкіх, ні парламенцкіх выбараў, сказаў дэпутат Іван Бойка."},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			against := j.Value < 0.5 != j.Proposition.Negated
			ok = ok || against && slices.Contains(j.Proposition.Events, "election") && j.Holder != nil
		}
		if !ok {
			t.Errorf("%s %q: want a judgement against the elections, got\n%s", c.lang, c.text, dump(js))
		}
	}
}
