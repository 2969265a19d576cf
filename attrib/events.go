package attrib

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/syntax"
	"github.com/kentnews/kent/tokens"
)

// Speech events. Quotes are only part of what a text reports: "Ich sage
// Ihnen, dass …", "wir fordern …", "die Forderung der Union", "he believes
// the war will end" are events of speech, thought or demand too, with a
// source and a message and no quote marks. Attribution corpora
// (SpkAtt-2023, PARC) annotate every one. The mechanism is the same in
// every language and reads the dependency parse: a word whose lemma is a
// cue of its language (lexicon speech_lemmas) is a cue; its source is the
// verb's subject, a passive's agent ("von X", "by X") or a noun cue's
// possessor ("die Forderung der Union", "Ihr Antrag"); its message is the
// complement clause or the object. First and second person count:
// parliament and interviews speak in "ich" and "wir".

// SpeechEvent is one speech, thought or demand event. Spans are byte
// offsets into the article's text; a role with no words is empty.
type SpeechEvent struct {
	Cue       []kent.Span // the cue word, with a copula of an adjective cue ("ist überzeugt")
	Lemma     string      // the cue's lemma, with a separable particle ("ansprechen")
	Source    []kent.Span // who speaks or holds the view
	Message   []kent.Span // what is said, thought or demanded
	Addressee []kent.Span // whom it is said to: "sage Ihnen", "told reporters"
	Particle  []kent.Span // a separable verb's particle: "an" of "spricht … an"
	// Clause: the message is a clause (reported speech: "dass sie
	// kommt", "he would resign", the sentence after a colon), not a noun
	// phrase ("das", "a ceasefire").
	Clause bool
}

// CueLemmas are extra cue lemmas (lower case) per language code, beyond
// the lexicon's: a list learnt from an annotated corpus's training split.
type CueLemmas map[string][]string

// maxEventTokens bounds the sentences read for speech events; longer ones
// are parsed in chunks by the parser anyway, so this is only a guard.
const maxEventTokens = 4 * syntax.MaxParseWords

// SpeechEvents returns every speech event of the article in text order,
// for the languages that have a parser. extra may be nil.
func (e *Extractor) SpeechEvents(a *kent.Article, extra CueLemmas) []SpeechEvent {
	return e.speechEvents(a, extra, nil)
}

// SpeechEventsIn returns the speech events of the listed sentences only
// (the article's sentence indices, in any order; out of range ones are
// skipped). The parse costs by the sentence, so a caller that needs the
// events of a few sentences — the holder of a judgement no surface
// pattern attributes — parses only those.
func (e *Extractor) SpeechEventsIn(a *kent.Article, sentences []int) []SpeechEvent {
	if len(sentences) == 0 {
		return nil
	}
	return e.speechEvents(a, nil, sentences)
}

