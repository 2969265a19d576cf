// Where a speech comes from: "Kritik aus der Opposition".

package attrib

// originMarked reports whether nominal x carries a preposition of origin
// (lexicon origin_preps: "aus", "seitens", "from", "från") as its case
// marker: "Forderungen aus der Richterschaft", "Kritik seitens der
// Länder", "calls from the opposition" are held by where they come from,
// as "von X" and "by X" are. Only a noun that can hold a view counts
// (the caller checks): "Zitate aus dem Bericht" come from a text.
func (d *doc) originMarked(p *sentParse, x int, r *rules) bool {
	for _, c := range p.children(x, "case") {
		if r.originPreps[d.toks[c].Low] {
			return true
		}
	}
	return false
}
