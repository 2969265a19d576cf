package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// A pronoun that stands for the sentence before stands for its whole
// clause: an opposite of the event ("Sánchez will stay on as prime
// minister. This is very likely") makes the judgement one against it, and
// a negation, under a cue that says it is so ("Sánchez will not resign.
// This is almost certain"), does too. The first was set aside as not on
// resigning; the second was pooled at 0.97 for it.
func TestPronounTakesTheWholeClauseBefore(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Pedro Sánchez resign as Prime Minister of Spain in April 2024?")
	day := time.Date(2024, 4, 26, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text, cue string }{
		{"en", "Pedro Sánchez will stay on as prime minister. This is very likely, the analyst Diego Bayón said.", "very likely"},
		{"pl", "Pedro Sánchez pozostanie premierem. To bardzo prawdopodobne, powiedział analityk Diego Bayón.", "bardzo prawdopodobne"},
		{"ru", "Педро Санчес останется на посту премьера. Это весьма вероятно, сказал аналитик Диего Байон.", "весьма вероятно"},
		{"es", "Pedro Sánchez seguirá en el cargo. Esto es muy probable, dijo el analista Diego Bayón.", "muy probable"},
		{"sv", "Pedro Sánchez sitter kvar som premiärminister. Det är mycket sannolikt, säger analytikern Diego Bayón.", "mycket sannolikt"},
		{"en", "Pedro Sánchez will not resign. This is almost certain, the analyst Diego Bayón said.", "almost certain"},
		{"de", "Pedro Sánchez wird nicht zurücktreten. Das ist sehr wahrscheinlich, sagt der Analyst Diego Bayón.", "sehr wahrscheinlich"},
	} {
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "whole-"+c.lang, day), 1, question.Options{Now: day})
		found := false
		for _, k := range o.Contributions {
			if k.Cue != c.cue {
				continue
			}
			found = true
			if k.P >= 0.5 {
				t.Errorf("%s %q: «%s» pooled at %.2f, want against resigning", c.lang, c.text, k.Cue, k.P)
			}
		}
		if !found {
			t.Errorf("%s %q: «%s» not pooled; pooled %+v, set aside %+v", c.lang, c.text, c.cue, o.Contributions, o.SetAside)
		}
	}
}
