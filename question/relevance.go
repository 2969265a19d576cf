package question

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
)

// Relevance is how a judgement's proposition stands to a question.
type Relevance struct {
	About   bool   // it bears on the question: pooled, or shown apart if conditional
	Invert  bool   // it is about the event's opposite, a refusal of it, or the question is negative
	Subject bool   // the proposition names the question's subject
	Family  bool   // the proposition's predicate is the question's family (or its opposite)
	Reason  string // why it is set aside, when it shares something but is not about the question
	// Implied is the proposition's own family when it is not the
	// question's but implies it (a coalition's collapse, of an early
	// election): the judgement is about the question through it.
	Implied string
	// Topic is set when the proposition has no event of its own ("this
	// option is unlikely", "Wahrscheinlichkeit: gering") and is about the
	// question's event as its article's title names it; it says so.
	Topic string
	// Apart says why a judgement about the question's event is shown apart
	// from the pool: it expects the event at another time than the
	// question's bound, or says that an implying event is unlikely.
	Apart string
	// Later says why a judgement is read against the question's event: it
	// expects the event at the earliest after the question's bound ("2025
	// or later" of "by April 2024").
	Later string
}

// About reports whether a judgement bears on the question.
func (m *Matcher) About(q Question, j kent.Judgement) bool { return m.Relevance(q, j).About }

// Relevance decides whether a judgement's proposition is about the
// question's event: it names the question's subject (any spelling,
// inflection or transliteration; a leader or capital for a country), its
// predicate is the question's family — or two of its legacy concepts
// (war, enter) — and an organisation it names as object is the question's.
// "mass protests are unlikely" is not about a war; "accession is
// unlikely" is about joining; "will stay out" and "will refuse to join"
// are about joining, read inverted.
func (m *Matcher) Relevance(q Question, j kent.Judgement) Relevance {
	return m.relevance(q, j, false)
}

// relevance is Relevance for a judgement in an article whose topic is the
// question's subject (its title or another judgement's sentence names it):
// there, a proposition on the question's event that names no other place
// or organisation ("default will not happen in any case", "only 10% for
// this year") is about the subject, as a pronoun or a dropped subject
// would be.
func (m *Matcher) relevance(q Question, j kent.Judgement, topic bool) Relevance {
	var r Relevance
	words := append(fields(j.Proposition.Text), j.Proposition.Entities...)
	// "We will not interfere": a categorical "we" is the holder's side.
	we := j.Categorical && j.Holder != nil && m.holderIs(q, j.Holder.Name)
	r.Subject = we || m.names(q, words) || m.namesOffice(q, fields(j.Proposition.Text)) || m.namesHome(q, fields(j.Proposition.Text), j.Language) || topic && !m.namesOther(q, m.notSource(j.Proposition.Text, notHolder(m.notSetting(q, words), j.Holder)))
	// "einen Rücktritt von Scholz": the proposition gives its event to
	// another person, whoever the sentence before named.
	r.Subject = r.Subject && !(m.otherOwner(q, j) && !m.names(q, fields(j.Proposition.Text)))
	r.Family, r.Invert = m.family(q, j.Proposition.Events)
	if !r.Family {
		r.Family = m.intoObject(q, j.Proposition.Events, words)
	}
	if m.ParseFrames && (r.Subject || r.Family || m.sentenceShares(q, j)) {
		if why := m.byFrame(q, j, &r); why != "" {
			r.Reason = "about something else: " + kent.Clip(j.Proposition.Text, 100) + " (" + why + ")"
			if q.Negated {
				r.Invert = !r.Invert
			}
			return r
		}
	}
	if q.Negated {
		r.Invert = !r.Invert
	}
	r.About = r.Subject && r.Family
	if r.About {
		r.Implied = m.implying(q, j.Proposition.Events)
	}
	// A part named only in the sentence before ("not in the first round.
	// In the second, his chances are even") is not this proposition's.
	if part := m.narrower(q, m.textConcepts(j.Proposition.Text)); r.About && part != "" {
		r.About = false
		r.Reason = "about something else: " + kent.Clip(j.Proposition.Text, 100) + " (" + part + ", a part of " + familyName(q) + ", not the whole)"
		return r
	}
	if other := m.forecastFamily(q, j); r.About && other != "" {
		r.About = false
		r.Reason = "about something else: " + kent.Clip(j.Proposition.Text, 100) + " (the forecast is of " + other + ", not " + familyName(q) + ")"
		return r
	}
	switch {
	case r.About && q.Object != nil:
		if other := m.otherObject(q, words); other != "" {
			r.About = false
			r.Reason = "about something else: " + kent.Clip(j.Proposition.Text, 100) + " (another object: " + other + ")"
		}
	case r.About:
	case r.Subject:
		r.Reason = "about something else: " + kent.Clip(j.Proposition.Text, 100) + " (names " + subjectName(q) + "; the predicate is not " + familyName(q) + ")"
	case r.Family:
		r.Reason = "about something else: " + kent.Clip(j.Proposition.Text, 100) + " (" + familyName(q) + ", but not of " + subjectName(q) + ")"
	}
	return r
}

