package estimate

import (
	"slices"
	"strings"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/tokens"
)

// Headlines: a title that states a judgement ("Economists: ECB rate cut in
// June all but certain", "Chance of West Bank annexation is fading",
// "Ekonomiści: obniżka stóp w czerwcu niemal pewna") is read like a
// sentence of the article, and its judgements are marked Headline, with
// spans into the title and the title as their Words. Who holds one: the
// one the title names (before a colon, "Economists:", "Gaza, Trump:"; or
// as a source, "…, says Berenberg", "selon un responsable du Hamas"),
// else the article's own voice. A title that asks anything ("Will the ECB
// cut in June?", "Regierung vor dem Aus? So wahrscheinlich ist …") is no
// judgement: the rest of it only announces what the article weighs. A
// title that asks and then answers ("Neuwahlen im Juni?
// Politikwissenschaftlerin hält das für relativ unwahrscheinlich", "Czy
// X? Eksperci: mało prawdopodobne") is read at its answer, which judges
// what the question asked (its proposition refers back to it); an answer
// that opens with a teaser ("So wahrscheinlich ist …", "Here's what
// experts say") announces, and is no judgement either.

// A headline most often sums up its article: its own voice ("EU embargo
// on Russian gas might be a long way off") restates what the body's
// sources say, and a holder it names ("Colonel Kemp: Ukraine has no
// chance") is mostly quoted in the body too. So a headline adds a voice
// only where the body does not already give one (newVoices): a holder it
// names as a source that the body's judgements lack, or its own view
// where the body judges nothing (a feed item's title over a summary). A
// subject the title names without a verb of saying ("Japans Notenbank
// hält an lockerer Linie fest – Ende in Sicht") is what it speaks of: the
// judgement is the outlet's.

// headlineLeadReach is how many tokens a title's lead may have before its
// colon: "Chief economist of Nordbank:".
const headlineLeadReach = 6

// headline returns the judgements the article's title states, and whether
// their holder is a source named after a closing dash (headlineTail).
func (x *Extractor) headline(a *kent.Article) (js []kent.Judgement, tail bool) {
	if strings.TrimSpace(a.Title) == "" {
		return nil, false
	}
	code := a.Language
	r := x.rules[code]
	if r == nil {
		r = x.def
	}
	title := &kent.Article{Text: a.Title, Language: code}
	toks := tokens.Sentence(a.Title, kent.Span{Start: 0, End: len(a.Title)})
	var asked []kent.Token
	if strings.ContainsAny(a.Title, "?¿") {
		asked, toks = answerPart(r, toks)
	}
	if len(toks) == 0 {
		return nil, false
	}
	c := &sentence{a: title, r: r, toks: toks, prev: asked, samePara: true, cond: conditionSpans(r, toks), code: code, sent: -1, backSent: -2}
	if x.parse {
		c.lang = code
	}
	js = x.sentence(c)
	if len(js) == 0 && len(asked) == 0 {
		if j, ok := c.titleDenial(); ok {
			js = []kent.Judgement{j}
		}
	}
	var lead *kent.Speaker
	leadEnd := 0
	if len(js) > 0 {
		lead, leadEnd = c.headlineLead()
		if lead == nil {
			lead, leadEnd = c.headlineTail()
			tail = lead != nil
		}
	}
	if lead != nil && !strings.Contains(a.Text, firstWord(lead.Name)) && lead.Kind != "group" {
		lead = nil // a topic label ("Explained:", "Kommentar:"), not someone the article quotes
	}
	named := lead != nil || c.namesSource()
	for i := range js {
		j := &js[i]
		j.Sentence, j.Language, j.Headline = -1, code, true
		if len(asked) > 0 && len(j.Proposition.Events) == 0 {
			answers(r, j, asked) // "Neuwahlen im Juni? Politologin hält das für … unwahrscheinlich"
		}
		if topic := c.titleTopic(j); lead == nil && len(topic) > 0 && len(j.Proposition.Events) == 0 {
			answers(r, j, topic) // "Отставка Шмыгаля: вопрос решён" judges the resignation
		}
		// The lead before the colon speaks, over a name the rest of the
		// title mentions ("Ökonomen: Zinssenkung der EZB … so gut wie
		// sicher" is the economists').
		if lead != nil && (j.CueSpan.Start > leadEnd) != tail {
			h := *lead
			j.Holder = &h
		}
		if !named {
			j.Holder = nil // a subject the title names without a verb of saying is what it speaks of, not who speaks
		}
	}
	return js, tail && lead != nil
}

// titleDenialReach is how many tokens after a title's denial word its
// event noun may stand, with no function word between: "Kein schneller
// Frieden", "No peace deal".
const titleDenialReach = 3

