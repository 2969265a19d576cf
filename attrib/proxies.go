package attrib

import (
	"strings"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
)

// Holders that do not speak: a model, a poll or a market holds the numbers
// it shows, and its owner is the holder ("Silver's model gives Trump 66
// %", "a poll by Reuters shows", "the prediction platform Polymarket",
// "Model FiveThirtyEight wskazuje"). Once the article has named a market or
// model so, "on Polymarket" anywhere else in it names the holder too.

// proxyFrames adds a source frame for every proxy noun with an owner, and
// for every later mention of an owner after a venue preposition.
func (d *doc) proxyFrames() {
	venues := map[string]bool{}
	var mentions [][2]int // sentence, token of each proxy frame's owner
	cues := map[int]bool{}
	for _, f := range d.frames {
		cues[f.cueStart] = true // "FiveThirtyEight’s forecast": a verb frame there already
	}
	for s, rng := range d.sentTok {
		ss, se := rng[0], rng[1]
		for i := ss; i >= 0 && i < se; i++ {
			if d.inQuote[i] >= 0 || !d.toks[i].Word {
				continue
			}
			r := d.rules(i)
			m := r.proxies.Len(d.toks[:se], i)
			if m == 0 {
				continue
			}
			n, ok := d.proxyOwner(i, i+m, ss, se, r)
			if !ok || cues[i] {
				i += m - 1
				continue
			}
			d.frames = append(d.frames, &frame{cueStart: i, cueEnd: i + m, cue: d.text(i, i+m), np: n, source: true, npAfter: n.start >= i+m, sent: s, proxy: true})
			venues[d.ownerKey(n)] = true
			mentions = append(mentions, [2]int{s, n.start})
			i = max(i+m, n.end) - 1
		}
	}
	if len(venues) == 0 {
		return
	}
	for s, rng := range d.sentTok {
		ss, se := rng[0], rng[1]
		for i := ss + 1; i >= 1 && i < se; i++ {
			if !d.isCap(d.toks[i]) || d.inQuote[i] >= 0 || d.ownerAt(mentions, s, i) {
				continue
			}
			r := d.rules(i)
			e := max(d.nameRun(i, se), i+1)
			n := np{start: i, end: e, kind: kent.SpeakerOrganisation}
			if !venues[d.ownerKey(n)] {
				i = e - 1
				continue
			}
			for p := max(ss, i-3); p < i; p++ {
				if m := r.venuePreps.Len(d.toks[:i], p); m > 0 && p+m == i {
					d.frames = append(d.frames, &frame{cueStart: p, cueEnd: i, cue: d.text(p, i), np: n, source: true, npAfter: true, sent: s, proxy: true})
					break
				}
			}
			i = e - 1
		}
	}
}

// ownerAt reports whether token i of sentence s is the owner of a proxy
// frame already.
func (d *doc) ownerAt(mentions [][2]int, s, i int) bool {
	for _, m := range mentions {
		if m[0] == s && m[1] == i {
			return true
		}
	}
	return false
}

// ownerKey is the key a proxy's owner is known by across the article.
func (d *doc) ownerKey(n np) string {
	return names.FullKey(trimPossessive(d.text(n.start, n.end)))
}

// trimPossessive drops the possessive ending of a name: "Silver's",
// "SEB:s".
func trimPossessive(s string) string {
	for _, suf := range []string{"'s", "’s", ":s"} {
		if strings.HasSuffix(s, suf) {
			return strings.TrimSuffix(s, suf)
		}
	}
	return s
}

// proxyOwner finds the owner of the proxy noun [i, j): a name in the
// possessive right before it, with up to two modifiers between ("Nate
// Silver's latest model", "FiveThirtyEight’s forecast"), or a name right
// after it or after a function word ("the platform Polymarket", "a poll by
// Reuters", "prognoza Instytutu Ifo", "модель The Economist").
func (d *doc) proxyOwner(i, j, ss, se int, r *rules) (np, bool) {
	for k := i - 1; k >= ss && k >= i-3; k-- {
		t := d.toks[k]
		if !t.Word || d.inQuote[k] >= 0 {
			break
		}
		if d.isCap(t) && isPossessive(t.Text) {
			b := d.capRunStart(k, ss, r, true)
			for b < k && d.atSentenceStart(b, ss) && r.function[d.toks[b].Low] {
				b++
			}
			return d.ownerNP(b, k+1, r)
		}
		if d.isCap(t) || r.function[t.Low] || r.verbs.Len(d.toks[:se], k) > 0 {
			break
		}
	}
	k := j
	for k < se && k < j+2 && d.toks[k].Word && !d.isCap(d.toks[k]) && r.function[d.toks[k].Low] && !r.complementizers[d.toks[k].Low] {
		k++
	}
	if k >= se || !d.isCap(d.toks[k]) || d.inQuote[k] >= 0 {
		return np{}, false
	}
	e := d.nameRun(k, se)
	if d.hasPlace(k, e) || r.verbs.Len(d.toks[:se], k) > 0 {
		return np{}, false
	}
	if d.personElsewhere(k, e, ss) {
		return np{}, false // "hatten die Buchmacher Harris vorn gesehen": a person after it is its object
	}
	return np{start: k, end: e, kind: kent.SpeakerOrganisation}, e-k <= 6
}

// personElsewhere reports whether the name [b, e) is a person the article
// names with a first name other than the words right before it (in German
// "Plattform Polymarket" looks like one).
func (d *doc) personElsewhere(b, e, ss int) bool {
	key := surnameKey(d.toks[e-1].Text)
	before := d.text(ss, b)
	for _, p := range d.reg.people {
		if p.kind == kent.SpeakerPerson && p.first != "" && p.surnameKy == key && !strings.HasSuffix(strings.TrimSpace(before), p.first) {
			return true
		}
	}
	return false
}

// ownerNP makes the owner [b, e) a mention: a person the article names in
// full, or else an organisation.
func (d *doc) ownerNP(b, e int, r *rules) (np, bool) {
	if e <= b || e-b > 6 {
		return np{}, false
	}
	n := np{start: b, end: e, kind: kent.SpeakerOrganisation}
	if d.reg.known(e-1) && d.nameKind(b, e, r) == kent.SpeakerPerson {
		n.kind = kent.SpeakerPerson
	}
	return n, true
}

func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, ":s")
}
