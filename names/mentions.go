package names

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/syntax"
	"github.com/kentnews/kent/tokens"
)

// Finder finds mentions of people, organisations and places. It is safe
// for concurrent use.
type Finder struct {
	places    *lexicon.PlaceIndex
	countries map[string]string
	stop      map[string]bool // function words and months of every language
	orgWords  map[string]bool
	orgStems  []orgStem // the one-word organisation words, for their case forms (affiliation.go)
	roles     map[string]bool
	connect   map[string]bool
	// bareGenitive: languages whose endings write the genitive as a bare
	// -s (de, sv: "Merkels", "Kristerssons").
	bareGenitive map[string]bool
	and          map[string]bool // "and" in any language: joins organisation names only
	verbs        map[string]bool // one-word reporting verbs: a name beside one is a person
	articles     map[string]bool // a capitalised word after one is a common noun
	// nounArticles: "de:der", the articles of languages that capitalise
	// every noun, where "Anna der Zeitung" is a name and a noun; elsewhere
	// a particle that is also an article ("Jan de Vries", "Luis de
	// Guindos") goes on with the surname.
	nounArticles map[string]bool
	particles    map[string]bool // von, de, van (all.yaml): lower-case words inside surnames
	sources      map[string]bool // one-word source markers: enligt, laut
	titles       map[string]bool // honorifics: mr, frau, г-жа
	placePreps   map[string]bool // "ru:в": a run after one is a place
	// speechStems are stems of verbs of saying (names.speech of the
	// lexicons, four letters or more) by their first two bytes: says
	// tries only the stems a word could start with.
	speechStems map[string][]string
	cities      map[string][]string // lexicons' names.places stems by their first two letters
	roleEnds    map[string][]string // long role words by their first and last three bytes
	surnames    map[string]bool     // keys of well-known surnames, in every script they are listed in
	saints      map[string]bool     // "st.", "św.": a name after one is a church or place
	things      map[string]bool     // head words of names of things: show, medal, pipeline
	emphatics   map[string]bool     // "pl:sam": words for "himself" before a name, by language
	orgNames    map[string]bool     // companies and bodies by name: microsoft, uber
	placeWords  map[string]bool     // republic, kingdom: a run with one is a place
	stems       map[string]string
	// glue: the function words of three letters or more by language
	// ("en": the, …; "sv": och, …), which scraped text at times runs into
	// the name before them ("Alexander Lukashenkothe authoritarian leader").
	glue    map[string]map[string]bool
	inflect *Inflector
	// Known, when set, tells whether the store knows a person by this key
	// ("person:trmp"): a hook the pipeline can fill so that a surname alone
	// counts as a person and an inflected form finds its base form.
	Known func(key string) bool
	// Tagger gives a language's syntax tagger (NewFinder sets SyntaxTagger;
	// nil works from the lexicons alone): sentences with a name candidate
	// are tagged on demand.
	Tagger func(lang string) (Tagger, bool)
}

