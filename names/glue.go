package names

import (
	"strings"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// unglue splits the words of sents (one slice per sentence of a, in order)
// where scraped text ran a name into the function word after it: the page
// had "Alexander Lukashenko, the authoritarian leader", the scraper lost
// the comma and the space between two of its blocks, and the text reads
// "Alexander Lukashenkothe authoritarian leader". A capitalised word is cut
// in two when it ends in a function word of three letters or more of its
// sentence's language and what comes before that word is printed as a
// word of its own, capitalised, elsewhere in the article, while the
// glued word itself is printed nowhere else ("Hansen" stays whole beside
// "Hans": "en" is too short; "Holland" stays: "Holl" is printed nowhere).
// The tail becomes a lower-case word with no gap before it, so the name
// ends where the glue began.
func (f *Finder) unglue(a *kent.Article, sents [][]word) {
	type at struct{ s, k, cut int }
	var cands []at
	sent := 0
	for _, p := range a.Paragraphs {
		lang := p.Language
		if lang == "" || lang == "und" {
			lang = a.Language
		}
		for range p.Sentences {
			if sent >= len(sents) {
				break
			}
			glue := f.glue[lang]
			for k := range sents[sent] {
				if cut := glueCut(&sents[sent][k], glue); cut > 0 {
					cands = append(cands, at{sent, k, cut})
				}
			}
			sent++
		}
	}
	if len(cands) == 0 {
		return // most articles: no capitalised word ends in a function word
	}
	printed := map[string]int{}
	for _, ws := range sents {
		for _, w := range ws {
			if w.cap {
				printed[w.text]++
			}
		}
	}
	// Split from the last candidate back, so earlier indices stay valid.
	for i := len(cands) - 1; i >= 0; i-- {
		c := cands[i]
		ws := sents[c.s]
		w := ws[c.k]
		if printed[w.text] > 1 || printed[w.text[:c.cut]] == 0 {
			continue
		}
		head, tail := w, w
		head.end, head.text = w.start+c.cut, w.text[:c.cut]
		head.low = strings.ToLower(head.text)
		tail.start, tail.text, tail.low = w.start+c.cut, w.text[c.cut:], w.text[c.cut:]
		tail.cap, tail.first, tail.gap = false, false, false
		out := make([]word, 0, len(ws)+1)
		out = append(out, ws[:c.k]...)
		out = append(out, head, tail)
		sents[c.s] = append(out, ws[c.k+1:]...)
	}
}

// glueCut returns the byte offset where a function word of a language
// (glue: its function words) glued to the end of a capitalised word
// begins, or 0: the word keeps at least three letters before it, and the
// function word is printed in lower case.
func glueCut(w *word, glue map[string]bool) int {
	if !w.cap || len(w.text) < 6 || glue == nil {
		return 0
	}
	n := utf8.RuneCountInString(w.text)
	i := len(w.text)
	for k := 1; k <= 5 && k <= n-3; k++ {
		_, size := utf8.DecodeLastRuneInString(w.text[:i])
		i -= size
		if k < 3 {
			continue
		}
		tail := w.text[i:]
		if glue[tail] && tail == strings.ToLower(tail) {
			return i
		}
	}
	return 0
}
