package clean

import (
	"sort"
	"strings"
	"unicode"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lang"
)

// articleLanguage trusts a valid hint, else asks the detector about the
// longest blocks, which are the article's own paragraphs far more often than
// chrome is.
func (c *Cleaner) articleLanguage(bs []*block, hint string) string {
	if hint = strings.ToLower(hint); c.codes[hint] {
		return hint
	}
	sample := c.languageSample(bs)
	// Function words settle most articles at once: a language with many
	// of them in the sample and far more than any other is the article's.
	// The statistical detector decides the rest (and short texts), and must
	// confirm a pick: a text in no configured language is und.
	if code := c.clearFunctionWordLead(kent.NormalizeText(sample)); code != "" && c.det.Confirms(code, sample) {
		return code
	}
	code, _ := c.det.Detect(sample)
	return code
}

// languageSample joins samples of the longest body blocks up to the
// detector's sample size.
func (c *Cleaner) languageSample(bs []*block) string {
	idx := make([]int, len(bs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return len(bs[idx[a]].text) > len(bs[idx[b]].text) })
	var sb strings.Builder
	for _, i := range idx {
		if sb.Len() >= c.det.MaxSample || bs[i].kind != kent.BlockBody {
			break
		}
		sb.WriteString(lang.Sample(bs[i].text, c.det.MaxSample/2))
		sb.WriteString(" ")
	}
	return sb.String()
}

// clearFunctionWordLead returns the detector language with the most function
// words in norm when it has at least 12 and three times any other's, else "".
func (c *Cleaner) clearFunctionWordLead(norm string) string {
	counts := c.functionWordCounts(norm)
	best, second := "", 0
	for code, n := range counts {
		if !c.codes[code] {
			continue
		}
		if best == "" || n > counts[best] || n == counts[best] && code < best {
			if best != "" {
				second = max(second, counts[best])
			}
			best = code
		} else {
			second = max(second, n)
		}
	}
	if best != "" && counts[best] >= 12 && counts[best] >= 3*second {
		return best
	}
	return ""
}

// markLanguages detects each block's language where it can matter: short
// blocks (chrome is short) and blocks with letters from another alphabet.
// Long blocks of the article's own alphabet take the article's language;
// detecting every paragraph would cost more than the rest of ingest.
func (c *Cleaner) markLanguages(bs []*block, article string) {
	for _, b := range bs {
		b.lang = article
		if b.kind != kent.BlockBody {
			continue // already decided; its language changes nothing
		}
		foreign := c.foreignLetters(b.text, article)
		if !(len(b.text) <= 300 && b.words >= 2) && !foreign {
			continue
		}
		if !foreign && c.functionWordsAgree(b.norm, article) {
			continue
		}
		code, conf := c.det.Detect(b.text)
		if code == "" {
			continue
		}
		if code != article && !foreign && c.foreignLetters(b.text, code) {
			// "Об этом заявил политолог Александр Рар." read as Ukrainian:
			// a block written in the article's letters, with some the
			// detected language lacks (э, ы), is in the article's language.
			continue
		}
		b.lang, b.conf = code, conf
		if code == article || article == "" {
			continue
		}
		c.dropForeignLine(b, article, foreign)
	}
}

// dropForeignLine drops a short block detected in another language than the
// article's. Such a line is a publisher's footer or a caption far more often
// than article text. Headings are short too and the detector is unsure on a
// few words, so it must be sure, no function word of the article's language
// may appear, and something besides the detector must point at the other
// language: its letters or its function words.
func (c *Cleaner) dropForeignLine(b *block, article string, foreign bool) {
	if len(b.text) <= 200 && b.words >= 2 && b.conf >= 0.9 {
		fw := c.functionWordCounts(b.norm)
		if fw[article] == 0 && (foreign || fw[b.lang] > 0) {
			b.kind, b.reason = kent.BlockDrop, "language "+b.lang+" differs from the article's ("+article+")"
		}
	}
}

// functionWordsAgree reports whether a block's function words say it is in
// the article's language: at least three of them, and more than twice as
// many as of any other language. This settles most paragraphs without the
// statistical detector.
//
// It is asked of most short blocks, so the counts go to a short list on
// the stack (a block's words belong to a few languages), not to a map.
func (c *Cleaner) functionWordsAgree(norm, article string) bool {
	var buf [16]langCount
	counts := buf[:0]
	for w := range strings.FieldsSeq(norm) {
		for _, code := range c.function[w] {
			k := 0
			for k < len(counts) && counts[k].code != code {
				k++
			}
			if k == len(counts) {
				counts = append(counts, langCount{code: code})
			}
			counts[k].n++
		}
	}
	own := 0
	for _, lc := range counts {
		if lc.code == article {
			own = lc.n
		}
	}
	if own < 3 {
		return false
	}
	for _, lc := range counts {
		if lc.code != article && lc.n*2 >= own {
			return false
		}
	}
	return true
}

// langCount is how many function words of one language a block has.
type langCount struct {
	code string
	n    int
}

// functionWordCounts counts a block's function words per language.
func (c *Cleaner) functionWordCounts(norm string) map[string]int {
	counts := map[string]int{}
	for w := range strings.FieldsSeq(norm) {
		for _, code := range c.function[w] {
			counts[code]++
		}
	}
	return counts
}

// foreignLetters reports whether t has letters outside ASCII that the
// article's language does not use (š in an English article, Cyrillic in a
// Polish one).
func (c *Cleaner) foreignLetters(t, article string) bool {
	for _, r := range t {
		if r < 128 || !unicode.IsLetter(r) {
			continue
		}
		if !c.ownLetter(r, article) {
			return true
		}
	}
	return false
}

func (c *Cleaner) ownLetter(r rune, article string) bool {
	own, known := c.langLetters[article]
	return !known || strings.ContainsRune(own, r)
}
