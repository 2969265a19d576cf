package names

import "testing"

// A party quoted as a holder is one voice across its names and languages:
// its own name inflected at length, its translations, its acronym; a
// person's name or a word that only begins like a party's is not it.
func TestOrgKeyParties(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"Sverigedemokraterna", "SE-SD"},
		{"Sverigedemokraternas", "SE-SD"},
		{"The Sweden Democrats", "SE-SD"},
		{"SD", "SE-SD"},
		{"Szwedzcy Demokraci", "SE-SD"},
		{"Kokoomus", "FI-KOK"},
		{"kokoomuksesta", "FI-KOK"},
		{"Samlingspartiet", "FI-KOK"},
		{"die Nationale Sammlungspartei", "FI-KOK"},
		{"KOK", "FI-KOK"},
		{"PiS", "PL-PiS"},
		{"Prawo i Sprawiedliwość", "PL-PiS"},
		{"Единая Россия", "RU-UR"},
		{"Единороссы", "RU-UR"},
		{"the Republicans", "US-GOP"},
		{"GOP", "US-GOP"},
		{"Fidesz", "HU-Fidesz"},
		{"Jarosław Kaczyński", ""},
		{"Kokoschka", ""},
		{"Democrat Joe Biden", ""},
	} {
		if got := OrgKey(c.name); got != c.want {
			t.Errorf("OrgKey(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}
