package question

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/syntax"
)

// A parse frame is a judgement's proposition read from the dependency
// parse of its sentence (package syntax): the predicate the cue governs or
// modifies, the predicate's subject and its objects. It beats the surface
// clause where words of the sentence belong to another predicate than the
// judged one ("Tehran has likely moved on from the deal": the judged
// predicate is moving on, not the deal) and where inflection hides a
// family word (lemmas: "вступит" → вступить). Sentences are parsed only
// for judgements whose surface proposition already shares the question's
// subject or family, at brief time, so extraction stays as fast as before.
type parseFrame struct {
	pred     string   // the predicate's lemma
	families []string // event families of the predicate and its core arguments
	subject  []string // the words of the predicate's subject
	pronoun  bool     // the subject is a pronoun (resolved elsewhere, if at all)
	proper   []string // the subject's proper nouns: a person's name
	// verb: the predicate is a verb; within: the families anywhere in its
	// clause, leaving out clauses that only frame it ("even if …", "if …",
	// a clause after "and").
	verb    bool
	within  []string
	cuePred bool // the cue is the predicate itself ("expect a contraction")
	// effectOf are the families of the predicate's subject when the
	// predicate is a verb that acts on an object of its own ("the tariffs
	// could push up prices", "cła podniosą ceny", "die Zölle die Preise
	// steigen lassen"): what is judged is an effect of that event, not
	// the event (effect.go).
	effectOf []string
	// anaphor: a noun that stands for an event named elsewhere ("этот
	// сценарий", "ce scénario") is what the cue says something of, even
	// where the parse finds no predicate (anaphorJudged).
	anaphor bool
	// third are the word forms the sentence uses only as third parties
	// (thirdparty.go): "US" in "the annexation will go ahead with US consent".
	third map[string]bool
	// names are the sentence's runs of proper names as the tagger reads
	// them ("Педру Нуну Сантуша", "Kamala Harris"), in any script: a
	// person the proposition makes its subject may be no one the
	// lexicons know (anotherPerson).
	names [][]string
	// tagged: the sentence was parsed, so names (even none) is the
	// tagger's reading, not a gap.
	tagged bool
	// talk: the predicate is talking about its event ("will discuss the
	// annexation", "über eine Annexion beraten", "обсудят вступление"), or
	// the event is what a verb of talking governs: the talk is judged,
	// not the event.
	talk bool
	// conj are the families of verbs coordinated with the predicate that
	// share its subject and the cue ("may declare war and announce a
	// mobilisation"): each is judged as the predicate is.
	conj []string
	// eventSubject are the families of the subject of a verb predicate
	// that takes no object ("шатдаун наступит", "a recession will set
	// in"): the verb only says the event comes, whatever family its own
	// lemma seems to have ("наступать", which is also attacking).
	eventSubject []string
	// formFams are the families of a multiword form that begins at a verb
	// predicate with no family of its own ("передавати … ракети"): the
	// family is in its clause, wherever the parse hangs the form's noun.
	formFams []string
}

// frameCache keeps the parse frames of judgements already read: a brief
// asks relevance twice for some judgements (the topic pass).
type frameCache struct {
	mu sync.Mutex
	m  map[string]parseFrame
}

func (c *frameCache) get(k string) (parseFrame, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f, ok := c.m[k]
	return f, ok
}

func (c *frameCache) put(k string, f parseFrame) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) > 20000 {
		c.m = map[string]parseFrame{} // a bound, not an eviction policy: briefs are short-lived
	}
	c.m[k] = f
}

// frameOf returns the parse frame of a judgement, or false when its
// language has no parser or the parse yields no predicate for the cue.
func (m *Matcher) frameOf(j kent.Judgement) (parseFrame, bool) {
	if j.Language == "" || j.Words == "" || j.Cue == "" {
		return parseFrame{}, false
	}
	key := j.Language + "\x00" + j.Cue + "\x00" + strconv.Itoa(cueAt(j)) + "\x00" + j.Words
	if f, ok := m.frames.get(key); ok {
		return f, f.pred != ""
	}
	f := m.readFrame(j)
	m.frames.put(key, f)
	return f, f.pred != ""
}

