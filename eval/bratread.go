package eval

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/kentnews/kent"
)

// bratSpan is one text-bound annotation: its pieces as the file lists
// them (a split span has several, in any order) and their hull.
type bratSpan struct {
	Hull   kent.Span
	Pieces []kent.Span
}

// bratAttr is one attribution: its Source, Cue and Content spans (a role
// the annotators left out is absent).
type bratAttr map[string]bratSpan

// bratFile is what one .ann file holds for attribution scoring.
type bratFile struct {
	spans   map[string][]bratSpan // text-bound spans per type
	attrs   []bratAttr            // from events, else from relations
	skipped []string              // annotations that could not be read, with why
}

// readBrat reads the text-bound annotations of one .ann file, and the
// attributions that link them: brat events ("E1 Attribution:T4 Cue:T2
// Source:T1 Content:T3", the trigger being a Cue or a separate
// "Attribution" span) or, in files without events, relations between a cue
// and its source or content. A line that cannot be read is skipped and
// reported, not fatal: one bad annotation should not hide a corpus's score.
func readBrat(path string) (*bratFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := &bratFile{spans: map[string][]bratSpan{}}
	byID := map[string]bratSpan{}
	typeOf := map[string]string{}
	var events, relations [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	skip := func(why string) { out.skipped = append(out.skipped, fmt.Sprintf("%s:%d: %s", path, line, why)) }
	for sc.Scan() {
		line++
		parts := strings.SplitN(sc.Text(), "\t", 3)
		if len(parts) < 2 {
			continue
		}
		id := parts[0]
		switch {
		case strings.HasPrefix(id, "T"):
			typ, offsets, _ := strings.Cut(parts[1], " ")
			pieces, err := bratPieces(offsets)
			if err != nil {
				skip(err.Error())
				continue
			}
			sp := bratSpan{Hull: hullOf(pieces), Pieces: pieces}
			byID[id], typeOf[id] = sp, typ
			out.spans[typ] = append(out.spans[typ], sp)
		case strings.HasPrefix(id, "E"):
			events = append(events, strings.Fields(parts[1]))
		case strings.HasPrefix(id, "R"):
			relations = append(relations, strings.Fields(parts[1]))
		}
	}
	// role names an event argument: "Content2" is a second Content.
	role := func(arg string) (string, string, bool) {
		r, id, ok := strings.Cut(arg, ":")
		return strings.TrimRight(r, "0123456789"), id, ok
	}
	for _, ev := range events {
		a := bratAttr{}
		for i, arg := range ev {
			r, id, ok := role(arg)
			sp, known := byID[id]
			if !ok || !known {
				continue
			}
			if i == 0 {
				r = typeOf[id] // the trigger: a Cue itself, or an "Attribution" span
			}
			if isBratRole(r) {
				if _, dup := a[r]; !dup {
					a[r] = sp
				}
			}
		}
		if len(a) > 0 {
			out.attrs = append(out.attrs, a)
		}
	}
	if len(events) == 0 {
		byCue := map[string]bratAttr{}
		var order []string
		for _, rel := range relations {
			var ids []string
			for _, arg := range rel[min(1, len(rel)):] {
				if _, id, ok := role(arg); ok {
					ids = append(ids, id)
				}
			}
			if len(ids) != 2 {
				continue
			}
			if typeOf[ids[1]] == "Cue" {
				ids[0], ids[1] = ids[1], ids[0]
			}
			cue, other := ids[0], ids[1]
			if typeOf[cue] != "Cue" || !isBratRole(typeOf[other]) {
				continue
			}
			a := byCue[cue]
			if a == nil {
				a = bratAttr{"Cue": byID[cue]}
				byCue[cue] = a
				order = append(order, cue)
			}
			a[typeOf[other]] = byID[other]
		}
		for _, c := range order {
			out.attrs = append(out.attrs, byCue[c])
		}
	}
	return out, sc.Err()
}

func isBratRole(r string) bool {
	for _, x := range bratRoles {
		if r == x {
			return true
		}
	}
	return false
}

// bratPieces reads a text-bound annotation's offsets: "start end" pairs
// separated by ";", in any order.
func bratPieces(offsets string) ([]kent.Span, error) {
	var out []kent.Span
	for _, piece := range strings.Split(offsets, ";") {
		f := strings.Fields(piece)
		if len(f) != 2 {
			return nil, fmt.Errorf("bad offsets %q", strings.TrimSpace(offsets))
		}
		start, e1 := strconv.Atoi(f[0])
		end, e2 := strconv.Atoi(f[1])
		if e1 != nil || e2 != nil || start < 0 || end < start {
			return nil, fmt.Errorf("bad offsets %q %q", f[0], f[1])
		}
		out = append(out, kent.Span{Start: start, End: end})
	}
	return out, nil
}

// spanHull reads a brat span's offsets, "start end" pairs in any order,
// and returns the span from the first start to the last end.
func spanHull(offsets []string) (kent.Span, error) {
	if len(offsets)%2 != 0 {
		return kent.Span{}, fmt.Errorf("odd number of offsets %q", strings.Join(offsets, " "))
	}
	var pairs []string
	for i := 0; i < len(offsets); i += 2 {
		pairs = append(pairs, offsets[i]+" "+offsets[i+1])
	}
	pieces, err := bratPieces(strings.Join(pairs, ";"))
	if err != nil {
		return kent.Span{}, err
	}
	return hullOf(pieces), nil
}

func hullOf(pieces []kent.Span) kent.Span {
	h := pieces[0]
	for _, p := range pieces[1:] {
		h.Start, h.End = min(h.Start, p.Start), max(h.End, p.End)
	}
	return h
}
