package question_test

import (
	"strings"
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

// A stated uncertainty about the election's outcome, or a close race
// ("das knappe Rennen", "utgången av valet är osäker"), bears on the
// person's win as roughly even: about the question, not set aside.
func TestOpenOutcomeIsAboutWin(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Ulf Kristersson become prime minister of Sweden after the September 2022 election?")
	at := time.Date(2022, 9, 5, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text, words string }{
		{"sv", "Statsvetaren Per Holm säger att utgången av valet är osäker för Ulf Kristersson.", "är osäker"},
		{"en", "The outcome of the election remains uncertain for Ulf Kristersson, said pollster Anna Lind.", "remains uncertain"},
		{"de", "Für Ulf Kristersson zeichnet sich das erwartet knappe Rennen ab, sagt der Politologe Hans Müller.", "knappe Rennen"},
		{"fi", "Tutkija Matti Virtanen sanoo, että Ulf Kristerssonin vaalien lopputulos on vielä epävarma.", "epävarma"},
	} {
		hits := judgements(t, p, c.lang, c.text, "open-"+c.lang, at)
		rel, ok := m.Relevances(q, hits), false
		for i, h := range hits {
			ok = ok || strings.Contains(h.Words, c.words) && rel[i].About && h.Judgement.Band == "roughly_even"
		}
		if !ok {
			t.Errorf("%s: %q: no roughly even judgement about the win at %q: %+v %+v", c.lang, c.text, c.words, hits, rel)
		}
	}
}

// "The forecast is uncertain" refers back to the forecast the sentence
// before made: a stated uncertainty about the question's event.
func TestForecastRefersBack(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Finland fall into recession in 2023?")
	at := time.Date(2023, 1, 5, 0, 0, 0, 0, time.UTC)
	text := "The Bank of Finland expects Finland to fall into a recession in 2023. Experts warn that the forecast is uncertain."
	if _, r := find(t, m, q, judgements(t, p, "en", text, "fc-en", at), "is uncertain"); !r.About {
		t.Errorf("%q: %+v, want about the recession", text, r)
	}
}

// "favoured", "favorisiert", "faworyzowany": the participle of favouring
// is a favourite's likely win, as the noun is.
func TestFavouredIsLikelyWin(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Ulf Kristersson become prime minister of Sweden after the September 2022 election?")
	at := time.Date(2022, 9, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text, words string }{
		{"de", "Leicht favorisiert bei der Wahl am Sonntag ist Ulf Kristersson, sagt der Politologe Hans Müller.", "favorisiert"},
		{"en", "Ulf Kristersson is slightly favored in Sunday's election, analyst John Smith said.", "favored"},
	} {
		hits := judgements(t, p, c.lang, c.text, "fav-"+c.lang, at)
		rel, ok := m.Relevances(q, hits), false
		for i, h := range hits {
			ok = ok || strings.Contains(h.Words, c.words) && rel[i].About && !rel[i].Invert && h.Judgement.Band == "likely"
		}
		if !ok {
			t.Errorf("%s: %q: no likely judgement about the win at %q: %+v %+v", c.lang, c.text, c.words, hits, rel)
		}
	}
}