// cueAt is where the judgement's cue stands in its sentence: found from
// the proposition, whose place in the article is known, where the cue
// occurs twice ("Putin probably understands that such a move would
// probably backfire"); else its first occurrence; -1 if none.
func cueAt(j kent.Judgement) int {
	cs := strings.Index(j.Words, j.Cue)
	if cs < 0 || strings.Count(j.Words, j.Cue) < 2 || j.Proposition.Text == "" {
		return cs
	}
	if p := strings.Index(j.Words, j.Proposition.Text); p >= 0 {
		at := p + j.CueSpan.Start - j.Proposition.Span.Start
		if at >= 0 && at+len(j.Cue) <= len(j.Words) && j.Words[at:at+len(j.Cue)] == j.Cue {
			return at
		}
	}
	return cs
}

// span is a word or punctuation mark of the sentence, with its byte range.
type span struct{ start, end int }

// splitWords splits a sentence the way the parser's training data does:
// runs of letters and digits (with inner apostrophes, hyphens, points and
// commas between digits) and single punctuation marks.
func splitWords(s, lang string) ([]string, []span) {
	var forms []string
	var at []span
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		j := i + size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			for j < len(s) {
				r2, s2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || unicode.Is(unicode.Mn, r2) {
					j += s2
					continue
				}
				if strings.ContainsRune("'’-ʼ.,", r2) && j+s2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+s2:])
					digits := unicode.IsDigit(r) && unicode.IsDigit(r3)
					if digits || !strings.ContainsRune(".,", r2) && unicode.IsLetter(r3) {
						j += s2
						continue
					}
				}
				break
			}
		}
		for _, p := range splitClitic(s, i, j, lang) {
			forms = append(forms, s[p.start:p.end])
			at = append(at, p)
		}
		i = j
	}
	return forms, at
}

// splitClitic splits a word the way Universal Dependencies treebanks do:
// a possessive "'s" is a word of its own ("Ukraine's" → Ukraine + 's), and
// so is an elided article or preposition in French and Italian
// ("l'adhésion" → l' + adhésion, "dell'Ue" → dell' + Ue).
func splitClitic(s string, i, j int, lang string) []span {
	w := s[i:j]
	for _, poss := range []string{"'s", "’s"} {
		if strings.HasSuffix(w, poss) && len(w) > len(poss) {
			k := j - len(poss)
			return []span{{i, k}, {k, j}}
		}
	}
	if lang == "fr" || lang == "it" {
		if a := strings.IndexAny(w, "'’"); a > 0 && utf8.RuneCountInString(w[:a]) <= 4 {
			_, n := utf8.DecodeRuneInString(w[a:])
			if k := i + a + n; k < j {
				return []span{{i, k}, {k, j}}
			}
		}
	}
	return []span{{i, j}}
}

// maxFrameWords bounds the sentences parsed: a longer one is a list or
// a run-on, whose parse says little.
const maxFrameWords = 80

