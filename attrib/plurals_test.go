package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// The plural and past forms of speech verbs report as the singular does:
// an institution spoken for by its people ("W MSZ podkreślają", "У МЗС
// наголосили") and a minister who "admitted" a possibility ("допустил,
// что") hold what follows.
func TestPluralAndPastSpeechVerbs(t *testing.T) {
	checkAll(t, []langCase{
		{"pl", "W MSZ podkreślają, że porozumienie jest mało prawdopodobne.", want{"MSZ", "porozumienie jest mało prawdopodobne", kent.QuoteIndirect}},
		{"pl", "Analitycy ostrzegają, że recesja jest prawdopodobna.", want{"Analitycy", "recesja jest prawdopodobna", kent.QuoteIndirect}},
		{"ru", "Министр обороны Иван Петров допустил, что войска могут быть отправлены.", want{"Иван Петров", "войска могут быть отправлены", kent.QuoteIndirect}},
		{"uk", "У МЗС наголосили, що угода малоймовірна.", want{"МЗС", "угода малоймовірна", kent.QuoteIndirect}},
	})
}

// The same in the Romance languages: "Les analystes soulignent que …",
// "Los expertos advierten que …", "Gli economisti sostengono che …".
func TestPluralSpeechVerbsRomance(t *testing.T) {
	checkAll(t, []langCase{
		{"fr", "Les analystes soulignent que la récession est probable.", want{"analystes", "la récession est probable", kent.QuoteIndirect}},
		{"es", "Los expertos advierten que la recesión es probable.", want{"expertos", "la recesión es probable", kent.QuoteIndirect}},
		{"it", "Gli economisti sostengono che la recessione è probabile.", want{"economisti", "la recessione è probabile", kent.QuoteIndirect}},
	})
}
