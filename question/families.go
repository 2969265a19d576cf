// Which event family a proposition's concepts are, set against the question's.

package question

import (
	"strconv"
	"sync"

	"github.com/kentnews/kent/lexicon"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// family reports whether event concepts are the question's family (one
// key family, or two of its legacy concepts) and whether they say its
// opposite: "will stay out", "will refuse to join", "avoid a recession".
func (m *Matcher) family(q Question, events []string) (family, invert bool) {
	// Flips compose as a parity (refusing a reversal is for the event); of
	// a question on vetoing, "block" is the veto asked about, no flip.
	shared, key, flips := 0, false, m.flippedFor(m.byName[q.Family], events)
	kin := m.kinOf(q, events)
	for _, c := range events {
		ec := m.byName[c]
		if ec.Flips {
			continue
		}
		if q.Family != "" && !slices.Contains(q.Concepts, c) && slices.Contains(ec.Implies, q.Family) {
			c = q.Family // a coalition's collapse brings the early election asked about
		}
		if slices.Contains(kin, c) {
			c = q.Family // "Russia will not attack Ukraine" of a question on invading it
		}
		if o, ok := ec.OppositeIn(q.Concepts); ok {
			invert = !invert
			c = o
		} else if _, ok := ec.OppositeIn(kin); ok {
			invert = !invert // a government that survives the vote does not fall
			c = q.Family
		}
		if slices.Contains(q.Concepts, c) {
			shared++
			key = key || m.byName[c].Key
		}
	}
	family = shared >= 2 || key
	if family && flips {
		invert = !invert
	}
	return family, invert
}

// roleAsPredicate reports whether a verb lemma the parse chose as the
// judged predicate is a title of the sentence mis-tagged (Swedish
// "premiärminister" ends like a verb in the present, lemma
// "premiärminista"): a word of the sentence that begins with all of the
// lemma but its last two letters is a title or a compound on one.
func (m *Matcher) roleAsPredicate(pred, words string) bool {
	stem := []rune(strings.ToLower(pred))
	if len(stem) < 7 {
		return false
	}
	prefix := string(stem[:len(stem)-2])
	for _, w := range fields(words) {
		if w = strings.ToLower(w); !strings.HasPrefix(w, prefix) {
			continue
		}
		if m.roles[w] {
			return true
		}
		for r := range m.roles {
			if utf8.RuneCountInString(r) >= 6 && len(w) > len(r) && strings.HasSuffix(w, r) {
				return true // a compound on a title: "premiärminister", "Regierungssprecher"
			}
		}
	}
	return false
}

// kinOf returns the question family's kin concepts (lexicon kin: an
// attack or a war, of a question on an invasion) when they may stand for
// the family among events: no other family is there, for "Russia will
// lose the war" is a judgement on losing, not on the invasion.
func (m *Matcher) kinOf(q Question, events []string) []string {
	kin := m.byName[q.Family].Kin
	if len(kin) == 0 {
		return nil
	}
	for _, c := range events {
		ec := m.byName[c]
		if slices.Contains(q.Concepts, c) || slices.Contains(kin, c) || ec.Flips || slices.Contains(ec.Implies, q.Family) || hasOpposite(ec, kin) {
			continue
		}
		if slices.ContainsFunc(ec.Implies, func(x string) bool { return slices.Contains(kin, x) }) {
			continue // "renversé" is a coup and an ouster: the coup brings the ouster
		}
		if ec.Key || ec.HasOpposite() {
			return nil
		}
	}
	return kin
}

// intoObject reports whether events become the question's family by
// taking its organisation, which the words name: "Ukraina do UE nie
// wejdzie" (enter, with the EU) is about joining the EU.
func (m *Matcher) intoObject(q Question, events, words []string) bool {
	if q.Object == nil || q.Object.Kind != "organisation" || q.Family == "" {
		return false
	}
	for _, c := range events {
		if m.byName[c].Into != q.Family {
			continue
		}
		orgs := m.orgs.Find(words)
		if slices.Contains(orgs, q.Object.Key) {
			return true
		}
		// A question that asks about the step itself ("Will Ukraine be
		// invited to join NATO?") has it in its own words: "the allies
		// will not issue an invitation to Ukraine" names no organisation
		// and is that step, unless it names another one.
		if len(orgs) == 0 && m.asksStep(q, c) {
			return true
		}
	}
	return false
}

// outOfObject reports whether events end the question's family by
// taking its organisation: "Armenia will leave the CSTO" or "Armenia's
// membership will end" is against a question on Armenia joining it. The
// organisation must be named, unless the proposition names the family
// itself ("membership ... end") and no organisation at all; another
// organisation is left to otherObject.
func (m *Matcher) outOfObject(q Question, events, words []string) bool {
	if q.Object == nil || q.Object.Kind != "organisation" || q.Family == "" {
		return false
	}
	for _, c := range events {
		if m.byName[c].OutOf != q.Family || slices.Contains(q.Concepts, c) {
			continue
		}
		orgs := m.orgs.Find(words)
		return slices.Contains(orgs, q.Object.Key) || len(orgs) == 0 && slices.Contains(events, q.Family)
	}
	return false
}

// flipped reports whether events turn the family they govern into its
// opposite (refusing, postponing): an odd number of flipping concepts,
// for two cancel ("rejected any reversal of the decision to join").
func (m *Matcher) flipped(events []string) bool {
	return m.flippedFor(lexicon.EventConcept{}, events)
}

// flippedFor is flipped less the flip concepts the asked family takes as
// its own words (lexicon absorbs: a veto question's "block").
func (m *Matcher) flippedFor(asked lexicon.EventConcept, events []string) bool {
	odd := false
	for i, c := range events {
		if m.byName[c].Flips && !asked.AbsorbsFlip(c) && !slices.Contains(events[:i], c) {
			odd = !odd
		}
	}
	return odd
}

// asksStep reports whether the question's own words name concept c at
// words that do not also name its family: "invited" in "Will Ukraine be
// invited to join NATO?" is the step asked about, while "join" is both
// entering and membership and names no step of its own.
func (m *Matcher) asksStep(q Question, c string) bool {
	if !slices.Contains(q.Concepts, c) {
		return false
	}
	low := lower(fields(q.Text))
	at := map[int]bool{}
	m.events.Match(low, func(x string, i int) {
		if x == q.Family {
			at[i] = true
		}
	})
	step := false
	m.events.Match(low, func(x string, i int) {
		step = step || x == c && !at[i]
	})
	return step
}

// narrower returns a concept among events that is a part or stage of the
// question's family and not asked about itself ("winning the popular
// vote", "the primaries" of a question on winning the election), else "".
func (m *Matcher) narrower(q Question, events []string) string {
	if q.Family == "" {
		return ""
	}
	for _, c := range events {
		if slices.Contains(m.byName[c].Narrows, q.Family) && !slices.Contains(q.Concepts, c) {
			return c
		}
	}
	return ""
}

// implying returns the concept of events that implies the question's
// family when none of them is the family or its opposite, else "".
func (m *Matcher) implying(q Question, events []string) string {
	via := ""
	for _, c := range events {
		ec := m.byName[c]
		if slices.Contains(q.Concepts, c) || hasOpposite(ec, q.Concepts) {
			return ""
		}
		if via == "" && q.Family != "" && slices.Contains(ec.Implies, q.Family) {
			via = c
		}
	}
	return via
}

// sharesConcept reports whether any concept is one of the question's (or
// its opposite): "att delta i anfallet" is entering, one of the concepts
// of a question on troops entering a war, though not two of them.
func (m *Matcher) sharesConcept(q Question, cs []string) bool {
	for _, c := range cs {
		if slices.Contains(q.Concepts, c) || hasOpposite(m.byName[c], q.Concepts) {
			return true
		}
	}
	return false
}

// anyPolar reports whether a concept only turns another around (refusing,
// staying out): the frame then judges the refusal of the surface's event.
func (m *Matcher) anyPolar(cs []string) bool {
	for _, c := range cs {
		if ec := m.byName[c]; ec.Flips || ec.HasOpposite() {
			return true
		}
	}
	return false
}

// forecastFamily returns the family a categorical forecast's own verb
// names when it is not the question's: in "the oil embargo will hit Russia
// harder" the forecast is of hitting, an effect, whatever nouns the clause
// has. "" when the cue names no family or the question's.
func (m *Matcher) forecastFamily(q Question, j kent.Judgement) string {
	if !j.Categorical || q.Family == "" {
		return ""
	}
	// The cue and the words after it: "ударит по", "will hit".
	at := strings.Index(j.Words, j.Cue)
	if at < 0 {
		return ""
	}
	ws := lower(fields(j.Words[at:]))
	if len(ws) > 5 {
		ws = ws[:5]
	}
	var fams []string
	m.events.Match(ws, func(c string, i int) {
		if i <= 1 || !strings.Contains(j.Cue, " ") && i == 0 {
			fams = append(fams, c)
		}
	})
	kin := m.kinOf(q, fams)
	for _, f := range fams {
		if f == q.Family || slices.Contains(kin, f) || m.byName[f].Opposes(q.Family) || m.byName[f].Flips || m.intoObject(q, []string{f}, fields(j.Words)) {
			return ""
		}
	}
	if len(fams) == 0 || m.byName[fams[0]].Talk && talkDenied(j) {
		return "" // "не обсуждается": the event not taken up (byFrame)
	}
	if m.entering(fams, q.Family) && slices.Contains(m.events.Concepts(ws), q.Family) {
		return "" // "wejdziemy w recesję": entering the event the words name
	}
	return fams[0]
}

func familyName(q Question) string {
	if q.Family != "" {
		return q.Family
	}
	return strings.Join(q.Concepts, "+")
}

// saying reports whether a lemma is a verb of saying or thinking ("say",
// "считать"): the holder's verb, not what is judged.
func (m *Matcher) saying(lemma string) bool {
	if m.speechLemmas[lemma] {
		return true
	}
	for _, st := range m.speech {
		// The prefix first: counting every stem's runes for every lemma
		// was a tenth of a brief's relevance.
		if lemma == st || strings.HasPrefix(lemma, st) && utf8.RuneCountInString(st) >= 4 {
			return true
		}
	}
	return false
}

// countWords are every language's number words from two to twenty ("two",
// "dos", "drei", "dwie", "два"), read once from the default lexicon.
var countWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	lex, err := lexicon.Default()
	if err != nil {
		return out
	}
	for _, c := range lex.Codes() {
		for w, n := range lex.Get(c).Estimative.Numbers {
			if n >= 2 && n <= 20 && n == float64(int(n)) {
				out[strings.ToLower(w)] = true
			}
		}
	}
	return out
})

