package question

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

// entitiesIn lists the places, organisations and people a question names,
// in text order. An organisation's name of several words is one entity,
// and none of its words is read as a place or a person ("Bank of Japan",
// "Банк России"). A run of capitalised words joined by a connector ("Bank
// of Canada") is an organisation Kent may not know. A place's name right
// after a given name is a surname ("Vladimir Putin"). Other capitalised
// runs are people, keyed by the surname.
func (m *Matcher) entitiesIn(words []string, eventAt map[int]bool, yearAfter map[string]bool, lang string) ([]kent.FrameEntity, []int) {
	var out []kent.FrameEntity
	var at []int // where each entity starts
	var run []string
	runAt := 0
	flush := func() {
		if m.officeOnly(run) || len(run) == 1 && runAt > 0 && m.nounAfter[lang][strings.ToLower(words[runAt-1])] && !m.surnameFirst[strings.ToLower(run[0])] {
			run = nil // "der Bundeskanzler": an office, no name (homePlace); "in diesem Jahr": a noun
		}
		if len(run) == 1 && placeClass(run[0]) {
			run = nil // "die Stadt": a noun of places, no name
		}
		if len(run) > 0 {
			name := m.baseName(m.personName(run), lang)
			out = append(out, kent.FrameEntity{Name: strings.Join(name, " "), Kind: "person", Key: m.personKey(name)})
			at = append(at, runAt)
			run = nil
		}
	}
	for i := 0; i < len(words); i++ {
		w := elide(words[i])
		if governmentWord(w) {
			if len(run) > 0 {
				// "Michel Barniers regering", "Barniers Regierung": the
				// person whose government it is, named in the genitive.
				run[len(run)-1] = m.genitiveBase(run[len(run)-1], lang)
				flush()
				continue
			}
			if i+2 < len(words) && m.connectors[strings.ToLower(words[i+1])] && isUpper(words[i+2]) {
				i++ // "die Regierung von Michel Barnier": Barnier's government
				continue
			}
			if i > 0 && len(m.placesOf(words[i-1])) > 0 {
				continue // "Ungarns Regierung": the government is its country's, no person
			}
		}
		if k := m.orgs.At(append([]string{w}, words[i+1:]...)); k != "" {
			if m.leaderOfParty(run, runAt, i, k) {
				run = nil // "Petteri Orpo's National Coalition Party": the party (parties.go)
			}
			flush()
			n := m.orgSpan(append([]string{w}, words[i+1:]...), k)
			if m.partyOfLeader(words, i, n, k) {
				i += n - 1 // "PiS leader Jarosław Kaczyński": the person
				continue
			}
			name := append([]string{w}, words[i+1:i+n]...)
			name[n-1] = possessiveBase(name[n-1])
			out = append(out, kent.FrameEntity{Name: strings.Join(name, " "), Kind: "organisation", Key: k})
			at = append(at, i)
			i += n - 1
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		upper := unicode.IsUpper(r)
		if key, n := m.askedAt(words, i); n > 0 && !(i+n < len(words) && isUpper(words[i+n])) {
			// "the US Federal Reserve", "US President Trump": before a
			// name, the acronym only says whose it is; after a person,
			// before a noun, it is where the person's event is ("Trump …
			// the 2024 US presidential election").
			if len(out) > 0 && out[0].Kind == "person" && i+n < len(words) && !m.function[strings.ToLower(words[i+n])] {
				i += n - 1
				continue
			}
			flush()
			out = append(out, kent.FrameEntity{Name: askedName(words[i : i+n]), Kind: "place", Key: key})
			at = append(at, i)
			i += n - 1
			continue
		}
		if n, key := m.placeRun(words, i); n > 0 {
			flush()
			name := slices.Clone(words[i : i+n])
			name[n-1] = m.placeBase(name[n-1], key, lang)
			out = append(out, kent.FrameEntity{Name: strings.Join(name, " "), Kind: "place", Key: key})
			at = append(at, i)
			i += n - 1
			continue
		}
		if n, key := m.homeBank(words, i, lang); n > 0 && (i > 0 || isUpper(w)) {
			flush()
			out = append(out, kent.FrameEntity{Name: strings.Join(words[i:i+n], " "), Kind: "organisation", Key: key})
			at = append(at, i)
			i += n - 1
			continue
		}
		if n := m.institutionRun(words, i); n > 0 && !(m.inflect.First(w, lang) && m.particleRun(words, i+1) > 0) {
			flush()
			name := strings.Join(append([]string{w}, words[i+1:i+n]...), " ")
			out = append(out, kent.FrameEntity{Name: name, Kind: "organisation", Key: strings.ToLower(name)})
			at = append(at, i)
			i += n - 1
			continue
		}
		if ps := m.placesOf(w); len(ps) > 0 && (upper || len(m.places.Match(w)) > 0) && (i > 0 || m.exactPlace(w)) {
			if len(run) == 1 && upper && !placeClass(run[0]) && (m.inflect.First(run[0], lang) || !m.exactPlace(w) && m.leaderName(w)) {
				// "Vladimir Putin", "Luís Montenegro": a surname that also
				// names a place, after a given name or as a leader's; an
				// inflected country after a surname is the country
				// ("Tuleeko Stubbista Suomen presidentti?").
				run = append(run, w)
				continue
			}
			flush()
			if upper && m.givenBeforeSurname(words, i, lang) {
				runAt, run = i, []string{w} // "Jordan Bardella", "Israel Katz": a given name that also names a place
				continue
			}
			if m.modifies(words, i) && !eventAt[i+1] {
				continue // "South Korea's President Yoon": the person is meant ("Armeniens Austritt" is the country's exit)
			}
			if len(out) > 0 && out[0].Kind == "person" && lexicon.Acronym(w) && i+1 < len(words) && !isUpper(words[i+1]) && !m.function[strings.ToLower(words[i+1])] {
				continue // "Trump … the 2024 US presidential election": where a person's event is, not its object
			}
			out = append(out, kent.FrameEntity{Name: m.placeBase(w, ps[0], lang), Kind: "place", Key: ps[0]})
			at = append(at, i)
			continue
		}
		if n := m.particleRun(words, i); n > 0 && (len(run) > 0 || i > 0 && upper) {
			if len(run) == 0 {
				runAt = i // "Will Le Pen win?": a capitalised particle opens the surname
			}
			run = append(run, words[i:i+n]...) // "Marine Le Pen", "Ursula von der Leyen", "Марин Ле Пен"
			i += n - 1
			continue
		}
		if lw := strings.ToLower(w); upper && i > 0 && timeWords().frameWords[lw] && !timeWords().frameWords[strings.ToLower(words[0])] &&
			(timeWords().preps[strings.ToLower(words[i-1])] || timeWords().frameWords[strings.ToLower(words[i-1])] && len(run) == 0) {
			flush() // "bis Ende des Jahres": a capitalised noun of a time frame
			continue
		}
		if len(run) > 0 && upper && yearAfter[w] && timeWords().frameWords[strings.ToLower(w)] {
			flush() // "Olaf Scholz Ende 2024": a capitalised noun of time, not a name
			continue
		}
		short := utf8.RuneCountInString(w) < 3 && !m.surnameFirst[strings.ToLower(w)] // "Xi Jinping", "Юн Сок Ёль"
		fn := m.function[strings.ToLower(w)]
		if fn && len(run) > 0 && upper && lang != "" && !m.functionOf[lang][strings.ToLower(w)] {
			fn = false // "Nicusor Dan": another language's function word (Dutch "dan") inside a name
		}
		// A question may open with the person: "Macron va-t-il
		// démissionner ?", "Emmanuel Macron dissoudra-t-il …": a given
		// name or a leader's surname first is a name, another capitalised
		// first word only the sentence's start.
		opens := i == 0 && upper && !fn && !eventAt[i] && (m.inflect.First(w, lang) || m.leaderName(w))
		if i == 0 && !opens || !upper || fn || eventAt[i] || short || len(run) == 0 && isMonth(w) {
			flush()
			continue
		}
		if len(run) == 0 {
			runAt = i
		}
		run = append(run, w)
	}
	flush()
	return out, at
}

// givenBeforeSurname tells a place's name that is also a given name
// Kent knows, followed by a capitalised word that names no place, office
// or organisation ("Jordan Bardella", "Israel Katz"): a person's name.
func (m *Matcher) givenBeforeSurname(words []string, i int, lang string) bool {
	if i+1 >= len(words) || !m.inflect.First(words[i], lang) {
		return false
	}
	next := words[i+1]
	low := strings.ToLower(next)
	return isUpper(next) && !m.function[low] && !m.roles[low] && len(m.placesOf(next)) == 0 && m.orgs.At(words[i+1:]) == ""
}

// particleRun is how many surname particles start at words[i] when a
// capitalised word follows them ("von der" in "von der Leyen"), or 0.
func (m *Matcher) particleRun(words []string, i int) int {
	n := 0
	for i+n < len(words) && m.particles[strings.ToLower(words[i+n])] {
		n++
	}
	if n == 0 || i+n >= len(words) || !isUpper(words[i+n]) || m.function[strings.ToLower(words[i+n])] {
		return 0
	}
	return n
}

// exactPlace tells a word that is a country's name as written, not a
// case form or a word that merely begins like one.
func (m *Matcher) exactPlace(w string) bool {
	_, ok := m.cldr[strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))]
	return ok
}

