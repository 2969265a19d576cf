package attrib

import (
	"sort"
	"strings"
	"unicode"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/names"
)

// gender is what a pronoun, a verb ending or a first name says about a
// person: unknown, a man or a woman.
type gender byte

const (
	anyGender gender = iota
	male
	female
)

// genderRules are the words that mark gender in one language: pronouns,
// past-tense verb endings (powiedziała, сказала), and the endings of
// women's first names shared by all languages.
type genderRules struct {
	masculine, feminine set
	femSingular         set // "sie": a woman with a singular verb, a group with a plural one
	mascEnd, femEnd     []string
	nameFemEnd          []string
	mascFirst, femFirst set // given names whose ending misleads: Nikita, Kuba (a man's); Любовь (a woman's)
}

func newGenderRules(a, all lexicon.Attribution) genderRules {
	return genderRules{
		masculine: newSet(a.Masculine), feminine: newSet(a.Feminine), femSingular: newSet(a.FeminineSingular),
		mascEnd: a.MasculineEndings, femEnd: a.FeminineEndings,
		nameFemEnd: all.FeminineEndings,
	}
}

// of reads the gender a subject word marks: a pronoun ("she", "он"), or
// for a subjectless verb its ending ("powiedziała" is a woman's).
func (g genderRules) of(w string) gender {
	if p := g.ofPronoun(w); p != anyGender {
		return p
	}
	// Feminine endings are longer ("-ła" against "-ł"), so they go first.
	for _, e := range g.femEnd {
		if strings.HasSuffix(w, e) {
			return female
		}
	}
	for _, e := range g.mascEnd {
		if strings.HasSuffix(w, e) {
			return male
		}
	}
	return anyGender
}

// ofNoun reads the grammatical gender of a noun (an organisation's head
// word) in a language whose verbs mark gender: a feminine ending as the
// language's feminine past-tense verbs end ("komisja", "комиссия"), else
// masculine after a consonant ("urząd", "фонд"); a noun ending in another
// vowel (neuter "ministerstwo") says nothing.
func (g genderRules) ofNoun(w, vowels string) gender {
	r := []rune(w)
	if len(r) < 3 {
		return anyGender
	}
	last := r[len(r)-1]
	for _, e := range g.femEnd {
		if er := []rune(e); len(er) > 0 && er[len(er)-1] == last {
			return female // "-ła" and "komisja" end alike; "-ла" and "служба"
		}
	}
	if last == 'я' {
		return female // "комиссия", "комісія"
	}
	if strings.ContainsRune(vowels, last) || last == 'ь' || !unicode.IsLetter(last) {
		return anyGender
	}
	return male
}

// ofPronoun reads the gender of a pronoun only: "его", "her".
func (g genderRules) ofPronoun(w string) gender {
	switch {
	case g.feminine[w]:
		return female
	case g.masculine[w]:
		return male
	}
	return anyGender
}

// ofName reads a person's gender from a first name ("Katia", "Мария"),
// or says nothing when there is none.
func (g genderRules) ofName(first string) gender {
	f := strings.Fields(strings.ToLower(first))
	if len(f) == 0 {
		return anyGender
	}
	switch {
	case g.mascFirst[f[0]]:
		return male
	case g.femFirst[f[0]]:
		return female
	}
	for _, e := range g.nameFemEnd {
		if strings.HasSuffix(f[0], e) {
			return female
		}
	}
	return male
}

// personMention is a person named as the subject of a sentence, in text
// order: what a later pronoun can stand for.
type personMention struct {
	tok int
	p   *entity
	g   gender // an organisation's grammatical gender ("Komisja" is feminine), where verbs mark it
}

