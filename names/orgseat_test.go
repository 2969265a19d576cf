package names

import "testing"

// An organisation's name followed by its seat after a preposition of
// place is the organisation; a conjunction or a person's name is not.
func TestOrgKeyWithItsSeat(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"Instytut Gospodarki Światowej w Kilonii", "IfW"},
		{"Institut für Weltwirtschaft in Kiel", "IfW"},
		{"Кільський інститут світової економіки", "IfW"},
		{"Кильского института мировой экономики", "IfW"},
		{"ECB in Frankfurt", "ECB"},
		{"National Bank of Poland", "NBP"},
		{"EU and NATO", ""},
		{"Anna Nowak z NBP", ""},
	} {
		if got := OrgKey(c.name); got != c.want {
			t.Errorf("OrgKey(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}
