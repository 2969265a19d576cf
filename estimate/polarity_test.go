package estimate_test

import (
	"math"
	"strings"
	"testing"

	"github.com/kentnews/kent"
)

// onEvent is a judgement's probability of its proposition's event as a
// user reads it: inverted once when the proposition itself is negative.
func onEvent(j kent.Judgement) float64 {
	if j.Proposition.Negated {
		return 1 - j.Value
	}
	return j.Value
}

type line struct{ lang, text string }

// Negation is applied once: "will almost certainly not" is almost
// certainly against, whether the negation sits in the cue's band or in
// its proposition, never in both; with negative concord ("ne … jamais",
// "non … mai", "nigdy nie") several negative words say no once.
func TestNegationOnce(t *testing.T) {
	for _, c := range []line{
		{"en", "Belarus will almost certainly not send troops to Ukraine, the analyst Anna Smith said."},
		{"de", "Belarus wird nahezu sicher nicht in den Krieg eintreten."},
		{"sv", "Belarus kommer nästan säkert inte att gå med i kriget."},
		{"ru", "Белоруссия почти наверняка не вступит в войну."},
		{"es", "Bielorrusia casi seguro no entrará en la guerra."},
		{"fr", "La Biélorussie n'entrera certainement pas dans la guerre."},
		{"it", "La Bielorussia quasi certamente non entrerà in guerra."},
		{"pl", "Białoruś prawie na pewno nie wejdzie do wojny."},
		{"en", "Belarus is not likely to send troops to Ukraine."},
		{"fr", "L'Ukraine n'adhérera pas à l'UE avant 2030."},
		{"fr", "L'Ukraine n'adhérera jamais à l'UE."},
		{"fr", "L'adhésion de l'Ukraine n'est pas probable."},
		{"it", "L'Ucraina non entrerà mai nell'Unione."},
		{"it", "Non è probabile che la Bce tagli i tassi a giugno."},
		{"es", "El BCE no bajará nunca los tipos."},
		{"pl", "Ukraina nigdy nie wejdzie do Unii."},
		{"ru", "Украина никогда не вступит в ЕС."},
	} {
		js := judgeIn(t, c.lang, c.text)
		if len(js) == 0 {
			t.Errorf("%s %q: no judgement", c.lang, c.text)
		}
		for _, j := range js {
			if p := onEvent(j); p > 0.35 {
				t.Errorf("%s %q: «%s» reads %.2f on the event, want against (negated %v, proposition negated %v)", c.lang, c.text, j.Cue, p, j.Negated, j.Proposition.Negated)
			}
		}
	}
	// "ne … que" is "only", no negation; "never so close" is one idiom.
	for _, c := range []line{
		{"fr", "Un accord n'est qu'une question de temps."},
		{"fr", "Nous n'avons jamais été aussi proches d'un accord."},
		{"it", "Non siamo mai stati così vicini a un accordo."},
		{"pl", "Nigdy nie byliśmy tak blisko porozumienia."},
	} {
		js := judgeIn(t, c.lang, c.text)
		if len(js) != 1 || onEvent(js[0]) < 0.55 {
			t.Errorf("%s %q: want one judgement for, got %+v", c.lang, c.text, js)
		}
	}
}

