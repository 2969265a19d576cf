// Whether a proposition's words name the question's subject, object or someone else.

package question

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
)

// holderNamed reports whether proper nouns name the holder.
func holderNamed(h *kent.Speaker, proper []string) bool {
	if h == nil || len(proper) == 0 {
		return false
	}
	return names.SameName(h.Name, strings.Join(proper, " ")) || slices.Contains(fields(h.Name), proper[len(proper)-1])
}

// otherPerson reports whether proper nouns name someone other than the
// question's person: "Harris has been the favourite" is not Trump's.
func (m *Matcher) otherPerson(q Question, proper []string) bool {
	if q.Subject == nil || q.Subject.Kind != "person" || len(proper) == 0 || namesPerson(q.Subject, proper) || ownGivenName(q.Subject, proper) {
		return false
	}
	if m.fullName(proper) {
		return true // "George Simion" is a person, though "George" spells like Georgia
	}
	for _, w := range proper {
		if len(m.placesOf(w)) > 0 || len(m.orgs.Find([]string{w})) > 0 {
			return false
		}
	}
	return true
}

// ownGivenName reports whether the words are only the question's person's
// given names: a parse that cuts "Ulf Kristersson" after "Ulf" leaves the
// person's own first name, not a rival.
func ownGivenName(s *kent.FrameEntity, proper []string) bool {
	own := strings.Fields(s.Name)
	for _, w := range proper {
		if !slices.ContainsFunc(own, func(o string) bool { return strings.EqualFold(o, w) }) {
			return false
		}
	}
	return true
}

// fullName reports whether words are a person's name in full: a given
// name Kent knows, then a last word that names no place nor organisation.
func (m *Matcher) fullName(words []string) bool {
	if len(words) < 2 || m.inflect == nil || !m.inflect.First(words[0], "") {
		return false
	}
	last := words[len(words)-1]
	return len(m.placesOf(last)) == 0 && len(m.orgs.Find(words)) == 0
}

// names reports whether words name the question's subject.
func (m *Matcher) names(q Question, words []string) bool {
	if q.Joint && q.Object != nil && m.namesEntity(q.Object, words) {
		return true // "Ukraine will not sign": one party of a joint event
	}
	s := q.Subject
	if s == nil {
		if len(q.Places) == 0 {
			return false
		}
		s = &kent.FrameEntity{Kind: "place", Key: q.Places[0]}
	}
	return m.namesEntity(s, words) || s.Kind == "place" && (m.namesLeader(s.Key, words) || m.namesParliament(s.Key, words))
}

// namesParliament reports whether words name the country's national
// legislature, which stands for it in its event: "élections anticipées au
// Bundestag" are Germany's early election.
func (m *Matcher) namesParliament(key string, words []string) bool {
	for _, org := range m.orgs.Find(words) {
		if m.parliamentOf[org] == key {
			return true
		}
	}
	return false
}

// namesEntity reports whether words name the entity e.
func (m *Matcher) namesEntity(e *kent.FrameEntity, words []string) bool {
	switch e.Kind {
	case "organisation":
		return slices.Contains(m.orgs.Find(words), e.Key) || m.describes(e.Key, words)
	case "person":
		return namesPerson(e, words)
	}
	for _, w := range words {
		if slices.Contains(m.placesOf(w), e.Key) {
			return true
		}
	}
	return m.namesMultiword(e.Key, words) || m.namesAsked(e.Key, words)
}

// namesLeader reports whether words name the country's head of state or
// government, who stands for it as the subject of its event: "Orbán will
// veto", "Narendra Modi", "Сі Цзіньпін".
func (m *Matcher) namesLeader(key string, words []string) bool {
	for i, w := range words {
		if slices.Contains(m.leaderOf(w), key) {
			return true
		}
		if i+1 < len(words) && isUpper(w) {
			if r, n := m.multiLeaders.Longest(lower(words[i:min(i+3, len(words))])); n > 0 && r == key {
				return true
			}
		}
	}
	return false
}

