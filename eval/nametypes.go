package eval

import (
	"fmt"
	"io"
	"strings"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
)

// NameTypes scores the kinds the names stage gives mentions, on a TSV of
// hand-labelled rows (sentence, mention, language, gold kind: person,
// organisation, place or other): precision and recall of "person", and how
// often each gold kind was found as itself. A mention the finder does not
// report counts as "other". Wrong kinds are printed.
func NameTypes(path string, f *names.Finder, w io.Writer) (PRF, error) {
	var person PRF
	right, total := map[string]int{}, map[string]int{}
	err := eachTSV(path, func(line int, p []string) error {
		if len(p) != 4 || !strings.Contains(p[0], p[1]) {
			return fmt.Errorf("%s:%d: want sentence<TAB>mention in it<TAB>language<TAB>kind", path, line)
		}
		a := &kent.Article{Language: p[2], Text: p[0]}
		span := kent.Span{Start: 0, End: len(p[0])}
		a.Paragraphs = []kent.Paragraph{{Span: span, Language: p[2], Sentences: []kent.Sentence{{Span: span}}}}
		got := kindOf(f.Find(a), p[0], p[1])
		person.add(got == kent.SpeakerPerson, p[3] == kent.SpeakerPerson)
		total[p[3]]++
		if got == p[3] {
			right[p[3]]++
		} else {
			fmt.Fprintf(w, "  %s %q: %s, gold %s\n", p[2], p[1], got, p[3])
		}
		return nil
	})
	if err != nil {
		return PRF{}, err
	}
	printRow(w, "person mentions", person.Precision(), person.Recall(), person.F1(), fmt.Sprintf("(%0.f gold persons, %0.f others called persons)", person.TP+person.FN, person.FP))
	for _, k := range []string{kent.SpeakerPerson, kent.SpeakerOrganisation, "place", "other"} {
		fmt.Fprintf(w, "  %-13s %d/%d found as %s\n", k, right[k], total[k], k)
	}
	return person, nil
}

// kindOf returns the kind of the mention that overlaps the gold one's
// first occurrence, or "other".
func kindOf(ms []kent.Mention, text, mention string) string {
	start := strings.Index(text, mention)
	end := start + len(mention)
	for _, m := range ms {
		if m.Span.Start < end && start < m.Span.End {
			return m.Kind
		}
	}
	return "other"
}
