package attrib

import (
	"strings"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
	"github.com/kentnews/kent/tokens"
)

// entity is a person or organisation the article names, with everything
// its mentions say about it.
type entity struct {
	first     string // first name(s) as written in the fullest mention
	surnameKy string
	kind      string
	role, aff string
	lastUse   int    // token index of the latest frame that named it
	name      string // an organisation's name as written
}

// registry resolves mentions within one article: surnames to full names,
// spelling variants to the article's commonest spelling.
type registry struct {
	d        *doc
	people   []*entity
	byKey    map[string][]*entity      // surname (or organisation) key -> entities, so add stays linear
	spelling map[string]map[string]int // surname key -> spelling -> count
	alias    map[string]*entity        // acronym key -> organisation ("ISW")
}

func newRegistry(d *doc) *registry {
	g := &registry{d: d, byKey: map[string][]*entity{}, spelling: map[string]map[string]int{}, alias: map[string]*entity{}}
	// Count every capitalised word's spelling, so the canonical name uses
	// the form the article prints most (Jurkonis over Yurkonis).
	// Whether each word is capitalised, asked once: the names below ask
	// it of every word again.
	caps := make([]bool, len(d.toks))
	for x, t := range d.toks {
		caps[x] = d.isCap(t)
		if !caps[x] && !d.particleName(t) {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(t.Text, "’s"), "'s")
		k := names.Key(w)
		sp := g.spelling[k]
		if sp == nil {
			sp = map[string]int{}
			g.spelling[k] = sp
		}
		sp[w]++
	}
	// Full names anywhere in the text: two or more capitalised words not
	// at a sentence start by virtue of a function word.
	for s := range d.sentTok {
		ss, se := d.sentTok[s][0], d.sentTok[s][1]
		if ss < 0 {
			continue
		}
		r := d.rules(ss)
		for i := ss; i < se; {
			if m := r.sources.Len(d.toks[:se], i); m > 0 {
				i += m // "nach Darstellung Katars": the cue is no part of a name
				continue
			}
			if !caps[i] || (d.atSentenceStart(i, ss) && r.function[d.toks[i].Low]) {
				i++
				continue
			}
			j := i
			for j < se && caps[j] {
				j++
			}
			if b := d.stripTitles(i, j, r); j-b >= 2 && j-b <= 4 && d.nameKind(b, j, r) == kent.SpeakerPerson {
				g.add(b, j, kent.SpeakerPerson)
			}
			i = j
		}
	}
	return g
}

// add records a name mention [b, e) and returns its entity.
func (g *registry) add(b, e int, kind string) *entity { return g.addName(b, e, kind, false) }

// addName is add for a name whose final "'s" may be its own (ownS): then it
// names an organisation, "'s" and all.
func (g *registry) addName(b, e int, kind string, ownS bool) *entity {
	d := g.d
	if ownS {
		kind = kent.SpeakerOrganisation
	}
	if e-b == 1 {
		if p := g.alias[names.Key(d.toks[b].Text)]; p != nil {
			return p
		}
	}
	if kind == kent.SpeakerOrganisation {
		// Organisations are named whole, not by a surname.
		name := d.text(b, e)
		if !ownS {
			name = trimPossessive(name) // "FiveThirtyEight’s model"
		}
		full := names.FullKey(name)
		for _, p := range g.byKey[full] {
			if p.kind == kent.SpeakerOrganisation {
				return p
			}
		}
		p := &entity{surnameKy: full, kind: kind, name: name}
		g.keep(p)
		return p
	}
	sur := strings.TrimSuffix(strings.TrimSuffix(d.toks[e-1].Text, "’s"), "'s")
	key := names.Key(sur)
	first := ""
	if e-b >= 2 {
		first = d.text(b, e-1)
	}
	for _, p := range g.byKey[key] {
		if first == "" || p.first == "" || names.SameName(first+" x", p.first+" x") {
			if p.first == "" {
				p.first = first
			}
			return p
		}
	}
	if first == "" && len(g.byKey[key]) == 0 {
		if p := g.genitiveOf(sur, d.rules(b)); p != nil {
			return p // "enligt Bergs bedömning", "nach Webers Einschätzung": Anna Berg, Lukas Weber
		}
	}
	p := &entity{first: first, surnameKy: key, kind: kind}
	g.keep(p)
	return p
}

