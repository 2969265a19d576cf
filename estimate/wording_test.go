package estimate_test

// Tests of estimative wording read in its forms and shapes across languages
// (issue 10, strict recall): surprise, uncertainty and certainty idioms,
// inflected band words, chance nouns with their complements, beliefs that
// close a sentence.

import "testing"

// "It would be a surprise" says the event is not expected: unlikely.
func TestWouldBeASurprise(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "Vardia's entry into the war would be a surprise, the analyst said.", "war"},
		{"de", "Ein Kriegseintritt Vardias wäre eine Überraschung, sagte der Analyst.", "war"},
		{"sv", "Ett vardiskt inträde i kriget vore en överraskning, säger analytikern.", "war"},
		{"fi", "Vardian liittyminen sotaan olisi yllätys, sanoo analyytikko.", "war"},
		{"fr", "L'entrée en guerre de la Vardie serait une surprise, selon l'analyste.", "war"},
		{"es", "La entrada de Vardia en la guerra sería una sorpresa, según el analista.", "war"},
		{"it", "L'ingresso della Vardia in guerra sarebbe una sorpresa, secondo l'analista.", "war"},
	}, "unlikely")
}

// "I would be surprised if X" judges X: the "if" clause is what the cue
// is about, not a condition that bounds it, and the cue stays the
// surprise words (gold cues name them without the "if").
func TestSurpriseJudgesItsIfClause(t *testing.T) {
	for _, c := range []struct {
		idiomCase
		band, cue string
	}{
		{idiomCase{"en", "I would be surprised if the Kremlin announced a mobilisation, the general said.", "mobilise"}, "unlikely", "I would be surprised"},
		{idiomCase{"en", "The general said he would not be surprised if the Kremlin announced a mobilisation.", "mobilise"}, "likely", "would not be surprised"},
		{idiomCase{"de", "Es würde mich wundern, wenn der Kreml eine Mobilmachung verkündete, sagte der General.", "mobilise"}, "unlikely", "würde mich wundern"},
		{idiomCase{"de", "Es wäre keine Überraschung, wenn der Kreml bald eine Mobilmachung verkündete.", "mobilise"}, "likely", "wäre keine Überraschung"},
		{idiomCase{"fi", "Olisi yllätys, jos Kreml julistaisi liikekannallepanon, sanoo kenraali.", "mobilise"}, "unlikely", "Olisi yllätys"},
		{idiomCase{"it", "Non mi sorprenderebbe se il Cremlino annunciasse la mobilitazione, ha detto il generale.", "mobilise"}, "likely", "Non mi sorprenderebbe"},
		{idiomCase{"nl", "Het zou me niet verbazen als het Kremlin een mobilisatie afkondigt, zei de generaal.", "mobilise"}, "likely", "zou me niet verbazen"},
	} {
		js := judge(t, c.lang, c.text)
		j := aboutEvent(js, c.event)
		if j == nil {
			t.Errorf("%s %q: no judgement about %s in\n%s", c.lang, c.text, c.event, dump(js))
			continue
		}
		if j.Band != c.band || j.Cue != c.cue || j.Condition != "" {
			t.Errorf("%s %q: %s at %q, condition %q; want %s at %q, no condition", c.lang, c.text, j.Band, j.Cue, j.Condition, c.band, c.cue)
		}
	}
	// A probability keeps its condition: "likely if the vote fails".
	js := judge(t, "en", "Cole will likely resign if the confidence vote fails, the analyst said.")
	if j := aboutEvent(js, "resign"); j == nil || j.Condition == "" {
		t.Errorf("a likely resignation if the vote fails lost its condition:\n%s", dump(js))
	}
}

