package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/attrib"
	"github.com/kentnews/kent/lang"
	"github.com/kentnews/kent/segment"
)

// Roles scored on brat attribution corpora.
var bratRoles = []string{"Source", "Cue", "Content"}

// readBrat returns the text-bound spans per role of one .ann file.
// Discontinuous spans ("0 5;10 15", their pieces in any order) count as
// their hull.
func readBrat(path string) (map[string][]kent.Span, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string][]kent.Span{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		parts := strings.SplitN(sc.Text(), "\t", 3)
		if len(parts) < 2 || !strings.HasPrefix(parts[0], "T") {
			continue // events (E), relations (R), attributes (A), notes (#)
		}
		fields := strings.Fields(strings.ReplaceAll(parts[1], ";", " "))
		if len(fields) < 3 {
			return nil, fmt.Errorf("%s:%d: bad text-bound annotation", path, line)
		}
		role := fields[0]
		hull, err := spanHull(fields[1:])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		out[role] = append(out[role], hull)
	}
	return out, sc.Err()
}

// spanHull reads a brat span's offsets, "start end" pairs in any order,
// and returns the span from the first start to the last end.
func spanHull(offsets []string) (kent.Span, error) {
	if len(offsets)%2 != 0 {
		return kent.Span{}, fmt.Errorf("odd number of offsets %q", strings.Join(offsets, " "))
	}
	hull := kent.Span{Start: -1}
	for i := 0; i < len(offsets); i += 2 {
		start, e1 := strconv.Atoi(offsets[i])
		end, e2 := strconv.Atoi(offsets[i+1])
		if e1 != nil || e2 != nil || start < 0 || end < start {
			return kent.Span{}, fmt.Errorf("bad offsets %q %q", offsets[i], offsets[i+1])
		}
		if hull.Start < 0 || start < hull.Start {
			hull.Start = start
		}
		hull.End = max(hull.End, end)
	}
	return hull, nil
}

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
// quoted or reported words), exact and overlapping, one-to-one.
func Brat(dir string, x *attrib.Extractor, det *lang.Detector, seg *segment.Segmenter, w io.Writer) (map[string][2]PRF, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "*.ann"))
	if err != nil {
		return nil, err
	}
	if len(anns) == 0 {
		return nil, kent.Errorf(kent.EINVALID, "%s: no .ann files", dir)
	}
	sort.Strings(anns)
	res := map[string][2]PRF{}
	docs := 0
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
		text := string(data)
		a := articleFromText(text, det, seg)
		qs, _ := x.Extract(a)
		conv := byteToRune(text)
		rs := func(s kent.Span) kent.Span { return kent.Span{Start: conv[s.Start], End: conv[s.End]} }
		pred := map[string][]kent.Span{}
		for _, q := range corpusContents(text, qs) {
			if q.Speaker == nil {
				continue // the corpus annotates attributions, which need a source
			}
			pred["Content"] = append(pred["Content"], rs(q.Span))
			if q.CueSpan.End > q.CueSpan.Start {
				pred["Cue"] = append(pred["Cue"], rs(q.CueSpan))
			}
			if q.Speaker.MentionSpan.End > q.Speaker.MentionSpan.Start {
				pred["Source"] = append(pred["Source"], rs(q.Speaker.MentionSpan))
			}
		}
		for _, role := range bratRoles {
			m := res[role]
			addMatch(&m[0], pred[role], gold[role], func(p, g kent.Span) bool { return p == g })
			addMatch(&m[1], pred[role], gold[role], func(p, g kent.Span) bool { return p.Start < g.End && g.Start < p.End })
			res[role] = m
		}
		docs++
	}
	fmt.Fprintf(w, "brat attribution corpus %s: %d documents\n", dir, docs)
	for _, role := range bratRoles {
		m := res[role]
		printRow(w, role+" exact", m[0].Precision(), m[0].Recall(), m[0].F1(), fmt.Sprintf("(%0.f gold)", m[0].TP+m[0].FN))
		printRow(w, role+" overlap", m[1].Precision(), m[1].Recall(), m[1].F1(), "")
	}
	return res, nil
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
