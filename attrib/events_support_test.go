package attrib_test

import (
	"strings"
	"testing"

	"github.com/kentnews/kent/attrib"
)

// A noun cue that is the object of a support verb ("eine Frage stellen",
// "make a statement", "задать вопрос") is the subject's speech act, and
// noun and verb are one cue, as attribution corpora mark them; a
// genitive holder right after a noun cue is its source even where the
// parser hangs it elsewhere; a noun's "von X" is a source only when X can
// hold a view. The sentences are written for this test; the German cue
// nouns come as extra lemmas, as SpkAtt's learnt list gives them.
func TestSupportVerbsAndGenitiveHolders(t *testing.T) {
	cases := []struct {
		lang, text, cue, source string
	}{
		{"de", "Wir führen bereits intensive Gespräche mit den Ländern.", "führen … Gespräche", "Wir"},
		{"de", "Die Ministerin hat eine klare Entscheidung getroffen.", "Entscheidung getroffen", "Die Ministerin"},
		{"de", "Dazu brauchen wir auch den Antrag der AfD nicht.", "Antrag", "der AfD"},
		{"en", "The minister made a statement on Monday.", "made … statement", "The minister"},
		{"pl", "Minister złożył oświadczenie w poniedziałek.", "złożył oświadczenie", "Minister"},
		{"ru", "Министр сделал заявление в понедельник.", "сделал заявление", "Министр"},
		{"uk", "Міністр зробив заяву в понеділок.", "зробив заяву", "Міністр"},
		{"sv", "Ministern gjorde ett uttalande i måndags.", "gjorde … uttalande", "Ministern"},
	}
	for _, c := range cases {
		got := events(c.lang, c.text, attrib.CueLemmas{"de": {"gespräch", "entscheidung", "antrag"}})
		found := false
		for _, g := range got {
			found = found || strings.HasPrefix(g, c.cue+" | "+c.source+" |")
		}
		if !found {
			t.Errorf("%s %q: no event %q held by %q in %q", c.lang, c.text, c.cue, c.source, got)
		}
	}
	for _, g := range events("de", "Von Drohungen und der Billigung von Straftaten ganz zu schweigen.", nil) {
		if strings.Contains(g, "| von Straftaten |") {
			t.Errorf("de: a crime holds no view: %q", g)
		}
	}
}

// A causative lets its object speak ("Lassen Sie mich sagen", "let me
// say"); "wer", "man", "jemand" hold a view as a noun does, where a
// neuter "das" does not.
func TestCausativesAndIndefiniteSources(t *testing.T) {
	cases := []struct {
		lang, text, cue, source string
	}{
		{"de", "Lassen Sie mich sagen, dass die Regierung versagt hat.", "sagen", "mich"},
		{"en", "Let me say that the government has failed.", "say", "me"},
		{"sv", "Låt mig säga att regeringen har misslyckats.", "säga", "mig"},
		{"de", "Wer das ernst meint, muss die Bank aufspalten.", "meint", "Wer"},
		{"de", "Man nennt das Badwill.", "nennt", "Man"},
	}
	for _, c := range cases {
		got := events(c.lang, c.text, nil)
		found := false
		for _, g := range got {
			found = found || strings.HasPrefix(g, c.cue+" | "+c.source+" |")
		}
		if !found {
			t.Errorf("%s %q: no event %q held by %q in %q", c.lang, c.text, c.cue, c.source, got)
		}
	}
}