// namesMultiword reports whether words name the place by a name of two or
// three words ("United States", "Estados Unidos", "Соединённые Штаты"),
// which no single word of it names. Such names open with two capitalised
// words: only there is the name looked up.
func (m *Matcher) namesMultiword(key string, words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if !isUpper(words[i]) || !isUpper(words[i+1]) {
			continue
		}
		for n := min(3, len(words)-i); n >= 2; n-- {
			name := strings.ToLower(strings.Join(words[i:i+n], " "))
			if r, ok := m.cldrMulti[name]; ok && r == key {
				return true
			}
		}
		if r, n := m.multiPlaces.Longest(lower(words[i:min(i+3, len(words))])); n > 0 && r == key {
			return true
		}
	}
	return false
}

// namesOther reports whether words name a place or organisation other
// than the question's subject and object: then the proposition is about it.
func (m *Matcher) namesOther(q Question, words []string) bool {
	mine := func(k string) bool {
		return q.Subject != nil && (q.Subject.Key == k || m.bankOf[q.Subject.Key] == k) || q.Object != nil && q.Object.Key == k || slices.Contains(q.Places, k)
	}
	if m.describes(subjectKey(q), words) {
		return false // "Japans Notenbank": the words for it name no other
	}
	for _, o := range m.orgs.Find(words) {
		if !mine(o) && !m.partyAside(q, o) {
			return true
		}
	}
	for _, w := range words {
		for _, p := range m.placesOf(w) {
			if !mine(p) && !strings.Contains(p, "/") {
				return true
			}
		}
	}
	return false
}

// notSetting returns the words less the places when the question's
// subject is a person: in an article about the person, "a change of
// candidate before the elections in the USA" names where the event is, not
// whose it is.
func (m *Matcher) notSetting(q Question, words []string) []string {
	if q.Subject == nil || q.Subject.Kind != "person" {
		return words
	}
	return slices.DeleteFunc(slices.Clone(words), func(w string) bool { return len(m.placesOf(w)) > 0 })
}

// holderIs reports whether a holder is the question's subject or speaks
// for it: the same person by full name (Tania Sánchez is not Pedro
// Sánchez), or a leader who stands for a country.
func (m *Matcher) holderIs(q Question, name string) bool {
	if q.Subject != nil && q.Subject.Kind == "person" {
		return names.SameName(q.Subject.Name, name)
	}
	return m.names(q, fields(name))
}

// namesPerson reports whether words name the person: a capitalised word
// with the surname's skeleton.
func namesPerson(s *kent.FrameEntity, words []string) bool {
	for _, w := range words {
		if isUpper(w) && samePerson(s.Key, w) {
			return true
		}
	}
	return false
}

func isUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// samePerson compares a word with a person's surname skeleton: equal, or
// the word's skeleton begins with it and adds at most a case ending
// (Trumpa, Трампом). Short skeletons must be equal.
func samePerson(key, w string) bool {
	k := surnameKey(w)
	if len(key) < 3 {
		// A short key must be equal; a case ending may hide its initial
		// (Юном: nm), so the word without one or two last letters counts too.
		r := []rune(w)
		for cut := 1; k != key && cut <= 2 && len(r)-cut >= 2; cut++ {
			k = surnameKey(string(r[:len(r)-cut]))
		}
		return k == key
	}
	return strings.HasPrefix(k, key) && len(k)-len(key) <= 2
}

// otherObject returns an organisation the proposition names as object
// where the question has another: joining NATO is not joining the EU.
func (m *Matcher) otherObject(q Question, words []string) string {
	if q.Object.Kind == "place" {
		return m.otherCountry(q, words)
	}
	if q.Object.Kind != "organisation" {
		return ""
	}
	orgs := m.orgs.Find(words)
	if len(orgs) == 0 || slices.Contains(orgs, q.Object.Key) {
		return ""
	}
	for _, o := range orgs {
		if q.Subject == nil || o != q.Subject.Key {
			return o
		}
	}
	return ""
}

// otherCountry is otherObject for a country asked about as the event's
// object ("lift sanctions on Syria"): a proposition that names only other
// countries ("the sanctions against Russia over its war on Ukraine will
// likely be extended") is about them. The subject's own country and a
// person's setting ("Trudeau resigns" in Canada) are not another object,
// nor is any place beside the object itself, and a place below a country
// (Rafah, Kherson) is left to the words around it: its country is the
// setting.
func (m *Matcher) otherCountry(q Question, words []string) string {
	if !isCountryCode(q.Object.Key) || q.Subject == nil || q.Subject.Kind == "person" || m.byName[q.Family].Theatre {
		return ""
	}
	other := ""
	for _, w := range words {
		for _, p := range m.placesOf(w) {
			switch {
			case p == q.Object.Key:
				return ""
			case other == "" && p != q.Subject.Key && isCountryCode(p):
				other = p
			}
		}
	}
	return other
}

