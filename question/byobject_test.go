package question_test

import (
	"testing"
	"time"
)

// A family the question's object does to its subject (lexicon:
// by_object): the alliance invites the country. "NATO will not invite
// Georgia" is the question's event, however its subject is the question's
// object; a turn of roles in another family stays another event
// (TestTurnedRolesAreAnotherEvent keeps "Canada will impose tariffs on China").
func TestObjectInvitesSubject(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Georgia be invited to join NATO at the summit in July 2026?")
	at := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text, words string }{
		{"en", "NATO will probably not extend a membership invitation to Georgia at the summit, the analyst Anna Berg said.", "probably"},
		{"de", "Die NATO wird Georgien beim Gipfel wahrscheinlich nicht einladen, sagte die Analystin Anna Berg.", "wahrscheinlich"},
		{"pl", "NATO prawdopodobnie nie zaprosi Gruzji na szczycie – uważa analityczka Anna Nowak.", "prawdopodobnie"},
		{"ru", "По мнению аналитика Анны Ивановой, НАТО, вероятно, не пригласит Грузию на саммите.", "вероятно"},
		{"uk", "На думку аналітикині Анни Петренко, НАТО, ймовірно, не запросить Грузію на саміті.", "ймовірно"},
		{"sv", "Nato kommer sannolikt inte att bjuda in Georgien vid toppmötet, säger analytikern Anna Berg.", "sannolikt"},
	} {
		hits := judgements(t, p, c.lang, c.text, "inv-"+c.lang, at)
		if _, r := find(t, m, q, hits, c.words); !r.About {
			t.Errorf("%s: %q: %+v, want about Georgia's invitation", c.lang, c.text, r)
		}
	}
}
