package attrib_test

import (
	"strings"

	"github.com/kentnews/kent"
	"testing"

	"github.com/kentnews/kent/attrib"
)

// A reflexive verb's pronoun is the cue's particle, not someone spoken to:
// "ich frage mich", "wir erinnern uns", "sie unterhalten sich", "ich stelle
// mir vor". A pronoun of another person than the subject ("glaubt uns kein
// Mensch") is no particle. The sentences are written for this test.
func TestReflexiveParticle(t *testing.T) {
	for _, c := range []struct {
		text, lemma, particle, addressee string
	}{
		{"Ich frage mich, warum die Kommission schweigt.", "fragen", "mich", ""},
		{"Wir erinnern uns an die Verhandlungen im Herbst.", "erinnern", "uns", ""},
		{"Die Minister unterhalten sich über die Reform.", "unterhalten", "sich", ""},
		{"Ich stelle mir vor, es gäbe keine Grenzen.", "vorstellen", "mir vor", ""},
		{"Leider glaubt uns kein Wähler mehr, dass die Steuern sinken.", "glauben", "", "uns"},
	} {
		a := article("de", c.text)
		var got *attrib.SpeechEvent
		for _, ev := range extractor.SpeechEvents(a, attrib.CueLemmas{"de": {c.lemma}}) {
			if ev.Lemma == c.lemma {
				got = &ev
			}
		}
		if got == nil {
			t.Errorf("%q: no %s event", c.text, c.lemma)
			continue
		}
		if p := joinSpans(a.Text, got.Particle); p != c.particle {
			t.Errorf("%q: particle %q, want %q", c.text, p, c.particle)
		}
		if ad := joinSpans(a.Text, got.Addressee); ad != c.addressee {
			t.Errorf("%q: addressee %q, want %q", c.text, ad, c.addressee)
		}
	}
}

// joinSpans is the words of spans, space-separated, as a reader marks them.
func joinSpans(text string, sps []kent.Span) string {
	var ws []string
	for _, sp := range sps {
		ws = append(ws, text[sp.Start:sp.End])
	}
	return strings.Join(ws, " ")
}
