package syntax

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func fixtureModel(t testing.TB) (*Model, []Sentence) {
	t.Helper()
	sents, err := ReadFile("testdata/tagger.conllu")
	if err != nil {
		t.Fatal(err)
	}
	opt := DefaultOptions("pl")
	opt.MinCount = 1
	return Train(sents, opt), sents
}

func TestTaggerLearnsFixture(t *testing.T) {
	m, sents := fixtureModel(t)
	for _, s := range sents {
		forms := make([]string, len(s.Tokens))
		for i, tok := range s.Tokens {
			forms[i] = tok.Form
		}
		for i, got := range m.Tag(forms) {
			want := s.Tokens[i]
			if got.UPOS != want.UPOS || got.Lemma != want.Lemma || got.Feats != want.Feats {
				t.Errorf("%s: %s = %s %s %s, want %s %s %s", s.ID, want.Form,
					got.UPOS, got.Lemma, got.Feats, want.UPOS, want.Lemma, want.Feats)
			}
		}
	}
}

func TestTrainingIsReproducible(t *testing.T) {
	a, _ := fixtureModel(t)
	b, _ := fixtureModel(t)
	da, err := a.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	db, _ := b.MarshalBinary()
	if !bytes.Equal(da, db) {
		t.Error("two trainings with the same seed wrote different model files")
	}
}

func TestModelRoundTrip(t *testing.T) {
	m, sents := fixtureModel(t)
	data, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	back, err := UnmarshalModel(data)
	if err != nil {
		t.Fatal(err)
	}
	forms := []string{"Widzę", "Donalda", "Tuska", "."}
	if got, want := back.Tag(forms), m.Tag(forms); !slices.Equal(got, want) {
		t.Errorf("after round trip %v, before %v", got, want)
	}
	if back.Lang != "pl" || len(sents) == 0 {
		t.Errorf("lang %q", back.Lang)
	}
	for _, bad := range [][]byte{nil, []byte("not gzip"), data[:len(data)/2]} {
		if _, err := UnmarshalModel(bad); err == nil {
			t.Errorf("corrupt model of %d bytes loaded without error", len(bad))
		}
	}
}

func TestEditScripts(t *testing.T) {
	for _, c := range []struct{ form, lemma string }{
		{"Tuska", "Tusk"}, {"Шольца", "Шольц"}, {"Die", "der"}, {"went", "go"}, {"NATO", "NATO"}, {"kulami", "kula"},
	} {
		got, ok := deriveScript(c.form, c.lemma).apply(c.form)
		if !ok || got != c.lemma {
			t.Errorf("script %s → %s gives %q, %v", c.form, c.lemma, got, ok)
		}
	}
	if _, ok := (script{strip: "a"}).apply("Tusk"); ok {
		t.Error("a script stripping 'a' applied to a form not ending in 'a'")
	}
}

func TestSentences(t *testing.T) {
	got := Sentences("Tusk przyjechał. Widziałem go! Koniec")
	if len(got) != 3 || strings.Join(got[1], " ") != "Widziałem go !" {
		t.Errorf("Sentences = %q", got)
	}
}

func TestTokenize(t *testing.T) {
	for in, want := range map[string]string{
		"The U.S. economy grew 3.5% in 2023, said Jean-Pierre.": "The|U.S.|economy|grew|3.5|%|in|2023|,|said|Jean-Pierre|.",
		"«Это невозможно», — сказал Шольц...":                   "«|Это|невозможно|»|,|—|сказал|Шольц|...",
		"Koszt: 1,000 zł (don't).":                              "Koszt|:|1,000|zł|(|don't|)|.",
	} {
		if got := strings.Join(Tokenize(in), "|"); got != want {
			t.Errorf("Tokenize(%q)\n got %s\nwant %s", in, got, want)
		}
	}
}

