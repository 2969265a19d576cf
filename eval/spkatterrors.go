package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// spkErrors gathers the error classes of a SpkAtt run, for the people
// improving attribution: which cues Kent misses or invents, and for matched
// cues how its sources and messages go wrong.
type spkErrors struct {
	classes  map[string]int
	examples map[string][]string
	missed   map[string]int // gold cue words of missed cues
	invented map[string]int // Kent's cue words with no gold cue
	srcWords map[string]int // gold source words where Kent gave none or another
	verbs    map[string]bool
	keep     int // examples kept per class
	// role: one more role (Addr, Topic, PTC, Medium, Evidence) judged
	// like Source and Message, marked «…» in the examples; roleWords its
	// gold spans Kent missed or put elsewhere.
	role      string
	roleWords map[string]int
}

func newSpkErrors(verbs []string, keep int, role string) *spkErrors {
	e := &spkErrors{keep: keep, classes: map[string]int{}, examples: map[string][]string{},
		missed: map[string]int{}, invented: map[string]int{}, srcWords: map[string]int{}, verbs: map[string]bool{},
		role: role, roleWords: map[string]int{}}
	for _, v := range verbs {
		e.verbs[strings.Fields(strings.ToLower(v) + " x")[0]] = true
	}
	return e
}

// missClass tells a missed cue's kind: a reporting verb Kent knows (the
// mechanism missed it: no quote, no "dass" clause), a noun, or a word
// outside the lexicon.
func (e *spkErrors) missClass(d *spkDoc, cue []int) string {
	for _, t := range cue {
		if e.verbs[strings.ToLower(d.toks[t].text)] {
			return "cue missed: verb in lexicon"
		}
	}
	for _, t := range cue {
		w := d.toks[t].text
		if !d.toks[t].sentStart && w != strings.ToLower(w) {
			return "cue missed: noun"
		}
	}
	return "cue missed: word not in lexicon"
}

func (e *spkErrors) note(class, example string) {
	e.classes[class]++
	if len(e.examples[class]) < e.keep {
		e.examples[class] = append(e.examples[class], example)
	}
}

func spkWords(d *spkDoc, ts []int) string {
	w := make([]string, len(ts))
	for i, t := range ts {
		w[i] = d.toks[t].text
	}
	return strings.Join(w, " ")
}

// add classifies one speech's predictions against its gold annotations.
func (e *spkErrors) add(d *spkDoc, pred []spkAnn, match []int) {
	matched := make([]bool, len(d.anns))
	for p, g := range match {
		if g < 0 {
			w := strings.ToLower(spkWords(d, pred[p]["Cue"]))
			e.invented[w]++
			e.note("cue spurious", spkShow(d, nil, pred[p], e.role))
			continue
		}
		matched[g] = true
		gold := d.anns[g]
		roles := []string{"Source", "Message"}
		if e.role != "" && e.role != "Source" && e.role != "Message" {
			roles = append(roles, e.role)
		}
		for _, role := range roles {
			gs, ps := gold[role], pred[p][role]
			var class string
			switch n := overlap(gs, ps); {
			case len(gs) == 0 && len(ps) == 0:
				continue
			case len(ps) == 0:
				class = role + " missing"
			case len(gs) == 0:
				class = role + " spurious"
			case n == 0:
				class = role + " wrong span"
			case n == len(gs) && n == len(ps):
				continue
			case n == len(gs):
				class = role + " too long"
			case n == len(ps):
				class = role + " too short"
			default:
				class = role + " shifted"
			}
			if role == "Source" && len(gs) > 0 && (len(ps) == 0 || overlap(gs, ps) == 0) {
				e.srcWords[strings.ToLower(spkWords(d, gs))]++
			}
			if role == e.role && len(gs) > 0 && overlap(gs, ps) < len(gs) {
				e.roleWords[strings.ToLower(spkWords(d, gs))]++
			}
			e.note(class, spkShow(d, gold, pred[p], e.role))
		}
	}
	for g, ok := range matched {
		if !ok {
			w := strings.ToLower(spkWords(d, d.anns[g]["Cue"]))
			e.missed[w]++
			e.note(e.missClass(d, d.anns[g]["Cue"]), spkShow(d, d.anns[g], nil, e.role))
		}
	}
}

