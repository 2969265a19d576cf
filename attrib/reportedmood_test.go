package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// Sentences in Konjunktiv I after a speaker's report go on in her voice
// with no verb of saying; one in the indicative or the past subjunctive
// ("wäre") is the writer's again, and a new paragraph starts afresh. The
// sentences are written for this test.
func TestSubjunctiveGoesOnInSpeakersVoice(t *testing.T) {
	text := "Anna Berg sagte am Montag, die Reform sei gescheitert. Die Kassen seien leer. Man müsse jetzt handeln. Die Regierung tagt morgen.\n\nEin Kompromiss komme nicht infrage."
	qs := check(t, "de", text,
		want{"Anna Berg", "die Reform sei gescheitert", kent.QuoteIndirect},
		want{"Anna Berg", "Die Kassen seien leer", kent.QuoteIndirect},
		want{"Anna Berg", "Man müsse jetzt handeln", kent.QuoteIndirect})
	for _, q := range qs {
		if q.Text == "Die Regierung tagt morgen" || q.Text == "Ein Kompromiss komme nicht infrage" {
			t.Errorf("%q is no one's reported speech, got %+v", q.Text, q.Speaker)
		}
	}
	qs = check(t, "de", "Lukas Weber sagte, die Lage sei ernst. Es wäre besser gewesen, früher zu handeln.",
		want{"Lukas Weber", "die Lage sei ernst", kent.QuoteIndirect})
	for _, q := range qs {
		if q.Text == "Es wäre besser gewesen, früher zu handeln" {
			t.Errorf("past subjunctive given to %+v", q.Speaker)
		}
	}
}
