package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent/lexicon"
)

// Printed is one mention of a person's name as its sentence prints it: the
// words, the word before it and the verb beside it, which tell its case and
// gender where the endings cannot ("Уладзіміра Някляева" is a man's
// genitive, "сказала Петрова" a woman's nominative).
type Printed struct {
	Words  []string
	Before string // the word before the name in its sentence, "" after punctuation
	Verb   string // a past-tense verb next to the name (its cue), "" if none
}

// Gender of a name as its words and its sentence tell it.
const (
	genderUnknown = 0
	genderMan     = 'm'
	genderWoman   = 'f'
)

// agreement is what Bases needs of one language beside its endings.
type agreement struct {
	oblique          map[string]bool // prepositions after which a name is no nominative
	titles           map[string]byte // titles that say a woman or a man: pani, г-н
	femSurname       []string        // endings of women's surnames in the nominative
	femSure          []string        // … that no man's case form ends in either
	verbMasc, verbFe []string        // endings of a man's and a woman's past-tense verb
	dativeAfter      map[string]bool // prepositions that take the dative alone
	dativeA          []string        // printed ends of the dative of a name in -a
	dativeGiven      []string        // ends of a man's given name in the dative alone
	notBases         []lexicon.Ending
	casePairs        [][2]string // a given name's case ending and an adjectival surname's in that case
}

func newAgreement(l *lexicon.Language) agreement {
	a := agreement{oblique: map[string]bool{}, femSurname: l.Names.FeminineSurnames, femSure: l.Names.FeminineSure,
		verbMasc: l.Attribution.MasculineEndings, verbFe: l.Attribution.FeminineEndings}
	for _, p := range l.Names.ObliqueAfter {
		a.oblique[p] = true
	}
	a.dativeAfter = map[string]bool{}
	for _, p := range l.Names.DativeAfter {
		a.dativeAfter[p] = true
	}
	a.dativeA, a.dativeGiven, a.notBases, a.casePairs = l.Names.DativeA, l.Names.DativeGiven, l.Names.NotBases, l.Names.CasePairs
	a.titles = map[string]byte{}
	for _, t := range l.Names.FeminineTitles {
		a.titles[t] = genderWoman
	}
	for _, t := range l.Names.MasculineTitles {
		a.titles[t] = genderMan
	}
	return a
}

// Bases returns the base form of each word of each name: Lemmas over all
// their words (the article's printed forms vote, the store's names and a
// tagger's hints count as there), then the case and gender each name's
// sentence gives it (agree). known and hints may be nil.
func (in *Inflector) Bases(ns []Printed, lang string, known func(string) bool, hints map[string]string) [][]string {
	var all []string
	for _, n := range ns {
		all = append(all, n.Words...)
	}
	base := in.Lemmas(all, lang, known, hints)
	out := make([][]string, len(ns))
	for i, n := range ns {
		out[i] = in.agree(n, base, lang, known, hints)
	}
	return out
}

