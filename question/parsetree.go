package question

import (
	"slices"
	"strings"

	"github.com/kentnews/kent/syntax"
)

// The dependency tree a parse frame is read from: each word's head and
// children, and the walks that find what a cue judges (predicate), whose
// it is (subjectOf) and which words make up its clause.

// tree is a parsed sentence with each word's children.
type tree struct {
	t        []syntax.Token
	children [][]int
	// comp are the language's complementizers (att, that, dass, że): an
	// adverbial clause they open is a complement ("det är osannolikt att
	// Scholz avgår" parsed with advcl).
	comp map[string]bool
	// gen are the language's genitive prepositions ("of", "von"): "a
	// resignation of Scholz" is Scholz's.
	gen map[string]bool
	// compounds: the language writes compound nouns as one word, so a
	// noun no family form begins is read by its head (lexicon HeadOf).
	compounds bool
}

func newTree(t []syntax.Token) *tree {
	g := &tree{t: t, children: make([][]int, len(t))}
	for k, w := range t {
		if h := w.Head - 1; h >= 0 && h < len(t) && h != k {
			g.children[h] = append(g.children[h], k)
		}
	}
	return g
}

func (g *tree) head(k int) int {
	if h := g.t[k].Head - 1; h >= 0 && h < len(g.t) && h != k {
		return h
	}
	return -1
}

// rel is a word's relation without its subtype ("nsubj:pass" → "nsubj").
func (g *tree) rel(k int) string {
	r, _, _ := strings.Cut(g.t[k].Rel, ":")
	return r
}

// top is the cue word whose head lies outside the cue: the cue's head.
func (g *tree) top(cue []int) int {
	for _, k := range cue {
		if h := g.head(k); h < 0 || !slices.Contains(cue, h) {
			return k
		}
	}
	return cue[0]
}

// child returns the first child of k with one of the relations, or -1.
func (g *tree) child(k int, rels ...string) int {
	for _, r := range rels {
		for _, c := range g.children[k] {
			if g.rel(c) == r || g.t[c].Rel == r {
				return c
			}
		}
	}
	return -1
}

// modifierRels attach a cue to what it hedges: "will probably join"
// (advmod), "wird … beitreten" (aux), "may join" (aux), a copula.
var modifierRels = map[string]bool{"advmod": true, "aux": true, "cop": true, "discourse": true, "mark": true, "amod": true}

// predicate returns the word the cue at c judges: what the cue governs as
// a complement, or the verb it modifies, or the noun it says something of
// ("accession is unlikely"); -1 when there is none.
func (g *tree) predicate(c int) int {
	n := c
	// A figure or a chance noun's degree word stands for the chance noun it
	// counts: "a 58% chance of winning", "szanse … na 58 proc.".
	for range 2 {
		h := g.head(n)
		if h < 0 || g.t[h].UPOS != "NOUN" || !numberish(g.t[n].UPOS) {
			break
		}
		n = h
	}
	for range 3 {
		if x := g.child(n, "xcomp", "ccomp", "csubj"); x >= 0 {
			return x
		}
		if x := g.child(n, "advcl"); x >= 0 && g.complementized(x) && g.t[n].UPOS == "ADJ" {
			return x // "osannolikt att Scholz avgår": the clause the judgement is of
		}
		if h := g.head(n); h >= 0 && n == c && g.t[h].UPOS == "VERB" && (g.t[n].UPOS == "ADP" || g.t[n].UPOS == "PART") && g.rel(n) != "mark" {
			return h // a hedge particle read as a case word ("наўрад ці сыдзе"): it hedges its verb
		}
		if x := g.child(n, "acl"); x >= 0 && g.t[n].UPOS == "NOUN" && !g.commaBetween(n, x) {
			return x // "an even chance to win"; not "…, dada la tozudez"
		}
		h := g.head(n)
		if h < 0 || !modifierRels[g.rel(n)] {
			break
		}
		switch g.t[h].UPOS {
		case "VERB", "NOUN", "ADJ", "AUX":
			n = h
			if g.t[h].UPOS == "VERB" {
				// A verb the parse hangs as another's auxiliary ("Johnson
				// tvingas avgå": forced, to resign) is not the predicate.
				if v := g.head(h); v >= 0 && g.rel(h) == "aux" && g.t[v].UPOS == "VERB" {
					h = v
				}
				if x := g.consideredClause(h, c); x >= 0 {
					return x
				}
				return h
			}
		default:
			return -1
		}
	}
	switch g.t[n].UPOS {
	case "VERB":
		return n
	case "NOUN", "ADJ", "ADV", "NUM", "SYM":
		// "accession is unlikely", "szanse … są niewielkie", "a 58%
		// chance of winning": the noun spoken of, or what a chance is of.
		if x := g.child(n, "acl", "nmod"); x >= 0 && g.t[n].UPOS == "NOUN" && !g.commaBetween(n, x) {
			return x
		}
		if s := g.child(n, "nsubj"); s >= 0 {
			if x := g.child(s, "acl", "nmod", "xcomp"); x >= 0 && g.t[s].UPOS != "PROPN" {
				return x
			}
			if g.t[s].UPOS == "NOUN" {
				return s
			}
		}
	}
	return -1
}

