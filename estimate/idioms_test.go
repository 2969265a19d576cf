package estimate_test

import (
	"slices"
	"testing"
)

// idiomCase is one sentence whose judgement an idiom or a noun of the
// lexicon carries: the band the holder gives the event.
type idiomCase struct{ lang, text, event string }

// checkIdioms asserts that each sentence has a judgement about its event
// in one of the bands.
func checkIdioms(t *testing.T, cases []idiomCase, bands ...string) {
	t.Helper()
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := aboutEvent(js, c.event)
		if j == nil {
			t.Errorf("%s %q: no judgement about %s in\n%s", c.lang, c.text, c.event, dump(js))
			continue
		}
		if !slices.Contains(bands, j.Band) {
			t.Errorf("%s %q: band %s at %q, want one of %v", c.lang, c.text, j.Band, j.Cue, bands)
		}
	}
}

// Stating confidence that something will happen is a very likely
// judgement of it.
func TestExpressedConfidence(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "The minister expressed confidence that the referendum will be held next year.", "referendum"},
		{"ru", "Министр выразил уверенность, что референдум состоится в следующем году.", "referendum"},
		{"uk", "Міністр висловив упевненість, що референдум відбудеться наступного року.", "referendum"},
		{"pl", "Minister wyraził przekonanie, że referendum odbędzie się w przyszłym roku.", "referendum"},
		{"de", "Der Minister zeigte sich zuversichtlich, dass das Referendum im nächsten Jahr stattfindet.", "referendum"},
		{"es", "El ministro se mostró convencido de que el referéndum se celebrará el año próximo.", "referendum"},
		{"it", "Il ministro si è detto fiducioso che il referendum si terrà l'anno prossimo.", "referendum"},
	}, "very_likely", "likely")
}

// "Further away than ever" puts an event out of reach: very unlikely.
func TestFurtherAwayThanEver(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "The analyst said a referendum now looks further away than ever.", "referendum"},
		{"es", "Según el analista, el referéndum está más lejos que nunca.", "referendum"},
		{"de", "Ein Referendum ist nach Ansicht der Analystin weiter entfernt denn je.", "referendum"},
		{"fr", "Selon l'analyste, le référendum semble plus éloigné que jamais.", "referendum"},
		{"it", "Secondo l'analista il referendum appare più lontano che mai.", "referendum"},
		{"pl", "Według analityka referendum jest dziś dalej niż kiedykolwiek.", "referendum"},
		{"sv", "Enligt analytikern är en folkomröstning längre bort än någonsin.", "referendum"},
	}, "very_unlikely", "unlikely")
}

// "Will have to wait" puts an event off: unlikely for now.
func TestWillHaveToWait(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "The referendum will have to wait, the minister said.", "referendum"},
		{"es", "El referéndum tendrá que esperar, dijo el ministro.", "referendum"},
		{"de", "Das Referendum muss warten, sagte der Minister.", "referendum"},
		{"it", "Il referendum dovrà aspettare, ha detto il ministro.", "referendum"},
		{"fr", "Le référendum devra attendre, a déclaré le ministre.", "referendum"},
		{"ru", "С референдумом придется подождать, заявил министр.", "referendum"},
		{"sv", "Folkomröstningen får vänta, sade ministern.", "referendum"},
	}, "unlikely")
}

// Having no plans to do something makes it unlikely.
func TestNoPlans(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "The ministry has no plans to announce a mobilisation, the spokesman said.", "mobilise"},
		{"ru", "Песков заявил, что в Кремле не планируют объявлять мобилизацию.", "mobilise"},
		{"uk", "Речник заявив, що уряд не планує оголошувати мобілізацію.", "mobilise"},
		{"pl", "Rzecznik powiedział, że rząd nie planuje ogłaszać mobilizacji.", "mobilise"},
		{"de", "Die Regierung hat keine Pläne für eine Mobilmachung, sagte der Sprecher.", "mobilise"},
		{"es", "El portavoz dijo que el Gobierno no tiene previsto decretar la movilización.", "mobilise"},
		{"sv", "Regeringen har inga planer på mobilisering, sade talespersonen.", "mobilise"},
	}, "unlikely")
}