func (e *Extractor) speechEvents(a *kent.Article, extra CueLemmas, only []int) []SpeechEvent {
	d := &doc{a: a, e: e, toks: tokens.Of(a)}
	if len(d.toks) == 0 {
		return nil
	}
	d.marks, _ = findMarkQuotes(a.Text, a.Paragraphs)
	d.index()
	sets := map[string]set{}
	for l, ws := range extra {
		sets[l] = newSet(ws)
	}
	if only == nil {
		only = make([]int, len(d.sentTok))
		for s := range only {
			only[s] = s
		}
	} else {
		only = slices.Clone(only)
		slices.Sort(only)
		only = slices.Compact(only)
	}
	var out []SpeechEvent
	for _, s := range only {
		if s < 0 || s >= len(d.sentTok) {
			continue
		}
		p := d.parseUpTo(s, maxEventTokens)
		if p == nil {
			continue
		}
		r, ex := d.rules(p.base), sets[d.lang(p.base)]
		for k := p.base; k < p.base+len(p.words); k++ {
			lemma, ok := d.cueLemma(p, k, r, ex)
			if !ok {
				continue
			}
			ev := SpeechEvent{Lemma: lemma}
			cue := []int{k}
			if p.upos(k) == "ADJ" {
				cue = append(cue, p.children(k, "cop")...) // "bin überzeugt"
				sort.Ints(cue)
			}
			ev.Cue = d.pieces(cue)
			ev.Particle = d.pieces(p.children(k, "compound:prt"))
			for _, x := range p.addressees(k) {
				ev.Addressee = append(ev.Addressee, d.pieces(d.phrase(p, x, cue))...)
			}
			src := d.eventSource(p, k, r, ex)
			msg := d.eventMessage(p, k, r)
			passive := p.upos(k) != "NOUN" && d.passiveCue(p, k, r)
			if len(src) == 0 && p.upos(k) != "NOUN" && !passive {
				src = d.looseSource(p, k)
			}
			if len(src) == 0 && p.upos(k) == "VERB" && !passive {
				src = d.nominativeSource(p, k)
			}
			if len(msg) == 0 && passive {
				subj := p.subjects(k)
				if h := p.head(k); len(subj) == 0 && h >= 0 && p.rel(k) == "xcomp" {
					subj = p.subjects(h) // "Förslaget blev kritiserat"
				}
				for _, x := range subj {
					if !d.notMessage(p, x, r) && !slices.Contains(src, x) {
						msg = append(msg, x) // "Diese Stärke ist gefordert": the subject is what is said
					}
				}
			}
			if len(src) == 1 && d.agentRank(p, src[0]) == 2 && !d.relativeSource(p, src[0], r) {
				// "Das wissen auch Sie": the parser took the fronted object
				// for the subject; a person in object position is the source.
				for _, o := range p.children(k, "obj") {
					if d.reflexive(o) {
						continue // "zeigt sich das": the reflexive speaks for no one
					}
					if r := d.agentRank(p, o); r == 0 || r == 1 && p.nominative(o) && p.upos(o) == "NOUN" {
						src, msg = []int{o}, src
						break
					}
				}
			}
			if len(src) == 1 && p.upos(k) != "NOUN" && d.agentRank(p, src[0]) == 2 && strings.Contains(p.feats(src[0]), "Gender=Neut") && !d.relativeSource(p, src[0], r) {
				// "das klingt …", "es": a thing or an expletive speaks for no
				// one; a fronted "das" with no other message is what is said
				if len(msg) == 0 && p.upos(k) == "VERB" {
					msg = src
				}
				src = nil
			}
			if len(msg) == 0 && len(src) > 0 && p.modalPassive(k) && !slices.Contains(p.children(k, "mark"), src[0]) {
				src, msg = nil, src // "manches ist zu begrüßen": the subject is what is said
			}
			for _, x := range src {
				ev.Source = append(ev.Source, d.pieces(d.phrase(p, x, cue))...)
			}
			msgToks, clause := d.subtrees(p, msg, cue), p.isClause(msg)
			if len(msgToks) == 0 {
				msgToks, clause = d.fallbackMessage(p, k, src, r)
			}
			ev.Message = d.pieces(msgToks)
			ev.Clause = clause
			if len(ev.Message) == 0 && p.upos(k) != "NOUN" {
				ev.Message = d.nextSentence(s) // "Die Kommission sagt auch:" and the next sentence
				ev.Clause = len(ev.Message) > 0
			}
			out = append(out, ev)
		}
	}
	return out
}

// CueKeys returns, for every word of the article that the parser reads,
// its span and the key a cue lexicon is looked up by: the lemma in lower
// case, with a separable particle in front ("ansprechen" for "spricht …
// an"). It is what a cue list is learnt from.
func (e *Extractor) CueKeys(a *kent.Article) ([]kent.Span, []string) {
	d := &doc{a: a, e: e, toks: tokens.Of(a)}
	if len(d.toks) == 0 {
		return nil, nil
	}
	d.index()
	var spans []kent.Span
	var keys []string
	for s := range d.sentTok {
		p := d.parseUpTo(s, maxEventTokens)
		if p == nil {
			continue
		}
		for k := p.base; k < p.base+len(p.words); k++ {
			if d.toks[k].Word {
				spans = append(spans, d.span(k, k+1))
				keys = append(keys, p.cueKey(k, d))
			}
		}
	}
	return spans, keys
}