func (m *Matcher) readFrame(j kent.Judgement) parseFrame {
	model, ok := syntax.ForLanguage(j.Language)
	if !ok || model == nil || !model.HasParser() {
		return parseFrame{}
	}
	cs := cueAt(j)
	if cs < 0 || m.earlyResults[j.Language][strings.ToLower(j.Cue)] {
		// Exit polls or first results are the source of what they report,
		// which the surface took as the proposition; the parse would take
		// "exit" for the predicate.
		return parseFrame{}
	}
	ce := cs + len(j.Cue)
	forms, at := splitWords(j.Words, j.Language)
	if len(forms) == 0 || len(forms) > maxFrameWords {
		return parseFrame{}
	}
	t := model.Parse(forms)
	g := newTree(t)
	g.comp = m.complementizers[j.Language]
	g.gen = m.genitivePreps[j.Language]
	g.compounds = m.compounds[j.Language]
	var cue []int
	for k, s := range at {
		if s.start < ce && cs < s.end {
			cue = append(cue, k)
		}
	}
	if len(cue) == 0 {
		return parseFrame{}
	}
	third := g.thirdParties(cue, m.ownerPreps[j.Language])
	anaphor := m.anaphorJudged(g, cue)
	runs := m.nameRuns(g)
	// A cue that is itself an event word ("Киев не попадёт в союз", "Trump
	// wins") is the predicate: what it governs is a reason or a manner.
	p, c := -1, g.top(cue)
	hedgeAsSubject := false
	if u := t[c].UPOS; (u == "VERB" || u == "NOUN") && m.startsFamily(g, c) {
		p = c
	} else if h := g.head(c); len(cue) > 1 && c == cue[0] && h >= 0 && t[c].UPOS == "NOUN" && g.rel(c) == "nsubj" && t[h].UPOS == "VERB" && !slices.Contains(cue, h) {
		// A hedge of two words the tagger took for a noun subject ("Шольц
		// вряд ли уйдет": вряд as the subject, Шольц hung under it): it
		// modifies the verb, whose subject is what the hedge governs.
		p, hedgeAsSubject = h, true
	} else {
		p = g.predicate(c)
	}
	if p < 0 || t[p].UPOS == "VERB" && isUpper(t[p].Form) && len(m.placesOf(t[p].Form)) > 0 {
		// A place name tagged as the verb ("Italien wird der Ukraine keine
		// Raketen liefern": Italien as the predicate of "wird") is a
		// misparse; the surface reading stands.
		return parseFrame{third: third, anaphor: anaphor, names: runs, tagged: true}
	}
	if e := m.heldEvent(g, p, c, j.Language); e >= 0 {
		p = e // "Eine Zinssenkung halten die Ökonomen für unwahrscheinlich" (holdingverb.go)
	}
	if h := g.head(p); t[p].UPOS == "PROPN" && h >= 0 && t[h].UPOS == "NOUN" && m.startsFamily(g, h) {
		p = h // "une démission de Scholz est peu probable": the event noun is judged, the name is whose
	}
	f := parseFrame{pred: strings.ToLower(t[p].Lemma), third: third, anaphor: anaphor, names: runs, tagged: true}
	f.families = m.coreFamilies(g, p)
	if len(f.families) == 0 && t[p].UPOS == "VERB" {
		f.formFams = m.formFrom(g, p)
	}
	if subj, own := m.effectOf(g, p, j.Language); subj != nil {
		f.effectOf, f.families = subj, own // not the subject's, which coreFamilies may lend the verb
	}
	f.talk = m.talkAt(g, p) || g.head(p) >= 0 && talkRels[g.rel(p)] && m.talkAt(g, g.head(p))
	f.verb = t[p].UPOS == "VERB"
	// A cue that is the predicate's separable particle ("gehen … davon
	// aus, dass", "geht nicht davon aus") is the predicate too: what it
	// governs is the judged clause, not another.
	f.cuePred = slices.Contains(cue, p) || slices.ContainsFunc(cue, func(k int) bool { return g.head(k) == p && g.t[k].Rel == "compound:prt" })
	f.within = m.familiesOf(g, g.clause(p))
	// "może wypowiedzieć wojnę i ogłosić mobilizację": a verb coordinated
	// with the predicate, with no subject of its own, is judged with it.
	for _, c := range g.complements(p, "conj") {
		if t[c].UPOS == "VERB" && g.child(c, "nsubj") < 0 {
			f.conj = union(f.conj, m.coreFamilies(g, c))
		}
	}
	s := g.subjectOf(p)
	if f.verb && g.child(p, "obj") < 0 && g.child(p, "iobj") < 0 && g.child(p, "xcomp") < 0 {
		if s >= 0 && g.t[s].UPOS == "NOUN" {
			f.eventSubject = m.familiesOf(g, []int{s})
		}
		// "cette motion a peu de chances d'aboutir": a form written up to
		// the verb ("motion … about") is the event that comes, however
		// the parse hangs its subject.
		f.eventSubject = union(f.eventSubject, m.formTo(g, p))
	}
	if hedgeAsSubject && slices.Contains(cue, s) {
		s = -1
		for _, k := range g.children[c] {
			if u := t[k].UPOS; !slices.Contains(cue, k) && (u == "PROPN" || u == "NOUN" || u == "PRON") {
				s = k
				break
			}
		}
	}
	if s >= 0 {
		// The tagger reads an unknown name opening a sentence as a
		// pronoun now and then ("Harris har varit favorit"): a capitalised
		// word that is no function word is a name whatever its tag.
		name := func(k int) bool {
			w := t[k].Form
			return isUpper(w) && utf8.RuneCountInString(w) >= 3 && !m.function[strings.ToLower(w)] && t[k].UPOS != "NOUN" && t[k].UPOS != "ADJ"
		}
		f.pronoun = (t[s].UPOS == "PRON" || t[s].UPOS == "DET") && !name(s)
		for _, k := range g.subtree(s, nameRels) {
			f.subject = append(f.subject, t[k].Form)
			if t[k].UPOS == "PROPN" || name(k) {
				f.proper = append(f.proper, t[k].Form)
			}
		}
	}
	return f
}

