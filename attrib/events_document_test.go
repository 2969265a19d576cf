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