// genitiveOf returns the one person named in full whose surname a lone
// word is with a genitive -s on it, in the languages that write it so
// (Swedish, German, Dutch, Danish): "Bergs" of Anna Berg. nil when no one,
// or more than one, fits.
func (g *registry) genitiveOf(w string, r *rules) *entity {
	stem, ok := strings.CutSuffix(w, "s")
	if !ok || len([]rune(stem)) < 3 {
		return nil
	}
	var found *entity
	for _, p := range g.byKey[names.Key(stem)] {
		f := strings.Fields(strings.ToLower(p.first))
		if p.kind != kent.SpeakerPerson || len(f) == 0 || r.function[f[0]] || r.articles[f[0]] {
			continue // "The Highlander" is no person whose genitive "Highlanders" is
		}
		if found != nil && found != p {
			return nil
		}
		found = p
	}
	return found
}

func (g *registry) keep(p *entity) {
	g.people = append(g.people, p)
	g.byKey[p.surnameKy] = append(g.byKey[p.surnameKy], p)
}

// display returns the canonical name of an entity.
func (g *registry) display(p *entity) string {
	if p.name != "" {
		return p.name
	}
	best, n := "", -1
	for sp, c := range g.spelling[p.surnameKy] {
		if c > n || c == n && sp < best {
			best, n = sp, c
		}
	}
	if p.first == "" {
		return best
	}
	return p.first + " " + best
}

// resolveFrames turns each frame's mention into a speaker, in text order,
// so pronouns and definite descriptions find the latest speaker before them.
func (d *doc) resolveFrames() {
	var lastPerson *entity
	var prev *frame
	for _, f := range d.frames {
		if f.void {
			continue
		}
		before := lastPerson
		sp, ok := d.frameSpeaker(f.np, &lastPerson)
		if !ok {
			f.void = true // "he said" with no one before: never invent a speaker
			continue
		}
		f.speaker = sp
		if d.relays(prev, f) || d.relayed[f.np.start] { // "wie Reuters berichtet": two cues, one relay
			// "…, President Trump confirmed, Reuters reported. He added
			// …": the agency passes the words on; "he" is still Trump.
			lastPerson = before
			if d.relayed == nil {
				d.relayed = map[int]bool{}
			}
			d.relayed[f.np.start] = true
			continue
		}
		prev = f
	}
	d.spreadRoles()
}

// relays reports whether frame f only passes on the frame g before it: f
// follows g in the same sentence, a comma and at most one word between
// ("…, sagte X, wie Reuters berichtet", "…, X said, Reuters reported"),
// and g's speaker is named, not a pronoun.
func (d *doc) relays(g, f *frame) bool {
	if g == nil || g.sent != f.sent || g.np.kind == "pronoun" || g.speaker == nil || f.np.kind == "pronoun" {
		return false
	}
	gap := f.first() - g.last()
	return gap >= 1 && gap <= 2 && d.toks[g.last()].Text == ","
}

// frameSpeaker turns the mention n into a speaker and moves lastPerson, the
// latest person who spoke, on; it reports false for a pronoun with no one
// before it.
func (d *doc) frameSpeaker(n np, lastPerson **entity) (*kent.Speaker, bool) {
	mention := d.text(n.start, n.end)
	// The mention's span takes in a leading article ("The minister",
	// "A senior official"), as attribution corpora mark sources; the
	// name does not.
	ms := n.start
	if ms > 0 && d.toks[ms-1].Word && d.toks[ms-1].Sentence == d.toks[ms].Sentence && d.rules(ms).function[d.toks[ms-1].Low] && n.kind == kent.SpeakerGroup && len(d.toks[ms-1].Low) <= 3 {
		ms--
	}
	sp := &kent.Speaker{Mention: mention, MentionSpan: d.span(ms, n.end)}
	switch n.kind {
	case "pronoun":
		if g := d.groupAntecedent(n); g != "" && d.pluralPronoun(n) {
			// "Analysts at Sydbank were cautious. They said …": the group,
			// not the person who spoke last (plurals.go).
			sp.Name, sp.Kind = g, kent.SpeakerGroup
			break
		}
		p := d.antecedent(n, *lastPerson)
		if p == nil {
			return nil, false
		}
		d.fill(sp, p)
		*lastPerson = p
	case partitive:
		if !d.partitiveHolder(sp, n) {
			return nil, false // "one of them" with no group before: no speaker
		}
	case kent.SpeakerGroup:
		if p := d.groupSpeaker(sp, n, mention, *lastPerson); p != nil {
			*lastPerson = p
		}
	default:
		if p := d.namedSpeaker(sp, n); p.kind == kent.SpeakerPerson {
			*lastPerson = p
		}
	}
	return sp, true
}

