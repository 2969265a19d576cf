package brief

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/kentnews/kent"
)

// TestWriteIndented: the indented JSON is byte for byte what json.Encoder
// with SetIndent writes, for empty and nested objects and arrays, strings
// with escaped quotes, backslashes, brackets, commas and colons, numbers and
// literals.
func TestWriteIndented(t *testing.T) {
	values := []any{
		map[string]any{},
		[]any{},
		map[string]any{"a": []any{}, "b": map[string]any{}, "c": []any{1, 2.5, -3e-9, true, false, nil}},
		[]any{`he said "no", [really]: {x}`, `back\slash\`, "\\\"", "", "ü — 😀", "<b>&amp;</b>", "\u2028\n\t"},
		map[string]any{"deep": []any{map[string]any{"x": []any{[]any{}, []any{map[string]any{"y": "z"}}}}}},
		"just a string", 42, nil,
	}
	for _, v := range values {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		var compact, got bytes.Buffer
		enc = json.NewEncoder(&compact)
		enc.SetEscapeHTML(false)
		enc.Encode(v)
		if err := writeIndented(&got, compact.Bytes(), "  "); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%v:\ngot  %q\nwant %q", v, got.String(), want.String())
		}
	}
}

// TestCompactJSON: an outlook whose lists are encoded in chunks on all
// cores is byte for byte the outlook encoded at once, for lists longer
// than a chunk, empty and absent, with text that looks like the JSON
// around it.
func TestCompactJSON(t *testing.T) {
	var o kent.Outlook
	o.Question = `Will "set_aside":null be read? <b>&</b>`
	o.Contributions = []kent.Contribution{}
	for i := range 2*chunkItems + 7 {
		o.SetAside = append(o.SetAside, kent.Contribution{Holder: fmt.Sprintf("Holder %d «x»", i), P: float64(i) / 1000,
			Words: `he said "conditional":null, [really]` + strings.Repeat("ü", i%5), Reason: "about\nsomething else"})
	}
	o.Series = []kent.Point{{P: 0.3, Holders: 2}}
	for _, conditional := range [][]kent.Contribution{nil, o.SetAside[:3]} {
		o.Conditional = conditional
		want, err := encodeCompact(&o)
		if err != nil {
			t.Fatal(err)
		}
		got, err := compactJSON(&o)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("conditional %v: chunked encoding differs:\ngot  %.300q\nwant %.300q", conditional != nil, got, want)
		}
	}
}
