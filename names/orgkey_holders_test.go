package names

import "testing"

// Institutes, rating agencies, pollsters and prediction markets that hold
// forecasts are one voice under their acronyms, their names in several
// languages and their case endings.
func TestOrgKeyJoinsForecastHolders(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"IMK", "IMK"},
		{"Macroeconomic Policy Institute", "IMK"},
		{"Institut für Makroökonomie und Konjunkturforschung", "IMK"},
		{"Fitch", "Fitch"},
		{"Fitcha", "Fitch"},
		{"Moody's", "Moodys"},
		{"S&P", "SandP"},
		{"Standard & Poor's", "SandP"},
		{"Polymarket", "Polymarket"},
		{"Polymarketu", "Polymarket"},
		{"КМІС", "KIIS"},
		{"Kyiv International Institute of Sociology", "KIIS"},
		{"Київський міжнародний інститут соціології", "KIIS"},
		{"The New York Times", "NYT"},
		{"NYT", "NYT"},
		{"ВЦИОМ", "VTsIOM"},
		{"Konjunkturinstitutet", "Konjunkturinstitutet"},
		{"Fitch analyst Anna Berg", ""},
	} {
		if got := OrgKey(c.name); got != c.want {
			t.Errorf("OrgKey(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}
