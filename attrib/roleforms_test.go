package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// A speaker's role is shown in its dictionary form: a role word in an
// oblique case after "по словам", "за словами", "według", "zdaniem" in
// its lemma, of the speaker's gender ("експертки" is an "експертка"), and
// a role capitalised only because it opens the sentence in lower case,
// where the language writes titles so; an English title keeps its capital.
func TestRoleInDictionaryForm(t *testing.T) {
	for _, c := range []struct{ lang, text, name, role string }{
		{"ru", "По словам экономиста Ольги Смирновой, банк снизит ставку в июне.", "Ольги Смирновой", "экономист"},
		{"ru", "Экономист Ольга Смирнова считает, что банк снизит ставку в июне.", "Ольга Смирнова", "экономист"},
		{"uk", "За словами експертки Ірини Бойко, банк знизить ставку в червні.", "Ірини Бойко", "експертка"},
		{"uk", "Політолог Олег Коваль вважає, що банк знизить ставку в червні.", "Олег Коваль", "політолог"},
		{"pl", "Według ekonomistki Anny Nowak bank obniży stopy w czerwcu.", "Anny Nowak", "ekonomistka"},
		{"pl", "Zdaniem analityka Jana Kowalskiego bank obniży stopy w czerwcu.", "Jana Kowalskiego", "analityk"},
		{"pl", "Politolog Jan Kowalski uważa, że bank obniży stopy w czerwcu.", "Jan Kowalski", "politolog"},
		{"en", "Political scientist Anna Berg believes the bank will cut rates.", "Anna Berg", "Political scientist"},
		{"de", "Nach Einschätzung des Ökonomen Lukas Weber wird die Bank die Zinsen senken.", "Lukas Weber", "Ökonomen"},
	} {
		qs, _ := extractor.Extract(article(c.lang, c.text))
		found := false
		for _, q := range qs {
			if q.Speaker != nil && q.Speaker.Name == c.name {
				found = true
				if q.Speaker.Role != c.role {
					t.Errorf("%s: %q: role %q, want %q", c.lang, c.text, q.Speaker.Role, c.role)
				}
			}
		}
		if !found {
			t.Errorf("%s: %q: no quote by %q in\n%s", c.lang, c.text, c.name, dump(qs))
		}
	}
}

// A country named in the genitive after a source phrase is the country,
// in its base form, and no person: "nach Darstellung Polens" is Polen's.
func TestGenitiveCountryHolder(t *testing.T) {
	qs, _ := extractor.Extract(article("de", "Nach Darstellung Polens ist eine Einigung in Reichweite."))
	for _, q := range qs {
		if q.Speaker != nil && q.Speaker.Name == "Polen" && q.Speaker.Kind == kent.SpeakerOrganisation {
			return
		}
	}
	t.Errorf("no quote held by the organisation Polen in\n%s", dump(qs))
}
