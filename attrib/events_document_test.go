package attrib_test

import (
	"strings"
	"testing"
)

// A document speaks for no one: "Der Antrag fordert …" has no source, a
// relative clause on a document neither, and a document's genitive holder
// holds what it says. The sentences are written for this test.
func TestDocumentIsNoSource(t *testing.T) {
	for _, text := range []string{
		"Der Antrag fordert, dass die Steuer sinkt.",
		"Die Linke hat einen Antrag vorgelegt, der den Abzug der Truppen fordert.",
	} {
		for _, g := range events("de", text, nil) {
			parts := strings.SplitN(g, " | ", 3)
			if len(parts) == 3 && strings.HasPrefix(parts[0], "fordert") && parts[1] != "" {
				t.Errorf("%q: a document or its relative holds %q", text, g)
			}
		}
	}
	checkEvents(t, []eventCase{
		{"de", "Der Bericht des Instituts warnt, dass die Preise steigen.", "warnt", "des Instituts", "dass die Preise steigen", nil},
	})
}

// The document a view is stated in is the event's medium: a document
// subject, a "laut" document, a prepositional phrase with a document on
// the verb. The sentences are written for this test.
func TestDocumentIsMedium(t *testing.T) {
	for _, c := range []struct{ text, medium string }{
		{"Der Antrag fordert, dass die Steuer sinkt.", "Der Antrag"},
		{"In ihrem Antrag fordern die Grünen, dass die Steuer sinkt.", "In ihrem Antrag"},
		{"Laut Gesetzentwurf soll die Frist zwei Jahre betragen.", "Gesetzentwurf"},
	} {
		a := article("de", c.text)
		found := false
		for _, ev := range extractor.SpeechEvents(a, nil) {
			for _, sp := range ev.Medium {
				found = found || a.Text[sp.Start:sp.End] == c.medium
			}
		}
		if !found {
			t.Errorf("%q: no event with medium %q", c.text, c.medium)
		}
	}
}
