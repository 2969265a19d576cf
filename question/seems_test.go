package question_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// "The deal seems, though, less and less realistic": a verb of seeming
// whose proposition ends at it, followed in its clause by how the thing
// seems, is one statement whose degree is the predicate's, not a "likely"
// beside an "unlikely" averaged to even, and about what the seeming
// verb's subject is about (the predicate alone reads as "realistic").
// The seeming verb is set aside with its reason; a negation in the
// predicate is read once ("scheint aber kaum wahrscheinlich" is
// unlikely, not turned round to likely).
func TestSeemingThenItsPredicateIsOneStatement(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Ukraine join the European Union by 2030?"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lang, text string
		opener     bool // the seeming verb is a judgement of its own
	}{
		{"pl", "Po kilku tygodniach rozmów wejście Ukrainy do UE do 2030 roku wydaje się jednak coraz mniej realne.", true},
		{"pl", "Członkostwo Ukrainy w UE do 2030 roku wydaje się teraz mało prawdopodobne.", true},
		{"de", "Ein EU-Beitritt der Ukraine bis 2030 scheint aber kaum wahrscheinlich.", true},
		{"en", "Ukraine's accession to the EU by 2030 seems now unlikely.", false},
		{"sv", "Ett ukrainskt EU-medlemskap före 2030 verkar dock osannolikt.", false},
		{"ru", "Вступление Украины в ЕС до 2030 года кажется теперь маловероятным.", false},
	} {
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "x", time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)), 1, question.Options{})
		if o.Pooled == nil || *o.Pooled >= 0.45 || len(o.Contributions) != 1 {
			t.Errorf("%s %q: want one voice against; pooled %v %+v", c.lang, c.text, o.Pooled, o.Contributions)
			continue
		}
		opener := false
		for _, s := range o.SetAside {
			opener = opener || strings.Contains(s.Reason, "one statement")
		}
		if c.opener && !opener {
			t.Errorf("%s %q: the seeming verb is listed set aside with its reason: %+v", c.lang, c.text, o.SetAside)
		}
	}
}
