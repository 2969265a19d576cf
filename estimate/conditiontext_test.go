package estimate_test

import "testing"

// The condition a user sees is the whole clause after its marker: not the
// marker's second word ("sei denn", "länge"), and not cut at a comma that
// only opens an insertion ("inräknat kronan", "including the krona").
func TestConditionTextWhole(t *testing.T) {
	cases := []struct{ lang, text, cue, want string }{
		{"sv", "Riksbanken sänker troligen räntan under förutsättning att inflationsutsikterna, inräknat kronan, inte försämras.", "troligen", "inflationsutsikterna, inräknat kronan, inte försämras."},
		{"en", "The Fed will probably cut rates provided that the outlook, including the labour market, does not worsen.", "probably", "the outlook, including the labour market, does not worsen."},
		{"de", "Die EZB wird die Zinsen wahrscheinlich senken, es sei denn die Inflation steigt wieder.", "wahrscheinlich", "die Inflation steigt wieder."},
		{"sv", "Riksbanken sänker troligen räntan så länge inflationen sjunker.", "troligen", "inflationen sjunker."},
		{"pl", "Bank prawdopodobnie obniży stopy, o ile inflacja, w tym ceny energii, nie wzrośnie.", "prawdopodobnie", "inflacja, w tym ceny energii, nie wzrośnie."},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Condition != c.want {
			got := "<none>"
			if j != nil {
				got = j.Condition
			}
			t.Errorf("%s %q: want condition %q at %q, got %q", c.lang, c.text, c.want, c.cue, got)
		}
	}
}

// An insertion after a condition's comma does not swallow the main
// clause that follows it: the judgement there is still read.
func TestInsertionKeepsMainClause(t *testing.T) {
	js := judge(t, "en", "If Russia attacks, including in the north, NATO will almost certainly respond.")
	if j := find(js, "almost certainly"); j == nil || j.Condition != "Russia attacks" {
		t.Errorf("want the judgement under the condition %q, got\n%s", "Russia attacks", dump(js))
	}
}

// "sobre si", "acerca de si" ask whether: no condition.
func TestSpanishWhetherIsNoCondition(t *testing.T) {
	js := judge(t, "es", "Es muy probable que el Gobierno decida pronto sobre si convoca elecciones.")
	if j := find(js, "muy probable"); j == nil || j.Condition != "" {
		t.Errorf("want an unconditional judgement, got\n%s", dump(js))
	}
}