// leaderName reports whether a word names a place only as its leader's
// surname ("Macron", "Orbána"): in a question the person is asked about
// ("Will Macron resign?"), while in a judgement's proposition the leader's
// act is the country's ("Orbán will veto").
func (m *Matcher) leaderName(w string) bool {
	return len(m.leaderOf(w)) > 0 && len(m.placesOf(w)) == 0
}

// leaderOf returns the countries whose leader a word names ("Orbána": HU).
func (m *Matcher) leaderOf(w string) []string {
	return m.leaders.Match(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))
}

// orgSpan is how many words the organisation k's name starting at
// words[0] takes.
func (m *Matcher) orgSpan(words []string, k string) int {
	for n := 1; n <= min(len(words), 6); n++ {
		if m.orgs.At(words[:n]) == k {
			return n
		}
	}
	return 1
}

// institutionRun is the length of a name of capitalised words joined by a
// connector that starts at words[i] ("Bank of Canada", "Banco de España"),
// or 0. Its first word must not be the question's first word (a verb or
// particle) nor a place, and the name must end in a capitalised word.
func (m *Matcher) institutionRun(words []string, i int) int {
	if i == 0 || !isUpper(words[i]) || m.function[strings.ToLower(words[i])] || len(m.placesOf(words[i])) > 0 {
		return 0
	}
	n, conn := 1, false
	for i+n+1 < len(words)+1 {
		if i+n < len(words) && isUpper(words[i+n]) && !m.function[strings.ToLower(words[i+n])] {
			n++
			continue
		}
		if i+n+1 < len(words) && m.connectors[words[i+n]] && isUpper(words[i+n+1]) {
			n += 2
			conn = true
			continue
		}
		break
	}
	if !conn || len(m.orgs.Find(words[i:i+n])) > 0 {
		return 0
	}
	return n
}

