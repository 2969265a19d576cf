package estimate_test

import (
	"strings"
	"testing"
)

// A negation that compares does not deny: "never been so likely" says it
// is likely now, more than ever, in every language.
func TestComparativeNeverIsNoNegation(t *testing.T) {
	for _, c := range []struct{ lang, text, cue string }{
		{"en", "An early election has never been so likely, the analyst Ann Lee said.", "likely"},
		{"de", "Vorgezogene Wahlen waren noch nie so wahrscheinlich wie heute.", "wahrscheinlich"},
		{"de", "Neuwahlen schienen noch nie so realistisch wie in diesem Herbst.", "realistisch"},
		{"pl", "Przedterminowe wybory nigdy nie były tak prawdopodobne – uważa politolog Jan Nowak.", "prawdopodobne"},
		{"ru", "«Досрочные выборы никогда ещё не были так вероятны», – сказал политолог Иван Петров.", "вероятны"},
		{"uk", "«Дострокові вибори ніколи ще не були так ймовірні», – сказав політолог Іван Петренко.", "ймовірні"},
		{"sv", "– Ett nyval har aldrig varit så sannolikt, säger statsvetaren Anna Berg.", "sannolikt"},
		{"it", "Secondo il politologo Marco Rossi, elezioni anticipate non sono mai state così probabili.", "probabili"},
		{"es", "Según el politólogo Juan Pérez, unas elecciones anticipadas nunca han sido tan probables.", "probables"},
		{"fr", "Selon le diplomate Paul Martin, les chances d'un accord n'ont jamais été aussi bonnes.", "bonnes"},
	} {
		js := judgeIn(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Value <= 0.5 || j.Negated {
			t.Errorf("%s %q: want a likely judgement at %q, got %+v", c.lang, c.text, c.cue, js)
		}
	}
	// A plain negation still denies.
	for _, c := range []struct{ lang, text, cue string }{
		{"de", "Neuwahlen sind nicht wahrscheinlich, sagte die Politologin Eva Roth.", "nicht wahrscheinlich"},
		{"it", "Secondo il politologo Marco Rossi, elezioni anticipate non sono probabili.", "probabili"},
	} {
		js := judgeIn(t, c.lang, c.text)
		if len(js) == 0 || js[0].Value >= 0.5 {
			t.Errorf("%s %q: want an unlikely judgement, got %+v", c.lang, c.text, js)
		}
	}
}

// How far off the event is, said as distance, is a band: "still a long
// way off" unlikely, "no longer far off" likely.
func TestNearnessIdioms(t *testing.T) {
	for _, c := range []struct{ lang, text, band string }{
		{"en", "A settlement is still a long way off, the mediator Ann Lee said.", "unlikely"},
		{"de", "Eine Einigung ist noch weit entfernt, sagte der Vermittler Paul Roth.", "unlikely"},
		{"fr", "Selon le médiateur Paul Martin, un compromis est encore loin.", "unlikely"},
		{"pl", "Do porozumienia jest jeszcze daleko – ocenił mediator Jan Nowak.", "unlikely"},
		{"ru", "По словам посредника Ивана Петрова, до соглашения ещё далеко.", "unlikely"},
		{"uk", "За словами посередника Івана Петренка, до угоди ще далеко.", "unlikely"},
		{"sv", "En uppgörelse är fortfarande långt borta, säger medlaren Anna Berg.", "unlikely"},
		{"it", "Secondo il mediatore Marco Rossi, l'intesa è ancora lontana.", "unlikely"},
		{"es", "Según el mediador Juan Pérez, el pacto está todavía lejos.", "unlikely"},
		{"fr", "Selon le médiateur Paul Martin, un compromis n'est plus très loin.", "likely"},
		{"ru", "По словам посредника Ивана Петрова, соглашение уже не за горами.", "likely"},
		{"en", "A settlement is no longer far off, the mediator Ann Lee said.", "likely"},
	} {
		js := judgeIn(t, c.lang, c.text)
		if len(js) != 1 || js[0].Band != c.band {
			t.Errorf("%s %q: want %s, got %+v", c.lang, c.text, c.band, js)
		}
	}
}

// A quotation of the holder's hedge with its modifier ("hält Neuwahlen
// für „relativ unwahrscheinlich“") does not cut the proposition at the
// quote mark: what is judged stands before it.
func TestQuotedHedgeKeepsItsProposition(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"de", "Die Politologin Eva Roth hält Neuwahlen für „relativ unwahrscheinlich“.", "Neuwahlen"},
		{"en", "The analyst Ann Lee called an early vote “highly unlikely”.", "early vote"},
		{"pl", "Politolog Jan Nowak uznał przedterminowe wybory za „raczej mało prawdopodobne”.", "wybory"},
		{"sv", "Statsvetaren Anna Berg kallade ett nyval ”mycket osannolikt”.", "nyval"},
		{"fr", "Le politologue Paul Martin juge des élections anticipées « très improbables ».", "élections"},
		{"it", "Il politologo Marco Rossi definisce le elezioni anticipate «molto improbabili».", "elezioni"},
	} {
		js := judgeIn(t, c.lang, c.text)
		if len(js) == 0 || !strings.Contains(js[0].Proposition.Text, c.want) {
			t.Errorf("%s %q: want a proposition with %q, got %+v", c.lang, c.text, c.want, js)
		}
	}
}

// A decimal comma is no clause boundary: "um 0,4 Prozent schrumpfen"
// stays whole in the proposition.
func TestDecimalCommaKeepsTheClause(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"de", "Die Wirtschaft dürfte um 0,4 Prozent schrumpfen.", "0,4 Prozent schrumpfen"},
		{"ru", "ВВП, вероятно, сократится на 0,7 процента.", "0,7 процента"},
		{"pl", "PKB prawdopodobnie skurczy się o 0,3 proc. w tym roku.", "0,3 proc"},
		{"fr", "Le PIB devrait probablement reculer de 0,4 % cette année.", "0,4 %"},
		{"sv", "BNP kommer sannolikt att krympa med 0,4 procent i år.", "0,4 procent"},
		{"it", "Il Pil probabilmente calerà dello 0,4 per cento quest'anno.", "0,4 per cento"},
	} {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || strings.Contains(j.Proposition.Text, c.want)
		}
		if !ok {
			t.Errorf("%s %q: want a proposition with %q, got %+v", c.lang, c.text, c.want, js)
		}
	}
}
