package estimate_test

import (
	"strings"
	"testing"
)

// A pronoun standing for the event named before is the subject of a verb
// of occurrence: "this will not happen" says the event will not, and the
// belief verb that opens it is read against the event, not for it
// ("Wydaje mi się, że to nie stanie się dzisiaj" came out likely *for*
// the annexation). The negation counts once; without it, for.
func TestPronounThatWillNotHappen(t *testing.T) {
	for _, c := range []struct {
		lang, text string
		against    bool
	}{
		{"en", "Israel plans to annex parts of the West Bank. \"I think this will not happen this month,\" the minister said.", true},
		{"pl", "Izrael planuje aneksję części Zachodniego Brzegu. – Wydaje mi się, że to nie stanie się dzisiaj – powiedział minister.", true},
		{"ru", "Израиль планирует аннексию части Западного берега. «Думаю, что этого не произойдёт в июле», — сказал министр.", true},
		{"de", "Israel plant die Annexion von Teilen des Westjordanlands. „Ich glaube, dass das im Juli nicht passieren wird“, sagte der Minister.", true},
		{"sv", "Israel planerar att annektera delar av Västbanken. – Jag tror att det inte kommer att ske i juli, säger ministern.", true},
		{"fr", "Israël prévoit d'annexer une partie de la Cisjordanie. « Je pense que cela n'arrivera pas en juillet », a dit le ministre.", true},
		{"es", "Israel planea anexionar parte de Cisjordania. «Creo que eso no pasará en julio», dijo el ministro.", true},
		{"pl", "Izrael planuje aneksję części Zachodniego Brzegu. – Wydaje mi się, że to stanie się w lipcu – powiedział minister.", false},
		{"de", "Israel plant die Annexion von Teilen des Westjordanlands. „Ich glaube, dass das im Juli passieren wird“, sagte der Minister.", false},
	} {
		js := judgeIn(t, c.lang, c.text)
		found := false
		for _, j := range js {
			if j.Proposition.Span.Start < len("Israel") {
				continue // the plan in the first sentence
			}
			found = true
			if p := onEvent(j); c.against && p > 0.45 || !c.against && p < 0.55 {
				t.Errorf("%s %q: «%s» reads %.2f on the event (band %s, proposition negated %v), want %s", c.lang, c.text, j.Cue, p, j.Band, j.Proposition.Negated, map[bool]string{true: "against", false: "for"}[c.against])
			}
		}
		if !found {
			t.Errorf("%s %q: no judgement on the second sentence: %+v", c.lang, c.text, js)
		}
	}
}

// A verb of happening that is also a copula or a verb of motion reads as
// the event's occurrence only after a pronoun for the event: "mobilizacja
// stanie się okazją" is what the mobilisation will become, "arrivera à
// Paris" a journey.
func TestHappeningNeedsAPronoun(t *testing.T) {
	for _, c := range []line{
		{"pl", "Doradca napisał, że mobilizacja stanie się dla urzędników okazją do zarobku."},
		{"fr", "Le négociateur arrivera à Genève lundi pour les pourparlers."},
		{"es", "El ministro pasará por Bruselas antes de la cumbre."},
	} {
		for _, j := range judgeIn(t, c.lang, c.text) {
			if j.Categorical {
				t.Errorf("%s %q: «%s» read as a categorical forecast of %v", c.lang, c.text, j.Cue, j.Proposition.Events)
			}
		}
	}
}

// Denying that something is possible says it is impossible: "nicht
// möglich", "non è possibile" read against (as "unmöglich", "невозможно"
// do), not about even, where turning the middle band round left them.
// "Not possible to say whether" stays stated uncertainty.
func TestNotPossibleIsImpossible(t *testing.T) {
	for _, c := range []line{
		{"de", "Ein Gasembargo ist derzeit nicht möglich, sagte der Minister."},
		{"it", "«Al momento non è possibile tagliare le forniture di gas», ha detto il ministro."},
		{"fr", "Un embargo sur le gaz n'est pas possible pour le moment, a déclaré le ministre."},
		{"es", "Un embargo del gas no es posible por ahora, dijo el ministro."},
		{"pl", "Embargo na gaz nie jest obecnie możliwe – powiedział minister."},
	} {
		js := judgeIn(t, c.lang, c.text)
		if len(js) != 1 || onEvent(js[0]) > 0.1 || js[0].Modal {
			t.Errorf("%s %q: want one judgement of almost no chance, got %+v", c.lang, c.text, js)
		}
	}
	for _, c := range []line{
		{"it", "Non è possibile dire se la Bce taglierà i tassi a giugno."},
		{"es", "No es posible saber si el BCE bajará los tipos en junio."},
	} {
		for _, j := range judgeIn(t, c.lang, c.text) {
			if onEvent(j) < 0.3 {
				t.Errorf("%s %q: «%s» reads %.2f: want stated uncertainty, not impossibility", c.lang, c.text, j.Cue, onEvent(j))
			}
		}
	}
}

// "This will not happen" after a sentence that names no event forecasts
// nothing Kent can name: no judgement is read, and none of the other
// way round (a belief verb left holding "this will not happen" as likely).
func TestPronounWithNoEventBeforeReadsNothing(t *testing.T) {
	for _, c := range []line{
		{"ru", "Эксперт допускает, что положение могло бы измениться, если бы бюджет пересмотрели. Однако, как считает Кемп, этого не произойдёт."},
		{"pl", "Sytuacja mogłaby się zmienić, gdyby zmieniono budżet. – Wydaje mi się, że to nie stanie się szybko – powiedział ekspert."},
		{"de", "Die Lage könnte sich ändern, wenn der Haushalt anders verteilt würde. „Ich glaube, dass das nicht passieren wird“, sagte der Experte."},
	} {
		for _, j := range judgeIn(t, c.lang, c.text) {
			if strings.Contains(j.Proposition.Text, "произойдёт") || strings.Contains(j.Proposition.Text, "stanie") || strings.Contains(j.Proposition.Text, "passieren") {
				if len(j.Proposition.Events) == 0 && onEvent(j) > 0.5 {
					t.Errorf("%s %q: «%s» reads %.2f for an unnamed event", c.lang, c.text, j.Cue, onEvent(j))
				}
			}
		}
	}
}
