package estimate_test

import "testing"

// Belarusian reads the idioms Russian, Ukrainian and Polish already do:
// within reach (likely), unrealistic (very unlikely), predetermined
// (almost certain).
func TestBelarusianIdioms(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"be", "Па словах палітолага Івана Пятровіча, рэферэндум ужо на адлегласці выцягнутай рукі.", "referendum"},
		{"be", "Палітолаг Іван Пятровіч лічыць, што да рэферэндуму ўжо рукой падаць.", "referendum"},
	}, "likely", "very_likely")
	checkIdioms(t, []idiomCase{
		{"be", "Рэферэндум сёлета нерэальны, лічыць палітолаг Іван Пятровіч.", "referendum"},
	}, "very_unlikely")
	checkIdioms(t, []idiomCase{
		{"be", "Вынік рэферэндуму прадвызначаны, лічыць палітолаг Іван Пятровіч.", "referendum"},
	}, "almost_certain")
}
