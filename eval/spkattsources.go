package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// spkSrcLoss breaks the Source score's losses down by what went wrong (a
// source on an invented cue, a source where the gold has none, a gold
// source on a missed cue, one Kent left empty, a misplaced span) and by the
// form of the source span (pronoun, name, noun phrase, relative pronoun,
// passive "von" agent, …), so that work on German sources can go to the
// largest class. Each entry sums the share of the span lost: 1 for a source
// wholly wrong, less for a partial overlap.
type spkSrcLoss struct {
	loss     map[string]float64
	examples map[string][]string
	keep     int
}

func newSpkSrcLoss(keep int) *spkSrcLoss {
	return &spkSrcLoss{loss: map[string]float64{}, examples: map[string][]string{}, keep: keep}
}

// spkSrcForm names the form of a source span from its words and the word
// before it. The word classes are the closed German ones the task's
// sources are made of; this is an analysis aid, not a reader of text.
func spkSrcForm(d *spkDoc, ts []int) string {
	if len(ts) == 0 {
		return "none"
	}
	words := make([]string, len(ts))
	for i, t := range ts {
		words[i] = strings.ToLower(d.toks[t].text)
	}
	prev := ""
	if ts[0] > 0 {
		prev = strings.ToLower(d.toks[ts[0]-1].text)
	}
	first := d.toks[ts[0]].text
	switch {
	case words[0] == "von" || words[0] == "vom" || prev == "von" || prev == "vom" || prev == "durch":
		return "von/durch agent"
	case words[0] == "laut" || prev == "laut" || words[0] == "nach" || prev == "nach":
		return "laut/nach X"
	}
	for _, w := range words {
		if w == "und" || w == "oder" || w == "sowie" {
			return "coordination"
		}
	}
	if len(ts) == 1 {
		switch words[0] {
		case "sie":
			if first == "Sie" && !d.toks[ts[0]].sentStart {
				return "Sie (2nd person)"
			}
			return "pronoun sie"
		case "ich", "wir", "mich", "mir", "uns", "du", "ihr", "man", "er", "es", "jeder", "jemand", "niemand", "alle":
			return "pronoun"
		case "der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welche", "welcher", "was":
			return "relative/demonstrative"
		case "wer":
			return "wer"
		case "meine", "meiner", "meinen", "unsere", "unserer", "ihre", "ihrer", "seine", "seiner":
			return "possessive"
		}
	}
	switch words[0] {
	case "der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem", "einen", "dieser", "diese", "dieses", "jeder", "viele", "alle", "kein", "keine", "meine", "unsere", "ihre", "seine":
		return "NP with article"
	case "herr", "frau", "kollege", "kollegin", "minister", "ministerin", "bundesminister", "bundesministerin", "staatssekretär":
		return "name with title"
	}
	if first != strings.ToLower(first) {
		return "name / bare noun"
	}
	return "other"
}

func (l *spkSrcLoss) note(what, form string, lost float64, d *spkDoc, gold, pred spkAnn) {
	if lost < 1e-9 {
		return
	}
	k := what + " | " + form
	l.loss[k] += lost
	if len(l.examples[k]) < l.keep {
		l.examples[k] = append(l.examples[k], spkShow(d, gold, pred, ""))
	}
}

// add scores one speech's Source losses the way scoreSpkAtt does.
func (l *spkSrcLoss) add(d *spkDoc, pred []spkAnn, match []int) {
	goldOf := make([]int, len(d.anns))
	for i := range goldOf {
		goldOf[i] = -1
	}
	for p, g := range match {
		if g >= 0 {
			goldOf[g] = p
		}
	}
	share := func(a, b []int) float64 { return float64(overlap(a, b)) / float64(len(a)) }
	for p, ann := range pred {
		ps := ann["Source"]
		if len(ps) == 0 {
			continue
		}
		g := match[p]
		switch {
		case g < 0:
			l.note("FP: source of invented cue", spkSrcForm(d, ps), 1, d, nil, ann)
		case len(d.anns[g]["Source"]) == 0:
			l.note("FP: source where gold has none", spkSrcForm(d, ps), 1, d, d.anns[g], ann)
		default:
			l.note("FP: span off gold (Kent's form)", spkSrcForm(d, ps), 1-share(ps, d.anns[g]["Source"]), d, d.anns[g], ann)
		}
	}
	for g, ann := range d.anns {
		gs := ann["Source"]
		if len(gs) == 0 {
			continue
		}
		p := goldOf[g]
		switch {
		case p < 0:
			l.note("FN: source of missed cue", spkSrcForm(d, gs), 1, d, ann, nil)
		case len(pred[p]["Source"]) == 0:
			l.note("FN: Kent gave no source", spkSrcForm(d, gs), 1, d, ann, pred[p])
		default:
			l.note("FN: span off gold (gold form)", spkSrcForm(d, gs), 1-share(gs, pred[p]["Source"]), d, ann, pred[p])
		}
	}
}

// print writes the losses, largest first, with up to keep examples each.
func (l *spkSrcLoss) print(w io.Writer, examples bool) {
	var keys []string
	for k := range l.loss {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return l.loss[keys[i]] > l.loss[keys[j]] })
	fmt.Fprintln(w, "\nSource losses (spans' shares lost) by situation | form:")
	for _, k := range keys {
		fmt.Fprintf(w, "  %6.2f  %s\n", l.loss[k], k)
	}
	if !examples {
		return
	}
	for _, k := range keys {
		fmt.Fprintf(w, "\n== %s\n", k)
		for _, ex := range l.examples[k] {
			fmt.Fprint(w, ex)
		}
	}
}
