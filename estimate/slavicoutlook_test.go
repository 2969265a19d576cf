package estimate_test

import (
	"slices"
	"testing"

	"github.com/kentnews/kent"
)

// Estimative classes of the Slavic languages that read as nothing before:
// a condition opened by "when"/"in the case that" ("tylko w wypadku, gdy",
// "лишь в том случае, если"), what bodes ill for someone ("źle to wróży",
// "не сулит ничего хорошего"), sides close to a deal ("близки к
// соглашению"), and a government that survives ("rząd przetrwa").
func TestSlavicOutlookClasses(t *testing.T) {
	cases := []struct {
		lang, text, band, event string
		cond                    bool
	}{
		// A condition: the forecast holds only if it is met.
		{"pl", "Rząd przetrwa tylko w wypadku, gdy opozycja wstrzyma się od głosu – uważa analityk Jan Nowak.", "", "stay-in-office", true},
		{"pl", "Gabinet upadnie tylko wtedy, gdy socjaliści zagłosują za wnioskiem – powiedział poseł Jan Kowalski.", "", "collapse", true},
		{"ru", "Правительство устоит лишь в том случае, если оппозиция воздержится, считает аналитик Иван Петров.", "", "stay-in-office", true},
		{"uk", "Прем'єр піде у відставку лише у тому разі, якщо коаліція розпадеться, вважає аналітик Іван Петренко.", "", "resign", true},
		// Bodes ill: unlikely for the one it names.
		{"pl", "Źle to wróży premierowi – napisał publicysta Tomasz Zieliński.", "unlikely", "", false},
		{"ru", "Это не сулит премьеру ничего хорошего, пишет публицист Олег Смирнов.", "unlikely", "", false},
		{"uk", "Це не віщує прем'єрові нічого доброго, пише публіцист Олег Коваленко.", "unlikely", "", false},
		{"be", "Гэта не абяцае прэм'еру нічога добрага, піша публіцыст Алег Смірноў.", "unlikely", "", false},
		// Close to a deal: likely.
		{"pl", "Strony są bliskie porozumienia – powiedziała dyplomatka Maria Lewandowska.", "likely", "deal", false},
		{"ru", "Стороны близки к соглашению, заявил дипломат Андрей Кузнецов.", "likely", "deal", false},
		{"uk", "Сторони близькі до угоди, заявив дипломат Андрій Шевченко.", "likely", "deal", false},
		// Everything points to it; no great chances; nothing to count on.
		{"pl", "Wszystko wskazuje na to, że rząd upadnie w grudniu – uważa analityk Jan Nowak.", "very_likely", "collapse", false},
		{"ru", "Всё указывает на то, что правительство уйдёт в отставку, считает аналитик Иван Петров.", "very_likely", "resign", false},
		{"uk", "Все вказує на те, що уряд піде у відставку, вважає аналітик Іван Петренко.", "very_likely", "resign", false},
		{"pl", "Nie ma większych szans na porozumienie – uważa analityk Jan Nowak.", "unlikely", "deal", false},
		{"ru", "Снижения ставки ждать не приходится, сказал экономист Иван Петров.", "unlikely", "rate-cut", false},
		{"uk", "На зниження ставки розраховувати не доводиться, сказав економіст Іван Петренко.", "unlikely", "", false},
		// A government that survives: the opposite of its fall.
		{"pl", "Rząd przetrwa – uważa analityk Jan Nowak.", "", "stay-in-office", false},
		{"ru", "Правительство устоит, считает аналитик Иван Петров.", "likely", "stay-in-office", false},
		{"be", "Урад выстаіць, лічыць аналітык Іван Пятровіч.", "likely", "stay-in-office", false},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		var hit *kent.Judgement
		for i := range js {
			j := &js[i]
			if (c.band == "" || j.Band == c.band) && (c.event == "" || slices.Contains(j.Proposition.Events, c.event)) {
				hit = j
				break
			}
		}
		if hit == nil {
			t.Errorf("%s %q: want %s on %q, got %s", c.lang, c.text, c.band, c.event, dump(js))
			continue
		}
		if (hit.Condition != "") != c.cond {
			t.Errorf("%s %q: condition %q, want one: %v", c.lang, c.text, hit.Condition, c.cond)
		}
	}
	// A chance close to zero stays almost none; prices close to a record judge nothing.
	for _, c := range []struct{ lang, text, band string }{
		{"ru", "Шансы на соглашение близки к нулю, считает дипломат Павел Орлов.", "almost_no_chance"},
		{"ru", "Цены на нефть близки к рекордным, пишет аналитик Павел Орлов.", ""},
		{"pl", "Ceny ropy są bliskie rekordu – pisze analityk Jan Nowak.", ""},
	} {
		js := judgeIn(t, c.lang, c.text)
		if c.band == "" && len(js) > 0 || c.band != "" && (len(js) != 1 || js[0].Band != c.band) {
			t.Errorf("%s %q: want %q, got %s", c.lang, c.text, c.band, dump(js))
		}
	}
}

