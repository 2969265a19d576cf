package question

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
)

// Parse reads a question's frame from its text, in whatever language it is
// written: its places, its subject (the first place, organisation or person
// it names), its event family (the first key family of the lexicon its
// words use), an object (the next organisation or place), its polarity and
// its time bound.
func (m *Matcher) Parse(text string) Question {
	return m.parse(text, m.languageOf(fields(text)), false)
}

// languageOf is the language whose function words a question uses most
// ("Will", "the" → en; "Czy", "w" → pl), or "" on a tie or none: a
// question's names take the case endings of its own language only, so
// "Kamala Harris" in English keeps its s (a German genitive would lose it).
func (m *Matcher) languageOf(words []string) string {
	best, bestN, ties := "", 0, 0
	for c, fw := range m.functionOf {
		n := 0
		for _, w := range words {
			if fw[strings.ToLower(strings.Trim(w, "?¿!.,;:«»\"„“”"))] {
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, ties = c, n, 0
		case n == bestN:
			ties++
		}
	}
	if bestN == 0 || ties > 0 {
		return ""
	}
	return best
}

// parse is Parse; with arcs, a two-word event form may span only a
// syntactic head and its dependent of the language's parse, else any two
// words near each other.
func (m *Matcher) parse(text, lang string, arcs bool) Question {
	q := Question{Text: text}
	words := fields(m.mainClause(text, lang))
	seen := map[string]bool{}
	for i, w := range words {
		ps := m.placesOf(w)
		if k, _ := m.askedAt(words, i); k != "" {
			ps = append(ps, k)
		}
		for _, p := range ps {
			if !seen[p] {
				seen[p] = true
				q.Places = append(q.Places, p)
			}
		}
	}
	// Names of two or three words ("South Korea's"), in any role.
	for i := range words {
		for n := min(3, len(words)-i); n >= 2; n-- {
			name := strings.ToLower(strings.Join(words[i:i+n], " "))
			name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
			if r, ok := m.cldrMulti[name]; ok && !seen[r] {
				seen[r] = true
				q.Places = append(q.Places, r)
			}
		}
		if r, n := m.multiPlaces.Longest(lower(words[i:min(i+3, len(words))])); n > 0 && !seen[r] {
			seen[r] = true
			q.Places = append(q.Places, r)
		}
	}
	low := lower(words)
	famAt := map[int]bool{}
	found := map[string]bool{}
	m.events.Match(low, func(c string, i int) {
		found[c] = true
		famAt[i] = true
	})
	for _, c := range m.concepts {
		if found[c.Name] && !c.HasOpposite() && !c.Flips && !c.Key { // staying out or refusing is never what is asked; the one key family is chosen below
			q.Concepts = append(q.Concepts, c.Name)
		}
	}
	hits := m.eventHits(low, m.pairsOf(words, lang, arcs))
	hits = append(hits, m.acrossNames(words, low, lang, hits)...)
	hits = append(hits, m.compoundHeads(words, low, lang, hits)...)
	m.markAttributive(words, hits)
	m.markSettings(low, hits)
	m.markTimeBound(low, hits, m.timeBoundOf(text))
	if len(hits) > 0 && !slices.ContainsFunc(hits, func(h eventHit) bool { return !h.setting }) {
		// Only a when ("vor der Wahl", "ennen vaaleja") is named outright:
		// a compound's head may name what is asked
		// ("Unabhängigkeitsreferendum", "itsenäisyyskansanäänestyksen").
		n := len(hits)
		hits = append(hits, m.compoundHeads(words, low, lang, nil)...)
		m.markAttributive(words, hits[n:])
	}
	for _, h := range hits {
		for _, i := range h.at {
			famAt[i] = true
		}
	}
	var inverted bool
	q.Family, inverted = m.eventOf(hits)
	if q.Family != "" && !slices.Contains(q.Concepts, q.Family) {
		q.Concepts = append(q.Concepts, q.Family)
	}
	for _, c := range m.coordinated(low, hits, q.Family) {
		if !slices.Contains(q.Concepts, c) {
			q.Concepts = append(q.Concepts, c)
		}
	}
	ents, at := m.entitiesIn(words, famAt, beforeYear(text), lang)
	if len(ents) > 0 {
		q.Subject = &ents[0]
	}
	m.homePlace(&q, ents, words, lang)
	q.Object = m.objectOf(ents, at, hits)
	if q.Family == "candidacy" && q.Object != nil && q.Object.Kind == "organisation" && q.Subject != nil && q.Subject.Kind == "place" {
		// A country's candidacy for a union ("EU-Kandidatenstatus",
		// "candidate status") is a step of membership, not a run for office.
		q.Family = "membership"
		if !slices.Contains(q.Concepts, q.Family) {
			q.Concepts = append(q.Concepts, q.Family)
		}
	}
	if into := m.intoFamily(hits); into != "" && q.Object != nil && q.Object.Kind == "organisation" && (q.Family == "" || onlySettings(hits, q.Family)) && !namesSetting(ents, at, q.Object, hits) {
		// "zaproszona do NATO na szczycie", "Kutsutaanko Ukraina Natoon
		// huippukokouksessa": an invitation to an organisation, at a
		// summit, is a step of joining it.
		q.Concepts = slices.DeleteFunc(q.Concepts, func(c string) bool { return c == q.Family })
		q.Family, inverted = into, false
		if !slices.Contains(q.Concepts, q.Family) {
			q.Concepts = append(q.Concepts, q.Family)
		}
	}
	if v, lifted := m.vetoOf(q, ents, hits, inverted); v != "" {
		// "Will Hungary veto the opening of accession talks with
		// Ukraine?": the veto is asked, not Hungary's own accession.
		q.Concepts = slices.DeleteFunc(q.Concepts, func(c string) bool { return c == q.Family })
		q.Family, inverted = v, lifted
		if !slices.Contains(q.Concepts, v) {
			q.Concepts = append(q.Concepts, v)
		}
	}
	q.Joint = m.joint(q, ents, at, words, famAt)
	stay := m.stayingOut(hits)
	if q.Family == "" && stay != "" && q.Object != nil && q.Object.Kind == "organisation" {
		// "stay out of the EU", "stå utanför EU", "pozostanie poza Unią":
		// staying out of what the opposite enters, with an organisation,
		// is that organisation's family asked negated (entering the EU is
		// joining it).
		if into := m.byName[m.byName[stay].Opposite()].Into; into != "" {
			q.Family, inverted = into, true
		}
	}
	fam := q.Family
	q.Family = m.warEntry(q, found)
	if stay != "" && fam == "" && q.Family != "" {
		inverted = true // "stay out of the war", "hålla sig utanför kriget": war entry, negated
	}
	if q.Family != "" && !slices.Contains(q.Concepts, q.Family) {
		q.Concepts = append(q.Concepts, q.Family)
	}
	if q.Subject != nil && q.Subject.Kind == "person" {
		if o := m.officesIn(words); len(o) > 0 {
			q.Office = o[0].office
		}
	}
	opens := map[int]bool{}
	for _, h := range hits {
		if len(h.at) > 1 {
			opens[h.at[0]] = true
		}
	}
	for i, w := range low {
		if opens[i] {
			// A negator that opens an event's own form ("no longer be
			// prime minister", "no camp … win") is that event's word.
			continue
		}
		// A negator of another language that is a month here ("mai", never
		// in Italian, is May in German and French) negates nothing.
		if langs := m.negators[w]; len(langs) > 0 && (!m.ambiguous[w] && !isMonth(w) || slices.Contains(langs, lang)) {
			q.Negated = true
		}
	}
	q.Negated = q.Negated != inverted
	q.TimeBound = m.timeBoundOf(text)
	return q
}

// Understand completes a question from its text: the parts a question file
// set stay, the rest are read. A question Kent cannot read is an error that
// says what Kent found and what it lacks.
func (m *Matcher) Understand(q Question) (Question, error) {
	p := m.Parse(q.Text)
	if len(q.Places) == 0 {
		q.Places = p.Places
	}
	if len(q.Concepts) == 0 {
		q.Concepts = p.Concepts
	}
	if q.Family == "" {
		q.Family = p.Family
		if q.Family == "" {
			q.Family = m.firstKey(q.Concepts)
		}
	}
	if q.Family != "" && !slices.Contains(q.Concepts, q.Family) {
		q.Concepts = append(q.Concepts, q.Family)
	}
	if q.Subject == nil {
		q.Subject = p.Subject
		if q.Subject == nil && len(q.Places) > 0 {
			q.Subject = &kent.FrameEntity{Name: q.Places[0], Kind: "place", Key: q.Places[0]}
		}
	}
	if q.Object == nil {
		q.Object = p.Object
	}
	if !q.Joint && p.Joint && q.Subject != nil && p.Subject != nil && q.Subject.Key == p.Subject.Key && q.Object != nil && p.Object != nil && q.Object.Key == p.Object.Key {
		q.Joint = true
	}
	if q.Office == "" && q.Subject != nil && p.Subject != nil && q.Subject.Key == p.Subject.Key {
		q.Office = p.Office
	}
	q.Negated = q.Negated || p.Negated
	if q.TimeBound == "" {
		q.TimeBound = p.TimeBound
	}
	var lacks []string
	if q.Subject == nil && q.Family == "" {
		// An event alone is a question on it wherever it comes ("Will
		// the ceasefire hold?"); with neither, nothing is asked.
		lacks = append(lacks, "a subject (a place, organisation or person Kent knows)")
	}
	if q.Family == "" {
		lacks = append(lacks, "an event (a family of the event lexicon: join, win, resign, default, sign a deal …)")
	}
	if _, ok := m.byName[q.Family]; q.Family != "" && !ok {
		lacks = append(lacks, fmt.Sprintf("a known event family (%q is not one)", q.Family))
	}
	if len(lacks) > 0 {
		return q, kent.Errorf(kent.EINVALID, "cannot read the question %q: found %s; it lacks %s — set subject and family in a --question-file",
			q.Text, m.Frame(q).Summary, strings.Join(lacks, " and "))
	}
	return q, nil
}

// Frame is what Kent understood, for the brief.
func (m *Matcher) Frame(q Question) kent.QuestionFrame {
	f := kent.QuestionFrame{Subject: q.Subject, Family: q.Family, Object: q.Object, Negated: q.Negated, TimeBound: q.TimeBound}
	var parts []string
	ent := func(e *kent.FrameEntity) string {
		if e == nil {
			return "—"
		}
		return fmt.Sprintf("%s (%s %s)", e.Name, e.Kind, e.Key)
	}
	if anyone(q) && q.Family != "" {
		parts = append(parts, "subject any (the question names none)")
	} else {
		parts = append(parts, "subject "+ent(q.Subject))
	}
	fam := q.Family
	if fam == "" {
		fam = "—"
	}
	parts = append(parts, "event "+fam)
	if q.Object != nil {
		parts = append(parts, "object "+ent(q.Object))
		if q.Joint {
			parts[len(parts)-1] += ", jointly with the subject"
		}
	}
	parts = append(parts, map[bool]string{false: "polarity positive", true: "polarity negative (asks whether it does not happen)"}[q.Negated])
	if q.TimeBound != "" {
		parts = append(parts, "time "+q.TimeBound)
	}
	f.Summary = strings.Join(parts, " · ")
	return f
}

// warEntry is the family of a question that asks whether its subject
// enters or joins a war ("enter the war", "przystąpi do wojny", "вступит в
// войну", "liittyy sotaan"): the verbs of joining are read as membership or
// as no family at all, but joining a war is what Kent's war-entry concept
// (armed forces entering the fighting) asks. Joining an alliance or an
// organisation stays membership.
func (m *Matcher) warEntry(q Question, found map[string]bool) string {
	const war, entry = "war", "military"
	if !found[war] || q.Family != "" && q.Family != "membership" || q.Object != nil && q.Object.Kind == "organisation" {
		return q.Family
	}
	if _, ok := m.byName[entry]; !ok {
		return q.Family
	}
	return entry
}

// stayingOut is the opposite the question's hits name that no key family
// stands for ("abstain": staying out, whose opposite enters), or "".
func (m *Matcher) stayingOut(hits []eventHit) string {
	for _, h := range hits {
		if ec := m.byName[h.concept]; m.opposesNoKey(ec) && !h.attr {
			return h.concept
		}
	}
	return ""
}

func (m *Matcher) firstKey(concepts []string) string {
	for _, c := range concepts {
		if m.byName[c].Key {
			return c
		}
	}
	return ""
}

func lower(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = strings.ToLower(w)
	}
	return out
}

