package estimate_test

import (
	"strings"
	"testing"
)

// bandCue is one invented sentence, the cue Kent should read in it and
// the band that cue gives.
type bandCue struct{ lang, text, cue, band string }

// checkBandCues asserts that each sentence has a judgement at its cue (the
// judgement's cue contains it) in its band.
func checkBandCues(t *testing.T, cases []bandCue) {
	t.Helper()
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		found := false
		for _, j := range js {
			if strings.Contains(strings.ToLower(j.Cue), c.cue) {
				found = true
				if j.Band != c.band {
					t.Errorf("%s %q: band %s at %q, want %s", c.lang, c.text, j.Band, j.Cue, c.band)
				}
			}
		}
		if !found {
			t.Errorf("%s %q: no judgement at %q in\n%s", c.lang, c.text, c.cue, dump(js))
		}
	}
}

// Chances that improve or worsen are likely or unlikely: the verb moves
// the chance noun as "rise" and "fall" do.
func TestChancesImproveOrWorsen(t *testing.T) {
	checkBandCues(t, []bandCue{
		{"en", "The analyst said the chances of a ceasefire have improved this week.", "improved", "likely"},
		{"de", "Die Chancen auf einen Waffenstillstand haben sich verbessert, sagte der Diplomat.", "verbessert", "likely"},
		{"sv", "Enligt diplomaten har chanserna till vapenvila förbättrats.", "förbättrats", "likely"},
		{"fi", "Diplomaatin mukaan tulitauon mahdollisuudet ovat parantuneet.", "parantuneet", "likely"},
		{"nl", "De kansen op een staakt-het-vuren zijn verbeterd, zei de diplomaat.", "verbeterd", "likely"},
		{"en", "The analyst said the chances of a ceasefire have worsened this week.", "worsened", "unlikely"},
		{"de", "Die Chancen auf einen Waffenstillstand haben sich verschlechtert, sagte der Diplomat.", "verschlechtert", "unlikely"},
		{"sv", "Enligt diplomaten har chanserna till vapenvila försämrats.", "försämrats", "unlikely"},
		{"fi", "Diplomaatin mukaan tulitauon mahdollisuudet ovat heikentyneet.", "heikentyneet", "unlikely"},
		{"nl", "De kansen op een staakt-het-vuren zijn verslechterd, zei de diplomaat.", "verslechterd", "unlikely"},
	})
}

// A better chance than a rival's, a strong starting position or the
// upper hand make a candidate's win likely.
func TestBetterChancesAndStrongPositions(t *testing.T) {
	checkBandCues(t, []bandCue{
		{"en", "Mayor Lind has a better chance of winning the run-off, the pollster said.", "a better chance", "likely"},
		{"de", "Bürgermeisterin Lind hat bessere Chancen, die Stichwahl zu gewinnen, sagte der Meinungsforscher.", "bessere chancen", "likely"},
		{"sv", "Borgmästaren Lind har bättre chanser att vinna den andra omgången, säger opinionsanalytikern.", "bättre chanser", "likely"},
		{"fi", "Pormestari Lindillä on paremmat mahdollisuudet voittaa toinen kierros, arvioi tutkija.", "paremmat mahdollisuudet", "likely"},
		{"nl", "Burgemeester Lind heeft betere kansen om de tweede ronde te winnen, zei de peiler.", "betere kansen", "likely"},
		{"en", "Mayor Lind is well placed to win the run-off, the pollster said.", "well placed to", "likely"},
		{"de", "Bürgermeisterin Lind hat gute Karten, die Stichwahl zu gewinnen, sagte der Meinungsforscher.", "gute karten", "likely"},
		{"sv", "Borgmästaren Linds utgångsläge är mycket gott inför den andra omgången, säger opinionsanalytikern.", "utgångsläge", "likely"},
		{"fi", "Pormestari Lind on vahvoilla toisella kierroksella, arvioi tutkija.", "vahvoilla", "likely"},
		{"nl", "Burgemeester Lind heeft goede papieren om de tweede ronde te winnen, zei de peiler.", "goede papieren", "likely"},
	})
}

