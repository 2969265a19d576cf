package names

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// Chinese and Korean names are transliterated by syllable, and the systems
// disagree on the vowels (Jong, Чен; Suk, Сок) and on how an affricate is
// written (j, zh, q; цз, чж, ц, ч) but agree on the syllables and on the
// consonants that open and close them. So such a name is keyed by its
// family name (one key for all the spellings eastasia.yaml lists) and, per
// syllable of the given name, the class of its initial and of its final
// consonant: Xi Jinping and Си Цзиньпин are "cn pn"; Kim Jong Un and Ким
// Чен Ын "cn 0n"; Kim Yo Jong and Ким Ё Чжон "0o cn".

//go:embed eastasia.yaml
var eastAsiaYAML []byte

// eastAsiaSurnames maps each listed spelling (lower case) to its family
// name's canonical key.
var eastAsiaSurnames = sync.OnceValue(func() map[string]string {
	m, err := parseEastAsia(eastAsiaYAML)
	if err != nil {
		panic(err) // embedded data; TestEastAsiaData reports what is wrong
	}
	return m
})

// parseEastAsia reads the family-name table: spellings on one line, or
// sharing a spelling with another line, are one family name, keyed by the
// Skeleton of the first spelling of its first line (so that the first
// spelling alone, keyed like any surname, shares its surname key).
func parseEastAsia(data []byte) (map[string]string, error) {
	var doc struct {
		Surnames [][]string `yaml:"surnames"`
	}
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("eastasia.yaml: %w", err)
	}
	parent := map[string]string{}
	var find func(string) string
	find = func(s string) string {
		if parent[s] == s {
			return s
		}
		r := find(parent[s])
		parent[s] = r
		return r
	}
	for i, line := range doc.Surnames {
		if len(line) == 0 {
			return nil, fmt.Errorf("eastasia.yaml: surname line %d is empty", i+1)
		}
		for _, s := range line {
			if s == "" || s != strings.ToLower(s) || strings.ContainsAny(s, " \t") {
				return nil, fmt.Errorf("eastasia.yaml: line %d: %q is not one lower-case word", i+1, s)
			}
			if _, ok := parent[s]; !ok {
				parent[s] = s
			}
		}
		root := find(line[0])
		for _, s := range line[1:] {
			if r := find(s); r != root {
				parent[r] = root
			}
		}
	}
	out := make(map[string]string, len(parent))
	for s := range parent {
		out[s] = "ea:" + Skeleton(find(s))
	}
	return out, nil
}

// eastAsian is a name read as a Chinese or Korean one: its family name's
// key and its given name's syllable classes ("" when it gives none).
type eastAsian struct {
	family, given string
}

// eastAsianName reads a name (base form, words separated by spaces) as a
// Chinese or Korean name: the first word is a listed family name and the
// rest, split at spaces and hyphens, reads as syllables of the same
// script. ok is false for any other name ("Kim Kardashian", "Lee
// Anderson").
func eastAsianName(name string) (ea eastAsian, ok bool) {
	// Most names open with no listed family name: look that up before
	// lowering and splitting the whole name.
	var buf [64]byte
	if _, listed := eastAsiaSurnames()[string(appendLower(buf[:0], firstField(name)))]; !listed {
		return ea, false
	}
	w := strings.Fields(strings.ToLower(name))
	if len(w) == 0 {
		return ea, false
	}
	fam, listed := eastAsiaSurnames()[w[0]]
	if !listed {
		return ea, false
	}
	ea.family = fam
	if len(w) == 1 {
		return ea, true
	}
	cyr := isCyrillic(w[0])
	var b strings.Builder
	for _, part := range w[1:] {
		for _, p := range strings.FieldsFunc(part, func(r rune) bool { return r == '-' || r == '‐' || r == '\'' || r == '’' }) {
			if isCyrillic(p) != cyr {
				return ea, false
			}
			var s string
			if cyr {
				s, ok = cyrillicSyllables(p)
			} else {
				s, ok = latinSyllables(foldMarks(p))
			}
			if !ok {
				return ea, false
			}
			b.WriteString(s)
		}
	}
	ea.given = b.String()
	return ea, ea.given != ""
}

