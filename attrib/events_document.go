// A document is no speaker: "Der Antrag fordert …" names the text, not who holds it.

package attrib

import (
	"strings"

	"github.com/kentnews/kent"
)

// documentSource turns a speech event's source that is a document of its
// language ("Der Antrag fordert", "the report warns", a relative "der"
// whose clause hangs on "Antrag") into the holder the document names
// ("Der Antrag der Union fordert": "der Union"), or into none: a text
// carries what someone says; it is not who says it. Annotated corpora
// (SpkAtt) never mark a document as a source, and a brief that gives
// "Der Bericht" a view as if it were a person misleads.
func (d *doc) documentSource(p *sentParse, k int, src []int, r *rules) []int {
	if len(src) != 1 || len(r.documents) == 0 {
		return src
	}
	x := src[0]
	if d.relativeSource(p, x, r) {
		// "einen Antrag vorgelegt, der … fordert": the relative stands
		// for the noun its clause hangs on
		if h := p.head(k); h >= 0 && strings.HasPrefix(p.rel(k), "acl") && d.document(p, h, r) {
			return nil
		}
		if n := d.relativeAntecedent(p, x); n >= 0 && d.document(p, n, r) {
			return nil // "hat einen Antrag vorgelegt, der …": the clause set after the participle
		}
		return src
	}
	if !d.document(p, x, r) {
		return src
	}
	for y := p.base; y < p.base+len(p.words); y++ {
		if p.head(y) == x && p.rel(y) == "nmod" && (p.genitive(y) || d.agentMarked(p, y, r)) && d.holderNoun(p, y, r) {
			return []int{y} // "der Bericht des Instituts", "the report by the ministry"
		}
	}
	return nil
}

// document reports whether nominal x is a document noun of its language,
// by its form or its lemma ("Gesetzentwurfs", "Anträge").
func (d *doc) document(p *sentParse, x int, r *rules) bool {
	if p.upos(x) != "NOUN" {
		return false
	}
	return r.documents.has(d.toks[x].Low) || r.documents.has(strings.ToLower(p.words[x-p.base].Lemma))
}

// relativeAntecedent returns the noun a relative pronoun x after a comma stands
// for when the parse hangs its clause elsewhere: the nearest noun within
// a few words before the comma that agrees with x in gender and number
// where both are marked; -1 when there is none.
func (d *doc) relativeAntecedent(p *sentParse, x int) int {
	fx := p.feats(x)
	for t := x - 2; t >= p.base && t >= x-7; t-- {
		if p.upos(t) != "NOUN" {
			continue
		}
		ft := p.feats(t)
		for _, key := range []string{"Gender=", "Number="} {
			if a, b := featValue(fx, key), featValue(ft, key); a != "" && b != "" && a != b {
				return -1
			}
		}
		return t
	}
	return -1
}

// mediumPhrases lists the prepositional phrases on verb cue k that name
// the document it is said in ("in Ihrem Antrag fordern Sie", "im
// Koalitionsvertrag haben wir vereinbart", "mit einem Schreiben").
func (d *doc) mediumPhrases(p *sentParse, k int, cue []int, r *rules) []kent.Span {
	if p.upos(k) == "NOUN" || len(r.documents) == 0 {
		return nil
	}
	var out []kent.Span
	for y := p.base; y < p.base+len(p.words); y++ {
		if p.head(y) == k && (strings.HasPrefix(p.rel(y), "obl") || p.rel(y) == "nmod") && p.hasPrep(y) && d.document(p, y, r) {
			out = append(out, d.pieces(d.phrase(p, y, cue))...)
		}
	}
	return out
}
