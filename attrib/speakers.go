package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
)

// parseAfter reads a speaker that follows a cue: "said Mark Cancian, a
// former … colonel", "säger han", "stresses political scientist Valery
// Karbalevich", "said a senior official".
func (d *doc) parseAfter(i, se int, r *rules) np {
	if i >= se || !d.toks[i].Word {
		return np{}
	}
	if r.pronouns[d.toks[i].Low] {
		return np{start: i, end: i + 1, kind: "pronoun"}
	}
	if r.complementizers[d.toks[i].Low] {
		return np{} // "it is thought that Putin …": the clause, not a speaker
	}
	k := d.speakerRunEnd(i, se, r)
	if k == i {
		return np{}
	}
	if d.possessiveBeforeNoun(k-1, se) {
		return np{} // "do not expect Nicola Sturgeon's plan": the object's owner, no speaker
	}
	k, affEnd := d.affiliationAfter(i, k, se, r)
	n, ok := d.speakerInRun(i, k, r)
	if !ok {
		return np{}
	}
	if affEnd > k && n.kind == kent.SpeakerPerson {
		// "sanoo professori Jussi Laine Helsingin yliopistosta"
		n.aff, n.tail = d.text(k, affEnd), affEnd
		return n
	}
	if p, ok := d.nameAfterDescription(n, i, k, se, r); ok {
		return p // "sagte der Sprecher des katarischen Außenministeriums, Madschid al-Ansari."
	}
	if g, ok := d.groupWithOwner(n, i, k, se, r); ok {
		return g // "…, said analysts at Nordbank", "…, считают аналитики Сбербанка" (orgnames.go)
	}
	d.appositionAfter(&n, k, se, r)
	return n
}

// nameAfterDescription reads the name set off by a comma after a
// description of one person that follows a cue (tokens [i, k)): "said the
// spokesman of the foreign ministry, Majed al-Ansari." The name ends its
// sentence or clause; the description becomes the role.
func (d *doc) nameAfterDescription(n np, i, k, se int, r *rules) (np, bool) {
	if n.kind == kent.SpeakerPerson || !d.singularRoleIn(i, k, r) {
		return np{}, false
	}
	for k < se && k < i+8 && d.toks[k].Word && d.inQuote[k] < 0 && r.verbs.Len(d.toks[:se], k) == 0 {
		k++ // the description's complement: "des katarischen Außenministeriums"
	}
	if k+2 >= se || d.toks[k].Text != "," {
		return np{}, false
	}
	b, e := k+1, k+1
	for e < se && (d.isCap(d.toks[e]) || d.particleName(d.toks[e])) && d.inQuote[e] < 0 {
		e++
	}
	if e-b < 2 || e-b > 4 || e < se && d.toks[e].Word || !d.isCap(d.toks[b]) {
		return np{}, false
	}
	if e < se && d.toks[e].Text != "," && d.toks[e].Text != "." {
		return np{}, false
	}
	return np{start: b, end: e, kind: kent.SpeakerPerson, role: d.roleText(i, k, r)}, true
}

// singularRoleIn reports whether a role word naming one person stands in
// tokens [i, k).
func (d *doc) singularRoleIn(i, k int, r *rules) bool {
	for x := i; x < k; x++ {
		if d.toks[x].Word && d.singularRole(d.toks[x].Low, r) {
			return true
		}
	}
	return false
}

// particleName: "al-Ansari", "el-Sisi", "bin-Salman": a name particle
// joined to a capitalised surname.
func (d *doc) particleName(t kent.Token) bool {
	p, rest, ok := strings.Cut(t.Text, "-")
	if !ok || rest == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) && d.e.particles[strings.ToLower(p)]
}

