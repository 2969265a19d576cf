package meta

import (
	"testing"
	"time"

	dps "github.com/markusmobius/go-dateparser"

	"github.com/kentnews/kent/lexicon"
)

func TestFindDate(t *testing.T) {
	now := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text, lang string
		want       time.Time
	}{
		{"Apr 14, 2022, 1:52 PM, atnaujinta Apr 14, 2022, 1:53 PM", "en", time.Date(2022, 4, 14, 13, 52, 0, 0, time.UTC)},
		{"Publicerad 14 april 2022", "sv", time.Date(2022, 4, 14, 0, 0, 0, 0, time.UTC)},
		{"03.05.2022 13:58", "de", time.Date(2022, 5, 3, 13, 58, 0, 0, time.UTC)},
		{"03.05.2022 13:58", "ru", time.Date(2022, 5, 3, 13, 58, 0, 0, time.UTC)},
		{"14 квітня 2022", "uk", time.Date(2022, 4, 14, 0, 0, 0, 0, time.UTC)},
	}
	for _, c := range cases {
		got, ok := FindDate(c.text, c.lang, now)
		if !ok || !got.Equal(c.want) {
			t.Errorf("FindDate(%q, %s) = %v %v, want %v", c.text, c.lang, got, ok, c.want)
		}
	}
	if _, ok := FindDate("No date in this line at all.", "en", now); ok {
		t.Error("found a date where there is none")
	}
}

func TestDomainLine(t *testing.T) {
	if d, ok := DomainLine("Lrytas.lt"); !ok || d != "Lrytas.lt" {
		t.Errorf("Lrytas.lt: %q %v", d, ok)
	}
	for _, s := range []string{"Related Articles", "Visit lrytas.lt today", "3.5"} {
		if _, ok := DomainLine(s); ok {
			t.Errorf("%q taken for a domain", s)
		}
	}
	if got := OutletFromURL("https://www.lrytas.lt/pasaulis/x"); got != "lrytas.lt" {
		t.Errorf("OutletFromURL = %q", got)
	}
}

// A dateline's label or the word before its time must not make the parser
// fall back to today.
func TestFindDateKeepsThePrintedYear(t *testing.T) {
	now := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ text, lang string }{{"Publicerad 14.03.2022 kl. 09:12", "sv"}, {"14.03.2022, 09:12", "de"}} {
		got, ok := FindDate(c.text, c.lang, now)
		if ok && got.Year() != 2022 {
			t.Errorf("FindDate(%q) = %v, not in 2022", c.text, got)
		}
	}
	if got, ok := FindDate("14.03.2022, 09:12", "de", now); !ok || !got.Equal(time.Date(2022, 3, 14, 9, 12, 0, 0, time.UTC)) {
		t.Errorf("FindDate(14.03.2022, 09:12) = %v %v", got, ok)
	}
}

// Every language Kent has a lexicon for reads its dates in its own words:
// adding a language (a lexicon file) needs no change here, so
// go-dateparser must know each one.
func TestEveryLexiconLanguageReadsItsDates(t *testing.T) {
	lex := lexicon.MustDefault()
	p := &dps.Parser{}
	for _, c := range lex.Codes() {
		if !dateLangs()[c] {
			t.Errorf("%s: not a date language", c)
		}
		if _, err := p.Parse(&dps.Configuration{Languages: []string{c}}, "2022-03-14"); err != nil {
			t.Errorf("%s: go-dateparser: %v", c, err)
		}
	}
	now := time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, text := range []string{"Julkaistu 14. maaliskuuta 2022", "päivitetty 14.3.2022 klo 9.12", "maanantaina 14. maaliskuuta 2022"} {
		got, ok := FindDate(text, "fi", now)
		if !ok || got.Year() != 2022 || got.Month() != time.March || got.Day() != 14 {
			t.Errorf("fi %q: %v %v", text, got, ok)
		}
	}
	if _, err := p.Parse(&dps.Configuration{Languages: []string{"xx"}}, "2022-03-14"); err == nil {
		t.Error("go-dateparser accepts an unknown language code: the check above proves nothing")
	}
}