// family reports whether event concepts are the question's family (one
// key family, or two of its legacy concepts) and whether they say its
// opposite: "will stay out", "will refuse to join", "avoid a recession".
func (m *Matcher) family(q Question, events []string) (family, invert bool) {
	shared, key, flips := 0, false, false
	kin := m.kinOf(q, events)
	for _, c := range events {
		ec := m.byName[c]
		if ec.Flips {
			flips = true
			continue
		}
		if q.Family != "" && !slices.Contains(q.Concepts, c) && slices.Contains(ec.Implies, q.Family) {
			c = q.Family // a coalition's collapse brings the early election asked about
		}
		if slices.Contains(kin, c) {
			c = q.Family // "Russia will not attack Ukraine" of a question on invading it
		}
		if ec.Opposite != "" && slices.Contains(q.Concepts, ec.Opposite) {
			invert = !invert
			c = ec.Opposite
		}
		if slices.Contains(q.Concepts, c) {
			shared++
			key = key || m.byName[c].Key
		}
	}
	family = shared >= 2 || key
	if family && flips {
		invert = !invert
	}
	return family, invert
}

// roleAsPredicate reports whether a verb lemma the parse chose as the
// judged predicate is a title of the sentence mis-tagged (Swedish
// "premiärminister" ends like a verb in the present, lemma
// "premiärminista"): a word of the sentence that begins with all of the
// lemma but its last two letters is a title or a compound on one.
func (m *Matcher) roleAsPredicate(pred, words string) bool {
	stem := []rune(strings.ToLower(pred))
	if len(stem) < 7 {
		return false
	}
	prefix := string(stem[:len(stem)-2])
	for _, w := range fields(words) {
		if w = strings.ToLower(w); !strings.HasPrefix(w, prefix) {
			continue
		}
		if m.roles[w] {
			return true
		}
		for r := range m.roles {
			if utf8.RuneCountInString(r) >= 6 && len(w) > len(r) && strings.HasSuffix(w, r) {
				return true // a compound on a title: "premiärminister", "Regierungssprecher"
			}
		}
	}
	return false
}

// kinOf returns the question family's kin concepts (lexicon kin: an
// attack or a war, of a question on an invasion) when they may stand for
// the family among events: no other family is there, for "Russia will
// lose the war" is a judgement on losing, not on the invasion.
func (m *Matcher) kinOf(q Question, events []string) []string {
	kin := m.byName[q.Family].Kin
	if len(kin) == 0 {
		return nil
	}
	for _, c := range events {
		ec := m.byName[c]
		if slices.Contains(q.Concepts, c) || slices.Contains(kin, c) || ec.Flips || slices.Contains(ec.Implies, q.Family) {
			continue
		}
		if slices.ContainsFunc(ec.Implies, func(x string) bool { return slices.Contains(kin, x) }) {
			continue // "renversé" is a coup and an ouster: the coup brings the ouster
		}
		if ec.Key || ec.Opposite != "" {
			return nil
		}
	}
	return kin
}

