package eval

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/question"
)

// UnderstandGold is a question-understanding gold file: yes/no questions
// with the frame Kent should read from each.
type UnderstandGold struct {
	Questions []UnderstandItem `yaml:"questions"`
}

// UnderstandItem is one question and its gold frame. Family may list
// several acceptable families as "a|b"; an empty family says the question
// names no event of the lexicon. An object whose kind is no entity kind (an
// event, a treaty, an office) is not scored.
type UnderstandItem struct {
	Lang     string            `yaml:"lang"`
	Text     string            `yaml:"text"`
	Subject  *kent.FrameEntity `yaml:"subject"`
	Family   string            `yaml:"family"`
	Object   *kent.FrameEntity `yaml:"object"`
	Polarity string            `yaml:"polarity"`
	Time     string            `yaml:"time"`
	Note     string            `yaml:"note"`
}

// UnderstandParts are the scored parts of a frame, in report order.
var UnderstandParts = []string{"subject", "family", "object", "polarity", "time", "frame"}

// UnderstandScore counts right answers per part ("frame": every scored
// part right) over N questions; Scored[part] is how many questions the part
// was scored on (objects of no entity kind are not).
type UnderstandScore struct {
	N      int
	Right  map[string]int
	Scored map[string]int
}

func newUnderstandScore() *UnderstandScore {
	return &UnderstandScore{Right: map[string]int{}, Scored: map[string]int{}}
}

// Understand reads a question-understanding gold file, parses every
// question with Kent's matcher and prints the accuracy of each part of the
// frame, overall and per language. With misses, each wrong part is listed.
// With arcs, two-word event forms are sought along the syntax parse's arcs
// instead of between near words.
func Understand(path string, lex *lexicon.Set, arcs bool, w, misses io.Writer) (map[string]*UnderstandScore, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g UnderstandGold
	if err := yaml.Unmarshal(data, &g); err != nil {
		return nil, kent.Errorf(kent.EINVALID, "%s: %v", path, err)
	}
	if len(g.Questions) == 0 {
		return nil, kent.Errorf(kent.EINVALID, "%s: no questions (expected a top-level questions: list)", path)
	}
	m, err := question.New(lex)
	if err != nil {
		return nil, err
	}
	scores := map[string]*UnderstandScore{"all": newUnderstandScore()}
	for i, it := range g.Questions {
		if it.Text == "" || it.Subject == nil || it.Polarity == "" {
			return nil, kent.Errorf(kent.EINVALID, "%s: question %d: text, subject and polarity are required", path, i+1)
		}
		got := m.ParseIn(it.Text, it.Lang, arcs)
		right := scoreUnderstand(m, it, got)
		for _, k := range []string{"all", it.Lang} {
			s := scores[k]
			if s == nil {
				s = newUnderstandScore()
				scores[k] = s
			}
			s.N++
			for part, ok := range right {
				s.Scored[part]++
				if ok {
					s.Right[part]++
				}
			}
		}
		if misses != nil {
			var wrong []string
			for _, part := range UnderstandParts[:5] {
				if ok, scored := right[part]; scored && !ok {
					wrong = append(wrong, part)
				}
			}
			if len(wrong) > 0 {
				fmt.Fprintf(misses, "MISS %s %s [%s]\n     got  %s\n", it.Lang, it.Text, strings.Join(wrong, ","), m.Frame(got).Summary)
			}
		}
	}
	fmt.Fprintf(w, "%-5s %4s", "lang", "n")
	for _, p := range UnderstandParts {
		fmt.Fprintf(w, " %9s", p)
	}
	fmt.Fprintln(w)
	langs := make([]string, 0, len(scores))
	for k := range scores {
		if k != "all" {
			langs = append(langs, k)
		}
	}
	slices.Sort(langs)
	for _, k := range append([]string{"all"}, langs...) {
		s := scores[k]
		fmt.Fprintf(w, "%-5s %4d", k, s.N)
		for _, p := range UnderstandParts {
			fmt.Fprintf(w, " %9s", fmt.Sprintf("%d/%d", s.Right[p], s.Scored[p]))
		}
		fmt.Fprintln(w)
	}
	return scores, nil
}

// scoreUnderstand says, for each part scored on this question, whether Kent
// got it right.
func scoreUnderstand(m *question.Matcher, it UnderstandItem, got question.Question) map[string]bool {
	right := map[string]bool{}
	gs := m.Resolve(it.Subject.Name, it.Subject.Kind)
	right["subject"] = question.SameEntity(&gs, got.Subject)
	fams := strings.Split(it.Family, "|")
	right["family"] = slices.Contains(fams, got.Family)
	if it.Object == nil {
		right["object"] = got.Object == nil
	} else if k := question.KindOf(it.Object.Kind); k == "place" || k == "organisation" || k == "person" {
		gob := m.Resolve(it.Object.Name, it.Object.Kind)
		right["object"] = question.SameEntity(&gob, got.Object)
	}
	right["polarity"] = (it.Polarity == "negative") == got.Negated
	right["time"] = sameTime(it.Time, got.TimeBound)
	all := true
	for _, ok := range right {
		all = all && ok
	}
	right["frame"] = all
	return right
}

// sameTime tells whether Kent's time bound is the gold's: it has every
// word of the gold's and at most two more ("by its April 2024" for "by
// April 2024"); no bound is right only when the gold has none.
func sameTime(gold, got string) bool {
	g, k := strings.Fields(strings.ToLower(gold)), strings.Fields(strings.ToLower(got))
	if len(g) == 0 || len(k) == 0 {
		return len(g) == len(k)
	}
	for _, w := range g {
		if !slices.Contains(k, w) {
			return false
		}
	}
	return len(k)-len(g) <= 2
}
