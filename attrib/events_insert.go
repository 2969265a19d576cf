// A clause set between dashes inside another ("„Datenschutz“ – der
// Kollege hat es gesagt – ist …") read as a sentence of its own.

package attrib

import (
	"strings"

	"github.com/kentnews/kent/syntax"
)

// inserts caches the parses of dash insertions by their token range, with
// their support-verb pairs; a nil parse marks a range that is no clause.
type inserts map[[2]int]*insertParse

type insertParse struct {
	p     *sentParse
	light map[int]int
}

// insertAround returns the parse of the insertion between dashes that
// holds token k, read as a sentence of its own, or nil when k stands in
// none or the insertion holds no finite verb ("– Stand 2016 –"). Parsed
// inside its host sentence, an insertion's subject is often taken for
// the host's and its verb's particle lost ("– der Kollege wies darauf hin
// –"); alone, the parser reads it as the clause it is.
func (d *doc) insertAround(p *sentParse, k int, r *rules, ex set, cache inserts) *insertParse {
	dash := func(t int) bool {
		switch d.toks[t].Text {
		case "-", "–", "—":
			return true
		}
		return false
	}
	end := p.base + len(p.words)
	a, b := -1, -1
	for t := k - 1; t >= p.base; t-- {
		if dash(t) {
			a = t
			break
		}
	}
	for t := k + 1; t < end; t++ {
		if dash(t) {
			b = t
			break
		}
	}
	if a < 0 || b < 0 || b-a-1 < 3 || a == p.base && b == end-1 {
		return nil
	}
	key := [2]int{a + 1, b}
	if ins, seen := cache[key]; seen {
		return ins
	}
	cache[key] = nil
	m, ok := syntax.ForLanguage(d.lang(a + 1))
	if !ok || !m.HasParser() {
		return nil
	}
	forms, of := d.parseForms(a+1, b)
	q := &sentParse{base: a + 1, words: spreadParse(m.Parse(forms), of, b-a-1)}
	finite := false
	for t := q.base; t < b; t++ {
		if u := q.upos(t); (u == "VERB" || u == "AUX") && strings.Contains(q.feats(t), "VerbForm=Fin") {
			finite = true
		}
	}
	if !finite {
		return nil
	}
	ins := &insertParse{p: q, light: d.lightVerbs(q, r, ex)}
	cache[key] = ins
	return ins
}
