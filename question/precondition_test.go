package question_test

import (
	"strings"
	"testing"
	"time"
)

// Being ready or ripe for the event (lexicon: event_preconditions) is a
// precondition, not the event: "Georgia is not ready for membership" is
// set aside with why, in seven languages; "Georgia will join" is about
// the question.
func TestReadinessIsAPrecondition(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Georgia join the EU by 2030?")
	at := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text, words string }{
		{"en", "Georgia is probably not ready for membership in the EU, the analyst Anna Berg said.", "probably"},
		{"de", "Georgien ist wohl noch nicht reif für einen EU-Beitritt, sagte die Analystin Anna Berg.", "wohl"},
		{"pl", "Gruzja prawdopodobnie nie jest gotowa do członkostwa w UE – uważa analityk Jan Nowak.", "prawdopodobnie"},
		{"ru", "По мнению аналитика Ивана Петрова, Грузия, вероятно, не готова к вступлению в ЕС.", "вероятно"},
		{"uk", "На думку аналітика Івана Петренка, Грузія, ймовірно, не готова до вступу в ЄС.", "ймовірно"},
		{"sv", "Georgien är sannolikt inte redo för medlemskap i EU, säger analytikern Anna Berg.", "sannolikt"},
		{"fr", "Selon l'analyste Anne Dubois, la Géorgie n'est probablement pas prête pour l'adhésion à l'UE.", "probablement"},
	} {
		if _, r := find(t, m, q, judgements(t, p, c.lang, c.text, "pre-"+c.lang, at), c.words); r.About || !strings.Contains(r.Reason, "precondition") {
			t.Errorf("%s: %q: %+v, want set aside as a precondition", c.lang, c.text, r)
		}
	}
	if _, r := find(t, m, q, judgements(t, p, "en", "Georgia will probably join the EU by 2030, the analyst Anna Berg said.", "pre-join", at), "probably"); !r.About {
		t.Errorf("joining: %+v, want about the question", r)
	}
}
