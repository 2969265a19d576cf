package eval

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/pipeline"
	"github.com/kentnews/kent/question"
)

// Outlook briefs the seed articles on the gold question and compares the
// pooled value and direction with expected_outlook, then says where each
// gold assessment about the event ended up: pooled, shown apart as
// conditional, set aside, or not found.
func Outlook(goldPath, corpusDir string, proc *pipeline.Processor, lex *lexicon.Set, w io.Writer) (bool, error) {
	gold, err := ReadSeedsGold(goldPath)
	if err != nil {
		return false, err
	}
	m, err := question.New(lex)
	if err != nil {
		return false, err
	}
	var hits []kent.JudgementHit
	for _, g := range gold.Documents {
		a, err := processFile(corpusDir, g.File, proc)
		if err != nil {
			return false, err
		}
		hits = append(hits, a.JudgementHits()...)
	}
	q := m.Parse(gold.Question.Text)
	o := m.Outlook(q, hits, len(gold.Documents), question.Options{Now: time.Now()})
	if o.Pooled == nil {
		fmt.Fprintln(w, "no judgement bears on the question")
		return false, nil
	}
	inRange := len(gold.Expected.Between) == 2 && *o.Pooled >= gold.Expected.Between[0] && *o.Pooled <= gold.Expected.Between[1]
	ok := inRange && o.Direction == gold.Expected.Direction
	fmt.Fprintf(w, "pooled %.3f (%s), direction %s, %d independent holders; gold: %s, between %v → %s\n",
		*o.Pooled, o.Band, o.Direction, o.Holders, gold.Expected.Direction, gold.Expected.Between, map[bool]string{true: "agrees", false: "DISAGREES"}[ok])
	where := func(cue, src string) string {
		c := kent.NormalizeText(cue)
		fallback := "not found"
		for _, set := range []struct {
			name string
			cs   []kent.Contribution
		}{{"pooled", o.Contributions}, {"conditional, shown apart", o.Conditional}, {"set aside", o.SetAside}} {
			for _, x := range set.cs {
				if strings.Contains(kent.NormalizeText(x.Words), c) && strings.Contains(c, kent.NormalizeText(x.Cue)) {
					at := fmt.Sprintf("%s (p %.2f, %s)", set.name, x.P, x.Holder)
					if sameHolder(src, x.Holder) || src == "author" && x.HolderKind == "outlet" {
						return at
					}
					if fallback == "not found" {
						fallback = at
					}
				}
			}
		}
		return fallback
	}
	for _, g := range gold.Documents {
		for _, a := range g.Assessments {
			src := "author"
			if a.Source != nil {
				src = *a.Source
			}
			fmt.Fprintf(w, "  %-9s %-36s «%.50s» → %s\n", a.About, src, a.Cue, where(a.Cue, src))
		}
	}
	return ok, nil
}
