package syntax

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParse reports parsing speed in tokens per second of wall time
// and of CPU time (run it with -cpu 1). With KENT_UD set it
// uses a model trained on English EWT and parses its held-out half:
//
//	KENT_UD=/work/shared/eval/ud go test -run '^$' -bench Parse -cpu 1 ./syntax/
func BenchmarkParse(b *testing.B) {
	p, sents := trainedFixtureParser(b)
	if root := os.Getenv("KENT_UD"); root != "" {
		fit, held := loadUDSplit(b, filepath.Join(root, "en_ewt"), "en_ewt")
		p, sents = TrainParser(fit, ParserOptions{}), held
	}
	words := 0
	for _, s := range sents {
		words += len(s.Tokens)
	}
	buf := make([]Token, 0, MaxParseWords)
	b.ResetTimer()
	cpu := parseCPUTime()
	for range b.N {
		for _, s := range sents {
			buf = append(buf[:0], s.Tokens...)
			p.Parse(buf)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(words*b.N)/(parseCPUTime()-cpu).Seconds(), "tokens/cpu-s")
}

// BenchmarkParseEmbedded parses the Polish fixture with the shipped Polish
// model, whose weights (unlike the fixture parser's) do not fit in cache.
// With KENT_UD set it parses the Polish UD test set, thousands of distinct
// sentences, as ingest does (the fixture's few stay in cache).
func BenchmarkParseEmbedded(b *testing.B) {
	m, ok := ForLanguage("pl")
	if !ok || !m.HasParser() {
		b.Skip("no Polish parser")
	}
	path := "testdata/parse_pl.conllu"
	if root := os.Getenv("KENT_UD"); root != "" {
		path = filepath.Join(root, "pl_pdb", "pl_pdb-ud-test.conllu")
	}
	sents, err := ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	var tagged [][]Token
	words := 0
	for _, s := range sents {
		forms := make([]string, len(s.Tokens))
		for i, t := range s.Tokens {
			forms[i] = t.Form
		}
		tagged = append(tagged, m.Tag(forms))
		words += len(forms)
	}
	buf := make([]Token, 0, MaxParseWords)
	cpu := parseCPUTime()
	for b.Loop() {
		for _, s := range tagged {
			buf = append(buf[:0], s...)
			m.parse.Parse(buf)
		}
	}
	b.ReportMetric(float64(words*b.N)/(parseCPUTime()-cpu).Seconds(), "tokens/cpu-s")
}