// NewFinder builds a finder from the lexicons.
func NewFinder(lex *lexicon.Set) (*Finder, error) {
	p, err := lexicon.LoadPlaces()
	if err != nil {
		return nil, err
	}
	f := &Finder{places: p.Index(), countries: lexicon.CountryNames(lex.Codes()), stop: map[string]bool{},
		orgWords: map[string]bool{}, roles: map[string]bool{}, connect: map[string]bool{}, bareGenitive: map[string]bool{}, and: map[string]bool{},
		verbs: map[string]bool{}, articles: map[string]bool{}, nounArticles: map[string]bool{}, particles: map[string]bool{}, sources: map[string]bool{}, titles: map[string]bool{}, placePreps: map[string]bool{}, speechStems: map[string][]string{}, cities: map[string][]string{}, surnames: map[string]bool{}, saints: map[string]bool{}, things: map[string]bool{}, emphatics: map[string]bool{}, orgNames: map[string]bool{}, placeWords: map[string]bool{}, glue: map[string]map[string]bool{}, inflect: NewInflector(lex)}
	f.Tagger = SyntaxTagger
	f.stems = CountryStems(f.countries)
	// Organisations keep English connectors in every language ("Institute
	// for the Study of War"); "and" in any language joins their names.
	for _, w := range lex.All().Attribution.Connectors {
		f.connect[w] = true
	}
	for _, c := range lex.Codes() {
		l := lex.Get(c)
		// Words that open sentences but name nothing: function words,
		// months, and the lexicons' hedges, conditions and auxiliaries.
		e := l.Estimative
		for _, list := range [][]string{l.FunctionWords, l.Weekdays, e.Conditionals, e.Modals, e.Negators, e.Intensifiers, e.Downtoners, l.Attribution.Auxiliaries, l.Attribution.Complementizers} {
			for _, w := range list {
				if !strings.Contains(w, " ") {
					f.stop[w] = true
				}
			}
		}
		// A month's abbreviation of three letters is also a surname
		// ("– powiedział Lis", "Mar", "Maj"): only whole month names stop a
		// name; a lone capitalised abbreviation still needs a person's
		// evidence (a speech verb, a role, a given name) to be one.
		for _, w := range l.Months {
			if !strings.Contains(w, " ") && utf8.RuneCountInString(w) > 3 {
				f.stop[w] = true
			}
		}
		for _, list := range e.Bands {
			for _, w := range list {
				if !strings.Contains(w, " ") {
					f.stop[w] = true
				}
			}
		}
		for _, w := range l.FunctionWords {
			if utf8.RuneCountInString(w) >= 3 && !strings.Contains(w, " ") {
				if f.glue[c] == nil {
					f.glue[c] = map[string]bool{}
				}
				f.glue[c][w] = true
			}
		}
		for _, w := range l.Attribution.OrgWords {
			if !f.orgWords[w] && !strings.Contains(w, " ") {
				f.orgStems = append(f.orgStems, orgStem{w, utf8.RuneCountInString(w)})
			}
			f.orgWords[w] = true
		}
		for _, r := range l.Attribution.Roles {
			for _, w := range strings.Fields(r) {
				f.roles[w] = true
			}
		}
		for _, w := range l.Attribution.Connectors {
			if len(w) > 2 || w == "of" || w == "de" {
				f.connect[w] = true
			}
		}
		for _, w := range l.Conjunctions {
			f.and[w] = true
		}
		f.addNameWords(l)
		if slices.ContainsFunc(l.Names.Endings, func(e lexicon.Ending) bool { return e.Form == "s" && e.Base == "" }) {
			f.bareGenitive[c] = true
		}
	}
	f.addNameWords(lex.All())
	for _, w := range lex.All().Names.Particles {
		f.particles[w] = true
	}
	f.indexRoles()
	return f, nil
}

type word struct {
	start, end int
	text       string
	low        string // text in lower case
	cap        bool
	first      bool          // first word of its sentence
	gap        bool          // punctuation between it and the word before: names do not run across
	tag        *syntax.Token // set when the words around it are tagged (sentTags); a pointer keeps words small
}

