package question

import (
	"slices"
	"strings"

	"github.com/kentnews/kent"
)

// nesting is one statement read as two judgements: an outer cue of belief
// or doubt ("I think", "Ich denke", "Я думаю", "I do not think", "wątpię")
// whose clause holds an inner estimate ("unlikely", "вряд ли", "tuskin",
// "likely", "70 %"). The inner one carries the degree; the outer says only
// whose view it is and, when it denies or doubts, that the inner degree is
// turned round ("I do not think it is likely" is unlikely). Read as two,
// "I think it is unlikely" pooled as likely and unlikely at once: about
// even, the wrong side.
type nesting struct {
	outer  map[int]int  // index of an outer judgement → its inner one
	mirror map[int]bool // inner judgements read turned round
}

// nestedJudgements finds, among judgements on the question, each outer
// estimative word whose clause holds another graded judgement of the same
// sentence, with nothing but the clause's own words between them (a comma,
// semicolon or dash ends the clause: "expects a cut in June; a second is
// likely" are two statements). Numbers, possibilities (may, could) and
// categorical forecasts are never the outer one; possibilities and
// categorical forecasts never the inner one (a belief verb opening a
// categorical forecast is estimate's believed). The outer one is about
// the question; the inner one need not be read so on its own (its
// parse may take the degree word for the predicate: "porozumienie
// wydaje się coraz mniej realne"): one statement, it is read through its
// opener's proposition (sortHits). A coordinating
// conjunction (lexicon conjunctions: and, und, i, и) between them makes
// two statements.
func nestedJudgements(hits []kent.JudgementHit, rel []Relevance, conj map[string]bool, conditional func(kent.Judgement) bool) nesting {
	n := nesting{outer: map[int]int{}, mirror: map[int]bool{}}
	bySentence := map[[2]string][]int{} // by article and sentence
	for i, h := range hits {
		if conditional(h.Judgement) {
			continue
		}
		k := [2]string{h.ArticleID, h.Words}
		bySentence[k] = append(bySentence[k], i)
	}
	for _, idx := range bySentence {
		if len(idx) < 2 {
			continue
		}
		for _, a := range idx {
			A := hits[a].Judgement
			if !rel[a].About || A.Scale == "numeric" || A.Modal || A.Categorical || A.Band == "" {
				continue
			}
			for _, b := range idx {
				B := hits[b].Judgement
				if a == b || B.Modal || B.Categorical || B.Band == "" || B.Sentence != A.Sentence {
					continue
				}
				if !insideClause(A, B, conj) {
					continue
				}
				if _, taken := n.outer[b]; taken {
					continue // B opens a third: the chain is read at its end
				}
				n.outer[a] = b
				if A.Value < 0.5 && !predicateNegation(A, B) && !negatesInner(A, B) { // its band is read after its own negation: "do not think", "wątpię"
					n.mirror[b] = true
				}
				break
			}
		}
	}
	return n
}

// insideClause reports whether B's cue follows A's cue and lies in A's
// clause: before the end of A's proposition, with no clause-ending mark
// between A's cue (or the start of A's proposition, when B's cue is in it:
// "Ich denke, dass …") and B's cue, and no coordinating conjunction
// anywhere between the two cues.
func insideClause(A, B kent.Judgement, conj map[string]bool) bool {
	if B.CueSpan.Start < A.CueSpan.End {
		return false
	}
	if B.CueSpan.Start >= A.Proposition.Span.End && !predicateAfter(A, B) {
		return false
	}
	from := A.CueSpan.End
	if A.Proposition.Span.Start > from && A.Proposition.Span.Start <= B.CueSpan.Start {
		from = A.Proposition.Span.Start
	}
	start, ok := sentenceStart(B)
	if !ok {
		return false
	}
	lo, hi := from-start, B.CueSpan.Start-start
	if lo < 0 || hi > len(B.Words) || lo > hi {
		return false
	}
	gap := B.Words[lo:hi]
	if strings.ContainsAny(gap, ",;:–—()") {
		return false
	}
	for _, w := range clauseWords(B.Words[max(0, A.CueSpan.End-start):hi]) {
		if conj[w] {
			return false // "remain bleak and that Tehran has likely moved on": two statements
		}
	}
	return true
}

