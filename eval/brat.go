package eval

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/attrib"
	"github.com/kentnews/kent/lang"
	"github.com/kentnews/kent/segment"
)

// Roles scored on brat attribution corpora.
var bratRoles = []string{"Source", "Cue", "Content"}

// byteToRune maps byte offsets of text to the character offsets brat uses.
func byteToRune(text string) []int {
	m := make([]int, len(text)+1)
	n := 0
	for i := 0; i < len(text); i++ {
		if text[i]&0xC0 != 0x80 {
			m[i] = n
			n++
		} else {
			m[i] = n - 1
		}
	}
	m[len(text)] = n
	return m
}

// articleFromText makes a segmented article of raw text without cleaning,
// so offsets stay those of the file: each non-empty line is a paragraph.
func articleFromText(text string, det *lang.Detector, seg *segment.Segmenter) *kent.Article {
	a := &kent.Article{Text: text}
	code, _ := det.Detect(text)
	a.Language = code
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		sp := kent.Span{Start: start, End: end}
		for sp.Start < sp.End && (text[sp.Start] == ' ' || text[sp.Start] == '\t' || text[sp.Start] == '\r') {
			sp.Start++
		}
		for sp.End > sp.Start && (text[sp.End-1] == ' ' || text[sp.End-1] == '\t' || text[sp.End-1] == '\r') {
			sp.End--
		}
		if sp.End > sp.Start {
			a.Paragraphs = append(a.Paragraphs, kent.Paragraph{Span: sp, Language: code, Sentences: seg.Sentences(text, sp, code)})
		}
		start = end + 1
	}
	return a
}

// Brat scores attribution on every NAME.txt + NAME.ann pair in dir: spans
// of each role (Source = speaker mention, Cue = reporting words, Content =
// quoted or reported words), exact and overlapping, one-to-one; split spans
// whole (their hull) and piece by piece; and whole attributions, whose
// three roles must all match. The result's keys are the roles, each role
// with " pieces", and "Attribution"; [0] is exact, [1] overlap.
func Brat(dir string, x *attrib.Extractor, det *lang.Detector, seg *segment.Segmenter, w io.Writer) (map[string][2]PRF, error) {
	return BratMisses(dir, x, det, seg, w, nil)
}

// BratMisses is Brat that also lists, on misses when it is not nil, each
// gold span Kent does not match exactly with what Kent marked over it.
func BratMisses(dir string, x *attrib.Extractor, det *lang.Detector, seg *segment.Segmenter, w, misses io.Writer) (map[string][2]PRF, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "*.ann"))
	if err != nil {
		return nil, err
	}
	if len(anns) == 0 {
		return nil, kent.Errorf(kent.EINVALID, "%s: no .ann files", dir)
	}
	sort.Strings(anns)
	res := map[string][2]PRF{}
	docs, split, goldAttrs := 0, 0, 0
	var skipped []string
	exact := func(p, g kent.Span) bool { return p == g }
	overlaps := func(p, g kent.Span) bool { return p.Start < g.End && g.Start < p.End }
	for _, ann := range anns {
		txt := strings.TrimSuffix(ann, ".ann") + ".txt"
		data, err := os.ReadFile(txt)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", ann, err)
		}
		gold, err := readBrat(ann)
		if err != nil {
			return nil, err
		}
		skipped = append(skipped, gold.skipped...)
		text := string(data)
		a := articleFromText(text, det, seg)
		qs, _ := x.Extract(a)
		pred := bratPredict(text, qs, x.IsComplementizer)
		if misses != nil {
			listMisses(misses, filepath.Base(txt), text, gold, pred)
		}
		for _, role := range bratRoles {
			var whole, pieces []kent.Span
			for _, g := range gold.spans[role] {
				whole = append(whole, g.Hull)
				pieces = append(pieces, g.Pieces...)
				if len(g.Pieces) > 1 {
					split++
				}
			}
			m := res[role]
			addMatch(&m[0], pred.whole[role], whole, exact)
			addMatch(&m[1], pred.whole[role], whole, overlaps)
			res[role] = m
			m = res[role+" pieces"]
			addMatch(&m[0], pred.pieces[role], pieces, exact)
			addMatch(&m[1], pred.pieces[role], pieces, overlaps)
			res[role+" pieces"] = m
		}
		m := res["Attribution"]
		addAttrMatch(&m[0], pred.attrs, gold.attrs, exact)
		addAttrMatch(&m[1], pred.attrs, gold.attrs, overlaps)
		res["Attribution"] = m
		goldAttrs += len(gold.attrs)
		docs++
	}
	fmt.Fprintf(w, "brat attribution corpus %s: %d documents, %d attributions, %d split spans\n", dir, docs, goldAttrs, split)
	if len(skipped) > 0 {
		fmt.Fprintf(w, "%d annotations skipped, first: %s\n", len(skipped), skipped[0])
	}
	row := func(key, name, note string) {
		m := res[key]
		printRow(w, name+" exact", m[0].Precision(), m[0].Recall(), m[0].F1(), note)
		printRow(w, name+" overlap", m[1].Precision(), m[1].Recall(), m[1].F1(), "")
	}
	for _, role := range bratRoles {
		row(role, role, fmt.Sprintf("(%.0f gold)", res[role][0].TP+res[role][0].FN))
	}
	fmt.Fprintln(w, "split spans piece by piece:")
	for _, role := range bratRoles {
		row(role+" pieces", role+" pieces", fmt.Sprintf("(%.0f gold pieces)", res[role+" pieces"][0].TP+res[role+" pieces"][0].FN))
	}
	fmt.Fprintln(w, "whole attributions (source, cue and content all matched):")
	row("Attribution", "attribution", fmt.Sprintf("(%d gold)", goldAttrs))
	return res, nil
}

