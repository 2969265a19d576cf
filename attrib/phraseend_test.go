package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// A source after a noun cue ends where an article that can be no genitive
// opens the clause's next phrase: "nach Einschätzung der meisten
// Beobachter die Wahl verlieren" is held by the observers, not by "meisten
// Beobachter die Wahl"; a genitive goes on with the source.
func TestSourceEndsBeforeTheNextPhrasesArticle(t *testing.T) {
	checkAll(t, []langCase{
		{"de", "Amtsinhaber Jonas Berg dürfte nach Einschätzung der meisten Beobachter die Wahl verlieren.", want{"meisten Beobachter", "Amtsinhaber Jonas Berg dürfte", kent.QuoteIndirect}},
		{"de", "Die Regierung wird nach Ansicht vieler Ökonomen den Leitzins im Herbst senken.", want{"vieler Ökonomen", "Die Regierung wird", kent.QuoteIndirect}},
		{"de", "Die Koalition dürfte nach Ansicht der Experten des Instituts das Gesetz noch stoppen.", want{"Experten des Instituts", "Die Koalition dürfte", kent.QuoteIndirect}},
	})
}

// An affiliation is shown as the institution's name, without the article
// the sentence put before it: "Petra Hübner von der Commerzbank" works at
// the Commerzbank, not at "der Commerzbank".
func TestAffiliationWithoutItsArticle(t *testing.T) {
	for _, c := range []struct{ lang, text, aff string }{
		{"de", "Die Wahl sei offen, sagte Petra Hübner von der Commerzbank.", "Commerzbank"},
		{"de", "Der Ökonom Lukas Weber von der Deutschen Bank erklärte, eine Rezession sei unwahrscheinlich.", "Deutschen Bank"},
		{"en", "A recession is unlikely this year, said Anna Berg of the Kiel Institute.", "Kiel Institute"},
		{"fr", "Une récession est peu probable cette année, a déclaré Pierre Martin de la Banque de France.", "Banque de France"},
		{"es", "Una recesión es poco probable este año, dijo Ana López, del Banco de España.", "Banco de España"},
	} {
		qs := check(t, c.lang, c.text)
		found := false
		for _, q := range qs {
			if q.Speaker != nil && q.Speaker.Affiliation != "" {
				found = true
				if q.Speaker.Affiliation != c.aff {
					t.Errorf("%s: affiliation %q, want %q, in %q", c.lang, q.Speaker.Affiliation, c.aff, c.text)
				}
			}
		}
		if !found {
			t.Errorf("%s: no affiliation in %q\n%s", c.lang, c.text, dump(qs))
		}
	}
}
