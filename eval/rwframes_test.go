package eval

import (
	"strings"
	"testing"

	"github.com/kentnews/kent/attrib"
	"github.com/kentnews/kent/lexicon"
)

// rwTokens splits sentences on spaces into corpus tokens.
func rwTokens(sents ...string) []rwToken {
	var out []rwToken
	for _, s := range sents {
		for i, w := range strings.Fields(s) {
			out = append(out, rwToken{text: w, sentStart: i == 0, labels: map[string]bool{}})
		}
	}
	return out
}

// Fiction prints dialogue without quote marks: a verb-first frame with
// its speaker after it makes the words around it direct speech, and so
// does a colon after a speech verb; „…" (a straight closing mark) is a
// quotation too. The sentences are written for this test.
func TestRedewiedergabeUnmarkedDirect(t *testing.T) {
	x, err := attrib.New(lexicon.MustDefault())
	if err != nil {
		t.Fatal(err)
	}
	extra, err := SpkAttCues()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		sents  []string
		direct string // the tokens Kent should mark direct, in order
	}{
		{[]string{"Ja , sagte Karl traurig , ich habe seine Briefe gelesen ."}, "Ja ich habe seine Briefe gelesen ."},
		{[]string{"Das Blatt erzählt : Es waren drei kleine Mädchen auf der Straße ."}, "Es waren drei kleine Mädchen auf der Straße ."},
		{[]string{"Er rief laut : „ Kommt alle her , es brennt ! \" Dann lief er fort ."}, "„ Kommt alle her , es brennt ! \""},
	}
	for _, c := range cases {
		toks := rwTokens(c.sents...)
		pred := rwPredict(x, toks, extra)
		var got []string
		for i, tk := range toks {
			if pred[i]["direct"] {
				got = append(got, tk.text)
			}
		}
		if g := strings.Join(got, " "); g != c.direct {
			t.Errorf("%q: direct %q, want %q", c.sents, g, c.direct)
		}
	}
}

// The corpus's spans of speech take the sentence's final stop when they
// run to the end of it. The sentence is written for this test.
func TestRedewiedergabeFinalStop(t *testing.T) {
	x, err := attrib.New(lexicon.MustDefault())
	if err != nil {
		t.Fatal(err)
	}
	extra, err := SpkAttCues()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ sent, indirect string }{
		{"Der Arzt sagte , dass der Kranke bald genesen werde .", "dass der Kranke bald genesen werde ."},
	} {
		toks := rwTokens(c.sent)
		pred := rwPredict(x, toks, extra)
		var got []string
		for i, tk := range toks {
			if pred[i]["indirect"] {
				got = append(got, tk.text)
			}
		}
		if g := strings.Join(got, " "); g != c.indirect {
			t.Errorf("%q: indirect %q, want %q", c.sent, g, c.indirect)
		}
	}
}
