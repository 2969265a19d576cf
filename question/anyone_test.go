package question_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// "Will the ceasefire hold?" names an event and no one: Kent reads it as a
// question on that event wherever the articles put it, says so at the top,
// and pools the judgements on it, whoever they name. With neither a
// subject nor an event, the question is still refused with what it lacks.
func TestQuestionWithoutSubject(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will the ceasefire hold?"})
	if err != nil {
		t.Fatalf("Understand: %v", err)
	}
	if s := m.Frame(q).Summary; !strings.Contains(s, "subject any") || q.Family != "ceasefire" {
		t.Errorf("understood %q, family %q; want any subject, ceasefire", s, q.Family)
	}
	day := time.Date(2024, 12, 10, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text, want string }{
		{"en", "The truce between Israel and Hezbollah will probably hold, the analyst Jane Doe said.", "for"},
		{"de", "Die Waffenruhe wird nach Ansicht des Experten Jan Berg wahrscheinlich nicht halten.", "against"},
	} {
		hits := titled(t, p, c.lang, "Truce", c.text, day)
		o := m.Outlook(q, hits, 1, question.Options{Now: day})
		if len(o.Contributions) != 1 || o.Direction != c.want {
			t.Errorf("%s: pooled %+v, direction %q, set aside %+v; want one judgement %s", c.lang, o.Contributions, o.Direction, o.SetAside, c.want)
		}
	}
	// What it sets aside says why without naming a subject it has not.
	hits := titled(t, p, "en", "Truce", "The central bank will probably cut rates in June, the analyst Jane Doe said.", day)
	o := m.Outlook(q, hits, 1, question.Options{Now: day})
	if len(o.SetAside) != 1 || strings.Contains(o.SetAside[0].Reason, "names ;") || !strings.Contains(o.SetAside[0].Reason, "the predicate is not") {
		t.Errorf("set aside %+v; want one, with the predicate as the reason", o.SetAside)
	}
	if _, err := m.Understand(question.Question{Text: "Will it happen soon?"}); err == nil || !strings.Contains(err.Error(), "lacks a subject") {
		t.Errorf("a question with no subject and no event: error %v, want it to name what it lacks", err)
	}
}