// objectOf is the question's second entity: the next organisation or place
// that is not the subject, or a person named by given name and surname
// after the event ("pardon Hunter Biden", "meet Vladimir Putin"; a single
// capitalised word may be a German noun).
func (m *Matcher) objectOf(ents []kent.FrameEntity, at []int, hits []eventHit) *kent.FrameEntity {
	event := -1 // where the question first names a family
	for _, h := range hits {
		if ec := m.byName[h.concept]; ec.Key || ec.HasOpposite() {
			if i := slices.Min(h.at); event < 0 || i < event {
				event = i
			}
		}
	}
	for k := 1; k < len(ents); k++ {
		e := ents[k]
		if e.Key == ents[0].Key {
			continue
		}
		if e.Kind != "person" || event >= 0 && at[k] > event && strings.Contains(e.Name, " ") {
			return &e
		}
	}
	return nil
}

// placeRun is a country's name of two or three words starting at words[i]
// ("United States", "South Korea's") and its key, or 0.
func (m *Matcher) placeRun(words []string, i int) (int, string) {
	for n := min(3, len(words)-i); n >= 2; n-- {
		name := strings.ToLower(strings.Join(words[i:i+n], " "))
		name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
		if r, ok := m.cldrMulti[name]; ok {
			if m.modifies(words, i+n-1) {
				return 0, ""
			}
			return n, r
		}
	}
	if r, n := m.multiPlaces.Longest(lower(words[i:min(i+3, len(words))])); n > 0 {
		if m.modifies(words, i+n-1) || m.titleOf(words, i, n) {
			return 0, ""
		}
		return n, r
	}
	return 0, ""
}

