package estimate_test

import (
	"slices"
	"strings"
	"testing"
)

// Estimative wording in the Slavic and Baltic languages in the forms a
// news report uses: a belief denied in the third person ("не вважає, що",
// "nie uważa, że"), doubt about one's own certainty ("не уверен, что",
// "nie jestem pewien, czy"), a band adjective in the case a verb governs
// ("uważa … za mało prawdopodobną") or in its feminine form ("предрешена",
// "неможлива"), and "one should not expect" ("ждать не стоит"). Each was
// read as no judgement, or as the categorical future after it.
func TestSlavicEstimativeForms(t *testing.T) {
	cases := []struct{ lang, text, band string }{
		// A denied belief is unlikely, not the categorical future it governs.
		{"uk", "Аналітикиня Марія Коваленко не думає, що Молдова вступить до альянсу.", "unlikely"},
		{"uk", "Експерт Іван Бондар не вважає, що уряд піде у відставку.", "unlikely"},
		{"ru", "Аналитик Мария Соколова не считает, что Молдова вступит в альянс.", "unlikely"},
		{"pl", "Analityk Jan Nowak nie uważa, że rząd poda się do dymisji.", "unlikely"},
		{"pl", "Ekonomiści nie spodziewają się, że bank podniesie stopy.", "unlikely"},
		{"be", "Аналітык Іван Бойка не лічыць, што ўрад сыдзе ў адстаўку.", "unlikely"},
		{"lt", "Analitikas Jonas Petraitis nemano, kad vyriausybė atsistatydins.", "unlikely"},
		// Not sure: about even, at a modal's weight.
		{"ru", "«Я не уверен, что Ионеску выиграет во втором туре», — сказал эксперт Виктор Степанов.", "roughly_even"},
		{"uk", "«Я не впевнений, що Іонеску виграє в другому турі», — сказав експерт Віктор Степаненко.", "roughly_even"},
		{"pl", "„Nie jestem pewien, czy Ionescu wygra w drugiej turze” – powiedział ekspert Wiktor Piotrowski.", "roughly_even"},
		{"be", "«Я не ўпэўнены, што Іанеску пераможа», — сказаў эксперт Віктар Сцяпанаў.", "roughly_even"},
		{"lt", "„Nesu tikras, kad Ionescu laimės antrajame ture“, – sakė ekspertas Viktoras Stepaitis.", "roughly_even"},
		// A band adjective in the case its verb governs, or in its gender.
		{"pl", "Politolożka Larysa Baran uważa ratyfikację traktatu za mało prawdopodobną.", "unlikely"},
		{"pl", "Ekonomista Michał Wróbel uważa obniżkę stóp w czerwcu za bardzo prawdopodobną.", "very_likely"},
		{"pl", "Akcesja Mołdawii do NATO jest wykluczona – ocenił dyplomata Tomasz Lewandowski.", "almost_no_chance"},
		{"ru", "По мнению Ирины Голубевой, победа Ионеску практически предрешена.", "almost_certain"},
		{"ru", "Отставка правительства исключена, сказал депутат Роман Киселев.", "almost_no_chance"},
		{"uk", "Ратифікація договору неможлива, сказав дипломат Тарас Мельник.", "almost_no_chance"},
		{"uk", "На думку Ірини Голуб, перемога Іонеску практично вирішена.", "almost_certain"},
		// Not excluded is a possibility, not its opposite.
		{"ru", "Отставка правительства не исключена, сказал депутат Роман Киселев.", "roughly_even"},
		{"uk", "Відставка уряду не виключена, сказав депутат Роман Кисіль.", "roughly_even"},
		{"pl", "Dymisja rządu nie jest wykluczona – powiedział poseł Roman Król.", "roughly_even"},
		// Few believe it; I would not rule it out; there is no question of
		// it; it has every chance.
		{"pl", "Mało kto wierzy, że Gruzja wejdzie do Unii przed 2030 rokiem – pisze publicysta Karol Baran.", "unlikely"},
		{"ru", "Мало кто верит, что Грузия вступит в Евросоюз до 2030 года, пишет публицист Карен Баранов.", "unlikely"},
		{"uk", "Мало хто вірить, що Грузія вступить до Євросоюзу до 2030 року, пише публіцист Карен Баранюк.", "unlikely"},
		{"pl", "„Nie wykluczam, że Gruzja zostanie członkiem UE w tej dekadzie” – powiedział komisarz Jan Wolski.", "roughly_even"},
		{"ru", "«Не исключаю, что Грузия станет членом ЕС в этом десятилетии», — сказал комиссар Иван Волков.", "roughly_even"},
		{"uk", "«Не виключаю, що Грузія стане членом ЄС у цьому десятилітті», — сказав комісар Іван Вовк.", "roughly_even"},
		{"pl", "O członkostwie Gruzji w UE nie ma mowy – uważa eurodeputowany Adam Sikora.", "almost_no_chance"},
		{"ru", "«У Грузии есть все шансы стать членом Евросоюза», — уверяет министр Нино Беридзе.", "likely"},
		{"uk", "«Грузія має всі шанси стати членом Євросоюзу», — запевняє міністерка Ніно Берідзе.", "likely"},
		{"pl", "„Gruzja ma dobre szanse na członkostwo w Unii” – przekonuje minister Nino Beridze.", "likely"},
		{"uk", "На думку експертки Жанни Петрук, вступ Грузії до Євросоюзу малореальний.", "unlikely"},
		{"ru", "По мнению эксперта Жанны Петровой, вступление Грузии в Евросоюз малореально.", "unlikely"},
		// The best chances, the likeliest winner.
		{"pl", "Największe szanse na zwycięstwo ma Ionescu – uważa socjolog Jan Malinowski.", "likely"},
		{"ru", "Наибольшие шансы на победу у Ионеску, считает социолог Иван Малинин.", "likely"},
		{"uk", "Найбільші шанси на перемогу має Іонеску, вважає соціолог Іван Малиненко.", "likely"},
		{"uk", "Іонеску — найімовірніший переможець виборів, оцінює аналітик Адам Вовк.", "likely"},
		// A particle inside "expressed conviction/doubt" ("wyraziła
		// jednak przekonanie", "выразил также уверенность").
		{"pl", "Minister Anna Nowak wyraziła jednak przekonanie, że referendum odbędzie się w terminie.", "very_likely"},
		{"ru", "Министр Анна Новак выразила также уверенность, что референдум состоится в срок.", "very_likely"},
		{"uk", "Міністерка Анна Новак висловила також упевненість, що референдум відбудеться вчасно.", "very_likely"},
		{"ru", "Министр Анна Новак выразила также сомнение, что референдум состоится в срок.", "unlikely"},
		// Illusory, ghostly chances; a big question mark.
		{"ru", "Шансы на сделку призрачны, сказал дипломат Иван Петров.", "very_unlikely"},
		{"ru", "Такое соглашение иллюзорно, сказал дипломат Иван Петров.", "very_unlikely"},
		{"uk", "Шанси на угоду примарні, сказав дипломат Іван Бойко.", "very_unlikely"},
		{"pl", "Szanse na porozumienie są iluzoryczne – powiedział dyplomata Jan Lis.", "very_unlikely"},
		{"pl", "Porozumienie stoi pod dużym znakiem zapytania – powiedział dyplomata Jan Lis.", "roughly_even"},
		{"ru", "Соглашение под большим вопросом, сказал дипломат Иван Петров.", "roughly_even"},
		// One should not expect it.
		{"ru", "Экономист Ксения Виноградова полагает, что снижения ставки в этом году ждать не стоит.", "unlikely"},
		{"uk", "Економістка Ксенія Виноградська вважає, що підвищення ставки цього року чекати не варто.", "unlikely"},
		{"pl", "Ekonomistka Ksenia Zając sądzi, że na podwyżkę stóp w tym roku nie ma co liczyć.", "unlikely"},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		var got []string
		for _, j := range js {
			got = append(got, j.Band)
		}
		if !slices.Contains(got, c.band) {
			t.Errorf("%s %q: want %s, got %v", c.lang, c.text, c.band, got)
			continue
		}
		// The categorical future the cue governs is not a second, opposite
		// judgement.
		for _, j := range js {
			if j.Categorical && j.Band != c.band {
				t.Errorf("%s %q: also a categorical %s at %q", c.lang, c.text, j.Band, j.Cue)
			}
		}
	}
}

