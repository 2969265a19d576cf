package eval

import (
	"strings"
	"time"

	"github.com/kentnews/kent"
)

// QuestionGold is one eval/questions/<id>/gold.yaml: a forecasting question,
// its fixture articles with the judgements in them, and how the outlook
// should come out (see eval/questions/README.md).
type QuestionGold struct {
	Question struct {
		ID        string            `yaml:"id"`
		Text      string            `yaml:"text"`
		TextOther map[string]string `yaml:"text_other"`
		Subject   struct {
			Name string `yaml:"name"`
			Kind string `yaml:"kind"`
		} `yaml:"subject"`
		Family    string `yaml:"family"`
		TimeBound string `yaml:"time_bound"`
	} `yaml:"question"`
	Documents []QuestionDocument `yaml:"documents"`
	Expected  ExpectedOutlook    `yaml:"expected_outlook"`
}

// QuestionDocument is one fixture article of a question and the
// judgements the gold lists in it.
type QuestionDocument struct {
	File        string           `yaml:"file"`
	Language    string           `yaml:"language"`
	Published   string           `yaml:"published"`
	Assessments []GoldAssessment `yaml:"assessments"`
}

// GoldAssessment is one judgement the gold lists in a fixture.
type GoldAssessment struct {
	Source      *string  `yaml:"source"`
	Cue         string   `yaml:"cue"`
	About       string   `yaml:"about"`
	Band        string   `yaml:"band"`
	Number      *float64 `yaml:"number"`
	Stance      string   `yaml:"stance"`
	Direction   string   `yaml:"direction"`
	Conditional bool     `yaml:"conditional"`
}

// aboutE reports whether the gold says the judgement is on the question's
// event or a close variant of it.
func (g GoldAssessment) aboutE() bool { return g.About == "E" || g.About == "E-variant" }

// ReadQuestionGold reads one question's gold file, naming it in any error.
func ReadQuestionGold(path string) (QuestionGold, error) {
	var g QuestionGold
	err := readYAML(path, &g)
	return g, err
}

// goldAt returns the gold assessment a judgement stands at, if any.
func goldAt(gas []GoldAssessment, j kent.Judgement, sentence func(kent.Judgement) string) (GoldAssessment, bool) {
	for _, ga := range gas {
		gcue := kent.NormalizeText(ga.Cue)
		if strings.Contains(sentence(j), gcue) && strings.Contains(gcue, kent.NormalizeText(j.Cue)) {
			return ga, true
		}
	}
	return GoldAssessment{}, false
}

// goldDate reads a gold date: YYYY-MM-DD, or YYYY-MM or YYYY when that is
// all the gold knows.
func goldDate(s string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

type goldPoint struct {
	date time.Time
	dir  string
}

// docDirection is the direction most of a dated document's unconditional
// about-E assessments take.
func docDirection(published string, gas []GoldAssessment) (goldPoint, bool) {
	t, ok := goldDate(published)
	if !ok {
		return goldPoint{}, false
	}
	n := map[string]int{}
	for _, ga := range gas {
		if ga.aboutE() && !ga.Conditional && ga.Direction != "" {
			n[ga.Direction]++
		}
	}
	switch {
	case n["for"] > n["against"]:
		return goldPoint{t, "for"}, true
	case n["against"] > n["for"]:
		return goldPoint{t, "against"}, true
	}
	return goldPoint{}, false
}
