package attrib_test

import "testing"

// A free relative clause that is the subject of a speech or belief verb
// is its source as a whole ("Wer die Zahlen kennt, weiß …"), not its
// pronoun alone and not nothing; when the pronoun is the subject of the
// cue itself ("Wer das behauptet, …") it stays the pronoun. The
// sentences are written for this test.
func TestFreeRelativeClauseIsSource(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Wer die Zahlen kennt, weiß, dass die Steuer steigen wird.", "weiß", "Wer die Zahlen kennt", "dass die Steuer steigen wird", []string{"wissen"}},
		{"de", "Aber wer den Bericht liest, sagt, dass die Steuer steigen wird.", "sagt", "wer den Bericht liest", "dass die Steuer steigen wird", nil},
		{"de", "Wer hier von Steuern spricht, sollte überlegen, ob er nicht etwas verschweigt.", "sollte überlegen", "Wer hier von Steuern spricht", "*", []string{"überlegen"}},
		{"de", "Wer das behauptet, hat die Zahlen nicht gelesen.", "behauptet", "Wer", "das", nil},
		{"pl", "Kto czytał raport, mówi, że podatek wzrośnie.", "mówi", "Kto czytał raport", "że podatek wzrośnie", nil},
		{"ru", "Кто читал доклад, говорит, что налог вырастет.", "говорит", "Кто читал доклад", "что налог вырастет", nil},
	})
}

// A noun cue's genitive holds it when it is a compound whose last part
// is a role or an organisation word, however long the first part:
// "des Oberbürgermeisters", "des Bundesinnenministers", "des
// Weltklimarates", "des Außenamts". The sentences are written for this
// test.
func TestCompoundHolders(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Die Stadt folgt der Forderung des Oberbürgermeisters.", "Forderung", "des Oberbürgermeisters", "*", nil},
		{"de", "Wir kennen die Warnung des Bundesinnenministers.", "Warnung", "des Bundesinnenministers", "*", nil},
		{"de", "Das ist auch die Position des Weltklimarates.", "Position", "des Weltklimarates", "*", []string{"position"}},
		{"de", "Die Regierung teilt die Einschätzung des Außenamts.", "Einschätzung", "des Außenamts", "*", nil},
	})
}

// A role noun's source phrase takes the title and name right after it
// even where the parse hangs them beside the noun: "der Kollege Dr.
// Michael Weber" is one source. The sentences are written for this test.
func TestRoleNounTakesItsName(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Als Nächster spricht der Kollege Dr. Michael Weber für die Fraktion der Grünen.", "spricht", "der Kollege Dr. Michael Weber", "*", []string{"sprechen"}},
	})
}