// isCountryCode reports whether a place key is a country's ISO code (two
// capitals), not a city's or region's name.
func isCountryCode(k string) bool {
	return len(k) == 2 && k[0] >= 'A' && k[0] <= 'Z' && k[1] >= 'A' && k[1] <= 'Z'
}

func subjectName(q Question) string {
	if q.Subject != nil {
		return q.Subject.Name
	}
	return strings.Join(q.Places, ",")
}

// describes reports whether words describe the organisation by what it is
// and whose ("the Japanese central bank", "Japans Notenbank", "японский
// центробанк" for the Bank of Japan): a word for a central bank with the
// name of the country it serves within three words.
func (m *Matcher) describes(key string, words []string) bool {
	cc := m.bankOf[key]
	if cc == "" || m.centralBank == nil {
		return false
	}
	found := false
	m.centralBank.Match(lower(words), func(_ string, i int) {
		for k := max(0, i-3); k < min(len(words), i+4) && !found; k++ {
			found = k != i && slices.Contains(m.placesOf(words[k]), cc)
		}
	})
	return found
}

func subjectKey(q Question) string {
	if q.Subject == nil {
		return ""
	}
	return q.Subject.Key
}

// notLeaderHolder returns a sentence's words less the holder's name where
// it is a leader's: who judges is not what is judged ("Orbán said new
// sanctions are unlikely" makes no article about Hungary, while "Orbán
// will veto them" does). Only a country asked about is read from its
// leader; a person asked about keeps every word ("Trump ma 58 procent
// szans", whoever the holder).
func (m *Matcher) notLeaderHolder(q Question, words []string, h *kent.Speaker) []string {
	if h == nil || q.Subject != nil && q.Subject.Kind != "place" {
		return words
	}
	hw := fields(h.Name)
	// A word, or an entity of several ("Viktor Orbán"), all of whose
	// words are the holder's and one a leader's surname.
	return slices.DeleteFunc(slices.Clone(words), func(w string) bool {
		leader := false
		for _, x := range fields(w) {
			if !slices.Contains(hw, x) {
				return false
			}
			leader = leader || m.leaderName(x)
		}
		return leader
	})
}

// notHolder returns the words that are not the holder's name nor the
// words that describe the holder: "Laut der Deutschen Bank preisen die
// Märkte …" names who judges, not another subject of the event, and so
// does the holder's role or employer before the name ("Nordean
// ekonomistin Jan von Gerichin mukaan …", "Commerzbank-Chefvolkswirt Jörg
// Krämer", "Nordea economist Jan von Gerich"): the speaker's own bank is
// not the event's subject.
func (m *Matcher) notHolder(words []string, h *kent.Speaker) []string {
	if h == nil {
		return words
	}
	hw := fields(h.Name)
	desc := fields(h.Role + " " + h.Affiliation)
	ws := fields(strings.Join(words, " "))
	drop := make([]bool, len(ws))
	for i, w := range ws {
		if !slices.Contains(hw, w) && !slices.Contains(desc, w) {
			continue
		}
		drop[i] = true
		if len(hw) == 0 || w != hw[0] {
			continue
		}
		// The words right before the name that describe the holder: a
		// role word or the capitalised name of whom the holder speaks for.
		for k, n := i-1, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
			low := strings.ToLower(ws[k])
			if m.function[low] || !isUpper(ws[k]) && !m.roles[low] && !slices.Contains(desc, ws[k]) {
				break
			}
			drop[k] = true
		}
	}
	out := ws[:0:0]
	for i, w := range ws {
		if !drop[i] {
			out = append(out, w)
		}
	}
	return out
}

// notSource returns the words that are not the name after a source
// marker in the proposition ("Laut der Deutschen Bank liegt …", "according
// to Deutsche Bank, …"): whoever is cited names no subject of the event.
func (m *Matcher) notSource(text string, words []string) []string {
	ws := fields(text)
	low := lower(ws)
	cited := map[string]bool{}
	for i := range low {
		for _, src := range m.sources {
			if len(src) == 0 || i+len(src) > len(low) || !slices.Equal(low[i:i+len(src)], src) {
				continue
			}
			// Its articles and the capitalised run of the name after it.
			k := i + len(src)
			for k < len(ws) && m.function[low[k]] && !isUpper(ws[k]) {
				k++
			}
			for ; k < len(ws) && isUpper(ws[k]); k++ {
				cited[ws[k]] = true
			}
		}
	}
	if len(cited) == 0 {
		return words
	}
	return slices.DeleteFunc(fields(strings.Join(words, " ")), func(w string) bool { return cited[w] })
}

