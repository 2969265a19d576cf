package storetest_test

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/kentnews/kent"
)

// word is one word of a text, folded (lower case, accents dropped), with
// where it stands.
type word struct {
	folded     string
	start, end int
}

func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func splitWords(s string) []word {
	var out []word
	start := -1
	for i, r := range s + " " {
		letter := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			out = append(out, word{fold(s[start:i]), start, i})
			start = -1
		}
	}
	return out
}

// term is a word, a prefix* or a "phrase", possibly after NOT.
type term struct {
	words  []string
	prefix bool
	not    bool
}

// parseQuery reads words, "phrases", prefix*, OR and NOT into alternatives
// of terms that must all match; ok is false for an unbalanced quote.
func parseQuery(s string) (alts [][]term, ok bool) {
	alts = [][]term{nil}
	not := false
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		var tok string
		t := term{not: not}
		if s[0] == '"' {
			end := strings.IndexByte(s[1:], '"')
			if end < 0 {
				return nil, false
			}
			tok, s = s[1:end+1], s[end+2:]
		} else {
			end := strings.IndexAny(s, " \"")
			if end < 0 {
				end = len(s)
			}
			tok, s = s[:end], s[end:]
			switch tok {
			case "OR":
				alts = append(alts, nil)
				continue
			case "NOT":
				not = true
				continue
			}
			t.prefix = strings.HasSuffix(tok, "*")
		}
		for _, w := range splitWords(tok) {
			t.words = append(t.words, w.folded)
		}
		if len(t.words) > 0 {
			alts[len(alts)-1] = append(alts[len(alts)-1], t)
		}
		not = false
	}
	return alts, true
}

// find returns where in doc a term matches, or -1.
func (t term) find(doc []word) int {
	for i := 0; i+len(t.words) <= len(doc); i++ {
		match := true
		for j, w := range t.words {
			d := doc[i+j].folded
			if d != w && !(t.prefix && j == len(t.words)-1 && strings.HasPrefix(d, w)) {
				match = false
				break
			}
		}
		if match {
			return i
		}
	}
	return -1
}

// matches returns how many positive terms of the query match doc and where
// the first does, or -1 when the query does not match.
func matches(alts [][]term, doc []word) (score, at int) {
	for _, alt := range alts {
		score, at := 0, -1
		for _, t := range alt {
			i := t.find(doc)
			if t.not != (i < 0) {
				score = -1
				break
			}
			if !t.not {
				score++
				if at < 0 {
					at = i
				}
			}
		}
		if score > 0 {
			return score, at
		}
	}
	return 0, -1
}

func (m *memStore) Search(_ context.Context, q kent.SearchQuery) ([]kent.SearchHit, int, error) {
	if strings.TrimSpace(q.Text) == "" {
		return nil, 0, kent.Errorf(kent.EINVALID, "empty search query")
	}
	alts, ok := parseQuery(q.Text)
	if !ok {
		alts, _ = parseQuery(strings.ReplaceAll(q.Text, `"`, " "))
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	var all []kent.SearchHit
	for _, a := range m.arts {
		if q.Language != "" && !strings.EqualFold(q.Language, a.Language) || q.Outlet != "" && !strings.EqualFold(q.Outlet, a.Outlet) || !inPeriod(a, q.Since, q.Until) {
			continue
		}
		doc := splitWords(a.Text)
		score, at := matches(alts, append(splitWords(a.Title), doc...))
		if at < 0 {
			continue
		}
		snippet := a.Text
		if at -= len(splitWords(a.Title)); at >= 0 {
			w := doc[at]
			snippet = a.Text[doc[max(at-8, 0)].start:w.start] + "[" + a.Text[w.start:w.end] + "]" + a.Text[w.end:doc[min(at+8, len(doc)-1)].end]
		}
		all = append(all, kent.SearchHit{ID: a.ID, Title: a.Title, Outlet: a.Outlet, Language: a.Language, Published: a.Published,
			Source: a.Source, Snippet: snippet, Score: float64(score)})
	}
	slices.SortFunc(all, func(x, y kent.SearchHit) int {
		return cmp.Or(cmp.Compare(y.Score, x.Score), strings.Compare(x.ID, y.ID))
	})
	hits, total := pageOf(all, q.Page)
	return hits, total, nil
}