// "Far from certain" denies certainty without saying the opposite: the
// event is left open, about even, in every language.
func TestFarFromCertain(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "The ratification of the treaty is far from certain, the minister said.", "ratify"},
		{"de", "Die Ratifizierung des Vertrags ist alles andere als sicher, sagte die Ministerin.", "ratify"},
		{"sv", "Ratificeringen av fördraget är långt ifrån säker, säger ministern.", "ratify"},
		{"fi", "Sopimuksen ratifiointi on kaikkea muuta kuin varmaa, sanoo ministeri.", "ratify"},
		{"fr", "La ratification du traité est loin d'être acquise, selon la ministre.", "ratify"},
		{"es", "La ratificación del tratado está lejos de estar asegurada, según la ministra.", "ratify"},
		{"it", "La ratifica del trattato è tutt'altro che scontata, secondo la ministra.", "ratify"},
	}, "roughly_even")
}

// "Hard to see / imagine" an event: unlikely.
func TestHardToSee(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "It is hard to see Norland joining the alliance this year, the analyst said.", "membership"},
		{"de", "Es ist schwer vorstellbar, dass Norland dem Bündnis beitritt, sagte die Analystin.", "membership"},
		{"sv", "Det är svårt att se att Norland går med i alliansen i år, säger analytikern.", "membership"},
		{"es", "Es difícil imaginar que se celebre un referéndum este año, dijo el analista.", "referendum"},
		{"it", "È difficile immaginare un referendum quest'anno, ha detto l'analista.", "referendum"},
		{"nl", "Het is moeilijk voor te stellen dat Norland dit jaar lid wordt van het bondgenootschap, zei de analist.", "membership"},
	}, "unlikely")
}

// "Everything points to X": likely, and no categorical future read from
// the verb after it ("tout porte à croire que la banque baissera").
func TestEverythingPointsTo(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "All signs point to a rate cut in June, the economist said.", "rate-cut"},
		{"de", "Es spricht viel dafür, dass die Notenbank im Juni die Zinsen senkt, sagte die Ökonomin.", "rate-cut"},
		{"sv", "Allt talar för att Riksbanken sänker räntan i juni, säger ekonomen.", "rate-cut"},
		{"fi", "Kaikki viittaa siihen, että keskuspankki laskee korkoa kesäkuussa, sanoo ekonomisti.", "rate-cut"},
		{"fr", "Tout porte à croire que la banque centrale baissera ses taux en juin, selon l'économiste.", "rate-cut"},
		{"es", "Todo apunta a que el banco central bajará los tipos en junio, según la economista.", "rate-cut"},
		{"it", "Tutto lascia pensare che la banca centrale taglierà i tassi a giugno, secondo l'economista.", "rate-cut"},
	}, "likely")
}

// Inflected forms of the band words: Romance feminine and plural
// participles ("exclue", "descartada", "esclusa"), Finnish case forms
// ("näyttää epätodennäköiseltä", "poissuljettu", "ennakkosuosikiksi";
// not the plural: two favourites say neither wins), a German possibility
// adverb that is no future ("wird womöglich").
func TestInflectedBandWords(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"fr", "Une démission du Premier ministre est exclue, a déclaré la porte-parole.", "resign"},
		{"es", "La dimisión del primer ministro está descartada, dijo la portavoz.", "resign"},
		{"it", "Le dimissioni del premier sono escluse, ha detto la portavoce.", "resign"},
		{"fi", "Koronlasku tänä vuonna on poissuljettu, sanoo pääekonomisti.", "rate-cut"},
	}, "almost_no_chance")
	checkIdioms(t, []idiomCase{
		{"fr", "Une démission du Premier ministre n'est pas exclue, a déclaré la porte-parole.", "resign"},
		{"es", "La dimisión del primer ministro no está descartada, dijo la portavoz.", "resign"},
		{"it", "Le dimissioni del premier non sono escluse, ha detto la portavoce.", "resign"},
		{"de", "Norland wird womöglich dem Bündnis beitreten, sagte die Analystin.", "membership"},
	}, "roughly_even")
	checkIdioms(t, []idiomCase{
		{"fi", "Norlandin jäsenyys liittoumassa näyttää epätodennäköiseltä, sanoo asiantuntija.", "membership"},
		{"fi", "Norlandin jäsenyys ei ole näköpiirissä, sanoo asiantuntija.", "membership"},
	}, "unlikely")
	checkIdioms(t, []idiomCase{
		{"fi", "Stubb nousi kyselyssä vaalin ennakkosuosikiksi, sanoo asiantuntija.", "win"},
		{"fr", "Les jours du Premier ministre sont comptés, selon l'analyste.", "resign"},
		{"es", "Los días del primer ministro están contados, según el analista.", "resign"},
	}, "likely")
}