// predicateNegation reports whether an outer judgement's negation is its
// inner one's: the outer's proposition ends at its cue, so the negation
// estimate read for it stands after the cue, in the predicate that is the
// inner judgement, which is negative already ("scheint aber kaum
// wahrscheinlich": kaum is the inner one's). Read twice, the statement
// turned round to likely.
func predicateNegation(A, B kent.Judgement) bool {
	return A.Negated && B.Value < 0.5 && A.Proposition.Span.End <= A.CueSpan.End
}

// negatesInner reports whether the outer degree word is the very
// negation estimate read into the inner cue: a negative adverb just before
// a negated expectation ("ein Beitritt sei kaum zu erwarten", "is hardly
// to be expected", "вряд ли стоит ожидать"). The inner band has taken it
// in already; turned round again, "hardly to be expected" pooled as likely.
func negatesInner(A, B kent.Judgement) bool {
	if !B.Negated || B.Value >= 0.5 {
		return false
	}
	start, ok := sentenceStart(B)
	if !ok {
		return false
	}
	lo, hi := A.CueSpan.End-start, B.CueSpan.Start-start
	if lo < 0 || hi > len(B.Words) || lo > hi {
		return false
	}
	return len(clauseWords(B.Words[lo:hi])) <= predicateReach
}

// predicateReach is how many words may stand between an outer cue whose
// proposition ends at it and the inner cue that is its predicate:
// "wydaje się jednak coraz mniej realne", "scheint aber kaum möglich".
const predicateReach = 2

// predicateAfter reports whether B's cue follows A's cue as its predicate
// where A's proposition ends at A's cue ("porozumienie wydaje się | jednak
// coraz mniej realne": seems, then how): at most predicateReach words
// between, none a coordinating conjunction, and no clause-ending mark.
// "The deal seems, however, less and less realistic" keeps its commas and
// stays two statements.
func predicateAfter(A, B kent.Judgement) bool {
	if A.Proposition.Span.End > A.CueSpan.End {
		return false
	}
	start, ok := sentenceStart(B)
	if !ok {
		return false
	}
	lo, hi := A.CueSpan.End-start, B.CueSpan.Start-start
	if lo < 0 || hi > len(B.Words) || lo > hi {
		return false
	}
	return len(clauseWords(B.Words[lo:hi])) <= predicateReach
}

// sentenceStart is the article offset where a judgement's sentence (its
// Words) begins, found by where its cue sits in the sentence (the
// occurrence its proposition agrees with: "We will see whether Biden
// will …" has the cue twice).
func sentenceStart(j kent.Judgement) (int, bool) {
	for off := 0; off < len(j.Words); {
		i := strings.Index(j.Words[off:], j.Cue)
		if i < 0 || j.Cue == "" {
			return 0, false
		}
		start := j.CueSpan.Start - (off + i)
		if start >= 0 && j.CueSpan.End-start <= len(j.Words) && propositionAt(j, start) {
			return start, true
		}
		off += i + 1
	}
	return 0, false
}

// throughOpeners reads each inner judgement that is not about the
// question on its own through the outer one that opens it: one
// statement, about what its opener's proposition is about. The
// relevances are copied, not changed in place.
func throughOpeners(rel []Relevance, n nesting) []Relevance {
	var out []Relevance
	for a, b := range n.outer {
		if rel[b].About || !rel[a].About {
			continue
		}
		if out == nil {
			out = slices.Clone(rel)
		}
		out[b] = rel[a]
	}
	if out == nil {
		return rel
	}
	return out
}

func hasOuter(n nesting, i int) bool {
	_, ok := n.outer[i]
	return ok
}

// outerOf is the outer judgement that opens inner i.
func outerOf(n nesting, i int) int {
	// The first outer in the text when two open it: a map's order changes
	// from run to run.
	out := -1
	for a, b := range n.outer {
		if b == i && (out < 0 || a < out) {
			out = a
		}
	}
	if out < 0 {
		return i
	}
	return out
}

// propositionAt reports whether the judgement's proposition, read from its
// sentence begun at start, is where its span says (or lies outside the
// sentence, when it cannot tell).
func propositionAt(j kent.Judgement, start int) bool {
	a, b := j.Proposition.Span.Start-start, j.Proposition.Span.End-start
	if j.Proposition.Text == "" || a < 0 || b > len(j.Words) || a > b {
		return true
	}
	return j.Words[a:b] == j.Proposition.Text
}