// A perfective present the tagger misreads in its sentence (an unknown
// name before it makes "przegra" a noun, "upadnie" an adverb) is still a
// categorical forecast; a noun that a verb ends like is not.
func TestMisreadPerfectiveFuture(t *testing.T) {
	for _, c := range []struct{ lang, text, event string }{
		{"pl", "Scholz przegra.", "lose"},
		{"pl", "Gabinet upadnie tylko wtedy, gdy socjaliści zagłosują za wnioskiem.", "collapse"},
	} {
		js := judgeIn(t, c.lang, c.text)
		if len(js) != 1 || !js[0].Categorical || js[0].Band != "very_likely" || !slices.Contains(js[0].Proposition.Events, c.event) {
			t.Errorf("%s %q: want a categorical forecast of %s, got %s", c.lang, c.text, c.event, dump(js))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"pl", "Wygrana Trumpa w listopadzie."},
		{"pl", "Spotkanie z wygraną drużyną."},
		{"pl", "Rozmowa o porażce."},
	} {
		if js := judgeIn(t, c.lang, c.text); len(js) > 0 {
			t.Errorf("%s %q: want no judgement, got %s", c.lang, c.text, dump(js))
		}
	}
}

// Odds in words where a sentence speaks of chances ("шансы один к
// трём", "szanse jak jeden do trzech"): the first number's share of
// both, not a bookmaker's odds against; a range of something else is no
// probability.
func TestChanceOddsInWords(t *testing.T) {
	for _, c := range []struct {
		lang, text, cue string
		p               float64
	}{
		{"ru", "Шансы на соглашение — один к трём, считает аналитик Иван Петров.", "один к трём", 0.25},
		{"ru", "Шансы 1 к 3, что сделка будет подписана, сказал аналитик Иван Петров.", "1 к 3", 0.25},
		{"pl", "Szanse na porozumienie są jak jeden do trzech – uważa analityk Jan Nowak.", "jeden do trzech", 0.25},
		{"uk", "Шанси на угоду — один до чотирьох, вважає аналітик Іван Петренко.", "один до чотирьох", 0.2},
		{"be", "Шанцы на пагадненне — адзін да трох, лічыць аналітык Іван Пятровіч.", "адзін да трох", 0.25},
		{"lt", "Šansai pasiekti susitarimą yra vienas prieš tris, mano Jonas Petraitis.", "vienas prieš tris", 0.25},
	} {
		j := find(judgeIn(t, c.lang, c.text), c.cue)
		if j == nil || j.Value < c.p-0.001 || j.Value > c.p+0.001 {
			t.Errorf("%s %q: want %.2f at %q, got %v", c.lang, c.text, c.p, c.cue, j)
		}
	}
	for _, c := range []struct{ lang, text, cue string }{
		{"pl", "Liczba ofiar wzrosła z 2 do 3 tysięcy, a szanse na rozejm maleją, napisał Jan Nowak.", "2 do 3"},
		{"ru", "Число погибших выросло с 2 до 3 тысяч, а шансы на перемирие тают, пишет Иван Петров.", "2 до 3"},
	} {
		if j := find(judgeIn(t, c.lang, c.text), c.cue); j != nil {
			t.Errorf("%s %q: want no odds at %q, got %s", c.lang, c.text, c.cue, j.Band)
		}
	}
}