// Staying out of an event, in the forms a future or an infinitive takes:
// the proposition is the event's opposite.
func TestSlavicStayingOut(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"pl", "Politolożka Ewa Dąbrowska spodziewa się, że białoruska armia pozostanie z dala od wojny."},
		{"uk", "Політологиня Олена Савченко очікує, що білоруська армія триматиметься осторонь війни."},
		{"ru", "Политолог Елена Попова ожидает, что белорусская армия будет и дальше оставаться в стороне от войны."},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || slices.Contains(j.Proposition.Events, "abstain")
		}
		if !ok {
			t.Errorf("%s %q: no judgement on staying out (%d judgements)", c.lang, c.text, len(js))
		}
	}
}

// A pronoun that stands for the clause before it ("в этом нет сомнений",
// "co do tego nie ma wątpliwości") stands for all of it: the opposite it
// names (surviving a vote) and its negation (will not resign) are the
// judgement's too, so a certain "no" is not read as a certain "yes".
func TestReferenceBackKeepsOppositeAndNegation(t *testing.T) {
	cases := []struct {
		lang, text, band, event string
		negated                 bool
	}{
		{"ru", "«Фиала переживёт вотум недоверия, в этом нет сомнений», — заявил депутат Роман Киселев.", "almost_certain", "stay-in-office", false},
		{"uk", "«Фіала переживе вотум недовіри, в цьому немає сумнівів», — заявив депутат Роман Кисіль.", "almost_certain", "stay-in-office", false},
		{"ru", "«Фиала не уйдёт в отставку, в этом нет сомнений», — заявил депутат Олег Петров.", "almost_certain", "resign", true},
		{"uk", "«Фіала не піде у відставку, в цьому немає сумнівів», — заявив депутат Олег Петренко.", "almost_certain", "resign", true},
		{"ru", "«Фиала уйдёт в отставку, в этом нет сомнений», — заявил депутат Иван Сидоров.", "almost_certain", "resign", false},
		{"pl", "„Fiala nie poda się do dymisji, co do tego nie ma wątpliwości” – oświadczył poseł Roman Król.", "almost_certain", "resign", true},
		// Under a cue that rules it out, the pronoun stands for the event
		// alone: "won't resign, that is out of the question" rules out
		// resigning, it does not rule out staying.
		{"pl", "„Orbán nie ustąpi, to wykluczone” – zapewnił rzecznik rządu Zoltán Kovács.", "almost_no_chance", "resign", false},
		{"ru", "«Орбан не уйдёт в отставку, это исключено», — заверил представитель правительства Золтан Ковач.", "almost_no_chance", "resign", false},
		{"uk", "«Орбан не піде у відставку, це виключено», — запевнив речник уряду Золтан Ковач.", "almost_no_chance", "resign", false},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			if j.Band == c.band && slices.Contains(j.Proposition.Events, c.event) && j.Proposition.Negated == c.negated {
				ok = true
			}
		}
		if !ok {
			for _, j := range js {
				t.Logf("  %s %q events %v negated %v", j.Band, j.Cue, j.Proposition.Events, j.Proposition.Negated)
			}
			t.Errorf("%s %q: want %s on %s, negated %v", c.lang, c.text, c.band, c.event, c.negated)
		}
	}
}

