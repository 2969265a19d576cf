package eval

import (
	"fmt"
	"io"
	"strings"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
	"github.com/kentnews/kent/pipeline"
)

// QuoteScore is the result of scoring quotes against the seeds gold.
type QuoteScore struct {
	Gold, Found        int // gold quotes, and those found with the right speaker
	Matched, Right     int // predictions whose words are a gold quote's, and those with the right speaker
	Other              int // attributed direct/partial quotes the gold does not list
	FromChrome         int // quotes overlapping a line the gold calls chrome
	Recall, Precision  float64
	StrictPrecision    float64 // Right / all attributed direct and partial predictions
	OtherForInspection []string
}

// Quotes scores the quotes Kent finds in the seed articles against the
// gold's quotes (speaker and a prefix of the quoted words). Recall is gold
// quotes found with the right speaker; precision is, among predictions whose
// words are a gold quote's, those with the right speaker. The gold does not
// list every quote, so attributed quotes it does not mention are counted and
// printed for review, and a strict precision that counts them all wrong is
// printed too.
func Quotes(goldPath, corpusDir string, proc *pipeline.Processor, w io.Writer) (QuoteScore, error) {
	gold, err := ReadSeedsGold(goldPath)
	if err != nil {
		return QuoteScore{}, err
	}
	var s QuoteScore
	predicted := 0
	for _, g := range gold.Documents {
		a, err := processFile(corpusDir, g.File, proc)
		if err != nil {
			return s, err
		}
		for _, gq := range g.Quotes {
			s.Gold++
			ok := false
			for _, q := range a.Quotes {
				if startsWith(q.Text, gq.Text) && q.Speaker != nil && names.SameName(q.Speaker.Name, gq.Speaker) {
					ok = true
				}
			}
			if ok {
				s.Found++
			} else {
				fmt.Fprintf(w, "  missed %s: %s «%s»\n", g.File, gq.Speaker, gq.Text)
			}
		}
		for _, q := range a.Quotes {
			for _, d := range g.Drop {
				if strings.Contains(q.Text, d) {
					s.FromChrome++
				}
			}
			if q.Speaker == nil || (q.Kind != kent.QuoteDirect && q.Kind != kent.QuotePartial) {
				continue
			}
			predicted++
			matched, right := false, false
			for _, gq := range g.Quotes {
				if startsWith(q.Text, gq.Text) {
					matched = true
					right = right || names.SameName(q.Speaker.Name, gq.Speaker)
				}
			}
			switch {
			case right:
				s.Matched++
				s.Right++
			case matched:
				s.Matched++
				fmt.Fprintf(w, "  wrong speaker %s: %s for «%.60s»\n", g.File, q.Speaker.Name, q.Text)
			default:
				s.Other++
				s.OtherForInspection = append(s.OtherForInspection, fmt.Sprintf("%s: %s «%.60s»", g.File, q.Speaker.Name, q.Text))
			}
		}
	}
	s.Recall = ratio(s.Found, s.Gold)
	s.Precision = ratio(s.Right, s.Matched)
	s.StrictPrecision = ratio(s.Right, predicted)
	printRow(w, "quotes (speaker + words)", s.Precision, s.Recall, f1(s.Precision, s.Recall),
		fmt.Sprintf("(%d/%d gold found; %d quotes from chrome)", s.Found, s.Gold, s.FromChrome))
	fmt.Fprintf(w, "strict precision %.3f: %d further attributed quotes the gold does not list:\n", s.StrictPrecision, s.Other)
	for _, o := range s.OtherForInspection {
		fmt.Fprintf(w, "  %s\n", o)
	}
	return s, nil
}

func startsWith(text, prefix string) bool {
	return strings.HasPrefix(kent.NormalizeText(text), kent.NormalizeText(prefix))
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