// titleOf tells a place's name in a case form between a title and a
// person's name ("prezydent Korei Południowej Jun Suk Jeol"): the place is
// whose title it is, and the person is meant.
func (m *Matcher) titleOf(words []string, i, n int) bool {
	k := i + n
	return i > 0 && m.roles[strings.ToLower(words[i-1])] && k < len(words) && isUpper(words[k]) &&
		!m.function[strings.ToLower(words[k])] && len(m.placesOf(words[k])) == 0 && m.orgs.At(words[k:]) == ""
}

// modifies tells a place's name in the possessive or genitive that
// qualifies a capitalised title or name right after it ("South Korea's
// President Yoon", "Südkoreas Präsident"): the entity is the person.
func (m *Matcher) modifies(words []string, i int) bool {
	w := words[i]
	// A possessive, a genitive, or a lower-case adjective before a name of
	// two words ("le président sud-coréen Yoon Suk Yeol"; a German noun
	// alone, "die deutsche Wirtschaft", is no name) qualifies the name.
	name2 := i+2 < len(words) && isUpper(words[i+2]) && !m.function[strings.ToLower(words[i+2])]
	poss := strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || !m.exactPlace(w) && (strings.HasSuffix(w, "s") || !isUpper(w) && name2)
	return poss && i+1 < len(words) && isUpper(words[i+1]) && !m.function[strings.ToLower(words[i+1])] &&
		len(m.placesOf(words[i+1])) == 0 && m.orgs.At(words[i+1:]) == "" &&
		!governmentWord(words[i+1]) // "Ungarns Regierung", "Polens regering": the country's government is the country
}

// personName drops what stands before a person's name in a question: a
// title and the place it is of ("South Korea's President Yoon Suk Yeol",
// "Prime Minister Pedro Sánchez"). The name is what follows the last title
// or place word; its last word is never dropped.
func (m *Matcher) personName(run []string) []string {
	// A name has at most three words: what comes before them is a title or
	// a place in a case form ("Korei Południowej Yoon Suk Yeol").
	from, words := len(run), 0
	for from > 0 && words < 3 {
		from--
		if !m.particles[strings.ToLower(run[from])] {
			words++ // particles do not count: "Ursula von der Leyen"
		}
	}
	for k, w := range run[:len(run)-1] {
		if k < from {
			continue
		}
		if m.roles[strings.ToLower(w)] || len(m.placesOf(w)) > 0 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || k+1 < len(run)-1 && m.roles[strings.ToLower(run[k+1])]) {
			from = k + 1
		}
	}
	return run[from:]
}

// baseName gives each word of a question's person name its base form by
// the case endings of the question's language (every language's when it is
// unknown): "Олександра Сирського" → Олександр Сирський, "Donalda Tuska" →
// Donald Tuska (a one-letter vowel ending is left: the key drops vowels).
// Only a given name Kent knows, a sure ending or a word end learnt from
// treebanks changes a word, so no question renames a person; a word of
// fewer than five letters is left as written.
func (m *Matcher) baseName(name []string, lang string) []string {
	out := slices.Clone(name)
	for i, w := range name {
		if utf8.RuneCountInString(w) < 5 {
			continue
		}
		hint, _ := m.inflect.Guess(w, lang)
		l := m.inflect.Lemma(w, lang, hint, nil)
		if l+"s" == w {
			continue // a question's name is its subject, not a genitive: "Wird Kamala Harris gewinnen?"
		}
		out[i] = l
	}
	return out
}

// personKey keys a person by the surname: the last word of the name, or
// the first where the name opens with a family name written first (Yoon
// Suk Yeol, Си Цзиньпин).
func (m *Matcher) personKey(name []string) string {
	if len(name) > 1 && m.surnameFirst[strings.ToLower(name[0])] {
		return surnameKey(name[0])
	}
	return surnameKey(name[len(name)-1])
}

// officeAt is where words name an office: the office, its first word and
// how many words it takes.
type officeAt struct {
	office string
	at, n  int
}

// officesIn lists the offices words name: "President", "der Kanzler",
// "премьер-министра" (a whole word, or one with a case ending of up to two
// letters), "prime minister", "presidente del Gobierno".
func (m *Matcher) officesIn(words []string) []officeAt {
	var out []officeAt
	for i := 0; i < len(words); i++ {
		for n := min(3, len(words)-i); n >= 1; n-- {
			low := strings.ToLower(strings.Join(words[i:i+n], " "))
			r := []rune(low)
			found := ""
			for cut := 0; cut <= 2 && found == "" && len(r)-cut >= 2; cut++ {
				found = m.offices[string(r[:len(r)-cut])]
			}
			if found != "" {
				out = append(out, officeAt{found, i, n})
				i += n - 1
				break
			}
		}
	}
	return out
}