// Whoever does not believe it holds the judgement (a role before the
// name may still be written with it here): the subject of a
// denied belief ("не думает", "nie wierzy", "не вірить") is its holder,
// not the article.
func TestDeniedBeliefHolder(t *testing.T) {
	cases := []struct{ lang, text, holder string }{
		{"ru", "Аналитик Мария Соколова не думает, что Молдова вступит в альянс до 2030 года.", "Мария Соколова"},
		{"ru", "Эксперт Олег Соколов не верит, что Молдова вступит в альянс.", "Олег Соколов"},
		{"pl", "Amerykański analityk John Miller nie wierzy, by Pjongjang wysłał swoje wojska na front.", "John Miller"},
		{"uk", "Аналітикиня Марія Коваленко не думає, що Молдова вступить до альянсу до 2030 року.", "Марія Коваленко"},
		{"uk", "Експерт Олег Коваль не вірить, що Молдова вступить до альянсу.", "Олег Коваль"},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || j.Band == "unlikely" && j.Holder != nil && strings.HasSuffix(j.Holder.Name, c.holder)
		}
		if !ok {
			for _, j := range js {
				t.Logf("  %s %q holder %+v", j.Band, j.Cue, j.Holder)
			}
			t.Errorf("%s %q: want unlikely held by %s", c.lang, c.text, c.holder)
		}
	}
}

