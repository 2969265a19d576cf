package estimate_test

import (
	"math"
	"testing"
)

// Stated figures in the forms news uses: a percent joined by a hyphen ("a
// 52-percent chance", "52-відсотковий шанс"), a chance noun in any case or
// inside a compound ("Siegchancen", "szansę", "вероятностью"), and a
// percent beside bookmakers' odds, which is a percent and not odds.
func TestChanceFigures(t *testing.T) {
	cases := []struct {
		lang, text, cue string
		value           float64
	}{
		{"en", "The model gives Trump a 52-percent chance of winning.", "52-percent", 0.52},
		{"uk", "Модель дає Трампу 52-відсотковий шанс виграти вибори.", "52-відсотковий", 0.52},
		{"ru", "Модель даёт Трампу 58-процентный шанс на победу.", "58-процентный", 0.58},
		{"pl", "Model daje Trumpowi 58-procentową szansę na wygraną.", "58-procentową", 0.58},
		{"de", "Die Siegchancen von Trump liegen bei 58 Prozent.", "58 Prozent", 0.58},
		{"sv", "Segerchansen för Trump är 51 procent.", "51 procent", 0.51},
		{"nl", "De slagingskans van de deal is 30 procent.", "30 procent", 0.30},
		{"es", "Trump tiene un 58 % de probabilidades de ganar.", "58 %", 0.58},
		{"ru", "С вероятностью 70 процентов ставку снизят.", "70 процентов", 0.70},
		{"de", "Trotz der Wettquoten hat Trump eine Chance von 59,7 %.", "59,7 %", 0.597},
	}
	for _, c := range cases {
		j := find(judge(t, c.lang, c.text), c.cue)
		if j == nil || math.Abs(j.Value-c.value) > 1e-9 {
			t.Errorf("%s %q: want %.3f at %q, got %+v", c.lang, c.text, c.value, c.cue, judge(t, c.lang, c.text))
		}
	}
	// Odds stay odds where no percent follows.
	if j := find(judge(t, "sv", "Oddset på Trump är nu 1,85 hos Unibet."), "1,85"); j == nil || math.Abs(j.Value-1/1.85) > 1e-9 {
		t.Errorf("sv decimal odds 1,85: want %.3f, got %+v", 1/1.85, j)
	}
}

// Odds and figures go on from the sentence before in the same paragraph,
// held by whom it names: "according to Unibet's odds … Trump now stands at
// 1.85".
func TestOddsGoOn(t *testing.T) {
	cases := []struct{ lang, text, cue, holder string }{
		{"sv", "Trump leder enligt Unibets odds. Trump står nu i 1,85.", "1,85", "Unibets"},
		{"en", "Trump leads according to Betfair's odds. Trump now stands at 1.85.", "1.85", "Betfair"},
		{"de", "Trump führt laut den Quoten von Bwin. Trump steht jetzt bei 1,85.", "1,85", ""},
		{"pl", "Trump prowadzi według kursów STS. Trump stoi teraz na 1,85.", "1,85", ""},
		{"fr", "Trump mène selon les cotes de Betclic. Trump est maintenant à 1,85.", "1,85", ""},
		{"ru", "Трамп лидирует по коэффициентам букмекеров. Трамп сейчас идёт за 1,85.", "1,85", ""},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || math.Abs(j.Value-1/1.85) > 1e-9 {
			t.Errorf("%s %q: want odds %.3f at %q, got %+v", c.lang, c.text, 1/1.85, c.cue, js)
			continue
		}
		if c.holder != "" && holderAt(t, js, c.cue) != c.holder {
			t.Errorf("%s %q: holder %q, want %q", c.lang, c.text, holderAt(t, js, c.cue), c.holder)
		}
	}
}
