package estimate_test

import (
	"slices"
	"strings"
	"testing"
)

// Saying the time is not right for an event ("the time is not right for
// an invitation", "ahora no es el momento", "ist der Zeitpunkt nicht da")
// judges it unlikely now, in every language.
func TestTimeNotRightIsUnlikely(t *testing.T) {
	for _, c := range []struct{ lang, text, cue string }{
		{"en", "The analyst Ann Lee said the time is not right for an invitation to join the alliance.", "the time is not right"},
		{"en", "\"Now is not the time for a referendum,\" the minister Ann Lee said.", "Now is not the time"},
		{"es", "Según el ministro Juan Pérez, ahora no es el momento de un referéndum.", "no es el momento"},
		{"de", "„Für eine Einladung der Ukraine ist der Zeitpunkt nicht da“, sagte der Minister Paul Roth.", "ist der Zeitpunkt nicht da"},
		{"fr", "Selon le ministre Paul Martin, ce n'est pas le moment d'organiser un référendum.", "ce n'est pas le moment"},
		{"it", "Secondo il ministro Marco Rossi, non è il momento di un referendum.", "non è il momento"},
		{"nl", "Volgens minister Jan de Vries is de tijd nog niet rijp voor een referendum.", "de tijd nog niet rijp"},
		{"fi", "Ministeri Matti Virtasen mukaan aika ei ole kypsä kansanäänestykselle.", "aika ei ole kypsä"},
	} {
		js := judgeIn(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Band != "unlikely" || !slices.Contains(j.Proposition.Events, eventOf(c.text)) {
			t.Errorf("%s %q: want unlikely at %q about its event, got %+v", c.lang, c.text, c.cue, js)
		}
	}
}

func eventOf(text string) string {
	for _, w := range []string{"invit", "Einladung"} {
		if strings.Contains(text, w) {
			return "invite"
		}
	}
	return "referendum"
}

// An event said to be very hard to reach ("un consenso es muy difícil",
// "ausgesprochen schwierig sei, zu Neuwahlen zu kommen") is judged
// unlikely; difficulty with no event is no judgement on one.
func TestVeryDifficultIsUnlikely(t *testing.T) {
	for _, c := range []struct{ lang, text, cue, event string }{
		{"en", "A deal will be very difficult to reach, the mediator Ann Lee said.", "very difficult", "deal"},
		{"es", "Según el ministro Juan Pérez, un acuerdo entre los países es muy difícil.", "muy difícil", "deal"},
		{"fr", "Selon le diplomate Paul Martin, un accord sera très difficile.", "très difficile", "deal"},
		{"de", "Die Politologin Eva Roth sagte, dass es ausgesprochen schwierig sei, zu Neuwahlen zu kommen.", "ausgesprochen schwierig", "snap-election"},
		{"it", "Secondo il mediatore Marco Rossi, un accordo è molto difficile.", "molto difficile", "deal"},
		{"nl", "Een akkoord is zeer moeilijk, zegt bemiddelaar Jan de Vries.", "zeer moeilijk", "deal"},
		{"fi", "Sopimukseen pääseminen on erittäin vaikeaa, sanoo sovittelija Anna Korhonen.", "erittäin vaikeaa", "deal"},
	} {
		js := judgeIn(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Band != "unlikely" || !slices.Contains(j.Proposition.Events, c.event) {
			t.Errorf("%s %q: want unlikely at %q about %s, got %+v", c.lang, c.text, c.cue, c.event, js)
		}
	}
	js := judgeIn(t, "en", "The situation in the region is very difficult, the analyst Ann Lee said.")
	for _, j := range js {
		if len(j.Proposition.Events) > 0 {
			t.Errorf("a hard situation is no event: got %+v", j)
		}
	}
}

// "The end is near for X" says X's time in office is about up: very likely,
// and about resigning, as "his days are numbered" is.
func TestEndIsNear(t *testing.T) {
	for _, c := range []struct{ lang, text, cue string }{
		{"en", "The end is near for the prime minister, the analyst Ann Lee said.", "The end is near"},
		{"de", "Für den Kanzler ist das Ende nah, sagte der Politologe Paul Roth.", "ist das Ende nah"},
		{"fr", "Selon l'analyste Paul Martin, la fin est proche pour le Premier ministre.", "la fin est proche"},
		{"es", "Según el analista Juan Pérez, el final está cerca para el presidente.", "el final está cerca"},
		{"sv", "Slutet är nära för premiärministern, säger statsvetaren Anna Berg.", "Slutet är nära"},
	} {
		js := judgeIn(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Band != "very_likely" || !slices.Contains(j.Proposition.Events, "resign") {
			t.Errorf("%s %q: want very likely resign at %q, got %+v", c.lang, c.text, c.cue, js)
		}
	}
}

// German reported speech hedges with the Konjunktiv I "könne" as with
// "könnte"; a modal that only says how something may be described ("könne
// nicht mehr als mild bezeichnet werden", "can be described as") hedges
// nothing.
func TestReportedModalAndDescriptions(t *testing.T) {
	js := judgeIn(t, "de", "Die Notenbank könne im April die Zinsen erhöhen, sagte der Ökonom Paul Roth.")
	if j := find(js, "könne"); j == nil || j.Band != "roughly_even" || !slices.Contains(j.Proposition.Events, "rate-raise") {
		t.Errorf("könne: want about even on a rate rise, got %+v", js)
	}
	for _, c := range []struct{ lang, text string }{
		{"de", "Die Rezession könne nicht mehr als mild bezeichnet werden, sagte der Ökonom Paul Roth."},
		{"en", "The recession can no longer be described as mild, the economist Ann Lee said."},
		{"fr", "Selon l'économiste Paul Martin, la récession peut être qualifiée de grave."},
	} {
		if js := judgeIn(t, c.lang, c.text); len(js) > 0 {
			t.Errorf("%s %q: a description is no judgement, got %+v", c.lang, c.text, js)
		}
	}
}

// Forms of known cues split by the sentence around them.
func TestSplitCueForms(t *testing.T) {
	for _, c := range []struct{ lang, text, cue, band string }{
		{"de", "An einer Absetzung zweifelte in Berlin niemand mehr.", "zweifelte in Berlin niemand", "almost_certain"},
		{"de", "Für die Kanzlerin kommt ein Rücktritt nicht infrage, sagte ihr Sprecher Paul Roth.", "kommt ein Rücktritt nicht infrage", "almost_no_chance"},
		{"en", "\"We have never been this close to a deal,\" the mediator Ann Lee said.", "never been this close", "likely"},
		{"de", "Mit einer Zinssenkung im Juni wird allgemein gerechnet.", "gerechnet", "likely"},
	} {
		js := judgeIn(t, c.lang, c.text)
		if j := find(js, c.cue); j == nil || j.Band != c.band {
			t.Errorf("%s %q: want %s at %q, got %+v", c.lang, c.text, c.band, c.cue, js)
		}
	}
}