// cueKey is word k's lemma in lower case with its separable particle.
func (p *sentParse) cueKey(k int, d *doc) string {
	lemma := strings.ToLower(p.words[k-p.base].Lemma)
	if lemma == "" || lemma == "_" {
		lemma = d.toks[k].Low
	}
	for _, c := range p.children(k, "compound:prt") {
		return d.toks[c].Low + lemma
	}
	return lemma
}

// cueLemma reports whether word k is a cue: a verb, noun or adjective
// whose key (lemma with particle), or failing that whose form, is in the
// language's cue lemmas or in extra.
func (d *doc) cueLemma(p *sentParse, k int, r *rules, extra set) (string, bool) {
	switch p.upos(k) {
	case "VERB", "NOUN", "ADJ":
	default:
		return "", false
	}
	if !d.toks[k].Word {
		return "", false
	}
	// a learnt list is keyed by lemma: a form in it ("ist", once
	// lemmatized as itself) is no cue where the lemma ("sein") is not
	key := p.cueKey(k, d)
	if r.speechLemmas[key] || extra[key] || r.speechLemmas[d.toks[k].Low] {
		return key, true
	}
	return "", false
}

// children lists the dependents of token h with relation rel.
func (p *sentParse) children(h int, rel string) []int {
	var out []int
	for x := p.base; x < p.base+len(p.words); x++ {
		if p.head(x) == h && p.rel(x) == rel {
			out = append(out, x)
		}
	}
	return out
}

// eventSource finds the source of cue k: a verb's or adjective's subject,
// a passive's agent, the subject of the verb a subjectless infinitive or
// conjunct hangs on; a noun's possessor or genitive, or its "von X". A
// noun cue that is a verb's object ("lehnen wir den Antrag ab") takes no
// source from that verb: its subject is seldom who made the motion.
func (d *doc) eventSource(p *sentParse, k int, r *rules, ex set) []int {
	end := p.base + len(p.words)
	var out []int
	if p.upos(k) == "NOUN" {
		for x := p.base; x < end; x++ {
			if p.head(x) != k {
				continue
			}
			switch rel := p.rel(x); {
			case rel == "nmod:poss" || rel == "det:poss" || (p.upos(x) == "DET" || p.upos(x) == "PRON") && (strings.Contains(p.feats(x), "Poss=Yes") || strings.Contains(p.feats(x), "Person=")):
				out = append(out, x) // "Ihr Antrag", "their demand": a determiner with a person is a possessive
			case rel == "nmod" && (p.genitive(x) || d.agentMarked(p, x, r)) && d.holderNoun(p, x, r):
				out = append(out, x) // "die Forderung der Union", "der Antrag von X"; not "die Billigung von Straftaten"
			}
		}
		if len(out) == 0 {
			out = d.genitiveAfter(p, k, r)
		}
		if h := p.head(k); len(out) == 0 && h >= 0 && p.rel(k) == "obj" && r.supportVerbs[p.cueKey(h, d)] {
			out = d.bestSubject(p, p.subjects(h), k) // "Wir führen … Gespräche", "she made a statement"
		}
		return out
	}
	if x := p.letSpeaker(k, d, r); x >= 0 {
		return []int{x} // "Lassen Sie mich … nennen", "let me say"
	}
	passive := d.passiveCue(p, k, r)
	if subj := p.subjects(k); !passive {
		out = d.bestSubject(p, subj, k)
	} else {
		out = d.bestSubject(p, d.personSubjects(p, subj, r), k)
	}
	if len(out) == 0 && (passive || p.passive(k)) {
		for x := p.base; x < end; x++ {
			if p.head(x) == k && (p.rel(x) == "obl:agent" || strings.HasPrefix(p.rel(x), "obl") && d.agentMarked(p, x, r)) {
				out = append(out, x) // "von der Kanzlerin gesagt"
			}
		}
	}
	for x, steps := k, 0; len(out) == 0 && steps < 3; steps++ {
		rel, h := p.rel(x), p.head(x)
		if h < 0 || rel != "xcomp" && rel != "conj" || p.upos(h) != "VERB" && p.upos(h) != "ADJ" {
			break
		}
		if _, cue := d.cueLemma(p, h, r, ex); cue && rel == "xcomp" {
			break // "Wir fordern, den Antrag abzulehnen": who is to reject is not said
		}
		subj := p.subjects(h)
		if passive {
			subj = d.personSubjects(p, subj, r) // "Förslaget blev kritiserat": the thing is what is said
		}
		out, x = d.bestSubject(p, subj, k), h // "Wir müssen … wissen", "sagte und forderte"
	}
	return out
}

