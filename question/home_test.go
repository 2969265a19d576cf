package question

import (
	"testing"

	"github.com/kentnews/kent/lexicon"
)

// A national office or central bank named without its country is the home
// country's of the question's or the article's language: "der
// Bundeskanzler" is Germany's, "Національний банк" Ukraine's; English
// names no home, and a place beside the words names another country's.
func TestHomeCountryOfOfficesAndCentralBanks(t *testing.T) {
	m, err := New(lexicon.MustDefault())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		lang, text, kind, key string
	}{
		{"de", "Wird der Bundeskanzler noch in diesem Jahr zurücktreten?", "place", "DE"},
		{"uk", "Чи знизить Національний банк облікову ставку в березні?", "organisation", "NBU"},
		{"pl", "Czy premier poda się do dymisji przed końcem roku?", "place", "PL"},
		{"de", "Tritt der österreichische Bundeskanzler zurück?", "place", "AT"},
	} {
		q := m.ParseIn(tc.text, tc.lang, false)
		if q.Subject == nil || q.Subject.Kind != tc.kind || q.Subject.Key != tc.key {
			t.Errorf("%s %q: subject %+v, want %s %s", tc.lang, tc.text, q.Subject, tc.kind, tc.key)
		}
	}
	if q := m.ParseIn("Will the chancellor resign this year?", "en", false); q.Subject != nil && q.Subject.Key == "DE" {
		t.Errorf("English has no home country: %+v", q.Subject)
	}
	nbu := m.ParseIn("Чи знизить Національний банк облікову ставку в березні?", "uk", false)
	kanzler := m.ParseIn("Wird der Bundeskanzler noch in diesem Jahr zurücktreten?", "de", false)
	for _, tc := range []struct {
		q          Question
		lang, text string
		want       bool
	}{
		{nbu, "uk", "Національний банк, найімовірніше, знизить ставку", true},
		{nbu, "ru", "Национальный банк, скорее всего, снизит ставку", false}, // Russian news mean Russia's
		{nbu, "uk", "Національний банк Польщі, найімовірніше, знизить ставку", false},
		{kanzler, "de", "Der Kanzler wird wohl bald zurücktreten", true},
		{kanzler, "de", "Der österreichische Kanzler wird wohl bald zurücktreten", false},
		{kanzler, "en", "The chancellor will probably resign", false},
	} {
		if got := m.namesHome(tc.q, fields(tc.text), tc.lang); got != tc.want {
			t.Errorf("%s %q names %+v: %v, want %v", tc.lang, tc.text, tc.q.Subject, got, tc.want)
		}
	}
}
