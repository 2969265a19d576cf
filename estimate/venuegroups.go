package estimate

import "github.com/kentnews/kent"

// A market or betting group named as where a view holds holds it: "Trump
// gilt auf den Wettseiten als Favorit", "U bukmacherów faworytem jest …",
// "У букмекеров фаворитом считается …", "Hos spelbolagen är … favorit",
// "On betting sites, Trump is the favourite". The group is no speaker, yet
// it, not the article, gives the odds. The prepositions are data (lexicon
// attribution.venue_preps), the groups too (estimative holder_groups, the
// market words of which end the phrase).

// venueGroup returns the market group after a venue preposition in the
// sentence (after at most one article), or nil.
func (s *sentence) venueGroup() *kent.Speaker {
	preps, _, _ := venues()
	ix, ok := preps[s.code]
	if !ok {
		return nil
	}
	toks, hr := s.toks, s.r.hold
	for p := range toks {
		m := ix.Len(toks, p)
		if m == 0 || !toks[p].Word {
			continue
		}
		k := p + m
		if k < len(toks) && toks[k].Word && hr.dets[toks[k].Low] {
			k++
		}
		if k >= len(toks) || !toks[k].Word {
			continue
		}
		if n := s.r.groups.Len(toks, k); n > 0 && hr.markets[toks[k+n-1].Low] && !s.inQuote(k) {
			return &kent.Speaker{Name: s.a.Text[toks[k].Start:toks[k+n-1].End], Kind: "group"}
		}
	}
	return nil
}

// inQuote reports whether token k stands inside one of the sentence's
// quotes: a quoted speaker's words name no venue for the article.
func (s *sentence) inQuote(k int) bool {
	at := s.toks[k].Start
	for _, q := range s.quotes {
		if q.Span.Start <= at && at < q.Span.End && q.Kind != kent.QuoteIndirect {
			return true
		}
	}
	return false
}
