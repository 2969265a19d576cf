package estimate_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// An outsider of a race is unlikely to win it, as its favourite is likely
// to: "uważany za outsidera", "считается аутсайдером", "аутсайдер
// перегонів", "аўтсайдэр", "autsaideris".
func TestOutsiderUnlikely(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"pl", "Według politologa Jana Nowaka Kowalski pozostaje outsiderem wyborów prezydenckich.", "win"},
		{"ru", "По мнению политолога Ивана Петрова, Сидоров остаётся аутсайдером президентской гонки.", "win"},
		{"uk", "На думку політолога Івана Петренка, Сидоренко залишається аутсайдером президентських перегонів.", "win"},
		{"be", "Палітолаг Іван Пятровіч лічыць Сідарава аўтсайдэрам прэзідэнцкіх выбараў.", "win"},
		{"lt", "Politologo Jono Petraičio teigimu, Kazlauskas išlieka prezidento rinkimų autsaideris.", "win"},
	}, "unlikely")
}

// "We'll see whether …" ("zobaczymy, czy", "увидим, …ли", "побачимо,
// чи", "пабачым, ці", "pamatysime, ar") leaves the event open: stated
// uncertainty, not a forecast of the whether-clause's verb.
func TestWeWillSee(t *testing.T) {
	cases := []idiomCase{
		{"pl", "Zobaczymy, czy referendum odbędzie się jesienią, powiedział minister Jan Nowak.", "referendum"},
		{"ru", "Увидим, состоится ли референдум осенью, сказал министр Иван Петров.", "referendum"},
		{"uk", "Побачимо, чи відбудеться референдум восени, сказав міністр Іван Петренко.", "referendum"},
		{"be", "Пабачым, ці адбудзецца рэферэндум восенню, сказаў міністр Іван Пятровіч.", "referendum"},
		{"lt", "Pamatysime, ar referendumas įvyks rudenį, sakė ministras Jonas Petraitis.", "referendum"},
	}
	checkIdioms(t, cases, "roughly_even")
	for _, c := range cases {
		for _, j := range judge(t, c.lang, c.text) {
			if j.Categorical {
				t.Errorf("%s %q: %q read as a categorical forecast", c.lang, c.text, j.Cue)
			}
		}
	}
}

// Nobody or nothing will stop it ("nikt nie powstrzyma", "никто не
// остановит", "ніхто не зупинить", "ніхто не спыніць", "niekas
// nesustabdys"): the event is almost certain.
func TestNobodyWillStop(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"pl", "Nikt nie powstrzyma przystąpienia Mołdawii do Unii Europejskiej, zapewnił premier Jan Nowak.", "membership"},
		{"ru", "Никто не остановит вступление Молдавии в Евросоюз, заверил премьер Иван Петров.", "membership"},
		{"uk", "Ніхто не зупинить вступ Молдови до Євросоюзу, запевнив прем'єр Іван Петренко.", "membership"},
		{"be", "Ніхто не спыніць уступленне Малдовы ў Еўрасаюз, запэўніў прэм'ер Іван Пятровіч.", "membership"},
		{"lt", "Niekas nesustabdys Moldovos narystės Europos Sąjungoje, patikino premjeras Jonas Petraitis.", "membership"},
	}, "almost_certain")
}

// A holder who says "we will hold the referendum" in the first person, a
// verb of holding or announcing with the event noun after it
// ("проведём", "проведемо", "правядзем", "przeprowadzimy") forecasts it
// categorically, as "the government will hold it" does.
func TestFirstPersonHoldingFutures(t *testing.T) {
	cases := []idiomCase{
		{"ru", "Мы проведём референдум осенью, сказал премьер Иван Петров.", "referendum"},
		{"uk", "Ми проведемо референдум восени, сказав прем'єр Іван Петренко.", "referendum"},
		{"be", "Мы правядзем рэферэндум восенню, сказаў прэм'ер Іван Пятровіч.", "referendum"},
		{"pl", "Przeprowadzimy referendum jesienią, powiedział premier Jan Nowak.", "referendum"},
	}
	checkIdioms(t, cases, "very_likely")
	for _, c := range cases {
		if j := aboutEvent(judge(t, c.lang, c.text), c.event); j != nil && holderName(j) == "" {
			t.Errorf("%s %q: no holder", c.lang, c.text)
		}
	}
}

// "Next year" in Belarusian ("у наступным годзе") names no offensive
// ("наступ"): the war family takes the noun's forms only.
func TestBelarusianNextIsNoOffensive(t *testing.T) {
	js := judge(t, "be", "Рэферэндум, верагодна, адбудзецца ў наступным годзе, сказаў прэм'ер Іван Пятровіч.")
	if aboutEvent(js, "referendum") == nil {
		t.Fatalf("no judgement about the referendum in\n%s", dump(js))
	}
	for _, j := range js {
		if aboutEvent([]kent.Judgement{j}, "war") != nil {
			t.Errorf("%q read as about war: %v", j.Cue, j.Proposition.Events)
		}
	}
}

// A political outsider (a newcomer) is no underdog: "Jako polityczny
// outsider Mentzen wygra wybory" forecasts a win (review32's input).
func TestPoliticalOutsiderIsNoUnderdog(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"pl", "Jako polityczny outsider Sławomir Mentzen wygra wybory prezydenckie, uważa politolog Jan Nowak."},
		{"ru", "Бывший аутсайдер Ментцен, вероятно, выиграет выборы, считает политолог Иван Петров."},
	} {
		for _, j := range judge(t, c.lang, c.text) {
			if j.Value < 0.5 {
				t.Errorf("%s %q: «%s» %.2f, want no underdog reading", c.lang, c.text, j.Cue, j.Value)
			}
		}
	}
}
