package estimate_test

import "testing"

// A holder who does not doubt an event ("не сомневаются, что",
// "nie wątpi, że", "neabejoja, kad") holds it very likely; the negation
// is part of the phrase, not a turned-round doubt (which read as only
// likely). "No doubts" said of everyone ("сомнений нет", "nėra
// abejonių") is almost certain, as "нет сомнений" is.
func TestNotDoubtingIsVeryLikely(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"ru", "Эксперты уже не сомневаются, что Армения выйдет из ОДКБ.", "withdraw"},
		{"ru", "Я не сомневаюсь, что Армения выйдет из ОДКБ, сказал политолог Иван Петров.", "withdraw"},
		{"pl", "Politolog Jan Nowak nie wątpi, że Armenia wystąpi z ODKB.", "withdraw"},
		{"pl", "Analitycy nie mają wątpliwości, że Armenia wystąpi z ODKB.", "withdraw"},
		{"uk", "Експерти вже не сумніваються, що Вірменія вийде з ОДКБ.", "withdraw"},
		{"be", "Эксперты не сумняваюцца, што Арменія выйдзе з АДКБ.", "withdraw"},
		{"lt", "Ekspertai neabejoja, kad Armėnija pasitrauks iš KSSO.", "withdraw"},
	}, "very_likely")
	checkIdioms(t, []idiomCase{
		{"ru", "Сомнений у экспертов нет: Армения выйдет из ОДКБ.", "withdraw"},
		{"uk", "Сумнівів немає: Вірменія вийде з ОДКБ, сказав політолог Іван Петренко.", "withdraw"},
		{"lt", "Abejonių nėra: Armėnija pasitrauks iš KSSO, sakė politologas Jonas Kazlauskas.", "withdraw"},
	}, "almost_certain")
}