// Find returns the article's mentions in text order. Persons named by
// surname alone take the key and name of the full name they share a
// surname with in the article; an acronym after an organisation's name
// ("Institute for the Study of War (ISW)", "…, ISW,") is the same entity.
func (f *Finder) Find(a *kent.Article) []kent.Mention {
	var found []found
	var later []opener
	hints := map[string]string{}
	toks := tokens.Of(a)
	bySent := tokens.Sentences(toks, len(a.SentenceSpans()))
	sents := make([][]word, len(bySent))
	// One array for every sentence's words, kept for the next article:
	// it was the largest thing finding names allocated. Nothing Find
	// returns points into it.
	bp := wordBufs.Get().(*[]word)
	buf := *bp
	if cap(buf) < len(toks) {
		buf = make([]word, 0, len(toks))
	}
	defer func() {
		if cap(buf) > maxPooledWords {
			return // a huge article's array is not kept
		}
		clear(buf) // let the article's text and tags go
		*bp = buf[:0]
		wordBufs.Put(bp)
	}()
	for i, toks := range bySent {
		n := len(buf)
		buf = words(buf, toks)
		sents[i] = buf[n:len(buf):len(buf)] // full: unglue's append copies
	}
	buf = buf[:cap(buf)] // all of it is cleared at the end
	f.unglue(a, sents)
	sts := make([]sentTags, len(sents)) // one allocation, not one a sentence
	sent := 0
	for _, p := range a.Paragraphs {
		tlang := p.Language
		if tlang == "" || tlang == "und" {
			tlang = a.Language
		}
		for range p.Sentences {
			if sent >= len(sents) {
				break
			}
			ws := sents[sent]
			st := &sts[sent]
			*st = sentTags{text: a.Text, ws: ws, lang: tlang, tagger: f.Tagger}
			sent++
			n := len(found)
			for i := 0; i < len(ws); {
				if !f.starts(ws, i) {
					i++
					continue
				}
				j := f.runEnd(ws, i)
				for _, run := range f.splitAnd(ws[i:j], tlang) {
					c := around(ws, run)
					c.tag = st
					found = append(found, f.classify(a.Text, run, c, a.Language)...)
				}
				i = j
			}
			later = f.addHints(hints, found[n:], st, a.Language, later)
		}
	}
	f.laterHints(hints, found, later, a.Language)
	f.cutOpeners(a.Text, found, a.Language)
	f.lemmatize(a.Text, found, a.Language, hints)
	return f.keep(found) // keep resolves
}

// opener is a sentence's first word taken for a person without evidence
// ("После", "Kiedy", "Dies"): most are no names, and keep drops them
// unless the article names that person elsewhere.
type opener struct {
	st *sentTags
	k  int // index in st.ws
}

// addHints records the tagger's lemmas of the proper nouns in people's
// names found in one sentence, by printed form. Only a word whose endings
// allow another base form needs one, so most sentences stay untagged. A
// sentence opener without evidence is put off (appended to later, returned)
// for laterHints.
func (f *Finder) addHints(hints map[string]string, fs []found, st *sentTags, lang string, later []opener) []opener {
	for _, m := range fs {
		if m.Kind != kent.SpeakerPerson {
			continue
		}
		if !m.evidence && m.lazy == nil && len(st.ws) > 0 && st.ws[0].start == m.Span.Start && st.ws[0].end == m.Span.End {
			if hints[st.ws[0].text] == "" && f.needsHint(st.ws[0].text, lang) {
				later = append(later, opener{st, 0})
			}
			continue
		}
		for k, w := range st.ws {
			if w.start < m.Span.Start || w.end > m.Span.End || hints[w.text] != "" || !f.needsHint(w.text, lang) {
				continue
			}
			// The word ends learnt from treebanks name the base form of
			// most inflected words without tagging the sentence; a word
			// they call a base form itself is still tagged, since the
			// tagger sees the case its neighbours call for.
			if g, ok := f.inflect.Guess(w.text, lang); ok && g != w.text {
				hints[w.text] = g
				continue
			}
			if !st.around(st.ws[k : k+1]) {
				continue
			}
			if h := Hint(st.ws[k].tagged()); h != "" && !f.genitiveBeforeVerb(st.ws, k, h, lang) {
				hints[w.text] = h
			}
		}
	}
	return later
}