// coreRels are a predicate's arguments that make up its event: "cut
// rates" (obj), "drop out" (compound:prt), "a deal is reached" (nsubj
// of a passive or of a predicate without a family).
var coreRels = map[string]bool{"obj": true, "iobj": true, "compound": true, "flat": true, "xcomp": true}

// coreFamilies returns the event families of the predicate p with its
// core arguments, matched on word forms in sentence order and on lemmas.
func (m *Matcher) coreFamilies(g *tree, p int) []string {
	core := []int{p}
	for _, c := range g.children[p] {
		if coreRels[g.rel(c)] || g.t[c].Rel == "nsubj:pass" {
			core = append(core, c)
		}
		// "begin easing sanctions", "agree to lift the embargo": a
		// complement verb and its object that are one form of a family
		// (lifting) are the predicate's event; "keep discussing an
		// annexation" stays talk.
		if g.rel(c) == "xcomp" && g.t[c].UPOS == "VERB" {
			for _, o := range g.complements(c, "obj") {
				if m.oneForm(g, c, o) {
					core = append(core, o)
				}
			}
		}
	}
	var spanFams []string
	if g.t[p].UPOS == "NOUN" {
		// A noun predicate's complement says which event it is: "un accord
		// de cessez-le-feu", "porozumienie o zawieszeniu broni"; a
		// multiword form keeps its preposition ("slut på minusräntan",
		// "fin des taux négatifs"), so the words from the noun to its
		// complement are read as written too.
		for _, c := range g.complements(p, "acl", "nmod", "xcomp") {
			core = append(core, c)
			if c > p && c-p <= 6 {
				span := make([]string, 0, c-p+1)
				for k := p; k <= c; k++ {
					span = append(span, strings.ToLower(g.t[k].Form))
				}
				spanFams = union(spanFams, m.events.Concepts(span))
			}
		}
	}
	fams := union(m.familiesOf(g, core), spanFams)
	if g.t[p].UPOS == "VERB" {
		// "підписати указ про мобілізацію", "give the order for an
		// offensive": an object with no event of its own (a decree, an
		// order) is about the event its complement names.
		for _, o := range g.complements(p, "obj") {
			if g.t[o].UPOS == "NOUN" && len(m.familiesOf(g, []int{o})) == 0 {
				fams = union(fams, m.familiesOf(g, g.complements(o, "nmod")))
			}
		}
	}
	// A noun that completes another is read with it as written: "un
	// changement de candidat", "zmiana kandydata" are a withdrawal, though
	// the candidate alone is candidacy (a family of its own is needed:
	// "un acuerdo de alto el fuego" is read from its subject below).
	if h := g.head(p); len(fams) > 0 && h >= 0 && h < p && p-h <= 4 && g.t[p].UPOS == "NOUN" && g.t[h].UPOS == "NOUN" && g.rel(p) == "nmod" {
		span := make([]string, 0, p-h+1)
		for k := h; k <= p; k++ {
			span = append(span, strings.ToLower(g.t[k].Form))
		}
		fams = union(fams, m.events.Concepts(span))
	}
	if len(fams) == 0 {
		// "возвращения к СВПД не будет", "a recession is coming", "a second
		// attempt to impeach him is likely to succeed": the event is the
		// subject (with its complement) of a predicate that only says it
		// happens.
		// The subject may be the cue's, whose complement p is: "an attempt
		// … is likely to succeed" (not a reporting verb's: that is the holder).
		s := g.child(p, "nsubj")
		if h := g.head(p); s < 0 && h >= 0 && (g.rel(p) == "xcomp" || (g.rel(p) == "acl" || g.rel(p) == "nmod") && g.child(h, "cop") >= 0) {
			// Also the subject of a copular noun p completes: "l'accordo
			// è sul punto di essere finalizzato" (on the point of).
			s = g.child(h, "nsubj")
		}
		if s >= 0 && g.t[s].UPOS == "NOUN" {
			// Its clausal complement only: "an attempt to impeach him"; a
			// nominal one may be a holder's name ("das Institut für
			// Kriegsstudien hält es für unwahrscheinlich").
			fams = m.familiesOf(g, append(append(core, s), g.complements(s, "acl", "xcomp")...))
		}
	}
	return fams
}

