package eval

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/kentnews/kent/attrib"
)

// SpkAtt annotates every speech event of parliament: motions, bills and
// debates ("Antrag", "Gesetzentwurf", "Debatte") as well as sagen and
// glauben. Which lemmas are cues is learnt from the task's TRAINING split
// only, counted with Kent's own lemmatizer, and kept as data
// (data/spkatt-de-cues.tsv, CC BY-SA 4.0 like the annotations it comes
// from); the dev split stays unseen.

//go:embed data/spkatt-de-cues.tsv
var spkAttCues string

// SpkAttCues returns the German cue lemmas learnt from SpkAtt's training
// split, to pass as SpkAttOptions.Cues.
func SpkAttCues() (attrib.CueLemmas, error) {
	ws, err := readCueList(strings.NewReader(spkAttCues))
	if err != nil {
		return nil, fmt.Errorf("data/spkatt-de-cues.tsv: %v", err)
	}
	return attrib.CueLemmas{"de": ws}, nil
}

// readCueList reads "lemma<TAB>cue count<TAB>occurrences" lines; "#"
// starts a comment.
func readCueList(r io.Reader) ([]string, error) {
	var out []string
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[0] != strings.ToLower(f[0]) {
			return nil, fmt.Errorf("line %d: want lower-case lemma, cue count and occurrences separated by tabs, got %q", n, line)
		}
		out = append(out, f[0])
	}
	return out, sc.Err()
}

// cueStat counts how often words with one key are a gold cue.
type cueStat struct {
	key       string
	cue, seen int
}

// SpkAttLearn counts, over the SpkAtt speeches in dir (the training
// split), how often each lemma key Kent reads is a gold cue, keeps those
// seen at least minSeen times that are cues at least as often as the
// threshold that maximises F1 over the same counts, and writes them as a
// cue list.
func SpkAttLearn(dir string, x *attrib.Extractor, minSeen int, w io.Writer) error {
	files, err := spkFiles(dir)
	if err != nil {
		return err
	}
	stats := map[string]*cueStat{}
	gold := 0
	for _, f := range files {
		d, err := readSpkAtt(f)
		if err != nil {
			return err
		}
		isCue := make([]bool, len(d.toks))
		for _, a := range d.anns {
			for _, t := range a["Cue"] {
				if !isCue[t] {
					gold++
				}
				isCue[t] = true
			}
		}
		a, offs := rwArticle(d.toks)
		spans, keys := x.CueKeys(a)
		for i, sp := range spans {
			st := stats[keys[i]]
			if st == nil {
				st = &cueStat{key: keys[i]}
				stats[keys[i]] = st
			}
			st.seen++
			for _, t := range spanTokens(offs, sp) {
				if isCue[t] {
					st.cue++
					break
				}
			}
		}
	}
	var list []*cueStat
	for _, st := range stats {
		if st.seen >= minSeen && st.cue > 0 {
			list = append(list, st)
		}
	}
	rate := func(s *cueStat) float64 { return float64(s.cue) / float64(s.seen) }
	sort.Slice(list, func(i, j int) bool {
		if rate(list[i]) != rate(list[j]) {
			return rate(list[i]) > rate(list[j])
		}
		return list[i].key < list[j].key
	})
	// The best cut: keeping the k most reliable keys gives tp cues of
	// seen tokens against gold.
	best, bestF, tp, seen := 0, 0.0, 0, 0
	for k, st := range list {
		tp += st.cue
		seen += st.seen
		if f := f1(float64(tp)/float64(seen), float64(tp)/float64(gold)); f > bestF {
			best, bestF = k+1, f
		}
	}
	list = list[:best]
	sort.Slice(list, func(i, j int) bool { return list[i].key < list[j].key })
	fmt.Fprintf(w, "# German speech-event cue lemmas learnt from the SpkAtt-2023 TRAINING split (%d speeches,\n", len(files))
	fmt.Fprintf(w, "# %d gold cue tokens) with Kent's lemmatizer by `kent eval spkatt --learn`: lemma (with a separable\n", gold)
	fmt.Fprintf(w, "# particle), times a gold cue, times seen. Kept: seen >= %d, cue rate >= %.2f (the F1-best cut, %.3f on train).\n", minSeen, rate(minRate(list)), bestF)
	fmt.Fprintln(w, "# Licence: CC BY-SA 4.0, as the SpkAtt-2023 annotations (umanlp/SpkAtt-2023) it is derived from.")
	for _, st := range list {
		fmt.Fprintf(w, "%s\t%s\t%s\n", st.key, strconv.Itoa(st.cue), strconv.Itoa(st.seen))
	}
	return nil
}

// minRate is the least reliable of the kept keys.
func minRate(list []*cueStat) *cueStat {
	m := &cueStat{cue: 1, seen: 1}
	for _, st := range list {
		if st.cue*m.seen < m.cue*st.seen {
			m = st
		}
	}
	return m
}
