package attrib_test

import (
	"strings"
	"testing"
)

// Belief predicates that take a clause are cues, held by their person
// subject or by who they are true for ("Für uns ist klar, dass …", "for
// the government it is clear", "dla rządu jest jasne"); without a clause
// they report nothing ("Die Renten sind sicher", "klar zu sagen"). The
// sentences are written for this test.
func TestClausePredicates(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Ich bin sicher, dass er es leisten wird.", "bin sicher", "Ich", "dass er es leisten wird", nil},
		{"de", "Der Minister ist sicher, dass die Verhandlungen scheitern.", "ist sicher", "Der Minister", "dass die Verhandlungen scheitern", nil},
		{"de", "Ich bin zuversichtlich, dass wir eine Lösung finden.", "bin zuversichtlich", "Ich", "dass wir eine Lösung finden", nil},
		{"de", "Für die Regierung ist klar, dass die Steuern steigen.", "ist klar", "Für die Regierung", "dass die Steuern steigen", nil},
		{"de", "Für uns ist klar: Die Steuern steigen.", "ist klar", "Für uns", "Die Steuern steigen", nil},
		{"de", "Es ist klar, dass die Steuern steigen.", "ist klar", "", "dass die Steuern steigen", nil},
		{"en", "For the government it is clear that taxes will rise.", "is clear", "For the government", "that taxes will rise", nil},
		{"pl", "Dla rządu jest jasne, że podatki wzrosną.", "jest jasne", "Dla rządu", "że podatki wzrosną", nil},
	})
	for _, c := range []struct{ lang, text string }{
		{"de", "Die Renten sind sicher."},
		{"de", "Um es klar zu sagen: Die Steuern steigen."},
		{"en", "The rules are clear."},
	} {
		for _, g := range events(c.lang, c.text, nil) {
			if cue := strings.SplitN(g, " | ", 2)[0]; strings.Contains(cue, "sicher") || strings.Contains(cue, "klar") || strings.Contains(cue, "clear") {
				t.Errorf("%s %q: no clause, yet the event %q", c.lang, c.text, g)
			}
		}
	}
}