// Coming into force and taking office begin with the verb of joining
// ("вступит в силу", "wejdzie w życie", "вступ на посаду") but name no
// joining: a judgement on them is not about membership or entering a war.
func TestComingIntoForceIsNoJoining(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"ru", "Юрист Иван Петров считает, что договор, вероятно, вступит в силу в мае."},
		{"ru", "Новый президент, скорее всего, вступит в должность в январе, сказал политолог Иван Петров."},
		{"pl", "Ustawa najpewniej wejdzie w życie w maju, powiedział prawnik Adam Lis."},
		{"uk", "Закон, імовірно, вступить у силу в травні, сказав юрист Іван Бойко."},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		if len(js) == 0 {
			t.Errorf("%s %q: no judgement", c.lang, c.text)
		}
		for _, j := range js {
			if slices.Contains(j.Proposition.Events, "membership") || slices.Contains(j.Proposition.Events, "enter") {
				t.Errorf("%s %q: %q read as about %v", c.lang, c.text, j.Cue, j.Proposition.Events)
			}
		}
	}
}

// Leaving a place in the imperfective ("покидать") is withdrawing too.
func TestLeavingImperfective(t *testing.T) {
	js := judgeIn(t, "ru", "Российские военные не планируют покидать город, заявил Кирилл Стремоусов.")
	ok := false
	for _, j := range js {
		ok = ok || slices.Contains(j.Proposition.Events, "withdraw")
	}
	if !ok {
		t.Errorf("no judgement on withdrawing: %d judgements", len(js))
	}
}

// Waiting with an event until later is putting it off: "подождёт со
// снижением до сентября", "poczeka z obniżką", "зачекає зі зниженням",
// "będzie zwlekać z ratyfikacją" are judgements against it in July, read
// as a refusal of it (inverted), not for it.
func TestWaitingWithIsPuttingOff(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"ru", "По мнению аналитиков Сбербанка, ЦБ, скорее всего, подождёт со снижением ставки до сентября."},
		{"uk", "На думку аналітиків банку, НБУ, найімовірніше, зачекає зі зниженням ставки до вересня."},
		{"pl", "Według ekonomistów banku Pekao RPP najpewniej poczeka z obniżką stóp do września."},
		{"pl", "Analitycy uważają, że Turcja będzie zwlekać z ratyfikacją umowy."},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || slices.Contains(j.Proposition.Events, "refuse")
		}
		if !ok {
			for _, j := range js {
				t.Logf("  %s %q events %v", j.Band, j.Cue, j.Proposition.Events)
			}
			t.Errorf("%s %q: not read as putting the event off", c.lang, c.text)
		}
	}
}

// A rate cut or hike with the rate's adjective between ("снижение
// ключевой ставки", "зниження облікової ставки") is one.
func TestRateWithAdjective(t *testing.T) {
	cases := []struct{ lang, text, event string }{
		{"ru", "Снижение ключевой ставки в июле выглядит предрешённым, считает экономист Пётр Бунин.", "rate-cut"},
		{"uk", "Зниження облікової ставки в липні видається вирішеним, вважає економіст Петро Бунько.", "rate-cut"},
		{"ru", "Повышение процентных ставок весьма вероятно, считает экономист Пётр Бунин.", "rate-raise"},
		{"uk", "Підвищення облікової ставки дуже ймовірне, вважає економіст Петро Бунько.", "rate-raise"},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || j.Band != "" && slices.Contains(j.Proposition.Events, c.event)
		}
		if !ok {
			t.Errorf("%s %q: no judgement on %s (%d judgements)", c.lang, c.text, c.event, len(js))
		}
	}
}

// "As long as possible", "jak to tylko możliwe", "по возможности": a word
// of possibility inside an idiom of extent is no judgement.
func TestPossibleInsideExtentIdioms(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"pl", "Analitycy uważają, że Turcja będzie zwlekać z ratyfikacją tak długo, jak to możliwe."},
		{"ru", "Аналитики считают, что Турция будет затягивать ратификацию, насколько это возможно."},
		{"uk", "Аналітики вважають, що Туреччина затягуватиме ратифікацію, наскільки це можливо."},
	}
	for _, c := range cases {
		for _, j := range judgeIn(t, c.lang, c.text) {
			if j.Band == "roughly_even" {
				t.Errorf("%s %q: %q read as a possibility", c.lang, c.text, j.Cue)
			}
		}
	}
}

