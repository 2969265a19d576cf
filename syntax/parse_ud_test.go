package syntax

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestParserUD trains and evaluates the parser on Kent's fixed split of each
// treebank under $KENT_UD (e.g. /work/shared/eval/ud), gold tags in:
//
//	KENT_UD=/work/shared/eval/ud go test -v -run TestParserUD -timeout 1h ./syntax/
//
// KENT_UD_LANGS=en_ewt,de_gsd limits the treebanks, KENT_UD_EPOCHS=n sets
// the training epochs. Skipped without KENT_UD.
func TestParserUD(t *testing.T) {
	root := os.Getenv("KENT_UD")
	if root == "" {
		t.Skip("KENT_UD not set")
	}
	dirs, err := filepath.Glob(filepath.Join(root, "*_*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no treebanks under %s", root)
	}
	only := os.Getenv("KENT_UD_LANGS")
	var sumUAS, sumLAS float64
	n := 0
	for _, dir := range dirs {
		name := filepath.Base(dir)
		if only != "" && !strings.Contains(","+only+",", ","+name+",") {
			continue
		}
		fit, held := loadUDSplit(t, dir, name)
		parseStart := time.Now()
		epochs, _ := strconv.Atoi(os.Getenv("KENT_UD_EPOCHS"))
		p := TrainParser(fit, ParserOptions{Epochs: epochs})
		trainTime := time.Since(parseStart)
		data, err := p.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		cpu := parseCPUTime()
		uas, las := EvalParser(p, held)
		words := 0
		for _, s := range held {
			words += len(s.Tokens)
		}
		speed := float64(words) / (parseCPUTime() - cpu).Seconds()
		t.Logf("%-13s fit %5d sent  held %5d words  UAS %5.1f  LAS %5.1f  train %5.1fs  model %4d KB  %6.0f tok/cpu-s",
			name, len(fit), words, uas, las, trainTime.Seconds(), len(data)/1024, speed)
		sumUAS, sumLAS = sumUAS+uas, sumLAS+las
		n++
	}
	if n > 0 {
		t.Logf("mean over %d treebanks: UAS %.1f  LAS %.1f", n, sumUAS/float64(n), sumLAS/float64(n))
	}
}

func loadUDSplit(t testing.TB, dir, name string) (fit, held []Sentence) {
	t.Helper()
	var parts [3][]Sentence
	for i, part := range []string{"train", "dev", "test"} {
		path := filepath.Join(dir, name+"-ud-"+part+".conllu")
		if _, err := os.Stat(path); err != nil && part == "train" {
			continue
		}
		s, err := ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		parts[i] = s
	}
	return Split(parts[0], parts[1], parts[2])
}
