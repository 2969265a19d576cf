package estimate_test

import (
	"slices"
	"testing"
)

// Certainty said with an adverb ("обязательно", "обов'язково",
// "абавязкова", "būtinai") is almost certain of the clause it governs.
// Each was read as no judgement. (Adjectives of certainty without a
// copula, "уверен, что", "переконаний, що", are left to the future they
// govern: read as cues of their own they took the band from it.)
// Invented sentences.
func TestCertaintyAdverbs(t *testing.T) {
	cases := []struct {
		lang, text, event string
		for_              bool
	}{
		{"ru", "Северокорейские военные обязательно появятся на фронте, сказал эксперт Олег Попов.", "military", true},
		{"uk", "Північнокорейські військові обов'язково з'являться на фронті, сказав експерт Олег Коваль.", "military", true},
		{"be", "Паўночнакарэйскія вайскоўцы абавязкова з'явяцца на фронце, сказаў эксперт Іван Бойка.", "military", true},
		{"lt", "Šiaurės Korėjos kariai būtinai pasirodys fronte, sakė ekspertas Jonas Petraitis.", "military", true},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			for_ := j.Value > 0.5 != j.Proposition.Negated
			ok = ok || (j.Band == "almost_certain" || j.Band == "almost_no_chance") && for_ == c.for_ && slices.Contains(j.Proposition.Events, c.event)
		}
		if !ok {
			t.Errorf("%s %q: want a certain judgement on %s (for %v), got\n%s", c.lang, c.text, c.event, c.for_, dump(js))
		}
	}
}
