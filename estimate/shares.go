package estimate

import (
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// A share of forecasters is a survey's judgement: "Thirteen of 25
// economists expected the BOJ to end negative rates", "25 von 30 Ökonomen
// nannten den April", "Douze économistes sur 34 ont choisi …", "two-thirds
// of polled economists see …". The share of experts who expect an event
// is read as the probability the survey gives it, held by the group (or
// the survey the sentence names). A share of voters or of the public
// ("41 percent of Germans would welcome a new vote") judges no event: only
// the lexicon's share groups count, and only in a sentence with a verb
// that expects, forecasts or chooses.

// shareReach is how many tokens from its figure a share's group may stand:
// "13 of 25 economists", "Ökonomen, also 83 %".
const shareReach = 4

// shares reads the shares of forecasters in the sentence, in order:
// "More than two-thirds of polled economists see …, with half of the 52
// respondents saying …" is two. Each comes with its cue's tokens.
func (s *sentence) shares(n *numbers) []shareCue {
	r, toks := s.r, s.toks
	if !r.hasShares || s.panel == nil && !s.hasShareGroup() {
		return nil // most sentences name no forecasters: their figures are not read twice
	}
	var out []shareCue
	verb := -1 // not looked for yet: most sentences have no share, and the verb is looked for only at one
	for i := 0; i < len(toks); i++ {
		if !toks[i].Word || inside(s.cond, i) {
			continue
		}
		v, k := s.shareAt(n, i)
		from, ofPanel := i, false
		if k == 0 {
			// "Из 30 опрошенных экономистов 22 ожидают", "Of the 30
			// economists polled, 22 expect": the total came first.
			if v, from = s.shareBack(n, i); from >= 0 {
				k = i + 1 - from
			} else {
				from = i
			}
		}
		if k > 0 && !s.groupNear(from, from+k) {
			k = 0
		}
		if k == 0 {
			// "Seventeen of those polled expect": a count of the panel
			// an earlier sentence sized.
			if v, k = s.panelCount(n, i); k == 0 {
				continue
			}
			from, ofPanel = i, true
		}
		if verb < 0 {
			if verb = 0; s.forecastsOrChooses() {
				verb = 1
			}
		}
		if verb == 0 {
			return nil
		}
		t, e := toks[from], toks[from+k-1]
		j := kent.Judgement{Cue: s.a.Text[t.Start:e.End], CueSpan: kent.Span{Start: t.Start, End: e.End},
			Band: r.scale.For(v).Name(), Value: v, Low: v, High: v, Scale: "numeric"}
		out = append(out, shareCue{j, from, from + k, ofPanel})
		i = from + k - 1
	}
	return out
}

// hasShareGroup reports whether a share group (economists, Ökonomen)
// stands anywhere in the sentence.
func (s *sentence) hasShareGroup() bool {
	for k := range s.toks {
		if s.toks[k].Word && s.r.shareGroups.Len(s.toks, k) > 0 {
			return true
		}
	}
	return false
}

// shareCue is a share read at tokens [from, to).
type shareCue struct {
	j        kent.Judgement
	from, to int
	ofPanel  bool // a count of an earlier sentence's panel (panel.go)
}

// shareAt reads a share at token i: a fraction word ("half", "two-thirds"),
// a ratio or percentage ("13 of 25", "52%"), or a count whose group stands
// between its numbers ("Douze économistes sur 34"). It returns the value
// and the tokens it covers, 0 when there is none.
func (s *sentence) shareAt(n *numbers, i int) (float64, int) {
	r, toks := s.r, s.toks
	if k, v := r.shares.Match(toks, i); k > 0 {
		return v, k
	}
	first, _ := utf8.DecodeRuneInString(toks[i].Low)
	if !unicode.IsDigit(first) && n.words[toks[i].Low] == 0 {
		return 0, 0
	}
	rest := s.a.Text[toks[i].Start:toks[len(toks)-1].End]
	if lo, hi, length := n.read(r, rest); length > 0 && lo >= 0 && hi <= 1 && lo <= hi {
		k := 0
		for ; i+k < len(toks) && toks[i+k].Start < toks[i].Start+length; k++ {
		}
		return (lo + hi) / 2, k
	}
	// "Douze économistes sur 34": count, group, ratio word, total.
	a := n.num(toks[i].Low)
	g := r.shareGroups.Len(toks, i+1)
	if a <= 0 || g == 0 || i+g+2 >= len(toks) || r.ratioWords.Len(toks, i+1+g) == 0 {
		return 0, 0
	}
	if b := n.num(toks[i+g+2].Low); b >= a && b > 0 {
		return a / b, g + 3
	}
	return 0, 0
}

// maxPanel is the largest total a share of forecasters is read out of:
// surveys ask tens or hundreds.
const maxPanel = 1000

// shareBackReach is how many tokens before a count its total may stand:
// "Из 30 опрошенных Reuters экономистов 22".
const shareBackReach = 6

// shareBack reads a count at token i whose total came before it, after a
// ratio word: "Из 30 опрошенных экономистов 22", "Of the 30 economists
// polled, 22", "Von den 30 befragten Ökonomen erwarten 22". It returns
// the share and the token the ratio word stands at, or from = -1.
func (s *sentence) shareBack(n *numbers, i int) (float64, int) {
	r, toks := s.r, s.toks
	c, _ := utf8.DecodeRuneInString(toks[i].Low)
	if !unicode.IsDigit(c) && n.words[toks[i].Low] == 0 {
		return 0, -1
	}
	a := n.num(toks[i].Low)
	if a <= 0 {
		return 0, -1
	}
	for k := i - 1; k >= 1 && k >= i-shareBackReach; k-- {
		if !toks[k].Word {
			if toks[k].Low == "," {
				continue
			}
			break
		}
		c, _ := utf8.DecodeRuneInString(toks[k].Low)
		if !unicode.IsDigit(c) && n.words[toks[k].Low] == 0 {
			continue // not a number: read without parsing it
		}
		b := n.num(toks[k].Low)
		if b <= 0 {
			continue
		}
		if isYear(toks[k].Low) || b > maxPanel {
			break // "In 2023, 22 economists …": a year is no total
		}
		p := k - 1
		if r.function[toks[p].Low] && r.ratioWords.Len(toks, p) == 0 && p > 0 {
			p-- // "of the 30", "von den 30"
		}
		if r.ratioWords.Len(toks, p) > 0 && b >= a {
			return a / b, p
		}
		break // another number without its ratio word: no share
	}
	return 0, -1
}

// groupNear reports whether a share group stands within shareReach tokens
// of the figure at [from, to).
func (s *sentence) groupNear(from, to int) bool { return s.groupAt(from, to) >= 0 }

// groupAt returns where the share group nearest the figure at [from, to)
// starts, or -1.
func (s *sentence) groupAt(from, to int) int {
	for d := 0; d <= shareReach+to-from; d++ {
		for _, k := range [2]int{from + d, from - d} {
			if k >= 0 && k < len(s.toks) && k >= from-shareReach && k < to+shareReach && s.toks[k].Word && s.r.shareGroups.Len(s.toks, k) > 0 && !s.clauseBetween(k, from, to) {
				return k
			}
		}
	}
	return -1
}

// groupHolder is the holder of a share without a named one: the group as
// written ("economists", "Ökonomen").
func (s *sentence) groupHolder(from, to int) *kent.Speaker {
	k := s.groupAt(from, to)
	if k < 0 {
		return nil
	}
	n := s.r.shareGroups.Len(s.toks, k)
	return &kent.Speaker{Name: s.a.Text[s.toks[k].Start:s.toks[k+n-1].End], Kind: "group"}
}

// forecastsOrChooses reports whether the sentence has a verb that
// expects, estimates, forecasts or chooses (expected, see, will, nannten).
func (s *sentence) forecastsOrChooses() bool {
	_, n := s.shareVerb()
	return n > 0
}

// shareVerb returns where the first verb that expects, estimates,
// forecasts or chooses stands and its length, or n = 0.
func (s *sentence) shareVerb() (at, n int) {
	r, toks := s.r, s.toks
	for k := range toks {
		if !toks[k].Word {
			continue
		}
		for _, p := range [...]phraseIndex{r.expect, r.estimating, r.future, r.shareVerbs, r.beliefs} {
			if n := p.Len(toks, k); n > 0 {
				return k, n
			}
		}
	}
	return 0, 0
}

// shareJudgements are the sentence's shares of forecasters, finished:
// each held by its group ("economists", "Ökonomen", whoever reports the
// survey), and about what the sentence's first verb that expects or
// chooses expects ("expected the BOJ to end negative rates"); a later
// share, about the verb after it.
func (s *sentence) shareJudgements(n *numbers) []kent.Judgement {
	var out []kent.Judgement
	used := map[int]bool{} // the verbs the shares read so far are about
	for i, c := range s.shares(n) {
		v, k := s.shareVerb()
		if i > 0 {
			// A later share has a verb of its own after it ("…, with
			// half of the 52 respondents saying it will happen that
			// month"); one that shares the verb restates the share
			// before ("13 of 25 economists, or 52%, expected").
			if v, k = s.shareVerbFrom(c.to); k == 0 || used[v] {
				continue
			}
		}
		used[v] = true
		j := s.finish(c.j, c.from, c.to)
		j.Holder = s.groupHolder(c.from, c.to) // the share's own group, whoever reports it
		if c.ofPanel {
			h := *s.panel.group
			j.Holder = &h // a count of an earlier sentence's panel
		}
		if s.survey != nil && s.respondents(j.Holder) {
			h := *s.survey
			j.Holder = &h // the survey the article named holds its respondents' answers
		}
		if k > 0 {
			j.Proposition = proposition(s.a, s.r, s.toks, s.prev, s.samePara, v, v+k, s.cond, nil, kent.Span{Start: s.toks[v].Start, End: s.toks[v+k-1].End}, false)
		}
		out = append(out, j)
	}
	return out
}

// shareVerbFrom is shareVerb from token from on, within shareVerbReach
// tokens.
func (s *sentence) shareVerbFrom(from int) (at, n int) {
	r, toks := s.r, s.toks
	for k := from; k < len(toks) && k < from+shareVerbReach; k++ {
		if !toks[k].Word {
			continue
		}
		for _, p := range [...]phraseIndex{r.expect, r.estimating, r.future, r.shareVerbs, r.beliefs} {
			if n := p.Len(toks, k); n > 0 {
				return k, n
			}
		}
	}
	return 0, 0
}

// shareVerbReach is how far after its share a verb is the share's own:
// "half of the 52 respondents saying it will happen".
const shareVerbReach = 8

func hasNumeric(js []kent.Judgement) bool {
	for _, j := range js {
		if j.Scale == "numeric" {
			return true
		}
	}
	return false
}

// clauseBetween reports whether a new clause begins between the group at k
// and the figure at [from, to): a comma before a conjunction or a
// semicolon. "cut its forecast to minus 0.4 percent, and analysts also
// expect" is a figure and a group in two clauses, not a share.
func (s *sentence) clauseBetween(k, from, to int) bool {
	a, b := to, k
	if k < from {
		a, b = k+1, from
	}
	for m := a; m < b; m++ {
		switch s.toks[m].Low {
		case ";":
			return true
		case ",":
			// A group after a comma after the figure is another clause's:
			// "lower its key rate by a quarter point, said analyst X".
			if k > from || m+1 < len(s.toks) && s.r.conjunctions[s.toks[m+1].Low] {
				return true
			}
		}
	}
	return false
}
