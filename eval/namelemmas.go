package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kentnews/kent/names"
)

// NameLemmas scores the base forms the names stage gives people's names
// against the lemmas of a Universal Dependencies treebank (CoNLL-U): every
// PROPN token of a person (NameType Giv or Sur, or Animacy Hum or Anim) is
// reduced with its sentence's other person tokens as evidence, as an
// article's forms are. A token counts as right when its base form has the
// key (names.Skeleton) of the gold lemma. The language is the treebank
// file's prefix (pl_pdb-ud-test.conllu: pl). Inflected tokens (form ≠
// lemma) are reported apart.
// Wrong inflected tokens are printed.
func NameLemmas(paths []string, in *names.Inflector, w io.Writer) (all, inflected PRF, err error) {
	for _, p := range paths {
		lang, _, _ := strings.Cut(filepath.Base(p), "_")
		if err := nameLemmasFile(p, lang, in, &all, &inflected, w); err != nil {
			return all, inflected, err
		}
	}
	fmt.Fprintf(w, "person tokens with the key of their lemma: %.3f of %0.f; inflected ones (form ≠ lemma): %.3f of %0.f\n",
		all.Recall(), all.TP+all.FN, inflected.Recall(), inflected.TP+inflected.FN)
	return all, inflected, nil
}

func nameLemmasFile(path, lang string, in *names.Inflector, all, inflected *PRF, w io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var forms, lemmas []string
	flush := func() {
		base := in.Lemmas(forms, lang, nil)
		for i, form := range forms {
			ok := names.Skeleton(base[form]) == names.Skeleton(lemmas[i])
			all.add(ok, true)
			if !strings.EqualFold(form, lemmas[i]) {
				inflected.add(ok, true)
				if !ok {
					fmt.Fprintf(w, "  %s %s → %s, gold %s\n", lang, form, base[form], lemmas[i])
				}
			}
		}
		forms, lemmas = forms[:0], lemmas[:0]
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 6 {
			if strings.TrimSpace(sc.Text()) == "" {
				flush()
			}
			continue
		}
		feats := "|" + c[5] + "|"
		if c[3] == "PROPN" && (strings.Contains(feats, "|NameType=Giv|") || strings.Contains(feats, "|NameType=Sur|") || strings.Contains(feats, "|Animacy=Hum|") || strings.Contains(feats, "|Animacy=Anim|")) {
			forms, lemmas = append(forms, c[1]), append(lemmas, c[2])
		}
	}
	flush()
	return sc.Err()
}
