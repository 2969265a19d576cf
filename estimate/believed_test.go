package estimate_test

import "testing"

// A belief verb before a categorical forecast softens it: "I think it
// will not happen" is unlikely, not almost no chance; one judgement, its
// negation read once, on the against side.
func TestBelievedForecastsAreSoftened(t *testing.T) {
	cases := []idiomCase{
		{"pl", "Sądzę, że nie będzie referendum.", "referendum"},
		{"pl", "Minister uważa, że referendum nie odbędzie się w tym roku.", "referendum"},
		{"en", "I think the referendum will not take place this year.", "referendum"},
		{"ru", "Я думаю, что референдум не состоится в этом году.", "referendum"},
		{"de", "Ich glaube, dass das Referendum nicht stattfinden wird.", "referendum"},
		{"es", "Creo que el referéndum no se celebrará este año.", "referendum"},
		{"sv", "Jag tror att folkomröstningen inte blir av i år.", "referendum"},
		{"it", "Penso che il referendum non si farà quest'anno.", "referendum"},
		{"fr", "Je pense que le référendum n'aura pas lieu cette année.", "referendum"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		n := 0
		for _, j := range js {
			if j.Band == "" {
				continue
			}
			n++
			side := map[string]int{"almost_no_chance": -1, "very_unlikely": -1, "unlikely": -1, "likely": 1, "very_likely": 1, "almost_certain": 1}[j.Band]
			if j.Proposition.Negated {
				side = -side
			}
			if side >= 0 || j.Band == "almost_no_chance" || j.Band == "almost_certain" || j.Categorical {
				t.Errorf("%s %q: %q %s (negated clause %v, categorical %v); want a softened judgement against", c.lang, c.text, j.Cue, j.Band, j.Proposition.Negated, j.Categorical)
			}
		}
		if n != 1 {
			t.Errorf("%s %q: %d judgements, want one:\n%s", c.lang, c.text, n, dump(js))
		}
	}
	// Believed to happen: likely, not certain.
	checkIdioms(t, []idiomCase{
		{"en", "I think the referendum will take place this year.", "referendum"},
		{"pl", "Minister uważa, że referendum odbędzie się jesienią.", "referendum"},
		{"ru", "Министр считает, что референдум состоится осенью.", "referendum"},
		{"es", "El ministro cree que el referéndum se celebrará en otoño.", "referendum"},
		{"it", "Il ministro ritiene che il referendum si terrà in autunno.", "referendum"},
		{"fr", "Le ministre pense que le référendum aura lieu à l'automne.", "referendum"},
	}, "likely")
}

// A firm belief ("is convinced", "переконаний", "jest przekonany", "är
// övertygad") opening a categorical forecast softens it one band only:
// very likely, or very unlikely of the event not happening, where "thinks"
// makes it likely.
func TestConvincedIsFirm(t *testing.T) {
	for _, c := range []struct{ lang, text, band string }{
		{"en", "Analyst John Smith is convinced that there will be no elections next year.", "very_unlikely"},
		{"uk", "Аналітик Іван Петренко переконаний, що наступного року в країні не пройдуть жодні вибори.", "very_unlikely"},
		{"pl", "Analityk Jan Nowak jest przekonany, że wyborów w przyszłym roku nie będzie.", "very_unlikely"},
		{"ru", "Аналитик Иван Петров уверен, что выборов в следующем году не будет.", "very_unlikely"},
		{"sv", "Analytikern Jan Berg är övertygad om att valet kommer att hållas nästa år.", "very_likely"},
	} {
		js := judge(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			b := j.Band
			if j.Proposition.Negated && b == "very_likely" {
				b = "very_unlikely"
			}
			ok = ok || b == c.band
		}
		if !ok {
			t.Errorf("%s %q: want %s:\n%s", c.lang, c.text, c.band, dump(js))
		}
	}
}
