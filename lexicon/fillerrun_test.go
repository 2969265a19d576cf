package lexicon

import (
	"slices"
	"strings"
	"testing"
)

// A gap of a multiword form holds a short run of fillers (an article and a
// modifier, a country's genitive the caller accepts), never the same one
// twice, nor an ordinary word.
func TestEventIndexSkipsFillerRun(t *testing.T) {
	ix := NewEventIndex(map[string][]string{"win": {"bli statsminister", "become prime minister"}}).
		SkipBetween([]string{"the", "s", "next", "nästa"}).
		SkipAlso(func(w string) bool { return w == "sveriges" || w == "sweden" })
	for _, c := range []struct {
		text string
		want bool
	}{
		{"hon kan bli sveriges nästa statsminister", true},
		{"he will become the next prime minister", true},
		{"he will become sweden s next prime minister", true},
		{"he will become the the prime minister", false},
		{"hon kan bli en bra statsminister", false},
	} {
		got := slices.Contains(ix.Concepts(strings.Fields(c.text)), "win")
		if got != c.want {
			t.Errorf("%q: win %v, want %v", c.text, got, c.want)
		}
	}
}

// Words that only begin like the war family's ("warn", "wary", "front-runner")
// name no war; "war", "wars" and "war-torn" do.
func TestWarIsWholeWord(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ix := NewEventIndex(s.Get("en").Events).SkipBetween(s.Get("en").EventFillers)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"experts warn that the forecast is uncertain", false},
		{"investors are wary of the forecast", false},
		{"she is the clear front-runner", false},
		{"the war is likely to go on", true},
		{"two wars at once", true},
		{"a war-torn country", true},
	} {
		if got := slices.Contains(ix.Concepts(strings.Fields(c.text)), "war"); got != c.want {
			t.Errorf("%q: war %v, want %v", c.text, got, c.want)
		}
	}
}
