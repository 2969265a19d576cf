package estimate_test

import "testing"

// In a verb-second language a subject opened by its article and role
// ("Der Ökonom Jan Berger erwartet …") is not a fronted phrase: the noun
// after the verb is its object, not the holder. "Der Ökonom Jan Berger
// erwartet den Beitritt" was held by "Beitritt", and "Die Ökonomin Sarah
// Klein rechnet mit einer Einigung" by the article's own voice.
func TestDescribedSubjectOpensTheSentence(t *testing.T) {
	checkHolders(t, []holderCase{
		{"de", "Der Ökonom Jan Berger erwartet den Beitritt.", "erwartet", "Jan Berger"},
		{"de", "Die Ökonomin Sarah Klein rechnet mit einer Einigung.", "rechnet mit", "Sarah Klein"},
		{"sv", "Forskaren Erik Lind tror på ett avtal.", "tror", "Erik Lind"},
		// A fronted phrase still puts the subject after the verb.
		{"de", "Einen raschen Beitritt erwartet der Ökonom Jan Berger.", "erwartet", "Jan Berger"},
	})
}
