package names

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent/lexicon"
)

// Inflector gives the base form of a word of a person's name from the case
// endings its language lists (lexicon names.endings): "Tuskowi" → "Tusk",
// "Захаровой" → "Захарова", "Łukaszenki" → "Łukaszenka". It is safe for
// concurrent use.
//
// A syntax tagger's lemma plugs in through Lemma's hint: the endings then
// only check it.
type Inflector struct {
	endings map[string][]lexicon.Ending // language → endings, longest form first
	all     []lexicon.Ending            // every language's, for names of unknown language
	first   map[string]bool             // given names of every language, lower case
	learned learned                     // word ends learnt from treebanks (learned.go)

	agreement     map[string]agreement // language → what agree needs (agree.go)
	mascFirst     map[string]bool      // men's given names ending as women's (Kuba, Илья)
	femFirstNames map[string]bool      // women's given names ending as men's (Любоў)
	femFirst      []string             // endings of women's given names (all.yaml)

	// byLast holds, per language ("" for all), the endings by the last
	// byte of their form, in the order of endings and all: candidates
	// reads only those a word can end in.
	byLast map[string]*[256][]lexicon.Ending
}

// indexEndings fills byLast from endings and all.
func (in *Inflector) indexEndings() {
	in.byLast = map[string]*[256][]lexicon.Ending{}
	index := func(es []lexicon.Ending) *[256][]lexicon.Ending {
		var ix [256][]lexicon.Ending
		for b := range 256 {
			for _, e := range es {
				if e.Form == "" || e.Form[len(e.Form)-1] == byte(b) {
					ix[b] = append(ix[b], e)
				}
			}
		}
		return &ix
	}
	for lang, es := range in.endings {
		in.byLast[lang] = index(es)
	}
	in.byLast[""] = index(in.all)
}

// NewInflector reads the endings and given names of every language in lex.
func NewInflector(lex *lexicon.Set) *Inflector {
	in := &Inflector{endings: map[string][]lexicon.Ending{}, first: map[string]bool{}, learned: embeddedLearned(),
		agreement: map[string]agreement{}, mascFirst: map[string]bool{}, femFirstNames: map[string]bool{}}
	if all := lex.All(); all != nil {
		in.femFirst = all.Attribution.FeminineEndings
	}
	for _, c := range lex.Codes() {
		n := lex.Get(c).Names
		in.agreement[c] = newAgreement(lex.Get(c))
		for _, f := range n.MasculineFirst {
			in.mascFirst[f], in.first[f] = true, true
		}
		for _, f := range n.FeminineFirst {
			in.femFirstNames[f], in.first[f] = true, true
		}
		es := slices.Clone(n.Endings)
		slices.SortStableFunc(es, func(a, b lexicon.Ending) int { return cmp.Compare(len(b.Form), len(a.Form)) })
		in.endings[c] = es
		in.all = append(in.all, es...)
		for _, f := range n.First {
			in.first[f] = true
		}
	}
	in.indexEndings()
	return in
}

// First reports whether a word (any case, any inflection its language's
// endings allow) is a given name Kent knows.
func (in *Inflector) First(word, lang string) bool {
	if in.firstName(word) {
		return true
	}
	// "Luís" is Luis as the lists spell it (an ASCII word has no marks).
	if !isASCII(word) && in.first[foldMarks(strings.ToLower(word))] {
		return true
	}
	for _, c := range in.candidates(word, lang) {
		if in.firstName(c.form) {
			return true
		}
	}
	return false
}

// firstName reports whether the given names hold w in lower case. The
// finder asks of most capitalised words, several times: the word is
// lowered on the stack, not copied.
func (in *Inflector) firstName(w string) bool {
	var buf [64]byte
	return in.first[string(appendLower(buf[:0], w))]
}

// Guess returns the base form the word ends learnt from treebanks give
// word in lang ("Tuskiem" → Tusk; "Kowalska" as printed), and whether they
// give one: a word whose ending is ambiguous, or unseen, gets none. Lemmas
// takes it as it takes a tagger's lemma (see there).
//
// A guess must be a base form the hand-written endings allow too, when they
// allow any: the tables are small, and "Навального" → Навальний (where the
// endings say -ый or -ой) is no guess, so the tagger is still asked.
func (in *Inflector) Guess(word, lang string) (string, bool) {
	g, ok := in.learned.guess(word, lang)
	if !ok || g == word {
		return g, ok
	}
	cs := in.candidates(word, lang)
	if len(cs) > 0 && !slices.ContainsFunc(cs, func(c candidate) bool { return c.form == g }) {
		return "", false
	}
	return g, true
}

