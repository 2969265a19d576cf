// Command train fits Kent's syntax models from Universal Dependencies
// treebanks and writes one file per language:
//
//	go run ./syntax/cmd/train -ud ../shared/eval/ud -out syntax/models
//
// Training is seeded and sequential, so the same treebanks give the same
// files byte for byte.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/kentnews/kent/syntax"
)

var onePass = flag.Bool("one-pass", false, "no second UPOS pass (for comparison)")

func main() {
	ud := flag.String("ud", "../shared/eval/ud", "folder of UD treebanks (one sub-folder per treebank)")
	out := flag.String("out", "syntax/models", "folder to write LANG.model files into")
	langs := flag.String("lang", strings.Join(syntax.Languages, ","), "comma-separated language codes")
	eval := flag.Bool("eval", true, "print held-out scores after training each language")
	perFeat := flag.Bool("per-feature", false, "one classifier per feature instead of one over whole bundles (for comparison)")

	margin := flag.Float64("lemma-margin", -1, "override the lemma margin (for tuning)")
	flag.Parse()
	if err := run(*ud, *out, strings.Split(*langs, ","), *eval, *perFeat, *margin); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(ud, out string, langs []string, eval, perFeat bool, margin float64) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, lang := range langs {
		fit, held, err := syntax.LoadSplit(ud, lang)
		if err != nil {
			return err
		}
		opt := syntax.DefaultOptions(lang)
		opt.BundleFeats = !perFeat
		opt.TwoPass = !*onePass
		if margin >= 0 {
			opt.LemmaMargin = float32(margin)
		}
		start := time.Now()
		m := syntax.Train(fit, opt)
		took := time.Since(start)
		data, err := m.MarshalFit()
		if err != nil {
			return err
		}
		path := filepath.Join(out, lang+".model")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return err
		}
		fmt.Printf("%s: %d sentences, trained in %s, %s %d bytes\n", lang, len(fit), took.Round(time.Millisecond), path, len(data))
		if eval {
			// score the model as it will be loaded, quantised
			loaded, err := syntax.UnmarshalModel(data)
			if err != nil {
				return err
			}
			s := syntax.Evaluate(loaded, held)
			fmt.Printf("%s: held-out %d tokens: UPOS %.2f feats %.2f lemma %.2f noun/propn lemma %.2f PROPN F1 %.3f UAS %.2f LAS %.2f %.0f tok/s parse %.0f tok/s\n",
				lang, s.Tokens, 100*s.UPOS, 100*s.Feats, 100*s.Lemma, 100*s.LemmaNounProp, s.PROPNF1, 100*s.UAS, 100*s.LAS, s.TokensPerSec, s.ParsePerSec)
		}
	}
	return nil
}
