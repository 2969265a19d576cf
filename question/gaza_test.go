package question_test

import (
	"testing"
	"time"
)

// The Gaza Strip is a place in every language, its case forms that are
// other words in lower case ("gazy" are gases, "газа" gas's genitive)
// matched capitalised: "Will the ceasefire in Gaza hold?" asks about a
// place, not a person called Gaza.
func TestGazaIsAPlace(t *testing.T) {
	m, _, _ := setup(t)
	for _, text := range []string{
		"Will the ceasefire in Gaza hold?",
		"Czy rozejm w Strefie Gazy się utrzyma?",
		"Продержится ли перемирие в секторе Газа?",
		"Hält die Waffenruhe im Gazastreifen?",
	} {
		q := understand(t, m, text)
		if q.Subject == nil || q.Subject.Kind != "place" || q.Subject.Key != "Gaza" || q.Family != "ceasefire" {
			t.Errorf("%q: subject %+v, family %q; want the place Gaza and a ceasefire", text, q.Subject, q.Family)
		}
	}
	q := understand(t, m, "Czy Unia nałoży embargo na rosyjskie gazy i ropę w tym roku?")
	for _, p := range q.Places {
		if p == "Gaza" {
			t.Errorf("gas read as Gaza: places %v", q.Places)
		}
	}
}

// Of a question on a truce, a deal or talks, a place the question names
// beside its parties is where the event happens: an article whose title
// names it ("Koniec wojny w Strefie Gazy") is on the question's truce,
// now that Gaza is a place Kent knows.
func TestSitedSettingMakesTopic(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Israel and Hamas agree a Gaza ceasefire before 20 January 2025?")
	jan := time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, title, text string }{
		{"pl", "Rozejm w Strefie Gazy coraz bliżej", "Według mediatora Jana Nowaka zawieszenie broni jest bardzo prawdopodobne w tym tygodniu."},
		{"en", "Gaza truce within days?", "A ceasefire is likely within days, mediator John Reed said."},
	} {
		hits := titled(t, p, c.lang, c.title, c.text, jan)
		if len(hits) == 0 {
			t.Fatalf("%s: no judgement in %q", c.lang, c.text)
		}
		if r := m.Relevances(q, hits)[0]; !r.About {
			t.Errorf("%s %q under %q: %+v; want it on the question's truce", c.lang, c.text, c.title, r)
		}
	}
}
