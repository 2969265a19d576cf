package names_test

import (
	"testing"
)

// Two names in two cases in one capitalised run are two mentions: a
// genitive source and the nominative subject after it. A name wholly in
// one case, or with an indeclinable surname, stays one.
func TestCaseBreaksARun(t *testing.T) {
	p := processor(t)
	for _, c := range []struct {
		lang, text string
		want       []string // mention texts, in order
	}{
		{"pl", "Zdaniem politologa Jana Nowaka Johnson nie wygra wyborów.", []string{"Jana Nowaka", "Johnson"}},
		{"ru", "По мнению политолога Ивана Петрова Байден снимет кандидатуру.", []string{"Ивана Петрова", "Байден"}},
		{"uk", "На думку політолога Івана Петренка Байден зніме кандидатуру.", []string{"Івана Петренка", "Байден"}},
		{"pl", "Słowa Władimira Władimirowicza Putina padły rano.", []string{"Władimira Władimirowicza Putina"}},
		{"pl", "Zdaniem premier Anny Kallas Estonia się nie ugnie.", nil},
	} {
		a := process(t, p, c.lang, c.text)
		var got []string
		for _, m := range a.Mentions {
			if m.Kind == "person" {
				got = append(got, m.Text)
			}
		}
		if c.want == nil {
			for _, m := range got {
				if m == "Anny" {
					t.Errorf("%s: an indeclinable surname cut from its given name: %q", c.lang, got)
				}
			}
			continue
		}
		if len(got) != len(c.want) {
			t.Errorf("%s %q: persons %q, want %q", c.lang, c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s %q: persons %q, want %q", c.lang, c.text, got, c.want)
				break
			}
		}
	}
}
