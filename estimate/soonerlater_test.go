package estimate_test

import "testing"

// "Sooner or later" says the event will come: a likely forecast, in every
// language, held by whom the sentence names.
func TestSoonerOrLater(t *testing.T) {
	cases := []cueCase{
		{"en", "Sooner or later the bloc will ban Russian gas, the minister said.", "Sooner or later", "minister"},
		{"de", "Früher oder später wird die EU auch Gas sanktionieren, sagte der Minister.", "Früher oder später", "Minister"},
		{"pl", "Szef dyplomacji zapowiada, że sankcje prędzej czy później obejmą także gaz.", "prędzej czy później", "Szef dyplomacji"},
		{"ru", "Рано или поздно ЕС введёт эмбарго на газ, считает министр.", "Рано или поздно", "министр"},
		{"uk", "Рано чи пізно ЄС запровадить ембарго на газ, вважає міністр.", "Рано чи пізно", "міністр"},
		{"sv", "Förr eller senare kommer EU att införa ett gasembargo, säger ministern.", "Förr eller senare", "ministern"},
		{"fi", "Ennemmin tai myöhemmin EU asettaa kaasulle kauppasaarron, sanoi ministeri.", "Ennemmin tai myöhemmin", "ministeri"},
		{"fr", "Tôt ou tard, l'UE imposera un embargo sur le gaz, estime le ministre.", "Tôt ou tard", "le ministre"},
	}
	wantBandHeld(t, "likely", cases)
}

// An impersonal expectation ("is to be expected", "należy oczekiwać",
// "следует ожидать") is a likely forecast of the event it names.
func TestImpersonalExpectation(t *testing.T) {
	cases := []struct{ lang, text, cue, event string }{
		{"en", "A default by Russia is to be expected, the agency said.", "is to be expected", "default"},
		{"de", "Nach Ansicht der Agentur ist damit zu rechnen, dass Russland zahlungsunfähig wird.", "ist damit zu rechnen", "default"},
		{"pl", "Według agencji należy oczekiwać co najmniej częściowej niewypłacalności Rosji.", "należy oczekiwać", "default"},
		{"ru", "По мнению агентства, следует ожидать дефолта России.", "следует ожидать", "default"},
		{"uk", "На думку агентства, слід очікувати дефолту Росії.", "слід очікувати", "default"},
		{"sv", "En betalningsinställelse från Ryssland är att vänta, enligt byrån.", "är att vänta", "default"},
		{"fi", "Venäjän maksukyvyttömyys on odotettavissa, arvioi luottoluokittaja.", "on odotettavissa", "default"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Band != "likely" || !hasEvent(j.Proposition.Events, c.event) {
			t.Errorf("%s %q: want likely %s at %q, got\n%s", c.lang, c.text, c.event, c.cue, dump(js))
		}
	}
}

func hasEvent(es []string, e string) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}
