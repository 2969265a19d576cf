package question_test

import (
	"testing"
	"time"
)

// An office form with a modifier or the country's genitive inside it
// ("bli Sveriges nästa statsminister", "become Sweden's next prime
// minister", "zostać kolejnym premierem") is the form "become prime
// minister": a win, not another predicate.
func TestOfficeFormWithModifierIsWin(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Ulf Kristersson become prime minister of Sweden after the September 2022 election?")
	at := time.Date(2022, 8, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text, words string }{
		{"sv", "Statsvetaren Anna Berg säger att Ulf Kristersson troligen kommer att bli Sveriges nästa statsminister.", "troligen"},
		{"sv", "Enligt Per Holm är det osannolikt att Kristersson blir nästa statsminister.", "osannolikt"},
		{"en", "Analyst John Smith said Kristersson will probably become Sweden's new prime minister.", "probably"},
		{"pl", "Politolog Jan Nowak uważa, że Ulf Kristersson prawdopodobnie zostanie kolejnym premierem Szwecji.", "prawdopodobnie"},
		{"ru", "Политолог Иван Петров считает, что Ульф Кристерссон, вероятно, станет следующим премьером Швеции.", "вероятно"},
		{"uk", "Політолог Іван Петренко вважає, що Ульф Крістерссон, ймовірно, стане наступним прем'єром Швеції.", "ймовірно"},
		{"de", "Der Politologe Hans Müller hält es für wahrscheinlich, dass Ulf Kristersson Schwedens neuer Regierungschef wird.", "wahrscheinlich"},
		{"fi", "Tutkija Matti Virtanen arvioi, että Ulf Kristersson tulee todennäköisesti olemaan Ruotsin seuraava pääministeri.", "todennäköisesti"},
		{"fr", "Selon le politologue Jean Dupont, Ulf Kristersson va probablement devenir le prochain premier ministre.", "probablement"},
	} {
		if _, r := find(t, m, q, judgements(t, p, c.lang, c.text, "next-"+c.lang, at), c.words); !r.About || r.Invert {
			t.Errorf("%s: %q: %+v, want about Kristersson's win, not inverted", c.lang, c.text, r)
		}
	}
}
