package eval

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/pipeline"
)

// HolderScore counts, over a suite of question folders, the gold
// assessments whose holder Kent gets right.
type HolderScore struct {
	Gold       int // gold assessments whose cue was found in its fixture
	Judged     int // of those, assessments Kent has a judgement at
	Right      int // judgements at the cue with the gold's holder
	Voice      int // assessments whose words Kent attributes to the gold's holder
	ByNamed    int // gold assessments held by someone other than the author
	NamedVoice int // of those, attributed to that holder
}

// holdersGold is the part of an eval/questions gold file the holder count
// reads: each document's file and its assessments' holder and cue.
type holdersGold struct {
	Documents []struct {
		File        string `yaml:"file"`
		Assessments []struct {
			Source *string `yaml:"source"`
			Cue    string  `yaml:"cue"`
		} `yaml:"assessments"`
	} `yaml:"documents"`
}

// Holders scores the holders Kent gives on every question folder under
// dir (each with a gold.yaml and its fixtures). For each gold assessment it
// finds the cue in the fixture and asks two things: does a judgement Kent
// finds at the cue have the gold's holder (null: the article's own voice),
// and, apart from whether a judgement is found, whom do Kent's quotes
// attribute the cue's words to — the holder a judgement there would get.
func Holders(dir string, proc *pipeline.Processor, w io.Writer) (HolderScore, error) {
	var s HolderScore
	golds, err := filepath.Glob(filepath.Join(dir, "*", "gold.yaml"))
	if err != nil {
		return s, err
	}
	if len(golds) == 0 {
		return s, fmt.Errorf("%s: no */gold.yaml", dir)
	}
	sort.Strings(golds)
	for _, gp := range golds {
		data, err := os.ReadFile(gp)
		if err != nil {
			return s, err
		}
		var g holdersGold
		if err := yaml.Unmarshal(data, &g); err != nil {
			return s, fmt.Errorf("%s: %v", gp, err)
		}
		qdir := filepath.Dir(gp)
		for _, doc := range g.Documents {
			a, err := processFile(qdir, doc.File, proc)
			if err != nil {
				return s, err
			}
			name := filepath.Join(filepath.Base(qdir), doc.File)
			for _, ga := range doc.Assessments {
				loc := cueRe(ga.Cue).FindStringIndex(a.Text)
				if loc == nil {
					fmt.Fprintf(w, "  cue not in text %s: «%s»\n", name, ga.Cue)
					continue
				}
				s.count(a, ga.Source, kent.Span{Start: loc[0], End: loc[1]}, name, ga.Cue, w)
			}
		}
	}
	fmt.Fprintf(w, "holders of %d gold assessments in %s:\n", s.Gold, dir)
	fmt.Fprintf(w, "  judgement at the cue with the gold holder   %3d / %d  (%d have a judgement there)\n", s.Right, s.Gold, s.Judged)
	fmt.Fprintf(w, "  cue's words attributed to the gold holder   %3d / %d\n", s.Voice, s.Gold)
	fmt.Fprintf(w, "  … of those held by a named holder           %3d / %d\n", s.NamedVoice, s.ByNamed)
	return s, nil
}

// count scores one gold assessment found at span of a.
func (s *HolderScore) count(a *kent.Article, source *string, span kent.Span, name, cue string, w io.Writer) {
	s.Gold++
	if source != nil {
		s.ByNamed++
	}
	right := func(h *kent.Speaker) bool {
		if source == nil {
			return h == nil
		}
		return h != nil && sameHolder(*source, h.Name)
	}
	var got *kent.Speaker
	judged := false
	for _, j := range a.Judgements {
		if j.CueSpan.Start < span.End && j.CueSpan.End > span.Start {
			if !judged || right(j.Holder) {
				got = j.Holder
			}
			judged = true
		}
	}
	if judged {
		s.Judged++
		if right(got) {
			s.Right++
		} else {
			gold, kentSays := "the article", "the article"
			if source != nil {
				gold = *source
			}
			if got != nil {
				kentSays = got.Name
			}
			// The judgement's holder: the number the first line counts.
			fmt.Fprintf(w, "  holder miss %s: «%s» gold %s, judgement held by %s\n", name, cue, gold, kentSays)
		}
	}
	voice := quoteSpeaker(a.Quotes, span)
	judgedBy := ""
	if judged {
		judgedBy = "; judgement held by the article"
		if got != nil {
			judgedBy = "; judgement held by " + got.Name
		}
	}
	if right(voice) {
		s.Voice++
		if source != nil {
			s.NamedVoice++
		}
		return
	}
	gold, kentSays := "the article", "the article"
	if source != nil {
		gold = *source
	}
	if voice != nil {
		kentSays = voice.Name
	}
	fmt.Fprintf(w, "  miss %s: «%s» gold %s, Kent %s%s\n", name, cue, gold, kentSays, judgedBy)
}

// quoteSpeaker is the speaker of the innermost quote that takes in the
// middle of span: whom Kent's attribution gives those words to.
func quoteSpeaker(quotes []kent.Quote, span kent.Span) *kent.Speaker {
	mid := (span.Start + span.End) / 2
	var best *kent.Quote
	for i := range quotes {
		q := &quotes[i]
		if q.Speaker == nil || q.Span.Start > mid || q.Span.End <= mid {
			continue
		}
		if best == nil || q.Span.Len() < best.Span.Len() {
			best = q
		}
	}
	if best == nil {
		return nil
	}
	return best.Speaker
}

// cueRe finds a gold cue in its text whatever the whitespace between words.
func cueRe(cue string) *regexp.Regexp {
	f := strings.Fields(cue)
	for i := range f {
		f[i] = regexp.QuoteMeta(f[i])
	}
	return regexp.MustCompile(strings.Join(f, `\s+`))
}
