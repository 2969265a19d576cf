package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// A group after a frame speaks with the organisation it belongs to, which
// ends the clause: not the group alone ("analysts"), nor the organisation
// read as a person ("Nordbanku").
func TestGroupsAfterFramesWithOwners(t *testing.T) {
	checkAll(t, []langCase{
		{"en", "A cut in June is unlikely, said analysts at Nordbank.", want{"analysts at Nordbank", "A cut in June is unlikely", kent.QuoteIndirect}},
		{"de", "Eine Zinssenkung im Juni ist unwahrscheinlich, schrieben Analysten der Commerzbank.", want{"Analysten der Commerzbank", "Eine Zinssenkung im Juni ist unwahrscheinlich", kent.QuoteIndirect}},
		{"pl", "Obniżka w czerwcu jest mało prawdopodobna – uważają analitycy Nordbanku.", want{"analitycy Nordbanku", "Obniżka w czerwcu jest mało prawdopodobna", kent.QuoteIndirect}},
		{"uk", "Зниження ставки в червні малоймовірне, вважають аналітики Ощадбанку.", want{"аналітики Ощадбанку", "Зниження ставки в червні малоймовірне", kent.QuoteIndirect}},
		{"sv", "En sänkning i juni är osannolik, skriver analytiker på Nordea.", want{"analytiker på Nordea", "En sänkning i juni är osannolik", kent.QuoteIndirect}},
		{"ru", "Снижение ставки в июне маловероятно, заявил аналитик Иван Петров.", want{"Иван Петров", "Снижение ставки в июне маловероятно", kent.QuoteIndirect}},
	})
}