// speakerRunEnd returns the end of the words after a cue at i that can
// name a speaker: capitalised words, roles and group nouns, joined by
// connectors.
func (d *doc) speakerRunEnd(i, se int, r *rules) int {
	k := i
	for k < se && (d.toks[k].Word || d.titleDot(k, i, se)) {
		t := d.toks[k]
		if !t.Word || d.isCap(t) || r.roleWords.has(t.Low) || r.groups.has(t.Low) || (k > i && r.connectors[t.Low]) || (k == i && r.function[t.Low]) {
			k++
			continue
		}
		if x := d.particlesOn(k, se); x > k {
			k = x // "Ursula von der Leyen" in a language whose connectors lack "von"
			continue
		}
		if k == i+1 && r.articles[d.toks[i].Low] && d.roleWithin(k+1, se, r) {
			k++ // "sagte ein israelischer Regierungsvertreter": an adjective between article and role
			continue
		}
		break
	}
	for k > i && (r.connectors[d.toks[k-1].Low] || d.nameParticle(k-1, r)) && !d.isCap(d.toks[k-1]) {
		k--
	}
	// "министр обороны Виктор Хренин", "советник главы офиса президента
	// Михаил Подоляк": a role, its lower-case complement, then the name.
	if k > i && k < se && d.hasGroupWord(i, k, r) && !d.isCap(d.toks[k-1]) {
		for x := k; x < se && x < k+4 && d.toks[x].Word && d.inQuote[x] < 0; x++ {
			if d.isCap(d.toks[x]) {
				y := x
				for y < se && d.isCap(d.toks[y]) {
					y++
				}
				k = d.ownerNameEnd(y, se, r)
				break
			}
		}
	}
	if k > i && k < se && d.hasGroupWord(i, k, r) {
		k = d.nameAfterRole(k, se) // "il ministro delle Finanze tedesco Christian Lindner"
	}
	return k
}

// speakerInRun splits the run [i, k) after a cue into a role and the name
// that ends it; a run with no name is a group ("a senior official"), or
// nobody.
func (d *doc) speakerInRun(i, k int, r *rules) (np, bool) {
	if pb, pe, ok := d.personThenAff(i, k, r); ok {
		// "der Politikexperte Diego Bayón von Harmon Consulting"
		// The affiliation ends the phrase: what a reporting verb before
		// it reports is not "of Capital Economics" (tail).
		return np{start: pb, end: pe, tail: k, kind: kent.SpeakerPerson, aff: d.text(pe+1, k), role: d.roleText(i, pb, r)}, true
	}
	b := d.nameStartInRun(i, k, r)
	// "analityka Ośrodka Studiów Wschodnich Kamila Kłysińskiego": an
	// organisation's name followed by a person's in one capitalised run.
	aff, roleEnd := "", b
	// Not where a connector comes before the last two words: "Centre for
	// European Reform", "Institut für Weltwirtschaft" are one name.
	if k-b >= 3 && d.isCap(d.toks[k-3]) {
		for x := b; x < k-2; x++ {
			// "глава ГУР Минобороны Украины Кирилл Буданов": an
			// acronym opens the organisation's name as an organisation
			// word does.
			if k-b >= 4 && r.orgWords.has(d.toks[x].Low) || names.AcronymWord(d.toks[x].Text) && d.isCap(d.toks[k-2]) && !names.AcronymWord(d.toks[k-2].Text) {
				aff = d.text(b, k-2)
				b = k - 2
				break
			}
		}
	}
	if b < k {
		n := np{start: b, end: k, kind: d.nameKind(b, k, r), aff: aff}
		if role := d.roleText(i, roleEnd, r); role != "" {
			n.role = role
		}
		return n, true
	}
	if !d.hasGroupWord(i, k, r) {
		return np{}, false
	}
	return np{start: i, end: k, kind: kent.SpeakerGroup}, true
}

