package question

import (
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/kentnews/kent/lexicon"
)

// Seasons as times: "im Herbst", "весной", "latem", "syksyllä" name three
// months. A season is a period from its first month to its last (winter
// runs into the next year); one without a year is placed, as a month
// alone is, in the year of publication, and left out when it is over by
// then or the date is unknown.

// seasonWords maps every language's season words (lexicon seasons, lower
// case, with and without an elided article) to their season's first
// month: 3, 6, 9 or 12.
var seasonWords = sync.OnceValue(func() map[string]int {
	out := map[string]int{}
	lex, err := lexicon.Default()
	if err != nil {
		return out
	}
	for _, c := range lex.Codes() {
		for first, ws := range lex.Get(c).Seasons.ByMonth() {
			for _, w := range ws {
				out[w] = first
			}
		}
	}
	return out
})

// seasonMonth is the first month of the season a word names, 0 if none.
func seasonMonth(w string) int {
	w = strings.ToLower(strings.Trim(w, ".,;:\"'“”„«»()"))
	if m, ok := seasonWords()[w]; ok {
		return m
	}
	return seasonWords()[elide(w)]
}

// seasonAt reads a season at toks[i] with a year within the next two
// words ("Herbst 2024", "весной 2025 года") or, without one, in the year
// of publication. n is how many tokens it took; 0 when there is none or
// it cannot be placed.
func seasonAt(toks []string, i int, published time.Time) (period, int) {
	first := seasonMonth(toks[i])
	if first == 0 {
		return period{}, 0
	}
	year, n := 0, 1
	for k := i + 1; k < len(toks) && k <= i+2; k++ {
		if y := strings.TrimRight(toks[k], "."); yearTok.MatchString(y) {
			year, _ = strconv.Atoi(y)
			n = k - i + 1
			break
		}
	}
	if year == 0 {
		if published.IsZero() {
			return period{}, 0
		}
		year = published.Year()
		if first == 12 && published.Month() <= 2 {
			year-- // "this winter" in January is the one that began in December
		}
	}
	from := time.Date(year, time.Month(first), 1, 0, 0, 0, 0, time.UTC)
	last := from.AddDate(0, 2, 0)
	p := period{year: last.Year(), month: int(last.Month()), from: from, text: strings.Join(toks[i:i+n], " ")}
	if !published.IsZero() && p.end(true).Before(published.AddDate(0, 0, -1)) {
		return period{}, 0 // over by the article's date: a past season
	}
	return p, n
}

// overlapsBound reports whether a season reaches past the question's
// bound qe but starts within it: part of it is in time, so it says
// neither "in time" nor "too late" ("im Sommer" of a question "by June").
func (p period) overlapsBound(qe time.Time) bool {
	return !p.from.IsZero() && !p.from.After(qe)
}
