package sqlite

import (
	"context"
	"errors"
	"strings"
	"time"
	"unicode"

	"github.com/kentnews/kent"
)

// Bounds on a search, so no query can keep a core busy for minutes
// (`NEAR(` with 2,000 words did): its length, its words, the words of one
// NEAR group, and the time the engine may take.
const (
	MaxQueryBytes = 1000
	MaxQueryTerms = 32
	MaxNearTerms  = 8
	QueryTimeout  = 10 * time.Second
)

// ftsSyntax reports whether a query uses FTS5 operators or groups; only
// then is an engine error the user's to fix. Words with stray punctuation (a
// lone quotation mark) are searched word by word instead.
func ftsSyntax(q string) bool {
	if strings.ContainsAny(q, "()") || strings.Contains(q, "NEAR") {
		return true
	}
	for _, w := range strings.Fields(q) {
		if w == "AND" || w == "OR" || w == "NOT" {
			return true
		}
	}
	return false
}

// queryWords are the words a query looks for (operators left out).
func queryWords(q string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if f != "AND" && f != "OR" && f != "NOT" && f != "NEAR" {
			out = append(out, f)
		}
	}
	return out
}

// checkQuery refuses a query past the bounds, or with nothing to find, in
// words a user can act on.
func checkQuery(q string) error {
	if len(q) > MaxQueryBytes {
		return kent.Errorf(kent.EINVALID, "search of %d bytes is too long: at most %d", len(q), MaxQueryBytes)
	}
	words := queryWords(q)
	if len(words) == 0 {
		return kent.Errorf(kent.EINVALID, "search %q has no words to look for", q)
	}
	if len(words) > MaxQueryTerms {
		return kent.Errorf(kent.EINVALID, "search has %d words: at most %d", len(words), MaxQueryTerms)
	}
	for rest := q; ; {
		i := strings.Index(rest, "NEAR(")
		if i < 0 {
			break
		}
		group, _, _ := strings.Cut(rest[i+5:], ")")
		if n := len(queryWords(group)); n > MaxNearTerms {
			return kent.Errorf(kent.EINVALID, "NEAR group of %d words: at most %d", n, MaxNearTerms)
		}
		rest = rest[i+5:]
	}
	return nil
}

// explain rewrites an engine error about a query in words, naming what to
// fix; a timeout says so.
func explain(q string, err error) error {
	if errors.Is(err, context.DeadlineExceeded) || strings.Contains(err.Error(), "interrupted") {
		return kent.Errorf(kent.EINVALID, "search %q took more than %s: make it narrower", q, QueryTimeout)
	}
	msg := err.Error()
	var why string
	switch {
	case strings.Count(q, `"`)%2 == 1 || strings.Contains(msg, "unterminated string"):
		why = "a quotation mark is not closed"
	case strings.Count(q, "(") != strings.Count(q, ")"):
		why = "its parentheses do not balance"
	case strings.Contains(msg, "no such column"):
		why = "a word followed by a colon is read as a column name; put the word in quotation marks"
	case strings.Contains(msg, "syntax error"):
		why = "AND, OR and NOT need a word or group on each side, NEAR a group in parentheses"
	default:
		why = "the search engine could not read it"
	}
	return kent.Errorf(kent.EINVALID, "cannot search for %q: %s (use plain words, \"a phrase\", prefix*, AND, OR, NOT, NEAR(a b))", q, why)
}