// formFrom returns the families of a multiword form whose first word is
// the verb p, as the sentence writes it ("передавати … ракети",
// "send … missiles"): an argument the parser hung elsewhere ("ракети"
// taken for the subject of "планує") is still the verb's own, for the
// form is read in its own word order.
func (m *Matcher) formFrom(g *tree, p int) []string {
	forms := make([]string, 0, 8)
	for k := p; k < len(g.t) && k < p+8; k++ {
		forms = append(forms, strings.ToLower(g.t[k].Form))
	}
	var out []string
	m.events.Match(forms, func(c string, i int) {
		if i == 0 && !slices.Contains(out, c) {
			out = append(out, c)
		}
	})
	return out
}

// formTo returns the families of a multiword form that ends at the verb
// p as the sentence writes it, within seven words before it ("motion …
// aboutir", "вотум недоверия … пройдёт").
func (m *Matcher) formTo(g *tree, p int) []string {
	var out []string
	for k := max(0, p-7); k < p; k++ {
		span := make([]string, 0, p-k+1)
		for i := k; i <= p; i++ {
			span = append(span, strings.ToLower(g.t[i].Form))
		}
		before := map[string]bool{}
		m.events.Match(span[:len(span)-1], func(c string, i int) {
			if i == 0 {
				before[c] = true
			}
		})
		m.events.Match(span, func(c string, i int) {
			if i == 0 && !before[c] && !slices.Contains(out, c) {
				out = append(out, c)
			}
		})
	}
	return out
}

// startsFamily reports whether an event family's word or multiword form
// ("попадёт в", "drop out") starts at word k.
func (m *Matcher) startsFamily(g *tree, k int) bool {
	var forms, lemmas []string
	for i := k; i < len(g.t) && i < k+3; i++ {
		forms = append(forms, strings.ToLower(g.t[i].Form))
		lemmas = append(lemmas, strings.ToLower(g.t[i].Lemma))
	}
	ok := false
	at0 := func(c string, i int) { ok = ok || i == 0 && !m.byName[c].Flips && !m.byName[c].HasOpposite() }
	m.events.Match(forms, at0)
	m.events.Match(lemmas, at0)
	return ok
}

