package question_test

import (
	"testing"
	"time"
)

// A verb that says what an event takes in (lexicon: event_scope_verbs)
// is the event widened, not an effect of it: "EU sanctions will cover
// Russian gas" is about a gas embargo, in six languages.
func TestScopeVerbIsNoEffect(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the European Union impose an embargo on Russian natural gas in 2022?")
	at := time.Date(2022, 5, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text, words string }{
		{"en", "The EU sanctions will probably cover Russian gas as well, the analyst Anna Berg said.", "probably"},
		{"de", "Die Sanktionen der EU werden wahrscheinlich auch russisches Gas umfassen, sagte die Analystin Anna Berg.", "wahrscheinlich"},
		{"pl", "Sankcje UE prawdopodobnie obejmą także rosyjski gaz – uważa analityk Jan Nowak.", "prawdopodobnie"},
		{"ru", "По мнению аналитика Ивана Петрова, санкции ЕС, вероятно, охватят и российский газ.", "вероятно"},
		{"sv", "Analytikern Anna Berg tror att EU:s sanktioner sannolikt kommer att omfatta även rysk gas.", "sannolikt"},
		{"fr", "Selon l'analyste Anne Dubois, les sanctions de l'UE incluront probablement le gaz russe.", "probablement"},
	} {
		if _, r := find(t, m, q, judgements(t, p, c.lang, c.text, "scope-"+c.lang, at), c.words); !r.About {
			t.Errorf("%s: %q: %+v, want about the gas embargo", c.lang, c.text, r)
		}
	}
}
