package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kentnews/kent/names"
)

// Names scores name merging on a TSV of pairs (name, name, 1 or 0):
// precision and recall of "same entity" decisions by names.SameName,
// overall and for pairs in different scripts. Wrong decisions are printed.
func Names(path string, w io.Writer) (PRF, error) {
	f, err := os.Open(path)
	if err != nil {
		return PRF{}, err
	}
	defer f.Close()
	var all, cross PRF
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if strings.HasPrefix(t, "#") || strings.TrimSpace(t) == "" {
			continue
		}
		p := strings.Split(t, "\t")
		if len(p) != 3 || (p[2] != "1" && p[2] != "0") {
			return PRF{}, fmt.Errorf("%s:%d: want name<TAB>name<TAB>1|0", path, line)
		}
		gold, got := p[2] == "1", names.SameName(p[0], p[1])
		ms := []*PRF{&all}
		if script(p[0]) != script(p[1]) {
			ms = append(ms, &cross)
		}
		for _, m := range ms {
			switch {
			case got && gold:
				m.TP++
			case got:
				m.FP++
			case gold:
				m.FN++
			}
		}
		if got != gold {
			fmt.Fprintf(w, "  %s: %s / %s (keys %q / %q)\n", map[bool]string{true: "merged, should not", false: "kept apart"}[got], p[0], p[1], names.FullKey(p[0]), names.FullKey(p[1]))
		}
	}
	printRow(w, "same-entity pairs", all.Precision(), all.Recall(), all.F1(), fmt.Sprintf("(%0.f same, %0.f merged wrongly)", all.TP+all.FN, all.FP))
	printRow(w, "  cross-script pairs", cross.Precision(), cross.Recall(), cross.F1(), fmt.Sprintf("(%0.f same)", cross.TP+cross.FN))
	return all, sc.Err()
}

func script(s string) string {
	for _, r := range s {
		if r >= 0x400 && r <= 0x4FF {
			return "cyrillic"
		}
	}
	return "latin"
}
