package brief

import (
	"bytes"
	"encoding/json"
	"testing"
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