// titleDenial reads a title that opens (or opens after its lead's colon)
// with a denial word before an event noun: "Kein Frieden vor Jahresende",
// "EIU : pas de traité de paix en 2024", "Ingen fred i år", "Brak
// porozumienia w tym roku". Such a title forecasts that the event will
// not happen, as "there will be no peace" does: a categorical judgement
// on the event, its proposition negative.
func (s *sentence) titleDenial() (kent.Judgement, bool) {
	r, toks := s.r, s.toks
	k := 0
	for c := 0; c < len(toks) && c <= headlineLeadReach; c++ {
		if toks[c].Low == ":" {
			k = c + 1
			break
		}
	}
	for k < len(toks) && !toks[k].Word {
		k++ // an opening quotation mark
	}
	n := r.denials.Len(toks, k)
	if n == 0 {
		return kent.Judgement{}, false
	}
	for m := k + n; m < len(toks) && m <= k+n+titleDenialReach; m++ {
		if r.eventAt(toks, m) {
			j := s.finish(s.unhedged(k, k+n), k, k+n)
			if len(j.Proposition.Events) == 0 {
				return kent.Judgement{}, false
			}
			j.Proposition.Negated = true
			return j, true
		}
		if !toks[m].Word || r.function[toks[m].Low] {
			break // the denied noun is another, the event its complement: "Keine Angaben zum Treffen"
		}
	}
	return kent.Judgement{}, false
}

// titleTopic returns the tokens before a title's colon when the judgement
// stands after it: a topic ("Отставка Шмыгаля: вопрос решён", "Brexit:
// unlikely") whose verdict follows, where no holder leads the title.
func (s *sentence) titleTopic(j *kent.Judgement) []kent.Token {
	for k := 0; k < len(s.toks) && k <= headlineLeadReach; k++ {
		if s.toks[k].Low == ":" {
			if k > 0 && j.CueSpan.Start > s.toks[k].Start {
				return s.toks[:k]
			}
			return nil
		}
	}
	return nil
}

// namesSource reports whether the title has a verb of saying or
// estimating, or a source phrase ("…, says Fitch", "IMK sees 74%
// probability", "selon un responsable du Hamas"): the holder it names
// then speaks.
func (s *sentence) namesSource() bool {
	r, toks := s.r, s.toks
	for k := range toks {
		if toks[k].Word && (r.reporting.Len(toks, k) > 0 || r.sources.Len(toks, k) > 0 || r.estimating.Len(toks, k) > 0) {
			return true
		}
	}
	return false
}

// headlineLead returns the name or group a title's lead gives before its
// colon ("Economists: …", "Gaza, Trump: …", "Ifo-Chef Fuest: …"): the
// whole stretch from the start, or from the last comma, to the colon must
// be it. nil when there is none; end is the byte offset of its colon.
func (s *sentence) headlineLead() (h *kent.Speaker, end int) {
	toks := s.toks
	colon := -1
	for k := 0; k < len(toks) && k <= headlineLeadReach; k++ {
		if toks[k].Low == ":" {
			colon = k
			break
		}
	}
	if colon < 1 {
		return nil, 0
	}
	from := 0
	for k := colon - 1; k >= 0; k-- {
		if toks[k].Low == "," || toks[k].Low == "–" || toks[k].Low == "-" {
			from = k + 1
			break
		}
	}
	if from >= colon || !toks[from].Word {
		return nil, 0
	}
	if n := s.r.groups.Len(toks, from); n > 0 && from+n == colon {
		return &kent.Speaker{Name: s.a.Text[toks[from].Start:toks[colon-1].End], Kind: "group"}, toks[colon].Start
	}
	e := from
	for e < colon && toks[e].Word && (isCapitalised(toks[e].Text) || e > from && s.r.hold.isRole(toks[e-1].Low)) {
		e++
	}
	if e != colon || s.r.function[toks[from].Low] {
		return nil, 0
	}
	if h = s.speaker(from, e); h == nil || s.nobody(h) {
		return nil, 0
	}
	return h, toks[colon].Start
}

// headlineTail returns the source a title names after a closing dash
// ("Economy to shrink in 2023 – Ifo", "Трюдо оголосить про відставку – The
// Globe and Mail", "… — Reuters"): the whole stretch from the dash to the
// end must be a name or a group. nil when there is none; start is the byte
// offset of its dash.
func (s *sentence) headlineTail() (h *kent.Speaker, start int) {
	toks := s.toks
	end := len(toks)
	for end > 0 && !toks[end-1].Word && toks[end-1].Low != "%" {
		end-- // a closing full stop or quotation mark
	}
	dash := -1
	for k := end - 1; k >= 2 && end-k-1 <= headlineLeadReach; k-- {
		if l := toks[k].Low; l == "–" || l == "—" || l == "-" {
			dash = k
			break
		}
	}
	if dash < 0 || dash+1 >= end || !toks[dash+1].Word || toks[dash].Start == toks[dash-1].End {
		return nil, 0 // none, or a hyphen inside a word ("EU-Gasembargo")
	}
	from := dash + 1
	if n := s.r.groups.Len(toks, from); n > 0 && from+n == end {
		return &kent.Speaker{Name: s.a.Text[toks[from].Start:toks[end-1].End], Kind: "group"}, toks[dash].Start
	}
	for k := from; k < end; k++ {
		if !toks[k].Word || !isCapitalised(toks[k].Text) && !s.r.function[toks[k].Low] {
			return nil, 0 // a clause or a lower-case phrase ("– and why it matters")
		}
	}
	if !isCapitalised(toks[end-1].Text) {
		return nil, 0
	}
	if h = s.speaker(from, end); h == nil || s.nobody(h) {
		return nil, 0
	}
	return h, toks[dash].Start
}

