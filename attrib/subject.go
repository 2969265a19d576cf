package attrib

import (
	"strings"

	"github.com/kentnews/kent"
)

// The subject of a speech or belief verb is found here from surface
// patterns. This is the seam where a dependency parse plugs in: a parser's
// nsubj of the cue verb (with its flat/appos dependents) can replace
// pickSubject's choice and personAtEnd's reading of a noun phrase without
// touching the rest of attrib.

// pickSubject chooses between a speaker candidate before a cue and one
// after it. In verb-second languages the subject follows the verb when
// something else opens the clause ("Eine Staatspleite hält Marcel
// Fratzscher für sehr wahrscheinlich", "Det tror han"): a pronoun or a
// person's full name after the verb is the subject, and a capitalised
// phrase before it that names no person is the verb's object.
func (d *doc) pickSubject(before, after np, ss int, r *rules) (np, bool) {
	if !r.verbSecond {
		return before, false
	}
	start := before.start
	for start > ss && d.toks[start-1].Word && d.inQuote[start-1] < 0 && (r.roleWords.has(d.toks[start-1].Low) || endsIn(d.toks[start-1].Low, r.roleWords)) {
		start-- // "Deka-Chefvolkswirt Ulrich Kater schätzte …": the role opens the clause with the name
	}
	if !d.clauseStart(start, ss, r) {
		return after, true
	}
	if after.kind == "pronoun" || after.kind == kent.SpeakerPerson && after.end-after.start >= 2 && before.kind != kent.SpeakerPerson {
		return after, true
	}
	if after.kind == kent.SpeakerPerson && before.kind == kent.SpeakerPerson && !d.reg.isFullName(before) {
		return after, true
	}
	return before, false
}

// isFullName reports whether n names a person the article names with a
// first name somewhere: "Staatspleite Russlands" is no one.
func (g *registry) isFullName(n np) bool {
	key := surnameKey(g.d.toks[n.end-1].Text)
	for _, p := range g.people {
		if p.kind == kent.SpeakerPerson && p.first != "" && p.surnameKy == key {
			return true
		}
	}
	return false
}

// personAtEnd reads a phrase that ends in a person's name after role words
// and their modifiers ("amerikanischen Politologen Matthias Matthijs"): the
// name, with the words before it as the role.
func (d *doc) personAtEnd(start, end int, r *rules) (np, bool) {
	b := end
	for b > start && d.isCap(d.toks[b-1]) {
		b--
	}
	b = d.stripTitles(b, end, r)
	if end-b < 2 || end-b > 4 || d.nameKind(b, end, r) != kent.SpeakerPerson || !d.hasGroupWord(start, end, r) {
		return np{}, false
	}
	return np{start: b, end: end, kind: kent.SpeakerPerson, role: d.roleText(start, b, r)}, true
}

// nameAfterRole extends a speaker after a role over the role's complement,
// capitalised or not, to a full name within a few words: "президент
// Української асоціації зовнішньої політики Володимир Хандогій". It
// returns where the phrase ends: after the name, or k when there is none.
func (d *doc) nameAfterRole(k, se int) int {
	for x := k; x < se && x < k+6 && d.toks[x].Word && d.inQuote[x] < 0; x++ {
		if !d.isCap(d.toks[x]) {
			continue
		}
		y := x
		for y < se && d.isCap(d.toks[y]) {
			y++
		}
		if y-x >= 2 && (y == se || !d.toks[y].Word || !d.isCap(d.toks[y])) && d.nameKind(x, y, d.rules(x)) == kent.SpeakerPerson {
			return y
		}
		x = y
	}
	return k
}

// roleHeads are the words of a role, hyphenated compounds split:
// "политолог-американист" gives "политолог" and "американист".
func roleHeads(role string) []string {
	return strings.FieldsFunc(strings.ToLower(role), func(r rune) bool { return r == ' ' || r == '-' })
}

// invertedTrailing reports whether f is a reporting clause with the verb
// first, set off by a comma after what was said: "…, schreibt Holstein in
// einem Kommentar.", "…, said Smith on Monday.". What follows the speaker
// there is circumstance, not content, unless a complementizer opens it.
func (d *doc) invertedTrailing(f *frame, after, end, ss int, r *rules) bool {
	if f.source || !f.npAfter || f.cueStart <= ss+2 || d.toks[f.cueStart-1].Text != "," || d.complementizerAt(after, end, r) {
		return false
	}
	for _, g := range d.sentFrames(f.sent) {
		if g != f && g.first() < f.cueStart && !g.void {
			return false // "Wie Reuters berichtet, hält X …": the clause before is a frame, not content
		}
	}
	return true
}

