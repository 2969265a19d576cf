package question_test

import (
	"testing"

	"github.com/kentnews/kent/question"
)

// A question's subject named in the possessive or the genitive is shown
// by its name: "Will Moldova's referendum pass?" is understood as subject
// Moldova, not "Moldova's"; "Armeniens Austritt" as Armenien.
func TestPossessiveSubjectIsNamedWithoutItsEnding(t *testing.T) {
	m, _, _ := setup(t)
	for _, c := range []struct{ text, want string }{
		{"Will Moldova's referendum on EU membership pass in 2024?", "Moldova"},
		{"Will Armenia’s exit from the CSTO happen by 2026?", "Armenia"},
		{"Wird Moldaus Referendum über den EU-Beitritt angenommen?", "Moldau"},
		{"Wird Armeniens Austritt bis 2026 erfolgen?", "Armenien"},
		{"Kommer Moldaviens folkomröstning om EU att gå igenom i år?", "Moldavien"},
		{"Will NATO's summit invite Ukraine to join?", "NATO"},
	} {
		q, err := m.Understand(question.Question{Text: c.text})
		if err != nil {
			t.Fatal(err)
		}
		if q.Subject == nil || q.Subject.Name != c.want {
			t.Errorf("%q: subject %+v, want %s", c.text, q.Subject, c.want)
		}
	}
}