// genitiveBeforeVerb reports whether a tagger's lemma reads word k as the
// bare genitive -s of a name (de, sv, nl) where a verb follows it: a
// genitive qualifies a noun, so "om Kallas lämnar posten" names Kallas,
// not Kalla's.
func (f *Finder) genitiveBeforeVerb(ws []word, k int, lemma, lang string) bool {
	if !f.bareGenitive[lang] || !strings.EqualFold(lemma+"s", ws[k].text) || k+1 >= len(ws) || ws[k+1].gap {
		return false
	}
	u := ws[k+1].tagged().UPOS
	return u == "VERB" || u == "AUX"
}

// laterHints tags the sentence openers put off by addHints that may be
// kept: those whose first three letters begin a word of another person
// mention of the article (the same name in another case). The rest keep
// the base form the endings give them; keep drops them anyway. This saves
// tagging a sentence for most capitalised openers ("После", "Kiedy").
func (f *Finder) laterHints(hints map[string]string, fs []found, later []opener, lang string) {
	if len(later) == 0 {
		return
	}
	prefixes := map[string]int{} // first three letters → person mentions with a word so
	for _, m := range fs {
		if m.Kind != kent.SpeakerPerson {
			continue
		}
		seen := map[string]bool{}
		for _, w := range strings.Fields(m.Text) {
			if p := prefix3(w); !seen[p] {
				seen[p] = true
				prefixes[p]++
			}
		}
	}
	for _, o := range later {
		w := o.st.ws[o.k]
		if hints[w.text] != "" || prefixes[prefix3(w.text)] < 2 || !o.st.around(o.st.ws[o.k:o.k+1]) {
			continue
		}
		if h := Hint(o.st.ws[o.k].tagged()); h != "" {
			hints[w.text] = h
		}
	}
}

// prefix3 is a word's first three letters in lower case.
func prefix3(w string) string {
	n := 0
	for i := range w {
		if n == 3 {
			return strings.ToLower(w[:i])
		}
		n++
	}
	return strings.ToLower(w)
}

// splitAnd keeps "Center for Strategic and International Studies" whole
// but splits "Putin and Lukashenko", "Russia and Ukraine" and "Springboard
// for Putin": lower-case words join only organisation names, and a
// person's surname to its given name.
func (f *Finder) splitAnd(run []word, lang string) [][]word {
	for _, w := range run {
		if f.orgWords[w.low] {
			return [][]word{run}
		}
	}
	var out [][]word
	start, particle := 0, false
	for k, w := range run {
		// Lower-case words after a given name are a surname's particles:
		// "Ursula von der Leyen", "Charles de Gaulle" — not an article
		// ("Philip die Grenzregionen", where every noun has a capital).
		particle = !w.cap && !f.and[w.low] && k > start && (particle || run[k-1].cap && !f.nounArticles[lang+":"+w.low] && (f.particles[w.low] || !f.articles[w.low]) && f.inflect.First(run[k-1].text, ""))
		if !w.cap && !particle && (f.and[w.low] || f.connect[w.low]) {
			if k > start {
				out = append(out, run[start:k])
			}
			start = k + 1
		}
	}
	if start < len(run) {
		out = append(out, run[start:])
	}
	return out
}

