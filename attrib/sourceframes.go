package attrib

import (
	"strings"

	"github.com/kentnews/kent/tokens"
)

// A source frame is a source cue that stands around its source: "In Lee's
// view, …", "By Goldman's estimate, …", "Der Einschätzung von Lukas Weber
// zufolge …". The lexicon writes them in lower case with x for the source
// (attribution.source_frames, x for the source); the source holds what the sentence goes on
// to say, as after "according to X".

// maxFrameSource bounds the source inside a frame, in tokens.
const maxFrameSource = 8

type sourceFrame struct {
	pre, post []string // lower-case words before and after the source
	poss      bool     // the source ends in a possessive: "X's", "X:s"
}

// sourceFrames indexes the frames by their first word.
type sourceFrames map[string][]sourceFrame

func newSourceFrames(list []string) sourceFrames {
	out := sourceFrames{}
	for _, l := range list {
		var f sourceFrame
		slot := false
		for _, w := range strings.Fields(l) {
			switch lw := strings.ToLower(w); {
			case lw == "x":
				slot = true
			case lw == "x's" || lw == "x’s" || lw == "x:s":
				slot, f.poss = true, true
			case slot:
				f.post = append(f.post, tokens.Words(lw)...)
			default:
				f.pre = append(f.pre, tokens.Words(lw)...)
			}
		}
		if !slot || len(f.pre) == 0 || len(f.post) == 0 && !f.poss {
			continue // the lexicon test rejects these
		}
		out[f.pre[0]] = append(out[f.pre[0]], f)
	}
	return out
}

// wordsAt reports whether the lower-case words ws stand at token i, before
// se, and returns where they end.
func (d *doc) wordsAt(ws []string, i, se int) (int, bool) {
	for _, w := range ws {
		if i >= se || !d.toks[i].Word || d.toks[i].Low != w || d.inQuote[i] >= 0 {
			return 0, false
		}
		i++
	}
	return i, true
}

// frameSource reads a source frame whose first word is token i: the frame
// and the token its words end at.
func (d *doc) frameSource(i, s, se int, r *rules) (*frame, int) {
	for _, sf := range r.sourceFrames[d.toks[i].Low] {
		a, ok := d.wordsAt(sf.pre, i, se)
		if !ok {
			continue
		}
		for k := a; k < se && k < a+maxFrameSource; k++ {
			if d.inQuote[k] >= 0 || !d.toks[k].Word && d.toks[k].Text != "-" && !(k > a && isApostrophe(d.toks[k].Text)) {
				break
			}
			xEnd := k
			if sf.poss {
				if !isPossessive(d.toks[k].Text) {
					continue
				}
				xEnd = k + 1
			}
			post := xEnd
			if !sf.poss && post > a && post < se && isApostrophe(d.toks[post].Text) {
				post++ // "nach Kallas' Worten": the genitive of a name ending in s
			}
			end, ok := d.wordsAt(sf.post, post, se)
			if !ok || xEnd == a {
				if sf.poss {
					break // only the first possessive: "in Lee's team's view" is no frame of Lee's
				}
				continue
			}
			n := d.someone(d.parseSource(a, xEnd, r))
			if !n.ok() || n.end != xEnd {
				break
			}
			n.tail = end
			return &frame{cueStart: i, cueEnd: a, cue: d.text(i, end), np: n, source: true, npAfter: true, sent: s}, end
		}
	}
	return nil, i
}

func isApostrophe(w string) bool { return w == "'" || w == "’" }
