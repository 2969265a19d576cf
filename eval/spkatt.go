package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/attrib"
)

// spkRoles are the roles SpkAtt-2023 (Task 1) annotates for a cue. Kent
// predicts all but Evidence; every role is scored so that the pooled "all
// roles" figure is the shared task's.
var spkRoles = []string{"Source", "Message", "Addr", "Topic", "Medium", "Evidence", "PTC"}

// spkDoc is one speech of the corpus: its tokens in sentence order and its
// annotations, each a set of global token indices per role ("Cue" too).
type spkDoc struct {
	name  string
	toks  []rwToken
	sent  []int // sentence number of each token
	anns  []spkAnn
	index map[string]int // "sentence:token" → global token index
}

type spkAnn map[string][]int

// readSpkAtt reads one SpkAtt JSON file: {"Sentences": [{"SentenceId",
// "Tokens"}], "Annotations": [{"Cue": ["s:t", …], "Source": […], …}]}.
func readSpkAtt(path string) (*spkDoc, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var raw struct {
		Sentences []struct {
			SentenceID int      `json:"SentenceId"`
			Tokens     []string `json:"Tokens"`
		}
		Annotations []map[string][]string
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	d := &spkDoc{name: filepath.Base(path), index: map[string]int{}}
	for si, s := range raw.Sentences {
		for ti, t := range s.Tokens {
			d.index[fmt.Sprintf("%d:%d", s.SentenceID, ti)] = len(d.toks)
			d.toks = append(d.toks, rwToken{text: t, sentStart: ti == 0})
			d.sent = append(d.sent, si)
		}
	}
	for ai, a := range raw.Annotations {
		ann := spkAnn{}
		for role, refs := range a {
			for _, ref := range refs {
				i, ok := d.index[strings.TrimSpace(ref)]
				if !ok {
					return nil, fmt.Errorf("%s: annotation %d: %s %q names no token", path, ai, role, ref)
				}
				ann[role] = append(ann[role], i)
			}
		}
		if len(ann["Cue"]) == 0 {
			return nil, fmt.Errorf("%s: annotation %d has no cue", path, ai)
		}
		d.anns = append(d.anns, ann.normal())
	}
	return d, nil
}

// normal sorts each role's tokens and drops repeats and empty roles.
func (a spkAnn) normal() spkAnn {
	for role, ts := range a {
		sort.Ints(ts)
		out := ts[:0]
		for i, t := range ts {
			if i == 0 || t != ts[i-1] {
				out = append(out, t)
			}
		}
		if len(out) == 0 {
			delete(a, role)
		} else {
			a[role] = out
		}
	}
	return a
}

// spkPredict runs Kent's attribution on a speech rebuilt from its tokens
// and maps each quote to the task's annotation: the cue's tokens, the
// speaker mention's tokens as Source, the quote's tokens as Message. Quotes
// sharing a cue are one annotation. A quote with no cue has no speech event
// the task could count.
func spkPredict(x *attrib.Extractor, d *spkDoc, opt SpkAttOptions) []spkAnn {
	a, offs := rwArticle(d.toks)
	for i := range a.Paragraphs {
		a.Paragraphs[i].Language = "de"
	}
	tokensIn := func(sp kent.Span) []int { return spanTokens(offs, sp) }
	if !opt.Quotes {
		return spkEvents(x.SpeechEvents(a, opt.Cues), tokensIn)
	}
	qs, _ := x.Extract(a)
	byCue := map[kent.Span]spkAnn{}
	var order []kent.Span
	for _, q := range corpusContents(a.Text, qs, nil) {
		cue := tokensIn(q.CueSpan)
		if len(cue) == 0 {
			continue
		}
		ann := byCue[q.CueSpan]
		if ann == nil {
			ann = spkAnn{"Cue": cue}
			byCue[q.CueSpan] = ann
			order = append(order, q.CueSpan)
		}
		ann["Message"] = append(ann["Message"], spkMessage(d, tokensIn(q.Span), opt.Complementizers)...)
		if q.Speaker != nil {
			ann["Source"] = append(ann["Source"], spkTrim(d, tokensIn(q.Speaker.MentionSpan))...)
		}
	}
	out := make([]spkAnn, 0, len(order))
	for _, c := range order {
		out = append(out, byCue[c].normal())
	}
	return out
}

// spanTokens lists the corpus tokens (by their offsets) that span sp
// overlaps.
func spanTokens(offs []kent.Span, sp kent.Span) []int {
	var out []int
	if sp.End <= sp.Start {
		return nil
	}
	i := sort.Search(len(offs), func(i int) bool { return offs[i].End > sp.Start })
	for ; i < len(offs) && offs[i].Start < sp.End; i++ {
		out = append(out, i)
	}
	return out
}

// spkEvents maps Kent's speech events to the task's annotations: one per
// cue, with its source and message.
func spkEvents(evs []attrib.SpeechEvent, tokensIn func(kent.Span) []int) []spkAnn {
	var out []spkAnn
	for _, ev := range evs {
		ann := spkAnn{}
		for role, sps := range map[string][]kent.Span{"Cue": ev.Cue, "Source": ev.Source, "Message": ev.Message, "Addr": ev.Addressee, "PTC": ev.Particle, "Medium": ev.Medium, "Topic": ev.Topic} {
			for _, sp := range sps {
				ann[role] = append(ann[role], tokensIn(sp)...)
			}
		}
		if len(ann["Cue"]) > 0 {
			out = append(out, ann.normal())
		}
	}
	return out
}

// spkTrim drops punctuation at the edges of a role's tokens: the task's
// guidelines leave it outside the span (quote marks too, unless the span
// holds their partner).
func spkTrim(d *spkDoc, ts []int) []int {
	punct := func(t int) bool { return !wordRe.MatchString(d.toks[t].text) }
	for len(ts) > 0 && punct(ts[0]) {
		ts = ts[1:]
	}
	for len(ts) > 0 && punct(ts[len(ts)-1]) {
		ts = ts[:len(ts)-1]
	}
	return ts
}

// spkMessage maps Kent's quote tokens to the task's Message: without edge
// punctuation, and with the complementizer ("dass") that opens indirect
// speech, which the task counts as part of the message.
func spkMessage(d *spkDoc, ts []int, comps []string) []int {
	ts = spkTrim(d, ts)
	if len(ts) > 0 && ts[0] > 0 {
		prev := strings.ToLower(d.toks[ts[0]-1].text)
		for _, c := range comps {
			if prev == c {
				return append([]int{ts[0] - 1}, ts...)
			}
		}
	}
	return ts
}

// propPRF sums proportional scores: each predicted span adds the share of
// its tokens the gold span it is matched with has (0 when unmatched), each
// gold span the share of its tokens the prediction has.
type propPRF struct {
	P, NP float64 // summed precision shares, predicted spans
	R, NR float64 // summed recall shares, gold spans
}

func (m propPRF) Precision() float64 { return fratio(m.P, m.NP) }
func (m propPRF) Recall() float64    { return fratio(m.R, m.NR) }
func (m propPRF) F1() float64        { return f1(m.Precision(), m.Recall()) }

func (m *propPRF) add(o propPRF) { m.P += o.P; m.NP += o.NP; m.R += o.R; m.NR += o.NR }

func fratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

// SpkAttScore holds the shared task's proportional scores: cues, each role,
// and all roles pooled.
type SpkAttScore struct {
	Cue   propPRF
	Roles map[string]*propPRF
	All   propPRF
	Docs  int
}

func overlap(a, b []int) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// matchCues pairs predicted with gold annotations one to one, by cue
// overlap, the largest first: match[p] is p's gold annotation or -1.
func matchCues(pred, gold []spkAnn) []int {
	type pair struct{ p, g, n int }
	var pairs []pair
	for p := range pred {
		for g := range gold {
			if n := overlap(pred[p]["Cue"], gold[g]["Cue"]); n > 0 {
				pairs = append(pairs, pair{p, g, n})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].n > pairs[j].n })
	match := make([]int, len(pred))
	for i := range match {
		match[i] = -1
	}
	used := make([]bool, len(gold))
	for _, x := range pairs {
		if match[x.p] < 0 && !used[x.g] {
			match[x.p], used[x.g] = x.g, true
		}
	}
	return match
}

// scoreSpkAtt adds one speech's predictions to s. Cues are matched one to
// one by overlap; a role scores only through its cue's match, so the roles
// of a missed cue are all missed and those of a spurious cue all spurious,
// as in the task's evaluation.
func scoreSpkAtt(s *SpkAttScore, pred, gold []spkAnn) []int {
	match := matchCues(pred, gold)
	goldOf := make([]int, len(gold))
	for i := range goldOf {
		goldOf[i] = -1
	}
	for p, g := range match {
		if g >= 0 {
			goldOf[g] = p
		}
	}
	share := func(a, b []int) float64 { return float64(overlap(a, b)) / float64(len(a)) }
	for _, role := range append([]string{"Cue"}, spkRoles...) {
		var m propPRF
		for p, ann := range pred {
			if len(ann[role]) == 0 {
				continue
			}
			m.NP++
			if g := match[p]; g >= 0 {
				m.P += share(ann[role], gold[g][role])
			}
		}
		for g, ann := range gold {
			if len(ann[role]) == 0 {
				continue
			}
			m.NR++
			if p := goldOf[g]; p >= 0 {
				m.R += share(ann[role], pred[p][role])
			}
		}
		if role == "Cue" {
			s.Cue.add(m)
			continue
		}
		s.Roles[role].add(m)
		s.All.add(m)
	}
	return match
}

// SpkAttOptions carries the German words the mapping and the error
// analysis need, from Kent's lexicon: Complementizers open a Message
// ("dass"); Verbs (reporting verbs) tell missed cues Kent knows from those
// it does not. Errors > 0 prints error classes with that many examples;
// SourceErrors > 0 prints the Source losses by class with that many each.
//
// Kent reads every speech event (attrib.SpeechEvents) with the lexicon's
// cue lemmas and Cues; Quotes scores its quote attribution instead.
type SpkAttOptions struct {
	Errors          int
	Role            string // with Errors: judge this role too and show its examples only
	SourceErrors    int    // examples per Source loss class (0: classes only, with Errors)
	Verbs           []string
	Complementizers []string
	Quotes          bool
	Cues            attrib.CueLemmas
}

// spkFiles lists the JSON speeches of dir, or of the dev split when dir is
// the corpus root.
func spkFiles(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		files, _ = filepath.Glob(filepath.Join(dir, "data", "dev", "task1", "*.json"))
	}
	if len(files) == 0 {
		return nil, kent.Errorf(kent.EINVALID, "%s: no SpkAtt .json files (nor data/dev/task1/*.json)", dir)
	}
	sort.Strings(files)
	return files, nil
}