// subjectMentions lists the people the article names at the start of a
// clause, after any title ("Premier Alexander De Croo, for his part,
// believes …"), so a pronoun can find the person last talked about even
// when no reporting verb named them.
func (d *doc) subjectMentions() []personMention {
	var out []personMention
	lower := d.lower
	for s := range d.sentTok {
		ss, se := d.sentTok[s][0], d.sentTok[s][1]
		if ss < 0 {
			continue
		}
		r := d.rules(ss)
		if b, j := d.frontedSubject(ss, se, r); b >= 0 {
			out = append(out, personMention{tok: b, p: d.reg.add(b, j, kent.SpeakerPerson)})
			continue // "Im Parlament machte Nikol Paschinjan …" (frontedsubject.go)
		}
		i := ss
		i += r.sources.Len(d.toks[:se], i) // "Secondo CoinDesk": the source cue is no part of the name
		// Skip titles, roles and places before the name.
		titled := false
		for i < se && d.toks[i].Word && (r.function[d.toks[i].Low] || r.roleWords.has(d.toks[i].Low)) {
			titled = titled || r.roleWords.has(d.toks[i].Low)
			i++
		}
		for i < se && lower[d.toks[i].Low] {
			i++ // "When Russia …": a word the article also writes in lower case is no name
		}
		j := d.nameRun(i, se)
		if j == i {
			continue
		}
		if p := i - 1; p > ss && d.toks[p].Word && !d.isCap(d.toks[p]) && r.function[d.toks[p].Low] && !r.articles[d.toks[p].Low] && !r.determiners[d.toks[p].Low] && !r.conj[d.toks[p].Low] {
			continue // "In a letter to Charles Michel he warned": a preposition's object, no subject
		}
		if j < se && j-1-i >= 2 && d.caseAffiliation(j, ss, r) == j-1 {
			j-- // "Sanna Korhonen Helsingin yliopistosta": the last capital is the affiliation's
		}
		if titled && j-i >= 3 {
			i++ // "Премьер-министр Бельгии Александр де Кроо": the title's complement comes first
		}
		b := d.stripTitles(i, j, r)
		if kind := d.nameKind(b, j, r); kind == kent.SpeakerOrganisation && len(r.gender.femEnd) > 0 && j-b <= 4 {
			// "Komisja Europejska obniżyła …; jak ostrzegła, …": where
			// past-tense verbs mark gender, an organisation named as a
			// subject is what a later verb of its noun's gender stands for
			if g := r.gender.ofNoun(d.toks[b].Low, r.stemVowels); g != anyGender && !d.hasPlace(b, j) {
				out = append(out, personMention{tok: b, p: d.reg.add(b, j, kind), g: g})
			}
			continue
		}
		if d.nameKind(b, j, r) != kent.SpeakerPerson || j-b > 4 {
			continue
		}
		if d.hasPlace(b, j) {
			continue // "When Russia", "Såväl Ryssland": a place is nobody
		}
		if j-b == 1 && !d.reg.known(b) {
			continue // a capitalised word alone names someone only if the article named them in full
		}
		out = append(out, personMention{tok: b, p: d.reg.add(b, j, kent.SpeakerPerson)})
	}
	return out
}

// known reports whether a one-word mention is the surname of a person the
// article names in full.
func (g *registry) known(tok int) bool {
	key := surnameKey(g.d.toks[tok].Text)
	for _, p := range g.people {
		if p.kind == kent.SpeakerPerson && p.first != "" && p.surnameKy == key {
			return true
		}
	}
	return false
}

