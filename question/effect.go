package question

import (
	"slices"
	"strings"
)

// Effects: a judgement on what an event does — "the tariffs could push up
// prices", "cła prawdopodobnie podniosą ceny", "die Zölle könnten die
// Preise steigen lassen", "recognition would anger Israel" — is not one on
// whether the event comes. The parse shows it: the event is the subject of
// a verb that takes an object of its own, and neither the verb nor its
// object names the event. A verb that only says the event happens ("the
// tariffs will take effect", "avoir lieu", "mieć miejsce") takes an object
// the language lists (occur_objects) and is no effect.

// effectOf returns the event families of the subject of the verb p when
// p acts on an object of its own, else nil, with the families of the verb
// and its object alone: those are the judged predicate's.
func (m *Matcher) effectOf(g *tree, p int, lang string) (subj, own []string) {
	if g.t[p].UPOS != "VERB" {
		return nil, nil
	}
	// The object may be the verb's or, for a verb under a causative
	// ("steigen lassen", "faire grimper"), the causative's.
	obj := g.child(p, "obj")
	if obj < 0 && g.negated(p) {
		// A genitive object under negation may be read as an indirect
		// one: "nie będą mieli wpływu na sytuację". (Elsewhere an
		// indirect one is often a date: "odbyć się 31 marca".)
		for _, io := range g.children[p] {
			if g.rel(io) == "iobj" && g.t[io].UPOS == "NOUN" && strings.Contains(g.t[io].Feats, "Case=Gen") {
				obj = io
				break
			}
		}
	}
	h := g.head(p)
	if obj < 0 && h >= 0 && g.rel(p) == "xcomp" && g.t[h].UPOS == "VERB" {
		obj = g.child(h, "obj")
	}
	// A causative's infinitive may carry the object, or the causee as its
	// own subject ("lassen … steigen": what rises is what is acted on); a
	// parse that hangs both nouns on the causative as subjects reads the
	// second as that causee ("breite Zölle die Preise steigen lassen").
	if x := g.child(p, "xcomp"); obj < 0 && x >= 0 && g.t[x].UPOS == "VERB" {
		if obj = g.child(x, "obj"); obj < 0 {
			obj = g.child(x, "nsubj")
		}
	}
	if obj < 0 {
		var subs []int
		for _, c := range g.children[p] {
			if g.rel(c) == "nsubj" && g.t[c].UPOS == "NOUN" {
				subs = append(subs, c)
			}
		}
		if len(subs) >= 2 {
			obj = subs[1]
		}
	}
	if obj < 0 || obj == p {
		return nil, nil
	}
	switch g.t[obj].UPOS {
	case "NOUN", "PROPN":
	default:
		return nil, nil
	}
	// "sankcje obejmą także surowce": a verb that says what the event
	// takes in is the event widened, not something it acts on.
	for _, st := range m.scopeVerbs[lang] {
		if strings.HasPrefix(strings.ToLower(g.t[p].Form), st) || strings.HasPrefix(strings.ToLower(g.t[p].Lemma), st) {
			return nil, nil
		}
	}
	occur := m.occurObjects[lang]
	if occur[strings.ToLower(g.t[obj].Form)] || occur[strings.ToLower(g.t[obj].Lemma)] {
		return nil, nil
	}
	s := g.subjectOf(p)
	if s < 0 || s == obj || g.t[s].UPOS != "NOUN" {
		return nil, nil
	}
	// A hedge the parse reads as a second subject ("солдаты вряд ли
	// окажут влияние": "вряд" as a noun) names no event: the subject that
	// does is the verb's.
	if len(m.familiesOf(g, []int{s})) == 0 {
		for _, c := range g.children[p] {
			if c != s && c != obj && g.rel(c) == "nsubj" && g.t[c].UPOS == "NOUN" && len(m.familiesOf(g, []int{c})) > 0 {
				s = c
				break
			}
		}
	}
	// "sanctions … are unlikely to be lifted", "die Sanktionen … außer
	// Kraft setzen": the subject and the verb are one form of a family
	// (lifting), the event itself, not an event and what it does.
	if m.oneForm(g, s, p) {
		return nil, nil
	}
	// The verb's own event is read with its object's complements, also as
	// written ("предоставят Тбилиси статус кандидата" grants candidate
	// status); the subject's is its head noun's with its modifiers ("the
	// tariffs", "die Anerkennung"), not a noun beside it ("страны – члены
	// ЕС" are countries, not a membership).
	ks := append([]int{p, obj}, g.complements(obj, "nmod", "acl", "compound", "flat")...)
	span := make([]string, 0, 8)
	lo, hi := min(p, obj), max(p, obj)+2
	if obj < p {
		// A verb that closes its clause (de, nl) has the middle field
		// between: only the object's words as written count, not the
		// obliques after it ("Einfluss auf die Lage an der Front haben").
		hi = min(p-1, obj+2)
		span = append(span, strings.ToLower(g.t[p].Form))
	}
	for k := lo; k <= hi && k < len(g.t); k++ {
		span = append(span, strings.ToLower(g.t[k].Form))
	}
	own = union(m.familiesOf(g, ks), m.events.Concepts(span))
	subj = m.familiesOf(g, []int{s})
	if len(subj) == 0 || slices.ContainsFunc(subj, func(c string) bool { return slices.Contains(own, c) }) {
		return nil, nil
	}
	return subj, own
}

// effectReason returns why a judgement is on an effect of the question's
// event, read from its frame, or "".
func (m *Matcher) effectReason(q Question, f parseFrame) string {
	if len(f.effectOf) == 0 || len(f.families) > 0 {
		return "" // a verb with a family of its own ("ударит": attack) is judged as that
	}
	if fam, _ := m.family(q, f.effectOf); !fam {
		return ""
	}
	if fam, _ := m.family(q, f.families); fam {
		return ""
	}
	return "an effect of " + familyName(q) + " («" + f.pred + "» what it acts on), not whether " + familyName(q) + " comes"
}

// negated reports whether a word of the verb at p, or of its auxiliary,
// marks its negation (Polarity=Neg: "nie", "не"; "nie będą mieli").
func (g *tree) negated(p int) bool {
	for _, c := range g.children[p] {
		if strings.Contains(g.t[c].Feats, "Polarity=Neg") {
			return true
		}
		if g.rel(c) == "aux" {
			for _, a := range g.children[c] {
				if strings.Contains(g.t[a].Feats, "Polarity=Neg") {
					return true
				}
			}
		}
	}
	return false
}

// oneForm reports whether the words s and p, read together in that order,
// begin a form of several words that neither begins alone: "sanctions …
// lifted" (lifting them), not "tariffs … push" (push is a word of its own).
func (m *Matcher) oneForm(g *tree, s, p int) bool {
	pair := func(a, b string) bool {
		alone := m.events.Concepts([]string{a})
		found := false
		m.events.Match([]string{a, b}, func(c string, i int) {
			found = found || i == 0 && !slices.Contains(alone, c)
		})
		return found
	}
	lo := func(k int) (string, string) { return strings.ToLower(g.t[k].Form), strings.ToLower(g.t[k].Lemma) }
	sf, sl := lo(s)
	pf, pl := lo(p)
	return pair(sf, pf) || pair(sl, pl) || pair(sf, pl)
}
