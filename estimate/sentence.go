package estimate

import (
	"github.com/kentnews/kent"
	"github.com/kentnews/kent/syntax"
)

// sentence is one sentence being read, with what its judgements need.
type sentence struct {
	a        *kent.Article
	r        *rules
	toks     []kent.Token
	mkt      int8         // marketTalk: 0 unread, 1 yes, -1 no
	prev     []kent.Token // the sentence before
	prev2    []kent.Token // the sentence before prev (backTwo)
	samePara bool         // prev is in the same paragraph
	quotes   []kent.Quote
	cond     [][2]int      // its conditional clauses
	conc     [][2]int      // its concessive clauses ("even if …"): no forecast of their own
	back     *kent.Speaker // the holder the article named last
	// prevNumber: the sentence before, in the same paragraph, stated a
	// probability, so a bare figure here goes on with it ("Silver gives
	// Trump a 58% chance. A week earlier he gave him 52%.").
	prevNumber bool
	// prevOdds: the sentence before, in the same paragraph, spoke of odds
	// ("enligt Unibets odds. Trump står nu i 1,85").
	prevOdds bool
	source   *kent.Speaker // the source an earlier sentence named
	carried  *kent.Speaker // whose reported speech goes on into this sentence (carried.go)
	// Holders across sentences (antecedents.go): the names earlier
	// sentences wrote, this sentence's index, the sentence that named
	// back, and the survey named last.
	names      []named
	sent       int
	backSent   int
	survey     *kent.Speaker
	surveyHere bool   // the sentence itself names the survey
	panel      *panel // the survey panel an earlier sentence sized (panel.go)
	// lastChecked, lastNobody: the holder someone() checked last and
	// whether it names no one.
	lastChecked string
	lastNobody  bool
	// lang selects the parser; "" parses nothing. The parse is made on
	// first use (parseholder.go).
	lang   string
	code   string // the sentence's language, for the tagger
	parsed bool
	tree   []syntax.Token
	light  *[]int // where a light verb may make a forecast (forecasts.go)
	// own: where the negations the judgement being read took into its
	// band stand, so that its proposition does not take them again.
	own []int

	// tagged: the windows of words [lo, hi) the tagger has read, with the
	// words [from, to) in them read, for tagAt and tagsAround
	// (forecasts.go, nobody.go).
	tagged map[[4]int][]syntax.Token
}