// resolve gives surname-only person mentions the key and name of the one
// full name in the article with that surname, and acronyms the key of the
// organisation name they follow.
func (f *Finder) resolve(ms []kent.Mention) {
	// A person's name uses the surname spelling the article prints most
	// (Jurkonis over Yurkonis).
	spell := map[string]map[string]int{}
	keyOf := map[string]string{} // an article prints few surnames many times
	key := func(w string) string {
		k, ok := keyOf[w]
		if !ok {
			k = Key(w)
			keyOf[w] = k
		}
		return k
	}
	for _, m := range ms {
		if m.Kind != kent.SpeakerPerson {
			continue
		}
		f := strings.Fields(m.Name) // base forms: "Łukaszenka", not "Łukaszenką"
		sur := f[len(f)-1]
		k := key(sur)
		if spell[k] == nil {
			spell[k] = map[string]int{}
		}
		spell[k][sur]++
	}
	// Per surname key: the first full-name mention, and whether the
	// surname belongs to more than one full name (then it stays ambiguous).
	type fullName struct {
		first int
		many  bool
	}
	full := map[string]*fullName{}
	for i, m := range ms {
		if m.Kind == kent.SpeakerPerson && strings.Contains(m.Key, " ") {
			sur := m.Key[strings.LastIndex(m.Key, " ")+1:]
			if fn := full[sur]; fn == nil {
				full[sur] = &fullName{first: i}
			} else if ms[fn.first].Key != m.Key {
				fn.many = true
			}
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Kind != kent.SpeakerPerson || strings.Contains(m.Key, " ") {
			continue
		}
		fn := full[strings.TrimPrefix(m.Key, "person:")]
		if fam := eastAsianFamily(m.Name); fam != "" && full[fam] != nil {
			if fn != nil {
				continue // "Lee": Mike Lee and Lee Jae-myung both named
			}
			fn = full[fam] // "Xi" after "Xi Jinping"
		}
		if fn != nil && !fn.many {
			m.Key, m.Name = ms[fn.first].Key, ms[fn.first].Name
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.Kind != kent.SpeakerPerson {
			continue
		}
		f := strings.Fields(m.Name)
		best, n := f[len(f)-1], 0
		for sp, c := range spell[key(best)] {
			if c > n || c == n && sp < best {
				best, n = sp, c
			}
		}
		f[len(f)-1] = best
		m.Name = strings.Join(f, " ")
	}
	for i := 1; i < len(ms); i++ {
		if ms[i].Kind == kent.SpeakerOrganisation && tokens.IsAcronym(ms[i].Text) && ms[i-1].Kind == kent.SpeakerOrganisation && ms[i].Span.Start-ms[i-1].Span.End <= 3 {
			ms[i].Key, ms[i].Name = ms[i-1].Key, ms[i-1].Name
		}
	}
}

// words reads one sentence's tokens as names reads them, appended to out:
// a word is a run of letters, with inner apostrophes and hyphens before a
// letter. Digits, dots and colons inside a token ("U.S.", "G7", "SEB:s",
// "COVID-19") and punctuation between tokens are gaps a name does not run
// across.
func words(out []word, toks []kent.Token) []word {
	first, gap := true, false
	for _, t := range toks {
		if !t.Word {
			gap = true
			continue
		}
		for i := 0; i < len(t.Text); {
			r, size := utf8.DecodeRuneInString(t.Text[i:])
			if !unicode.IsLetter(r) {
				gap = true
				i += size
				continue
			}
			j := letterRun(t.Text, i+size)
			w := word{start: t.Start + i, end: t.Start + j, text: t.Text[i:j], low: t.Low, cap: unicode.IsUpper(r), first: first, gap: gap}
			if i > 0 || j < len(t.Text) {
				w.low = strings.ToLower(w.text)
			}
			out = append(out, w)
			first, gap = false, false
			i = j
		}
	}
	return out
}

// wordBufs holds the arrays Find splits an article's words into.
var wordBufs = sync.Pool{New: func() any { return new([]word) }}

// maxPooledWords bounds the arrays wordBufs keeps (64 bytes a word).
const maxPooledWords = 1 << 15

// tagged is the tagger's token for the word, the zero token when its
// words were not tagged.
func (w *word) tagged() syntax.Token {
	if w.tag == nil {
		return syntax.Token{}
	}
	return *w.tag
}

// letterRun returns where the run of letters that reaches j ends in w:
// letters, combining marks, and apostrophes or hyphens before a letter.
func letterRun(w string, j int) int {
	for j < len(w) {
		r, size := utf8.DecodeRuneInString(w[j:])
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			j += size
			continue
		}
		if r == '-' || r == '\'' || r == '’' {
			if r2, _ := utf8.DecodeRuneInString(w[j+size:]); unicode.IsLetter(r2) {
				j += size
				continue
			}
		}
		break
	}
	return j
}
