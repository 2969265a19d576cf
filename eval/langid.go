package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/kentnews/kent/lang"
)

// LangID scores the detector on a TSV of (lang, treebank, sent_id, text)
// rows, printing accuracy per language and overall, and throughput.
func LangID(path string, det *lang.Detector, w io.Writer) (float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	type row struct{ lang, text string }
	var rows []row
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		parts := strings.SplitN(sc.Text(), "\t", 4)
		if len(parts) != 4 || line == 1 && parts[0] == "lang" {
			continue
		}
		rows = append(rows, row{parts[0], parts[3]})
	}
	if err := sc.Err(); err != nil {
		return 0, fmt.Errorf("%s: %v", path, err)
	}
	if len(rows) == 0 {
		return 0, fmt.Errorf("%s: no rows (want lang, treebank, sent_id, text)", path)
	}
	right, total := map[string]int{}, map[string]int{}
	confused := map[string]map[string]int{}
	bytes := 0
	start := time.Now()
	for _, r := range rows {
		got, _ := det.Detect(r.text)
		bytes += len(r.text)
		total[r.lang]++
		if got == r.lang {
			right[r.lang]++
		} else {
			if confused[r.lang] == nil {
				confused[r.lang] = map[string]int{}
			}
			confused[r.lang][got]++
		}
	}
	took := time.Since(start)
	langs := make([]string, 0, len(total))
	for l := range total {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	all := 0
	for _, l := range langs {
		all += right[l]
		worst, n := "", 0
		for g, c := range confused[l] {
			if c > n {
				worst, n = g, c
			}
		}
		note := ""
		if n > 0 {
			note = fmt.Sprintf("  most often taken for %s (%d)", orNone(worst), n)
		}
		fmt.Fprintf(w, "%-3s %5d sentences  accuracy %.3f%s\n", l, total[l], float64(right[l])/float64(total[l]), note)
	}
	acc := float64(all) / float64(len(rows))
	fmt.Fprintf(w, "all %5d sentences  accuracy %.3f  speed %.2f MB/s on one core (%d bytes in %s)\n",
		len(rows), acc, float64(bytes)/took.Seconds()/1e6, bytes, took.Round(time.Millisecond))
	return acc, nil
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