// A lowering or raising word that opens a chance noun's complement is the
// event's ("la possibilité d'une baisse des taux": of a cut), not a verb
// that lowers the chance; the verb after the complement still does.
func TestChanceOfACut(t *testing.T) {
	js := judge(t, "fr", "La possibilité d'une baisse des taux en juin ne peut être exclue, selon la banque.")
	for _, j := range js {
		if j.Band != "roughly_even" {
			t.Errorf("a possibility of a cut that cannot be excluded read as %s at %q:\n%s", j.Band, j.Cue, dump(js))
		}
	}
	if len(js) == 0 {
		t.Error("no judgement in a possibility that cannot be excluded")
	}
	checkIdioms(t, []idiomCase{
		{"fr", "Les chances d'une baisse des taux en juin diminuent, selon la banque.", "rate-cut"},
	}, "unlikely")
	checkIdioms(t, []idiomCase{
		{"nl", "De kansen op een staakt-het-vuren zijn verbeterd, zei de diplomaat.", "ceasefire"},
	}, "likely")
}

// "The chances are good / poor", "die Chancen stehen gut / schlecht":
// common degree words of a chance noun; an adjective inside the noun's
// complement ("the chances of a good harvest are slim") is no degree.
func TestChancesGoodOrPoor(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "The chances of a ceasefire this year are good, the diplomat said.", "ceasefire"},
		{"de", "Die Chancen auf einen Waffenstillstand stehen gut, sagte der Diplomat.", "ceasefire"},
		{"sv", "Chanserna för ett eldupphör är goda, säger diplomaten.", "ceasefire"},
		{"nl", "De kansen op een staakt-het-vuren zijn goed, zei de diplomaat.", "ceasefire"},
		{"en", "The odds are that a ceasefire will be agreed this year, the diplomat said.", "ceasefire"},
	}, "likely")
	checkIdioms(t, []idiomCase{
		{"en", "The chances of a ceasefire this year are poor, the diplomat said.", "ceasefire"},
		{"de", "Die Chancen auf einen Waffenstillstand stehen schlecht, sagte der Diplomat.", "ceasefire"},
		{"sv", "Chanserna för ett eldupphör är dåliga, säger diplomaten.", "ceasefire"},
		{"en", "The chances of a good deal on a ceasefire are slim, the diplomat said.", "ceasefire"},
		{"en", "The odds are stacked against a ceasefire this year, the diplomat said.", "ceasefire"},
		{"de", "Die Chancen auf einen guten Waffenstillstand sind gering, sagte der Diplomat.", "ceasefire"},
	}, "unlikely")
}

