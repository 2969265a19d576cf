package estimate_test

import "testing"

// Saying it is hard to tell, in the wordings besides "trudno
// powiedzieć" and "трудно сказать" ("ciężko powiedzieć", "тяжело
// сказать", "важко судити", "sunku atsakyti"), is stated uncertainty:
// about even, weighted as a bare possibility.
func TestHardToSayWordings(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"pl", "Ciężko powiedzieć, czy Armenia wystąpi z ODKB, przyznał politolog Jan Nowak.", "withdraw"},
		{"pl", "Trudno stwierdzić, czy Armenia wystąpi z ODKB, przyznał politolog Jan Nowak.", "withdraw"},
		{"ru", "Сложно судить, состоится ли референдум в этом году, сказал политолог Иван Петров.", "referendum"},
		{"uk", "Важко судити, чи відбудеться референдум цього року, сказав політолог Іван Петренко.", "referendum"},
		{"be", "Складана сказаць, ці адбудзецца рэферэндум сёлета, сказаў палітолаг Іван Пятровіч.", "referendum"},
		{"lt", "Sunku atsakyti, ar Armėnija pasitrauks iš KSSO, pripažino politologas Jonas Kazlauskas.", "withdraw"},
	}, "roughly_even")
	for _, c := range []idiomCase{
		{"pl", "Ciężko powiedzieć, czy Armenia wystąpi z ODKB, przyznał politolog Jan Nowak.", "withdraw"},
		{"lt", "Sunku atsakyti, ar Armėnija pasitrauks iš KSSO, pripažino politologas Jonas Kazlauskas.", "withdraw"},
	} {
		if j := aboutEvent(judge(t, c.lang, c.text), c.event); j != nil && !j.Modal {
			t.Errorf("%s %q: %q not read as stated uncertainty", c.lang, c.text, j.Cue)
		}
	}
}