// Denying certainty leaves the question open: "there is no certainty
// that", "nicht sicher", "nie ma pewności", "not a done deal", "not ruled
// out" are about even and weighted as stated uncertainty — not the other
// extreme.
func TestNegatedCertaintyIsOpen(t *testing.T) {
	for _, c := range []line{
		{"en", "There is no certainty that the ECB will cut rates in June."},
		{"en", "It is not certain that the deal will be signed."},
		{"en", "A deal is not a done deal yet."},
		{"en", "A Belarusian attack is not ruled out."},
		{"de", "Es ist nicht sicher, dass die EZB im Juni die Zinsen senkt."},
		{"fr", "Il n'est pas certain que la BCE baisse ses taux en juin."},
		{"pl", "Nie ma pewności, że EBC obniży stopy w czerwcu."},
		{"ru", "Нет уверенности, что ЕЦБ снизит ставку в июне."},
		{"sv", "Det är inte säkert att ECB sänker räntan i juni."},
		{"it", "Non è certo che la Bce tagli i tassi a giugno."},
		{"es", "No hay certeza de que el BCE baje los tipos en junio."},
		{"fi", "Ei ole varmaa, että EKP laskee korkoja kesäkuussa."},
		{"uk", "Немає впевненості, що ЄЦБ знизить ставку в червні."},
	} {
		js := judgeIn(t, c.lang, c.text)
		if len(js) != 1 || js[0].Band != "roughly_even" || !js[0].Modal || js[0].Proposition.Negated {
			t.Errorf("%s %q: want one open judgement (about even, low weight), got %+v", c.lang, c.text, js)
		}
	}
}

// Stated uncertainty is about even at a low weight, and "whether", "si",
// "se", "om", "czy" after it open what it judges, not a condition.
func TestUncertaintyJudgesItsComplement(t *testing.T) {
	for _, c := range []struct{ lang, text, event string }{
		{"en", "I cannot say whether the ECB will cut rates in June.", "rate-cut"},
		{"en", "It is too early to say whether the ECB will cut rates.", "rate-cut"},
		{"fr", "Il est trop tôt pour dire si la BCE baissera ses taux.", "rate-cut"},
		{"it", "È difficile da prevedere se la Bce taglierà i tassi.", "rate-cut"},
		{"sv", "Det är svårt att säga om Riksbanken sänker räntan.", "rate-cut"},
		{"uk", "Важко передбачити, чи знизить ЄЦБ ставку.", ""},
		{"pl", "Wynik głosowania jest trudny do przewidzenia.", ""},
		{"de", "Ob die EZB die Zinsen senkt, steht in den Sternen.", ""},
	} {
		js := judgeIn(t, c.lang, c.text)
		if len(js) != 1 || js[0].Band != "roughly_even" || !js[0].Modal || js[0].Condition != "" {
			t.Errorf("%s %q: want one about-even judgement without condition, got %+v", c.lang, c.text, js)
			continue
		}
		if c.event != "" && !strings.Contains(strings.Join(js[0].Proposition.Events, " "), c.event) {
			t.Errorf("%s %q: want the proposition about %s, got %+v", c.lang, c.text, c.event, js[0].Proposition)
		}
	}
}

// Idioms carry a band, as data in every language: "only a matter of
// time", "within reach", "on the cards", "a long shot", "dead in the
// water", "touch and go".
func TestIdiomsCarryABand(t *testing.T) {
	for _, c := range []struct{ lang, text, band string }{
		{"en", "A deal is only a matter of time, officials say.", "very_likely"},
		{"de", "Eine Einigung ist nur eine Frage der Zeit.", "very_likely"},
		{"fr", "Un accord n'est qu'une question de temps.", "very_likely"},
		{"pl", "Porozumienie to tylko kwestia czasu.", "very_likely"},
		{"ru", "Соглашение — это вопрос времени.", "very_likely"},
		{"uk", "Угода — це питання часу.", "very_likely"},
		{"sv", "Ett avtal är bara en tidsfråga.", "very_likely"},
		{"fi", "Sopimus on vain ajan kysymys.", "very_likely"},
		{"es", "El acuerdo es cuestión de tiempo.", "very_likely"},
		{"it", "L'accordo è questione di giorni.", "very_likely"},
		{"pl", "Porozumienie jest na wyciągnięcie ręki.", "likely"},
		{"de", "Eine Einigung ist in Reichweite.", "likely"},
		{"en", "A deal is on the cards, analysts say.", "likely"},
		{"en", "Ratification is a long shot.", "unlikely"},
		{"en", "The treaty is dead in the water.", "very_unlikely"},
		{"en", "The vote is touch and go.", "roughly_even"},
		{"de", "Die Ratifizierung steht auf der Kippe.", "roughly_even"},
		{"it", "La ratifica è in bilico.", "roughly_even"},
	} {
		js := judgeIn(t, c.lang, c.text)
		if len(js) != 1 || js[0].Band != c.band {
			t.Errorf("%s %q: want %s, got %+v", c.lang, c.text, c.band, js)
		}
	}
}

