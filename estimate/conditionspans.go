package estimate

// Where a judgement's conditions and concessions stand in its sentence:
// the clause a marker opens ("if", "wenn", "если", "only if"), run past
// an aside set off by commas, and the clauses that concede. The
// judgement is then shown apart as conditional (estimate.go finish).

import (
	"github.com/kentnews/kent"
)

// conditionSpans returns token ranges [marker, clause end) of conditional
// clauses: from "if"/"om"/"wenn"/"если" to the next comma or the end.
func conditionSpans(r *rules, toks []kent.Token) [][2]int {
	var out [][2]int
	for k := 0; k < len(toks); k++ {
		if !toks[k].Word || r.conditional.Len(toks, k) == 0 || !r.conditionAt(toks, k) {
			continue
		}
		// Swedish writes a fronted "om" clause without a comma: "Om
		// inflationen faller menar banken att …": there a verb of saying
		// or believing is the main clause's, after the condition.
		v2 := r.clauseConditionals.Len(toks, k) > 0
		e := k + max(1, r.conditional.Len(toks, k)) // the marker may hold a comma: "w wypadku, gdy"
		for e < len(toks) {
			if t := toks[e].Low; t == "," || t == ";" || t == "–" || t == "—" {
				// A parenthetical opened by an insertion word ("inräknat
				// kronan") is the condition's own: it goes on after it.
				if c := r.insertionEnd(toks, e); c > 0 {
					e = c + 1
					continue
				}
				break
			}
			if v2 && e > k+2 && toks[e].Word && (r.reporting.Len(toks, e) > 0 || r.beliefs.Len(toks, e) > 0 || r.mainAuxiliary(toks, e)) {
				break
			}
			e++
		}
		out = append(out, [2]int{k, e})
		k = e
	}
	return out
}

// mainAuxiliary reports whether toks[k], inside a fronted "om" clause
// written without a comma, is the main clause's auxiliary that verb-second
// order puts right after it, known by the judgement it opens: "Om det
// vore val i dag skulle troligen Kristersson bli statsminister", "… kommer
// sannolikt Moderaterna att …". A future or "would", then a cue of
// judgement within the next three words (a name may stand between).
func (r *rules) mainAuxiliary(toks []kent.Token, k int) bool {
	if r.future.Len(toks, k) == 0 && r.reportedFuture.Len(toks, k) == 0 {
		return false
	}
	for e := k + 1; e < len(toks) && e <= k+3; e++ {
		if !toks[e].Word {
			return false
		}
		if n, _ := r.entries.Match(toks, e); n > 0 {
			return true
		}
	}
	return false
}

// concessiveSpans returns token ranges [marker, clause end) of concessive
// clauses ("even if", "selbst wenn", "даже если", "nawet jeśli"): what
// they concede is neither a condition of the judgement nor a forecast of
// the speaker's ("Даже если Байден снимет кандидатуру, демократы
// проиграют" forecasts no withdrawal).
func concessiveSpans(r *rules, toks []kent.Token) [][2]int {
	var out [][2]int
	for k := 0; k < len(toks); k++ {
		n := r.concessives.Len(toks, k)
		if !toks[k].Word || n == 0 {
			continue
		}
		e := k + n
		for e < len(toks) && toks[e].Low != "," && toks[e].Low != ";" && toks[e].Low != "–" && toks[e].Low != "—" {
			e++
		}
		out = append(out, [2]int{k, e})
		k = e
	}
	return out
}

// insertionEnd returns the index of the comma that closes a parenthetical
// opened at the comma c by an insertion word ("…, including the krona,
// …"), or 0 when none opens there or it does not close within a few words.
func (r *rules) insertionEnd(toks []kent.Token, c int) int {
	if toks[c].Low != "," || c+1 >= len(toks) || r.insertions.Len(toks, c+1) == 0 {
		return 0
	}
	for e := c + 2; e < len(toks) && e <= c+7; e++ {
		if toks[e].Low == "," {
			if e+1 < len(toks) && toks[e+1].Word && !r.mainClause(toks, e+1) {
				return e
			}
			return 0
		}
		if !toks[e].Word && toks[e].Low != "-" {
			return 0
		}
	}
	return 0
}

// mainClause reports whether the words from k to the next comma hold a
// cue of judgement, a future or a verb of saying or believing: after an
// insertion ("if Russia attacks, including in the north, NATO will
// respond") they are the main clause, not the condition going on.
func (r *rules) mainClause(toks []kent.Token, k int) bool {
	for ; k < len(toks); k++ {
		if t := toks[k].Low; t == "," || t == ";" || t == "–" || t == "—" {
			return false
		}
		if !toks[k].Word {
			continue
		}
		if n, _ := r.entries.Match(toks, k); n > 0 {
			return true
		}
		if r.future.Len(toks, k) > 0 || r.reporting.Len(toks, k) > 0 || r.beliefs.Len(toks, k) > 0 || r.expect.Len(toks, k) > 0 {
			return true
		}
	}
	return false
}

// conditionAt reports whether the conditional at k sets a condition: not
// inside a concessive ("even if", "selbst wenn"), and, for a word that is
// "if" only at a clause's start (Swedish "om"), at one: after punctuation,
// a complementizer, or the sentence's start.
func (r *rules) conditionAt(toks []kent.Token, k int) bool {
	for b := max(0, k-2); b <= k; b++ {
		if n := r.concessives.Len(toks, b); n > 0 && b+n > k {
			return false
		}
	}
	for b := max(0, k-3); b < k; b++ {
		if n := r.whether.Len(toks, b); n > 0 && b+n > k {
			return false // "sobre si": whether, not if
		}
	}
	if r.clauseConditionals.Len(toks, k) == 0 || k == 0 {
		return true
	}
	p := toks[k-1]
	return !p.Word || r.complementizers.Len(toks, k-1) > 0
}