type candidate struct {
	form  string
	sure  bool
	n     int  // length of the ending replaced
	given bool // an ending of given names only (lexicon.Ending.Given)
}

// candidates returns the base forms lang's endings allow for word, longest
// ending first; lang "" tries every language's endings. A stem keeps at
// least two letters.
func (in *Inflector) candidates(word, lang string) []candidate {
	// The ending never takes the first letter (a stem keeps two), so a
	// word in lower case after its capital is compared as printed: no
	// lower-case copy of every name.
	low := word
	r0, n0 := utf8.DecodeRuneInString(word)
	if hasUpper(word[n0:]) {
		low = strings.ToLower(word)
		if len(low) != len(word) {
			return nil // a letter changed its length when lowered: leave the word alone
		}
	} else if utf8.RuneLen(unicode.ToLower(r0)) != n0 {
		return nil
	}
	if low == "" {
		return nil
	}
	ix := in.byLast[lang]
	if ix == nil {
		return nil // a language without endings
	}
	var out []candidate
	n := utf8.RuneCountInString(low)
	for _, e := range ix[low[len(low)-1]] {
		if !strings.HasSuffix(low, e.Form) || n-utf8.RuneCountInString(e.Form) < 2 {
			continue
		}
		out = append(out, candidate{word[:len(word)-len(e.Form)] + e.Base, e.Sure, len(e.Form), e.Given})
	}
	return out
}

// hasUpper reports whether s holds an upper-case letter.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 {
			for _, r := range s[i:] {
				if unicode.IsUpper(r) {
					return true
				}
			}
			return false
		} else if 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// Lemma returns the base form of one word of a person's name in language
// lang: a candidate the endings allow that seen knows (the article's other
// spellings, the store's names) or that is a known given name; else the
// candidate of the longest ending when that ending is sure ("Tuskowi"); else
// the word as printed ("Tuska" stays unless "Tusk" is seen). A hint — a
// tagger's lemma, "" if none — wins when the endings allow it or seen knows
// it, so a lemma never turns a name into an unrelated one. seen may be nil.
func (in *Inflector) Lemma(word, lang, hint string, seen func(string) bool) string {
	cs := in.candidates(word, lang)
	known := func(s string) bool {
		low := strings.ToLower(s)
		return in.first[low] || seen != nil && seen(low)
	}
	if hint != "" && hint != word {
		if known(hint) {
			return hint
		}
		for _, c := range cs {
			if strings.EqualFold(c.form, hint) {
				return hint
			}
		}
	}
	for _, c := range cs {
		if known(c.form) {
			return c.form
		}
	}
	if in.firstName(word) {
		return word // "Maria", a base form itself
	}
	if len(cs) > 0 {
		for _, c := range cs {
			if c.n < cs[0].n {
				break
			}
			if c.sure {
				return c.form
			}
		}
	}
	return word
}

