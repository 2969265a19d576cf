package names

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Learned endings: how the printed forms of people's names end and which
// base-form ending each takes, counted over Universal Dependencies
// treebanks (names/endings/<lang>.tsv, written by `kent eval name-lemmas
// --learn`). Each row is a word end (the case ending and up to a few
// letters before it), its most frequent rewrite and how often that rewrite
// held: "uska → usk, 3 of 3" (Tuska, Tusk), "ska → ska, 9 of 10"
// (Kowalska stays). The longest listed end of a word decides; an end
// whose rewrite held too rarely says nothing, so a name whose ending is
// ambiguous is left to the article's other forms and the tagger.

// Guess thresholds: an end is trusted when its rewrite held at least
// minShare of at least minTotal times. Chosen on the even half of the test
// files with tables learnt from dev alone (see `kent eval name-lemmas`).
const (
	minTotal = 2
	minShare = 0.75
	maxEnd   = 6 // longest word end kept, in letters
)

// rewrite turns a word end into a base-form end: strip the last letters
// strip (lower case), add add.
type rewrite struct {
	strip, add   string
	count, total int
}

// learned holds the tables of the languages that have one.
type learned map[string]map[string]rewrite // lang → word end → rewrite

type fsDir struct {
	fsys fs.FS
	dir  string
}

// endingFS are the embedded directories of tables (learned_*.go).
var endingFS []fsDir

var (
	embeddedOnce sync.Once
	embedded     learned
)

// embeddedLearned returns the embedded tables, read once.
func embeddedLearned() learned {
	embeddedOnce.Do(func() {
		embedded = learned{}
		for _, d := range endingFS {
			l, err := loadLearned(d.fsys, d.dir)
			if err != nil {
				panic(err) // embedded data; TestLearnedTables reads the same files
			}
			maps.Copy(embedded, l)
		}
	})
	return embedded
}

// loadLearned reads every <lang>.tsv of fsys's directory dir.
func loadLearned(fsys fs.FS, dir string) (learned, error) {
	out := learned{}
	ents, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	for _, e := range ents {
		lang, ok := strings.CutSuffix(e.Name(), ".tsv")
		if !ok {
			continue
		}
		f, err := fsys.Open(path.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		t, err := readLearned(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", e.Name(), err)
		}
		out[lang] = t
	}
	return out, nil
}

// readLearned parses one table: "#" comment lines, then tab-separated
// rows of word end, strip, add, count, total.
func readLearned(r io.Reader) (map[string]rewrite, error) {
	t := map[string]rewrite{}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("line %d: want 5 tab-separated fields, got %d", n, len(f))
		}
		c, err1 := strconv.Atoi(f[3])
		tot, err2 := strconv.Atoi(f[4])
		if err1 != nil || err2 != nil || c <= 0 || c > tot {
			return nil, fmt.Errorf("line %d: bad counts %q %q", n, f[3], f[4])
		}
		if !strings.HasSuffix(f[0], f[1]) || f[0] != strings.ToLower(f[0]) {
			return nil, fmt.Errorf("line %d: end %q must be lower case and end in %q", n, f[0], f[1])
		}
		t[f[0]] = rewrite{strip: f[1], add: f[2], count: c, total: tot}
	}
	return t, sc.Err()
}

// guess returns the base form the learned table of lang gives word, and
// whether it gives one: the rewrite of the longest listed end of the word,
// when it held often enough. The base form may be the word itself (the end
// is a nominative's).
func (l learned) guess(word, lang string) (string, bool) {
	t := l[lang]
	if t == nil {
		return "", false
	}
	low := strings.ToLower(word)
	if len(low) != len(word) {
		return "", false // a letter changed its length when lowered
	}
	n := utf8.RuneCountInString(low)
	// Byte offsets of the last maxEnd letters, longest end first.
	i := len(low)
	var starts []int
	for k := 0; k < maxEnd && k < n-2; k++ {
		_, size := utf8.DecodeLastRuneInString(low[:i])
		i -= size
		starts = append(starts, i)
	}
	for k := len(starts) - 1; k >= 0; k-- {
		r, ok := t[low[starts[k]:]]
		if !ok || r.total < minTotal {
			continue
		}
		if float64(r.count) < minShare*float64(r.total) {
			return "", false // the longest end that is known is ambiguous
		}
		if utf8.RuneCountInString(low)-utf8.RuneCountInString(r.strip) < 2 {
			return "", false
		}
		if r.add == "" && (r.strip == "а" || r.strip == "a" || r.strip == "я" || r.strip == "s") {
			// Cutting one letter is what tells a man's genitive from a
			// woman's nominative (Захарова: Захаров's or Zakharova
			// herself) or a German genitive from a name in -s (Hans):
			// the article's forms and the tagger decide those.
			return "", false
		}
		return word[:len(word)-len(r.strip)] + r.add, true
	}
	return "", false
}

// LoadEndings replaces the learnt word ends of in with the tables under dir
// (free/<lang>.tsv and nc/<lang>.tsv, as `kent eval name-lemmas --learn`
// writes them): to score a table before it is embedded.
func (in *Inflector) LoadEndings(dir string) error {
	l := learned{}
	for _, sub := range []string{"free", "nc"} {
		if _, err := os.Stat(filepath.Join(dir, sub)); err != nil {
			continue
		}
		t, err := loadLearned(os.DirFS(dir), sub)
		if err != nil {
			return fmt.Errorf("%s: %w", filepath.Join(dir, sub), err)
		}
		maps.Copy(l, t)
	}
	in.learned = l
	return nil
}
