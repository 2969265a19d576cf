package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"sort"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/pipeline"
)

// PersonKinds are the labels of the person-precision gold: what a mention
// Kent calls a person really is.
var PersonKinds = []string{kent.SpeakerPerson, "place", kent.SpeakerOrganisation, "product", "event", "other"}

// Persons scores the person mentions Kent finds in real documents against
// hand labels. labels is a TSV (document id, mention as found, kind — one
// of PersonKinds —, optional note, e.g. "span" for a person found with the
// wrong boundaries); docs is a JSONL file of documents (id, language,
// text). Every labelled document is run through the pipeline and each
// person mention it yields is looked up by (document, mention): person
// precision is reported overall and per language, with the kinds of the
// false persons. Mentions the labels do not list are printed as rows to
// label and are not scored, so the sample stays what was labelled.
func Persons(labels, docs string, proc *pipeline.Processor, w io.Writer) (PRF, error) {
	gold := map[[2]string]string{}
	spans := map[[2]string]bool{}
	want := map[string]bool{}
	err := eachTSV(labels, func(line int, p []string) error {
		if len(p) < 3 || len(p) > 4 || !slices.Contains(PersonKinds, p[2]) {
			return fmt.Errorf("%s:%d: want doc<TAB>mention<TAB>kind (%v)[<TAB>note]", labels, line, PersonKinds)
		}
		gold[[2]string{p[0], p[1]}] = p[2]
		spans[[2]string{p[0], p[1]}] = len(p) == 4 && p[3] == "span"
		want[p[0]] = true
		return nil
	})
	if err != nil {
		return PRF{}, err
	}
	f, err := os.Open(docs)
	if err != nil {
		return PRF{}, err
	}
	defer f.Close()
	var all PRF
	byLang := map[string]*PRF{}
	wrong := map[string]int{}
	var unlabelled, badSpans int
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		var d struct{ ID, Language, Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return PRF{}, fmt.Errorf("%s:%d: %v", docs, line, err)
		}
		if !want[d.ID] {
			continue
		}
		delete(want, d.ID)
		a, err := proc.Process(ingest.Doc{Source: d.ID, Format: kent.FormatJSONL, Text: d.Text, Language: d.Language})
		if err != nil {
			return PRF{}, fmt.Errorf("%s: %v", d.ID, err)
		}
		if byLang[d.Language] == nil {
			byLang[d.Language] = &PRF{}
		}
		for _, m := range a.Mentions {
			if m.Kind != kent.SpeakerPerson {
				continue
			}
			k := [2]string{d.ID, m.Text}
			kind, ok := gold[k]
			if !ok {
				unlabelled++
				fmt.Fprintf(w, "  unlabelled: %s\t%s\t?\n", d.ID, m.Text)
				continue
			}
			ok = kind == kent.SpeakerPerson
			all.add(true, ok)
			byLang[d.Language].add(true, ok)
			if !ok {
				wrong[kind]++
				fmt.Fprintf(w, "  %s %q: a %s\n", d.ID, m.Text, kind)
			} else if spans[k] {
				badSpans++
			}
		}
	}
	if err := sc.Err(); err != nil {
		return PRF{}, err
	}
	if len(want) > 0 {
		return PRF{}, fmt.Errorf("%s: %d labelled documents are not in %s", labels, len(want), docs)
	}
	fmt.Fprintf(w, "person precision %.3f (%0.f of %0.f person mentions are people; %d of those with wrong boundaries; %d unlabelled, not scored)\n",
		all.Precision(), all.TP, all.TP+all.FP, badSpans, unlabelled)
	for _, l := range slices.Sorted(maps.Keys(byLang)) {
		m := byLang[l]
		fmt.Fprintf(w, "  %-3s %.3f (%0.f of %0.f)\n", l, m.Precision(), m.TP, m.TP+m.FP)
	}
	kinds := slices.Collect(maps.Keys(wrong))
	sort.Slice(kinds, func(i, j int) bool { return wrong[kinds[i]] > wrong[kinds[j]] })
	for _, k := range kinds {
		fmt.Fprintf(w, "  false persons that are a %s: %d\n", k, wrong[k])
	}
	return all, nil
}
