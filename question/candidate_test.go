package question_test

import (
	"testing"

	"github.com/kentnews/kent/question"
)

// A country's candidate status for a union is a step of membership, in
// every language and in a German compound on the union's acronym; tariffs
// are imposed as sanctions are; a town of Gaza is a place a question can
// name as the object. The questions are written for this test.
func TestCandidateStatusTariffsAndTowns(t *testing.T) {
	m, _, _ := setup(t)
	for _, c := range []struct{ text, family, object string }{
		{"Will Georgia be granted EU candidate status in December 2023?", "membership", "EU"},
		{"Wird Georgien im Dezember 2023 den EU-Kandidatenstatus erhalten?", "membership", "EU"},
		{"Czy Gruzja otrzyma status kandydata do Unii Europejskiej w grudniu 2023 roku?", "membership", "EU"},
		{"Получит ли Грузия статус кандидата в члены ЕС в декабре 2023 года?", "membership", "EU"},
		{"Чи отримає Грузія статус кандидата на членство в ЄС у грудні 2023 року?", "membership", "EU"},
		{"Får Georgien kandidatstatus i EU i december 2023?", "membership", "EU"},
		{"Введут ли США пошлины на товары из Канады в феврале 2025 года?", "sanction", ""},
		{"Asettaako Yhdysvallat tulleja Meksikon tuotteille helmikuussa 2025?", "sanction", ""},
		{"Czy USA nałożą cła na Kanadę w lutym 2025 roku?", "sanction", ""},
		{"Will Israel launch a ground offensive in Rafah by the end of May 2024?", "invade", "Rafah"},
	} {
		q, err := m.Understand(question.Question{Text: c.text})
		if err != nil || q.Family != c.family || c.object != "" && (q.Object == nil || q.Object.Key != c.object) {
			t.Errorf("%q: %+v %v; want %s, object %q", c.text, q, err, c.family, c.object)
		}
	}
}

// "bis Ende Mai 2024" keeps the end of the month in the bound, and a
// recognition asked in the future tense is read in ru, uk and pl.
func TestEndOfMonthAndFutureRecognition(t *testing.T) {
	m, _, _ := setup(t)
	for _, c := range []struct{ text, family, time string }{
		{"Wird Spanien bis Ende Mai 2024 einen palästinensischen Staat anerkennen?", "recognise", "bis Ende Mai 2024"},
		{"Признает ли Испания палестинское государство до конца мая 2024 года?", "recognise", "до конца мая 2024 года"},
		{"Чи визнає Іспанія палестинську державу до кінця травня 2024 року?", "recognise", "до кінця травня 2024 року"},
		{"Czy Hiszpania uzna państwo palestyńskie do końca maja 2024 roku?", "recognise", "do końca maja 2024 roku"},
	} {
		q, err := m.Understand(question.Question{Text: c.text})
		if err != nil || q.Family != c.family || q.TimeBound != c.time {
			t.Errorf("%q: family %q, time %q, %v; want %s, %q", c.text, q.Family, q.TimeBound, err, c.family, c.time)
		}
	}
}