// What can no longer be stopped is very likely, though its words hold a
// negation ("kaum noch zu verhindern" is no "kaum"); "gilt als ausgemachte Sache",
// "es ist davon auszugehen", "alles läuft auf … hinaus" and "ziemlich
// sicher" carry their band.
func TestGermanCertaintyPhrases(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"de", "Ein Rücktritt des Kanzlers ist kaum noch zu verhindern, sagte die Analystin.", "resign"},
		{"de", "Ein Rücktritt des Kanzlers ist nicht mehr aufzuhalten, sagte die Analystin.", "resign"},
		{"de", "Ein Rücktritt des Kanzlers ist ziemlich sicher, sagte die Analystin.", "resign"},
		{"en", "The chancellor's resignation can no longer be stopped, the analyst said.", "resign"},
	}, "very_likely")
	checkIdioms(t, []idiomCase{
		{"de", "Ein Rücktritt des Kanzlers gilt als ausgemachte Sache, sagte die Analystin.", "resign"},
	}, "almost_certain")
	checkIdioms(t, []idiomCase{
		{"de", "Es ist davon auszugehen, dass der Kanzler zurücktritt, sagte die Analystin.", "resign"},
		{"de", "Alles läuft auf einen Rücktritt des Kanzlers hinaus, sagte die Analystin.", "resign"},
		{"de", "Es sieht danach aus, dass der Kanzler zurücktritt, sagte die Analystin.", "resign"},
		{"sv", "Det ser ut som att statsministern avgår före sommaren, säger analytikern.", "resign"},
	}, "likely")
	checkIdioms(t, []idiomCase{
		{"de", "Der Kanzler hat kaum Chancen, die Wahl zu gewinnen, sagte die Analystin.", "win"},
		{"sv", "Det är föga troligt att statsministern avgår före sommaren, säger analytikern.", "resign"},
	}, "unlikely")
}

// A belief verb that closes the sentence after a forecast, with only its
// holder ("…, glaubt Eva Roth", "…, tror Eva Strand", "…, Peter Wall
// believes"), softens it as one that opens it does: likely, not
// categorical; what it judges is the clause before the comma. A verb of
// saying there leaves the forecast categorical: an unhedged "will", very
// likely (TestCategoricalBandedAlikeInEstimateAndBrief).
func TestTrailingBelief(t *testing.T) {
	for _, c := range []struct{ lang, text, event, band string }{
		{"en", "Norland will join the alliance this year, Peter Wall believes.", "membership", "likely"},
		{"de", "Der Kanzler wird zurücktreten, vermutet die Politologin Eva Roth.", "resign", "likely"},
		{"sv", "Riksbanken kommer att sänka räntan i juni, tror Eva Strand.", "rate-cut", "likely"},
		{"sv", "Riksbanken sänker räntan i juni, tror ekonomen Eva Strand.", "rate-cut", "likely"},
		{"fi", "Ukraina ei onnistu täyttämään kriteerejä, arvioi tutkija Matti Virtanen.", "", "unlikely"},
		{"de", "Der Kanzler wird zurücktreten, sagte die Politologin Eva Roth.", "resign", "very_likely"},
	} {
		js := judge(t, c.lang, c.text)
		var j = aboutEvent(js, c.event)
		if c.event == "" && len(js) > 0 {
			j = &js[0]
		}
		if j == nil || j.Band != c.band || c.band != "very_likely" && j.Categorical {
			t.Errorf("%s %q: want %s about %q, got\n%s", c.lang, c.text, c.band, c.event, dump(js))
		}
	}
}

// The speaker's own expectation in the first person ("odotan", "jag
// förväntar mig", "je m'attends à", "mi aspetto") is likely, its denial
// and the denied impersonal passive ("ei odoteta") unlikely.
func TestFirstPersonExpectations(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"fi", "Odotan, että keskuspankki laskee korkoa kesäkuussa, sanoo ekonomisti.", "rate-cut"},
		{"sv", "Jag förväntar mig att Riksbanken sänker räntan i juni, säger ekonomen.", "rate-cut"},
		{"fr", "Je m'attends à une baisse des taux en juin, a déclaré l'économiste.", "rate-cut"},
		{"it", "Mi aspetto un taglio dei tassi a giugno, ha detto l'economista.", "rate-cut"},
		{"fr", "Les économistes tablent majoritairement sur une baisse des taux en juin, selon l'analyste.", "rate-cut"},
	}, "likely")
	checkIdioms(t, []idiomCase{
		{"fi", "Koronlaskua kesäkuussa ei odoteta, sanoo ekonomisti.", "rate-cut"},
		{"fr", "Je ne m'attends pas à une baisse des taux en juin, a déclaré l'économiste.", "rate-cut"},
	}, "unlikely")
}

