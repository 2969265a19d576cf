package question

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/syntax"
)

// eventHit is where the question names an event concept: its words, and
// how many (a multiword form is more specific than one of its words).
type eventHit struct {
	concept string
	at      []int
	head    bool // named by a compound's head, which outranks its first part
	attr    bool // a lower-case modifier between a function word and a name
	setting bool // a noun of an event that bounds the time ("at the summit")
}

// markSettings marks the one-word hits of a setting family (lexicon:
// meet) on a noun of an event that can bound a question's time or place
// (time_events: summit, Gipfel, szczyt, саммит, toppmöte): "invited to
// join NATO at the Vilnius summit" asks about the invitation, and the
// summit is when and where. Such a hit yields to any other family the
// question names; alone it is the event ("Will Biden and Xi hold a
// summit?"). A referendum or an election is no setting family: "hold a
// referendum before the election" asks about the referendum.
func (m *Matcher) markSettings(low []string, hits []eventHit) {
	for k, h := range hits {
		if len(h.at) == 1 && m.byName[h.concept].Setting {
			hits[k].setting = timeEvent(elide(strings.Trim(low[h.at[0]], ".,;:!?")))
		}
	}
}

// markTimeBound marks the hits on a noun of the question's time bound as
// settings: "vor der Wahl", "before the election", "до
// виборів" say when; "Wird Schottland vor der Wahl ein
// Unabhängigkeitsreferendum abhalten?" asks about the referendum, however
// the German word order puts the election first. Alone, such a hit is
// still the event (eventOf lets a setting yield only to another family).
func (m *Matcher) markTimeBound(low []string, hits []eventHit, bound string) {
	if bound == "" {
		return
	}
	in := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(bound)) {
		in[strings.Trim(w, ".,;:!?")] = true
	}
	for k, h := range hits {
		// A form of several words on the bound's noun ("Wahl … abhalten"
		// around "ein Unabhängigkeitsreferendum") is that noun's too.
		for _, i := range h.at {
			if w := strings.Trim(low[i], ".,;:!?"); in[w] && timeEvent(elide(w)) {
				hits[k].setting = true
			}
		}
	}
}

// intoFamily is the family a question's hits name by taking its
// organisation (lexicon into: an invitation to NATO, entering the EU, is
// joining it), or "".
func (m *Matcher) intoFamily(hits []eventHit) string {
	for _, h := range hits {
		if into := m.byName[h.concept].Into; into != "" && !h.setting {
			return into
		}
	}
	return ""
}

// namesSetting reports whether the question's object is written against
// a setting's noun, as what the meeting is ("the NATO summit",
// "NATO-Gipfel", "саммит НАТО"): an invitation to the NATO summit is one
// to the meeting, not to join; "zaproszona do NATO na szczycie" keeps the
// two apart.
func namesSetting(ents []kent.FrameEntity, at []int, obj *kent.FrameEntity, hits []eventHit) bool {
	k := slices.IndexFunc(ents, func(e kent.FrameEntity) bool { return e.Key == obj.Key && e.Name == obj.Name })
	if k < 0 || k >= len(at) {
		return false
	}
	return slices.ContainsFunc(hits, func(h eventHit) bool {
		return h.setting && len(h.at) == 1 && h.at[0]-at[k] <= 1 && at[k]-h.at[0] <= 1
	})
}

// onlySettings reports whether every hit of family is a setting: the
// question names that family only as when or where something else happens.
func onlySettings(hits []eventHit, family string) bool {
	n := 0
	for _, h := range hits {
		if h.concept == family {
			if !h.setting {
				return false
			}
			n++
		}
	}
	return n > 0
}

// markAttributive marks the one-word hits that modify a name rather than
// say what happens: a lower-case word right after an article or
// preposition and right before a capitalised name ("Teile des besetzten
// Westjordanlands", "the occupied West Bank"). The question's verb or
// event noun ("annektieren") is what it asks.
func (m *Matcher) markAttributive(words []string, hits []eventHit) {
	for k, h := range hits {
		i := h.at[0]
		if len(h.at) != 1 || i == 0 || i+1 >= len(words) || isUpper(words[i]) {
			continue
		}
		next := words[i+1]
		hits[k].attr = m.function[strings.ToLower(words[i-1])] && isUpper(next) && !m.function[strings.ToLower(next)]
	}
}