// firstField is strings.Fields(s)[0], "" when s has no field.
func firstField(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// key is the name's key: the given name's classes, a space, the family
// name's key — last, like a surname, so that "Xi" alone finds "Xi Jinping".
func (ea eastAsian) key() string {
	if ea.given == "" {
		return ea.family
	}
	return ea.given + " " + ea.family
}

// Initial classes: an affricate however written is "c", a sibilant "s";
// the glide y (and w before u or o) opens no consonant ("0").
var (
	latinInitials = []struct{ form, class string }{
		{"tch", "c"}, {"zh", "c"}, {"ch", "c"}, {"sh", "s"}, {"ts", "c"}, {"tz", "c"}, {"dz", "c"}, {"jj", "c"},
		{"kk", "k"}, {"kh", "k"}, {"tt", "t"}, {"pp", "p"}, {"ss", "s"},
		{"b", "p"}, {"p", "p"}, {"d", "t"}, {"t", "t"}, {"g", "k"}, {"k", "k"}, {"h", "h"}, {"m", "m"},
		{"n", "n"}, {"l", "l"}, {"r", "l"}, {"f", "f"}, {"j", "c"}, {"q", "c"}, {"c", "c"}, {"z", "c"},
		{"x", "s"}, {"s", "s"}, {"w", "v"}, {"y", "0"},
	}
	cyrillicInitials = []struct{ form, class string }{
		{"цз", "c"}, {"чж", "c"}, {"чх", "c"}, {"дж", "c"}, {"кх", "k"}, {"тх", "t"}, {"пх", "p"}, {"сс", "s"},
		{"б", "p"}, {"п", "p"}, {"д", "t"}, {"т", "t"}, {"г", "k"}, {"к", "k"}, {"х", "h"}, {"м", "m"},
		{"н", "n"}, {"л", "l"}, {"р", "l"}, {"ж", "l"}, {"ф", "f"}, {"ц", "c"}, {"ч", "c"}, {"ш", "s"},
		{"щ", "s"}, {"с", "s"}, {"в", "v"},
	}
	latinCodas    = []struct{ form, class string }{{"ng", "n"}, {"ck", "k"}, {"n", "n"}, {"l", "l"}, {"r", "l"}, {"k", "k"}, {"p", "p"}, {"m", "m"}, {"t", "t"}}
	cyrillicCodas = []struct{ form, class string }{{"нь", "n"}, {"н", "n"}, {"ль", "l"}, {"л", "l"}, {"р", "l"}, {"к", "k"}, {"п", "p"}, {"м", "m"}, {"т", "t"}}
)

// syllables splits a word into syllables — initial consonants, a vowel
// cluster, a final consonant when a consonant or the word's end follows —
// and writes each as two classes: initial and final ("0" for none). A
// syllable with neither is written by its vowel's class instead, so that
// Wang Yi and Wang Yu stay apart. ok is false when some letters fit no
// syllable: the word is not Chinese or Korean.
func syllables(w string, initials, codas []struct{ form, class string }, vowel func(rune) bool, vclass func(string) string) (string, bool) {
	var b strings.Builder
	rs := []rune(w)
	has := func(i int, form string) bool {
		f := []rune(form)
		return i+len(f) <= len(rs) && string(rs[i:i+len(f)]) == form
	}
	for i := 0; i < len(rs); {
		ini := "0"
		for _, c := range initials {
			if has(i, c.form) {
				ini = c.class
				i += len([]rune(c.form))
				break
			}
		}
		start := i
		for i < len(rs) && vowel(rs[i]) {
			i++
		}
		if i == start {
			return "", false
		}
		v := string(rs[start:i])
		if ini == "v" && (strings.HasPrefix(v, "u") || strings.HasPrefix(v, "o")) {
			ini = "0" // Wu, У; Woo; but Wang, Ван
		}
		fin := "0"
		for _, c := range codas {
			n := len([]rune(c.form))
			if has(i, c.form) && (i+n == len(rs) || !vowel(rs[i+n]) && rs[i+n] != 'ь') {
				fin = c.class
				i += n
				break
			}
		}
		if ini == "0" && fin == "0" {
			b.WriteString("0" + vclass(v))
		} else {
			b.WriteString(ini + fin)
		}
	}
	return b.String(), true
}

func latinSyllables(w string) (string, bool) {
	return syllables(w, latinInitials, latinCodas, func(r rune) bool { return strings.ContainsRune("aeiouyw", r) }, func(v string) string {
		switch {
		case strings.HasSuffix(v, "eu") || strings.HasSuffix(v, "u"):
			return "u"
		case strings.HasSuffix(v, "i") || v == "ee":
			return "i"
		case strings.HasSuffix(v, "o"):
			return "o"
		case strings.HasSuffix(v, "e"):
			return "e"
		}
		return "a"
	})
}

func cyrillicSyllables(w string) (string, bool) {
	return syllables(w, cyrillicInitials, cyrillicCodas, func(r rune) bool { return strings.ContainsRune("аеёиоуыэюяйіїє", r) }, func(v string) string {
		switch {
		case strings.HasSuffix(v, "юй") || strings.HasSuffix(v, "у") || strings.HasSuffix(v, "ю") || strings.HasSuffix(v, "ы"):
			return "u"
		case strings.HasSuffix(v, "и") || strings.HasSuffix(v, "й") || strings.HasSuffix(v, "і") || strings.HasSuffix(v, "ї"):
			return "i"
		case strings.HasSuffix(v, "о") || strings.HasSuffix(v, "ё"):
			return "o"
		case strings.HasSuffix(v, "э") || strings.HasSuffix(v, "е") || strings.HasSuffix(v, "є"):
			return "e"
		}
		return "a"
	})
}

// sameEastAsian reports whether two names read as Chinese or Korean ones
// (ok false when one does not) and, if so, whether they can be one person:
// one family name and, when both give it, one given name — the last word
// also in a base form its case endings allow ("Си Цзиньпина").
func sameEastAsian(a, b string) (same, ok bool) {
	ea, okA := eastAsianName(a)
	eb, okB := eastAsianName(b)
	if !okA && !okB {
		return false, false
	}
	as, bs := baseForms(a, ea, okA), baseForms(b, eb, okB)
	if len(as) == 0 || len(bs) == 0 {
		return false, false
	}
	for _, x := range as {
		for _, y := range bs {
			if x.family == y.family && (x.given == "" || y.given == "" || x.given == y.given) {
				return true, true
			}
		}
	}
	return false, true
}

// baseForms reads a name as printed and with each base form the case
// endings allow for its last word.
func baseForms(name string, ea eastAsian, ok bool) []eastAsian {
	var out []eastAsian
	if ok {
		out = append(out, ea)
	}
	w := strings.Fields(name)
	if len(w) < 2 {
		return out
	}
	for _, c := range defaultInflector().candidates(w[len(w)-1], "") {
		if e, ok := eastAsianName(strings.Join(w[:len(w)-1], " ") + " " + c.form); ok {
			out = append(out, e)
		}
	}
	return out
}

// eastAsianFamily is the family-name key of a name that is a listed
// Chinese or Korean family name alone ("Xi", "Си"), else "".
func eastAsianFamily(name string) string {
	if ea, ok := eastAsianName(name); ok && ea.given == "" {
		return ea.family
	}
	return ""
}

// eastAsianFull reports whether a name as printed reads as a listed
// Chinese or Korean family name and a given name (its last word maybe
// inflected: "Си Цзиньпина") — evidence of a person, like a given name.
//
// In the Latin script the given name must look Chinese or Korean beyond
// doubt — two syllables written apart ("Jong Un", "Ji-sung") or one word of
// two syllables with a letter English words rarely open them with (x, q,
// j, z: "Jinping", "Xiaoping") — so that "Hong Kong" and "Moon Landing"
// are no evidence.
func eastAsianFull(name string) bool {
	ea, ok := eastAsianName(name)
	full := false
	for _, ea := range baseForms(name, ea, ok) {
		full = full || ea.given != ""
	}
	if !full || isCyrillic(name) {
		return full
	}
	w := strings.Fields(strings.ToLower(name))[1:]
	if len(w) > 1 || strings.ContainsAny(w[0], "-‐") {
		return true
	}
	syl, ok := latinSyllables(foldMarks(w[0]))
	return ok && len(syl) >= 4 && strings.ContainsAny(w[0], "xqjz")
}
