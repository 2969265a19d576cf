package estimate_test

import (
	"math"
	"testing"
)

// A probability stated as a fraction in words ("put the chance at about
// two-thirds", "zwei Drittel", "dwie trzecie", "две трети") or as a
// ratio in words ("a one-in-three chance", "drei von vier") is a figure,
// in every language; a fraction of people ("two-thirds of economists")
// is not the chance itself.
func TestFractionChances(t *testing.T) {
	cases := []struct {
		lang, text, cue string
		value           float64
	}{
		{"en", "Analysts put the chance of a shutdown at about two-thirds.", "two-thirds", 2.0 / 3},
		{"en", "The bank gives a deal a one-in-three chance.", "one-in-three", 1.0 / 3},
		{"en", "Traders see a two-thirds chance of a cut in June.", "two-thirds", 2.0 / 3},
		{"en", "The odds are three in four that the talks fail.", "three in four", 0.75},
		{"de", "Die Wahrscheinlichkeit einer Einigung liegt bei etwa zwei Dritteln.", "zwei Dritteln", 2.0 / 3},
		{"de", "Die Chance auf eine Einigung beträgt nur ein Drittel.", "ein Drittel", 1.0 / 3},
		{"de", "Die Chancen stehen drei von vier, dass der Deal scheitert.", "drei von vier", 0.75},
		{"fr", "La probabilité d'un accord est estimée à deux tiers.", "deux tiers", 2.0 / 3},
		{"es", "La probabilidad de un acuerdo es de dos tercios, según los analistas.", "dos tercios", 2.0 / 3},
		{"it", "La probabilità di un accordo è di due terzi, secondo gli analisti.", "due terzi", 2.0 / 3},
		{"nl", "De kans op een akkoord is twee derde, zeggen analisten.", "twee derde", 2.0 / 3},
		{"pl", "Szanse na porozumienie ocenia się na dwie trzecie.", "dwie trzecie", 2.0 / 3},
		{"pl", "Prawdopodobieństwo porozumienia to jedna trzecia.", "jedna trzecia", 1.0 / 3},
		{"ru", "Вероятность сделки аналитики оценивают в две трети.", "две трети", 2.0 / 3},
		{"ru", "Шансы на сделку — одна треть.", "одна треть", 1.0 / 3},
		{"uk", "Ймовірність угоди аналітики оцінюють у дві третини.", "дві третини", 2.0 / 3},
		{"be", "Верагоднасць здзелкі аналітыкі ацэньваюць у дзве трэці.", "дзве трэці", 2.0 / 3},
		{"lt", "Susitarimo tikimybė yra du trečdaliai.", "du trečdaliai", 2.0 / 3},
		{"sv", "Chansen för en uppgörelse är två tredjedelar.", "två tredjedelar", 2.0 / 3},
		{"fi", "Sopimuksen todennäköisyys on kaksi kolmasosaa.", "kaksi kolmasosaa", 2.0 / 3},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || math.Abs(j.Value-c.value) > 1e-3 {
			t.Errorf("%s %q: want %.3f at %q, got %+v", c.lang, c.text, c.value, c.cue, js)
		}
	}
	// A fraction of people is a share, not the chance.
	for _, c := range []struct{ lang, text, cue string }{
		{"en", "Two-thirds of voters say the chance of a deal is small.", "Two-thirds"},
		{"de", "Zwei Drittel der Wähler halten die Chance für gering.", "Zwei Drittel"},
	} {
		if j := find(judge(t, c.lang, c.text), c.cue); j != nil {
			t.Errorf("%s %q: a share of people read as a chance: %+v", c.lang, c.text, j)
		}
	}
}