// Chances said to be tiny ("ничтожно малы", "мізерні") are a judgement
// against, not the categorical future of the clause they open; "a matter
// of the coming weeks" is imminence.
func TestTinyChancesAndComingWeeks(t *testing.T) {
	cases := []struct{ lang, text, band string }{
		{"ru", "Шансы на то, что Минск пошлёт солдат на фронт, ничтожно малы, сказал аналитик Вадим Можейко.", "very_unlikely"},
		{"uk", "Шанси на те, що Мінськ відправить солдатів на фронт, мізерні, сказав аналітик Вадим Можейко.", "unlikely"},
		{"ru", "Вторжение белорусских войск на Украину — вопрос ближайших недель, утверждает источник в разведке.", "very_likely"},
		{"uk", "Вторгнення білоруських військ в Україну — питання найближчих тижнів, стверджує джерело в розвідці.", "very_likely"},
		{"pl", "Inwazja wojsk białoruskich na Ukrainę to kwestia najbliższych tygodni – twierdzi źródło w wywiadzie.", "very_likely"},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		var got []string
		for _, j := range js {
			got = append(got, j.Band)
			if j.Categorical && j.Band != c.band {
				t.Errorf("%s %q: also a categorical %s at %q", c.lang, c.text, j.Band, j.Cue)
			}
		}
		if !slices.Contains(got, c.band) {
			t.Errorf("%s %q: want %s, got %v", c.lang, c.text, c.band, got)
		}
	}
}

// Idioms of a leader's doom with words inside them ("песенка Фиалы
// спета", "pod premierem chwieje się fotel") are a likely judgement on
// the leader's going.
func TestDoomIdiomsWithWordsInside(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"ru", "«Песенка Фиалы спета», — заявил лидер оппозиции Андрей Бабиш."},
		{"ru", "Политолог Олег Рыжов полагает, что кресло премьера Фиалы шатается."},
		{"uk", "Політолог Олег Рижов вважає, що крісло прем'єра Фіали хитається."},
		{"pl", "Pod premierem Fialą chwieje się fotel, uważa politolog Jan Orłowski."},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || j.Band == "likely" && slices.Contains(j.Proposition.Events, "resign")
		}
		if !ok {
			t.Errorf("%s %q: no likely judgement on resigning (%d judgements)", c.lang, c.text, len(js))
		}
	}
}

// Entering the Union with its subject inside ("wejścia Serbii do UE") is
// membership; a foggy prospect ("туманной", "mglista") is an open one.
func TestEnteringTheUnionAndFoggyProspects(t *testing.T) {
	cases := []struct{ lang, text, band, event string }{
		{"pl", "Prawdopodobieństwo wejścia Serbii do UE przed 2030 rokiem wynosi 2,5 proc. – uważa analityk Jan Piotrowski.", "almost_no_chance", "membership"},
		{"ru", "Перспектива членства Сербии в ЕС остаётся туманной, считает эксперт Андрей Лисин.", "roughly_even", "membership"},
		{"uk", "Перспектива членства Сербії в ЄС залишається туманною, вважає експерт Андрій Лисенко.", "roughly_even", "membership"},
		{"pl", "Perspektywa członkostwa Serbii w UE pozostaje mglista – uważa ekspert Andrzej Lis.", "roughly_even", "membership"},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || j.Band == c.band && slices.Contains(j.Proposition.Events, c.event)
		}
		if !ok {
			for _, j := range js {
				t.Logf("  %s %q events %v", j.Band, j.Cue, j.Proposition.Events)
			}
			t.Errorf("%s %q: want %s on %s", c.lang, c.text, c.band, c.event)
		}
	}
}

// A clause that names an event does not take in its rival from the
// sentence before through a shared word ("ставки"): not expecting a cut
// after another's likely hike is no judgement on the hike.
func TestNoRivalFromTheSentenceBefore(t *testing.T) {
	cases := []struct{ lang, text, own, rival string }{
		{"ru", "Экономист Михаил Соловьев считает повышение ставки в июне весьма вероятным. Экономист Ксения Виноградова полагает, что снижения ставки в этом году ждать не стоит.", "rate-cut", "rate-raise"},
		{"uk", "Економіст Михайло Соловйов вважає зниження ставки в червні дуже ймовірним. Економістка Ксенія Виноградська вважає, що підвищення ставки цього року чекати не варто.", "rate-raise", "rate-cut"},
	}
	for _, c := range cases {
		found := false
		for _, j := range judgeIn(t, c.lang, c.text) {
			if !slices.Contains(j.Proposition.Events, c.own) || j.Band != "unlikely" {
				continue
			}
			found = true
			if slices.Contains(j.Proposition.Events, c.rival) {
				t.Errorf("%s: %q is about %v, the rival %s taken from the sentence before", c.lang, j.Cue, j.Proposition.Events, c.rival)
			}
		}
		if !found {
			t.Errorf("%s: no unlikely judgement on %s", c.lang, c.own)
		}
	}
}