// A race called tight or neck and neck is about even.
func TestCloseRace(t *testing.T) {
	checkBandCues(t, []bandCue{
		{"en", "The pollster said the race will be tighter than anyone expected.", "race will be tighter", "roughly_even"},
		{"de", "Der Meinungsforscher erwartet ein enges Rennen um das Bürgermeisteramt.", "enges rennen", "roughly_even"},
		{"sv", "Opinionsanalytikern väntar sig en jämn kraftmätning om borgmästarposten.", "jämn kraftmätning", "roughly_even"},
		{"fi", "Tutkijan mukaan toisesta kierroksesta tulisi tasainen.", "tulisi tasainen", "roughly_even"},
		{"nl", "Volgens de peiler wordt het een nek-aan-nekrace om het burgemeesterschap van de stad.", "nek-aan-nekrace", "roughly_even"},
	})
}

// Saying in the first person that one is confident is a very likely
// judgement, as "expressed confidence that" is.
func TestConfidentInTheFirstPerson(t *testing.T) {
	checkBandCues(t, []bandCue{
		{"en", "\"I am confident that the treaty will be ratified this year,\" the minister said.", "i am confident", "very_likely"},
		{"de", "„Ich bin zuversichtlich, dass der Vertrag in diesem Jahr ratifiziert wird“, sagte die Ministerin.", "ich bin zuversichtlich", "very_likely"},
		{"fi", "”Olen luottavainen, että sopimus ratifioidaan tänä vuonna”, ministeri sanoi.", "olen luottavainen", "very_likely"},
		{"nl", "„Ik heb er alle vertrouwen in dat het verdrag dit jaar wordt geratificeerd”, zei de minister.", "heb er alle vertrouwen in", "very_likely"},
	})
}

// Being able to, as the speaker sees it, is a likely forecast: "should be
// able to cut", "borde kunna sänka".
func TestShouldBeAbleTo(t *testing.T) {
	checkBandCues(t, []bandCue{
		{"en", "The economist said the central bank should be able to cut rates in May.", "should be able to", "likely"},
		{"sv", "Ekonomen skriver att centralbanken borde kunna sänka räntan i maj.", "borde kunna", "likely"},
		{"nl", "De econoom schrijft dat de centrale bank de rente in mei zou moeten kunnen verlagen.", "zou moeten kunnen", "likely"},
		{"fi", "Ekonomistin mukaan keskuspankin pitäisi pystyä laskemaan korkoa toukokuussa.", "pitäisi pystyä", "likely"},
	})
}

// German reported speech puts "rechnet damit" in Konjunktiv I ("rechne
// damit"), and narrates expecting in the past: each is the same cue as
// its indicative.
func TestGermanReportedExpecting(t *testing.T) {
	checkBandCues(t, []bandCue{
		{"de", "Der Ökonom rechne damit, dass die Notenbank die Zinsen im Mai senkt.", "rechne damit", "likely"},
		{"de", "Die Ökonomen rechneten damit, dass die Notenbank die Zinsen im Mai senkt.", "rechneten damit", "likely"},
	})
}

// A central bank's "policy rate" names the rate its decisions move: a
// forecast that it will cut its policy rate is about a rate cut.
func TestPolicyRateEvents(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "The bank's economists predict that the central bank will cut its policy rate by 25 basis points.", "rate-cut"},
		{"en", "The bank's economists predict that the central bank will raise its policy rate by 25 basis points.", "rate-raise"},
	}, "likely")
}

// An event reported as begun or under way happens: a categorical
// statement of it, as "will take place" is one of the future.
func TestEventHasBegun(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "The ministry said the withdrawal of its troops from the city has begun.", "withdraw"},
		{"de", "Der Rückzug der Truppen aus der Stadt hat begonnen, teilte das Ministerium mit.", "withdraw"},
		{"sv", "Ministeriet meddelade att trupperna har börjat dra sig ur staden.", "withdraw"},
		{"fi", "Ministeriön mukaan joukkojen vetäytyminen kaupungista on alkanut.", "withdraw"},
		{"nl", "De terugtrekking van de troepen uit de stad is begonnen, zei het ministerie op woensdag.", "withdraw"},
	}, "almost_certain")
}

// What seems or appears to be coming is likely, as Dutch "lijkt" was
// read already: "seems to", "scheint", "tycks", "näyttää siltä".
func TestSeemsToCome(t *testing.T) {
	checkBandCues(t, []bandCue{
		{"en", "A rate cut in June seems to be coming, the analyst said.", "seems to", "likely"},
		{"de", "Eine Zinssenkung im Juni scheint näher zu rücken, sagte der Analyst.", "scheint", "likely"},
		{"sv", "En räntesänkning i juni tycks komma snart, säger analytikern.", "tycks", "likely"},
		{"fi", "Analyytikon mukaan näyttää siltä, että keskuspankki laskee korkoa kesäkuussa.", "näyttää siltä", "likely"},
	})
}
