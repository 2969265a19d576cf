package app

import (
	"bytes"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/question"
)

// QuestionFile is the YAML a user can write instead of a bare question: any
// field but text may be left out; places and concepts override what Kent
// derives from the text.
type QuestionFile struct {
	ID       string   `yaml:"id"`
	Text     string   `yaml:"text"`
	Places   []string `yaml:"places"`   // ISO 3166 codes, key place first
	Concepts []string `yaml:"concepts"` // military, war, enter
	// The question's frame, where Kent should not read it from the text.
	Subject   *kent.FrameEntity `yaml:"subject"` // {name, kind: place|organisation|person, key}
	Family    string            `yaml:"family"`  // an event family of lexicon/data/all.yaml
	Object    *kent.FrameEntity `yaml:"object"`
	Negated   bool              `yaml:"negated"`
	TimeBound string            `yaml:"time_bound"`
	Since     string            `yaml:"since"`
	Until     string            `yaml:"until"`
	// ResolutionDate is when the question resolves. It is checked like the
	// other dates, so a question file keeps it in the right form, but it
	// does not bound the period read: Since and Until do.
	ResolutionDate string `yaml:"resolution_date"`
}

// QuestionSpec is a question file read and checked: the question and the
// period it asks about (zero times: open).
type QuestionSpec struct {
	Question     question.Question
	Since, Until time.Time
}

// ParseQuestionFile reads a question file's YAML; name is how errors refer to
// it. Unknown fields, an empty text and dates not written YYYY-MM-DD are
// EINVALID.
func ParseQuestionFile(name string, data []byte) (QuestionSpec, error) {
	var qf QuestionFile
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&qf); err != nil {
		return QuestionSpec{}, kent.Errorf(kent.EINVALID, "%s: %v", name, err)
	}
	if len(bytes.TrimSpace([]byte(qf.Text))) == 0 {
		return QuestionSpec{}, kent.Errorf(kent.EINVALID, "%s: the question has no text", name)
	}
	var days [3]time.Time
	for i, d := range []string{qf.Since, qf.Until, qf.ResolutionDate} {
		if d == "" {
			continue
		}
		t, err := time.Parse("2006-01-02", d)
		if err != nil {
			return QuestionSpec{}, kent.Errorf(kent.EINVALID, "%s: date %q: want YYYY-MM-DD", name, d)
		}
		days[i] = t
	}
	return QuestionSpec{
		Question: question.Question{ID: qf.ID, Text: qf.Text, Places: qf.Places, Concepts: qf.Concepts,
			Subject: qf.Subject, Family: qf.Family, Object: qf.Object, Negated: qf.Negated, TimeBound: qf.TimeBound},
		Since: days[0], Until: days[1],
	}, nil
}
