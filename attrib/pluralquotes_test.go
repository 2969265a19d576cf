package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// A plural pronoun's words are the group's the sentence before opens
// with, not those of the person who spoke last.
func TestPluralPronounsQuoteGroups(t *testing.T) {
	checkAll(t, []langCase{
		{"en", "Anna Berg, an economist at Nordbank, spoke first. Analysts at Sydbank were more cautious. They said a cut in June was unlikely.", want{"Analysts at Sydbank", "a cut in June was unlikely", kent.QuoteIndirect}},
		{"ru", "Экономист Анна Петрова выступила первой. Аналитики Сбербанка были осторожнее. Они считают, что снижение ставки в июне маловероятно.", want{"Аналитики Сбербанка", "снижение ставки в июне маловероятно", kent.QuoteIndirect}},
		{"uk", "Економістка Анна Коваль виступила першою. Аналітики Ощадбанку були обережніші. Вони вважають, що зниження ставки в червні малоймовірне.", want{"Аналітики Ощадбанку", "зниження ставки в червні малоймовірне", kent.QuoteIndirect}},
		{"sv", "Ekonomen Anna Berg talade först. Analytikerna på Nordea var försiktigare. De tror att en sänkning i juni är osannolik.", want{"Analytikerna på Nordea", "en sänkning i juni är osannolik", kent.QuoteIndirect}},
		{"en", "Anna Berg spoke to reporters. She said a cut in June was unlikely.", want{"Anna Berg", "a cut in June was unlikely", kent.QuoteIndirect}},
	})
}
