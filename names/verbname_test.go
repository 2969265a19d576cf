package names_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// A surname that is also a verb form or a genitive, before a verb, keeps
// its name: "om Kallas lämnar posten" names Kaja Kallas, not a Kalla (the
// bare genitive -s qualifies a noun, never a verb) nor the verb kalla.
func TestSurnameBeforeVerbKeepsItsName(t *testing.T) {
	p := processor(t)
	for _, text := range []string{
		"Det är osäkert om Kallas lämnar posten, sa han. Kaja Kallas har inte kommenterat.",
		"Det är troligt att Kallas lämnar posten i december, säger Erik Berg. Kaja Kallas har inte kommenterat.",
	} {
		a := process(t, p, "sv", text)
		n := 0
		for _, m := range a.Mentions {
			if m.Kind == kent.SpeakerPerson && m.Name != "Erik Berg" {
				n++
				if m.Name != "Kaja Kallas" {
					t.Errorf("%q: %q is named %q, want Kaja Kallas", text, m.Text, m.Name)
				}
			}
		}
		if n != 2 {
			t.Errorf("%q: %d mentions of Kallas, want 2: %+v", text, n, a.Mentions)
		}
	}
}