// counted returns the words where a number counts the question's event
// ("sólo descuentan dos recortes", "two more rate cuts", "drei
// Zinssenkungen"), or "": such a judgement is on how many there will be,
// not on whether one comes.
func (m *Matcher) counted(q Question, text string) string {
	if q.Family == "" {
		return ""
	}
	ws := fields(text)
	low := lower(ws)
	found := ""
	m.events.Match(low, func(c string, i int) {
		if found != "" || c != q.Family || i == 0 {
			return
		}
		n := low[i-1]
		if countWords()[n] || isCount(n) {
			found = ws[i-1] + " " + ws[i]
		}
	})
	return found
}

// isCount reports whether a word is a figure from 2 to 20: a count, not a
// year, a date or a share.
func isCount(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && n >= 2 && n <= 20
}

// hasOpposite reports whether one of ec's opposites is among concepts.
func hasOpposite(ec lexicon.EventConcept, concepts []string) bool {
	_, ok := ec.OppositeIn(concepts)
	return ok
}

// opposesNoKey reports whether ec negates only concepts that are not key
// families (staying out, whose opposite enters): such a concept is never
// what a question asks.
func (m *Matcher) opposesNoKey(ec lexicon.EventConcept) bool {
	if !ec.HasOpposite() {
		return false
	}
	for _, o := range ec.Opposites {
		if m.byName[o].Key {
			return false
		}
	}
	return true
}