// A share of forecasters who expect an event is the survey's numeric
// judgement of it, held by the group; a share of voters is no judgement.
func TestSharesOfForecasters(t *testing.T) {
	for _, c := range []struct {
		lang, text, holder string
		p                  float64
	}{
		{"en", "Thirteen of 25 economists, or 52%, expected the BOJ to raise rates in April.", "economists", 0.52},
		{"en", "More than two-thirds of polled economists see the BOJ raising rates by April.", "economists", 0.667},
		{"de", "In der Umfrage nannten 25 von 30 Ökonomen den April als Termin für die Zinswende.", "Ökonomen", 25.0 / 30},
		{"fr", "Douze économistes sur 34 ont choisi la réunion de mars.", "économistes", 12.0 / 34},
		{"fr", "La moitié des économistes interrogés pensent que la BCE baissera ses taux en juin.", "économistes", 0.5},
		{"es", "La mayoría de los economistas, 55 de 82, creen que el BCE bajará los tipos en junio.", "economistas", 55.0 / 82},
		{"it", "Due terzi degli economisti intervistati si aspettano un taglio dei tassi a giugno.", "economisti", 0.667},
		{"pl", "Aż 20 z 25 ankietowanych ekonomistów spodziewa się obniżki stóp w czerwcu.", "ankietowanych", 0.8},
		{"ru", "Две трети опрошенных экономистов ожидают снижения ставки в июне.", "опрошенных", 0.667},
		{"sv", "Hälften av de tillfrågade ekonomerna tror att Riksbanken sänker räntan i juni.", "tillfrågade", 0.5},
	} {
		js := judgeIn(t, c.lang, c.text)
		if len(js) != 1 || js[0].Scale != "numeric" || math.Abs(js[0].Value-c.p) > 0.01 || js[0].Holder == nil || !strings.Contains(js[0].Holder.Name, c.holder) {
			t.Errorf("%s %q: want %.3f held by %s, got %+v", c.lang, c.text, c.p, c.holder, js)
		}
	}
	for _, c := range []line{
		{"en", "Around 41 percent of Germans would welcome a new vote, a weekend poll showed."},
		{"de", "55 Prozent der Deutschen wünschen sich vorgezogene Neuwahlen."},
		{"pl", "60 proc. Polaków chce przedterminowych wyborów."},
	} {
		if js := judgeIn(t, c.lang, c.text); len(js) > 0 {
			t.Errorf("%s %q: a share of voters judges no event, got %+v", c.lang, c.text, js)
		}
	}
}

// Odds in a sentence that names the bookmakers are the bookmakers'
// numeric judgement, with or without the word "odds".
func TestOddsOfNamedBookmakers(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		p          float64
	}{
		{"en", "Trump is 4/7 with bookmakers.", 7.0 / 11},
		{"fr", "Les bookmakers donnent Trump à 1,53.", 1 / 1.53},
		{"it", "I bookmaker danno Trump a 1,53.", 1 / 1.53},
		{"pl", "Bukmacherzy płacą 1,53 za zwycięstwo Trumpa.", 1 / 1.53},
		{"de", "Bei den Buchmachern steht es 3 zu 1 gegen Harris.", 0.25},
		{"ru", "Букмекеры принимают ставки на Трампа по 1,53.", 1 / 1.53},
		{"es", "Las casas de apuestas pagan a 1,53 la victoria de Trump.", 1 / 1.53},
	} {
		ok := false
		for _, j := range judgeIn(t, c.lang, c.text) {
			ok = ok || j.Scale == "numeric" && math.Abs(j.Value-c.p) < 0.01 && j.Holder != nil
		}
		if !ok {
			t.Errorf("%s %q: want %.3f held by the bookmakers, got %+v", c.lang, c.text, c.p, judgeIn(t, c.lang, c.text))
		}
	}
}

