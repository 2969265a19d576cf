package estimate

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/kentnews/kent"
)

// Bookmakers' odds in their usual forms: fractional "4/7" (odds against:
// 7/11 for), decimal "1.53" (1/1.53) and "3 to 1" (against: 1/4).
var (
	fractionalRe  = regexp.MustCompile(`^(\d{1,3})\s*/\s*(\d{1,3})\b`)
	decimalOddsRe = regexp.MustCompile(`^(\d{1,3}[.,]\d{1,2})\b`)
)

// odds reads bookmakers' odds at toks[i] in a sentence that speaks of odds
// (odds, Quote, kurs, коэффициент), or right after one (prevOdds): the
// probability they imply.
func (n *numbers) odds(text string, r *rules, toks []kent.Token, i int, prevOdds bool) (*kent.Judgement, int) {
	if !prevOdds && !hasOddsNoun(r, toks) {
		return nil, 0
	}
	t := toks[i]
	rest := text[t.Start:toks[len(toks)-1].End]
	p, length := -1.0, 0
	if m := fractionalRe.FindStringSubmatch(rest); m != nil && m[0] != "50/50" {
		a, _ := strconv.ParseFloat(m[1], 64)
		b, _ := strconv.ParseFloat(m[2], 64)
		if a+b > 0 {
			p, length = b/(a+b), len(m[0])
		}
	} else if m := n.oddsTo.FindStringSubmatch(rest); m != nil {
		a, _ := strconv.ParseFloat(m[1], 64)
		b, _ := strconv.ParseFloat(m[2], 64)
		if a+b > 0 {
			p, length = b/(a+b), len(m[0])
		}
	} else if m := decimalOddsRe.FindStringSubmatch(rest); m != nil {
		d, _ := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", "."), 64)
		if d > 1 && d < 100 {
			p, length = 1/d, len(m[0])
		}
	}
	if p < 0 || p > 1 {
		return nil, 0
	}
	count := 0
	for k := i; k < len(toks) && toks[k].Start < t.Start+length; k++ {
		count++
	}
	return &kent.Judgement{Cue: text[t.Start : t.Start+length], CueSpan: kent.Span{Start: t.Start, End: t.Start + length},
		Band: r.scale.For(p).Name(), Value: p, Low: p, High: p, Scale: "numeric"}, count
}

func hasOddsNoun(r *rules, toks []kent.Token) bool {
	for k := range toks {
		if toks[k].Word && r.oddsNouns.Len(toks, k) > 0 {
			return true
		}
	}
	return false
}

// oddsHolder returns who quotes odds the sentence names as a group
// (bookmakers, Buchmacher, bukmacherzy, spelbolagen), wherever it stands,
// or nil: odds are the bookmakers' or the market's, not the reporter's.
func (s *sentence) oddsHolder() *kent.Speaker {
	for k := range s.toks {
		if !s.toks[k].Word {
			continue
		}
		if n := s.r.groups.Len(s.toks, k); n > 0 {
			return &kent.Speaker{Name: s.a.Text[s.toks[k].Start:s.toks[k+n-1].End], Kind: "group"}
		}
	}
	return nil
}
