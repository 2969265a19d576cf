package attrib

import (
	"slices"
	"sort"
	"strings"

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
	Medium    []kent.Span // the text it is said in: "in Ihrem Antrag", "laut Gesetzentwurf", "Der Antrag fordert"
	Topic     []kent.Span // what it is about, not what it says: "über die Reform", "dazu" (events_topic.go)
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
		sentLight, ins := d.lightVerbs(p, r, ex), inserts{}
		for k := p.base; k < p.base+len(p.words); k++ {
			p, light := p, sentLight
			if in := d.insertAround(p, k, r, ex, ins); in != nil {
				p, light = in.p, in.light // "– der Kollege hat es gesagt –": the insertion alone (events_insert.go)
			}
			lemma, ok := d.cueLemma(p, k, r, ex)
			reading, speaker := d.verbReading(p, k, r)
			if !ok && speaker >= 0 {
				lemma, ok = reading, true // "Ich danke Ihnen": a verb, whatever the tagger says
			}
			host := -1 // what a predicate adjective read as an adverb hangs on
			if !ok {
				if key, h := d.predicateReading(p, k, r, ex); h >= 0 {
					lemma, ok, host = key, true, h // "Ich bin dankbar", "Wir sind uns einig"
				}
			}
			v, paired := light[k]
			if !ok || paired && p.upos(k) != "NOUN" {
				continue // the support verb of a noun cue speaks in the noun's event
			}
			if !paired && r.boundCues[lemma] && !d.carried(p, k, lemma, r, ex) {
				continue // "zur Verfügung stellen", "sich die Arbeit teilen": no cue noun, no clause
			}
			if r.clauseCues[lemma] && (host < 0 && len(p.children(k, "cop")) == 0 || !d.clauseCarried(p, k, r) && (host < 0 || !d.clauseCarried(p, host, r))) {
				continue // "Die Renten sind sicher", "klar zu sagen": no predicate with a clause, no view reported
			}
			ev := SpeechEvent{Lemma: lemma}
			cue := []int{k}
			if p.upos(k) == "ADJ" || host == k {
				cue = append(cue, p.children(k, "cop")...) // "bin überzeugt"
			} else if host >= 0 {
				cue = append(cue, host) // "bin dankbar"
			}
			if paired {
				cue = append(cue, v) // "eine Frage stellen"
			}
			sort.Ints(cue)
			ev.Cue = d.pieces(cue)
			refl := d.reflexiveParticles(p, k, host, r) // "ich frage mich", "wir sind uns einig" (events_reflexive.go)
			ptc := append(p.particles(k), refl...)
			if paired {
				ptc = append(ptc, p.particles(v)...)
			}
			slices.Sort(ptc)
			ev.Particle = d.pieces(slices.Compact(ptc))
			for _, x := range p.addressees(k) {
				if !slices.Contains(refl, x) {
					ev.Addressee = append(ev.Addressee, d.pieces(d.phrase(p, x, cue))...)
				}
			}
			src := d.noTimes(d.eventSource(p, k, r, ex))
			if speaker >= 0 {
				src = []int{speaker}
			}
			if host >= 0 && host != k && len(src) == 0 {
				src = d.bestSubject(p, p.subjects(host), k)
			}
			msg := d.eventMessage(p, k, r)
			if paired && len(msg) == 0 {
				// "stellte die Frage, ob …": the clause may hang on the verb
				msg = slices.DeleteFunc(d.eventMessage(p, v, r), func(x int) bool { return x == k })
			}
			passive := p.upos(k) != "NOUN" && d.passiveCue(p, k, r)
			// other: the subject is not who speaks (events_receiver.go),
			// and no fallback may make it the source again
			other := false
			infFrom := -1 // where a controlled infinitive's clause opens: no source in it
			if from, ok := d.controlledInfinitive(p, k, r); ok && speaker < 0 && !passive {
				// "…, einer Anhörung zuzustimmen": the subject of the verb
				// the clause depends on (events_control.go)
				infFrom = from
				if ctl, decided := d.infinitiveController(p, k, from, r); decided {
					src, other = ctl, true
				} else {
					src = slices.DeleteFunc(src, func(x int) bool { return x >= from && x < k })
				}
			}
			var hearer []int // the tokens of a reception cue's subject: never what is said
			if p.upos(k) != "NOUN" && r.receptionLemmas[lemma] {
				var addr []int
				src, addr, msg = d.receiverRoles(p, k, src, msg, r)
				for _, x := range addr {
					hearer = append(hearer, d.phrase(p, x, cue)...)
				}
				ev.Addressee = append(ev.Addressee, d.pieces(hearer)...)
				other = true
			} else if p.upos(k) != "NOUN" && d.messageSubject(p, k, lemma, r) {
				src, msg = d.knownRoles(p, k, src, msg)
				other = true
			}
			if len(src) == 0 && p.upos(k) != "NOUN" && !passive && !other {
				src = d.noTimes(d.looseSource(p, k))
			}
			if len(src) == 0 && p.upos(k) == "VERB" && !passive && !other {
				src = d.noTimes(d.nominativeSource(p, k))
			}
			if len(src) == 0 && p.upos(k) == "VERB" && !passive && !other {
				src = d.noTimes(d.strandedSubject(p, k)) // "hatte ich Gelegenheit, … zu sprechen"
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
					if ar := d.agentRank(p, o); ar == 0 || ar == 1 && p.upos(o) == "NOUN" && (p.nominative(o) || d.holderNoun(p, o, r)) {
						// "Das haben Unternehmen erkannt": a noun that can hold a view, whatever case the tagger gave it
						src, msg = []int{o}, src
						break
					}
				}
			}
			if len(src) == 1 && p.upos(k) != "NOUN" {
				if h := d.sharedView(p, k, src[0], r, ex); h >= 0 {
					src, msg = []int{h}, src // "Diese Einschätzung teilt auch das Institut": a view is what is held, not who holds it
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
			if infFrom >= 0 {
				src = slices.DeleteFunc(src, func(x int) bool { return x >= infFrom && x < k })
			}
			if len(src) == 0 && r.clauseCues[lemma] {
				src = d.experiencer(p, max(k, host), r) // "Für uns ist klar, dass …"
			}
			if len(msg) == 0 && len(src) > 0 && p.modalPassive(k) && !slices.Contains(p.children(k, "mark"), src[0]) {
				src, msg = nil, src // "manches ist zu begrüßen": the subject is what is said
			}
			if doc := d.documentSource(p, k, src, r); len(doc) == 0 || doc[0] != src[0] {
				if len(src) == 1 && d.document(p, src[0], r) {
					ev.Medium = d.pieces(d.phrase(p, src[0], cue)) // "Der Antrag fordert"
				}
				src = doc
			}
			ev.Medium = append(ev.Medium, d.mediumPhrases(p, k, cue, r)...)
			if len(src) == 0 && !passive && !other && !p.modalPassive(k) && (p.upos(k) != "NOUN" || d.supportClause(p, k, r)) {
				src = d.clausePronoun(p, k, cue)
				msg = slices.DeleteFunc(msg, func(x int) bool { return slices.Contains(src, x) })
			}
			if len(src) == 0 && p.upos(k) != "NOUN" && !passive && !other {
				if fr := d.freeRelative(p, -1, cue); len(fr) > 0 {
					src = fr[:1] // "Wer die Zahlen kennt, weiß …": the parse hung "wer" on its own verb
				}
			}
			var inSource []int // a free relative clause's words: never what is said
			for _, x := range src {
				ph := d.roleName(p, x, d.pronounTail(p, x, d.phrase(p, x, cue), r), r)
				if fr := d.freeRelative(p, x, cue); len(fr) > 0 && len(ph) <= len(fr) {
					ph = fr // "Wer das liest, weiß": the clause is the source, not "wer"
					inSource = append(inSource, fr...)
				}
				for len(ph) > 1 && ph[0] != x && (p.upos(ph[0]) == "SCONJ" || p.upos(ph[0]) == "CCONJ" || p.rel(ph[0]) == "mark" || p.rel(ph[0]) == "cc" || r.subordinators[d.toks[ph[0]].Low]) {
					ph = ph[1:] // "Wie Frau Weisgerber erwähnt hat", "as the minister said": the subordinator opens the clause, not the source
				}
				ph = d.coordinatedSource(p, x, ph, cue, r) // "Union und SPD haben festgehalten": both conjuncts
				inSource = append(inSource, ph...)         // the source's words are never what is said
				ev.Source = append(ev.Source, d.pieces(ph)...)
			}
			msg = slices.DeleteFunc(msg, func(x int) bool { return slices.Contains(src, x) }) // "der Antrag der Linken": the holder is not what is said
			msgToks, clause := d.subtrees(p, msg, cue), p.isClause(msg)
			msgToks = slices.DeleteFunc(msgToks, func(t int) bool { return slices.Contains(inSource, t) })
			if len(msgToks) == 0 {
				msgToks, clause = d.fallbackMessage(p, k, src, r)
				msgToks = slices.DeleteFunc(msgToks, func(t int) bool { return slices.Contains(hearer, t) || slices.Contains(inSource, t) })
			}
			if clause {
				var srcToks []int
				for _, x := range src {
					srcToks = append(srcToks, d.phrase(p, x, cue)...)
				}
				msgToks = d.clauseToEnd(p, k, msgToks, cue, srcToks, r)
			}
			if p.upos(k) != "NOUN" {
				if more := d.afterColon(p, k, msgToks, cue); len(more) > 0 {
					msgToks, clause = append(msgToks, more...), true
				}
			}
			if p.upos(k) != "NOUN" {
				msgToks = d.withCorrelate(p, k, cue, msgToks, clause, r) // "hat darauf hingewiesen, dass …"
			}
			var heads []int
			if host >= 0 && host != k {
				heads = append(heads, host)
			}
			if paired {
				heads = append(heads, v)
			}
			if addr := d.prepAddressees(p, k, heads, cue, r); len(addr) > 0 { // "mit den Landwirten sprechen" (events_addrprep.go)
				ev.Addressee = append(ev.Addressee, d.pieces(addr)...)
				msgToks = slices.DeleteFunc(msgToks, func(t int) bool { return slices.Contains(addr, t) })
			}
			if topic := d.topicPhrases(p, k, heads, cue, r); len(topic) > 0 { // "reden über die Reform" (events_topic.go)
				ev.Topic = d.pieces(topic)
				msgToks = slices.DeleteFunc(msgToks, func(t int) bool { return slices.Contains(topic, t) })
			}
			ev.Message = d.pieces(msgToks)
			ev.Clause = clause
			if len(ev.Message) == 0 && p.upos(k) != "NOUN" {
				ev.Message = d.nextSentence(s) // "Die Kommission sagt auch:" and the next sentence
				ev.Clause = len(ev.Message) > 0
			}
			out = append(out, ev)
		}
		out = append(out, d.prepEvents(p, r, ex)...)
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
	if l, ok := d.rules(k).participleLemmas[d.toks[k].Low]; ok && strings.Contains(p.feats(k), "VerbForm=Part") &&
		len(p.children(k, "aux"))+len(p.children(k, "aux:pass")) > 0 {
		lemma = l // "Ich habe gehört": hören, not gehören; "Dazu gehört …" has no auxiliary
	}
	for _, c := range p.particles(k) {
		return d.toks[c].Low + lemma
	}
	return lemma
}

// particles lists the separable particles of verb k ("an" of "spricht …
// an"): its compound:prt dependents after it that are particles at all,
// not a clause's last word the parser took for one ("…, für Deutschland
// Verantwortung zu übernehmen", "… ist Daimler-Benz").
func (p *sentParse) particles(k int) []int {
	var out []int
	for _, c := range p.children(k, "compound:prt") {
		switch p.upos(c) {
		case "VERB", "AUX", "NOUN", "PROPN", "PRON", "NUM":
			continue
		}
		if c > k {
			out = append(out, c)
		}
	}
	return out
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
	if r.speechLemmas[key] || extra[key] || r.speechLemmas[d.toks[k].Low] || r.clauseCues[key] {
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