// ownerNameEnd goes on from a capitalised run ending at y over a
// description of the organisation to its name, when that ends the clause:
// "analysts at the Swiss bank UBS" (not "… the Swiss"), "der Schweizer
// Großbank UBS". It returns y where no name follows.
func (d *doc) ownerNameEnd(y, se int, r *rules) int {
	for z := y; z < se && z < y+3 && d.toks[z].Word && d.inQuote[z] < 0; z++ {
		if d.isCap(d.toks[z]) {
			e := z
			for e < se && d.toks[e].Word && d.isCap(d.toks[e]) {
				e++
			}
			if e >= se || !d.toks[e].Word {
				return e
			}
			return y
		}
		if r.function[d.toks[z].Low] || r.verbs.Len(d.toks[:se], z) > 0 {
			return y
		}
	}
	return y
}

// subjectOpening returns where the subject whose last conjunct starts at b
// begins: the sentence's first word when only its head and articles stand
// before ("The leaders of Portugal and Belgium"), else b.
func (d *doc) subjectOpening(b, ss int, r *rules) int {
	for ss < b && !d.toks[ss].Word {
		ss++
	}
	if ss >= b || r.function[d.toks[ss].Low] && !r.articles[d.toks[ss].Low] && !r.determiners[d.toks[ss].Low] {
		return b
	}
	for x := ss; x < b; x++ {
		if !d.toks[x].Word || d.inQuote[x] >= 0 || r.verbs.Len(d.toks[:b], x) > 0 {
			return b
		}
	}
	return ss
}

// nameStartInRun returns where the name ending the run [i, k) starts: the
// name is the last capitalised run, and what precedes it is a role ("Russia
// correspondent Eva Hartog"), titles included.
func (d *doc) nameStartInRun(i, k int, r *rules) int {
	b := d.capRunStart(k, i, r, false)
	b = d.cutAtConnector(b, k, r)
	if b < k {
		b = d.stripTitles(b, k, r)
	}
	return b
}

// parseSource reads the source after "according to", "laut", "по словам":
// as parseAfter, but in languages that write nouns with a capital or put no
// comma after the source ("Laut dem ukrainischen Generalstab stehen …") the
// phrase may run over lower-case words to a capitalised one.
func (d *doc) parseSource(i, se int, r *rules) np {
	n := d.parseAfter(i, se, r)
	if n.ok() && n.start == i {
		if e := d.orgNameEnd(n.start, n.end, se, r); e > n.end {
			n.end, n.kind = e, kent.SpeakerOrganisation // "По мнению Высшей школы экономики, …" (orgnames.go)
			return n
		}
	}
	if n.ok() && n.end > i+1 {
		return n
	}
	last := -1
	for k := i; k < se && k < i+5 && d.toks[k].Word && d.inQuote[k] < 0 && (k == i || r.verbs.Len(d.toks[:se], k) == 0); k++ {
		if w := d.toks[k].Low; last >= 0 && r.function[w] && !r.articles[w] && !r.connectors[w] {
			break // "nach Darstellung Katars in Reichweite": a preposition after the source ends it
		}
		if d.isCap(d.toks[k]) {
			last = k
		}
		if last < 0 && (r.groups.has(d.toks[k].Low) || r.roleWords.has(d.toks[k].Low)) {
			// "według ukraińskiego wywiadu", "по данным украинской разведки"
			return np{start: i, end: k + 1, kind: kent.SpeakerGroup}
		}
	}
	if last < 0 || (n.ok() && n.end > last) {
		return n
	}
	start := i
	for start < last && r.function[d.toks[start].Low] {
		start++
	}
	if p, ok := d.personAtEnd(start, last+1, r); ok {
		return p // "nach Einschätzung des amerikanischen Politologen Matthias Matthijs"
	}
	return np{start: start, end: last + 1, kind: kent.SpeakerGroup}
}