// "Few expect X" denies the expectation most hold: unlikely, not the
// expecting verb's likely; "little doubt" is near certainty, not a
// doubt; "a formality" is almost certain.
func TestFewExpectLittleDoubtAFormality(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "Few expect the prime minister to resign before the summer, the analyst said.", "resign"},
		{"de", "Kaum jemand erwartet, dass der Kanzler zurücktritt, sagte die Analystin.", "resign"},
		{"sv", "Få tror att statsministern avgår före sommaren, säger analytikern.", "resign"},
		{"fi", "Harva uskoo, että pääministeri eroaa ennen kesää, sanoo tutkija.", "resign"},
	}, "unlikely")
	checkIdioms(t, []idiomCase{
		{"en", "There is little doubt that the central bank will cut rates in June, the economist said.", "rate-cut"},
		{"de", "Es gibt kaum Zweifel, dass die Notenbank im Juni die Zinsen senkt, sagte die Ökonomin.", "rate-cut"},
		{"fr", "Il fait peu de doute que la banque centrale baissera ses taux en juin, selon l'économiste.", "rate-cut"},
	}, "very_likely")
	checkIdioms(t, []idiomCase{
		{"en", "Ratification of the treaty is a formality, the minister said.", "ratify"},
		{"de", "Die Ratifizierung des Vertrags ist reine Formsache, sagte die Ministerin.", "ratify"},
		{"sv", "Ratificeringen av fördraget är en ren formalitet, säger ministern.", "ratify"},
		{"fr", "La ratification du traité est une simple formalité, selon la ministre.", "ratify"},
	}, "almost_certain")
}

// A leader's position called untenable ("unhaltbar", "ohållbar",
// "intenable") is a likely judgement that the leader goes.
func TestUntenablePosition(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "The prime minister's position is now untenable, the analyst said.", "resign"},
		{"de", "Die Position des Kanzlers ist unhaltbar, sagte die Analystin.", "resign"},
		{"sv", "Statsministerns position är ohållbar, säger analytikern.", "resign"},
		{"fr", "La position du Premier ministre est devenue intenable, selon l'analyste.", "resign"},
	}, "likely")
}

// A risk with a that-clause is the probability of that clause, its degree
// word after the clause, commas or none: "the risk that X is low", "Die
// Gefahr, dass X, ist gering", "Risken att X är liten", "Riski, että X,
// on pieni". A risk to something ("risks to growth are high") stays none.
func TestRiskThatClause(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "The risk that Vardia is drawn into the war is low, the analyst said.", "war"},
		{"de", "Die Gefahr, dass Vardia in den Krieg eintritt, ist gering, sagte die Analystin.", "war"},
		{"sv", "Risken att Vardia dras in i kriget är liten, säger analytikern.", "war"},
		{"fi", "Riski, että Vardia joutuu sotaan, on pieni, sanoo analyytikko.", "war"},
	}, "unlikely")
	checkIdioms(t, []idiomCase{
		{"de", "Das Risiko, dass die Wirtschaft in eine Rezession rutscht, ist hoch, sagte die Analystin.", "recession"},
	}, "likely")
	if js := judge(t, "en", "Risks to growth are high, the analyst said."); len(js) > 0 {
		t.Errorf("risks to growth read as a judgement:\n%s", dump(js))
	}
}

// A figure for a chance noun whose that-clause stands between commas
// judges that clause: "Die Wahrscheinlichkeit, dass der Kanzler
// zurücktritt, liegt bei 40 Prozent".
func TestFigureOfAFrontedChance(t *testing.T) {
	js := judge(t, "de", "Die Wahrscheinlichkeit, dass der Kanzler zurücktritt, liegt bei rund 40 Prozent, sagte die Analystin.")
	if j := aboutEvent(js, "resign"); j == nil || j.Band != "unlikely" {
		t.Errorf("a 40 percent chance of resigning not read as one:\n%s", dump(js))
	}
}
