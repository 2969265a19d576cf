package estimate_test

import (
	"slices"
	"strings"
	"testing"
)

// A that-clause or whether-clause fronted before the cue's own clause is
// what the cue judges, when the cue's clause names no event itself: the
// sentences are written for this test.
func TestFrontedClauseIsJudged(t *testing.T) {
	cases := []struct{ lang, text, cue, event string }{
		{"de", "Dass Nordkorea eigene Truppen in den Krieg schickt, hält der Experte Markus Lenz für unwahrscheinlich.", "unwahrscheinlich", "military"},
		{"de", "Ob Nordkorea Truppen in den Krieg schickt, ist nach Ansicht von Peter Kohl völlig offen.", "offen", "military"},
		{"ru", "То, что КНДР отправит войска на войну, маловероятно, считает эксперт Олег Иванов.", "маловероятно", "military"},
		{"uk", "Те, що КНДР відправить війська на війну, малоймовірно, вважає експерт Олег Бондар.", "малоймовірно", "military"},
		{"fi", "Sitä, että Pohjois-Korea lähettää joukkoja sotaan, tutkija Mikko Salo pitää epätodennäköisenä.", "epätodennäköisenä", "military"},
		{"pl", "To, że Korea Północna wyśle wojska na wojnę, jest mało prawdopodobne – uważa ekspert Adam Lis.", "prawdopodobne", "military"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		found := false
		for _, j := range js {
			if strings.Contains(j.Cue, c.cue) && slices.Contains(j.Proposition.Events, c.event) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s %q: no judgement «%s» on %s:\n%s", c.lang, c.text, c.cue, c.event, dump(js))
		}
	}
}