// intoObject reports whether events become the question's family by
// taking its organisation, which the words name: "Ukraina do UE nie
// wejdzie" (enter, with the EU) is about joining the EU.
func (m *Matcher) intoObject(q Question, events, words []string) bool {
	if q.Object == nil || q.Object.Kind != "organisation" || q.Family == "" {
		return false
	}
	for _, c := range events {
		if m.byName[c].Into == q.Family {
			return slices.Contains(m.orgs.Find(words), q.Object.Key)
		}
	}
	return false
}

// narrower returns a concept among events that is a part or stage of the
// question's family and not asked about itself ("winning the popular
// vote", "the primaries" of a question on winning the election), else "".
func (m *Matcher) narrower(q Question, events []string) string {
	if q.Family == "" {
		return ""
	}
	for _, c := range events {
		if slices.Contains(m.byName[c].Narrows, q.Family) && !slices.Contains(q.Concepts, c) {
			return c
		}
	}
	return ""
}

// implying returns the concept of events that implies the question's
// family when none of them is the family or its opposite, else "".
func (m *Matcher) implying(q Question, events []string) string {
	via := ""
	for _, c := range events {
		ec := m.byName[c]
		if slices.Contains(q.Concepts, c) || ec.Opposite != "" && slices.Contains(q.Concepts, ec.Opposite) {
			return ""
		}
		if via == "" && q.Family != "" && slices.Contains(ec.Implies, q.Family) {
			via = c
		}
	}
	return via
}

// byFrame corrects the surface reading r with the judgement's parse frame:
// the judged predicate's own family decides the family (lemmas find
// inflected forms; a word of another clause does not count), and a
// subject the parse finds decides the subject. It returns why the
// judgement is about something else when the frame says so, else "".
func (m *Matcher) byFrame(q Question, j kent.Judgement, r *Relevance) string {
	f, ok := m.frameOf(j)
	if !ok || f.verb && m.saying(f.pred) {
		return "" // a verb of saying as the judged predicate is a misparse: the surface stands
	}
	if f.verb && m.roleAsPredicate(f.pred, j.Words) {
		return "" // "premiärminister Oliver Hart avgår": a title tagged as the verb
	}
	if len(f.families) > 0 {
		fam, inv := m.family(q, f.families)
		if !fam && m.intoObject(q, f.families, fields(j.Words)) {
			fam, inv = true, false
		}
		switch {
		case fam:
			if !r.Family { // the surface saw the whole clause's refusals; keep its reading
				r.Family, r.Invert = true, inv
			}
		case r.Family && !m.anyPolar(f.families) && !m.sharesConcept(q, f.families):
			r.Family = false
			return "the judged predicate is " + f.pred + ": " + strings.Join(f.families, "+") + ", not " + familyName(q)
		}
	}
	// The sentence names the family, but not in the judged clause: the
	// judgement is about something else ("even if Putin thought of pushing
	// the military …, he is probably realising that this could backfire").
	if f.verb && !f.cuePred && len(f.families) == 0 && len(f.within) == 0 && r.Family && !m.saying(f.pred) {
		if fam, _ := m.family(q, m.textConcepts(j.Words)); fam {
			r.Family = false
			return "the judged predicate is " + f.pred + "; " + familyName(q) + " is in another clause"
		}
	}
	// "Hungary will veto Ukraine's accession": who refuses is not whose
	// event it is.
	// "Rodríguez descarta esa opción": the subject of a cue that is the
	// predicate is the holder, who judges; it says nothing of whose event.
	if len(f.subject) > 0 && !f.pronoun && !m.anyPolar(f.families) && !(f.cuePred && holderNamed(j.Holder, f.proper)) {
		switch {
		case m.names(q, f.subject):
			r.Subject = true
		case r.Subject && (m.namesOther(q, m.notSetting(q, f.subject)) || m.otherPerson(q, f.proper)) && !m.names(q, fields(j.Proposition.Text)):
			r.Subject = false
			return "its subject is " + strings.Join(f.subject, " ") + ", not " + subjectName(q)
		}
	}
	return ""
}

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
	if q.Subject == nil || q.Subject.Kind != "person" || len(proper) == 0 || namesPerson(q.Subject, proper) {
		return false
	}
	for _, w := range proper {
		if len(m.placesOf(w)) > 0 || len(m.orgs.Find([]string{w})) > 0 {
			return false
		}
	}
	return true
}