// maxGap is how many words may stand between the two words of a two-word
// event form in a question ("raise its policy rate", "ihre Leitzinsen bis
// zu ihrer Sitzung im Juni 2024 senken": a German verb comes last): a
// question is one clause, so its verb and object are in it.
const maxGap = 8

// eventHits lists the event concepts a question's lower-case words name:
// every form of the lexicon as written, and two-word forms whose words
// stand apart, in the order the lexicon writes them.
func (m *Matcher) eventHits(low []string, pairs [][2]int) []eventHit {
	var out []eventHit
	m.events.Match(low, func(c string, i int) {
		out = append(out, eventHit{concept: c, at: seq(i, m.matchLen(low[i:], c))})
	})
	// A compound whose first part names one family and whose head another
	// ("Unabhängigkeitsreferendum", "självständighetsomröstning") asks
	// about its head.
	for k, n := 0, len(out); k < n; k++ {
		i := out[k].at[0]
		if len(out[k].at) != 1 || (k > 0 && out[k-1].at[0] == i) {
			continue
		}
		if c, ok := m.events.HeadOf(low[i]); ok && c != out[k].concept && !m.events.OwnsHead(low[i], out[k].concept) {
			out = append(out, eventHit{concept: c, at: []int{i}, head: true})
		}
	}
	// A compound on an acronym ("EU-Kandidatenstatus", "NATO-Beitritt")
	// asks what its part after the hyphen names.
	for i, w := range low {
		a, tail, ok := strings.Cut(w, "-")
		if !ok || a == "" || tail == "" || slices.ContainsFunc(out, func(h eventHit) bool { return slices.Contains(h.at, i) }) {
			continue
		}
		m.events.Match([]string{tail}, func(c string, k int) {
			out = append(out, eventHit{concept: c, at: []int{i}, head: true})
		})
	}
	// A word that names a key family by itself is not the first word of
	// another family's form split by other words: "frappera-t-il les sites
	// nucléaires" is a strike on nuclear sites, not a nuclear strike.
	alone := map[int]string{}
	for _, h := range out {
		if len(h.at) == 1 && m.byName[h.concept].Key {
			alone[h.at[0]] = h.concept
		}
	}
	for _, p := range pairs {
		i, j := p[0], p[1]
		{
			words := []string{low[i], low[j]}
			m.events.Match(words, func(c string, k int) {
				ec, ok := m.byName[c]
				if k != 0 || !ok || (!ec.Key && !ec.HasOpposite()) || m.matchLen(words, c) != 2 {
					return
				}
				// Unless the word names the form's own event (kin): "the
				// referendum on … pass" is its passing.
				if a, ok := alone[i]; ok && a != c && ec.Key && !slices.Contains(ec.Kin, a) {
					return
				}
				out = append(out, eventHit{concept: c, at: []int{i, j}})
			})
		}
	}
	return out
}

// headMinStem is how many letters a compound's head must have to name
// the event of a word no form begins: a shorter stem is too often another
// word's ending.
const headMinStem = 5

// compoundHeads lists, of a question that names no event otherwise, the
// event families named by the heads of compounds no form begins, in a
// language that writes compounds as one word:
// "alueliitos" (annexation of territory), "Gebietsannexion". A capitalised
// word after the first, where only names are capitalised, is a name
// ("Yhdysvallat", the United States, is no capture). A question whose
// language is not told apart by its function words is read so too.
func (m *Matcher) compoundHeads(words, low []string, lang string, hits []eventHit) []eventHit {
	if lang != "" && !m.compounds[lang] || len(hits) > 0 {
		// A question of too few function words to tell its language may
		// be Finnish. A question that names an event otherwise asks about
		// that one: "seine Präsidentschaftskandidatur zurückziehen" is a
		// withdrawal, not a candidacy.
		return nil
	}
	_, nounsCap := m.nounAfter[lang]
	var out []eventHit
	for i, w := range low {
		if r, _ := utf8.DecodeRuneInString(words[i]); !nounsCap && i > 0 && unicode.IsUpper(r) {
			continue
		}
		for _, c := range m.events.HeadsFrom(w, headMinStem) {
			out = append(out, eventHit{concept: c, at: []int{i}, head: true})
		}
	}
	return out
}

