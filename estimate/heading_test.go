package estimate_test

import (
	"strings"
	"testing"

	"github.com/kentnews/kent"
)

// A named speaker's present of motion into an event ("we are heading into
// a recession") is a very likely judgement of it, held by the speaker.
func TestHeadingIntoAnEvent(t *testing.T) {
	cases := []struct{ lang, text, event, holder string }{
		{"en", "“We are heading into a recession,” said Anna Berg, chief economist at Nordbank.", "recession", "Anna Berg"},
		{"de", "„Wir schlittern in eine Rezession“, sagte der Ökonom Klaus Weber.", "recession", "Klaus Weber"},
		{"de", "„Wir gehen in eine Winter-Rezession“, sagt Klaus Weber.", "", "Klaus Weber"},
		{"pl", "– Zmierzamy do recesji – powiedział ekonomista Jan Nowak.", "recession", "Jan Nowak"},
		{"ru", "«Мы движемся к рецессии», — заявил экономист Иван Петров.", "recession", "Иван Петров"},
		{"fr", "« L'Allemagne se dirige vers une récession », a déclaré l'économiste Marie Dubois.", "recession", "Marie Dubois"},
		{"sv", "– Vi är på väg mot en recession, säger ekonomen Karin Lund.", "recession", "Karin Lund"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := aboutEvent(js, c.event)
		if c.event == "" && len(js) > 0 {
			j = &js[0] // a compound's event ("Winter-Rezession") is the question's to see
		}
		if j == nil {
			t.Errorf("%s %q: no judgement about %s in\n%s", c.lang, c.text, c.event, dump(js))
			continue
		}
		if j.Band != "very_likely" {
			t.Errorf("%s %q: band %s, want very_likely", c.lang, c.text, j.Band)
		}
		if h := holderName(j); !strings.Contains(c.holder, h) || h == "" {
			t.Errorf("%s %q: holder %q, want %q", c.lang, c.text, h, c.holder)
		}
	}
}

// The author's narration of where things head, motion toward what is no
// event, and a negated heading are not a very likely judgement.
func TestHeadingWithoutSpeakerOrEvent(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"en", "The country is heading into a recession after a weak winter."},
		{"en", "“We are heading into a long weekend,” said Anna Berg."},
		{"de", "Deutschland rutscht in eine Rezession, heißt es im Bericht des Instituts."},
		{"pl", "– Zmierzamy do domu – powiedział Jan Nowak."},
		{"ru", "«Мы движемся к морю», — сказал Иван Петров."},
		{"sv", "– Vi är på väg mot Stockholm, säger Karin Lund."},
	}
	for _, c := range cases {
		for _, j := range judge(t, c.lang, c.text) {
			if j.Band == "very_likely" {
				t.Errorf("%s %q: want no very likely judgement, got\n%s", c.lang, c.text, dump([]kent.Judgement{j}))
			}
		}
	}
}

// A Slavic future of falling into an event ("скатится в рецессию",
// "wpadnie w recesję") is a forecast of it, like "will".
func TestFallingIntoAnEvent(t *testing.T) {
	cases := []struct{ lang, text string }{
		{"ru", "«Экономика Германии скатится в рецессию», — заявил экономист Иван Петров."},
		{"pl", "– Niemiecka gospodarka wpadnie w recesję – powiedział ekonomista Jan Nowak."},
		{"uk", "«Економіка Німеччини скотиться в рецесію», — заявив економіст Іван Петренко."},
	}
	for _, c := range cases {
		j := aboutEvent(judge(t, c.lang, c.text), "recession")
		if j == nil || j.Band == "" || j.Value <= 0.5 {
			t.Errorf("%s %q: want a judgement for a recession, got %v", c.lang, c.text, j)
		}
	}
}
