package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/kentnews/kent/story"
)

// StoryScore holds clustering scores against gold stories.
type StoryScore struct {
	Items                      int
	Stories                    int
	BCubedP, BCubedR, BCubedF1 float64
	PairP, PairR, PairF1       float64
	CrossP, CrossR, CrossF1    float64 // pairs of items in different languages only
	ItemsPerSecond             float64
	goldStories                int
}

// Stories clusters the items of a JSONL file (id, language, story, text)
// in file order with one streaming pass, and scores the grouping against
// the story field: B-cubed precision/recall/F1 over items, and pairwise
// scores over all pairs and over cross-language pairs alone.
func Stories(path string, c *story.Clusterer, w io.Writer) (StoryScore, error) {
	f, err := os.Open(path)
	if err != nil {
		return StoryScore{}, err
	}
	defer f.Close()
	type item struct {
		ID, Language, Story, Text string
	}
	var items []item
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		var it item
		if err := json.Unmarshal(sc.Bytes(), &it); err != nil {
			return StoryScore{}, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		items = append(items, it)
	}
	if err := sc.Err(); err != nil {
		return StoryScore{}, err
	}
	pred := make([]int, len(items))
	start := time.Now()
	for i, it := range items {
		pred[i] = c.Add(it.ID, it.Language, it.Text)
	}
	took := time.Since(start)
	gold := make([]string, len(items))
	for i, it := range items {
		gold[i] = it.Story
	}
	s := scoreClusters(gold, pred, func(i, j int) bool { return items[i].Language != items[j].Language })
	s.Items, s.Stories = len(items), len(c.Stories())
	s.ItemsPerSecond = float64(len(items)) / took.Seconds()
	fmt.Fprintf(w, "%d items, %d gold stories, %d predicted stories, %.0f items/s (one core, one pass)\n", s.Items, s.goldStories, s.Stories, s.ItemsPerSecond)
	printRow(w, "B-cubed", s.BCubedP, s.BCubedR, s.BCubedF1, "")
	printRow(w, "pairwise, all pairs", s.PairP, s.PairR, s.PairF1, "")
	printRow(w, "pairwise, cross-language", s.CrossP, s.CrossR, s.CrossF1, "")
	return s, nil
}

// scoreClusters computes B-cubed and pairwise scores; cross selects the
// pairs scored separately.
func scoreClusters(gold []string, pred []int, cross func(i, j int) bool) StoryScore {
	var s StoryScore
	byGold := map[string][]int{}
	byPred := map[int][]int{}
	for i := range gold {
		byGold[gold[i]] = append(byGold[gold[i]], i)
		byPred[pred[i]] = append(byPred[pred[i]], i)
	}
	s.goldStories = len(byGold)
	var bp, br float64
	for i := range gold {
		same := 0
		for _, j := range byPred[pred[i]] {
			if gold[j] == gold[i] {
				same++
			}
		}
		bp += float64(same) / float64(len(byPred[pred[i]]))
		br += float64(same) / float64(len(byGold[gold[i]]))
	}
	n := float64(len(gold))
	s.BCubedP, s.BCubedR = bp/n, br/n
	s.BCubedF1 = f1(s.BCubedP, s.BCubedR)
	var all, crossM PRF
	count := func(i, j int, inPred, inGold bool) {
		for _, m := range []*PRF{&all, &crossM} {
			if m == &crossM && !cross(i, j) {
				continue
			}
			switch {
			case inPred && inGold:
				m.TP++
			case inPred:
				m.FP++
			case inGold:
				m.FN++
			}
		}
	}
	// Only pairs that share a predicted or a gold cluster matter.
	seen := map[[2]int]bool{}
	for _, group := range []map[int][]int{byPred} {
		for _, members := range group {
			for a := 0; a < len(members); a++ {
				for b := a + 1; b < len(members); b++ {
					i, j := members[a], members[b]
					seen[[2]int{i, j}] = true
					count(i, j, true, gold[i] == gold[j])
				}
			}
		}
	}
	for _, members := range byGold {
		for a := 0; a < len(members); a++ {
			for b := a + 1; b < len(members); b++ {
				i, j := members[a], members[b]
				if !seen[[2]int{i, j}] {
					count(i, j, pred[i] == pred[j], true)
				}
			}
		}
	}
	s.PairP, s.PairR, s.PairF1 = all.Precision(), all.Recall(), all.F1()
	s.CrossP, s.CrossR, s.CrossF1 = crossM.Precision(), crossM.Recall(), crossM.F1()
	return s
}
