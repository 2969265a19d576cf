package attrib

import (
	"strings"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/tokens"
)

// A capitalised common noun is never a holder, and a description ("the
// agency", "der Ökonom", "the analyst") stands for someone the article
// has named.

// someone keeps a speaker candidate only if it can name someone: a
// "person" whose words include a place ("Staatspleite Russlands") or a word
// the article also writes in lower case is a capitalised common phrase,
// and a "name" made only of role words ("Ökonom") is a description.
func (d *doc) someone(n np) np {
	if !n.ok() || n.kind == "pronoun" {
		return n
	}
	r := d.rules(n.start)
	m := r.sources.Len(d.toks[:n.end], n.start)         // "Enligt TT tror …"
	m = max(m, r.anaphors.Len(d.toks[:n.end], n.start)) // "Taką prognozę opublikował …"
	m = max(m, r.proxies.Len(d.toks[:n.end], n.start))  // "Модель The Economist оценивает": the model's owner
	if n.start += m; !n.ok() {
		return np{} // a cue word is no part of a name
	}
	if n.kind != kent.SpeakerPerson {
		return n
	}
	if n.end-n.start == 1 && r.sourceStarts[d.toks[n.start].Low] {
		return np{} // "Jak ostrzegła, …": the first word of a source cue is nobody's name
	}
	roles := true
	for x := n.start; x < n.end; x++ {
		if d.lower[d.toks[x].Low] && !(x > n.start && x+1 < n.end && !d.isCap(d.toks[x]) && d.nameParticle(x, r)) && !d.particleName(d.toks[x]) {
			return np{} // a word the article writes in lower case; a particle inside the name ("von der") is none
		}
		roles = roles && (r.roleWords[d.toks[x].Low] || r.groups[d.toks[x].Low])
	}
	if roles {
		n.kind = kent.SpeakerGroup
		return n
	}
	for n.end-n.start > 2 && d.hasPlace(n.start, n.start+1) {
		n.start++ // "прем'єр-міністр Литви Андрюс Кубілюс": the title's country
	}
	if d.hasPlace(n.start, n.end) {
		return np{} // "Staatspleite Russlands": a country, its people or capital is nobody
	}
	if n.end-n.start > 1 || d.reg.known(n.start) || tokens.IsAcronym(d.toks[n.start].Text) {
		return n
	}
	// One capitalised word that names no one the article names in full.
	w := d.toks[n.start].Low
	switch {
	case endsIn(w, r.orgWords):
		// "Bundesbank", "Ifo-Institut": an organisation in one word
	case r.groups.has(w) || endsIn(w, r.groups) || endsIn(w, r.roleWords):
		n.kind = kent.SpeakerGroup // "Militärexperten halten …"
	case r.nounsCapitalised && n.start > 0 && (r.articles[d.toks[n.start-1].Low] || n.start > 1 && r.articles[d.toks[n.start-2].Low] && !d.isCap(d.toks[n.start-1])):
		n.kind = kent.SpeakerGroup // "sagte der Vater", "ein israelischer Regierungsvertreter": a German noun describes someone, it names no one
	}
	return n
}

// nameInCommas reads a name set off by commas after the phrase that
// describes it: "Der Präsident des Berliner DIW, Marcel Fratzscher, hält",
// with the commas at k and j. The phrase before becomes the role.
func (d *doc) nameInCommas(k, j, ss int, r *rules) np {
	if k < ss || k+1 >= j || d.toks[k].Text != "," || j-k-1 > 4 {
		return np{}
	}
	for x := k + 1; x < j; x++ {
		if !d.isCap(d.toks[x]) {
			return np{}
		}
	}
	if j-k-1 < 2 || d.nameKind(k+1, j, r) != kent.SpeakerPerson || !d.hasGroupWord(ss, k, r) {
		return np{}
	}
	return np{start: k + 1, end: j, kind: kent.SpeakerPerson, role: d.roleText(ss, k, r)}
}

// resolveDescriptions gives a speaker described by one role or
// organisation word the latest named speaker it fits: "The agency said"
// after "According to Fitch", "meint der Ökonom" after "schreibt
// Holstein". Plural groups ("analysts said") stay groups: only the role
// words as the lexicon lists them (singular) are descriptions.
func (d *doc) resolveDescriptions() {
	var named []*frame
	for _, f := range d.frames {
		if f.void || f.speaker == nil {
			continue
		}
		if f.speaker.Kind != kent.SpeakerGroup {
			named = append(named, f)
			continue
		}
		words := roleHeads(f.speaker.Mention)
		r := d.rules(f.np.start)
		if len(words) == 0 || len(words) > 3 || !d.descriptionWords(f, len(words), r) {
			continue
		}
		head := words[len(words)-1]
		org := r.orgWords[head]
		if !org && !r.roleWords[head] {
			continue
		}
		for i := len(named) - 1; i >= 0; i-- {
			p := named[i].speaker
			if d.toks[f.np.start].Paragraph-d.toks[named[i].np.start].Paragraph > 3 {
				break
			}
			if org == (p.Kind == kent.SpeakerOrganisation || !strings.Contains(p.Name, " ")) {
				sp := *p
				sp.Mention, sp.MentionSpan = f.speaker.Mention, f.speaker.MentionSpan
				f.speaker = &sp
				break
			}
		}
	}
}