// Lemmas returns the base form of each printed word of the people's names
// in one article: the candidate (the word itself included) that explains
// the most distinct printed forms ("Кулеба", "Кулебы", "Кулебе" → Кулеба;
// "Шольца", "Шольцем" → Шольц). A known given name wins; known (the store's
// names, may be nil) adds a vote; ties go to a sure ending, then to the
// word as printed.
//
// hints (may be nil) are a tagger's lemmas by printed form. A lemma
// outweighs one printed form's vote, so the article's other spellings still
// win over it, and it is taken only when it cannot rename a person: the
// endings allow it, known knows it, or it differs from the word in the last
// few letters only where no sure ending applies and it does not just cut
// letters off ("Tomka" → Tomek, "Юрия" → Юрий; never "Захаровой" →
// Захаров). A lemma a longer sure ending extends gives way to it
// ("Порошенком": Порошенко, not Порошенк).
func (in *Inflector) Lemmas(words []string, lang string, known func(string) bool, hints map[string]string) map[string]string {
	cands := make(map[string][]candidate, len(words))
	votes := map[string]int{}
	var counted []string // one word's candidates in lower case: a handful, no map
	for _, w := range words {
		if _, done := cands[w]; done {
			continue
		}
		cs := slices.DeleteFunc(in.candidates(w, lang), func(c candidate) bool {
			return c.given && !in.firstName(c.form) // Marka is Marek, Tuska no Tusek
		})
		cs = append(cs, candidate{form: w})
		cands[w] = cs
		counted = counted[:0]
		for _, c := range cs {
			if low := strings.ToLower(c.form); !slices.Contains(counted, low) {
				counted = append(counted, low)
				votes[low]++
			}
		}
	}
	score := func(c candidate, self, sure bool, hint string) int {
		low := strings.ToLower(c.form)
		s := 4 * votes[low]
		if hint != "" && strings.EqualFold(hint, c.form) {
			switch {
			case !self:
				s += 6
			case !sure:
				s += 3 // "as printed" is the tagger's weakest claim, and a sure ending outweighs it
			}
		}
		if known != nil && known(low) {
			s += 4
		}
		if in.first[low] {
			s += 100
		}
		switch {
		case c.sure:
			s += 2
		case self:
			s++
		}
		return s
	}
	out := make(map[string]string, len(cands))
	for w, cs := range cands {
		hint := hints[w]
		if in.notBase(w, hint, lang) && (known == nil || !known(strings.ToLower(hint))) {
			hint = ""
		}
		hint = in.checkHint(w, hint, cs, known)
		if hint != "" && !slices.ContainsFunc(cs, func(c candidate) bool { return strings.EqualFold(c.form, hint) }) {
			cs = append(cs, candidate{form: hint})
		}
		best, top, n := w, -1, -1
		// A long sure ending ("-овой", "-ського") outweighs the tagger's
		// "as printed"; a short one ("-ма", "-та") does not: Эмма, Беата.
		sure := slices.ContainsFunc(cs, func(c candidate) bool { return c.sure && utf8.RuneCountInString(w[len(w)-c.n:]) >= 3 })
		for _, c := range cs {
			// A tie goes to the longer ending: "-скага" before "-га".
			if s := score(c, c.form == w, sure, hint); s > top || s == top && c.n > n {
				best, top, n = c.form, s, c.n
			}
		}
		out[w] = best
	}
	return out
}

// checkHint returns the tagger's lemma of w if Lemmas may take it (see
// there), the candidate of a longer sure ending that extends it, or "".
func (in *Inflector) checkHint(w, hint string, cs []candidate, known func(string) bool) string {
	if hint == "" || hint == w {
		return hint
	}
	for _, c := range cs {
		if !strings.EqualFold(c.form, hint) {
			continue
		}
		for _, d := range cs {
			if d.sure && d.n > c.n && len(d.form) > len(hint) && strings.HasPrefix(strings.ToLower(d.form), strings.ToLower(hint)) {
				return d.form // the tagger cut too much: "Порошенк" for Порошенко
			}
		}
		return hint
	}
	if known != nil && known(strings.ToLower(hint)) {
		return hint
	}
	for _, c := range cs {
		if c.sure {
			return "" // the endings know this word: a lemma they do not allow renames it
		}
	}
	if nearForm(w, hint) {
		return hint
	}
	return ""
}

// nearForm reports whether a lemma differs from a printed word only in its
// last letters, as a case ending changes a name (Tomka, Tomek; Юрия, Юрий;
// Vilniuje, Vilnius): a shared beginning of at least three letters and half
// the word, at most three letters of the word and two of the lemma after
// it, and the lemma no mere beginning of the word (that is the endings'
// call: Захаровой is not Захаров).
func nearForm(w, lemma string) bool {
	a, b := []rune(strings.ToLower(w)), []rune(strings.ToLower(lemma))
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	return p >= 3 && 2*p >= len(a) && len(a)-p <= 3 && len(b)-p <= 2 && len(b) > p
}

// notBase reports whether lemma rewrites w's end as lang's names never do
// (lexicon names.not_bases: Polish Arasyba is no Arasybo).
func (in *Inflector) notBase(w, lemma, lang string) bool {
	if lemma == "" || lemma == w {
		return false
	}
	lw, ll := strings.ToLower(w), strings.ToLower(lemma)
	for _, e := range in.agreement[lang].notBases {
		if stem, ok := strings.CutSuffix(lw, e.Form); ok && stem+e.Base == ll {
			return true
		}
	}
	return false
}
