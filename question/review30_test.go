package question_test

import "testing"

// Questions a review found misread: lifting a veto asks about the veto,
// negated ("Will Hungary lift its veto?" was a veto asked for); a Dutch
// stem of delay ("vertraging") no longer takes the German "Vertrag"
// (treaty) and negates the question; Dutch blocking forms are read;
// an Italian gap form for sending arms no longer takes "invited …
// armistice"; and a shutdown needs the government, not any closure.
func TestReviewedQuestionFrames(t *testing.T) {
	m, _, _ := setup(t)
	for _, c := range []struct {
		text, family string
		negated      bool
	}{
		{"Will Hungary lift its veto on Ukraine's EU accession?", "veto", true},
		{"Wird Ungarn sein Veto gegen den Beitritt der Ukraine aufheben?", "veto", true},
		{"Снимет ли Венгрия вето на вступление Украины?", "veto", true},
		{"Will Hungary veto the opening of EU accession negotiations with Ukraine?", "veto", false},
		{"Wird Russland den Vertrag mit der Ukraine unterzeichnen?", "deal", false},
		{"Hongarije blokkeert de toetredingsgesprekken met Oekraïne?", "veto", false},
		{"Will Putin invite Zelensky to armistice talks?", "ceasefire", false},
	} {
		q := understand(t, m, c.text)
		if q.Family != c.family || q.Negated != c.negated {
			t.Errorf("%q: family %q, negated %v; want %s, negated %v", c.text, q.Family, q.Negated, c.family, c.negated)
		}
	}
}