// parseBefore reads a speaker that ends right before a cue: "Jurkonis
// noted", "Katia Glod, a Belarus expert at …, said", "officials in Kyiv
// have warned", "A senior US defense official said", "he said".
func (d *doc) parseBefore(cue, ss int, r *rules) np {
	j := cue - 1
	for j >= ss && d.toks[j].Word && (r.aux[d.toks[j].Low] || r.negators[d.toks[j].Low] && j > ss && d.toks[j-1].Word && r.aux[d.toks[j-1].Low]) {
		j-- // "Most Scots do not expect": the auxiliary and its negation
	}
	if d.abbrevDot(j, ss, r) {
		j-- // "Apple Inc. said", "JPMorgan Chase & Co. said": the name ends before its dot
	}
	if n, ok := d.nameBeforeAcronym(j, ss, r); ok {
		return n // "The Kyiv School of Economics (KSE) said", "Київська школа економіки (KSE) вважає"
	}
	var n np
	if j >= ss && d.toks[j].Text == "," {
		k := j - 1
		for k >= ss && k >= j-30 && d.toks[k].Text != "," && !isMarkToken(d.toks[k].Text) && d.inQuote[k] < 0 {
			k--
		}
		if k > ss && d.toks[k].Text == "," && k < j-1 && r.additives.Len(d.toks[:j], k+1) > 0 {
			// "The leaders of Portugal and Belgium, as well as the
			// Hungarian government, have said": the whole coordinated
			// subject, not the speaker before.
			if n := d.parseBefore(k, ss, r); n.ok() && n.kind != "pronoun" {
				n.start = d.subjectOpening(n.start, ss, r)
				n.end, n.kind, n.role = j, kent.SpeakerGroup, ""
				return n
			}
		}
		if k < ss || d.toks[k].Text != "," || k == j-1 || !d.isApposition(k+1, j, r) {
			if n := d.nameInCommas(k, j, ss, r); n.ok() {
				return n // "Der Präsident des DIW, Marcel Fratzscher, hält"
			}
			if d.insertion(k, j, r) {
				// "Another Israeli official, not named by the paper, said",
				// "Другой чиновник, пожелавший остаться неназванным, заявил":
				// the subject stands before the inserted phrase; a single
				// capitalised word opening the sentence is more often a
				// participle or an adverb ("Zapytany, czy …, odpowiedział").
				if n := d.parseBefore(k, ss, r); n.ok() && (n.kind != kent.SpeakerPerson || n.end-n.start >= 2) {
					return n
				}
			}
			return np{}
		}
		n.hasApposite, n.appStart, n.appEnd = true, k+1, j
		j = k - 1
	}
	if j < ss || !d.toks[j].Word || d.inQuote[j] >= 0 {
		return np{}
	}
	if a := d.caseAffiliation(j, ss, r); a > 0 {
		// "Sanna Korhonen Helsingin yliopistosta sanoi": the name ends
		// before an affiliation written in a case form, without a preposition.
		if d.nameBefore(&n, a-1, ss, r) && n.kind == kent.SpeakerPerson {
			n.aff = d.text(a, j+1)
			return n
		}
		n = np{}
	}
	t := d.toks[j]
	switch {
	case r.pronouns[t.Low]:
		if n.hasApposite {
			return np{}
		}
		n.start, n.end, n.kind = j, j+1, "pronoun"
		return n
	case d.isCap(t):
		if !d.nameBefore(&n, j, ss, r) {
			return np{}
		}
		if g := n.start - 1; g > ss && !n.hasApposite && (n.kind != kent.SpeakerPerson || n.end-n.start == 1) && d.toks[g].Word && !d.isCap(d.toks[g]) && r.groups.has(d.toks[g].Low) && !r.roleWords.has(d.toks[g].Low) &&
			!(d.toks[g-1].Word && (r.roleWords.has(d.toks[g-1].Low) || r.groups.has(d.toks[g-1].Low))) {
			// "Водночас уряд Польщі вважає": the group, its owner in the
			// genitive; a role before a name ("аналітик Олег Мельник")
			// is the person's title, and so is an adjective after one
			// ("Ekspert wojskowy Jan Nowak").
			return np{start: g, end: j + 1, kind: kent.SpeakerGroup}
		}
		// A person's full name only: one word after a preposition of
		// place is as often the institution that speaks ("в Кремле
		// считают", "в Європарламенті оцінюють"), and an agent ("par
		// Reuters") is the survey's.
		if p := n.start - 1; cue < len(d.toks) && d.toks[cue].Word && n.kind == kent.SpeakerPerson && n.end-n.start >= 2 && !n.hasApposite && p > ss && !r.aux[d.toks[p].Low] && !r.agentPreps[d.toks[p].Low] && d.toks[p].Word && !d.isCap(d.toks[p]) && d.inQuote[p] < 0 && r.function[d.toks[p].Low] &&
			!r.articles[d.toks[p].Low] && !r.determiners[d.toks[p].Low] && !r.conj[d.toks[p].Low] && !r.connectors[d.toks[p].Low] && !r.sourceStarts[d.toks[p].Low] && !r.pronouns[d.toks[p].Low] && !r.complementizers[d.toks[p].Low] {
			return np{} // "W liście do Charlesa Michela ostrzegł": a preposition's object is no subject
		}
	case r.groups.has(t.Low) || r.roleWords.has(t.Low):
		g := d.groupStart(j, ss, r)
		n.start, n.end, n.kind = g, j+1, kent.SpeakerGroup
	default:
		return np{}
	}
	if n.hasApposite {
		d.fillApposition(&n, n.appStart, n.appEnd, r)
	}
	return n
}

