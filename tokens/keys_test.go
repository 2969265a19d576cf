package tokens_test

import (
	"fmt"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/tokens"
)

// The tokenizer gives every token the Key of its lower-case form, and an
// index finds a phrase alike whether the token carries its Key or not (a
// token built by hand, or one whose word was changed and its Key unset).
func TestIndexFindsPhrasesByKey(t *testing.T) {
	var x tokens.Index[int]
	// Enough first words that the index's table grows several times.
	for i := range 300 {
		x.Add(fmt.Sprintf("word%d", i), i)
	}
	x.Add("word7 later", 1000)
	x.Add("Word7 later on", 1001)
	// Two first words with the same Key: each still finds its own
	// phrases (tokens.Key is 32 bits; these two share 661721554).
	if tokens.Key("w673879") != tokens.Key("w1180600") {
		t.Fatal("the colliding pair no longer collides: pick another")
	}
	x.Add("w673879 a", 1)
	x.Add("w1180600 b", 2)

	text := "Word7 later on, word299 and w1180600 b but not w673879 b nor word300."
	toks := tokens.Sentence(text, kent.Span{Start: 0, End: len(text)})
	bare := make([]kent.Token, len(toks))
	for i, tk := range toks {
		if tk.Key != tokens.Key(tk.Low) {
			t.Fatalf("token %q has Key %d, want %d", tk.Text, tk.Key, tokens.Key(tk.Low))
		}
		tk.Key = 0
		bare[i] = tk
	}
	want := map[string][2]int{"Word7": {3, 1001}, "word299": {1, 299}, "w1180600": {2, 2}}
	for _, ts := range [][]kent.Token{toks, bare} {
		for i, tk := range ts {
			n, v := x.Match(ts, i)
			w, ok := want[tk.Text]
			switch {
			case ok && (n != w[0] || v != w[1]):
				t.Errorf("%q: got %d words, value %d; want %d, %d", tk.Text, n, v, w[0], w[1])
			case !ok && n > 0:
				t.Errorf("%q: got %d words, value %d; want none", tk.Text, n, v)
			}
		}
	}
	if x.Len(nil, 0) != 0 {
		t.Error("no tokens match nothing")
	}
	var empty tokens.Phrases
	if empty.Len(toks, 0) != 0 {
		t.Error("the zero index matches nothing")
	}
}
