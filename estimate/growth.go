package estimate

import (
	"strings"

	"github.com/kentnews/kent"
)

// Growth forecasts: an institute's figure for the economy ("the economy
// will shrink by 0.4 percent", "ВВП может сократиться на 0,7 процента",
// "zakładają wzrost PKB o 0,3 proc.") is its judgement of a recession: a
// contraction is a likely recession, growth a likely none. The figure is
// the cue; the sentence (or the one before) must name the economy, and
// speak of the future (a future, an expecting verb, a hedge, a forecast).

// growthReach is how many tokens before the figure its verb or noun of
// growth or contraction may stand ("wzrost PKB Niemiec w 2023 roku o 0,3
// proc."), and growthAfter how many after ("um 0,4 Prozent schrumpfen").
const (
	growthReach = 9
	growthAfter = 3
)

// growthFigure returns the judgement a growth or contraction figure makes
// of a recession in the sentence, if there is one.
func (s *sentence) growthFigure() (kent.Judgement, bool) {
	r, toks := s.r, s.toks
	if len(r.growth.economy) == 0 {
		return kent.Judgement{}, false
	}
	from, to := -1, -1
	for k := 0; k+1 < len(toks); k++ {
		if !isFigure(toks[k].Low) {
			continue
		}
		e := k + 1
		if e+1 < len(toks) && decimalComma(toks, e) || e+1 < len(toks) && toks[e].Low == "." && toks[e].End == toks[e+1].Start && isDigits(toks[e+1].Low) {
			e += 2 // "0,4", "0.4"
		}
		if e < len(toks) && toks[e].Low == "%" {
			from, to = k, e+1
			break
		}
		if e < len(toks) && r.percent.Len(toks, e) > 0 {
			from, to = k, e+r.percent.Len(toks, e)
			break
		}
		if e < len(toks) && strings.HasPrefix(toks[e].Low, "proc") || e < len(toks) && strings.HasPrefix(toks[e].Low, "процент") {
			from, to = k, e+1
			break
		}
	}
	if from < 0 {
		return kent.Judgement{}, false
	}
	if !r.growth.names(toks, r.growth.economy) && !r.growth.names(s.prev, r.growth.economy) {
		return kent.Judgement{}, false
	}
	down, up := false, false
	if from > 0 && (toks[from-1].Low == "-" || toks[from-1].Low == "−") && toks[from-1].End == toks[from].Start {
		down = true // "-0,3 %"
	}
	for k := max(0, from-growthReach); k < min(len(toks), to+growthAfter); k++ {
		if k >= from && k < to || !toks[k].Word {
			continue
		}
		if r.growth.past.Len(toks, k) > 0 {
			return kent.Judgement{}, false // "GDP fell by 0.2%": an outcome
		}
		down = down || r.growth.is(toks[k].Low, r.growth.down)
		up = up || r.growth.is(toks[k].Low, r.growth.up)
	}
	if !down && !up || !s.speaksOfFuture() {
		return kent.Judgement{}, false
	}
	j := kent.Judgement{Cue: s.a.Text[toks[from].Start:toks[to-1].End], CueSpan: kent.Span{Start: toks[from].Start, End: toks[to-1].End}, Scale: r.scale.Name}
	setBand(&j, r.scale.Middle().Step(1))
	j = s.finish(j, from, to)
	// The figure judges a recession: a contraction is one ("negatives
	// Wachstum" too), growth is none.
	j.Proposition.Events = union(j.Proposition.Events, []string{"recession"})
	j.Proposition.Negated = !down
	return j, true
}

// speaksOfFuture reports whether the sentence forecasts: a future
// auxiliary, an expecting or believing verb, a lexicon hedge, a time
// frame ("next year") or a forecast noun.
func (s *sentence) speaksOfFuture() bool {
	r, toks := s.r, s.toks
	for k := range toks {
		if !toks[k].Word {
			continue
		}
		if r.future.Len(toks, k) > 0 || r.expect.Len(toks, k) > 0 || r.beliefs.Len(toks, k) > 0 || r.timeframes.Len(toks, k) > 0 || r.growth.is(toks[k].Low, r.growth.forecast) {
			return true
		}
		if _, ok := r.match(toks, k); ok {
			return true
		}
		for _, suf := range r.futureSuffixes {
			if strings.HasSuffix(toks[k].Low, suf) && len(toks[k].Low) > len(suf)+2 {
				return true // "calerà", "crecerá"
			}
		}
	}
	return false
}

// growthRules are a language's words of growth forecasts (lexicon
// growth_forecast), as stems: a stem ending in "." is a whole word.
type growthRules struct {
	economy, down, up, forecast []string
	past                        phraseIndex // fell, spadł: an outcome, not a forecast
}

// is reports whether a lower-case word starts with one of stems (or is
// one marked whole).
func (g growthRules) is(w string, stems []string) bool {
	for _, st := range stems {
		if whole, ok := strings.CutSuffix(st, "."); ok {
			if w == whole {
				return true
			}
		} else if strings.HasPrefix(w, st) {
			return true
		}
	}
	return false
}

// names reports whether a sentence has a word of stems.
func (g growthRules) names(toks []kent.Token, stems []string) bool {
	for _, t := range toks {
		if t.Word && g.is(t.Low, stems) {
			return true
		}
	}
	return false
}

// isFigure reports whether a token is a number, with a decimal point or
// comma inside ("0.4", "0,4"; digits alone where the tokenizer splits).
func isFigure(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' || w[len(w)-1] < '0' || w[len(w)-1] > '9' {
		return false
	}
	for _, c := range w {
		if (c < '0' || c > '9') && c != '.' && c != ',' {
			return false
		}
	}
	return true
}

// judgesEvent reports whether a judgement's proposition names the event.
func judgesEvent(js []kent.Judgement, event string) bool {
	for _, j := range js {
		for _, e := range j.Proposition.Events {
			if e == event {
				return true
			}
		}
	}
	return false
}
