package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// A group of an organisation speaks as the group with its organisation,
// however the organisation's name is built: "on" inside an English
// organisation's name ("Council on Foreign Relations") and a Slavic
// organisation's name in the genitive after the group ("Analitycy Ośrodka
// Studiów Wschodnich") are no person with a title ("Relations (Foreign)",
// "Studiów Wschodnich (Analitycy Ośrodka)").
func TestGroupsOfOrganisationsSpeak(t *testing.T) {
	checkAll(t, []langCase{
		{"en", "Analysts at the Council on Foreign Relations said a cut in September was more likely.", want{"Council on Foreign Relations", "a cut in September was more likely", kent.QuoteIndirect}},
		{"en", "The Committee on Foreign Affairs said a deal was unlikely.", want{"Committee on Foreign Affairs", "a deal was unlikely", kent.QuoteIndirect}},
		{"pl", "Analitycy Ośrodka Studiów Wschodnich uważają, że obniżka stóp w czerwcu jest mało prawdopodobna.", want{"Analitycy Ośrodka Studiów Wschodnich", "obniżka stóp w czerwcu jest mało prawdopodobna", kent.QuoteIndirect}},
		{"en", "Experts at the Commission on Security and Cooperation said a deal was unlikely.", want{"Commission on Security and Cooperation", "a deal was unlikely", kent.QuoteIndirect}},
		{"ru", "Аналитики Райффайзен Банка считают, что снижение маловероятно.", want{"Аналитики Райффайзен Банка", "снижение маловероятно", kent.QuoteIndirect}},
		{"uk", "Аналітики Райффайзен Банку вважають, що зниження малоймовірне.", want{"Аналітики Райффайзен Банку", "зниження малоймовірне", kent.QuoteIndirect}},
		{"ru", "Эксперты Центра стратегических разработок считают, что рецессия маловероятна.", want{"Эксперты Центра стратегических разработок", "рецессия маловероятна", kent.QuoteIndirect}},
	})
}