// nameBefore reads into n the capitalised name that ends at token j, with
// the titles and role before it; it reports false if the run is only
// function words.
func (d *doc) nameBefore(n *np, j, ss int, r *rules) bool {
	b := d.nameStartBefore(j, ss, r)
	if b > j {
		return false
	}
	var aff string
	x := b - 1
	if x-1 >= ss && d.toks[x].Word && !d.isCap(d.toks[x]) && r.articles[d.toks[x].Low] {
		x-- // "Oleksiy Hromov of the Ukrainian General Staff"
	}
	if x-2 >= ss && d.toks[x].Word && !d.isCap(d.toks[x]) && r.affPreps[d.toks[x].Low] && d.inQuote[x] < 0 && d.isCap(d.toks[x-1]) {
		// "Petra Lang vom Ifo-Institut hält": the run stopped at a
		// preposition no organisation's name has inside; the name before
		// it may be the person's.
		if pb := d.capRunStart(x, ss, r, true); pb <= x-2 {
			if _, _, ok := d.personThenAff(pb, j+1, r); ok {
				b = pb
			}
		}
	}
	if pb, pe, ok := d.personThenAff(b, j+1, r); ok {
		a := pe + 1
		for a < j && (r.articles[d.toks[a].Low] || r.determiners[d.toks[a].Low]) {
			a++ // "von der DGAP": the affiliation is the DGAP
		}
		aff, b, j = d.text(a, j+1), pb, pe-1 // "Alexander Libman von der Freien Universität Berlin erklärte"
	}
	b = d.cutAtConnector(b, j+1, r)
	titleStart := b
	b = d.stripTitles(b, j+1, r)
	// "officials in Kyiv": a group noun and a place.
	if b-2 >= ss && d.toks[b-1].Word && !d.isCap(d.toks[b-1]) && r.function[d.toks[b-1].Low] && r.groups.has(d.toks[b-2].Low) {
		g := d.groupStart(b-2, ss, r)
		n.start, n.end, n.kind = g, j+1, kent.SpeakerGroup
		return true
	}
	if (b == j && b > titleStart || b == titleStart && j == b+1 || d.orgNameIn(titleStart+1, j+1, r)) && r.groups.has(d.toks[titleStart].Low) && d.pluralWord(titleStart) {
		// "Аналитики Нордбанка считают", "Analitycy Nordbanku uważają": a
		// plural group and the one name after it, or an organisation's
		// name ("Analitycy Ośrodka Studiów Wschodnich"), its organisation,
		// are no person with a title
		n.start, n.end, n.kind = titleStart, j+1, kent.SpeakerGroup
		return true
	}
	n.start, n.end, n.aff = b, j+1, aff
	if aff, nb, ok := d.orgThenPerson(b, j+1, r); ok {
		n.aff, b, n.start = aff, nb, nb // "Szef Banku Słowenii Boštjan Vasle uważa"
	}
	if b == j && r.groups.has(d.toks[j].Low) {
		n.kind = kent.SpeakerGroup
	} else {
		n.kind = d.nameKind(b, j+1, r)
	}
	// A role right before the name: "political analyst Vytis Yurkonis".
	rs := titleStart
	isRole := func(w string) bool { return r.roleWords.has(w) || r.groups.has(w) }
	for rs-1 >= ss && d.toks[rs-1].Word && !d.isCap(d.toks[rs-1]) && (isRole(d.toks[rs-1].Low) || (rs-2 >= ss && isRole(d.toks[rs-2].Low) && !r.function[d.toks[rs-1].Low])) && b-rs < 4 {
		rs--
	}
	if k := rs - 1; rs < b || k >= ss && endsIn(d.toks[k].Low, r.roleWords) {
		// The word opening the sentence is capitalised for that alone:
		// "Security expert Jan Weber", "Военный эксперт Иван Петров",
		// "Ekspert wojskowy Jan Nowak" keep the whole role.
		if k := rs - 1; k >= ss && b-k < 4 && d.atSentenceStart(k, ss) && d.commonOpener(k, r) {
			rs = k
		}
	}
	if rs < b {
		n.role = d.roleForm(rs, b, r)
	}
	return true
}