func (m *Matcher) familiesOf(g *tree, ks []int) []string {
	// A nominal argument comes with its modifiers: "its first interest
	// rate cut" (compound, amod) is a rate cut.
	for _, k := range ks {
		if g.t[k].UPOS != "NOUN" && g.t[k].UPOS != "PROPN" {
			continue
		}
		for _, c := range g.children[k] {
			if r := g.rel(c); (r == "compound" || r == "amod" || r == "det") && !slices.Contains(ks, c) {
				ks = append(ks, c)
			}
		}
	}
	slices.Sort(ks)
	forms := make([]string, 0, len(ks))
	lemmas := make([]string, 0, len(ks))
	for _, k := range ks {
		forms = append(forms, strings.ToLower(g.t[k].Form))
		lemmas = append(lemmas, strings.ToLower(g.t[k].Lemma))
	}
	fams := union(union(m.events.Concepts(forms), m.events.Concepts(lemmas)), m.events.Concepts(g.separable(ks)))
	if g.compounds {
		// "eine Generalmobilmachung verkünden", "Teilmobilmachung": a
		// compound noun is what its head is, where no form begins it.
		for i, k := range ks {
			// A capitalised German noun may be tagged a proper noun.
			if u := g.t[k].UPOS; u != "NOUN" && u != "PROPN" || len(m.events.Concepts(forms[i:i+1])) > 0 {
				continue
			}
			fams = union(fams, m.events.HeadsOf(forms[i]))
		}
	}
	return fams
}

// separable returns the verbs among ks joined again with the particle the
// sentence split off: German "Schweden tritt der Nato bei" and "Russland
// marschiert … ein" are "beitritt" and "einmarschiert", the forms the
// event lexicon knows; "beitreten" from the lemma.
func (g *tree) separable(ks []int) []string {
	var out []string
	for _, k := range ks {
		if g.t[k].UPOS != "VERB" && g.t[k].UPOS != "AUX" {
			continue
		}
		for _, c := range g.children[k] {
			if g.t[c].Rel != "compound:prt" || c < k {
				continue
			}
			prt := strings.ToLower(g.t[c].Form)
			out = append(out, prt+strings.ToLower(g.t[k].Form), prt+strings.ToLower(g.t[k].Lemma))
		}
	}
	return out
}

// nameRuns returns the runs of adjacent words the tagger reads as proper
// nouns; a capitalised word inside the sentence that is no function word,
// common noun or adjective counts too (the tagger takes an unknown name
// for anything now and then). A sentence's first word needs the tag. A run
// after an article or an adjective ("the presumptive Republican nominee",
// "the Electoral College") or before a common noun ("the Biden campaign")
// names a thing, a body or a kind, not a person.
func (m *Matcher) nameRuns(g *tree) [][]string {
	var out [][]string
	var run []string
	modified := false
	for k, tok := range g.t {
		w := tok.Form
		name := tok.UPOS == "PROPN" && isUpper(w) ||
			k > 0 && isUpper(w) && utf8.RuneCountInString(w) >= 2 && !m.function[strings.ToLower(w)] &&
				tok.UPOS != "NOUN" && tok.UPOS != "ADJ" && tok.UPOS != "PUNCT" && tok.UPOS != "NUM"
		if name {
			if len(run) == 0 && k > 0 {
				u := g.t[k-1].UPOS
				modified = (u == "DET" || u == "ADJ") && !isUpper(g.t[k-1].Form)
			}
			run = append(run, w)
			continue
		}
		if len(run) > 0 && !modified && !(tok.UPOS == "NOUN" && !isUpper(w)) {
			out = append(out, run)
		}
		run = nil
	}
	if len(run) > 0 && !modified {
		out = append(out, run)
	}
	return out
}

// talkRels attach an event to a verb or noun of talking that governs it:
// its object, complement or the noun it modifies.
var talkRels = map[string]bool{"obj": true, "xcomp": true, "obl": true, "nmod": true, "ccomp": true}

// talkAt reports whether a form of a concept of talking about an event
// (lexicon: talk) starts at word k, as written or as its lemma.
func (m *Matcher) talkAt(g *tree, k int) bool {
	var forms, lemmas []string
	for i := k; i < len(g.t) && i < k+3; i++ {
		forms = append(forms, strings.ToLower(g.t[i].Form))
		lemmas = append(lemmas, strings.ToLower(g.t[i].Lemma))
	}
	ok := false
	at0 := func(c string, i int) { ok = ok || i == 0 && m.byName[c].Talk }
	m.events.Match(forms, at0)
	m.events.Match(lemmas[:1], at0)
	return ok
}
