package lexicon

import (
	"slices"
	"strings"
	"testing"
)

// Every event family all.yaml declares has forms in every language Kent
// reads, so a question in any of them finds its family; there are at
// least 40 families beyond the opposites and flips.
func TestEveryFamilyInEveryLanguage(t *testing.T) {
	s := MustDefault()
	families := 0
	for _, ec := range s.EventConcepts() {
		if ec.Key {
			families++
		}
		for _, c := range s.Codes() {
			if len(s.Get(c).Events[ec.Name]) == 0 {
				t.Errorf("%s.yaml: event family %q has no forms", c, ec.Name)
			}
		}
	}
	if families < 40 {
		t.Errorf("%d key event families, want at least 40", families)
	}
}

// Stems match inflected words, whole words only where marked, and several
// words as a run; in six languages.
func TestEventIndexMatchesInflectedForms(t *testing.T) {
	s := MustDefault()
	cases := []struct{ lang, text, want string }{
		{"en", "ukraine is unlikely to join the union", "membership"},
		{"en", "trump will win the election", "win"},
		{"en", "a cold winter is expected", ""},
		{"de", "die ukraine wird der eu kaum beitreten", "membership"},
		{"de", "die ezb dürfte im juni eine zinssenkung beschließen", "rate-cut"},
		{"pl", "szanse na członkostwo są niewielkie", "membership"},
		{"pl", "zniesienie sankcji jest mało prawdopodobne", "sanction-lift"},
		{"ru", "россия вряд ли объявит дефолт", "default"},
		{"ru", "он не уйдет в отставку", "resign"},
		{"uk", "україна вступить до єс", "membership"},
		{"sv", "sverige kommer att gå med i nato", "membership"},
		{"sv", "regeringen vägrar", "refuse"},
		{"fr", "il va se retirer de la course", "withdraw"},
		{"es", "sánchez no dimitirá", "resign"},
		// Finnish: the -ko/-kö question clitic, case endings, both grades
		// of a stem (tulitauko, tulitauosta) and compounds (koronlasku).
		{"fi", "ekp nostaa korkoja heinäkuussa", "rate-raise"},
		{"fi", "eroaako pääministeri ennen vuoden loppua", "resign"},
		{"fi", "koronlasku kesäkuussa on epätodennäköinen", "rate-cut"},
		{"fi", "ukraina liittyy euroopan unioniin", "membership"},
		{"fi", "osapuolet sopivat tulitauosta", "ceasefire"},
		{"fi", "hallitus kieltäytyy", "refuse"},
		{"fi", "ekp alensi ohjauskorkojaan", "rate-cut"},
		{"fi", "kyselyn mukaan hallitus menee nurin", "collapse"},
		{"fi", "kylmä talvi on odotettavissa", ""},
		// Becoming head of state or government is winning the office.
		{"ru", "ле пен вряд ли станет президентом франции", "win"},
		{"uk", "вона навряд чи стане президентом", "win"},
		{"pl", "trudno, by zostać prezydentem", "win"},
		{"en", "she is unlikely to become president", "win"},
		{"sv", "hon kommer sannolikt att bli president", "win"},
		{"fr", "elle pourrait devenir présidente", "win"},
		{"fi", "hänet valitaan todennäköisesti presidentiksi", "win"},
		{"de", "sie dürfte kaum kanzlerin werden", "win"},
	}
	for _, c := range cases {
		got := NewEventIndex(s.Get(c.lang).Events).Concepts(strings.Fields(c.text))
		if c.want == "" {
			if slices.Contains(got, "win") {
				t.Errorf("%s %q: families %v, want no win", c.lang, c.text, got)
			}
			continue
		}
		if !slices.Contains(got, c.want) {
			t.Errorf("%s %q: families %v, want %s", c.lang, c.text, got, c.want)
		}
	}
}

// An article or possessive may stand in each gap of a multiword form
// (event_fillers), one per gap and never before the first word; in six
// languages.
func TestEventIndexSkipsFillers(t *testing.T) {
	s := MustDefault()
	cases := []struct {
		lang, text, want string
		match            bool
	}{
		{"en", "the eu is expected to lift its sanctions", "sanction-lift", true},
		{"en", "the bank will cut the the rates", "rate-cut", false}, // one filler per gap
		{"sv", "eu kommer att häva alla sanktionerna", "sanction-lift", true},
		{"pl", "unia może znieść wszystkie sankcje", "sanction-lift", true},
		{"ru", "ес может снять все санкции", "sanction-lift", true},
		{"uk", "єс може зняти всі санкції", "sanction-lift", true},
		{"fi", "eu voi purkaa kaikki pakotteet", "sanction-lift", true},
	}
	for _, c := range cases {
		l := s.Get(c.lang)
		got := NewEventIndex(l.Events).SkipBetween(l.EventFillers).Concepts(strings.Fields(c.text))
		if slices.Contains(got, c.want) != c.match {
			t.Errorf("%s %q: families %v, want %s: %v", c.lang, c.text, got, c.want, c.match)
		}
	}
}

// "..." in a form stands for up to six words of any kind, never more.
func TestEventIndexGaps(t *testing.T) {
	ix := NewEventIndex(map[string][]string{"breakdown": {"ceasefire ... collaps"}})
	for text, want := range map[string]bool{
		"the ceasefire collapsed": true,
		"the ceasefire between israel and hezbollah will probably collapse":                    true,
		"the ceasefire held for weeks while the talks on a wider deal in the region collapsed": false,
		"the talks collapsed before the ceasefire":                                             false,
	} {
		if got := len(ix.Concepts(strings.Fields(text))) > 0; got != want {
			t.Errorf("%q: matched %v, want %v", text, got, want)
		}
	}
}

// A phrase of a language's event_idioms names no event: "sin embargo" is
// however, not an embargo; "el embargo" still is one.
func TestEventIdiomsNameNoEvent(t *testing.T) {
	l := MustDefault().Get("es")
	ix := NewEventIndex(l.Events).Except(l.EventIdioms)
	if got := ix.Concepts([]string{"sin", "embargo", "es", "probable"}); len(got) != 0 {
		t.Errorf("sin embargo: %v, want none", got)
	}
	if got := ix.Concepts([]string{"el", "embargo", "es", "probable"}); len(got) != 1 || got[0] != "sanction" {
		t.Errorf("el embargo: %v, want sanction", got)
	}
}
