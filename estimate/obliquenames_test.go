package estimate_test

import "testing"

// A holder named with two given names in an oblique case is shown in the
// nominative, every given name included: Polish given names in -ia and -ja
// ("Marii", "Patrycji") as Russian and Ukrainian ones already were.
func TestHoldersWithTwoGivenNames(t *testing.T) {
	checkHolders(t, []holderCase{
		{"pl", "Według Anny Marii Nowak porozumienie jest mało prawdopodobne.", "mało prawdopodobne", "Anna Maria Nowak"},
		{"pl", "Zdaniem Marii Nowak porozumienie jest mało prawdopodobne.", "mało prawdopodobne", "Maria Nowak"},
		{"pl", "Według Jana Pawła Nowaka porozumienie jest mało prawdopodobne.", "mało prawdopodobne", "Jan Paweł Nowak"},
		{"ru", "По мнению Анны Марии Ивановой, сделка маловероятна.", "маловероятна", "Анна Мария Иванова"},
		{"uk", "На думку Анни Марії Коваль, угода малоймовірна.", "малоймовірна", "Анна Марія Коваль"},
	})
}