// matchLen is how many of words the shortest form of concept c starting at
// words[0] takes (0 when none does).
func (m *Matcher) matchLen(words []string, c string) int {
	for n := 1; n <= min(len(words), 6); n++ {
		found := false
		m.events.Match(words[:n], func(c2 string, k int) { found = found || (c2 == c && k == 0) })
		if found {
			return n
		}
	}
	return 0
}

func seq(i, n int) []int {
	out := make([]int, max(n, 1))
	for k := range out {
		out[k] = i + k
	}
	return out
}

// eventOf picks the question's event family among its hits: the most
// specific form (most words) wins, then the first in the text. A concept
// that names who acts rather than what happens ("military": troops, army)
// yields to any family. An opposite (staying on, holding rates, losing)
// asks about its family negated, and so does a refusal ("refuse to
// ratify"). It returns the family and whether the question is inverted.
func (m *Matcher) eventOf(hits []eventHit) (family string, inverted bool) {
	var best *eventHit
	rank := func(h eventHit) (int, int, int) {
		actor := 0
		if h.concept == "military" || slices.ContainsFunc(m.byName[h.concept].YieldsTo, func(c string) bool {
			return slices.ContainsFunc(hits, func(o eventHit) bool { return o.concept == c })
		}) {
			actor = 1
		}
		return -len(h.at), actor, slices.Min(h.at)
	}
	less := func(a, b eventHit) bool {
		a1, a2, a3 := rank(a)
		b1, b2, b3 := rank(b)
		if a.setting != b.setting {
			return b.setting
		}
		if a.attr != b.attr {
			return b.attr
		}
		if a2 != b2 {
			// Armed forces are who acts, or the office a person holds
			// ("dismissed as commander of the armed forces"): any other
			// event the question names is what it asks.
			return a2 < b2
		}
		if a1 != b1 {
			return a1 < b1
		}
		// Of two forms as long, the one written together is more specific
		// than one whose words stand apart: "noch Kanzler" (still in office)
		// over "wird … Kanzler" (becoming chancellor).
		if sa, sb := gapOf(a.at), gapOf(b.at); sa != sb {
			return sa < sb
		}
		if a3 == b3 && a.head != b.head {
			return a.head
		}
		if slices.Equal(a.at, b.at) {
			// One form of two families ("replaced as", "zastąpiony", "lose
			// his post": he may resign or be pushed) asks about the broader
			// one, whose kin takes the other: a resignation question takes
			// a dismissal, not the reverse.
			if ka, kb := slices.Contains(m.byName[a.concept].Kin, b.concept), slices.Contains(m.byName[b.concept].Kin, a.concept); ka != kb {
				return ka
			}
		}
		return a3 < b3
	}
	var flipping []string
	for k, h := range hits {
		ec := m.byName[h.concept]
		if ec.Flips {
			flipping = append(flipping, h.concept)
			continue
		}
		if len(ec.Absorbs) > 0 {
			continue // a veto turns what it blocks; asked about alone (parse's vetoOf)
		}
		if m.opposesNoKey(ec) {
			continue
		}
		if !ec.Key && !ec.HasOpposite() {
			continue
		}
		if best == nil || less(h, *best) {
			best = &hits[k]
		}
	}
	if best == nil {
		return "", false
	}
	// Distinct flipping concepts compose as a parity ("Will X reverse its
	// refusal to join?" asks about joining); one matched twice is one.
	flips := m.flipped(flipping)
	ec := m.byName[best.concept]
	if ec.HasOpposite() {
		return ec.Opposite(), !flips
	}
	return best.concept, flips
}

