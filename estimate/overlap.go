package estimate

import (
	"slices"
	"sort"

	"github.com/kentnews/kent"
)

// overlapping returns a function giving the quotes that overlap a span.
// Each sentence asks only for its own quotes, so finding a judgement's
// holder does not rescan every quote of a long article.
func overlapping(quotes []kent.Quote) func(kent.Span) []kent.Quote {
	sorted := slices.Clone(quotes)
	slices.SortStableFunc(sorted, func(a, b kent.Quote) int { return a.Span.Start - b.Span.Start })
	longest := 0
	for _, q := range sorted {
		longest = max(longest, q.Span.Len())
	}
	return func(s kent.Span) []kent.Quote {
		// Quotes starting before s ends; of those only the ones starting
		// within the longest quote's length of s can reach into it.
		end := sort.Search(len(sorted), func(i int) bool { return sorted[i].Span.Start >= s.End })
		begin := sort.Search(end, func(i int) bool { return sorted[i].Span.Start >= s.Start-longest })
		var out []kent.Quote
		for _, q := range sorted[begin:end] {
			if q.Span.End > s.Start {
				out = append(out, q)
			}
		}
		return out
	}
}