// An expectation held before is marked past, not a voice now.
func TestPastExpectations(t *testing.T) {
	for _, c := range []line{
		{"en", "Economists had expected the ECB to cut rates in June."},
		{"en", "Analysts previously predicted a recession this year."},
		{"de", "Ökonomen erwarteten zuvor eine Rezession."},
		{"fr", "Les économistes avaient prévu une récession."},
		{"es", "Los analistas habían previsto una recesión."},
		{"pl", "Wcześniej ekonomiści przewidywali recesję."},
		{"ru", "Ранее аналитики прогнозировали рецессию."},
		{"uk", "Раніше аналітики прогнозували рецесію."},
		{"sv", "Ekonomerna hade väntat sig en räntesänkning i juni."},
	} {
		js := judgeIn(t, c.lang, c.text)
		if len(js) != 1 || !js[0].Past || js[0].TimeFrame == "" {
			t.Errorf("%s %q: want one past expectation with its marker, got %+v", c.lang, c.text, js)
		}
	}
	if js := judgeIn(t, "en", "Analysts predict a recession this year."); len(js) != 1 || js[0].Past {
		t.Errorf("a present forecast is no past one: %+v", js)
	}
}

// A holder's plain future of an opposite family ("will lose") is a
// categorical forecast like any other.
func TestCategoricalOpposites(t *testing.T) {
	for _, c := range []line{
		{"en", "Harris will lose the election."},
		{"de", "Harris wird die Wahl verlieren."},
		{"sv", "Harris kommer att förlora valet."},
		{"pl", "Harris przegra wybory."},
		{"ru", "Харрис проиграет выборы."},
		{"es", "Harris perderá las elecciones."},
	} {
		js := judgeIn(t, c.lang, c.text)
		if len(js) != 1 || !js[0].Categorical || !strings.Contains(strings.Join(js[0].Proposition.Events, " "), "lose") {
			t.Errorf("%s %q: want a categorical forecast of losing, got %+v", c.lang, c.text, js)
		}
	}
}

// A degree word far after its probability noun is the cue, with its own
// intensifier; the clause between is what it judges, its negation the
// proposition's.
func TestFarDegreeWords(t *testing.T) {
	for _, c := range []line{
		{"en", "The probability that the ECB will cut rates in June is very low."},
		{"ru", "Вероятность того, что ЕЦБ снизит ставку в июне, очень мала."},
		{"de", "Die Wahrscheinlichkeit, dass die EZB im Juni die Zinsen senkt, ist sehr gering."},
		{"pl", "Prawdopodobieństwo, że EBC obniży stopy w czerwcu, jest bardzo małe."},
		{"sv", "Sannolikheten att Riksbanken sänker räntan i juni är mycket liten."},
		{"fr", "La probabilité que la BCE baisse ses taux en juin est très faible."},
	} {
		js := judgeIn(t, c.lang, c.text)
		if len(js) != 1 || js[0].Band != "very_unlikely" || len(strings.Fields(js[0].Cue)) != 2 || !strings.Contains(strings.Join(js[0].Proposition.Events, " "), "rate-cut") {
			t.Errorf("%s %q: want one very unlikely judgement at the degree phrase about the cut, got %+v", c.lang, c.text, js)
		}
	}
	js := judgeIn(t, "en", "The probability that Belarus will not send troops to Ukraine is low.")
	if len(js) != 1 || js[0].Negated || !js[0].Proposition.Negated {
		t.Errorf("the clause's negation is the proposition's: %+v", js)
	}
}