// gapOf is how many words stand between the words of a form.
func gapOf(at []int) int { return slices.Max(at) - slices.Min(at) + 1 - len(at) }

// pairsOf lists the pairs of words (in text order, not adjacent) a
// two-word event form may span: with arcs and a parser for lang, each
// word and its syntactic head ("raise" … "rate" as verb and object);
// else any two words at most maxGap words apart.
func (m *Matcher) pairsOf(words []string, lang string, arcs bool) [][2]int {
	var out [][2]int
	if model, ok := syntax.ForLanguage(lang); arcs && ok && model.HasParser() && len(words) > 0 {
		for k, t := range model.Parse(words) {
			i, j := k, t.Head-1
			if t.Head <= 0 || j >= len(words) {
				continue
			}
			if i > j {
				i, j = j, i
			}
			if j-i >= 2 {
				out = append(out, [2]int{i, j})
			}
		}
		return out
	}
	for i := range words {
		for j := i + 2; j < len(words) && j-i <= maxGap+1; j++ {
			out = append(out, [2]int{i, j})
		}
	}
	return out
}

// coordinated returns the other key families a question joins to its
// family by a conjunction ("be impeached and removed from office", "agree
// a ceasefire and hostage-release deal", "i usunięty"): each is a step of
// what is asked, so a judgement on either bears on it. A family the
// question names in another role ("restore the nuclear deal", "ratify the
// accession protocol") is not joined by "and" and stays out.
func (m *Matcher) coordinated(low []string, hits []eventHit, family string) []string {
	var out []string
	for _, f := range hits {
		if f.concept != family {
			continue
		}
		for _, h := range hits {
			ec := m.byName[h.concept]
			if h.concept == family || !ec.Key || slices.Contains(out, h.concept) {
				continue
			}
			a, b := f.at, h.at
			if slices.Min(b) < slices.Min(a) {
				a, b = b, a
			}
			from, to := slices.Max(a)+1, slices.Min(b)
			if to <= from || to-from > 3 {
				continue
			}
			if slices.ContainsFunc(low[from:to], func(w string) bool { return m.conj[w] }) {
				out = append(out, h.concept)
			}
		}
	}
	return out
}

// acrossNames lists the multiword forms a question writes around a name:
// a question puts its verb first and its subject right after it ("Уйдёт
// ли Денис Шмыгаль с поста", "Чи піде Денис Шмигаль з посади", "Czy Fico
// zostanie zastąpiony"), so the words of one form stand on both sides of
// the name. The lower-case words alone are matched again, each hit mapped
// back to where its words stand; a hit already found is not repeated.
//
// In a language that capitalises its nouns (German) a capital is no name,
// and nothing is matched again; a question whose language is not told
// apart by its function words is matched again (a Russian one may tie
// with Ukrainian).
func (m *Matcher) acrossNames(words, low []string, lang string, have []eventHit) []eventHit {
	if _, nounsCap := m.nounAfter[lang]; nounsCap {
		return nil
	}
	var kept []int
	for i := range low {
		if i > 0 && isUpper(words[i]) {
			continue
		}
		kept = append(kept, i)
	}
	if len(kept) == len(low) {
		return nil
	}
	rest := make([]string, len(kept))
	for k, i := range kept {
		rest[k] = low[i]
	}
	var out []eventHit
	m.events.Match(rest, func(c string, k int) {
		n := m.matchLen(rest[k:], c)
		if n < 2 || k+n > len(kept) || kept[k+n-1]-kept[k] == n-1 {
			return // one word, or written together: found already
		}
		at := make([]int, n)
		for j := range at {
			at[j] = kept[k+j]
		}
		if !slices.ContainsFunc(have, func(h eventHit) bool { return h.concept == c && slices.Equal(h.at, at) }) {
			out = append(out, eventHit{concept: c, at: at})
		}
	})
	return out
}
