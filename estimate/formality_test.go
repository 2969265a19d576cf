package estimate_test

import "testing"

// A step called a mere formality ("лишь формальность", "tylko
// formalność", "tik formalumas") is as good as taken: almost certain,
// as "a mere formality" and "une simple formalité" are.
func TestMereFormality(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"ru", "Окончательное решение за министрами, однако вступление Болгарии в еврозону считается лишь формальностью.", "membership"},
		{"pl", "Ostateczna decyzja należy do ministrów, ale przyjęcie euro przez Bułgarię jest tylko formalnością.", "membership"},
		{"uk", "Остаточне рішення за міністрами, проте вступ Болгарії до єврозони вважається лише формальністю.", "membership"},
		{"be", "Апошняе слова за міністрамі, аднак уступленне Балгарыі ў еўразону лічыцца толькі фармальнасцю.", "membership"},
		{"lt", "Galutinis žodis priklauso ministrams, tačiau Bulgarijos įstojimas į euro zoną yra tik formalumas.", "membership"},
	}, "almost_certain", "very_likely")
}
