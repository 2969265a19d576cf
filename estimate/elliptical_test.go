package estimate_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/kentnews/kent"
)

// Calling a step premature says it will not come soon: an unlikely
// judgement on it, in every language ("would be premature", "wäre
// verfrüht", "serait prématurée", "sería prematuro", "sarebbe
// prematuro", "zou voorbarig zijn", "vore förhastat", "olisi
// ennenaikaista").
func TestPrematureIsUnlikely(t *testing.T) {
	wantBandHeld(t, "unlikely", []cueCase{
		{"en", "It would be premature to lower interest rates in July, Jones said.", "would be premature", "Jones"},
		{"de", "Eine Zinssenkung im Juli wäre verfrüht, sagte Schneider.", "wäre verfrüht", "Schneider"},
		{"fr", "Une baisse des taux en juillet serait prématurée, selon Lefebvre.", "serait prématurée", "Lefebvre"},
		{"es", "Sería prematuro bajar los tipos en julio, según Fernández.", "Sería prematuro", "Fernández"},
		{"it", "Secondo Bianchi sarebbe prematuro tagliare i tassi a luglio.", "sarebbe prematuro", "Bianchi"},
		{"nl", "Een renteverlaging in juli zou voorbarig zijn, zegt De Vries.", "zou voorbarig zijn", "De Vries"},
		{"sv", "En räntesänkning i juli vore förhastat, säger Lindqvist.", "vore förhastat", "Lindqvist"},
		{"fi", "Koronlasku heinäkuussa olisi ennenaikaista, sanoo Korhonen.", "olisi ennenaikaista", "Korhonen"},
	})
}