// bestSubject picks one of the subjects the parser gives a verb (it
// often gives two in verb-second clauses: "In dem Antrag nennen Sie
// Deutschland …"): the most agent-like, the nearest to the cue k among
// equals; words that cannot be agents (adverbs, numbers) are dropped.
func (d *doc) bestSubject(p *sentParse, xs []int, k int) []int {
	best, rank := -1, 6
	fin := p.finite(k)
	for _, x := range xs {
		if d.reflexive(x) {
			continue // "der sich dazu geäußert hat": the reflexive points back at the subject
		}
		r := 2 * d.agentRank(p, x)
		if fin >= 0 && p.disagrees(x, fin) {
			r++ // "Ich darf Sie daran erinnern": "darf" agrees with "Ich", not with "Sie"
		}
		if d.vocative(p, x) {
			r += 6 // "Meine Damen und Herren, ein breites Bündnis … spricht sich … aus"
		}
		if f := p.feats(x); strings.Contains(f, "Case=") && !strings.Contains(f, "Case=Nom") {
			r++ // "spricht das Problem an": an accusative is no subject
		}
		if p.hasPrep(x) && !p.nominative(x) {
			r += 6 // "Im Koalitionsvertrag halten wir …": a prepositional phrase is no subject (a nominative is the parser's slip)
		}
		if r < rank || r == rank && best >= 0 && abs(x-k) < abs(best-k) {
			best, rank = x, r
		}
	}
	if best < 0 {
		return nil
	}
	return []int{best}
}

// reflexive reports whether token x is a reflexive pronoun of its
// language ("sich", "się", "себя", "sig"): it points back at the subject
// and is never a source itself.
func (d *doc) reflexive(x int) bool {
	return d.rules(x).reflexives[d.toks[x].Low]
}

// finite returns the finite verb that carries verb k's agreement: k
// itself, an auxiliary on it, or the verb it is the infinitive of
// ("darf … erinnern"); -1 when there is none.
func (p *sentParse) finite(k int) int {
	for x, steps := k, 0; x >= 0 && steps < 3; steps++ {
		if strings.Contains(p.feats(x), "VerbForm=Fin") {
			return x
		}
		for _, rel := range []string{"aux", "aux:pass", "cop"} {
			for _, a := range p.children(x, rel) {
				if strings.Contains(p.feats(a), "VerbForm=Fin") {
					return a
				}
			}
		}
		if p.rel(x) != "xcomp" {
			break
		}
		x = p.head(x)
	}
	return -1
}

// disagrees reports whether pronoun x marks a person or number that the
// finite verb v does not: "Sie" (second person) is no subject of "darf"
// (first), "wir" none of "sagt". Only what both mark counts, as taggers
// leave features out more often than they get them wrong.
func (p *sentParse) disagrees(x, v int) bool {
	if p.upos(x) != "PRON" {
		return false
	}
	fx, fv := p.feats(x), p.feats(v)
	if featValue(fx, "Person=") == "2" && featValue(fx, "Number=") == "" {
		// the polite "Sie" (second person, no number) takes a plural verb
		return featValue(fv, "Number=") == "Sing"
	}
	for _, key := range []string{"Person=", "Number="} {
		a, b := featValue(fx, key), featValue(fv, key)
		if a != "" && b != "" && a != b {
			return true
		}
	}
	return false
}