// otherOwner reports whether the proposition gives its event to another
// person by a genitive preposition ("einen Rücktritt von Scholz", "the
// resignation of Scholz", "la démission de Scholz"): in an article about
// the question's person, that judgement is not on them.
func (m *Matcher) otherOwner(q Question, j kent.Judgement) bool {
	if q.Subject == nil || q.Subject.Kind != "person" {
		return false
	}
	gen := m.genitivePreps[j.Language]
	if len(gen) == 0 {
		return false
	}
	words := fields(j.Proposition.Text)
	for i := 0; i+2 < len(words); i++ {
		if !gen[strings.ToLower(words[i+1])] || !isUpper(words[i+2]) || m.function[strings.ToLower(words[i+2])] {
			continue
		}
		if len(m.events.Concepts([]string{strings.ToLower(words[i])})) == 0 {
			continue
		}
		x := words[i+2]
		if samePerson(q.Subject.Key, x) || len(m.placesOf(x)) > 0 || len(m.orgs.Find([]string{x})) > 0 {
			continue
		}
		return true
	}
	return false
}

// anotherPerson returns the name of a person other than the question's
// whom the proposition names, or "": of a question on a person's event, a
// proposition on a rival's ("шансы Педру Нуну Сантуша на победу
// невелики", "the odds that Kamala Harris becomes the candidate") is not
// on the person, though its article is. The name is any run of proper
// nouns the parse finds in the proposition (the surface's capitalised
// runs of two words or more where the sentence has no parse), less the
// holder and the words that describe them, a source cited, third parties
// (parse), places, organisations, offices, months and the question's own
// names. A proposition that names the question's person is left to the
// frame (byFrame), which knows whose the event is.
func (m *Matcher) anotherPerson(q Question, j kent.Judgement) string {
	if q.Subject == nil || q.Subject.Kind != "person" {
		return ""
	}
	prop := fields(j.Proposition.Text)
	if m.names(q, prop) || q.Object != nil && m.namesEntity(q.Object, prop) {
		return ""
	}
	keep := map[string]bool{}
	for _, w := range m.notThird(j, m.notSource(j.Proposition.Text, m.notHolder(prop, j.Holder))) {
		keep[w] = true
	}
	own := fields(q.Subject.Name)
	if q.Object != nil {
		own = append(own, fields(q.Object.Name)...)
	}
	person := func(w string) bool {
		low := strings.ToLower(w)
		if !keep[w] || !isUpper(w) || utf8.RuneCountInString(w) < 2 || m.function[low] || m.roles[low] || m.offices[low] != "" ||
			monthNumber(low) > 0 || len(m.placesOf(w)) > 0 || len(m.orgs.Find([]string{w})) > 0 || len(m.textConcepts(w)) > 0 {
			return false
		}
		if strings.ToUpper(w) == w {
			return false // an acronym names a party or a body, not a person
		}
		for _, o := range own {
			if strings.EqualFold(o, w) || isUpper(o) && samePerson(surnameKey(o), w) {
				return false
			}
		}
		return true
	}
	var runs [][]string
	if f, _ := m.frameOf(j); m.ParseFrames && f.names != nil {
		runs = f.names
	} else {
		var run []string
		for _, w := range append(prop, "") {
			if w != "" && isUpper(w) && !m.function[strings.ToLower(w)] {
				run = append(run, w)
				continue
			}
			if len(run) >= 2 {
				runs = append(runs, run)
			}
			run = nil
		}
	}
	for _, run := range runs {
		if slices.ContainsFunc(run, func(w string) bool { return m.notPerson[strings.ToLower(w)] }) {
			continue // "Electoral College", "Supreme Court": a body, not a person
		}
		var who []string
		for _, w := range run {
			if person(w) {
				who = append(who, w)
			}
		}
		if len(who) > 0 {
			return strings.Join(who, " ")
		}
	}
	return ""
}