// descriptionWords reports whether the words of f's group speaker before
// its head (n of them in all) only describe it: function words ("the
// analyst", "der Ökonom") or words that name no one, those the article
// writes in lower case or the sentence's first word when it is no name
// ("Отставной полковник", "the retired colonel", "były minister").
func (d *doc) descriptionWords(f *frame, n int, r *rules) bool {
	if n == 1 {
		return true
	}
	sp := f.speaker.MentionSpan
	start := d.tokenAt(sp.Start)
	if start < 0 {
		return false
	}
	var ws []int
	for x := start; x < len(d.toks) && d.toks[x].Start < sp.End; x++ {
		if d.toks[x].Word {
			ws = append(ws, x)
		}
	}
	if len(ws) != n {
		return false // a hyphenated compound: "политолог-американист"
	}
	ss := d.sentTok[f.sent][0]
	for _, x := range ws[:n-1] {
		t := d.toks[x]
		switch {
		case r.function[t.Low], !d.isCap(t), d.lower[t.Low]:
		case x == ss && !d.reg.known(x) && !r.roleWords.has(t.Low):
		default:
			return false
		}
	}
	return true
}

// beforeSourceTail is where f's reported words end in a sentence ending at
// se: before a source set off by a comma after them ("X said the army was
// weak, according to Reuters."), which is not what X said.
func (d *doc) beforeSourceTail(f *frame, se int) int {
	for _, g := range d.sentFrames(f.sent) {
		if g != f && g.source && g.cueStart > f.last() && g.cueStart < se && d.toks[g.cueStart-1].Text == "," {
			return g.cueStart - 1
		}
	}
	return se
}

// widenMentions gives each speaker's mention the span attribution corpora
// mark as the source: the name with the title or role right before it and
// its apposition ("Rep. Jane Doe, a Democrat from Ohio,", "political
// analyst Vytis Jurkonis").
func (d *doc) widenMentions() {
	for _, f := range d.frames {
		if f.void || f.speaker == nil || f.np.kind == "pronoun" {
			continue
		}
		sp := f.speaker
		start := d.tokenAt(sp.MentionSpan.Start)
		ss := d.sentTok[f.sent][0]
		r := d.rules(f.np.start)
		for k := start - 1; k >= ss && d.toks[k].Word && d.inQuote[k] < 0 && (k >= f.cueEnd || k < f.cueStart); k-- {
			if !r.roleWords.has(d.toks[k].Low) && !(d.isCap(d.toks[k]) && r.roleWords.has(d.toks[start].Low)) {
				break
			}
			start = k // "political analyst Vytis Jurkonis", "Ukrainian President"
		}
		end := sp.MentionSpan.End
		if a := f.np.appEnd; f.np.hasApposite && a > f.np.appStart {
			if a < len(d.toks) && d.toks[a].Text == "," && d.toks[a-1].Text != "," {
				a++ // the apposition's closing comma: "Katia Glod, a Belarus expert,"
			}
			end = d.toks[a-1].End
		}
		sp.MentionSpan = kent.Span{Start: d.toks[start].Start, End: max(end, sp.MentionSpan.End)}
	}
}

// describedBy accepts an apposition that opens with an article and names
// something capitalised: ", a Democrat from Ohio,", ", the head of NATO,".
func (d *doc) describedBy(a, z int, r *rules) bool {
	if z-a < 2 || z-a > 8 || !r.function[d.toks[a].Low] || r.complementizers[d.toks[a].Low] || d.isCap(d.toks[a]) {
		return false
	}
	for x := a + 1; x < z; x++ {
		if d.isCap(d.toks[x]) {
			return true
		}
	}
	return false
}

// singularRole reports whether w is a role word in a form that names one
// person: as listed ("ekspert"), or inflected ("autora", "американиста")
// but not like a group noun ("ekspertów", "експертів").
func (d *doc) singularRole(w string, r *rules) bool {
	return r.roleWords[w] || r.roleWords.has(w) && !r.groups.has(w) && !endsIn(w, r.groups) // not "Militärexperten"
}

// sentFrames are the frames of sentence s, indexed once so that a check
// per frame stays linear in the article.
func (d *doc) sentFrames(s int) []*frame {
	if d.bySent == nil {
		d.bySent = map[int][]*frame{}
		for _, f := range d.frames {
			d.bySent[f.sent] = append(d.bySent[f.sent], f)
		}
	}
	return d.bySent[s]
}

// endsIn reports whether w is a compound ending in a word of s:
// "Bundesbank", "Militärexperten".
func endsIn(w string, s set) bool {
	for o := range s {
		if len(o) >= 4 && o[0] != '~' && strings.HasSuffix(w, o) {
			return true
		}
	}
	return false
}
