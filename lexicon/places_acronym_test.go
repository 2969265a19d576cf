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

// An acronym possessed or inflected after a hyphen or colon names its
// organisation as the bare acronym does: "Fed's", "ECB’s", "EBC-u",
// "ECB:s", "EKP:n".
func TestOrgAcronymInflected(t *testing.T) {
	ix, err := lexicon.LoadOrganisations()
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]string{"Fed's": "Fed", "Fed’s": "Fed", "ECB's": "ECB", "EBC-u": "ECB", "ECB:s": "ECB", "EKP:n": "ECB", "ECB'": "ECB"} {
		if got := ix.Find([]string{"The", w, "cut"}); len(got) != 1 || got[0] != want {
			t.Errorf("%q: %v, want %s", w, got, want)
		}
	}
}
