package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// script is an edit script from a form to its lemma: change the case, strip
// a suffix, append another ("Tuska" → keep case, strip "a" → "Tusk";
// "Die" → lower, strip "ie", add "er" → "der").
type script struct {
	casing     uint8 // caseKeep, caseLower or caseTitle
	strip, add string
	rare       bool // seen once in training: never proposed, it is more often noise than rule
}

const (
	caseKeep = iota
	caseLower
	caseTitle
)

func applyCase(form string, c uint8) string {
	switch c {
	case caseLower:
		return strings.ToLower(form)
	case caseTitle:
		l := strings.ToLower(form)
		r, sz := utf8.DecodeRuneInString(l)
		return string(unicode.ToUpper(r)) + l[sz:]
	}
	return form
}

func (s script) apply(form string) (string, bool) {
	c := newCased(form, strings.ToLower(form))
	b, ok := s.applyTo(nil, &c)
	return string(b), ok
}

// deriveScript finds the shortest script turning form into lemma, preferring
// to keep the case on ties.
func deriveScript(form, lemma string) script {
	var best script
	bestCost := -1
	for c := uint8(caseKeep); c <= caseTitle; c++ {
		f := applyCase(form, c)
		p := commonPrefix(f, lemma)
		if cost := len(f) - p + len(lemma) - p; bestCost < 0 || cost < bestCost {
			best, bestCost = script{casing: c, strip: f[p:], add: lemma[p:]}, cost
		}
	}
	return best
}

// commonPrefix is the byte length of the common prefix, on a rune boundary.
func commonPrefix(a, b string) int {
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	for p > 0 && (p < len(a) && !utf8.RuneStart(a[p]) || p < len(b) && !utf8.RuneStart(b[p])) {
		p--
	}
	return p
}

// cased holds a form in the three casings scripts start from.
type cased [3]string

func newCased(form, lower string) cased {
	return cased{caseKeep: form, caseLower: lower, caseTitle: applyCase(form, caseTitle)}
}

// applyTo writes the script's result on c into buf; ok is false when the
// script does not apply.
func (s *script) applyTo(buf []byte, c *cased) ([]byte, bool) {
	f := c[s.casing]
	if !strings.HasSuffix(f, s.strip) || len(s.strip) >= len(f) && s.add == "" {
		return buf, false
	}
	return append(append(buf[:0], f[:len(f)-len(s.strip)]...), s.add...), true
}

const (
	foldYo    = 1 << iota // ё → е (Russian GSD lemmas: боксёра → боксер)
	foldMarks             // combining marks dropped (stress: Алекса́ндр → Александр)
	foldApos              // ' → ’ (Ukrainian IU lemmas: з'їзд → з’їзд)
)

// folded applies the lemmatizer's folds to a form.
func (l *lemmatizer) folded(form string) string {
	if l.fold == 0 || !strings.ContainsFunc(form, l.folds) {
		return form
	}
	return strings.Map(func(r rune) rune {
		switch {
		case l.fold&foldMarks != 0 && unicode.Is(unicode.Mn, r):
			return -1
		case l.fold&foldYo != 0 && r == 'ё':
			return 'е'
		case l.fold&foldYo != 0 && r == 'Ё':
			return 'Е'
		case l.fold&foldApos != 0 && r == '\'':
			return '’'
		}
		return r
	}, form)
}

func (l *lemmatizer) folds(r rune) bool {
	return l.fold&foldYo != 0 && (r == 'ё' || r == 'Ё') || l.fold&foldMarks != 0 && unicode.Is(unicode.Mn, r) ||
		l.fold&foldApos != 0 && r == '\''
}

// learnFolds sets a fold when forms have the spelling and lemmas (almost)
// never do.
func (l *lemmatizer) learnFolds(sents []Sentence) {
	var yoForm, yoLemma, mnForm, mnLemma, apForm, apLemma, curlyLemma int
	for _, s := range sents {
		for _, t := range s.Tokens {
			apForm += strings.Count(t.Form, "'")
			apLemma += strings.Count(t.Lemma, "'")
			curlyLemma += strings.Count(t.Lemma, "’")
			yoForm += strings.Count(t.Form, "ё") + strings.Count(t.Form, "Ё")
			yoLemma += strings.Count(t.Lemma, "ё") + strings.Count(t.Lemma, "Ё")
			mnForm += countMarks(t.Form)
			mnLemma += countMarks(t.Lemma)
		}
	}
	if yoForm >= 10 && yoLemma*20 < yoForm {
		l.fold |= foldYo
	}
	if mnForm >= 10 && mnLemma*20 < mnForm {
		l.fold |= foldMarks
	}
	if apForm >= 10 && apLemma*20 < apForm && curlyLemma*2 > apForm {
		l.fold |= foldApos
	}
}

func countMarks(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			n++
		}
	}
	return n
}