// Forecasts the Slavic languages make in forms read as nothing before:
// plural occurrences (elections are plural: "вибори відбудуться",
// "wybory odbędą się"), refusals in the perfective future ("Украине
// откажут во вступлении"), "we expect" ("мы ждём"), reports called fake
// or nonsense, a goal called unattainable, and Belarusian perfectives in
// -е and -а ("пераможа").
func TestSlavicForecastForms(t *testing.T) {
	cases := []struct{ lang, text, band, event string }{
		{"uk", "Вибори в Україні відбудуться восени, вважає експерт Іван Петренко.", "likely", "election"},
		{"ru", "Выборы в Молдове не состоятся в этом году, считает эксперт Иван Петров.", "unlikely", "election"},
		{"pl", "Wybory w Polsce odbędą się w maju – uważa ekspert Jan Nowak.", "", "election"},
		{"be", "Выбары адбудуцца ў студзені, лічыць эксперт Іван Пятровіч.", "likely", "election"},
		{"ru", "Украине категорически откажут во вступлении.", "almost_certain", "refuse"},
		{"uk", "Україні відмовлять у вступі до НАТО, вважає експерт Іван Петренко.", "likely", "refuse"},
		{"pl", "Węgry zawetują akcesję Ukrainy – uważa analityk Jan Nowak.", "", "refuse"},
		{"ru", "«Первые подразделения мы ждём завтра», — сказал генерал Кирилл Буданов.", "likely", "military"},
		{"pl", "„Obniżki stóp spodziewamy się w czerwcu” – powiedział ekonomista Jan Nowak.", "likely", "rate-cut"},
		{"uk", "Експерти вважають це маренням.", "almost_no_chance", ""},
		{"ru", "Эти сообщения являются фейком, заявил представитель Иван Нечаев.", "almost_no_chance", ""},
		{"pl", "Od początku było wiadomo, że to cel prawie nieosiągalny – powiedział prezydent Jan Nowak.", "very_unlikely", ""},
		{"ru", "Членство в альянсе недостижимо, считает эксперт Иван Петров.", "very_unlikely", ""},
		{"be", "Апазіцыя пераможа на выбарах.", "very_likely", "win"},
		// Perfective verbs that bring an event noun about: become, declare,
		// hold, impose, come to ("ogłosi mobilizację", "дойдёт до выборов").
		{"pl", "Ukraina stanie się członkiem NATO – powiedział sekretarz Jan Nowak.", "very_likely", "membership"},
		{"pl", "Rosja ogłosi mobilizację – uważa politolog Jan Nowak.", "", "mobilise"},
		{"pl", "W tym roku dojdzie do przedterminowych wyborów – uważa politolog Jan Nowak.", "", "snap-election"},
		{"ru", "Россия объявит мобилизацию, считает политолог Иван Петров.", "likely", "mobilise"},
		{"ru", "Дело дойдёт до досрочных выборов, считает политолог Иван Петров.", "likely", "snap-election"},
		{"ru", "Трамп заявил, что в субботу США введут пошлины на товары из Канады.", "very_likely", "sanction"},
		{"uk", "Росія оголосить мобілізацію, вважає політолог Іван Петренко.", "likely", "mobilise"},
		{"be", "Расія абвесціць мабілізацыю, лічыць палітолаг Іван Пятровіч.", "likely", "mobilise"},
		// Lithuanian: the future in -s, which the tagger confirms (a
		// participle reading is tagged again alone), elections held, close
		// to a deal.
		{"lt", "Vyriausybė atsistatydins, mano analitikas Jonas Petraitis.", "likely", "resign"},
		{"lt", "Ukraina įstos į ES iki 2030 metų, sakė ministras Jonas Petraitis.", "very_likely", "membership"},
		{"lt", "Rinkimai įvyks rudenį, mano analitikas Jonas Petraitis.", "likely", "election"},
		{"lt", "Šalys yra arti susitarimo, sakė diplomatas Jonas Petraitis.", "likely", "deal"},
		{"be", "Лукашэнка сыдзе ў адстаўку, лічыць эксперт Іван Пятровіч.", "likely", "resign"},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || (c.band == "" || j.Band == c.band) && (c.event == "" || slices.Contains(j.Proposition.Events, c.event))
		}
		if !ok {
			t.Errorf("%s %q: want %s on %q, got %s", c.lang, c.text, c.band, c.event, dump(js))
		}
	}
	// A refusal in the present tense is a stance, a past is no forecast,
	// a noun ending like a future is none.
	for _, c := range []struct{ lang, text string }{
		{"pl", "Palestyńczycy sprzeciwiają się aneksji Zachodniego Brzegu."},
		{"lt", "Ukraina įstojo į ES, sakė ministras Jonas Petraitis."},
		{"lt", "Susitarimas dėl paliaubų."},
	} {
		if js := judgeIn(t, c.lang, c.text); len(js) > 0 {
			t.Errorf("%s %q: want no judgement, got %s", c.lang, c.text, dump(js))
		}
	}
}

// With negative concord a negated occurrence says no once however many
// negative words its clause has: "не пройдуть жодні вибори" is very
// unlikely on elections being held, not its mirror.
func TestConcordNegatedOccurrence(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"uk", "Арахамія переконаний, що наступного року в Україні не пройдуть жодні вибори."},
		{"pl", "Ekspert Jan Nowak jest przekonany, że w przyszłym roku nie odbędą się żadne wybory."},
		{"ru", "Эксперт Иван Петров уверен, что в следующем году не пройдут никакие выборы."},
	} {
		js := judgeIn(t, c.lang, c.text)
		if len(js) != 1 || onEvent(js[0]) > 0.2 {
			t.Errorf("%s %q: want very unlikely on the elections, got %s", c.lang, c.text, dump(js))
		}
	}
}
