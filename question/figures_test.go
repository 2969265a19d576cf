package question_test

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// A holder's first figure in an article is their figure now; the figures
// that follow it (where it stood before, a peak) are listed with the voice
// and not averaged in, which would pull the holder's figure towards even.
func TestAHoldersFirstFigureStandsForTheirVoice(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Joe Biden withdraw from the presidential race?"})
	if err != nil {
		t.Fatal(err)
	}
	july := time.Date(2024, 7, 19, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"en", "Polymarket now puts the chance that Biden will withdraw from the race at 80%. Two days earlier Polymarket put the chance that Biden will withdraw from the race at 33%."},
		{"uk", "Polymarket оцінює ймовірність того, що Байден зніметься з перегонів, у 80%. Двома днями раніше Polymarket оцінював ймовірність того, що Байден зніметься з перегонів, у 33%."},
		{"fr", "Polymarket estime désormais à 80 % la probabilité que Biden se retire de la course. Deux jours plus tôt, Polymarket estimait à 33 % la probabilité que Biden se retire de la course."},
		{"pl", "Polymarket ocenia teraz szanse na wycofanie się Bidena z wyścigu na 80 proc. Dwa dni wcześniej Polymarket oceniał szanse na wycofanie się Bidena z wyścigu na 33 proc."},
		{"ru", "Polymarket оценивает вероятность того, что Байден снимется с гонки, в 80%. Двумя днями ранее Polymarket оценивал вероятность того, что Байден снимется с гонки, в 33%."},
		{"sv", "Polymarket bedömer nu sannolikheten att Biden hoppar av valet till 80 procent. Två dagar tidigare bedömde Polymarket sannolikheten att Biden hoppar av valet till 33 procent."},
	} {
		hits := judgements(t, p, c.lang, c.text, "f-"+c.lang, july)
		o := m.Outlook(q, hits, 1, question.Options{Now: july})
		if len(o.Contributions) != 1 || o.Pooled == nil || math.Abs(*o.Pooled-0.8) > 0.001 {
			t.Errorf("%s: want one voice at 0.80, got pooled %v: %+v (set aside %+v)", c.lang, o.Pooled, o.Contributions, o.SetAside)
			continue
		}
		if a := o.Contributions[0].AlsoIn; len(a) != 1 || !strings.Contains(a[0], "33") || !strings.Contains(a[0], "not averaged in") {
			t.Errorf("%s: want the earlier figure listed with the voice, got %v", c.lang, a)
		}
	}
}