// agree gives the words of one name their base forms (base: Lemmas' by
// printed form), made to agree with what the name's sentence says:
//
//   - A given name in a case form makes the surname after it one too
//     ("Donalda Tuska" → Donald Tusk, "Bogumiła Niechcica" → Bogumił
//     Niechcic), and a name after a preposition is no nominative ("do
//     Tuska", "у Єльцина").
//   - A man's given name (a known one, or one a sure ending, the tagger or
//     the learnt word ends reduced to a form ending in a consonant) or
//     title keeps a woman's surname form from his surname ("Дзмітрыю
//     Канавалаву" is Канавалаў, not Канавалава), and a woman's given name,
//     title or verb ("Анна", "г-жа", "сказала") keeps a man's from hers:
//     "Анна Смирнова" stays Смирнова even where the article names a
//     Смирнов.
//
// A surname that is plainly a woman's (lexicon names.feminine_sure:
// "Kowalska", "Тихановская") is never changed by it.
func (in *Inflector) agree(n Printed, base map[string]string, lang string, known func(string) bool, hints map[string]string) []string {
	ws := make([]string, len(n.Words))
	for k, w := range n.Words {
		ws[k] = base[w]
	}
	if len(ws) == 0 {
		return ws
	}
	ag := in.agreement[lang]
	last := len(ws) - 1
	w, b := n.Words[last], ws[last]
	oblique := ag.oblique[strings.ToLower(n.Before)] || ag.dativeAfter[strings.ToLower(n.Before)]
	gender := byte(genderUnknown)
	nominative := last > 0 // every given name printed in its base form, one that shows case
	for k := range last {
		g, b := n.Words[k], ws[k]
		first := in.firstName(b)
		nominative = nominative && first && b == g && in.givenGender(b, lang) != genderUnknown
		// A given name the lexicon knows in a case form is one; one only
		// an ending or a tagger's or the learnt ends' lemma reduces must
		// end as the surname does, and not as a woman's name does: the
		// endings of surnames cut women's names (Кара, Кар; Тацяна
		// Бародкіна is a woman).
		inflected := b != g && (first || !endsInA(g) && (in.sureBase(g, b, lang) || hints[g] == b) && sameCaseLetter(g, w))
		oblique = oblique || inflected
		switch gg := in.givenGender(b, lang); {
		case gg == genderMan && (inflected || first):
			gender = genderMan
		case gg == genderWoman && first:
			gender = genderWoman
		}
	}
	if gender == genderUnknown {
		gender = ag.titles[strings.ToLower(n.Before)] // "pani Nowak", "г-жа Петрова"
	}
	if gender == genderUnknown && !oblique {
		// A verb agrees with its subject only, a name in the nominative.
		gender = in.verbGender(n.Verb, lang)
	}
	// A name printed with the dative end of names in -a after a
	// preposition that takes the dative, or after a man's given name in a
	// form only the dative has, is that dative: a man's name in a
	// consonant takes -owi, -у there ("Tadeuszowi Nalepie", "Олегу
	// Кулебе", "dzięki Nalepie"; but "o Trumpie", "Олафе Шольце").
	dative := false
	if len(ag.dativeA) > 0 && hasEnding(w, ag.dativeA) {
		dative = ag.dativeAfter[strings.ToLower(n.Before)]
		for k := range last {
			dative = dative || hasEnding(n.Words[k], ag.dativeGiven) && in.givenGender(ws[k], lang) == genderMan
		}
	}
	if in.womansSurname(w, lang, known) {
		return ws // Kowalska, Тихановская: a woman's name as printed
	}
	if nominative && !oblique && len(ag.oblique) > 0 {
		// "Jacek Piechota", "Jakub Gajda": a given name that shows case is
		// in the nominative, so is the surname beside it, whatever a sure
		// ending or a learnt guess makes of it alone — where both decline
		// (the languages with names.oblique_after; not "Angela Merkels",
		// "Anna Virtaselle").
		ws[last] = w
		return ws
	}
	switch gender {
	case genderWoman:
		// A woman's surname keeps the form a woman's takes: a base the
		// article's votes made a man's goes back to the printed one.
		if b != w && endsInA(w) && !endsInA(b) {
			ws[last] = w
		}
		if ws[last] == w && oblique {
			ws[last] = in.pick(w, lang, func(c candidate) bool { return endsInA(c.form) })
		}
	case genderMan:
		// A man's base form is no woman's surname form, and ends in -a
		// only when a sure ending says so (Лукашэнку: Лукашэнка) or the
		// printed form is the genitive of an -a name (Nalepy, Кулебы): a
		// printed -у, -ю, -e is a man's dative or locative of a consonant
		// stem (Сяргею Грыцу: Грыц; Roberta Hue stays) before it is a
		// case of an -a one.
		genitive := endsInAny(w, "yiыіи")
		manly := func(s string, sure bool) bool {
			if dative && s != w && !sure && !endsInA(s) {
				return false // "Tadeuszowi Nalepie": no man's consonant stem ends so in the dative
			}
			return !hasEnding(s, ag.femSurname) && (sure || s == w || !endsInA(s) || genitive || dative)
		}
		if b == w && oblique || b != w && !manly(b, in.sureBase(w, b, lang)) {
			ws[last] = in.pick(w, lang, func(c candidate) bool { return manly(c.form, c.sure) })
		}
	default:
		if b == w && oblique {
			ws[last] = in.pick(w, lang, func(c candidate) bool { return !dative || c.sure || endsInA(c.form) })
		}
	}
	return ws
}

