package question_test

import (
	"testing"
	"time"
)

// Derailing what others decide (сорвать, зірвати, zum Scheitern bringen,
// faire échouer, far saltare …) is a veto: a holder's threat or an
// expectation that Hungary will derail the decision or the summit that
// takes it is for a question on its veto, in every language.
func TestDerailingIsAVeto(t *testing.T) {
	pooledOne(t, "Will Hungary veto the opening of EU accession negotiations with Moldova?", time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC), []struct{ lang, text, dir string }{
		{"uk", "Віктор Орбан погрожує зірвати грудневий саміт лідерів Європейського Союзу, пише газета.", "for"},
		{"ru", "Политолог Иван Петров считает, что Венгрия, вероятно, сорвёт решение о начале переговоров с Молдовой.", "for"},
		{"de", "Der Politologe Max Weber hält es für wahrscheinlich, dass Ungarn den Beschluss zum Scheitern bringen wird.", "for"},
		{"fr", "Selon l'analyste Jean Dupont, la Hongrie fera probablement échouer la décision d'ouvrir les négociations avec la Moldavie.", "for"},
	})
}
