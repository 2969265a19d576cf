package estimate_test

import "testing"

// Conditions news writes besides "if": "only on condition that", "so
// long as", "solange", "tant que", "siempre y cuando", "qualora", "så
// länge", "kunhan", "zolang". A judgement under one carries it, so a
// user sees it apart from the pool ("only if: …") unless the condition is
// that things go on as they are.
func TestMoreConditionals(t *testing.T) {
	cases := []struct{ lang, text, cue string }{
		{"en", "The ECB will probably cut rates only on condition that inflation slows.", "probably"},
		{"de", "Die EZB wird die Zinsen wahrscheinlich senken, solange die Inflation sinkt.", "wahrscheinlich"},
		{"fr", "La BCE baissera probablement ses taux tant que l'inflation recule.", "probablement"},
		{"es", "El BCE probablemente bajará los tipos siempre y cuando la inflación se modere.", "probablemente"},
		{"it", "La Bce probabilmente taglierà i tassi qualora l'inflazione scenda.", "probabilmente"},
		{"sv", "Riksbanken sänker troligen räntan så länge inflationen sjunker.", "troligen"},
		{"fi", "EKP laskee todennäköisesti korkoja, kunhan inflaatio hidastuu.", "todennäköisesti"},
		{"nl", "De ECB verlaagt waarschijnlijk de rente zolang de inflatie daalt.", "waarschijnlijk"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		if j := find(js, c.cue); j == nil || j.Condition == "" {
			t.Errorf("%s %q: want a conditional judgement at %q, got\n%s", c.lang, c.text, c.cue, dump(js))
		}
	}
}
