package eval

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/pipeline"
	"github.com/kentnews/kent/question"
)

// EstimateScore is the result of scoring judgements against seeds gold.
type EstimateScore struct {
	Gold, Right int // gold assessments, and those Kent gets fully right
	Found       int // gold assessments Kent has a judgement for at all
	Predicted   int // Kent's judgements in the seed articles
	Matched     int // of those, judgements at a gold assessment's words
	Precision   float64
	Recall      float64
}

// Stance reads a judgement as a direction on its own proposition: for,
// against, conditional, or even.
func Stance(j kent.Judgement) string {
	switch {
	case j.Condition != "":
		return "conditional"
	case j.Band == "":
		return "against" // a stance without a degree: "no evidence that …"
	case j.Modal:
		if j.Negated {
			return "against"
		}
		return "for"
	case j.Value > 0.55:
		return "for"
	case j.Value < 0.45:
		return "against"
	}
	return "even"
}

// Estimates scores Kent's judgements on the seed articles against the
// gold's assessments: a gold assessment is right when a judgement at its
// words has the right holder, the right band (or, for a stance-only
// assessment, the right stance), and the right answer to "is this about the
// question's event". Judgements the gold does not list are counted and
// printed; precision is over judgements at gold assessments' words.
func Estimates(goldPath, corpusDir string, proc *pipeline.Processor, lex *lexicon.Set, w io.Writer) (EstimateScore, error) {
	gold, err := ReadSeedsGold(goldPath)
	if err != nil {
		return EstimateScore{}, err
	}
	m, err := question.New(lex)
	if err != nil {
		return EstimateScore{}, err
	}
	q := m.Parse(gold.Question.Text)
	fmt.Fprintf(w, "question %q → places %v, event concepts %v\n", q.Text, q.Places, q.Concepts)
	var s EstimateScore
	for _, g := range gold.Documents {
		a, err := processFile(corpusDir, g.File, proc)
		if err != nil {
			return s, err
		}
		s.Predicted += len(a.Judgements)
		sents := a.SentenceSpans()
		used := map[int]bool{}
		for _, ga := range g.Assessments {
			s.Gold++
			gcue := kent.NormalizeText(ga.Cue)
			best, bestWhy := -1, "no judgement at these words"
			for ji, j := range a.Judgements {
				sentText := kent.NormalizeText(sentenceOf(a, sents, j))
				if !strings.Contains(sentText, gcue) || !strings.Contains(gcue, kent.NormalizeText(j.Cue)) {
					continue
				}
				why := judge(ga.Source, ga.Band, ga.Stance, ga.About, j, m.About(q, j))
				if best < 0 || why == "" {
					best, bestWhy = ji, why
				}
				if why == "" {
					break
				}
			}
			if best >= 0 {
				s.Found++
				used[best] = true
			}
			if bestWhy == "" {
				s.Right++
			} else {
				src := "author"
				if ga.Source != nil {
					src = *ga.Source
				}
				fmt.Fprintf(w, "  miss %s: %s «%s» — %s\n", g.File, src, ga.Cue, bestWhy)
			}
		}
		s.Matched += len(used)
	}
	s.Recall = ratio(s.Right, s.Gold)
	s.Precision = ratio(s.Right, s.Matched)
	printRow(w, "assessments", s.Precision, s.Recall, f1(s.Precision, s.Recall),
		fmt.Sprintf("(%d/%d right: holder, band or stance, about E or not; %d/%d found at all)", s.Right, s.Gold, s.Found, s.Gold))
	fmt.Fprintf(w, "%d judgements in the seed articles, %d at gold assessments' words; the rest the gold does not list\n", s.Predicted, s.Matched)
	return s, nil
}

