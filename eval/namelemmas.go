package eval

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/kentnews/kent/names"
	"github.com/kentnews/kent/syntax"
)

// LemmaOptions choose what NameLemmas scores and with what.
type LemmaOptions struct {
	// Tagger, when set, gives a language's syntax tagger: each sentence is
	// tagged and its PROPN lemmas are hints to the Inflector, as in the
	// names stage.
	Tagger func(lang string) (names.Tagger, bool)
	// All scores every sentence; by default only the held-out half of a
	// file (syntax.Split: the odd-indexed sentences), because the embedded
	// syntax models were trained on the other half of each test file.
	All bool
	// Learned takes the Inflector's learnt word ends (Guess) as a word's
	// hint where they give one, the tagger's lemma only where they do not,
	// as the names stage does.
	Learned bool
	// Even scores the even-numbered test sentences instead of the odd
	// ones: with tables learnt from dev alone, the half to tune on.
	Even bool
}

// NameLemmas scores the base forms the names stage gives people's names
// against the lemmas of a Universal Dependencies treebank (CoNLL-U): every
// PROPN token of a person (NameType Giv or Sur, or Animacy Hum or Anim) is
// reduced with its sentence's other person tokens as evidence, as an
// article's forms are. A treebank that marks no person (de_gsd,
// lt_alksnis) has all its PROPN tokens scored, and says so. A token counts
// as right when its base form has the key (names.Skeleton) of the gold
// lemma. The language is the treebank file's prefix (pl_pdb-ud-test.conllu:
// pl). Inflected tokens (form ≠ lemma) are reported apart; wrong ones are
// printed.
func NameLemmas(paths []string, in *names.Inflector, opt LemmaOptions, w io.Writer) (all, inflected PRF, err error) {
	for _, p := range paths {
		lang, _, _ := strings.Cut(filepath.Base(p), "_")
		if err := nameLemmasFile(p, lang, in, opt, &all, &inflected, w); err != nil {
			return all, inflected, err
		}
	}
	fmt.Fprintf(w, "person tokens with the key of their lemma: %.3f of %0.f; inflected ones (form ≠ lemma): %.3f of %0.f\n",
		all.Recall(), all.TP+all.FN, inflected.Recall(), inflected.TP+inflected.FN)
	return all, inflected, nil
}

func nameLemmasFile(path, lang string, in *names.Inflector, opt LemmaOptions, all, inflected *PRF, w io.Writer) error {
	sents, err := syntax.ReadFile(path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if !opt.All {
		fit, held := syntax.Split(nil, nil, sents)
		sents = held
		if opt.Even {
			sents = fit
		}
	}
	person := isPerson
	if !marksPersons(sents) {
		fmt.Fprintf(w, "  %s marks no person: every PROPN is scored\n", filepath.Base(path))
		person = func(t syntax.Token) bool { return t.UPOS == "PROPN" }
	}
	var tagger names.Tagger
	if opt.Tagger != nil {
		tagger, _ = opt.Tagger(lang)
	}
	for _, s := range sents {
		var forms, lemmas []string
		var runs []names.Printed // consecutive person tokens: one name each, as the finder sees it
		var at []int             // runs[k]'s first form in forms
		hints := map[string]string{}
		var tags []syntax.Token
		if tagger != nil {
			all := make([]string, len(s.Tokens))
			for i, t := range s.Tokens {
				all[i] = t.Form
			}
			tags = tagger.Tag(all)
		}
		for i, t := range s.Tokens {
			if !person(t) {
				continue
			}
			if i == 0 || !person(s.Tokens[i-1]) {
				r := names.Printed{}
				if i > 0 && isWord(s.Tokens[i-1].Form) {
					r.Before = s.Tokens[i-1].Form
				}
				runs, at = append(runs, r), append(at, len(forms))
			}
			runs[len(runs)-1].Words = append(runs[len(runs)-1].Words, t.Form)
			forms, lemmas = append(forms, t.Form), append(lemmas, t.Lemma)
			if hints[t.Form] != "" {
				continue
			}
			if g, ok := in.Guess(t.Form, lang); opt.Learned && ok && (g != t.Form || tags == nil) {
				hints[t.Form] = g
			} else if tags != nil {
				hints[t.Form] = names.Hint(tags[i])
			}
		}
		bases := in.Bases(runs, lang, nil, hints)
		got := make([]string, 0, len(forms))
		for k := range runs {
			got = append(got, bases[k]...)
		}
		base := func(i int) string { return got[i] }
		for i, form := range forms {
			ok := names.Skeleton(base(i)) == names.Skeleton(lemmas[i])
			all.add(ok, true)
			if !ok && strings.EqualFold(form, lemmas[i]) && os.Getenv("KENT_DEBUG") != "" {
				fmt.Fprintf(w, "  base %s %s → %s (tagger: %q)\n", lang, form, base(i), hints[form])
			}
			if !strings.EqualFold(form, lemmas[i]) {
				inflected.add(ok, true)
				if !ok {
					fmt.Fprintf(w, "  %s %s → %s, gold %s (tagger: %q)\n", lang, form, base(i), lemmas[i], hints[form])
				}
			}
		}
	}
	return nil
}

// isWord reports whether a token has a letter (no punctuation).
func isWord(f string) bool {
	return strings.IndexFunc(f, unicode.IsLetter) >= 0
}

func isPerson(t syntax.Token) bool {
	feats := "|" + t.Feats + "|"
	return t.UPOS == "PROPN" && (strings.Contains(feats, "|NameType=Giv|") || strings.Contains(feats, "|NameType=Sur|") || strings.Contains(feats, "|Animacy=Hum|") || strings.Contains(feats, "|Animacy=Anim|"))
}

func marksPersons(sents []syntax.Sentence) bool {
	for _, s := range sents {
		for _, t := range s.Tokens {
			if isPerson(t) {
				return true
			}
		}
	}
	return false
}