// BenchmarkTag measures tagging and lemmatizing with an embedded model, in
// tokens per CPU second (the machine may be shared).
func BenchmarkTag(b *testing.B) {
	m, ok := ForLanguage("pl")
	if !ok {
		m, ok = ForLanguage("ru")
	}
	if !ok {
		b.Skip("no model")
	}
	forms := Tokenize("Premier Donald Tusk powiedział w środę dziennikarzom w Warszawie, że rząd nie wyśle żołnierzy na Ukrainę, dopóki trwa wojna, i że decyzja zapadnie po rozmowie z prezydentem.")
	m.Tag(forms)
	cpu := cpuTime()
	for b.Loop() {
		m.Tag(forms)
	}
	b.ReportMetric(float64(b.N*len(forms))/(cpuTime()-cpu).Seconds(), "tokens/cpu-s")
}

// BenchmarkTagUD tags the Polish UD test set, thousands of distinct
// sentences whose features do not stay in cache as BenchmarkTag's one does.
//
//	KENT_UD=/work/shared/eval/ud go test -run '^$' -bench TagUD -cpu 1 ./syntax/
func BenchmarkTagUD(b *testing.B) {
	root := os.Getenv("KENT_UD")
	m, ok := ForLanguage("pl")
	if root == "" || !ok {
		b.Skip("KENT_UD not set or no Polish model")
	}
	sents, err := ReadFile(filepath.Join(root, "pl_pdb", "pl_pdb-ud-test.conllu"))
	if err != nil {
		b.Fatal(err)
	}
	var forms [][]string
	words := 0
	for _, s := range sents {
		f := make([]string, len(s.Tokens))
		for i, t := range s.Tokens {
			f[i] = t.Form
		}
		forms = append(forms, f)
		words += len(f)
	}
	m.Tag(forms[0])
	cpu := cpuTime()
	for b.Loop() {
		for _, f := range forms {
			m.Tag(f)
		}
	}
	b.ReportMetric(float64(b.N*words)/(cpuTime()-cpu).Seconds(), "tokens/cpu-s")
}

func TestFitShrinksToBudget(t *testing.T) {
	m, _ := fixtureModel(t)
	full, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	small, err := m.fit(len(full) - 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(small) >= len(full) {
		t.Fatalf("fit kept %d bytes of %d", len(small), len(full))
	}
	if _, err := UnmarshalModel(small); err != nil {
		t.Errorf("pruned model does not load: %v", err)
	}
}

func TestOddInputDoesNotCrash(t *testing.T) {
	m, _ := fixtureModel(t)
	long := strings.Repeat("ą", 5000)
	toks := m.Tag([]string{"", " ", "\x00", long, "Ⅻ", "🙂", "-", "''"})
	if len(toks) != 8 || toks[3].Form != long {
		t.Fatalf("got %d tokens", len(toks))
	}
	if m.Tag(nil) == nil && len(m.Tag(nil)) != 0 {
		t.Error("tagging nothing gave something")
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"U.S. 3.5%", "Jean-Pierre's", "a.b.c.", "...", "«x»—y", "1,000,000.5", "'-'", "A. B."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// tokens are the text's non-space characters, in order, nothing lost
		want := strings.Join(strings.Fields(s), "")
		if got := strings.Join(Tokenize(s), ""); got != want {
			t.Errorf("Tokenize(%q) joined = %q, want %q", s, got, want)
		}
	})
}

func TestParseLearnsFixtureTrees(t *testing.T) {
	m, sents := fixtureModel(t)
	if !m.HasParser() {
		t.Fatal("Train made no parser")
	}
	for _, s := range sents {
		forms := make([]string, len(s.Tokens))
		for i, tok := range s.Tokens {
			forms[i] = tok.Form
		}
		for i, got := range m.Parse(forms) {
			if want := s.Tokens[i]; got.Head != want.Head || got.Rel != want.Rel {
				t.Errorf("%s: %s → head %d %s, want %d %s", s.ID, want.Form, got.Head, got.Rel, want.Head, want.Rel)
			}
		}
	}
}