// womansSurname reports whether a printed surname is a woman's whatever
// its case: it ends in one of lang's names.feminine_sure after a stem of
// three letters or more, and no base form its endings allow is a name
// known (Kowalska; not Tuska, the genitive of Tusk).
func (in *Inflector) womansSurname(w, lang string, known func(string) bool) bool {
	if len(in.agreement[lang].femSure) == 0 {
		return false
	}
	low := strings.ToLower(w)
	for _, e := range in.agreement[lang].femSure {
		if strings.HasSuffix(low, e) && utf8.RuneCountInString(low)-utf8.RuneCountInString(e) >= 3 {
			for _, c := range in.candidates(w, lang) {
				if known != nil && known(strings.ToLower(c.form)) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// pick returns the candidate base form of w with the longest ending that ok
// accepts, or w when there is none. An ending of given names only (the
// fleeting e: Marka, Marek) is none of a surname's (Tuska, Tusk).
func (in *Inflector) pick(w, lang string, ok func(candidate) bool) string {
	for _, c := range in.candidates(w, lang) {
		if !c.given && plausible(c.form) && ok(c) {
			return c.form
		}
	}
	return w
}

// plausible reports whether a Cyrillic base form ends as a word can: й
// after a vowel, ь after a consonant (Коваля is Коваль, not Ковалй;
// Антея is Антей, not Антеь).
func plausible(form string) bool {
	low := []rune(strings.ToLower(form))
	if len(low) < 2 {
		return true
	}
	last, prev := low[len(low)-1], low[len(low)-2]
	vowel := strings.ContainsRune(vowels, prev)
	switch last {
	case 'й':
		return vowel
	case 'ь':
		return !vowel
	}
	return true
}

// sureBase reports whether a sure ending of lang gives b for w.
func (in *Inflector) sureBase(w, b, lang string) bool {
	for _, c := range in.candidates(w, lang) {
		if c.sure && c.form == b {
			return true
		}
	}
	return false
}

// givenGender is the gender of a given name in its base form: a woman's
// when it ends as women's names do (all.yaml attribution.feminine_endings)
// and is no listed man's name in -a (Kuba, Илья), a man's when it ends in a
// consonant and is no listed woman's name so (Любоў), unknown otherwise
// (Joe, Mike).
func (in *Inflector) givenGender(b, lang string) byte {
	low := strings.ToLower(b)
	if in.mascFirst[low] {
		return genderMan
	}
	if in.femFirstNames[low] {
		return genderWoman
	}
	if hasEnding(low, in.femFirst) {
		return genderWoman
	}
	if r, _ := utf8.DecodeLastRuneInString(low); unicode.IsLetter(r) && !strings.ContainsRune(vowels, r) {
		return genderMan
	}
	return genderUnknown
}

// GivenGender returns the gender the given name of a person named in
// full ("Sarah Klein") shows, whether or not the given name is listed:
// 'f', 'm' or 0 (a surname alone says nothing). Gender is stricter: it
// reads an unlisted first word as no given name.
func (in *Inflector) GivenGender(name string) byte {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return genderUnknown
	}
	return in.givenGender(ws[0], "")
}

// verbGender is the gender a past-tense verb's ending marks (lexicon
// attribution.masculine_endings, feminine_endings: powiedział, сказала).
func (in *Inflector) verbGender(v, lang string) byte {
	if v == "" {
		return genderUnknown
	}
	ag := in.agreement[lang]
	v = strings.ToLower(v)
	switch {
	case hasEnding(v, ag.verbFe):
		return genderWoman
	case hasEnding(v, ag.verbMasc):
		return genderMan
	}
	return genderUnknown
}

// Gender returns the gender a person's name in its base form shows in
// lang: 'f' for a woman (a woman's given name, or a surname only women
// bear: Kowalska, Тихановская), 'm' for a man (a man's given name), 0 when
// the name does not say (a surname alone, Joe).
func (in *Inflector) Gender(name, lang string) byte {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return genderUnknown
	}
	if in.womansSurname(ws[len(ws)-1], lang, nil) {
		return genderWoman
	}
	if len(ws) > 1 && in.firstName(ws[0]) {
		return in.givenGender(ws[0], lang)
	}
	return genderUnknown
}

const vowels = "aeiouyáéíóúàèìòùäëïöüåæøœąęаеёиоуыэюяіїє"

// endsInAny reports whether s ends in one of the letters (any case).
func endsInAny(s, letters string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.ToLower(s))
	return r != utf8.RuneError && strings.ContainsRune(letters, r)
}

// sameCaseLetter reports whether a given name and a surname end in the
// same letter, or the soft and hard forms of one (а, я; у, ю; и, ы, і):
// the case ending a man's given name and surname share.
func sameCaseLetter(a, b string) bool {
	fold := func(s string) rune {
		r, _ := utf8.DecodeLastRuneInString(strings.ToLower(s))
		switch r {
		case 'я':
			return 'а'
		case 'ю':
			return 'у'
		case 'ы', 'і', 'y':
			return 'и'
		}
		return r
	}
	return fold(a) == fold(b)
}

func endsInA(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.ToLower(s))
	return r == 'a' || r == 'а' || r == 'я'
}

// hasEnding reports whether s (lower case) ends in one of ends.
func hasEnding(s string, ends []string) bool {
	s = strings.ToLower(s)
	for _, e := range ends {
		if strings.HasSuffix(s, e) && len(s) > len(e) {
			return true
		}
	}
	return false
}
