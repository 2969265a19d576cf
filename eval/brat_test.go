package eval

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/attrib"
	"github.com/kentnews/kent/lang"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/segment"
)

func sp(s, e int) kent.Span { return kent.Span{Start: s, End: e} }

// Events with a separate "Attribution" trigger (PolNeAR's style), split
// spans whose pieces come in any order, an attribution without a source,
// and a broken line that is skipped rather than fatal.
func TestReadBratEvents(t *testing.T) {
	f, err := readBrat("testdata/brat2/b1.ann")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.skipped) != 1 || !strings.Contains(f.skipped[0], "b1.ann:10: bad offsets") {
		t.Errorf("skipped %q", f.skipped)
	}
	if len(f.attrs) != 2 {
		t.Fatalf("attributions %+v", f.attrs)
	}
	a := f.attrs[0]
	if a["Content"].Hull != sp(0, 82) || len(a["Content"].Pieces) != 2 || a["Content"].Pieces[0] != sp(54, 82) {
		t.Errorf("content %+v", a["Content"])
	}
	if a["Cue"].Hull != sp(38, 52) || a["Source"].Hull != sp(20, 37) {
		t.Errorf("cue %+v source %+v", a["Cue"], a["Source"])
	}
	if _, ok := f.attrs[1]["Source"]; ok || f.attrs[1]["Cue"].Hull != sp(93, 105) {
		t.Errorf("no-source attribution %+v", f.attrs[1])
	}
	if len(f.spans["Content"]) != 2 || len(f.spans["Cue"]) != 2 {
		t.Errorf("spans %+v", f.spans)
	}
}

// Files without events link roles with relations to the cue.
func TestReadBratRelations(t *testing.T) {
	f, err := readBrat("testdata/brat2/b2.ann")
	if err != nil {
		t.Fatal(err)
	}
	if len(f.attrs) != 1 || f.attrs[0]["Source"].Hull != sp(0, 9) || f.attrs[0]["Cue"].Hull != sp(10, 14) || f.attrs[0]["Content"].Hull != sp(15, 43) {
		t.Errorf("attributions %+v", f.attrs)
	}
}

func TestBratAttributionMatch(t *testing.T) {
	gold := []bratAttr{
		{"Source": {Hull: sp(0, 5)}, "Cue": {Hull: sp(6, 10)}, "Content": {Hull: sp(11, 30)}},
		{"Cue": {Hull: sp(40, 45)}, "Content": {Hull: sp(46, 50)}},
	}
	pred := []bratAttr{
		{"Source": {Hull: sp(0, 5)}, "Cue": {Hull: sp(6, 10)}, "Content": {Hull: sp(12, 30)}},
		{"Source": {Hull: sp(35, 39)}, "Cue": {Hull: sp(40, 45)}, "Content": {Hull: sp(46, 50)}},
	}
	var ex, ov PRF
	addAttrMatch(&ex, pred, gold, func(p, g kent.Span) bool { return p == g })
	addAttrMatch(&ov, pred, gold, func(p, g kent.Span) bool { return p.Start < g.End && g.Start < p.End })
	// The first differs in content by one character: an overlap match only.
	// The second has a source the gold attribution lacks: no match.
	if ex != (PRF{FP: 2, FN: 2}) || ov != (PRF{TP: 1, FP: 1, FN: 1}) {
		t.Errorf("exact %+v overlap %+v", ex, ov)
	}
}

func TestBratPiecesAndAttributions(t *testing.T) {
	lex := lexicon.MustDefault()
	det, _ := lang.New()
	x, err := attrib.New(lex)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	res, err := Brat("testdata/brat2", x, det, segment.New(lex), &out)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"2 documents, 3 attributions, 2 split spans", "1 annotations skipped", "Content pieces exact", "(4 gold pieces)", "attribution overlap"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("no %q in\n%s", want, out.String())
		}
	}
	// Kent reports attributions with a speaker only: the one without a
	// source is always missed.
	if m := res["Attribution"][1]; m.TP+m.FN != 3 || m.FN < 1 {
		t.Errorf("attributions %+v\n%s", m, out.String())
	}
	// The interrupted quote is one content whole and two pieces.
	if m := res["Content pieces"][0]; m.TP+m.FN != 4 || m.TP < 2 {
		t.Errorf("content pieces %+v\n%s", m, out.String())
	}
}
