package attrib_test

import (
	"strings"
	"testing"
)

// A small parser hangs the pronouns of speeches on the wrong verb; the
// pronoun in the nominative in the cue's own clause speaks. The sentences
// are written for this test.
func TestClausePronounSpeaks(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Noch ein Wort zur Rente, Frau Müller: Ich darf Sie daran erinnern, dass die Koalition das versprochen hat.", "erinnern", "Ich", "daran … dass die Koalition das versprochen hat", []string{"erinnern"}},
		{"de", "Wir Grünen begrüßen, dass die Regeln für die Notbetreuung erweitert wurden.", "begrüßen", "Wir Grünen", "*", nil},
		{"de", "Im Koalitionsvertrag verpflichten wir uns, die Renten zu sichern.", "verpflichten", "wir", "*", []string{"verpflichten"}},
	})
}

// A view noun in a clause whose verb only carries it ("den Eindruck
// haben", "der Auffassung sein", "zur Kenntnis nehmen") is held by the
// clause's subject; a motion the subject merely has is not its own.
func TestSupportClauseHolder(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Ich habe den Eindruck, dass die Regierung zögert.", "Eindruck", "Ich", "dass die Regierung zögert", []string{"eindruck"}},
		{"de", "Im Übrigen bin ich der Auffassung, dass die Steuer sinken muss.", "Auffassung", "ich", "*", nil},
	})
	for _, g := range events("de", "Wir haben Anträge zu diesem Thema.", nil) {
		if strings.HasPrefix(g, "Anträge | Wir") {
			t.Errorf("a motion the speakers have is not theirs: %q", g)
		}
	}
}

// A genitive after a noun cue holds it when its lemma names a holder,
// however it is inflected. The sentences are written for this test.
func TestGenitiveHolderByLemma(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Das ist ein Urteil des Bundesverfassungsgerichts.", "Urteil", "des Bundesverfassungsgerichts", "*", []string{"urteil"}},
		{"de", "Deshalb ist der Antrag der Grünen im Grundsatz richtig.", "Antrag", "der Grünen", "*", []string{"antrag"}},
	})
}

// An expletive or neuter pronoun ("Es gibt eine Antwort", "es ist eine
// kluge Idee") holds no view a noun names. The sentences are written for
// this test.
func TestExpletiveHoldsNoNounCue(t *testing.T) {
	for _, text := range []string{"Darauf gibt es eine einfache Antwort.", "Ich finde, es ist eine kluge Idee, die Akteure an einen Tisch zu holen."} {
		for _, g := range events("de", text, nil) {
			if parts := strings.SplitN(g, " | ", 3); len(parts) == 3 && strings.EqualFold(parts[1], "es") {
				t.Errorf("%q: the expletive holds %q", text, g)
			}
		}
	}
}

// What a speaker says of themselves right after the pronoun is part of
// the source: "wir alle", "wir als Freie Demokraten"; an object pronoun
// after it ("wir uns", "ich Ihnen") is not. The sentences are written
// for this test.
func TestPronounSourceTail(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Das wissen wir alle.", "wissen", "wir alle", "*", []string{"wissen"}},
		{"de", "Deshalb fordern wir als Freie Demokraten, dass die Steuer sinkt.", "fordern", "wir als Freie Demokraten", "*", nil},
		{"de", "Ich sage Ihnen, dass die Steuer sinkt.", "sage", "Ich", "*", nil},
	})
}

// A name set off by a comma at the opening is the addressee even where
// the parser hangs the next clause on it ("Herr Brunner, Sie haben
// argumentiert, …"): the pronoun of the cue's clause speaks. The
// sentence is written for this test.
func TestVocativeBeforeClause(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Herr Brunner, Sie haben argumentiert, man solle verhandeln.", "verhandeln", "man", "*", []string{"verhandeln"}},
	})
}
