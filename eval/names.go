package eval

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/kentnews/kent/names"
)

// Names scores name merging on a TSV of pairs (name, name, 1 or 0, and an
// optional class): precision and recall of "same entity" decisions by
// names.SameName, overall, for pairs in different scripts, and per class
// (inflection, cross-script, different-person, …). Wrong decisions are
// printed.
func Names(path string, w io.Writer) (PRF, error) {
	var all, cross, stored, spellings PRF
	classes := map[string]*PRF{}
	err := eachTSV(path, func(line int, p []string) error {
		if len(p) < 3 || len(p) > 4 || (p[2] != "1" && p[2] != "0") {
			return fmt.Errorf("%s:%d: want name<TAB>name<TAB>1|0[<TAB>class]", path, line)
		}
		gold, got := p[2] == "1", names.SameName(p[0], p[1])
		ms := []*PRF{&all}
		if script(p[0]) != script(p[1]) {
			ms = append(ms, &cross)
		}
		if len(p) == 4 {
			if classes[p[3]] == nil {
				classes[p[3]] = &PRF{}
			}
			ms = append(ms, classes[p[3]])
		}
		for _, m := range ms {
			m.add(got, gold)
		}
		if script(p[0]) != script(p[1]) {
			// The key a store looks speakers up by (no article to lemmatise by).
			stored.add(names.SpeakerKey(p[0]).Matches(names.SpeakerKey(p[1])), gold)
		}
		if len(p) == 4 && p[3] != "inflection" {
			// Spellings in base form, any script or language: the stored key
			// is what a brief pools voices by, so it must join them too. A
			// store that holds both names keys a printed case form by the
			// base form it names elsewhere ("Joe Bidena" by Joe Biden).
			a, b := names.BaseName(p[0], storeWords(p[1])), names.BaseName(p[1], storeWords(p[0]))
			k := names.SpeakerKey(a).Matches(names.SpeakerKey(b))
			spellings.add(k, gold)
			if k != gold {
				fmt.Fprintf(w, "  stored key %s: %s / %s\n", map[bool]string{true: "merged, should not", false: "kept apart"}[k], p[0], p[1])
			}
		}
		if got != gold {
			fmt.Fprintf(w, "  %s: %s / %s (keys %q / %q)\n", map[bool]string{true: "merged, should not", false: "kept apart"}[got], p[0], p[1], names.FullKey(p[0]), names.FullKey(p[1]))
		}
		return nil
	})
	if err != nil {
		return PRF{}, err
	}
	printRow(w, "same-entity pairs", all.Precision(), all.Recall(), all.F1(), fmt.Sprintf("(%0.f same, %0.f merged wrongly)", all.TP+all.FN, all.FP))
	printRow(w, "  cross-script pairs", cross.Precision(), cross.Recall(), cross.F1(), fmt.Sprintf("(%0.f same)", cross.TP+cross.FN))
	printRow(w, "  ... by stored speaker key", stored.Precision(), stored.Recall(), stored.F1(), fmt.Sprintf("(%0.f same, %0.f merged wrongly)", stored.TP+stored.FN, stored.FP))
	printRow(w, "  spellings by stored key", spellings.Precision(), spellings.Recall(), spellings.F1(), fmt.Sprintf("(cross-script, cross-language and different-person pairs: %0.f same, %0.f merged wrongly)", spellings.TP+spellings.FN, spellings.FP))
	for _, c := range slices.Sorted(maps.Keys(classes)) {
		m := classes[c]
		if m.TP+m.FN == 0 { // a class of different people only: precision is how many stay apart
			fmt.Fprintf(w, "  class %-20s %0.f of %0.f pairs of different people kept apart (%0.f merged wrongly)\n", c, m.TN, m.TN+m.FP, m.FP)
			continue
		}
		printRow(w, "  class "+c, m.Precision(), m.Recall(), m.F1(), fmt.Sprintf("(%0.f same, %0.f merged wrongly, %0.f kept apart rightly)", m.TP+m.FN, m.FP, m.TN))
	}
	return all, nil
}

// storeWords is the look-up of the name words of a store that holds the
// other name of a pair, lower case (names.BaseName's known).
func storeWords(name string) func(string) bool {
	words := map[string]bool{}
	for _, w := range strings.Fields(name) {
		words[strings.ToLower(w)] = true
	}
	return func(w string) bool { return words[w] }
}

// add counts one decision; TN counts different pairs kept apart.
func (m *PRF) add(got, gold bool) {
	switch {
	case got && gold:
		m.TP++
	case got:
		m.FP++
	case gold:
		m.FN++
	default:
		m.TN++
	}
}

// eachTSV calls fn with the fields of every line of a TSV file that is not
// blank or a # comment.
func eachTSV(path string, fn func(line int, fields []string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if strings.HasPrefix(t, "#") || strings.TrimSpace(t) == "" {
			continue
		}
		if err := fn(line, strings.Split(t, "\t")); err != nil {
			return err
		}
	}
	return sc.Err()
}

func script(s string) string {
	for _, r := range s {
		if r >= 0x400 && r <= 0x4FF {
			return "cyrillic"
		}
	}
	return "latin"
}
