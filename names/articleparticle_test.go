package names_test

import (
	"testing"
)

// A surname particle that is also an article in some language ("de": the
// Dutch and Swedish article) goes on with the name in every language
// that does not capitalise its nouns: "Luis de Guindos", "Jan de Vries".
// Where every noun has a capital, an article after a given name still
// opens the noun after it: "sagte Anna der Zeitung" names Anna alone.
// (The mention's words are asserted: Swedish reads "Guindos" as a
// genitive of "Guindo", a base-form matter of its own.)
func TestParticleThatIsAnArticle(t *testing.T) {
	p := processor(t)
	for _, c := range []struct{ lang, text, name string }{
		{"en", "The vice-president Luis de Guindos spoke on Monday. Later de Guindos took questions.", "Luis de Guindos"},
		{"en", "Jan de Vries said the vote would be close.", "Jan de Vries"},
		{"sv", "Ekonomen Luis de Guindos talade i Stockholm i går.", "Luis de Guindos"},
		{"pl", "Wiceprezes Luis de Guindos przemawiał w poniedziałek.", "Luis de Guindos"},
		{"de", "Das sagte Anna der Zeitung am Montag.", "Anna"},
	} {
		a := process(t, p, c.lang, c.text)
		found := false
		for _, m := range a.Mentions {
			if m.Kind == "person" && m.Text == c.name {
				found = true
			}
		}
		if !found {
			t.Errorf("%s %q: no person %q in %+v", c.lang, c.text, c.name, a.Mentions)
		}
	}
}