// nameStartBefore walks back from j over the capitalised run (and the
// connectors inside an organisation's name) to its start, past the
// function words that open a sentence.
func (d *doc) nameStartBefore(j, ss int, r *rules) int {
	b := d.capRunStart(j, ss, r, true)
	for b <= j && d.atSentenceStart(b, ss) && r.function[d.toks[b].Low] {
		b++
	}
	return b
}

func (d *doc) atSentenceStart(i, ss int) bool {
	for k := i - 1; k >= ss; k-- {
		if d.toks[k].Word {
			return false
		}
	}
	return true
}

// groupStart walks back from a group noun over its modifiers to the start
// of the noun phrase, skipping a leading article.
func (d *doc) groupStart(j, ss int, r *rules) int {
	g := j
	for g-1 >= ss && g > j-6 && d.toks[g-1].Word && d.inQuote[g-1] < 0 && !r.aux[d.toks[g-1].Low] {
		prev := d.toks[g-1]
		if r.connectors[prev.Low] && g-2 >= ss && d.toks[g-2].Word && r.roleWords.has(d.toks[g-2].Low) && !d.isCap(prev) {
			g -= 2 // "chief of staff", "head of security": a role and its complement
			continue
		}
		if pp := d.toks[max(g-2, 0)]; len(r.articles) == 0 && !r.function[prev.Low] && !startsUpper(prev.Text) && g-2 >= ss && pp.Word && !startsUpper(pp.Text) &&
			r.function[pp.Low] && !r.connectors[pp.Low] && !r.determiners[pp.Low] && !r.pronouns[pp.Low] && !r.conj[pp.Low] {
			// "зниження ставки у червні аналітики": in a language without
			// articles, a preposition's noun is no modifier of the group
			// after it.
			break
		}
		if r.function[prev.Low] && !d.atSentenceStart(g-1, ss) && !(g-2 >= ss && !d.toks[g-2].Word) {
			// a function word inside the clause ends the phrase unless it
			// is the phrase's own article at a clause start
			if !d.clauseStart(g-1, ss, r) {
				break
			}
		}
		g--
	}
	for g < j && r.function[d.toks[g].Low] {
		g++ // "A senior …", "the political analyst"
	}
	return g
}
