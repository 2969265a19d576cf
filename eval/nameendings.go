package eval

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kentnews/kent/syntax"
)

// treebankLicences name the treebanks the name endings may be learnt from
// and their licences, written into each table's header. A table learnt
// from a non-commercial treebank goes to the nc directory, which builds
// with -tags kent_nocommercial leave out (as the syntax models do).
var treebankLicences = map[string]struct {
	name, licence string
	nc            bool
}{
	"pl_pdb":       {"UD_Polish-PDB", "CC BY-NC-SA 4.0", true},
	"uk_iu":        {"UD_Ukrainian-IU", "CC BY-NC-SA 4.0", true},
	"ru_gsd":       {"UD_Russian-GSD", "CC BY-SA 4.0", false},
	"be_hse":       {"UD_Belarusian-HSE", "CC BY-SA 4.0", false},
	"lt_alksnis":   {"UD_Lithuanian-ALKSNIS", "CC BY-SA 4.0", false},
	"de_gsd":       {"UD_German-GSD", "CC BY-SA 4.0", false},
	"sv_talbanken": {"UD_Swedish-Talbanken", "CC BY-SA 4.0", false},
	"nl_alpino":    {"UD_Dutch-Alpino", "CC BY-SA 4.0", false},
	"en_ewt":       {"UD_English-EWT", "CC BY-SA 4.0", false},
}

// LearnOptions vary what LearnNameEndings learns from, to tune it.
type LearnOptions struct {
	// DevOnly learns from the dev file alone, so that the even-numbered
	// test sentences can score a choice before the odd ones are looked at.
	DevOnly bool
	// AllPropn learns from every proper noun, not only people's names.
	AllPropn bool
}

// maxEnd is the longest word end counted, in letters (names.maxEnd).
const maxEnd = 6

// LearnNameEndings counts, over the training part of each treebank (its dev
// file beside the test file named, and the even-numbered test sentences:
// syntax.Split — the odd ones that NameLemmas scores are never read), which
// base-form ending each word end of a person's name takes, and writes one
// table per language to dir/free/<lang>.tsv or dir/nc/<lang>.tsv (see
// treebankLicences). The names package embeds those tables.
//
// A pair counts when form and lemma share a beginning of at least two
// letters (Boże, Bóg does not); each of the word's last 1…maxEnd letters
// (keeping two) that covers the changed ending records the rewrite. A row
// keeps an end seen at least twice, with its most frequent rewrite; ties
// go to the shorter strip, then the alphabet, so the output is the same
// byte for byte on every run.
func LearnNameEndings(tests []string, dir string, opt LearnOptions, w io.Writer) error {
	for _, p := range tests {
		tb, _, _ := strings.Cut(filepath.Base(p), "-")
		lic, ok := treebankLicences[tb]
		if !ok {
			return fmt.Errorf("%s: no licence known for treebank %q", p, tb)
		}
		dev := strings.Replace(p, "-test.", "-dev.", 1)
		if dev == p {
			return fmt.Errorf("%s: want a *-test.conllu file (its dev file is read too)", p)
		}
		test, err := syntax.ReadFile(p)
		if err != nil {
			return err
		}
		devs, err := syntax.ReadFile(dev)
		if err != nil {
			return err
		}
		fit, _ := syntax.Split(nil, devs, test)
		if opt.DevOnly {
			fit = devs
		}
		person := isPerson
		if opt.AllPropn || !marksPersons(fit) {
			person = func(t syntax.Token) bool { return t.UPOS == "PROPN" }
		}
		counts := map[string]map[[2]string]int{}
		pairs := 0
		for _, s := range fit {
			for _, t := range s.Tokens {
				if !person(t) || strings.ContainsAny(t.Form, " \t") || strings.ContainsAny(t.Lemma, " \t") {
					continue
				}
				if learnPair(counts, t.Form, t.Lemma) {
					pairs++
				}
			}
		}
		lang, _, _ := strings.Cut(tb, "_")
		sub := "free"
		if lic.nc {
			sub = "nc"
		}
		out := filepath.Join(dir, sub, lang+".tsv")
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		rows := endingRows(counts)
		var b strings.Builder
		fmt.Fprintf(&b, "# Word ends of people's names in %s and the base-form end each takes, counted over\n", lang)
		fmt.Fprintf(&b, "# %s (%s): its dev file and the even-numbered sentences of its test file\n", lic.name, lic.licence)
		fmt.Fprintf(&b, "# (%d PROPN person tokens); the odd-numbered test sentences are held out for\n", pairs)
		b.WriteString("# `kent eval name-lemmas`. Written by `kent eval name-lemmas --learn names/endings <test files>`.\n")
		fmt.Fprintf(&b, "# This table is a derivative of that treebank and carries its licence (%s).\n", lic.licence)
		b.WriteString("# end\tstrip\tadd\tcount\ttotal\n")
		for _, r := range rows {
			fmt.Fprintf(&b, "%s\t%s\t%s\t%d\t%d\n", r.end, r.strip, r.add, r.count, r.total)
		}
		if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(w, "%s: %d pairs, %d ends → %s\n", lang, pairs, len(rows), out)
	}
	return nil
}

// learnPair records the rewrites of one form → lemma pair; false when the
// two share too short a beginning to be one word's forms.
func learnPair(counts map[string]map[[2]string]int, form, lemma string) bool {
	f, l := []rune(strings.ToLower(form)), []rune(strings.ToLower(lemma))
	if len(string(f)) != len(form) {
		return false
	}
	p := 0
	for p < len(f) && p < len(l) && f[p] == l[p] {
		p++
	}
	if p < 2 {
		return false
	}
	rw := [2]string{string(f[p:]), string(l[p:])}
	for n := max(1, len(f)-p); n <= maxEnd && n <= len(f)-2; n++ {
		end := string(f[len(f)-n:])
		if counts[end] == nil {
			counts[end] = map[[2]string]int{}
		}
		counts[end][rw]++
	}
	return true
}

type endingRow struct {
	end, strip, add string
	count, total    int
}

func endingRows(counts map[string]map[[2]string]int) []endingRow {
	var rows []endingRow
	for end, rws := range counts {
		best, bc, total := [2]string{}, -1, 0
		for rw, c := range rws {
			total += c
			if c > bc || c == bc && (utf8.RuneCountInString(rw[0]) < utf8.RuneCountInString(best[0]) ||
				utf8.RuneCountInString(rw[0]) == utf8.RuneCountInString(best[0]) && rw[0]+"\x00"+rw[1] < best[0]+"\x00"+best[1]) {
				best, bc = rw, c
			}
		}
		if total < 2 {
			continue
		}
		rows = append(rows, endingRow{end, best[0], best[1], bc, total})
	}
	slices.SortFunc(rows, func(a, b endingRow) int {
		return cmp.Or(cmp.Compare(reverse(a.end), reverse(b.end)), cmp.Compare(a.end, b.end))
	})
	return rows
}

// reverse sorts rows by their last letters, so a word end's longer
// variants follow it.
func reverse(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}
