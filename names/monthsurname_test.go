package names_test

import (
	"slices"
	"testing"
)

// A surname that is also a month's three-letter abbreviation ("lis" for
// listopad) is a name where a person's evidence says so. Written for this
// test.
func TestSurnameThatIsAMonthAbbreviation(t *testing.T) {
	p := processor(t)
	a := process(t, p, "pl", "Zdaniem analityka Tomasza Lisa członkostwo jest wykluczone.\n\nNa konferencji głos zabrał także Lis, który mówił o Gruzji.")
	var got []string
	for _, m := range a.Mentions {
		if m.Kind == "person" {
			got = append(got, m.Text)
		}
	}
	if !slices.Contains(got, "Lis") {
		t.Errorf("the surname Lis is not found alone: %q", got)
	}
}