// Forecasters who disagree leave the outcome open: "opinions are divided
// on whether …", "die Meinungen gehen auseinander", "les avis sont
// partagés", "åsikterna går isär" is about even on what they disagree on.
func TestDividedOpinionsAreEven(t *testing.T) {
	cases := []struct{ lang, text, cue string }{
		{"en", "Opinions are divided on whether the central bank will lower rates in July.", "opinions are divided"},
		{"en", "Economists are divided on whether the central bank will lower rates in July.", "economists are divided"},
		{"de", "Die Meinungen gehen auseinander, ob die Zentralbank im Juli die Zinsen senkt.", "die meinungen gehen auseinander"},
		{"fr", "Les avis sont partagés sur une baisse des taux en juillet.", "les avis sont partagés"},
		{"es", "Los analistas están divididos sobre si el banco central bajará los tipos en julio.", "los analistas están divididos"},
		{"it", "Gli economisti sono divisi sull'eventualità che la banca centrale tagli i tassi a luglio.", "gli economisti sono divisi"},
		{"nl", "De meningen zijn verdeeld over een renteverlaging in juli.", "de meningen zijn verdeeld"},
		{"sv", "Åsikterna går isär om huruvida centralbanken sänker räntan i juli.", "åsikterna går isär"},
		{"fi", "Ekonomistit ovat erimielisiä koronlaskun ajankohdasta.", "ekonomistit ovat erimielisiä"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := findFold(js, c.cue)
		if j == nil || j.Band != "roughly_even" || !slices.Contains(j.Proposition.Events, "rate-cut") {
			t.Errorf("%s %q: want roughly_even on a rate cut at %q, got\n%s", c.lang, c.text, c.cue, dump(js))
		}
	}
}

// A short answer to the question its article has just asked is a
// judgement on that question's event: "Will the government fall this
// year? It doesn't look like it." — "Ça n'en prend pas le chemin",
// "Sembra di no", "Det ser inte ut så", "Siltä ei näytä".
func TestEllipticalAnswerIsUnlikely(t *testing.T) {
	cases := []struct{ lang, text, cue string }{
		{"en", "Will the prime minister resign before the summer? It doesn't look like it.", "it doesn't look like it"},
		{"de", "Wird die Ministerin noch vor dem Sommer ihren Rücktritt erklären? Danach sieht es derzeit nicht aus.", "danach sieht es derzeit nicht aus"},
		{"fr", "Le Premier ministre va-t-il démissionner avant l'été ? Ça n'en prend pas le chemin.", "ça n'en prend pas le chemin"},
		{"es", "¿Dimitirá el primer ministro antes del verano? No lo parece.", "no lo parece"},
		{"it", "Il primo ministro si dimetterà prima dell'estate? Sembra di no.", "sembra di no"},
		{"nl", "Gaat de premier voor de zomer ontslag nemen? Het ziet er niet naar uit.", "het ziet er niet naar uit"},
		{"sv", "Avgår statsministern före sommaren? Det ser inte ut så.", "det ser inte ut så"},
		{"fi", "Eroaako pääministeri ennen kesää? Siltä ei näytä.", "siltä ei näytä"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := findFold(js, c.cue)
		if j == nil || j.Band != "unlikely" || !slices.Contains(j.Proposition.Events, "resign") {
			t.Errorf("%s %q: want unlikely on resigning at %q, got\n%s", c.lang, c.text, c.cue, dump(js))
		}
	}
}

// findFold returns the first judgement whose cue is cue, in any case.
func findFold(js []kent.Judgement, cue string) *kent.Judgement {
	for i := range js {
		if strings.EqualFold(js[i].Cue, cue) {
			return &js[i]
		}
	}
	return nil
}

// A subject that risks an event, or runs the danger of it, may well see
// it: about even ("is at risk of a recession", "droht eine Rezession",
// "risque de tomber en récession", "rischia di", "riskerar", "on
// vaarassa"). The noun "risks" ("the risks of a recession") is no such
// verb.
func TestRiskVerbsAreEven(t *testing.T) {
	cases := []struct{ lang, text, cue string }{
		{"en", "The economy is at risk of a recession this year, Jones said.", "is at risk of"},
		{"en", "Portugal runs the risk of a recession next year, Jones said.", "runs the risk of"},
		{"de", "Österreich droht eine Rezession, sagte Schneider.", "droht eine"},
		{"de", "Die Wirtschaft läuft Gefahr, in eine Rezession abzurutschen, sagte Schneider.", "läuft gefahr"},
		{"fr", "L'économie risque de basculer dans la récession cette année, selon Lefebvre.", "risque de"},
		{"es", "La economía corre el riesgo de entrar en recesión este año, según Fernández.", "corre el riesgo de"},
		{"it", "L'economia rischia di scivolare in recessione quest'anno, secondo Bianchi.", "rischia di"},
		{"nl", "De economie loopt het risico in een recessie te belanden, zegt De Vries.", "loopt het risico"},
		{"sv", "Ekonomin riskerar att hamna i recession i år, säger Lindqvist.", "riskerar"},
		{"fi", "Talous on vaarassa ajautua taantumaan tänä vuonna, sanoo Korhonen.", "on vaarassa"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := findFold(js, c.cue)
		if j == nil || j.Band != "roughly_even" || !slices.Contains(j.Proposition.Events, "recession") {
			t.Errorf("%s %q: want roughly_even on a recession at %q, got\n%s", c.lang, c.text, c.cue, dump(js))
		}
	}
	if j := findFold(judge(t, "en", "The risks of a recession are rising, Jones said."), "risks"); j != nil && j.Band == "roughly_even" {
		t.Errorf("the noun risks read as a verb of risking: %+v", j)
	}
}

// A confident cue that is its whole clause, after a sentence of its
// paragraph that judged an event, confirms that judgement on the side it
// leaned to: "Smith doubts the treaty will be signed. 'I'm very
// confident,' he said" is very likely no signing.
func TestConfidentEchoesTheJudgementBefore(t *testing.T) {
	cases := []struct {
		lang, text, cue string
		negated         bool
	}{
		{"en", "Jones thinks the treaty will be signed in May. \"I'm very confident,\" Jones said.", "I'm very confident", false},
		{"en", "Jones doubts that the treaty will be signed in May. \"I'm very confident,\" Jones said.", "I'm very confident", true},
		{"de", "Schneider glaubt, dass der Vertrag im Mai unterzeichnet wird. „Ich bin sehr zuversichtlich“, sagte Schneider.", "Ich bin sehr zuversichtlich", false},
		{"fr", "Selon Lefebvre, le traité sera probablement signé en mai. « Je suis très confiant », a dit Lefebvre.", "Je suis très confiant", false},
		{"it", "Bianchi pensa che il trattato sarà firmato a maggio. «Sono molto fiducioso», ha detto Bianchi.", "Sono molto fiducioso", false},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := findFold(js, c.cue)
		if j == nil || !slices.Contains(j.Proposition.Events, "deal") || j.Proposition.Negated != c.negated || j.Value <= 0.5 {
			t.Errorf("%s %q: want a confident judgement on the deal (negated %v) at %q, got\n%s", c.lang, c.text, c.negated, c.cue, dump(js))
		}
	}
}

// A belief verb with no complementizer ("Jones thinks Moscow will …") is
// the holder's: the clause judged starts at its subject, so the believer
// is not named in the proposition a brief shows; a negated belief keeps
// its whole clause, whose negation is the judgement's.
func TestBeliefWithoutComplementizer(t *testing.T) {
	j := findFold(judge(t, "en", "Jones believes Moscow will send more troops to the front."), "will")
	if j == nil || !strings.HasPrefix(j.Proposition.Text, "Moscow will send") {
		t.Errorf("want the judged clause to start at Moscow, got %+v", j)
	}
	j = findFold(judge(t, "en", "Analysts no longer believe Moscow will send more troops to the front."), "will")
	if j != nil && !j.Proposition.Negated && j.Value > 0.5 {
		t.Errorf("a negated belief read as a firm forecast: %+v", j)
	}
}

// A forecast of a possible event ("foresees a possible contraction",
// "rechnet mit einer möglichen Rezession", "prévoit une possible
// récession") is hedged by its adjective: about even, not a plain
// expectation.
func TestForecastOfPossibleEventIsEven(t *testing.T) {
	cases := []struct{ lang, text, cue string }{
		{"en", "The central bank foresees a possible recession in the autumn.", "foresees a possible"},
		{"en", "The institute expects a possible recession next year.", "expects a possible"},
		{"de", "Das Institut rechnet mit einer möglichen Rezession im Herbst.", "rechnet mit einer möglichen"},
		{"fr", "L'institut prévoit une possible récession à l'automne.", "prévoit une possible"},
		{"es", "El instituto prevé una posible recesión en otoño.", "prevé una posible"},
		{"it", "L'istituto prevede una possibile recessione in autunno.", "prevede una possibile"},
		{"nl", "Het instituut verwacht een mogelijke recessie in het najaar.", "verwacht een mogelijke"},
		{"sv", "Institutet förutser en möjlig recession i höst.", "förutser en möjlig"},
		{"fi", "Instituutti ennakoi mahdollisen taantuman syksyllä.", "ennakoi mahdollisen"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := findFold(js, c.cue)
		if j == nil || j.Band != "roughly_even" || !slices.Contains(j.Proposition.Events, "recession") {
			t.Errorf("%s %q: want roughly_even on a recession at %q, got\n%s", c.lang, c.text, c.cue, dump(js))
		}
	}
}

// An evidential adverb says what the holder takes to be so: "apparently
// does not want to send troops" is a likely judgement that the troops
// will not come ("offenbar", "apparemment", "al parecer", "a quanto
// pare", "blijkbaar", "tydligen", "ilmeisesti").
func TestApparentlyIsLikely(t *testing.T) {
	cases := []struct{ lang, text, cue string }{
		{"en", "The chancellor apparently does not want to send troops to Ukraine, the newspaper reported.", "apparently"},
		{"de", "Der Kanzler will offenbar keine Truppen in die Ukraine schicken, berichtete die Zeitung.", "offenbar"},
		{"fr", "Le chancelier ne veut apparemment pas envoyer de troupes en Ukraine, selon le journal.", "apparemment pas"},
		{"es", "Al parecer, el canciller no quiere enviar tropas a Ucrania, según el diario.", "al parecer"},
		{"it", "A quanto pare il cancelliere non vuole inviare truppe in Ucraina, secondo il giornale.", "a quanto pare"},
		{"nl", "De kanselier wil blijkbaar geen troepen naar Oekraïne sturen, meldt de krant.", "blijkbaar"},
		{"sv", "Förbundskanslern vill tydligen inte skicka trupper till Ukraina, rapporterar tidningen.", "tydligen"},
		{"fi", "Liittokansleri ei ilmeisesti halua lähettää joukkoja Ukrainaan, lehti kertoo.", "ilmeisesti"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := findFold(js, c.cue)
		// Against: an unlikely cue, or a likely one on the clause's negation.
		if j == nil || !slices.Contains(j.Proposition.Events, "military") || (j.Value < 0.5) == j.Proposition.Negated {
			t.Errorf("%s %q: want a judgement against sending troops at %q, got\n%s", c.lang, c.text, c.cue, dump(js))
		}
	}
}

// Another speaker's "I'm very confident" does not confirm the judgement
// before it (review32's input).
func TestEchoNeedsTheSameHolder(t *testing.T) {
	js := judge(t, "en", `Analyst Tom Doe doubts that Russia will attack Lithuania this year. "I'm very confident," said defence minister Anna Berg.`)
	for _, j := range js {
		if j.Holder != nil && j.Holder.Name == "Anna Berg" && len(j.Proposition.Events) > 0 {
			t.Errorf("Berg's confidence took Doe's event:\n%s", dump(js))
		}
	}
}

// "Premature to say whether" states uncertainty, about even; "a cut
// would be premature" stays unlikely (review32's inputs).
func TestPrematureToSayIsOpen(t *testing.T) {
	for _, c := range []struct{ lang, text string }{
		{"en", "It would be premature to say whether Russia will attack Lithuania, said analyst Mary Stone."},
		{"de", "Es wäre verfrüht zu sagen, ob Russland Litauen angreifen wird, sagte Peter Schulz."},
		{"fr", "Il serait prématuré de dire si la Russie attaquera la Lituanie, estime Paul Martin."},
	} {
		for _, j := range judge(t, c.lang, c.text) {
			if j.Value < 0.45 || j.Value > 0.55 {
				t.Errorf("%s %q: «%s» %.2f, want about even", c.lang, c.text, j.Cue, j.Value)
			}
		}
	}
}
