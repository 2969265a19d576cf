package estimate_test

import "testing"

// "Undoubted" as an adjective, and a lead that already suffices to win,
// say the event is as good as certain.
func TestUndoubtedAndEnoughToWin(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"ru", "По словам министра, победа кандидата становится несомненной.", "win"},
		{"ru", "Такого перевеса кандидату уже хватает для победы.", "win"},
		{"uk", "За словами міністра, перемога кандидата стає безсумнівною.", "win"},
		{"uk", "Такого відриву кандидатові вже вистачає для перемоги.", "win"},
		{"pl", "Zdaniem ministra zwycięstwo kandydata jest niewątpliwe.", "win"},
		{"pl", "Taka przewaga wystarcza do zwycięstwa w wyborach, uważa analityk.", "win"},
		{"fr", "Selon l'analyste, cette avance suffit pour gagner l'élection.", "win"},
		{"es", "Según el analista, esa ventaja basta para ganar las elecciones.", "win"},
		{"it", "Secondo l'analista, quel vantaggio basta per vincere le elezioni.", "win"},
		{"lt", "Analitiko teigimu, kandidato pergalė neabejotina.", "win"},
	}, "almost_certain", "very_likely")
}

// A comparative of chances ("better chances", "больше шансов", "szanse
// są większe", "шансы выше") tilts the event one way: likely, or unlikely
// for fewer chances.
func TestComparativeChances(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"pl", "Zdaniem analityka kandydat ma większe szanse na zwycięstwo w wyborach.", "win"},
		{"ru", "По мнению аналитика, у кандидата больше шансов на победу на выборах.", "win"},
		{"uk", "На думку аналітика, кандидат має більше шансів на перемогу на виборах.", "win"},
		{"be", "На думку аналітыка, у кандыдата больш шанцаў на перамогу.", "win"},
		{"fr", "Selon l'analyste, la candidate a plus de chances de gagner l'élection.", "win"},
		{"es", "Según el analista, la candidata tiene más posibilidades de ganar las elecciones.", "win"},
		{"it", "Secondo l'analista, la candidata ha maggiori possibilità di vincere le elezioni.", "win"},
		{"lt", "Analitiko teigimu, kandidatė turi daugiau šansų laimėti rinkimus.", "win"},
		{"pl", "Zdaniem analityka szanse kandydata na zwycięstwo są większe niż jego rywala.", "win"},
		{"ru", "По мнению аналитика, шансы кандидата на победу выше, чем у соперника.", "win"},
		{"uk", "На думку аналітика, шанси кандидата на перемогу вищі, ніж у суперника.", "win"},
		{"es", "Según el analista, las posibilidades de un acuerdo son mayores que hace un mes.", "deal"},
	}, "likely")
	checkIdioms(t, []idiomCase{
		{"pl", "Zdaniem analityka kandydat ma mniejsze szanse na zwycięstwo w wyborach.", "win"},
		{"ru", "По мнению аналитика, у кандидата меньше шансов на победу на выборах.", "win"},
		{"uk", "На думку аналітика, кандидат має менше шансів на перемогу на виборах.", "win"},
		{"fr", "Selon l'analyste, la candidate a moins de chances de gagner l'élection.", "win"},
		{"es", "Según el analista, la candidata tiene menos posibilidades de ganar las elecciones.", "win"},
		{"it", "Secondo l'analista, la candidata ha minori possibilità di vincere le elezioni.", "win"},
		{"lt", "Analitiko teigimu, kandidatė turi mažiau šansų laimėti rinkimus.", "win"},
		{"pl", "Zdaniem analityka szanse na porozumienie są dziś mniejsze niż miesiąc temu.", "deal"},
		{"it", "Secondo l'analista, le possibilità di un accordo sono minori rispetto a un mese fa.", "deal"},
	}, "unlikely")
}

// One of the options, a possible scenario, one of the possible dates, not
// necessarily: the event is held open, about even.
func TestOneOfTheOptions(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"pl", "Generał uważa, że możliwym scenariuszem jest wycofanie wojsk z miasta.", "withdraw"},
		{"ru", "Эксперт считает, что один из вариантов — досрочные выборы.", "snap-election"},
		{"uk", "Експерт вважає, що один із варіантів — дострокові вибори.", "snap-election"},
		{"fr", "Selon le ministre, l'une des options est un référendum au printemps.", "referendum"},
		{"es", "Según el ministro, una de las opciones es un referéndum en primavera.", "referendum"},
		{"it", "Secondo il ministro, una delle ipotesi è un referendum in primavera.", "referendum"},
		{"es", "Las fuentes señalan que el referéndum no tiene por qué celebrarse antes del verano.", "referendum"},
		{"fr", "Selon l'économiste, la baisse des taux n'aura pas forcément lieu en juin.", "rate-cut"},
		{"it", "Secondo l'economista, non è detto che il taglio dei tassi arrivi a giugno.", "rate-cut"},
		{"pl", "Zdaniem ekonomisty obniżka stóp niekoniecznie nastąpi w czerwcu.", "rate-cut"},
		{"ru", "По словам экономиста, снижение ставки не обязательно произойдёт в июне.", "rate-cut"},
		{"lt", "Prezidento teigimu, iki 2030 metų narystę būtų galima įgyvendinti.", "membership"},
	}, "roughly_even")
}

