package attrib_test

import (
	"testing"

	"github.com/kentnews/kent/attrib"
)

// Whom a speech is said to may follow a preposition: "mit den
// Landwirten", "with the farmers"; a thing after it ("mit großer Sorge")
// is no addressee. The sentences are written for this test.
func TestPrepositionalAddressee(t *testing.T) {
	for _, c := range []struct {
		lang, text, lemma, addressee string
	}{
		{"de", "Die Ministerin hat gestern mit dem Kanzler gesprochen.", "sprechen", "mit dem Kanzler"},
		{"de", "Der Minister sprach mit großer Sorge über die Ernte.", "sprechen", ""},
		{"en", "The minister spoke with the president.", "speak", "with the president"},
	} {
		a := article(c.lang, c.text)
		var got *attrib.SpeechEvent
		for _, ev := range extractor.SpeechEvents(a, attrib.CueLemmas{c.lang: {c.lemma}}) {
			if ev.Lemma == c.lemma {
				got = &ev
			}
		}
		if got == nil {
			t.Errorf("%q: no %s event", c.text, c.lemma)
			continue
		}
		if ad := joinSpans(a.Text, got.Addressee); ad != c.addressee {
			t.Errorf("%s %q: addressee %q, want %q", c.lang, c.text, ad, c.addressee)
		}
	}
}