// complementizerAt reports whether the first word from k on (before end)
// is a complementizer: "uważa, że …", "said that …".
func (d *doc) complementizerAt(k, end int, r *rules) bool {
	for ; k < end; k++ {
		if d.toks[k].Word {
			return r.complementizers[d.toks[k].Low]
		}
	}
	return false
}

// subjectPastAdverbial finds a subject after a verb and a short adverbial
// ("опубликовал в четверг Институт мировой экономики", "sagte am Montag
// der Ökonom Lukas Weber"): up to four lower-case words, no comma and no
// complementizer, then a name of an organisation or a full person name.
func (d *doc) subjectPastAdverbial(i, se int, r *rules) np {
	if m := r.anaphors.Len(d.toks[:se], i); m > 0 {
		// "Poinformował o tym na konferencji prasowej ekonomista Piotr
		// Nowak", "Das sagte am Montag auf einer Konferenz der Ökonom
		// Lukas Weber": the anaphor, phrases of time and place, then
		// the subject.
		if n := d.subjectPastPhrases(i+m, se, r); n.ok() {
			return n
		}
	}
	for k := i; k < se && k < i+4; k++ {
		t := d.toks[k]
		if !t.Word || d.inQuote[k] >= 0 || r.complementizers[t.Low] || d.isCap(t) && k == i {
			return np{}
		}
		if k+1 >= se || !d.isCap(d.toks[k+1]) {
			continue
		}
		n := d.parseAfter(k+1, se, r)
		if n.ok() && n.start == k+1 && n.kind == kent.SpeakerOrganisation && !n.hasApposite {
			n.end = d.orgComplement(n.end, se, r)
			return n
		}
		if n.ok() && n.start == k+1 && n.kind == kent.SpeakerPerson && n.end-n.start >= 2 {
			return n
		}
		if n.ok() && n.start == k+1 && n.end-n.start == 1 && d.reporterPastAnaphor(i, k+1, n.end, se, r) {
			n.kind = kent.SpeakerOrganisation
			return n
		}
		return np{}
	}
	return np{}
}

// reporterPastAnaphor reports whether the one capitalised word at [b, e)
// after a verb and the words [i, b) is a reporter that closes a sentence
// pointing back at the one before: "Pisze o tym Reuters.", "Informuje o
// tym agencja Bloomberg.", "Повідомляє про це Укрінформ." The anaphor
// ("o tym", "об этом") right after the verb, perhaps a role word ("agencja",
// "газета") and the name ending the sentence leave no other reading; an
// acronym there needs none of this (the organisation rule above).
func (d *doc) reporterPastAnaphor(i, b, e, se int, r *rules) bool {
	m := r.anaphors.Len(d.toks[:se], i)
	if m == 0 {
		return false
	}
	if !d.describers(i+m, b, r) {
		return false
	}
	for k := e; k < se; k++ {
		if d.toks[k].Word {
			return false
		}
	}
	return true
}

// orgComplement extends an organisation's name over the lower-case words
// that belong to it in languages that write them so ("Институт мировой
// экономики", "Instytut Ekonomiczny"): up to three words that are no
// function word, cue or complementizer.
func (d *doc) orgComplement(e, se int, r *rules) int {
	for x := e; x < se && x < e+3; x++ {
		t := d.toks[x]
		if !t.Word || d.isCap(t) || d.inQuote[x] >= 0 || r.function[t.Low] || r.complementizers[t.Low] || r.verbs.Len(d.toks[:se], x) > 0 {
			return x
		}
	}
	return min(e+3, se)
}

// relativeSubject reads the subject of a cue in a relative clause: "Anna
// Berg, an economist at Nordbank, who expects a cut", "Tomasz Kowalski,
// który uważa": the noun phrase before the comma that opens the clause.
func (d *doc) relativeSubject(cue, ss int, r *rules) np {
	// The relative opens the clause the cue ends or follows: "who
	// expects", "der eine Senkung für unwahrscheinlich hält".
	j := cue - 1
	for j > ss && j > cue-12 && d.toks[j-1].Text != "," && d.inQuote[j] < 0 {
		j--
	}
	if j-1 <= ss || !r.relatives[d.toks[j].Low] || d.toks[j-1].Text != "," {
		return np{}
	}
	n := d.parseBefore(j, ss, r) // ends before the relative: the comma makes it read an apposition
	if !n.ok() {
		n = d.parseBefore(j-1, ss, r)
	}
	if n.kind == "pronoun" {
		return np{}
	}
	return n
}

