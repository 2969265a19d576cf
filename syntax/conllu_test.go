package syntax

import (
	"strings"
	"testing"
)

func TestReadCoNLLU(t *testing.T) {
	sents, err := ReadFile("testdata/tiny.conllu")
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	s := sents[0]
	if s.ID != "s1" || s.Text != "Putin said it." || len(s.Tokens) != 4 {
		t.Fatalf("sentence 1 = %+v", s)
	}
	if tok := s.Tokens[0]; tok.Lemma != "Putin" || tok.UPOS != "PROPN" || tok.Head != 2 || tok.Rel != "nsubj" {
		t.Errorf("token 1 = %+v", tok)
	}
	if s.Tokens[3].Feats != "" {
		t.Errorf("'_' feats should read as empty, got %q", s.Tokens[3].Feats)
	}
	es := sents[1]
	if len(es.Tokens) != 5 {
		t.Fatalf("empty node must be dropped: %d words", len(es.Tokens))
	}
	if len(es.Multi) != 1 || es.Multi[0] != (Multiword{Start: 1, End: 3, Form: "del"}) {
		t.Errorf("multiword = %+v", es.Multi)
	}
}

func TestReadCoNLLUErrorNamesLine(t *testing.T) {
	bad := "# sent_id = x\n1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n3\tB\tb\tX\t_\t_\t1\tdep\t_\t_\n"
	for _, err := range ReadCoNLLU(strings.NewReader(bad)) {
		if err == nil || !strings.Contains(err.Error(), "line 3") {
			t.Fatalf("want an error naming line 3, got %v", err)
		}
		return
	}
	t.Fatal("no error for a word out of sequence")
}

func TestSplitNeverEvaluatesTrained(t *testing.T) {
	var test []Sentence
	for i := range 5 {
		test = append(test, Sentence{ID: string(rune('a' + i))})
	}
	fit, held := Split(nil, []Sentence{{ID: "dev"}}, test)
	if len(fit) != 4 || len(held) != 2 {
		t.Fatalf("fit %d held %d", len(fit), len(held))
	}
	seen := map[string]bool{}
	for _, s := range fit {
		seen[s.ID] = true
	}
	for _, s := range held {
		if seen[s.ID] {
			t.Errorf("%s is both trained on and evaluated", s.ID)
		}
	}
}