// antecedent is the person a pronoun (or a subjectless verb) at token at
// stands for: the latest speaker or the latest person named as a subject,
// whichever came last, of the gender the pronoun marks. It returns nil
// when no one fits: Kent never invents a speaker.
func (d *doc) antecedent(n np, lastSpeaker *entity) *entity {
	r := d.rules(n.start)
	want := r.gender.of(d.toks[n.start].Low)
	for x := n.start + 1; x < n.end && want == anyGender; x++ {
		want = r.gender.ofPronoun(d.toks[x].Low) // "по её словам", "in his view"
	}
	if want == anyGender && r.gender.femSingular[d.toks[n.start].Low] && d.singularVerb(n.start) {
		want = female // "Sie hält …" is a woman's; "Sie halten …" a group's
	}
	fits := func(p *entity) bool {
		if p == nil || p.kind != kent.SpeakerPerson {
			return false
		}
		return want == anyGender || p.first == "" || r.gender.ofName(p.first) == want
	}
	fitsMention := func(m personMention) bool {
		if m.g != anyGender {
			return want == m.g // an organisation: only a verb or pronoun of its gender stands for it
		}
		return fits(m.p)
	}
	var best *entity
	bestAt := -1
	if fits(lastSpeaker) {
		best, bestAt = lastSpeaker, lastSpeaker.lastUse
	}
	// The latest fitting subject before the pronoun, at most two
	// paragraphs back.
	k := sort.Search(len(d.subjects), func(i int) bool { return d.subjects[i].tok >= n.start })
	for k--; k >= 0 && d.subjects[k].tok > bestAt && d.toks[n.start].Paragraph-d.toks[d.subjects[k].tok].Paragraph <= 2; k-- {
		if fitsMention(d.subjects[k]) && !d.relayed[d.subjects[k].tok] {
			return d.subjects[k].p
		}
	}
	return best
}

// surnameKey is the key a person's last name is known by in the registry.
func surnameKey(w string) string {
	return names.Key(strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s"))
}

// lowerWords is the set of words the article writes in lower case
// somewhere: a capitalised word among them is a common word at the start
// of a sentence ("When", "Wohl", "Jak"), not a name.
func (d *doc) lowerWords() map[string]bool {
	seen := make(map[string]bool, len(d.toks)/4)
	for _, t := range d.toks {
		if t.Word && t.Text == t.Low {
			seen[t.Low] = true
		}
	}
	return seen
}

func (d *doc) hasPlace(b, e int) bool {
	for x := b; x < e && d.e.places != nil; x++ {
		for _, k := range d.e.places.MatchKeys(d.toks[x].Text) {
			if !strings.HasSuffix(k, "/leader") {
				return true // a country, its people or its capital; its leader is a person
			}
		}
	}
	return false
}

// particle reports whether token k is a name particle ("де", "van"): a
// connector of names that is not also an ordinary word of the language
// ("и", "and", "of"), so "Путин и Лукашенко" stays two people.
func (d *doc) particle(k int) bool {
	r := d.rules(k)
	low := d.toks[k].Low
	if r.connectors[low] && !r.function[low] {
		return true
	}
	// A surname particle of any origin after a given name: "Ursula von
	// der Leyen" in Polish or Russian text.
	if !d.e.particles[low] || r.conj[low] {
		return false
	}
	x := k - 1
	for x >= 0 && x > k-3 && !d.isCap(d.toks[x]) && d.e.particles[d.toks[x].Low] {
		x--
	}
	return x >= 0 && d.toks[x].Sentence == d.toks[k].Sentence && d.isCap(d.toks[x]) && d.e.first[d.toks[x].Low]
}

// nameRun returns the end of the run of capitalised words from i, with the
// lower-case particles names carry inside ("Александр де Кроо").
func (d *doc) nameRun(i, se int) int {
	j := i
	for j < se && d.inQuote[j] < 0 {
		if d.isCap(d.toks[j]) && !d.lower[d.toks[j].Low] {
			j++
			continue
		}
		k := j
		for k < se && k < j+2 && d.toks[k].Word && !d.isCap(d.toks[k]) && d.particle(k) {
			k++
		}
		if k == j || k >= se || j == i || !d.isCap(d.toks[k]) {
			break
		}
		j = k
	}
	return j
}

// singularVerb reports whether the parse makes the word at x the subject
// of a verb in the singular.
func (d *doc) singularVerb(x int) bool {
	p := d.parseOf(d.toks[x].Sentence)
	if p == nil || x < p.base || x >= p.base+len(p.words) {
		return false
	}
	h := p.head(x)
	return h >= 0 && strings.HasPrefix(p.rel(x), "nsubj") && strings.Contains(p.feats(h), "Number=Sing")
}
