package tokens_test

import (
	"slices"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/tokens"
)

func texts(toks []kent.Token) []string {
	var out []string
	for _, t := range toks {
		out = append(out, t.Text)
	}
	return out
}

func TestSentenceKeepsWordsWhole(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"The U.S. said so.", []string{"The", "U.S.", "said", "so", "."}},
		{"Ukraine’s Wit-Rusland don't", []string{"Ukraine’s", "Wit-Rusland", "don't"}},
		{"enligt SEB:s analytiker", []string{"enligt", "SEB:s", "analytiker"}},
		{"EU:n jäsen, vs: ja", []string{"EU:n", "jäsen", ",", "vs", ":", "ja"}},
		{"Fed:s räntebesked, BoJ:n päätös", []string{"Fed:s", "räntebesked", ",", "BoJ:n", "päätös"}},
		{"Obs: ja", []string{"Obs", ":", "ja"}},
		{"a 3.5% chance", []string{"a", "3.5", "%", "chance"}},
		{"dell’80% all-in 50-50", []string{"dell", "’", "80", "%", "all-in", "50-50"}},
		{"„Nein“ – sagte er", []string{"„", "Nein", "“", "–", "sagte", "er"}},
		{"end. Next", []string{"end", ".", "Next"}},
		{"rock 'n' roll --", []string{"rock", "'", "n", "'", "roll", "-", "-"}},
		{"बिहार", []string{"बिहार"}}, // combining marks stay inside the word
	} {
		toks := tokens.Sentence(c.in, kent.Span{Start: 0, End: len(c.in)})
		if got := texts(toks); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
		for _, tk := range toks {
			if c.in[tk.Start:tk.End] != tk.Text {
				t.Errorf("%q: token %q has offsets %d-%d", c.in, tk.Text, tk.Start, tk.End)
			}
		}
	}
}

func TestArticleTagsSentencesAndParagraphs(t *testing.T) {
	text := "Er sagte: Ja. Nein.\n\nEnde"
	a := &kent.Article{Text: text, Paragraphs: []kent.Paragraph{
		{Span: kent.Span{Start: 0, End: 19}, Sentences: []kent.Sentence{{Span: kent.Span{Start: 0, End: 13}}, {Span: kent.Span{Start: 14, End: 19}}}},
		{Span: kent.Span{Start: 21, End: 25}, Sentences: []kent.Sentence{{Span: kent.Span{Start: 21, End: 25}}}},
	}}
	toks := tokens.Of(a)
	last := toks[len(toks)-1]
	if last.Text != "Ende" || last.Low != "ende" || !last.Word || last.Sentence != 2 || last.Paragraph != 1 {
		t.Fatalf("last token %+v", last)
	}
	by := tokens.Sentences(toks, 3)
	if got := texts(by[1]); !slices.Equal(got, []string{"Nein", "."}) {
		t.Errorf("second sentence %q", got)
	}
	a.Tokens = toks[:1]
	if len(tokens.Of(a)) != 1 {
		t.Error("Of did not return the article's own tokens")
	}
}

func TestWordsOfAPhrase(t *testing.T) {
	if got := tokens.Words("Pointed out, U.S. „very“"); !slices.Equal(got, []string{"pointed", "out", "u.s.", "very"}) {
		t.Errorf("got %q", got)
	}
}