// viaRelative reports whether f's speaker comes before a relative clause
// that holds the cue: what the clause's verb reports follows it.
func (d *doc) viaRelative(f *frame, r *rules) bool {
	for k := f.np.end; k < f.cueStart; k++ {
		if d.toks[k].Word && r.relatives[d.toks[k].Low] && d.toks[k-1].Text == "," {
			return true
		}
	}
	return false
}

// describedBefore reports whether f's speaker is a name set off by commas
// after the phrase describing it ("Der Präsident des DIW, Marcel
// Fratzscher, hält …"): the sentence goes on after the cue, it does not
// end in it.
func (d *doc) describedBefore(f *frame) bool {
	return !f.np.hasApposite && f.np.end < f.cueStart && d.toks[f.np.end].Text == ","
}

// groupWithModifier reads a group subject whose noun comes first and a
// modifier after it, right before the cue: "Negotiators from the major
// powers (increasingly) believe", "Experten des Instituts erwarten". The
// group noun must open the clause and nothing but lower-case words may
// follow it.
func (d *doc) groupWithModifier(cue, ss int, r *rules) np {
	j := cue
	for j > ss && d.toks[j-1].Word && (r.aux[d.toks[j-1].Low] || r.negators[d.toks[j-1].Low]) {
		j--
	}
	for g := j - 2; g >= ss && g >= j-6; g-- {
		t := d.toks[g]
		if !t.Word || d.inQuote[g] >= 0 {
			return np{}
		}
		if r.groups.has(t.Low) && d.clauseStart(g, ss, r) {
			return np{start: d.groupStart(g, ss, r), end: d.beforeAdverbs(g+1, j), kind: kent.SpeakerGroup}
		}
	}
	return np{}
}

// beforeAdverbs moves the end e of a subject phrase that starts its
// modifiers at from back over the adverbs before the verb: "Economists
// fully expect", "Analysts unanimously predicted" are held by economists
// and analysts. Adverbs are the parse's; without one the phrase stays.
func (d *doc) beforeAdverbs(from, e int) int {
	if e <= from {
		return e
	}
	p := d.parseOf(d.toks[e-1].Sentence)
	if p == nil {
		return e
	}
	for e > from && e-1 >= p.base && e-1 < p.base+len(p.words) && p.upos(e-1) == "ADV" {
		e--
	}
	return e
}

// unsure reports whether the surface candidates before and after the cue
// at i leave its subject in doubt, so that the sentence is worth parsing:
// both sides offer one; or none does and a parenthesis or an inserted
// phrase ends right before the verb, where the surface reading stops; or
// a verb-second clause puts something before the verb ("Nate Silver
// (FiveThirtyEight) sieht die Chancen von Trump …"). A subject right
// before the verb of a subject-first language, a verb opening its clause
// and a verb with no subject in sight are sure: a parse costs as much as
// fifty sentences of surface reading.
func (d *doc) unsure(i int, before, after np, ss int, r *rules) bool {
	prev := ""
	if i > ss {
		prev = d.toks[i-1].Text
	}
	switch {
	case before.ok() && after.ok():
		return true
	case before.ok():
		return false
	case !after.ok() && (prev == ")" || prev == "," && !d.clauseStart(i-1, ss, r)):
		return true // "The Macroeconomic Policy Institute (IMK) puts", "La mayoría de los economistas, 55 de 82, cree"
	case d.clauseStart(i, ss, r):
		return false
	}
	return r.verbSecond
}

// subjectPastPhrases reads the subject after phrases of time and place
// that open at i (across.go adverbialEnd): an organisation, a full name or
// a role with one. Only where an anaphor stands by the verb, so the
// subject cannot be before it and the phrase is no object's.
func (d *doc) subjectPastPhrases(i, se int, r *rules) np {
	j := i
	for e := d.adverbialEnd(j, se, r); e > j; e = d.adverbialEnd(j, se, r) {
		j = e
	}
	if j == i || j < se && r.genitiveArticles[d.toks[j].Low] && !r.roleWords.has(d.toks[min(j+1, se-1)].Low) {
		return np{}
	}
	if n := d.parseAfter(j, se, r); n.ok() && (n.kind == kent.SpeakerOrganisation || n.end-n.start >= 2 || n.role != "") {
		return n
	}
	return np{}
}
