package lexicon_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kentnews/kent/lexicon"
)

// A party is one organisation by every name it goes by: its own
// language's name in any case, its translations, its acronym inflected.
func TestPartiesByEveryName(t *testing.T) {
	ix, err := lexicon.LoadOrganisations()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, want string }{
		{"Will Petteri Orpo's National Coalition Party win", "FI-KOK"},
		{"kokoomuksen kannatus on noussut", "FI-KOK"},
		{"Orpon kokoomus on suosikki", "FI-KOK"},
		{"Samlingspartiet blir största parti", "FI-KOK"},
		{"die Nationale Sammlungspartei liegt vorn", "FI-KOK"},
		{"Sverigedemokraterna ökar", "SE-SD"},
		{"SD:s väljare", "SE-SD"},
		{"the Sweden Democrats could come second", "SE-SD"},
		{"die Schwedendemokraten legen zu", "SE-SD"},
		{"Czy PiS wygra wybory", "PL-PiS"},
		{"sondaż dla PiS-u", "PL-PiS"},
		{"posłowie Prawa i Sprawiedliwości", "PL-PiS"},
		{"Koalicji Obywatelskiej prowadzi", "PL-KO"},
		{"Czy KO wygra wybory", "PL-KO"},
		{"партия Слуга народа получит", "UA-SN"},
		{"Получит ли «Единая Россия» большинство", "RU-UR"},
		{"кандидаты Единой России", "RU-UR"},
		{"le Rassemblement national arrive en tête", "FR-RN"},
		{"Will the AfD come first in Saxony", "DE-AfD"},
		{"Will Labour win a majority", "GB-Labour"},
		{"Labour's lead narrows", "GB-Labour"},
		{"Fidesz loses its majority", "HU-Fidesz"},
		{"the GOP holds the House", "US-GOP"},
		{"Republicans keep the Senate", "US-GOP"},
		{"the Republican People's Party of Turkey", "TR-CHP"},
		{"Georgian Dream wins again", "GE-GD"},
		{"партия «Грузинская мечта»", "GE-GD"},
		{"Fratelli d'Italia primo partito", "IT-FdI"},
		{"Die Linke scheitert", "DE-Linke"},
	} {
		if got := ix.Find(words(c.text)); !slices.Contains(got, c.want) {
			t.Errorf("%q: %v, want %s", c.text, got, c.want)
		}
	}
}

// A party's name that is also a common word is matched only as the party
// writes it: everyday sentences in each language name no party. And a
// longer party name is not its last word's party: "Sweden Democrats" and
// "Social Democrats" are no American Democrats.
func TestPartiesCommonWords(t *testing.T) {
	ix, err := lexicon.LoadOrganisations()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"the labour market is tight and law and justice matter",        // en
		"a conservative estimate of the national debt",                 // en
		"die linke Hand und die grünen Wiesen",                         // de
		"ano ne řekl že spolu půjdou",                                  // cs: yes, together
		"kaupungin keskusta on hiljainen ja vihreät puut",              // fi: town centre, green trees
		"lewica i prawica się kłócą a konfederacja szwajcarska milczy", // pl
		"vamos a sumar los votos",                                      // es
		"la lega calcio e il po",                                       // it
		"il y a un ensemble de pas",                                    // fr
		"единой стране нужна демократия",                               // ru
		"aur și argint",                                                // ro: gold and silver
	} {
		if got := ix.Find(words(text)); len(got) > 0 {
			t.Errorf("%q names %v, want nothing", text, got)
		}
	}
	for text, not := range map[string]string{
		"the Sweden Democrats gained": "US-Dem",
		"the Social Democrats gained": "US-Dem",
		"Christian Democrats lost":    "US-Dem",
		"the Liberal Democrats won":   "US-Dem",
		"Republican People's Party":   "US-GOP",
	} {
		if got := ix.Find(words(text)); slices.Contains(got, not) || len(got) != 1 {
			t.Errorf("%q: %v, want one party, not %s", text, got, not)
		}
	}
	if !ix.Party("FI-KOK") || ix.Party("NATO") {
		t.Error("Party: the parties' keys, no other organisation's")
	}
}

// words splits a sentence into words as Kent's readers do, quotes off.
func words(text string) []string {
	var out []string
	for _, w := range strings.Fields(text) {
		out = append(out, strings.Trim(w, "«»\"“”"))
	}
	return out
}