func TestIndexFindsTheLongestPhrase(t *testing.T) {
	x := &tokens.Index[string]{SkipQuotes: true}
	x.Add("according to", "short")
	x.Add("according to the", "long")
	x.Add("According to", "duplicate") // same words: the first added wins
	x.Add("inom en överskådlig framtid", "quoted")
	x.Add("!!", "no words")
	s := "According to the ISW, inom en ”överskådlig framtid”."
	toks := tokens.Sentence(s, kent.Span{Start: 0, End: len(s)})
	if n, v := x.Match(toks, 0); n != 3 || v != "long" {
		t.Errorf("at 0: %d %q", n, v)
	}
	if n, _ := x.Match(toks[:2], 0); n != 2 {
		t.Errorf("cut at 2: %d", n)
	}
	if n, v := x.Match(toks, 5); n != 5 || v != "quoted" {
		t.Errorf("at 5: %d %q", n, v)
	}
	strict := tokens.NewPhrases([]string{"inom en överskådlig framtid"}, false)
	if strict.Len(toks, 5) != 0 || strict.Len(toks, 4) != 0 || x.Len(toks, 4) != 0 {
		t.Error("a quote mark broke no phrase, or punctuation started one")
	}
}

func TestHelpers(t *testing.T) {
	for _, s := range []string{"“", "”", "„", "«", "»", "‹", "›", "‘", "’", "‚", `"`} {
		if !tokens.IsQuoteMark(s) {
			t.Errorf("%q is a quote mark", s)
		}
	}
	if tokens.IsQuoteMark("a") || tokens.IsQuoteMark("") || !tokens.IsDash("–") || tokens.IsDash("a") {
		t.Error("quote mark or dash")
	}
	for s, want := range map[string]bool{"NATO": true, "НАТО": true, "ISW": true, "N": false, "Nato": false, "U.S.": false, "SEVENUP": false} {
		if tokens.IsAcronym(s) != want {
			t.Errorf("IsAcronym(%q) != %v", s, want)
		}
	}
	if !tokens.HasNegativeEnding("wouldn’t", []string{"n't", "n’t"}) || tokens.HasNegativeEnding("want", []string{"n't"}) {
		t.Error("negative ending")
	}
}

// A comma written inside a lexicon phrase ("unklar, ob") stands for the
// comma in the text; a phrase without one is still broken by it.
func TestIndexMatchesACommaInsideAPhrase(t *testing.T) {
	x := tokens.NewPhrases([]string{"unklar, ob", "za wcześnie, by"}, true)
	if got := tokens.PhraseWords("za wcześnie, by"); !slices.Equal(got, []string{"za", "wcześnie", ",", "by"}) {
		t.Errorf("PhraseWords: %q", got)
	}
	for s, want := range map[string]int{"Es ist unklar, ob": 3, "Jest za wcześnie, by": 4, "Jest za wcześnie by": 0, "Es ist unklar ob": 0} {
		toks := tokens.Sentence(s, kent.Span{Start: 0, End: len(s)})
		got := 0
		for i := range toks {
			got = max(got, x.Len(toks, i))
		}
		if got != want {
			t.Errorf("%q: matched %d tokens, want %d", s, got, want)
		}
	}
}

// A gap in a phrase stands for the words between a separable verb and its
// particle, up to MaxGap of them and no punctuation.
func TestIndexMatchesAGap(t *testing.T) {
	x := tokens.NewPhrases([]string{"schloss ... aus", "schließt ... nicht aus", "... aus", "schloss ..."}, true)
	if got := tokens.PhraseWords("schloss ... aus"); !slices.Equal(got, []string{"schloss", "...", "aus"}) {
		t.Errorf("PhraseWords: %q", got)
	}
	for s, want := range map[string]int{
		"Er schloss einen Rücktritt aus":                      4,
		"Er schloss einen Rücktritt im Herbst aus":            6,
		"Er schloss einen baldigen Rücktritt im Herbst aus":   7,
		"Er schloss einen ganz baldigen Rücktritt im Mai aus": 0,
		"Er schloss, wie erwartet, aus":                       0,
		"Er schloss aus":                                      0,
		"Sie schließt einen Rücktritt nicht aus":              5,
	} {
		toks := tokens.Sentence(s, kent.Span{Start: 0, End: len(s)})
		got := 0
		for i := range toks {
			got = max(got, x.Len(toks, i))
		}
		if got != want {
			t.Errorf("%q: matched %d tokens, want %d", s, got, want)
		}
	}
}
