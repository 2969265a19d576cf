package lexicon_test

import (
	"slices"
	"testing"

	"github.com/kentnews/kent/lexicon"
)

// An acronym in the place list is matched as written, as a whole word or
// before a hyphen: "PRC" and "КНДР" name their states, "PRC-backed" too,
// while "Prc", "prcs" or a longer word do not.
func TestPlaceAcronymsMatchAsWritten(t *testing.T) {
	p, err := lexicon.LoadPlaces()
	if err != nil {
		t.Fatal(err)
	}
	ix := p.Index()
	for word, want := range map[string]string{"PRC": "CN", "PRC-backed": "CN", "КНДР": "KP", "UAE's": "AE", "ОАЭ": "AE", "DPRK": "KP"} {
		if got := ix.Match(word); !slices.Contains(got, want) {
			t.Errorf("%q: %v, want %s", word, got, want)
		}
	}
	for _, word := range []string{"Prc", "PRCS", "prc", "UAEX", "us", "Us", "USE", "uk"} {
		if got := ix.Match(word); len(got) > 0 {
			t.Errorf("%q names %v, want nothing", word, got)
		}
	}
	if !lexicon.Acronym("U.S.") || lexicon.Acronym("Us") || lexicon.Acronym("A") {
		t.Error("Acronym: capitals with points between them, two at least")
	}
}