// sharesConcept reports whether any concept is one of the question's (or
// its opposite): "att delta i anfallet" is entering, one of the concepts
// of a question on troops entering a war, though not two of them.
func (m *Matcher) sharesConcept(q Question, cs []string) bool {
	for _, c := range cs {
		if slices.Contains(q.Concepts, c) || slices.Contains(q.Concepts, m.byName[c].Opposite) {
			return true
		}
	}
	return false
}

// anyPolar reports whether a concept only turns another around (refusing,
// staying out): the frame then judges the refusal of the surface's event.
func (m *Matcher) anyPolar(cs []string) bool {
	for _, c := range cs {
		if ec := m.byName[c]; ec.Flips || ec.Opposite != "" {
			return true
		}
	}
	return false
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
	return m.namesEntity(s, words)
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
	return false
}

// forecastFamily returns the family a categorical forecast's own verb
// names when it is not the question's: in "the oil embargo will hit Russia
// harder" the forecast is of hitting, an effect, whatever nouns the clause
// has. "" when the cue names no family or the question's.
func (m *Matcher) forecastFamily(q Question, j kent.Judgement) string {
	if !j.Categorical || q.Family == "" {
		return ""
	}
	// The cue and the words after it: "ударит по", "will hit".
	at := strings.Index(j.Words, j.Cue)
	if at < 0 {
		return ""
	}
	ws := lower(fields(j.Words[at:]))
	if len(ws) > 5 {
		ws = ws[:5]
	}
	var fams []string
	m.events.Match(ws, func(c string, i int) {
		if i <= 1 || !strings.Contains(j.Cue, " ") && i == 0 {
			fams = append(fams, c)
		}
	})
	for _, f := range fams {
		if f == q.Family || m.byName[f].Opposite == q.Family || m.byName[f].Flips || m.intoObject(q, []string{f}, fields(j.Words)) {
			return ""
		}
	}
	if len(fams) == 0 {
		return ""
	}
	return fams[0]
}

// namesOther reports whether words name a place or organisation other
// than the question's subject and object: then the proposition is about it.
func (m *Matcher) namesOther(q Question, words []string) bool {
	mine := func(k string) bool {
		return q.Subject != nil && (q.Subject.Key == k || m.bankOf[q.Subject.Key] == k) || q.Object != nil && q.Object.Key == k
	}
	if m.describes(subjectKey(q), words) {
		return false // "Japans Notenbank": the words for it name no other
	}
	for _, o := range m.orgs.Find(words) {
		if !mine(o) {
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

func familyName(q Question) string {
	if q.Family != "" {
		return q.Family
	}
	return strings.Join(q.Concepts, "+")
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

// notHolder returns the words that are not the holder's name: "Laut der
// Deutschen Bank preisen die Märkte …" names who judges, not another
// subject of the event.
func notHolder(words []string, h *kent.Speaker) []string {
	if h == nil {
		return words
	}
	hw := fields(h.Name)
	return slices.DeleteFunc(fields(strings.Join(words, " ")), func(w string) bool { return slices.Contains(hw, w) })
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

// saying reports whether a lemma is a verb of saying or thinking ("say",
// "считать"): the holder's verb, not what is judged.
func (m *Matcher) saying(lemma string) bool {
	if m.speechLemmas[lemma] {
		return true
	}
	for _, st := range m.speech {
		// The prefix first: counting every stem's runes for every lemma
		// was a tenth of a brief's relevance.
		if lemma == st || strings.HasPrefix(lemma, st) && utf8.RuneCountInString(st) >= 4 {
			return true
		}
	}
	return false
}

// sentenceShares reports whether the judgement's sentence names the
// question's subject or family outside the proposition the surface cut:
// "новые выборы в Германии, вероятно, пройдут весной" has its subject
// before the cue. The parse frame then decides.
func (m *Matcher) sentenceShares(q Question, j kent.Judgement) bool {
	ws := fields(j.Words)
	if m.names(q, ws) {
		return true
	}
	fam, _ := m.family(q, m.textConcepts(j.Words))
	return fam
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
