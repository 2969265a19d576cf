package eval

import (
	"fmt"
	"io"
	"os"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/pipeline"
)

// SeedsGold is eval/seeds/gold.yaml: one question, the seed documents with
// their chrome, quotes and assessments, and the outlook they should add up
// to. Every seeds evaluation reads it through ReadSeedsGold.
type SeedsGold struct {
	Question struct {
		Text string `yaml:"text"`
	} `yaml:"question"`
	Documents []SeedDocument  `yaml:"documents"`
	Expected  ExpectedOutlook `yaml:"expected_outlook"`
}

// ExpectedOutlook is how a gold file says the outlook should come out: its
// direction, the range of the pooled value and (questions only) the series.
type ExpectedOutlook struct {
	Direction string    `yaml:"direction"`
	Between   []float64 `yaml:"pooled_between"`
	Series    string    `yaml:"series"`
}

// SeedDocument is one seed article's gold: its file, metadata, the chrome
// to drop and text to keep, its quotes and its assessments.
type SeedDocument struct {
	File       string   `yaml:"file"`
	Language   string   `yaml:"language"`
	Title      *string  `yaml:"title"`
	Date       string   `yaml:"date"`
	Outlet     string   `yaml:"outlet"`
	Drop       []string `yaml:"boilerplate_drop"`
	Keep       []string `yaml:"keep_prefixes"`
	Duplicates int      `yaml:"duplicate_paragraphs"`
	Quotes     []struct {
		Speaker string `yaml:"speaker"`
		Text    string `yaml:"text"`
	} `yaml:"quotes"`
	Assessments []struct {
		Source *string `yaml:"source"`
		Cue    string  `yaml:"cue"`
		About  string  `yaml:"about"`
		Band   string  `yaml:"band"`
		Stance string  `yaml:"stance"`
	} `yaml:"assessments"`
}

// ReadSeedsGold reads and parses a seeds gold file, naming the file in any
// error.
func ReadSeedsGold(path string) (SeedsGold, error) {
	var gold SeedsGold
	err := readYAML(path, &gold)
	return gold, err
}

// readYAML reads and parses a YAML file into v, naming the file in a parse
// error.
func readYAML(path string, v any) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := yaml.Unmarshal(raw, v); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	return nil
}

// Clean scores cleaning and metadata on the seed articles in corpusDir
// against gold. Chrome lines the gold says to drop are the positives: one
// still in the body is a false negative, and a gold "keep" line or quoted
// sentence missing from the body is a false positive (a real paragraph
// dropped).
func Clean(goldPath, corpusDir string, proc *pipeline.Processor, w io.Writer) (PRF, error) {
	gold, err := ReadSeedsGold(goldPath)
	if err != nil {
		return PRF{}, err
	}
	var t cleanTally
	for _, g := range gold.Documents {
		a, err := processFile(corpusDir, g.File, proc)
		if err != nil {
			return t.m, err
		}
		misses := t.text(a, g)
		misses = append(misses, t.structure(a, g)...)
		misses = append(misses, t.meta(a, g)...)
		fmt.Fprintf(w, "%s  %s  %d paragraphs kept, %d blocks set aside\n", g.File, a.Language, len(a.Paragraphs), len(a.Blocks)-len(a.Paragraphs))
		for _, x := range misses {
			fmt.Fprintf(w, "    %s\n", x)
		}
	}
	m := t.m
	printRow(w, "chrome removal", m.Precision(), m.Recall(), m.F1(), fmt.Sprintf("(%0.f gold chrome lines, %0.f real lines lost)", m.TP+m.FN, m.FP))
	n := len(gold.Documents)
	fmt.Fprintf(w, "language %d/%d  title %d/%d  repeats %d/%d  date+outlet %d/%d\n", t.langOK, n, t.titleOK, t.titles, t.dupOK, n, t.metaOK, t.metas)
	return m, nil
}

// cleanTally counts the clean evaluation over all seed documents.
type cleanTally struct {
	m                                             PRF
	langOK, titleOK, titles, dupOK, metaOK, metas int
}

// text scores the body: gold chrome still in it, gold text missing from it.
func (t *cleanTally) text(a *kent.Article, g SeedDocument) []string {
	body := kent.NormalizeText(a.Text)
	var misses []string
	for _, d := range g.Drop {
		if strings.Contains(body, kent.NormalizeText(d)) {
			t.m.FN++
			misses = append(misses, "kept chrome: "+d)
		} else {
			t.m.TP++
		}
	}
	keeps := append([]string{}, g.Keep...)
	for _, q := range g.Quotes {
		keeps = append(keeps, q.Text)
	}
	for _, k := range keeps {
		if !strings.Contains(body, kent.NormalizeText(k)) {
			t.m.FP++
			misses = append(misses, "dropped text: "+k)
		}
	}
	return misses
}

// structure scores repeated paragraphs, the language and the title.
func (t *cleanTally) structure(a *kent.Article, g SeedDocument) []string {
	var misses []string
	dups := 0
	for _, b := range a.Blocks {
		if strings.HasPrefix(b.Reason, "repeat of block") && len(b.Text) > 80 {
			dups++
		}
	}
	if dups == g.Duplicates {
		t.dupOK++
	} else {
		misses = append(misses, fmt.Sprintf("%d repeated paragraphs dropped, gold %d", dups, g.Duplicates))
	}
	if a.Language == g.Language {
		t.langOK++
	} else {
		misses = append(misses, "language "+a.Language+", gold "+g.Language)
	}
	if g.Title != nil || a.Title == "" {
		t.titles++
		if g.Title != nil && a.Title == *g.Title || g.Title == nil && a.Title == "" {
			t.titleOK++
		} else {
			misses = append(misses, fmt.Sprintf("title %q", a.Title))
		}
	}
	return misses
}

// meta scores the date and the outlet where the gold gives them.
func (t *cleanTally) meta(a *kent.Article, g SeedDocument) []string {
	var misses []string
	if g.Date != "" {
		t.metas++
		if a.Published.Format("2006-01-02") == g.Date {
			t.metaOK++
		} else {
			misses = append(misses, "date "+a.Published.String())
		}
	}
	if g.Outlet != "" {
		t.metas++
		if strings.EqualFold(a.Outlet, g.Outlet) {
			t.metaOK++
		} else {
			misses = append(misses, "outlet "+a.Outlet)
		}
	}
	return misses
}