// consideredClause returns the clause a verb of considering judges when
// the cue c is its complement: "hält es für unwahrscheinlich, dass
// Schweden beitritt", "håller det för troligt att Sverige går med" judge
// the clause after the complementizer. A verb with a nominal object judges
// that object ("hält ein Urteil für unwahrscheinlich"): -1.
func (g *tree) consideredClause(v, c int) int {
	// The cue is what the verb holds the matter for ("für", "för", "za",
	// "as") or the verb holds an "it" for it ("considers it unlikely").
	held := g.child(c, "case") >= 0
	x := -1
	for _, k := range g.children[v] {
		switch r := g.rel(k); {
		case r == "obj" && (g.t[k].UPOS == "NOUN" || g.t[k].UPOS == "PROPN"):
			return -1
		case (r == "obj" || r == "nsubj") && g.t[k].UPOS == "PRON" && k > v:
			held = true
		case (r == "ccomp" || r == "advcl") && k > c && x < 0 && g.complementized(k):
			x = k
		}
	}
	if !held {
		return -1
	}
	return x
}

// complementized reports whether clause x opens with a complementizer.
func (g *tree) complementized(x int) bool {
	for _, k := range g.children[x] {
		if g.rel(k) == "mark" && g.comp[strings.ToLower(g.t[k].Form)] {
			return true
		}
	}
	return false
}

// commaBetween reports whether a punctuation mark stands between words a
// and b: a clause after a comma is loosely attached, not a complement.
func (g *tree) commaBetween(a, b int) bool {
	for k := min(a, b) + 1; k < max(a, b); k++ {
		if g.t[k].UPOS == "PUNCT" && g.t[k].Form == "," {
			return true
		}
	}
	return false
}

func numberish(upos string) bool {
	return upos == "NUM" || upos == "SYM" || upos == "NOUN" || upos == "ADJ"
}

// nameRels are the parts of a subject's name: "Donald Trump" (flat),
// "Serbia's" (nmod:poss), "the Kremlin, Russia's government" (appos).
var nameRels = map[string]bool{"flat": true, "appos": true, "compound": true, "nmod": true, "amod": true, "det": true, "case": true, "conj": true, "cc": true}

// subjectOf returns the subject of the predicate: its nsubj, else that of
// the word it complements ("Ukraine is unlikely to join": join's subject is
// unlikely's), else for a noun its possessor ("Serbia's accession",
// "członkostwo Ukrainy"); -1 when there is none.
func (g *tree) subjectOf(p int) int {
	for n, steps := p, 0; n >= 0 && steps < 3; n, steps = g.head(n), steps+1 {
		if s := g.child(n, "nsubj"); s >= 0 && s != p {
			return s
		}
		switch g.rel(n) {
		case "xcomp", "ccomp", "csubj":
		case "obl", "obj":
			// "gilt als Favoritin", "jest faworytką" read as an oblique: a
			// noun predicate's subject is its verb's.
			if u := g.t[n].UPOS; u != "NOUN" && u != "ADJ" || n != p {
				return -1
			}
		default:
			steps = 3
		}
	}
	if g.t[p].UPOS == "NOUN" {
		for _, c := range g.children[p] {
			if g.t[c].Rel == "nmod:poss" || (g.rel(c) == "nmod" || g.rel(c) == "amod") && g.t[c].UPOS == "PROPN" && !g.hasPreposition(c) {
				return c
			}
		}
	}
	return -1
}

// hasPreposition reports whether a nominal has a case word other than a
// possessive: "to the EU" is an object, "członkostwo Ukrainy" and "a
// resignation of Scholz" a possessor.
func (g *tree) hasPreposition(k int) bool {
	for _, c := range g.children[k] {
		if g.rel(c) == "case" && g.t[c].UPOS == "ADP" && !g.gen[strings.ToLower(g.t[c].Form)] {
			return true
		}
	}
	return false
}

// clause lists the predicate and its descendants, leaving out adverbial,
// coordinated and loosely attached clauses: "Even if Putin thought of
// pushing the military towards Ukraine, he is probably realising that this
// could backfire" judges the realising, not the pushing.
func (g *tree) clause(p int) []int {
	out := []int{p}
	for i := 0; i < len(out); i++ {
		for _, c := range g.children[out[i]] {
			switch g.rel(c) {
			case "conj", "parataxis", "punct", "discourse", "vocative", "dislocated", "list", "reparandum":
				continue
			case "advcl", "obl", "nmod", "advmod":
				// A clause under a subordinator ("even if …", "because …"),
				// also where the parser attached it as a nominal; an
				// infinitive of purpose ("to provide troops") stays.
				if g.subordinated(c) {
					continue
				}
			}
			out = append(out, c)
		}
	}
	return out
}

// subordinated reports whether k has a subordinating conjunction as mark.
func (g *tree) subordinated(k int) bool {
	for _, c := range g.children[k] {
		if g.rel(c) == "mark" && g.t[c].UPOS == "SCONJ" {
			return true
		}
	}
	return false
}

// subtree lists k and the descendants reached through the relations.
func (g *tree) subtree(k int, rels map[string]bool) []int {
	out := []int{k}
	for i := 0; i < len(out) && len(out) < 12; i++ {
		for _, c := range g.children[out[i]] {
			if rels[g.rel(c)] {
				out = append(out, c)
			}
		}
	}
	slices.Sort(out)
	return out
}

func union(a, b []string) []string {
	out := append([]string{}, a...)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// complements are a noun's complements of the relations given: "attempt
// to impeach" (acl, xcomp), "accord de cessez-le-feu" (nmod).
func (g *tree) complements(k int, rels ...string) []int {
	var out []int
	for _, c := range g.children[k] {
		if slices.Contains(rels, g.rel(c)) {
			out = append(out, c)
		}
	}
	return out
}
