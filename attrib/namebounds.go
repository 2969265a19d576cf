package attrib

// Where a speaker's name begins and ends: capitalised runs, the connectors
// inside an organisation's name, titles before a name, surname particles
// ("von der", "de") on either side. speakers.go reads who speaks; these
// helpers say where the words of that name stop.

import "github.com/kentnews/kent"

// capRunStart walks back from token b, no further than lo, over
// capitalised words (outside quote marks if outsideQuotes) and the
// connectors inside an organisation's name ("Institute for the Study"), and
// returns where the run starts.
func (d *doc) capRunStart(b, lo int, r *rules, outsideQuotes bool) int {
	for {
		if b > lo && d.isCap(d.toks[b-1]) && (!outsideQuotes || d.inQuote[b-1] < 0) {
			b--
			continue
		}
		if nb, ok := d.joinsBack(b, lo, r); ok {
			b = nb
			continue
		}
		if nb := d.particlesBack(b, lo); nb < b && (!outsideQuotes || d.inQuote[nb] < 0) {
			b = nb // "Ursula von der Leyen" from "Leyen"
			continue
		}
		if nb := d.orgBack(b, lo, outsideQuotes); nb < b {
			b = nb // "Institut der deutschen Wirtschaft" from "Wirtschaft"
			continue
		}
		return b
	}
}

// orgBack returns where a known organisation's name that ends at token b
// starts, when it has lower-case words inside ("Institut der deutschen
// Wirtschaft", "Instytut Studiów nad Wojną"): b when there is none. A
// capitalised run stopped at the adjective and took "Wirtschaft" for the
// speaker.
func (d *doc) orgBack(b, lo int, outsideQuotes bool) int {
	if d.e.orgs == nil {
		return b
	}
	var words [6]string
	for x := b - 1; x >= lo && x >= b-4; x-- {
		if !d.toks[x].Word || outsideQuotes && d.inQuote[x] >= 0 {
			return b
		}
		if !d.isCap(d.toks[x]) {
			continue // a name starts with a capital
		}
		n := 0
		for y := x; y <= b && n < len(words); y++ {
			words[n] = d.toks[y].Text
			n++
		}
		if d.e.orgs.Span(words[:n]) == b-x+1 {
			return x
		}
	}
	return b
}

// joinsBack reports whether the name run can extend left from b over up to
// two connectors to a capitalised word ("Institute for the Study"); it
// returns the new start.
func (d *doc) joinsBack(b, lo int, r *rules) (int, bool) {
	for c := 1; c <= 2; c++ {
		x := b - c
		if x-1 < lo || d.inQuote[x] >= 0 || !d.toks[x].Word || d.isCap(d.toks[x]) {
			return b, false
		}
		if !r.connectors[d.toks[x].Low] && !(c == 1 && r.orgLinks[d.toks[x].Low] && r.orgWords.has(d.toks[x-1].Low)) {
			return b, false // an org link joins only after an organisation's head word: "Council on"
		}
		if d.isCap(d.toks[x-1]) && d.inQuote[x-1] < 0 {
			return x - 1, true
		}
	}
	return b, false
}

// stripTitles moves honorifics and titles from the front of a name to the
// role: "Mr Jurkonis", "President Vladimir Putin".
func (d *doc) stripTitles(b, e int, r *rules) int {
	stripped := false
	for b < e-1 {
		switch {
		case r.roleWords.has(d.toks[b].Low):
			stripped = true
		case d.titleDot(b, 0, e) && stripped:
			// the dot of "Dr. Alan Price"
		case e-b >= 3 && d.e.places != nil && len(d.e.places.Match(d.toks[b].Text)) > 0 && r.roleWords.has(d.toks[b+1].Low):
			// "Ukrainian President Volodymyr Zelensky"
		default:
			goto done
		}
		b++
	}
done:
	// "Президент Беларуси Александр Лукашенко", "Prezydent Białorusi …":
	// the country after a title belongs to the title.
	if stripped && e-b >= 3 && d.e.places != nil && len(d.e.places.Match(d.toks[b].Text)) > 0 {
		b++
	}
	return b
}

// cutAtConnector keeps "Center for Strategic and International Studies"
// whole but splits "Putin and Lukashenko": a run joined by connectors is one
// name only if it names an organisation; otherwise the part nearest the cue
// (the end) is the name.
func (d *doc) cutAtConnector(b, e int, r *rules) int {
	if d.nameKind(b, e, r) == kent.SpeakerOrganisation || d.englishTitle(b, e) {
		return b
	}
	for x := e - 1; x > b; x-- {
		if d.isCap(d.toks[x]) || !r.connectors[d.toks[x].Low] {
			continue
		}
		// Particles after a given name are the surname's: "Ursula von
		// der Leyen", "Eva de Boer", "Jan van Dijk"; "and" never is one.
		if y := d.particlesBack(x+1, b); y < x+1 {
			x = y
			continue
		}
		return x + 1
	}
	return b
}

// particlesOn returns the end of the name particles at k ("von der", "de",
// "van") and the capitalised word after them, when a given name Kent knows
// comes right before k; else k. A conjunction is never a particle.
func (d *doc) particlesOn(k, hi int) int {
	r := d.rules(k)
	y := k // the first particle: k may be inside "von der" already
	for y-1 >= 0 && y > k-2 && d.toks[y-1].Word && !d.isCap(d.toks[y-1]) && d.nameParticle(y-1, r) {
		y--
	}
	if y-1 < 0 || !d.isCap(d.toks[y-1]) || !d.e.first[d.toks[y-1].Low] {
		return k
	}
	x := k
	for x < hi && x < y+2 && d.toks[x].Word && !d.isCap(d.toks[x]) && d.nameParticle(x, r) && d.inQuote[x] < 0 {
		x++
	}
	if x == k || x >= hi || !d.isCap(d.toks[x]) || d.inQuote[x] >= 0 {
		return k
	}
	return x + 1
}

// particlesBack is particlesOn seen from the surname: the start of the
// given name when particles after one end at b (the surname's index);
// else b.
func (d *doc) particlesBack(b, lo int) int {
	r := d.rules(b)
	x := b
	for x-1 >= lo && x > b-2 && d.toks[x-1].Word && !d.isCap(d.toks[x-1]) && d.nameParticle(x-1, r) && d.inQuote[x-1] < 0 {
		x--
	}
	if x == b || x-1 < lo || !d.isCap(d.toks[x-1]) || !d.e.first[d.toks[x-1].Low] || d.inQuote[x-1] >= 0 {
		return b
	}
	return x - 1
}

// englishTitle reports whether the English article opens the capitalised
// run [b, e) or a part of it ("The Globe and Mail", "газета The Wall
// Street Journal"): the titles of papers and magazines, in any language's
// text, keep their "and"; no person's name follows the article.
func (d *doc) englishTitle(b, e int) bool {
	for x := max(b-1, 0); e-b >= 2 && x < e-1; x++ {
		if d.toks[x].Text == "The" {
			return true
		}
	}
	return false
}