// SpkAtt scores Kent's attribution on the SpkAtt-2023 Task 1 speeches in
// dir (German Bundestag debates): proportional precision, recall and F1 for
// cues and for each role, and for all roles pooled.
func SpkAtt(dir string, x *attrib.Extractor, opt SpkAttOptions, w io.Writer) (*SpkAttScore, error) {
	files, err := spkFiles(dir)
	if err != nil {
		return nil, err
	}
	s := &SpkAttScore{Roles: map[string]*propPRF{}}
	for _, r := range spkRoles {
		s.Roles[r] = &propPRF{}
	}
	ea := newSpkErrors(opt.Verbs, opt.Errors, opt.Role)
	sl := newSpkSrcLoss(opt.SourceErrors)
	for _, f := range files {
		d, err := readSpkAtt(f)
		if err != nil {
			return nil, err
		}
		pred := spkPredict(x, d, opt)
		match := scoreSpkAtt(s, pred, d.anns)
		ea.add(d, pred, match)
		sl.add(d, pred, match)
		s.Docs++
	}
	fmt.Fprintf(w, "SpkAtt-2023 Task 1 (German Bundestag speeches): %d files, proportional token overlap\n", s.Docs)
	printRow(w, "cues", s.Cue.Precision(), s.Cue.Recall(), s.Cue.F1(), fmt.Sprintf("(%.0f gold, %.0f predicted; best published 0.889)", s.Cue.NR, s.Cue.NP))
	for _, r := range spkRoles {
		m := s.Roles[r]
		note := fmt.Sprintf("(%.0f gold)", m.NR)
		if r != "Source" && r != "Message" && r != "Addr" && r != "PTC" && r != "Medium" && r != "Topic" || opt.Quotes && r != "Source" && r != "Message" {
			note += " Kent does not predict it"
		}
		printRow(w, "role "+r, m.Precision(), m.Recall(), m.F1(), note)
	}
	printRow(w, "roles, all pooled", s.All.Precision(), s.All.Recall(), s.All.F1(), "(best published 0.804)")
	if opt.Errors > 0 {
		ea.print(w, opt.Errors)
	}
	if opt.Errors > 0 || opt.SourceErrors > 0 {
		sl.print(w, opt.SourceErrors > 0)
	}
	return s, nil
}
