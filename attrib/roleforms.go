package attrib

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent/names"
	"github.com/kentnews/kent/syntax"
)

// A role is shown as a dictionary would list it: "По словам экономиста
// Ольги Смирновой" gives the role "экономист", "За словами експертки
// Ірини Бойко" the role "експертка", and "Політолог Олег Коваль вважає"
// the role "політолог", capitalised there only because it opens the
// sentence. Kent changes a role only where it can know the form: a role
// word the lexicon lists, in an oblique case by the tagger, whose lemma in
// context (gender kept: "експертки" is "експертка") is a role word too.

// roleForm returns the role words [i, b) in their dictionary form: the
// first word, when it is a role word, in the lemma the tagger gives it
// in an oblique case, and in lower case when only the sentence's start
// capitalised it in a language that does not capitalise nouns. Other
// words stay as written ("экономист Сбербанка": the owner stays genitive).
func (d *doc) roleForm(i, b int, r *rules) string {
	text := d.text(i, b)
	if i >= b || !d.toks[i].Word || !r.roleWords.has(d.toks[i].Low) {
		return text
	}
	w := d.toks[i].Text
	first := w
	if !r.roleWords[d.toks[i].Low] {
		// not a form the lexicon lists: perhaps an oblique case
		if lemma := d.roleLemma(i, r); lemma != "" {
			first = lemma
			if startsUpper(w) {
				first = upperFirst(lemma)
			}
		}
	}
	if !r.nounsCapitalised && !r.titlesCapitalised && startsUpper(first) && d.opensSentence(i) && !isAllUpper(w) {
		first = lowerFirst(first)
	}
	if first == w {
		return text
	}
	return first + strings.TrimPrefix(text, w)
}

// roleLemma returns the lemma the tagger gives the role word at i when
// the word is in an oblique case and the lemma is a role word that keeps
// the word's first letters; "" otherwise.
func (d *doc) roleLemma(i int, r *rules) string {
	p := d.tagsOf(d.toks[i].Sentence)
	if p == nil || i < p.base || i >= p.base+len(p.words) {
		return ""
	}
	f := p.feats(i)
	if p.upos(i) != "NOUN" || !strings.Contains(f, "Case=") || strings.Contains(f, "Case=Nom") {
		return ""
	}
	lemma := strings.ToLower(p.words[i-p.base].Lemma)
	low := d.toks[i].Low
	if lemma == "" || lemma == low || !r.roleWords.has(lemma) || names.CommonPrefix(lemma, low) < 4 {
		return ""
	}
	return lemma
}

// tagsOf returns sentence s tagged and lemmatised (its parse when one
// was made), tagging it on first use; nil where the language has no model.
func (d *doc) tagsOf(s int) *sentParse {
	if p, ok := d.parses[s]; ok && p != nil {
		return p
	}
	if d.e.noParse {
		return nil
	}
	if d.tags == nil {
		d.tags = make(map[int]*sentParse)
	}
	if p, ok := d.tags[s]; ok {
		return p
	}
	d.tags[s] = nil
	ss, se := d.sentTok[s][0], d.sentTok[s][1]
	if ss < 0 || se-ss > maxParseTokens {
		return nil
	}
	m, ok := syntax.ForLanguage(d.lang(ss))
	if !ok {
		return nil
	}
	forms, of := d.parseForms(ss, se)
	p := &sentParse{base: ss, words: spreadParse(m.Tag(forms), of, se-ss)}
	d.tags[s] = p
	return p
}

// opensSentence reports whether token i is the first word of its
// sentence, after any quote marks, dashes or brackets.
func (d *doc) opensSentence(i int) bool {
	for k := i - 1; k >= 0 && d.toks[k].Sentence == d.toks[i].Sentence; k-- {
		if d.toks[k].Word {
			return false
		}
	}
	return true
}

func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

func lowerFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToLower(r)) + w[n:]
}

// isAllUpper: an acronym or a word in capitals ("CEO", "EU") keeps them.
func isAllUpper(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters > 1
}

// genitivePlace returns the base form of the one word at i when it names
// a country or place in the genitive ("nach Darstellung Katars",
// "zdaniem Kataru", "по мнению Катара"): the tagger's lemma, which must
// begin the word and name the same place; "" otherwise.
func (d *doc) genitivePlace(i int) string {
	if d.e.places == nil || len(d.e.places.Match(d.toks[i].Text)) == 0 {
		return "" // no place: no need to tag the sentence
	}
	p := d.tagsOf(d.toks[i].Sentence)
	if p == nil || i < p.base || i >= p.base+len(p.words) || p.upos(i) != "PROPN" || !strings.Contains(p.feats(i), "Case=Gen") {
		return ""
	}
	form, lemma := d.toks[i].Text, p.words[i-p.base].Lemma
	if lemma == "" || lemma == form || !strings.HasPrefix(form, lemma) {
		return ""
	}
	of := d.e.places.Match(form)
	for _, k := range d.e.places.Match(lemma) {
		if slices.Contains(of, k) {
			return lemma
		}
	}
	return ""
}
