package estimate

import (
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// A survey's panel goes on after the sentence that gives its size: "46 of
// 73 economists now expect a cut in June. Seventeen of those polled expect
// the first move as early as April, while ten think the ECB will only
// start in the second half." A bare count there, right before a verb that
// expects, chooses or forecasts, is a share of that panel (17/73, 10/73),
// held by the panel's group.

// panel is a survey's size and group, from a share with its total.
type panel struct {
	total float64
	group *kent.Speaker
	left  int // how many more sentences it goes on for
}

// panelReach is how many sentences after its share a panel goes on.
const panelReach = 2

// panelVerbReach is how many tokens after a count its verb may stand:
// "Seventeen of those polled expect", "zwei weitere setzten auf".
const panelVerbReach = 4

// panelIn returns the panel a share of the sentence gives (its total
// after a ratio word, "46 of 73 economists"), or nil.
func (s *sentence) panelIn(n *numbers, js []kent.Judgement) *panel {
	r, toks := s.r, s.toks
	for _, j := range js {
		if j.Scale != "numeric" || j.Holder == nil || j.Holder.Kind != "group" && !s.isSurvey(j.Holder) {
			continue
		}
		for k := 0; k+1 < len(toks); k++ {
			if toks[k].Start < j.CueSpan.Start || toks[k].End > j.CueSpan.End || r.ratioWords.Len(toks, k) == 0 {
				continue
			}
			m := k + r.ratioWords.Len(toks, k)
			if m < len(toks) && toks[m].End <= j.CueSpan.End+1 {
				if b := n.num(toks[m].Low); b > 1 && b <= maxPanel && !isYear(toks[m].Low) {
					return &panel{total: b, group: j.Holder, left: panelReach}
				}
			}
		}
	}
	return nil
}

// panelCount reads a bare count at token i as a share of the panel: a
// number no greater than the panel's total with a verb that expects,
// chooses or forecasts soon after it. It returns the share and the
// count's length, or 0.
func (s *sentence) panelCount(n *numbers, i int) (float64, int) {
	p, toks := s.panel, s.toks
	if p == nil {
		return 0, 0
	}
	c, _ := utf8.DecodeRuneInString(toks[i].Low)
	if !unicode.IsDigit(c) && n.words[toks[i].Low] == 0 || isYear(toks[i].Low) {
		return 0, 0
	}
	a := n.num(toks[i].Low)
	if a <= 0 || a > p.total || a != float64(int(a)) {
		return 0, 0
	}
	if i+1 < len(toks) && (s.r.percent.Len(toks, i+1) > 0 || !toks[i+1].Word && toks[i+1].Low != ",") {
		return 0, 0 // "29%", "3.5": a figure, not a count
	}
	v, k := s.shareVerbFrom(i + 1)
	if k == 0 || v > i+panelVerbReach {
		return 0, 0
	}
	for e := v + k; e < len(toks); e++ {
		if toks[e].Word && s.r.eventAt(toks, e) {
			return a / p.total, 1
		}
	}
	return 0, 0 // "The remaining 12 selected “2025 or later”": what they chose is not an event the lexicon reads
}

// isSurvey reports whether h is the survey the article named last, which
// holds its respondents' shares (shares.go) and so sizes their panel.
func (s *sentence) isSurvey(h *kent.Speaker) bool {
	return s.survey != nil && h.Name == s.survey.Name
}
