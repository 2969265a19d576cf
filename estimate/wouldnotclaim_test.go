package estimate_test

import "testing"

// Declining to claim or forecast ("не берусь утверждать", "не став би
// стверджувати", "nie przesądzałbym", "nedrįsčiau teigti") is stated
// uncertainty about what follows: about even, weighted as a bare
// possibility, and not the categorical forecast inside its clause ("не
// став би стверджувати, що Україна не отримає …" does not say it will
// not).
func TestWouldNotClaim(t *testing.T) {
	cases := []idiomCase{
		{"uk", "Він не став би категорично стверджувати, що референдум не відбудеться після закінчення війни.", "referendum"},
		{"ru", "«Не берусь утверждать, что референдум состоится в этом году», — сказал политолог Иван Петров.", "referendum"},
		{"ru", "Политолог Иван Петров не берётся прогнозировать, состоится ли референдум в этом году.", "referendum"},
		{"uk", "«Не беруся прогнозувати, чи відбудеться референдум цього року», — сказав політолог Іван Петренко.", "referendum"},
		{"pl", "„Nie przesądzałbym, czy referendum odbędzie się w tym roku” – powiedział politolog Jan Nowak.", "referendum"},
		{"pl", "„Nie twierdziłbym, że referendum się nie odbędzie” – powiedział politolog Jan Nowak.", "referendum"},
		{"be", "«Не бяруся сцвярджаць, што рэферэндум адбудзецца сёлета», — сказаў палітолаг Іван Пятровіч.", "referendum"},
		{"lt", "„Nedrįsčiau teigti, kad referendumas įvyks šiemet“, – sakė politologas Jonas Kazlauskas.", "referendum"},
	}
	checkIdioms(t, cases, "roughly_even")
	for _, c := range cases {
		if j := aboutEvent(judge(t, c.lang, c.text), c.event); j != nil && !j.Modal {
			t.Errorf("%s %q: %q not read as stated uncertainty", c.lang, c.text, j.Cue)
		}
	}
}
