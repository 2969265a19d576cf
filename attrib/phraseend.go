// Where a source's noun phrase ends: an article after its noun.

package attrib

import "strings"

// articleBreak returns where the noun phrase of a source that runs over
// tokens [b, e) ends: at the first article right after one of its nouns
// that no genitive can be ("nach Einschätzung der meisten Beobachter die
// Wahl verlieren": the source is "meisten Beobachter", "die Wahl" the
// clause's object), else e. An article after a preposition ("von der
// Commerzbank") or a genitive one ("der Sprecher der Regierung") goes on
// with the phrase. Languages without articles in their attribution data
// are left as they are.
func (d *doc) articleBreak(b, e int, r *rules) int {
	if len(r.articles) == 0 {
		return e
	}
	for t := b + 1; t < e; t++ {
		w, prev := d.toks[t], d.toks[t-1]
		if !w.Word || !r.articles[w.Low] || r.genitiveArticles[w.Low] {
			continue
		}
		if prev.Word && !r.function[prev.Low] && !r.articles[prev.Low] && !r.connectors[prev.Low] && !r.agentPreps[prev.Low] {
			return t
		}
	}
	return e
}

// endAtArticle cuts a source after a cue before an article that opens the
// clause's next phrase (articleBreak).
func (d *doc) endAtArticle(n *np, r *rules) {
	if !n.ok() || n.kind == "pronoun" || n.hasApposite {
		return
	}
	if e := d.articleBreak(n.start, n.end, r); e < n.end {
		n.end = e
		if n.tail > e {
			n.tail = e
		}
	}
}

// withoutArticle drops the article that opens an affiliation as a reader
// sees it ("der Commerzbank", "the Kiel Institute", "l'Ifri"): the
// affiliation names the institution, whatever case the sentence put it in.
// Only before a name: "its research arm" keeps its possessive.
func withoutArticle(aff string, r *rules) string {
	for {
		w, rest, ok := strings.Cut(aff, " ")
		lw := strings.ToLower(w)
		if ok && startsUpper(rest) && (r.articles[lw] || r.determiners[lw]) {
			aff = rest
			continue
		}
		for _, apo := range []string{"'", "’"} {
			if i := strings.Index(lw, apo); i > 0 && i+len(apo) < len(lw) && r.determiners[lw[:i]+"'"] && startsUpper(aff[i+len(apo):]) {
				return aff[i+len(apo):] // "l'Ifri"
			}
		}
		return aff
	}
}