// namesOffice reports whether words name the question's person by the
// office the question gives them ("the president", "der Kanzler"): the
// office word, not followed by another person's name ("President Biden")
// nor beside a place the question does not name ("the French president").
func (m *Matcher) namesOffice(q Question, words []string) bool {
	if q.Office == "" || q.Subject == nil || q.Subject.Kind != "person" {
		return false
	}
	for _, o := range m.officesIn(words) {
		if o.office != q.Office {
			continue
		}
		if k := o.at + o.n; k < len(words) && isUpper(words[k]) && !m.function[strings.ToLower(words[k])] &&
			len(m.placesOf(words[k])) == 0 && !samePerson(q.Subject.Key, words[k]) {
			continue
		}
		other := false
		for k := max(0, o.at-3); k < min(len(words), o.at+o.n+3); k++ {
			for _, p := range m.placesOf(words[k]) {
				other = other || !slices.Contains(q.Places, p) && !strings.Contains(p, "/")
			}
		}
		if !other {
			return true
		}
	}
	return false
}

// newsConcepts indexes the news concepts of the lexicon (government,
// city, country …) in every language.
var newsConcepts = sync.OnceValue(func() *lexicon.ConceptIndex {
	c, err := lexicon.LoadConcepts()
	if err != nil {
		return lexicon.Concepts{}.Index()
	}
	return c.Index()
})

// governmentWord tells a word for a government in any language
// ("regering", "Regierung", "rząd", "правительство").
func governmentWord(w string) bool {
	return newsConcepts().Match(strings.ToLower(w)) == "government"
}

// placeClass tells a noun for a city or a country in any language ("Stadt",
// "city", "город", "miasto"): before a place's name it names no person
// ("die Stadt Cherson" is Kherson, not a Mr Stadt Cherson).
func placeClass(w string) bool {
	c := newsConcepts().Match(strings.ToLower(w))
	return c == "city" || c == "country"
}

// genitiveBase is a person's name in the genitive before what they own
// ("Barnier's", "Barniers" before "regering"): the name without the
// possessive or the language's genitive ending, else as written.
func (m *Matcher) genitiveBase(w, lang string) string {
	for _, p := range []string{"'s", "’s"} {
		if b, ok := strings.CutSuffix(w, p); ok {
			return b
		}
	}
	if l := m.inflect.Lemma(w, lang, "", nil); l != w && utf8.RuneCountInString(l) >= 3 {
		return l
	}
	if genitiveS()[lang] && utf8.RuneCountInString(w) > 4 {
		if b, ok := strings.CutSuffix(w, "s"); ok {
			return b
		}
	}
	return w
}

// genitiveS are the languages whose names take a bare -s in the genitive
// (a names ending of form "s" and no base: Swedish, German).
var genitiveS = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	lex, err := lexicon.Default()
	if err != nil {
		return out
	}
	for _, c := range lex.Codes() {
		for _, e := range lex.Get(c).Names.Endings {
			if e.Form == "s" && e.Base == "" {
				out[c] = true
			}
		}
	}
	return out
})

// possessiveBase returns a name without an apostrophe's possessive
// ("Moldova's", "NATO’s", "Brussels'"): the question's subject is
// Moldova, and a brief says so.
func possessiveBase(w string) string {
	for _, p := range []string{"'s", "’s", "'", "’"} {
		if b, ok := strings.CutSuffix(w, p); ok && b != "" {
			return b
		}
	}
	return w
}

// placeBase returns a place's word as the place's name: without a
// possessive, and without the bare genitive -s of German and Swedish
// ("Armeniens Austritt", "Moldaviens folkomröstning") where the word
// without it names the same place.
func (m *Matcher) placeBase(w, key, lang string) string {
	w = possessiveBase(w)
	if b, ok := strings.CutSuffix(w, "s"); ok && genitiveS()[lang] && utf8.RuneCountInString(b) >= 3 && slices.Contains(m.placesOf(b), key) {
		return b
	}
	return w
}
