package clean

import (
	"testing"
	"time"
)

// A labelled dateline that gives only a year or a month dates the article
// to the period's first day, whatever the credit after the bar: not
// undated, and not today's month and day in that year.
func TestDatelineOfAYearOrMonth(t *testing.T) {
	cases := map[string]time.Time{
		"Published: 2025 | smi2 (по материалам блога Сеймура Херша)": time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
		"Published: 2022 | Planet.fr":     time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC),
		"Published: 2022-08 | Die Presse": time.Date(2022, 8, 1, 0, 0, 0, 0, time.UTC),
	}
	for line, want := range cases {
		text := "Ein Titel über die Lage\n\n" + line + "\n\nDer erste Absatz des Artikels ist lang genug, um ein Absatz zu sein, sagte ein Sprecher am Montag.\n"
		r := testCleaner(t).Clean(Input{Text: text})
		if !r.Published.Equal(want) {
			t.Errorf("%q: published %v, want %v", line, r.Published, want)
		}
	}
}