// spkShow prints the sentences of an annotation with the gold and Kent's
// roles marked: [cue], <source>, {message}.
func spkShow(d *spkDoc, gold, pred spkAnn, role string) string {
	var b strings.Builder
	for _, x := range []struct {
		who string
		ann spkAnn
	}{{"gold", gold}, {"kent", pred}} {
		if x.ann == nil {
			continue
		}
		fmt.Fprintf(&b, "      %s: %s\n", x.who, spkMark(d, x.ann, gold, pred, role))
	}
	return b.String()
}

// spkMark renders the sentences both annotations touch, marking ann's
// roles: [cue], <source>, {message}, and «role» for the one more role.
func spkMark(d *spkDoc, ann, gold, pred spkAnn, role string) string {
	first, last := len(d.toks), -1
	for _, a := range []spkAnn{gold, pred} {
		for _, ts := range a {
			for _, t := range ts {
				first, last = min(first, d.sent[t]), max(last, d.sent[t])
			}
		}
	}
	in := func(role string, t int) bool {
		i := sort.SearchInts(ann[role], t)
		return i < len(ann[role]) && ann[role][i] == t
	}
	var b strings.Builder
	prev := ""
	for t, tok := range d.toks {
		if d.sent[t] < first || d.sent[t] > last {
			continue
		}
		cur := ""
		switch {
		case in("Cue", t):
			cur = "Cue"
		case in("Source", t):
			cur = "Source"
		case in("Message", t):
			cur = "Message"
		case role != "" && in(role, t):
			cur = "Role"
		}
		if cur != prev {
			b.WriteString(spkClose[prev])
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if cur != prev {
			b.WriteString(spkOpen[cur])
		}
		b.WriteString(tok.text)
		prev = cur
	}
	b.WriteString(spkClose[prev])
	s := b.String()
	if len(s) > 600 {
		s = s[:600] + "…"
	}
	return s
}

var (
	spkOpen  = map[string]string{"Cue": "[", "Source": "<", "Message": "{", "Role": "«", "": ""}
	spkClose = map[string]string{"Cue": "]", "Source": ">", "Message": "}", "Role": "»", "": ""}
)

func topCounts(m map[string]int, n int) string {
	type kv struct {
		k string
		v int
	}
	var all []kv
	for k, v := range m {
		all = append(all, kv{k, v})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].v > all[j].v || all[i].v == all[j].v && all[i].k < all[j].k })
	var parts []string
	for i, x := range all {
		if i == n {
			break
		}
		parts = append(parts, fmt.Sprintf("%s %d", x.k, x.v))
	}
	return strings.Join(parts, ", ")
}

// print writes the classes by frequency, the commonest words, and up to n
// examples taken in turn from the commonest classes.
func (e *spkErrors) print(w io.Writer, n int) {
	var classes []string
	for c := range e.classes {
		classes = append(classes, c)
	}
	sort.Slice(classes, func(i, j int) bool {
		a, b := e.classes[classes[i]], e.classes[classes[j]]
		return a > b || a == b && classes[i] < classes[j]
	})
	fmt.Fprintln(w, "\nerror classes (matched cues: roles judged against the gold annotation of the same cue):")
	for _, c := range classes {
		fmt.Fprintf(w, "  %-22s %d\n", c, e.classes[c])
	}
	fmt.Fprintf(w, "missed cue words:   %s\n", topCounts(e.missed, 40))
	fmt.Fprintf(w, "spurious cue words: %s\n", topCounts(e.invented, 20))
	fmt.Fprintf(w, "gold sources Kent missed or put elsewhere: %s\n", topCounts(e.srcWords, 20))
	if e.role != "" {
		fmt.Fprintf(w, "gold %s spans Kent missed or cut: %s\n", e.role, topCounts(e.roleWords, 30))
	}
	fmt.Fprintln(w, "\nexamples ([cue] <source> {message} «role»):")
	shown := 0
	for round := 0; shown < n && round < e.keep; round++ {
		for _, c := range classes {
			if shown == n {
				break
			}
			if e.role != "" && !strings.HasPrefix(c, e.role+" ") {
				continue // --role: that role's examples only
			}
			if round < len(e.examples[c]) {
				fmt.Fprintf(w, "  %s\n%s", c, e.examples[c][round])
				shown++
			}
		}
	}
}
