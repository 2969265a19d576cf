package question_test

import (
	"testing"
	"time"
)

// In a race, a figure or odds given to the question's person with no
// event named is the person's chance of winning it: "Bettors give Trump
// a 60% chance", "står Trump nu i 1,85".
func TestPersonsChanceInARace(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Donald Trump win the 2024 US presidential election?")
	oct := time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct{ lang, text, words string }{
		{"en", "Bettors now give Trump a 60% chance, the bookmaker Unibet said.", "60%"},
		{"sv", "Enligt spelbolaget Unibet står Trump nu i 1,85.", "1,85"},
		{"de", "Bei den Wettenden hat Trump derzeit eine Chance von 58 Prozent, sagte der Buchmacher.", "58 Prozent"},
		{"pl", "Według bukmacherów Trump ma obecnie 58 procent szans.", "58 procent"},
		{"fr", "Selon les parieurs, Trump a désormais 58 % de chances.", "58 %"},
	}
	for _, c := range cases {
		hits := judgements(t, p, c.lang, c.text, "c-"+c.lang, oct)
		if _, r := find(t, m, q, hits, c.words); !r.About {
			t.Errorf("%s: %q not read as Trump's chance to win: %+v", c.lang, c.text, r)
		}
	}
}