// Declining to speculate is a stated uncertainty: about even.
func TestNoPointSpeculating(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"pl", "Nie ma sensu spekulować, czy referendum się odbędzie, powiedział minister.", "referendum"},
		{"ru", "Нет смысла гадать, состоится ли референдум, сказал министр.", "referendum"},
		{"uk", "Немає сенсу гадати, чи відбудеться референдум, сказав міністр.", "referendum"},
		{"fr", "Inutile de spéculer sur la tenue d'un référendum, a dit le ministre.", "referendum"},
		{"es", "No tiene sentido especular sobre un referéndum, dijo el ministro.", "referendum"},
		{"it", "Non ha senso speculare su un referendum, ha detto il ministro.", "referendum"},
	}, "roughly_even")
}

// "Tabler sur" (to count on) with an adverb inside ("tablent toujours
// sur", "tablaient jusqu'ici sur") is an expectation of the event its
// subject holds.
func TestCountingOnWithAdverb(t *testing.T) {
	cases := []struct{ text, event, holder string }{
		{"Les marchés tablent toujours sur une baisse des taux en juin.", "rate-cut", "Les marchés"},
		{"Les diplomates tablaient jusqu'ici sur une adhésion vers 2030.", "membership", "Les diplomates"},
	}
	for _, c := range cases {
		js := judge(t, "fr", c.text)
		j := aboutEvent(js, c.event)
		if j == nil || j.Band != "likely" || holderName(j) != c.holder {
			t.Errorf("%q: want a likely judgement about %s held by %s in\n%s", c.text, c.event, c.holder, dump(js))
		}
	}
}

// A future of "to hold" with words between it and "elections"
// ("проводитимуть жодних виборів", "проводить досрочные выборы") is a
// categorical forecast of holding them.
func TestHoldingElectionsWithWordsBetween(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"uk", "Міністр заявив, що восени проводитимуть парламентські вибори."},
		{"uk", "Міністр заявив, що наступного року в Україні не проводитимуть жодних виборів."},
		{"ru", "Министр заявил, что осенью будут проводить досрочные выборы."},
		{"pl", "Minister powiedział, że w tym roku rząd nie przeprowadzi żadnych wyborów."},
	} {
		js := judge(t, c.lang, c.text)
		if j := aboutEvent(js, "election"); j == nil || !j.Categorical {
			t.Errorf("%s %q: want a categorical forecast of the election in\n%s", c.lang, c.text, dump(js))
		}
	}
}

// A forecast that a belief of conviction opens ("is convinced that … will
// not take place") is softened less than one merely thought: very
// unlikely, where "thinks" gives unlikely.
func TestConvincedForecast(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"uk", "Міністр переконаний, що наступного року референдум не відбудеться."},
		{"ru", "Министр убеждён, что референдум не состоится в этом году."},
		{"pl", "Minister jest przekonany, że referendum nie odbędzie się w tym roku."},
		{"fr", "Le ministre est convaincu que le référendum n'aura pas lieu cette année."},
		{"es", "El ministro está convencido de que el referéndum no se celebrará este año."},
		{"it", "Il ministro è convinto che il referendum non si terrà quest'anno."},
	} {
		js := judge(t, c.lang, c.text)
		j := aboutEvent(js, "referendum")
		if j == nil || j.Categorical || onEvent(*j) > 0.2 || onEvent(*j) < 0.05 {
			t.Errorf("%s %q: want a very unlikely judgement of the referendum in\n%s", c.lang, c.text, dump(js))
		}
	}
	js := judge(t, "pl", "Minister uważa, że referendum nie odbędzie się w tym roku.")
	if j := aboutEvent(js, "referendum"); j == nil || j.Band != "unlikely" {
		t.Errorf("a belief without conviction: want unlikely in\n%s", dump(js))
	}
}

// Prospects assessed positively or sceptically, and an event becoming
// tangible or taking shape, are judgements of it: likely, or unlikely.
func TestProspectsAndTakingShape(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"ru", "Дипломаты позитивно оценивают перспективы сделки.", "deal"},
		{"uk", "Дипломати оптимістично оцінюють перспективи угоди.", "deal"},
		{"pl", "Zdaniem analityków przedterminowe wybory stają się coraz bardziej realne.", "snap-election"},
		{"fr", "Selon le journal, la perspective d'élections anticipées devient de plus en plus tangible.", "snap-election"},
		{"it", "Secondo gli analisti, l'ipotesi di elezioni anticipate è sempre più concreta.", "snap-election"},
		{"es", "Según los analistas, el acuerdo toma forma.", "deal"},
	}, "likely")
	checkIdioms(t, []idiomCase{
		{"ru", "Дипломаты скептически оценивают перспективы сделки.", "deal"},
		{"uk", "Дипломати скептично оцінюють перспективи угоди.", "deal"},
		{"pl", "Dyplomaci sceptycznie oceniają szanse na zawarcie porozumienia.", "deal"},
	}, "unlikely")
}
