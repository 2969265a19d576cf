package names

import "testing"

func TestSpellingsMerge(t *testing.T) {
	groups := [][]string{
		{"Lukashenko", "Lukasjenko", "Loekasjenko", "Лукашенко", "Lukaschenko"},
		{"Lukashenko", "Łukaszenka", "Lukašenka", "Лукашэнка", "Lukashenka"},
		{"Jurkonis", "Yurkonis"},
		{"Aleksandr", "Alexander", "Александр"},
		{"Zelensky", "Zelenskyi", "Зеленський", "Zelenskij", "Zelenskiy"},
		{"Hedenskog", "Hedenskog"},
	}
	for _, g := range groups {
		for _, w := range g[1:] {
			if Key(w) != Key(g[0]) {
				t.Errorf("Key(%q) = %q, Key(%q) = %q: want equal", w, Key(w), g[0], Key(g[0]))
			}
		}
	}
	for _, pair := range [][2]string{{"Lukashenko", "Lukashevich"}, {"Putin", "Pution"}, {"Glod", "Gold"}} {
		if Key(pair[0]) == Key(pair[1]) {
			t.Errorf("%q and %q merged", pair[0], pair[1])
		}
	}
}

func TestSameName(t *testing.T) {
	if !SameName("Vytis Yurkonis", "Jurkonis") || !SameName("Aleksandr Lukasjenko", "Alexander Lukashenko") || !SameName("A. Lukashenko", "Alexander Lukashenko") {
		t.Error("same person kept apart")
	}
	if SameName("Alexander Lukashenko", "Viktor Lukashenko") || SameName("Eva Hartog", "Michael Kemper") {
		t.Error("different people merged")
	}
}
