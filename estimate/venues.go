package estimate

import (
	"strings"
	"sync"
	"unicode"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

// A market or platform named at a figure holds it: "According to CoinDesk,
// the chance … hit 55% on Polymarket", "ha toccato il 55% su Polymarket".
// The outlet the article cites only reports what the market shows. The
// prepositions are data (lexicon attribution.venue_preps); a place after
// them ("55% in Ohio", "на Украине") is no venue.

// venueData is the venue prepositions of every embedded language, the
// places list and every language's articles, read once.
var venueData struct {
	once     sync.Once
	preps    map[string]phraseIndex
	places   *lexicon.PlaceIndex
	articles map[string]bool // the articles of every language (acronyms.go)
}

func venues() (map[string]phraseIndex, *lexicon.PlaceIndex, map[string]bool) {
	venueData.once.Do(func() {
		venueData.preps, venueData.articles = map[string]phraseIndex{}, map[string]bool{}
		if set, err := lexicon.Default(); err == nil {
			for _, c := range set.Codes() {
				venueData.preps[c] = newPhraseIndex(set.Get(c).Attribution.VenuePreps)
				l := set.Get(c)
				for _, a := range append(append([]string{}, l.Attribution.Articles...), l.Names.Articles...) {
					if !strings.ContainsAny(a, " '’") {
						venueData.articles[a] = true
					}
				}
			}
		}
		if p, err := lexicon.LoadPlaces(); err == nil {
			venueData.places = p.Index()
		}
	})
	return venueData.preps, venueData.places, venueData.articles
}

// figureReach is how many tokens before a venue preposition its figure may
// end: "55% on", "55 per cent on", "del 55% su".
const figureReach = 3

// venueAtFigure returns the name after a venue preposition that follows a
// figure in the sentence ("55% on Polymarket"), when it is not skip, a
// month or a place; nil otherwise.
func (s *sentence) venueAtFigure(skip *kent.Speaker) *kent.Speaker {
	preps, places, _ := venues()
	ix, ok := preps[s.code]
	if !ok || places == nil {
		return nil
	}
	toks := s.toks
	for p := 1; p < len(toks); p++ {
		m := ix.Len(toks, p)
		if m == 0 || p+m >= len(toks) || !figureBefore(toks, p) {
			continue
		}
		k := p + m
		e := k
		for e < len(toks) && e < k+3 && toks[e].Word && isCapitalised(toks[e].Text) {
			e++
		}
		if e == k || s.r.hold.months[toks[k].Low] || len(places.MatchKeys(toks[k].Text)) > 0 {
			continue
		}
		h := s.speaker(k, e)
		if skip != nil && strings.Contains(skip.Name, h.Name) {
			continue
		}
		h.Kind = "organisation"
		return h
	}
	return nil
}

// figureBefore reports whether a number ends within figureReach tokens
// before p, with no comma between.
func figureBefore(toks []kent.Token, p int) bool {
	for k := p - 1; k >= 0 && k >= p-figureReach; k-- {
		if toks[k].Low == "," || toks[k].Low == ";" {
			return false
		}
		if strings.IndexFunc(toks[k].Text, unicode.IsDigit) >= 0 {
			return true
		}
	}
	return false
}

// placeWord reports whether a lower-case word names a place, so it may
// stand inside an event's multiword form as a filler does: "bli Sveriges
// nästa statsminister" is the form "bli statsminister".
func placeWord(w string) bool {
	_, places, _ := venues()
	return len(w) > 3 && places != nil && len(places.Match(w)) > 0
}