// newVoices returns the headline judgements that add a voice to the
// body's: a named holder none of the body's judgements has, or, in the
// article's own voice or a group's, a judgement on an event none of the
// body's judgements is about (any judgement of a title that names no
// event, where the body gives none: a feed item's title over a summary of
// facts).
//
// A source after a closing dash ("… – CNN", "… – Железняк") is most often
// the one whose report the body retells, in its own words and under the
// names it quotes: its title is read as the outlet's own would be.
func newVoices(head, body []kent.Judgement, r *rules, tail bool) []kent.Judgement {
	var out []kent.Judgement
	for _, h := range head {
		heard := false
		for _, b := range body {
			if tail && sameVoice(h.Holder, b.Holder) {
				heard = true
				break
			}
			if tail || h.Holder == nil || h.Holder.Kind == "group" || bareRole(r, h.Holder) {
				// The article's voice, or a group ("Political scientist:",
				// "Media:") that stands for the sources the body names:
				// the body's judgements are what it sums up, where they
				// judge what it does. A title whose event no judgement
				// of the body weighs ("Bulgaria may adopt the euro in
				// 2026" over a body that weighs only the final vote's
				// formality) says something of its own; a bare forecast
				// ("Riksbank will hold rates") reports the news the body
				// tells, and its judgements name no event only because
				// they borrow the title's.
				heard = heard || h.Categorical || sharesEvent(h, b)
				continue
			}
			heard = heard || sameVoice(h.Holder, b.Holder)
		}
		if !heard {
			out = append(out, h)
		}
	}
	return out
}

// bareRole reports whether a holder is a role word with no name
// ("Politikwissenschaftlerin hält das für …", "Analyst:"): the title
// describes someone the body names, as a group stands for its sources.
func bareRole(r *rules, h *kent.Speaker) bool {
	if r.hold == nil || strings.ContainsAny(h.Name, " \u00a0") {
		return false
	}
	return r.hold.isRole(strings.ToLower(h.Name))
}

// sameVoice reports whether two named holders are one: one name contained
// in the other ("Fitch", "Fitch Ratings"), or the same last word
// ("Colonel Kemp", "Richard Kemp").
func sameVoice(a, b *kent.Speaker) bool {
	if b == nil {
		return false
	}
	x, y := strings.ToLower(a.Name), strings.ToLower(b.Name)
	if x == "" || y == "" {
		return false
	}
	return strings.Contains(x, y) || strings.Contains(y, x) || lastWord(x) == lastWord(y)
}

// lastWord returns the last space-separated word of a name.
func lastWord(name string) string {
	return name[strings.LastIndexByte(name, ' ')+1:]
}

// answerPart splits a title's tokens at its last question mark: the
// question asked, and the answer after it; no answer when nothing but
// punctuation follows ("Will the ECB cut in June?", "… pero ¿cómo y
// cuándo?") or what follows opens with a teaser or a question word.
func answerPart(r *rules, toks []kent.Token) (asked, answer []kent.Token) {
	q := -1
	for k, t := range toks {
		if t.Low == "?" {
			q = k
		}
	}
	if q < 0 {
		return nil, nil // "¿" alone: a question whose mark was lost
	}
	first := -1
	for k := q + 1; k < len(toks); k++ {
		if toks[k].Word {
			first = k
			break
		}
	}
	if first < 0 || r.teasers.Len(toks, first) > 0 || r.interrogatives.Len(toks, first) > 0 {
		return nil, nil
	}
	return toks[:q+1], toks[q+1:]
}

// answers makes a title's answer that names no event of its own about
// what the title asked: its events (not those that only turn another
// around) and its names.
func answers(r *rules, j *kent.Judgement, asked []kent.Token) {
	for _, c := range concepts(r, asked) {
		if !r.polar[c] {
			j.Proposition.Events = union(j.Proposition.Events, []string{c})
		}
	}
	j.Proposition.Entities = union(j.Proposition.Entities, entities(asked, true))
}

// sharesEvent reports whether a body judgement b judges what the title's
// judgement h does: an event concept of h's proposition, or anything when
// h names none.
func sharesEvent(h, b kent.Judgement) bool {
	if len(h.Proposition.Events) == 0 {
		return true
	}
	for _, e := range h.Proposition.Events {
		if slices.Contains(b.Proposition.Events, e) {
			return true
		}
	}
	return false
}
