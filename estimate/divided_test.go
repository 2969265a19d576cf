package estimate_test

import "testing"

// Saying that opinions are divided on whether an event comes ("мнения
// разделились", "zdania są podzielone", "думки розходяться", "меркаванні
// падзяліліся", "nuomonės išsiskiria") is stated uncertainty on it: about
// even, weighted as a bare possibility. The event may follow in a
// whether-clause after a correlative ("co do tego, czy").
func TestOpinionsDivided(t *testing.T) {
	cases := []idiomCase{
		{"ru", "Мнения политологов разделились: референдум в Шотландии в этом году то ли состоится, то ли нет.", "referendum"},
		{"ru", "Аналитики расходятся во мнениях о том, что референдум состоится в этом году.", "referendum"},
		{"pl", "Eksperci są podzieleni co do tego, czy Armenia wystąpi z ODKB jeszcze w tym roku.", "withdraw"},
		{"pl", "Zdania politologów są podzielone w sprawie wyjścia Armenii z ODKB.", "withdraw"},
		{"uk", "Аналітики розходяться в оцінках, чи відбудеться референдум цього року.", "referendum"},
		{"uk", "Думки експертів щодо референдуму розділилися.", "referendum"},
		{"be", "Меркаванні палітолагаў наконт рэферэндуму падзяліліся.", "referendum"},
		{"lt", "Politologų nuomonės dėl Armėnijos pasitraukimo iš KSSO išsiskiria.", "withdraw"},
	}
	checkIdioms(t, cases, "roughly_even")
	for _, c := range cases {
		if j := aboutEvent(judge(t, c.lang, c.text), c.event); j != nil && !j.Modal {
			t.Errorf("%s %q: %q not read as stated uncertainty", c.lang, c.text, j.Cue)
		}
	}
	// Whoever is divided holds it.
	for _, c := range []struct{ lang, text, event, holder string }{
		{"pl", "Eksperci są podzieleni co do tego, czy Armenia wystąpi z ODKB jeszcze w tym roku.", "withdraw", "Eksperci"},
		{"ru", "Аналитики расходятся во мнениях о том, что референдум состоится в этом году.", "referendum", "Аналитики"},
		{"uk", "Аналітики розходяться в оцінках, чи відбудеться референдум цього року.", "referendum", "Аналітики"},
	} {
		if j := aboutEvent(judge(t, c.lang, c.text), c.event); holderName(j) != c.holder {
			t.Errorf("%s %q: holder %q, want %q", c.lang, c.text, holderName(j), c.holder)
		}
	}
}