// Something "still on the table" remains possible: about even; so does
// what someone speculates, hypothesises or does not exclude.
func TestStillOnTheTableAndHedges(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "A smaller referendum is still on the table, officials said.", "referendum"},
		{"fr", "Le référendum reste sur la table, selon le ministre.", "referendum"},
		{"es", "El referéndum sigue sobre la mesa, según el ministro.", "referendum"},
		{"it", "Il referendum resta sul tavolo, secondo il ministro.", "referendum"},
		{"de", "Das Referendum liegt noch auf dem Tisch, sagte der Minister.", "referendum"},
		{"sv", "En folkomröstning ligger kvar på bordet, enligt ministern.", "referendum"},
		{"it", "Gli analisti ipotizzano che il governo possa annunciare la mobilitazione.", "mobilise"},
		{"ru", "Эксперты не исключают, что власти объявят мобилизацию осенью.", "mobilise"},
		{"pl", "Eksperci nie wykluczają, że władze ogłoszą mobilizację jesienią.", "mobilise"},
		{"en", "There is uncertainty over whether the government will hold the referendum.", "referendum"},
	}, "roughly_even")
}

// Not being surprised if something happened is a likely judgement of it.
func TestWouldNotBeSurprised(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "The general said he would not be surprised if the Kremlin announced a mobilisation.", "mobilise"},
		{"sv", "Det skulle inte förvåna mig om Kreml utlyste mobilisering, sade generalen.", "mobilise"},
		{"nl", "Het zou me niet verbazen als het Kremlin een mobilisatie afkondigt, zei de generaal.", "mobilise"},
		{"fr", "Le général ne serait pas surpris que le Kremlin annonce une mobilisation.", "mobilise"},
		{"es", "No me sorprendería que el Kremlin anunciara una movilización, dijo el general.", "mobilise"},
		{"it", "Non mi sorprenderebbe se il Cremlino annunciasse la mobilitazione, ha detto il generale.", "mobilise"},
	}, "likely")
}

// Fading chances are low ones.
func TestFadingChances(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "Chance of a referendum this year is fading, the analyst said.", "referendum"},
		{"de", "Die Chancen auf ein Referendum schwinden, sagte die Analystin.", "referendum"},
		{"pl", "Szanse na referendum maleją, ocenia analityk.", "referendum"},
		{"ru", "Шансы на референдум тают, считает аналитик.", "referendum"},
		{"es", "Las posibilidades de un referéndum se desvanecen, según el analista.", "referendum"},
		{"it", "Le probabilità di un referendum svaniscono, secondo l'analista.", "referendum"},
	}, "unlikely", "very_unlikely")
}

// Denying that something is that certain leaves it open: about even, not
// the other extreme ("So sicher ist das nicht").
func TestNotThatCertain(t *testing.T) {
	for _, c := range []idiomCase{
		{"de", "Viele halten ein Referendum für sicher. So sicher ist das nicht.", "referendum"},
		{"nl", "Velen houden een referendum voor zeker. Zo zeker is dat niet.", "referendum"},
		{"sv", "Många ser en folkomröstning som säker. Så säkert är det inte.", "referendum"},
		{"pl", "Wielu uważa referendum za pewne. Takie pewne to nie jest.", "referendum"},
		{"fi", "Moni pitää kansanäänestystä varmana. Niin varmaa se ei ole.", "referendum"},
		{"it", "Molti danno il referendum per certo. Così certo non è.", "referendum"},
		{"en", "Many see a referendum as certain. It is not that certain.", "referendum"},
	} {
		// The second sentence's judgement: the first may judge too ("voor zeker").
		js := judge(t, c.lang, c.text)
		if len(js) == 0 {
			t.Errorf("%s %q: no judgement", c.lang, c.text)
			continue
		}
		if j := js[len(js)-1]; j.Band != "roughly_even" {
			t.Errorf("%s %q: band %s at %q, want roughly_even", c.lang, c.text, j.Band, j.Cue)
		}
	}
}

// Extending sovereignty over a territory is annexing it.
func TestExtendingSovereigntyIsAnnexing(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "Analysts say an extension of sovereignty over the valley is likely.", "annex"},
		{"es", "Según los analistas, la extensión de soberanía sobre el valle es probable.", "annex"},
		{"de", "Eine Ausweitung der Souveränität auf das Tal ist nach Ansicht der Analysten wahrscheinlich.", "annex"},
		{"fr", "Selon les analystes, l'extension de la souveraineté sur la vallée est probable.", "annex"},
		{"it", "Secondo gli analisti l'estensione della sovranità sulla valle è probabile.", "annex"},
		{"pl", "Według analityków rozszerzenie suwerenności na dolinę jest prawdopodobne.", "annex"},
		{"ru", "По мнению аналитиков, распространение суверенитета на долину вероятно.", "annex"},
	}, "likely")
}