// featValue is the value of one feature ("Person=") in a UD feature
// string, or "".
func featValue(feats, key string) string {
	for _, f := range strings.Split(feats, "|") {
		if v, ok := strings.CutPrefix(f, key); ok {
			return v
		}
	}
	return ""
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// agentRank ranks a would-be source: 0 a name, an acronym or a pronoun
// for people (ich, wir, Sie, er; a possessive), 1 a noun or a pronoun in
// the nominative with no gender (wer, man, jemand), 2 a neuter or
// impersonal pronoun or determiner ("das", "es", "was"), 3 no agent at
// all (an adverb, a number).
func (d *doc) agentRank(p *sentParse, x int) int {
	f := p.feats(x)
	switch p.upos(x) {
	case "PROPN":
		return 0
	case "PRON", "DET":
		if strings.Contains(f, "Poss=Yes") || strings.Contains(f, "Person=1") || strings.Contains(f, "Person=2") ||
			strings.Contains(f, "Person=3") && !strings.Contains(f, "Gender=Neut") {
			return 0
		}
		if strings.Contains(f, "Case=Nom") && !strings.Contains(f, "Gender=") && !strings.Contains(f, "Person=") {
			return 1 // "wer", "man", "jemand", "niemand": someone, as a noun is, not a thing
		}
		return 2
	case "NOUN":
		if acronym(d.toks[x].Text) {
			return 0 // "der AfD", "the EU"
		}
		return 1
	case "ADJ", "X":
		return 1
	}
	return 3
}

// acronym reports whether a word has a capital after its first letter:
// AfD, FDP, CDU/CSU, NATO.
func acronym(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// phrase is the source phrase headed by x: its subtree without the cue's
// words, as one run around x that stops at punctuation; a comma is crossed
// only into an apposition ("wir, die AfD,").
func (d *doc) phrase(p *sentParse, x int, cue []int) []int {
	in := map[int]bool{}
	for _, t := range d.subtrees(p, []int{x}, cue) {
		in[t] = true
	}
	appos := func(t int) bool {
		for y := p.base; y < p.base+len(p.words); y++ {
			if p.head(y) == x && (p.rel(y) == "appos" || strings.HasPrefix(p.rel(y), "acl")) && p.under(t, y) {
				return true
			}
		}
		return false
	}
	// glued: a full stop of an abbreviation inside a name ("Dr. Michael").
	glued := func(t int) bool {
		return d.toks[t].Text == "." && t > p.base && d.toks[t-1].End == d.toks[t].Start && in[t+1] && d.toks[t+1].Word
	}
	last := p.base + len(p.words)
	b, e := x, x+1
	for b-1 >= p.base && in[b-1] && (d.toks[b-1].Word || b-2 >= p.base && (d.toks[b-1].Text == "," && appos(b-2) || glued(b-1))) {
		b--
	}
	for e < last && in[e] && (d.toks[e].Word || e+1 < last && in[e+1] && (d.toks[e].Text == "," && appos(e+1) || glued(e))) {
		e++
	}
	out := make([]int, 0, e-b)
	for t := b; t < e; t++ {
		out = append(out, t)
	}
	return out
}

// subjects are the active subjects of token h: nsubj and csubj, not an
// expletive or a passive's subject (that is what was said).
func (p *sentParse) subjects(h int) []int {
	var out []int
	for x := p.base; x < p.base+len(p.words); x++ {
		if p.head(x) == h && (p.rel(x) == "nsubj" || p.rel(x) == "csubj") {
			out = append(out, x)
		}
	}
	return out
}

// passive reports whether verb k is passive: a passive auxiliary or
// subject hangs on it.
func (p *sentParse) passive(k int) bool {
	for x := p.base; x < p.base+len(p.words); x++ {
		if p.head(x) == k && (p.rel(x) == "aux:pass" || p.rel(x) == "nsubj:pass" || p.rel(x) == "csubj:pass") {
			return true
		}
	}
	return false
}

// agentMarked reports whether nominal x carries an agent preposition
// ("von", "by", "przez") as its case marker.
func (d *doc) agentMarked(p *sentParse, x int, r *rules) bool {
	for _, c := range p.children(x, "case") {
		if r.agentPreps[d.toks[c].Low] {
			return true
		}
	}
	return false
}

func (p *sentParse) feats(t int) string { return p.words[t-p.base].Feats }

// holderNoun reports whether nominal x can hold a view: a name, acronym or
// personal pronoun, a role, group or organisation word, or a noun with a
// name in its phrase ("des Kollegen Klaus Ernst"); not "des Wortes".
func (d *doc) holderNoun(p *sentParse, x int, r *rules) bool {
	if d.agentRank(p, x) == 0 {
		return true
	}
	w := d.toks[x].Low
	if r.groups.has(w) || r.roleWords.has(w) || r.orgWords[w] || endsIn(w, r.orgWords) {
		return true
	}
	for y := p.base; y < p.base+len(p.words); y++ {
		if p.head(y) == x && p.upos(y) == "PROPN" {
			return true
		}
	}
	return false
}

// genitive reports whether nominal x is in the genitive, by its own
// features or its determiner's ("der AfD").
func (p *sentParse) genitive(x int) bool {
	if strings.Contains(p.feats(x), "Case=Gen") {
		return true
	}
	for _, c := range p.children(x, "det") {
		if strings.Contains(p.feats(c), "Case=Gen") {
			return true
		}
	}
	return false
}

// hasPrep reports whether nominal x carries a preposition as its case
// marker.
func (p *sentParse) hasPrep(x int) bool {
	for _, c := range p.children(x, "case") {
		if p.upos(c) == "ADP" {
			return true
		}
	}
	return false
}

// genitiveAfter finds the holder in the genitive right after noun cue k
// when the parser hung it elsewhere ("den Antrag der AfD", "eine Frage
// des Kollegen Klaus Ernst"): a genitive determiner, up to two
// modifiers, and a holder noun with the names after it.
func (d *doc) genitiveAfter(p *sentParse, k int, r *rules) []int {
	end := p.base + len(p.words)
	j := k + 1
	if j >= end || p.upos(j) != "DET" || !strings.Contains(p.feats(j), "Case=Gen") {
		return nil
	}
	for y := j + 1; y < end && y <= j+3 && d.toks[y].Word; y++ {
		if u := p.upos(y); u != "NOUN" && u != "PROPN" {
			continue
		}
		if !d.holderNoun(p, y, r) && !d.holderNoun(p, y+min(1, end-1-y), r) ||
			d.agentRank(p, y) > 0 && strings.Contains(p.feats(y), "Case=") && !strings.Contains(p.feats(y), "Case=Gen") {
			return nil // "hat das Wort der Kollege …": a common noun in another case is no genitive
		}
		return []int{y}
	}
	return nil
}

// letSpeaker returns the pronoun a causative lets speak through cue k, or
// -1: "Lassen Sie mich fünf Punkte nennen" is said by "mich", not by
// "Sie"; "let us be clear", "låt mig säga". A neuter ("lass es sein") or
// the addressee is no speaker.
func (p *sentParse) letSpeaker(k int, d *doc, r *rules) int {
	h := p.head(k)
	if h < 0 || p.rel(k) != "xcomp" || !r.causatives[p.cueKey(h, d)] {
		return -1
	}
	for x := p.base; x < p.base+len(p.words); x++ {
		if p.head(x) != h || p.upos(x) != "PRON" || strings.Contains(p.feats(x), "Gender=Neut") || strings.Contains(p.feats(x), "Person=2") {
			continue
		}
		if rel := p.rel(x); rel == "obj" || rel == "iobj" || strings.HasPrefix(rel, "obl") {
			return x
		}
	}
	return -1
}
