package question

import (
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/kentnews/kent/lexicon"
)

// Times said from the article's date ("within a year", "za trzy lata",
// "через год", "nästa år"): resolved against when the article was
// written, they are periods like any other the question's bound is
// compared with.

// relLang is one language's relative-time words (lexicon relative_time),
// as lower-case word runs: a run and its unit must be of one language
// ("in 17 anni" is no English "in … years").
type relLang struct {
	within, after, thisYear, nextYear [][]string
	unit                              map[string]int // months a unit word counts; weeks -1
	number                            map[string]int // number words, "a" and "ein" as one
	past                              map[string]bool
	plural                            map[string]bool // unit words in the plural: a few without a number
}

// relWords are every language's relative-time words.
var relWords = sync.OnceValue(func() (out []relLang) {
	lex, err := lexicon.Default()
	if err != nil {
		return nil
	}
	runs := func(ps []string) [][]string {
		var out [][]string
		for _, p := range ps {
			if f := strings.Fields(p); len(f) > 0 {
				out = append(out, f)
			}
		}
		return out
	}
	for _, c := range lex.Codes() {
		e := lex.Get(c).Estimative
		rt := e.RelativeTime
		if len(rt.Years) == 0 {
			continue
		}
		rw := relLang{unit: map[string]int{}, number: map[string]int{}, past: map[string]bool{}, plural: map[string]bool{}}
		for _, w := range rt.Plural {
			rw.plural[w] = true
		}
		rw.within, rw.after = runs(rt.Within), runs(rt.After)
		rw.thisYear, rw.nextYear = runs(rt.ThisYear), runs(rt.NextYear)
		for _, w := range rt.Years {
			rw.unit[w] = 12
		}
		for _, w := range rt.Months {
			rw.unit[w] = 1
		}
		for _, w := range rt.Weeks {
			rw.unit[w] = -1
		}
		for _, w := range rt.One {
			rw.number[w] = 1
		}
		for w, n := range e.Numbers {
			if n >= 1 && n <= 100 && n == float64(int(n)) {
				rw.number[w] = int(n)
			}
		}
		for _, w := range rt.Past {
			rw.past[w] = true
		}
		out = append(out, rw)
	}
	return out
})

// runAt returns the length of the longest run of runs at low[i:], or 0.
func runAt(runs [][]string, low []string, i int) int {
	best := 0
	for _, r := range runs {
		if len(r) <= best || i+len(r) > len(low) {
			continue
		}
		ok := true
		for k, w := range r {
			ok = ok && low[i+k] == w
		}
		if ok {
			best = len(r)
		}
	}
	return best
}

// relativeAt reads a relative time at low[i] (lower-case words) against
// the publication date: the period it names and how many words it takes,
// or n = 0. "within a year" is a deadline a year on; "in three years" the
// year three years on; "next year" the year after publication.
func relativeAt(low []string, i int, published time.Time) (p period, n int) {
	if published.IsZero() {
		return period{}, 0
	}
	for _, rw := range relWords() {
		if p, n := rw.at(low, i, published); n > 0 {
			return p, n
		}
	}
	return period{}, 0
}

func (rw relLang) at(low []string, i int, published time.Time) (p period, n int) {
	if n := runAt(rw.thisYear, low, i); n > 0 {
		return period{year: published.Year()}, n
	}
	if n := runAt(rw.nextYear, low, i); n > 0 {
		return period{year: published.Year() + 1}, n
	}
	within := true
	m := runAt(rw.within, low, i)
	if m == 0 {
		within, m = false, runAt(rw.after, low, i)
	}
	if m == 0 {
		return period{}, 0
	}
	// "the first hike in 17 years", "la prima stretta in 17 anni": a time
	// since, not one to come.
	for k := max(0, i-4); k < i; k++ {
		if rw.past[low[k]] {
			return period{}, 0
		}
	}
	k, count, counted := i+m, 1, false
	if k < len(low) {
		if c, ok := rw.number[low[k]]; ok {
			count, k, counted = c, k+1, true
		} else if c, err := strconv.Atoi(low[k]); err == nil && c >= 1 && c <= 100 {
			count, k, counted = c, k+1, true
		}
	}
	if k >= len(low) {
		return period{}, 0
	}
	unit, ok := rw.unit[low[k]]
	if !ok {
		return period{}, 0
	}
	if !counted && rw.plural[low[k]] {
		count = 3 // "in the coming years": a few
	}
	at := published
	if unit < 0 {
		at = at.AddDate(0, 0, 7*count)
	} else {
		at = at.AddDate(0, unit*count, 0)
	}
	p = period{year: at.Year(), deadline: within}
	if unit != 12 || within {
		p.month = int(at.Month()) // "within a year" ends in a month; "in three years" is a year
	}
	return p, k + 1 - i
}