// Within reach is likely, still far off unlikely, out of the question
// almost no chance.
func TestReachAndDistanceIdioms(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"pl", "Porozumienie w sprawie rozejmu jest na wyciągnięcie ręki, ocenia mediator.", "ceasefire"},
		{"de", "Ein Waffenstillstand ist in greifbarer Nähe, sagt der Vermittler.", "ceasefire"},
		{"fr", "Un cessez-le-feu est à portée de main, selon le médiateur.", "ceasefire"},
		{"es", "Un alto el fuego está al alcance de la mano, según el mediador.", "ceasefire"},
		{"it", "Una tregua è a portata di mano, secondo il mediatore.", "ceasefire"},
		{"sv", "En vapenvila är inom räckhåll, enligt medlaren.", "ceasefire"},
	}, "likely")
	checkIdioms(t, []idiomCase{
		{"en", "A ceasefire is still a long way off, the mediator said.", "ceasefire"},
		{"pl", "Do rozejmu jeszcze daleko, ocenia mediator.", "ceasefire"},
		{"de", "Ein Waffenstillstand ist noch weit entfernt, sagt der Vermittler.", "ceasefire"},
		{"ru", "До перемирия ещё далеко, считает посредник.", "ceasefire"},
		{"it", "La tregua è ancora lontana, secondo il mediatore.", "ceasefire"},
		{"fr", "Le cessez-le-feu est encore loin, selon le médiateur.", "ceasefire"},
	}, "unlikely")
	checkIdioms(t, []idiomCase{
		{"de", "Ein Referendum kommt nicht infrage, sagt die Ministerin.", "referendum"},
		{"pl", "Referendum nie wchodzi w grę, mówi ministra.", "referendum"},
		{"ru", "О референдуме не может быть и речи, заявила министр.", "referendum"},
		{"es", "El referéndum está descartado, dijo la ministra.", "referendum"},
		{"it", "Il referendum è fuori discussione, ha detto la ministra.", "referendum"},
		{"fr", "Un référendum est hors de question, a dit la ministre.", "referendum"},
	}, "almost_no_chance")
}

// A close race is roughly even odds of winning it, in every language:
// "too close to call", "Kopf-an-Kopf-Rennen", "jämn duell", "tasainen kisa".
func TestCloseRaceIsRoughlyEven(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "Pollster Anna Smith said the race between the two candidates is too close to call.", "win"},
		{"de", "Der Meinungsforscher Max Weber spricht von einem Kopf-an-Kopf-Rennen zwischen den beiden Kandidaten.", "win"},
		{"sv", "Statsvetaren Per Olsson säger att det blir en jämn duell mellan kandidaterna.", "win"},
		{"fi", "Tutkija Matti Virtanen arvioi, että kisasta tulee tasainen.", "win"},
		{"pl", "Politolog Jan Kowalski uważa, że wyścig jest nadal otwarty.", "win"},
		{"ru", "Политолог Иван Петров считает, что у кандидатов равные шансы.", "win"},
		{"uk", "Політолог Іван Петренко вважає, що у кандидатів рівні шанси.", "win"},
	}, "roughly_even")
}

// "Now is not the time for elections" is an unlikely judgement on them,
// in every language: "не на часі", "nie czas na", "inte läge för".
func TestNotTheTimeIsUnlikely(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "President Anna Smith said now is not the time for elections.", "election"},
		{"de", "Präsident Max Weber sagte, jetzt sei nicht die Zeit für Wahlen, die stattfinden.", "election"},
		{"uk", "Президент Іван Петренко заявив, що зараз не на часі проводити вибори.", "election"},
		{"ru", "Президент Иван Петров заявил, что сейчас не время проводить выборы.", "election"},
		{"pl", "Prezydent Jan Kowalski powiedział, że nie czas na to, by wybory się odbędą.", "election"},
		{"sv", "Presidenten Per Olsson sade att det är inte rätt tid för att hålla val.", "election"},
	}, "unlikely")
}
