package clean

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/meta"
)

func (c *Cleaner) markTitle(bs []*block, res *Result) {
	if res.Title != "" {
		return
	}
	for i, b := range bs {
		if _, isURL := meta.URLLine(b.text); b.kind != kent.BlockBody || isURL || c.furnitureReason(b.text) != "" {
			continue // an address or a badge above the headline is not it
		}
		// The first line is a headline when it is short and does not end like
		// a sentence (a question mark is allowed), and more text follows.
		last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(b.text, "”’\"'»"))
		if i < len(bs)-1 && len(b.text) <= 200 && b.words >= 2 && !strings.ContainsRune(".,;:", last) {
			if _, isDomain := meta.DomainLine(b.text); !isDomain {
				b.kind, b.reason = kent.BlockTitle, "headline"
				res.Title = b.text
			}
		}
		return
	}
}

// markRepeats drops blocks that repeat the title or an earlier block, also
// when the repeat carries a caption credit the first copy lacks.
func (c *Cleaner) markRepeats(bs []*block, title string) {
	titleNorm := kent.NormalizeText(title)
	seen := map[string]int{}
	byPrefix := map[string]int{}
	const prefixLen = 40
	for i, b := range bs {
		if b.kind != kent.BlockBody || b.norm == "" {
			continue
		}
		if b.norm == titleNorm {
			b.kind, b.reason = kent.BlockDrop, "repeat of the headline"
			continue
		}
		// Short lines recur legitimately ("See it now: Amazon" under every
		// product in a list); the repeats scrapers make are whole paragraphs
		// and captions.
		if b.words < 8 {
			continue
		}
		if j, ok := seen[b.norm]; ok {
			b.kind, b.reason = kent.BlockDrop, "repeat of block "+strconv.Itoa(j+1)
			continue
		}
		if len(b.norm) >= prefixLen {
			if j, ok := byPrefix[b.norm[:prefixLen]]; ok {
				first := bs[j].norm
				if strings.HasPrefix(b.norm, first) && len(first)*10 >= len(b.norm)*7 {
					b.kind, b.reason = kent.BlockDrop, "repeat of block "+strconv.Itoa(j+1)+" with a caption added"
					continue
				}
			} else {
				byPrefix[b.norm[:prefixLen]] = i
			}
		}
		seen[b.norm] = i
	}
}

// splitGluedTitle separates a headline that a scraper glued onto the end of
// a body line ("Additional reporting by X The stalled Russian offensive…").
func (c *Cleaner) splitGluedTitle(bs []*block, title string) []*block {
	if len(title) < 20 {
		return bs
	}
	out := bs[:0:0]
	for _, b := range bs {
		if b.kind == kent.BlockBody && len(b.text) > len(title) && strings.HasSuffix(b.text, title) {
			head := strings.TrimSpace(strings.TrimSuffix(b.text, title))
			out = append(out, newBlock(head), &block{text: title, kind: kent.BlockDrop, reason: "headline glued to the end of a line"})
			continue
		}
		out = append(out, b)
	}
	return out
}
