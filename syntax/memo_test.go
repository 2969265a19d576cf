package syntax

import (
	"slices"
	"testing"
)

// The memos rest on wordKeys putting a word's own keys first: the first
// nLex keys of a word are the same wherever it stands.
func TestWordOwnKeysComeFirst(t *testing.T) {
	for _, sent := range [][]string{
		{"Premier", "Donald", "Tusk", "powiedział", ",", "że", "NATO", "nie", "wyśle", "wojsk", "."},
		{"NATO", "said", "Tusk", "would", "not", "go", "1,5", "km", "-", "x"},
	} {
		ws := words(sent)
		for i := range ws {
			own := wordKeys(nil, ws, i)[:nLex(&ws[i])]
			alone := wordKeys(nil, ws[i:i+1], 0)
			if !slices.Equal(own, alone[:len(own)]) {
				t.Errorf("%q at %d: own keys %v, alone %v", sent[i], i, own, alone)
			}
		}
	}
}

// Tagging twice (the second time from the memos) gives the same tokens,
// and so does a fresh model without memos.
func TestMemosChangeNothing(t *testing.T) {
	m, ok := ForLanguage("pl")
	if !ok {
		t.Skip("no Polish model")
	}
	forms := Tokenize("Premier Donald Tusk powiedział w środę dziennikarzom w Warszawie, że rząd nie wyśle żołnierzy na Ukrainę.")
	first := m.Tag(forms)
	again := m.Tag(forms)
	if !slices.Equal(first, again) {
		t.Fatalf("memo changed the tags:\n%v\n%v", first, again)
	}
	ws := words(forms)
	plain := make([]Token, len(forms))
	for i, f := range forms {
		plain[i] = Token{Form: f, Head: -1}
	}
	m.tag.tag(ws, plain, nil, false, 0)
	sc := m.lemma.scratch()
	defer m.lemma.release(sc)
	for i := range plain {
		plain[i].Lemma = m.lemma.lemma(plain[i].Form, &ws[i], plain[i].UPOS, plain[i].Feats, sc)
	}
	if !slices.Equal(first, plain) {
		t.Fatalf("memo tags differ from plain tags:\n%v\n%v", first, plain)
	}
}