// judge returns "" if j matches the gold assessment, else what is wrong.
func judge(source *string, band, stance, about string, j kent.Judgement, aboutE bool) string {
	holder := ""
	if j.Holder != nil {
		holder = j.Holder.Name
	}
	switch {
	case source == nil && holder != "":
		return "holder " + holder + ", gold: the author"
	case source != nil && !sameHolder(*source, holder):
		return "holder " + orNone(holder) + ", gold " + *source
	}
	if band != "" && j.Band != band {
		return "band " + orNone(j.Band) + ", gold " + band
	}
	switch {
	case stance == "uncertain":
		// A stated uncertainty ("it remains to be seen whether", "trudno
		// powiedzieć, czy") has no direction: Kent reads it as about even.
		if j.Band != "roughly_even" || j.Condition != "" {
			return "stance " + Stance(j) + " (" + orNone(j.Band) + "), gold uncertain (about even)"
		}
	case stance != "" && Stance(j) != stance:
		return "stance " + Stance(j) + ", gold " + stance
	}
	goldE := about == "E" || about == "E-variant"
	if goldE != aboutE {
		if aboutE {
			return "taken as about the question's event; gold: " + about
		}
		return "not recognised as about the question's event (" + strings.Join(j.Proposition.Events, ",") + ")"
	}
	return ""
}

// Survey compares Kent's point value for every English expression in the
// probability-words survey (zonination's probly.csv: one column per phrase,
// readers' numeric readings 0–100) with the readers' median and IQR.
func Survey(csvPath string, lex *lexicon.Set, w io.Writer) (int, error) {
	f, err := os.Open(csvPath)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		return 0, fmt.Errorf("%s: %v", csvPath, err)
	}
	if len(rows) < 2 {
		return 0, fmt.Errorf("%s: no readings", csvPath)
	}
	en := lex.Get("en")
	if en == nil {
		return 0, fmt.Errorf("no English lexicon")
	}
	bandOf := map[string]string{}
	for band, list := range en.Estimative.Bands {
		for _, p := range list {
			bandOf[p] = band
		}
	}
	fmt.Fprintf(w, "%-20s %-16s %6s %6s %13s %s\n", "phrase", "Kent band", "Kent", "median", "readers' IQR", "")
	inIQR, n := 0, 0
	for c, head := range rows[0] {
		var vals []float64
		for _, r := range rows[1:] {
			if c < len(r) {
				if v, err := strconv.ParseFloat(strings.TrimSpace(r[c]), 64); err == nil {
					vals = append(vals, v/100)
				}
			}
		}
		sort.Float64s(vals)
		phrase := strings.ToLower(head)
		band, ok := bandOf[phrase]
		if !ok {
			fmt.Fprintf(w, "%-20s %-16s %6s %6.2f %6.2f–%.2f  not in Kent's lexicon\n", phrase, "—", "—", quantile(vals, 0.5), quantile(vals, 0.25), quantile(vals, 0.75))
			continue
		}
		v := pointValue(lex.DefaultScale(), en, phrase, band)
		lo, hi := quantile(vals, 0.25), quantile(vals, 0.75)
		mark := ""
		if v >= lo && v <= hi {
			inIQR++
			mark = "in IQR"
		}
		n++
		fmt.Fprintf(w, "%-20s %-16s %6.2f %6.2f %6.2f–%.2f  %s\n", phrase, band, v, quantile(vals, 0.5), lo, hi, mark)
	}
	fmt.Fprintf(w, "%d of %d phrases Kent knows have their point value inside the readers' interquartile range\n", inIQR, n)
	return inIQR, nil
}

// pointValue is the value Kent gives a phrase of a band: its survey
// value kept inside the band, else the band's point.
func pointValue(sc *kent.Scale, l *lexicon.Language, phrase, band string) float64 {
	b, ok := sc.Band(band)
	if !ok {
		return 0
	}
	if v, ok := l.Estimative.Values[phrase]; ok {
		low, high := b.Edges()
		return min(max(v, low), high)
	}
	return b.Mid()
}

func quantile(v []float64, q float64) float64 {
	if len(v) == 0 {
		return 0
	}
	pos := q * float64(len(v)-1)
	i := int(pos)
	if i+1 >= len(v) {
		return v[i]
	}
	return v[i] + (pos-float64(i))*(v[i+1]-v[i])
}

// sentenceOf returns the sentence a judgement was read in: the title for a
// headline's.
func sentenceOf(a *kent.Article, sents []kent.Span, j kent.Judgement) string {
	if j.Headline || j.Sentence < 0 || j.Sentence >= len(sents) {
		return a.Title
	}
	return a.Text[sents[j.Sentence].Start:sents[j.Sentence].End]
}
