package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// An agency's acronym, and the capitalised words of its name after it,
// before a person's name belong to the role ("глава ГУР Минобороны
// Украины Кирилл Буданов", "szef wywiadu HUR Kyryło Budanow"): the
// speaker is the person, with the agency as affiliation.
func TestAcronymBeforeANameIsTheAffiliation(t *testing.T) {
	checkAll(t, []langCase{
		{"ru", "Первые войска вот-вот прибудут в область. Об этом сказал глава ГУР Минобороны Страны Кирилл Баранов.", want{"Кирилл Баранов", "Первые войска вот-вот прибудут", kent.QuoteIndirect}},
		{"uk", "Перші війська ось-ось прибудуть до області. Про це заявив очільник ГУР Кирило Баранов.", want{"Кирило Баранов", "Перші війська ось-ось прибудуть", kent.QuoteIndirect}},
		{"pl", "Pierwsze oddziały najpewniej przybędą jutro – powiedział szef wywiadu HUR Kyryło Baranow.", want{"Kyryło Baranow", "Pierwsze oddziały najpewniej przybędą jutro", kent.QuoteIndirect}},
		{"en", "The first troops will very likely arrive tomorrow, said the head of the NIA Paul Grant.", want{"Paul Grant", "The first troops will very likely arrive tomorrow", kent.QuoteIndirect}},
	})
}