// groupSpeaker fills sp from a group mention: "the political analyst" is
// the latest person with that role, whom it returns; a bare role after
// someone has spoken is that speaker; anything else stays a group.
func (d *doc) groupSpeaker(sp *kent.Speaker, n np, mention string, lastPerson *entity) *entity {
	if p := d.byRole(mention, n.start); p != nil {
		d.fill(sp, p)
		p.lastUse = n.start
		return p
	}
	words := strings.Fields(strings.ToLower(mention))
	if len(words) == 1 && lastPerson != nil && d.singularRole(words[0], d.rules(n.start)) {
		// "– …, ocenił ekspert": a bare role after someone has spoken
		// is that speaker.
		d.fill(sp, lastPerson)
		return nil
	}
	sp.Name, sp.Kind, sp.Role = trimPossessive(strings.TrimSpace(mention)), kent.SpeakerGroup, n.role // "In the ministry's assessment"
	return nil
}

// namedSpeaker registers a named person or organisation, with what its
// apposition says, fills sp from it and returns it.
func (d *doc) namedSpeaker(sp *kent.Speaker, n np) *entity {
	place := ""
	if n.end-n.start == 1 && n.kind == kent.SpeakerPerson {
		if place = d.genitivePlace(n.start); place != "" {
			n.kind = kent.SpeakerOrganisation // "nach Darstellung Katars": Qatar speaks
		}
	}
	p := d.reg.addName(n.start, n.end, n.kind, n.ownS)
	if place != "" {
		p.name = place
	}
	if n.hasApposite && n.appEnd-n.appStart == 1 && tokens.IsAcronym(d.toks[n.appStart].Text) {
		d.reg.alias[names.Key(d.toks[n.appStart].Text)] = p // "…, ISW, skriver"
		if n.role == d.toks[n.appStart].Text {
			n.role = ""
		}
	}
	if n.role != "" && p.role == "" {
		p.role = n.role
	}
	if n.aff != "" && p.aff == "" {
		p.aff = withoutArticle(n.aff, d.rules(n.start)) // "von der Commerzbank": the Commerzbank
	}
	p.lastUse = n.start
	d.fill(sp, p)
	return p
}

// spreadRoles gives earlier mentions of a person the roles and
// affiliations learnt later in the article: the first one known under each
// name.
func (d *doc) spreadRoles() {
	type known struct{ role, aff string }
	byName := map[string]known{}
	for _, p := range d.reg.people {
		name := d.reg.display(p)
		k := byName[name]
		k.role, k.aff = first(k.role, p.role), first(k.aff, p.aff)
		byName[name] = k
	}
	for _, f := range d.frames {
		if f.speaker != nil && f.speaker.Kind != kent.SpeakerGroup {
			k := byName[f.speaker.Name]
			f.speaker.Role, f.speaker.Affiliation = first(f.speaker.Role, k.role), first(f.speaker.Affiliation, k.aff)
		}
	}
}

// first returns a unless it is empty, else b.
func first(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func (d *doc) fill(sp *kent.Speaker, p *entity) {
	sp.Name, sp.Kind, sp.Role, sp.Affiliation = d.reg.display(p), p.kind, p.role, p.aff
}

// byRole finds the latest-used entity whose role contains the head noun of
// a definite description.
func (d *doc) byRole(mention string, before int) *entity {
	words := strings.Fields(strings.ToLower(mention))
	if len(words) == 0 {
		return nil
	}
	head := words[len(words)-1]
	if r := d.rules(before); r.groups[head] && !r.roleWords[head] {
		return nil // "Most economists expect": a plural group, not the economist named before
	}
	var best *entity
	for _, p := range d.reg.people {
		if p.role == "" || p.lastUse > before {
			continue
		}
		for _, w := range roleHeads(p.role) {
			if (w == head || set{w: true}.has(head)) && (best == nil || p.lastUse > best.lastUse) {
				best = p
			}
		}
	}
	return best
}