// bratPrediction is Kent's output in a corpus's terms, in characters.
type bratPrediction struct {
	whole, pieces map[string][]kent.Span
	attrs         []bratAttr
}

// bratPredict maps Kent's attributed quotes to the corpus's roles: whole
// contents as corpora mark them (with quote marks, an interrupted quote as
// one), and as pieces (each quote on its own, as a split span's pieces).
func bratPredict(text string, qs []kent.Quote, complementizer func(lang, word string) bool) bratPrediction {
	conv := byteToRune(text)
	rs := func(s kent.Span) kent.Span { return kent.Span{Start: conv[s.Start], End: conv[s.End]} }
	p := bratPrediction{whole: map[string][]kent.Span{}, pieces: map[string][]kent.Span{}}
	for _, q := range qs {
		if q.Speaker == nil {
			continue
		}
		sp := q.Span
		if q.Kind == kent.QuoteDirect || q.Kind == kent.QuotePartial {
			sp = withMarks(text, sp)
		} else if complementizer != nil {
			sp.Start = withComplementizer(text, sp.Start, q.Language, complementizer)
		}
		if n := len(p.pieces["Content"]); n > 0 {
			if last := p.pieces["Content"][n-1]; rs(sp).Start >= last.Start && rs(sp).End <= last.End {
				continue // a partial quote inside reported speech
			}
		}
		p.pieces["Content"] = append(p.pieces["Content"], rs(sp))
	}
	for _, q := range corpusContents(text, qs, complementizer) {
		if q.Speaker == nil {
			continue // the corpus annotates attributions, which need a source
		}
		a := bratAttr{"Content": {Hull: rs(q.Span)}}
		p.whole["Content"] = append(p.whole["Content"], rs(q.Span))
		if q.CueSpan.End > q.CueSpan.Start {
			a["Cue"] = bratSpan{Hull: rs(q.CueSpan)}
			p.whole["Cue"] = append(p.whole["Cue"], rs(q.CueSpan))
		}
		if q.Speaker.MentionSpan.End > q.Speaker.MentionSpan.Start {
			a["Source"] = bratSpan{Hull: rs(q.Speaker.MentionSpan)}
			p.whole["Source"] = append(p.whole["Source"], rs(q.Speaker.MentionSpan))
		}
		p.attrs = append(p.attrs, a)
	}
	p.pieces["Source"], p.pieces["Cue"] = p.whole["Source"], p.whole["Cue"]
	return p
}

// addAttrMatch counts a one-to-one greedy matching of predicted to gold
// attributions: a pair matches when each role is absent from both or
// present in both with hulls that are the same under same.
func addAttrMatch(m *PRF, pred, gold []bratAttr, same func(p, g kent.Span) bool) {
	used := make([]bool, len(gold))
	for _, p := range pred {
		hit := false
		for i, g := range gold {
			if used[i] {
				continue
			}
			ok := true
			for _, r := range bratRoles {
				ps, inP := p[r]
				gs, inG := g[r]
				if inP != inG || inP && !same(ps.Hull, gs.Hull) {
					ok = false
					break
				}
			}
			if ok {
				used[i], hit = true, true
				break
			}
		}
		if hit {
			m.TP++
		} else {
			m.FP++
		}
	}
	for _, u := range used {
		if !u {
			m.FN++
		}
	}
}

// addMatch counts a one-to-one greedy matching of predicted to gold spans.
func addMatch(m *PRF, pred, gold []kent.Span, same func(p, g kent.Span) bool) {
	used := make([]bool, len(gold))
	pred = dedupe(pred)
	for _, p := range pred {
		hit := false
		for i, g := range gold {
			if !used[i] && same(p, g) {
				used[i], hit = true, true
				break
			}
		}
		if hit {
			m.TP++
		} else {
			m.FP++
		}
	}
	for _, u := range used {
		if !u {
			m.FN++
		}
	}
}

// dedupe drops repeated spans: one cue introducing two quotes is one cue.
func dedupe(s []kent.Span) []kent.Span {
	seen := map[kent.Span]bool{}
	var out []kent.Span
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