// surnameKey is a person's key: the consonants of the surname's
// cross-script skeleton (names.Skeleton: Trump, Трампа → trmp; Johnson,
// Джонсона → nsn; Scholz, Шольца → shlc), which survives transliteration
// and most case endings. Articles' words are keyed alike (Keys, stored with
// each judgement), so a question in one script finds the other.
func surnameKey(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	k := names.Key(w)
	s := skeleton(names.Skeleton(w))
	if len(s) < 2 && k != "" && !strings.HasPrefix(s, k[:1]) {
		// One consonant tells too little ("Yoon", "Юн" → n would be "Ein",
		// "Una"): the initial is kept (yn).
		s = k[:1] + s
	}
	return s
}

func skeleton(k string) string {
	var b strings.Builder
	for i, r := range k {
		switch r {
		case 'a', 'e', 'i', 'o', 'u', 'y', '\'', '-':
			continue
		case 'c':
			if strings.HasPrefix(k[i+1:], "k") {
				continue // Навроцький (navrocki) is Nawrocki (navroki: Latin ck is k)
			}
		case 'z':
			r = 's'
		case 'g':
			r = 'h' // Гарріс, Harris
		}
		b.WriteRune(r)
	}
	return b.String()
}

// beforeYear returns the words that stand right before a year in text
// ("Ende" in "Olaf Scholz Ende 2024"): the words the entity reader sees
// hold no digits, so it is told which capitalised word is a time's.
func beforeYear(text string) map[string]bool {
	toks := strings.Fields(text)
	out := map[string]bool{}
	for i := 0; i+1 < len(toks); i++ {
		if yearTok.MatchString(strings.Trim(toks[i+1], ".,;:?!")) {
			out[strings.Trim(toks[i], ".,;:?!")] = true
		}
	}
	return out
}

// joint reports whether the question's object is joined to its subject by
// "and" before the first word of its event ("Russia and Ukraine sign"):
// both parties do the event.
func (m *Matcher) joint(q Question, ents []kent.FrameEntity, at []int, words []string, famAt map[int]bool) bool {
	if q.Subject == nil || q.Object == nil || len(ents) < 2 {
		return false
	}
	event := -1
	for i := range words {
		if famAt[i] {
			event = i
			break
		}
	}
	for k := 1; k < len(ents); k++ {
		if ents[k].Key != q.Object.Key {
			continue
		}
		o := at[k]
		return o > at[0]+1 && m.conj[strings.ToLower(words[o-1])] && (event < 0 || o < event)
	}
	return false
}
