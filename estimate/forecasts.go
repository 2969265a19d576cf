package estimate

import (
	"strings"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/syntax"
)

// forecastReach is how many words after a future auxiliary an event word
// may come: "will (almost surely) join", "wird der EU beitreten".
const forecastReach = 5

// verbFinalReach is forecastReach where the infinitive closes the clause:
// "wird der EU in absehbarer Zeit wohl nicht beitreten".
const verbFinalReach = 12

// forecast reads a categorical forecast at token i: a future auxiliary
// followed, within its clause, by an event family word ("will join the
// EU", "kommer att gå med i Nato", "zostanie członkiem"), or an event word
// in a synthetic future ("ganará", "vincerà"). It returns the judgement
// and the tokens of its cue, or n = 0. A negation in the clause ("wird
// der EU nicht beitreten") is the proposition's, so it is read once, when
// the question inverts it.
func (s *sentence) forecast(i int) (*kent.Judgement, int) {
	j, n := s.future(i)
	if j != nil && s.wished(i) {
		s.hoped(j)
	}
	return j, n
}

// hoped reads a future a holder hopes for as what a hope says of it: a
// lean towards the event (likely), not the certainty of a forecast.
func (s *sentence) hoped(j *kent.Judgement) {
	setBand(j, s.r.scale.Middle().Step(1))
	j.Categorical = false
}

// future reads a future at i (forecast, above).
func (s *sentence) future(i int) (*kent.Judgement, int) {
	r, toks := s.r, s.toks
	n := r.future.Len(toks, i)
	if n == 0 {
		n = s.reportedFutureAt(i)
	}
	if n > 0 {
		if r.futureReceive.Len(toks, i) > 0 && r.eventAt(toks, i) {
			// "Україна не отримає ракет": receiving weapons is the
			// recipient's side of a delivery, a form that begins at the
			// verb of receiving itself.
			j := s.unhedged(i, i+n)
			return &j, n
		}
		reach := forecastReach
		if r.verbFinal {
			reach = verbFinalReach
		}
		for k, limit := i+n, i+n+reach; k < len(toks) && k < limit; k++ {
			if !toks[k].Word {
				if correlativeComma(r, toks, i, k) {
					limit = k + 1 + reach // "не будут проводить ни президентских, ни парламентских выборов"
					continue
				}
				if toks[k].Low == "," || toks[k].Low == ";" {
					break
				}
				continue
			}
			if r.conjunctions[toks[k].Low] && negatedSpan(r, toks, max(0, i-2), k) {
				break // "nie będzie czekać i prawdopodobnie obniży": what is denied ends at "and"
			}
			if r.eventAt(toks, k) {
				j := s.unhedged(i, i+n)
				return &j, n
			}
		}
		if r.verbFinal && s.clauseFinalFuture(i, n) {
			j := s.unhedged(i, i+n)
			return &j, n
		}
		return nil, 0
	}
	for _, suf := range r.futureSuffixes {
		if strings.HasSuffix(toks[i].Low, suf) {
			if !r.futureTagged && (r.eventAt(toks, i) || s.eventObject(i)) {
				j := s.unhedged(i, i+1)
				return &j, 1
			}
			if r.futureTagged && s.light != nil && !inside(s.cond, i) {
				*s.light = append(*s.light, i) // read last, if nothing else judges (taggedForecast)
			}
			break
		}
	}
	if s.reportedSuffix(i) && (r.eventAt(toks, i) || s.eventObject(i)) {
		j := s.unhedged(i, i+1)
		return &j, 1
	}
	return nil, 0
}

// wishReach is how many tokens before a future the verb of hoping that
// governs its clause may stand: "Kiew hoffte, dass die Ukraine beim
// Gipfel in die Nato eingeladen wird".
const wishReach = 16

// wished reports whether the future at i is in a clause a verb of hoping
// or wishing governs (lexicon WishVerbs): the verb, then a complementizer,
// before i in its sentence. "Kyiv hoped that Ukraine will be invited" is
// a hope, not a forecast that it will: a lean, no more.
func (s *sentence) wished(i int) bool {
	r, toks := s.r, s.toks
	comp := false
	for k := i - 1; k >= 0 && k >= i-wishReach; k-- {
		if t := toks[k].Low; t == "." || t == ";" || t == ":" || t == "?" || t == "!" {
			return false
		}
		if !toks[k].Word {
			continue
		}
		if r.wishes.Len(toks, k) > 0 {
			return comp
		}
		if r.complementizers.Len(toks, k) > 0 {
			comp = true
		}
	}
	return false
}

// eventObject reports whether a verb with a future ending at i has an
// event word after it in its clause, as a future auxiliary has: "da
// domani scatteranno i dazi", "Trump impondrá aranceles", "la BCE
// mettra fin aux taux négatifs". The verb is a content word in lower
// case, longer than its ending.
func (s *sentence) eventObject(i int) bool {
	r, toks := s.r, s.toks
	w := toks[i].Low
	if r.function[w] || isCapitalised(toks[i].Text) || len(w) < 5 || r.reporting.Len(toks, i) > 0 {
		return false // "dirá mañana si habrá acuerdo": a verb of saying forecasts nothing
	}
	for k := i + 1; k < len(toks) && k <= i+forecastReach; k++ {
		if !toks[k].Word {
			if toks[k].Low == "," || toks[k].Low == ";" || toks[k].Low == ":" || toks[k].Low == "." {
				return false
			}
			continue
		}
		if r.complementizers.Len(toks, k) > 0 || r.interrogatives.Len(toks, k) > 0 {
			return false // a clause of its own opens: "decidirá si …", "annoncera que …"
		}
		if r.eventAt(toks, k) {
			return true
		}
	}
	return false
}

// taggedForecast reads an event verb with a future ending where the
// tagger must confirm it (Slavic perfective presents: "вступит", "nie
// wejdzie"). It needs the tagger, so it is tried only in a sentence where
// nothing else judges. (A light verb with an event noun, "одержит
// победу", is a future auxiliary of the lexicon.)
func (s *sentence) taggedForecast(i int) (kent.Judgement, int) {
	if (s.r.eventAt(s.toks, i) || s.subjectEvent(i)) && (s.finiteNonPast(i) || s.misreadFuture(i)) {
		j := s.unhedged(i, i+1)
		if s.wished(i) {
			s.hoped(&j)
		}
		return j, 1
	}
	return kent.Judgement{}, 0
}

// subjectEvent reports whether an event form opens with the subject right
// before the verb at i and goes on into it: "rząd przetrwa", "правительство
// устоит", "уряд вистоїть" (a government that survives), whose verb alone
// names no event.
func (s *sentence) subjectEvent(i int) bool {
	toks := s.toks
	return i > 0 && toks[i-1].Word && s.r.eventAt(toks, i-1) && !s.r.eventAt(toks[:i], i-1)
}

// finiteNonPast reports whether the tagger reads the word at i as a
// finite verb without gender: a present or perfective future ("wejdzie",
// "вступит"), not a past ("wszedł", "вступил") nor a noun ("recesja").
// Without a tagger for the language the ending alone decides.
func (s *sentence) finiteNonPast(i int) bool {
	w := s.tagAt(i)
	if w.UPOS == "" {
		return true
	}
	return (w.UPOS == "VERB" || w.UPOS == "AUX") && strings.Contains(w.Feats, "VerbForm=Fin") && !strings.Contains(w.Feats, "Gender=")
}

// tagAt returns the word at i as the tagger reads it, tagged with
// tagWindow words on each side (the tagger's features look two words
// around; a window is cheaper than the sentence); the zero Token when the
// language has no tagger.
func (s *sentence) tagAt(i int) syntax.Token {
	m, ok := syntax.ForLanguage(s.code)
	if !ok || m == nil {
		return syntax.Token{}
	}
	from, to := max(0, i-tagWindow), min(len(s.toks), i+tagWindow+1)
	return s.tagWords(m, from, to, i, i+1)[i-from]
}

// tagWords returns the tagger's reading of the tokens [lo, hi), of which
// the caller reads [from, to) alone, tagging them on first use: a fifth
// of the windows checks read were read before in the same sentence, and
// the tagger gives a window the same reading every time. Only the words
// read get their features (syntax.Model.TagNoLemmaIn): the rest of the
// window is context.
func (s *sentence) tagWords(m *syntax.Model, lo, hi, from, to int) []syntax.Token {
	key := [4]int{lo, hi, from, to}
	if t, ok := s.tagged[key]; ok {
		return t
	}
	forms := make([]string, 0, hi-lo)
	for _, t := range s.toks[lo:hi] {
		forms = append(forms, t.Text)
	}
	t := m.TagNoLemmaIn(forms, from-lo, to-lo) // every reader of a window reads UPOS and features, no lemma
	if s.tagged == nil {
		s.tagged = map[[4]int][]syntax.Token{}
	}
	s.tagged[key] = t
	return t
}

// tagWindow is how many words on each side of a word are tagged with it.
const tagWindow = 3

// categorical is a forecast without hedge at [i, end): the top band, read
// as a party's statement (weighted as categorical when pooled).
func (s *sentence) categorical(i, end int) kent.Judgement {
	toks := s.toks
	j := kent.Judgement{Cue: s.a.Text[toks[i].Start:toks[end-1].End], CueSpan: kent.Span{Start: toks[i].Start, End: toks[end-1].End},
		Scale: s.r.scale.Name, Categorical: true}
	setBand(&j, s.r.scale.Highest())
	return j
}

// unhedged is a forecast in the future tense without a hedge at [i, end)
// ("will join", "вступит", "wird beitreten", "dimitirá", "«Ce la
// faranno»"): categorical, banded one below the top (very likely on ICD
// 203), the band the brief pools it at (question firmFor), so that `kent
// estimates` and the brief weigh it alike. People reading the development
// questions' articles band such a "will" very likely most often (five of
// nine; almost certain three, likely one). It keeps the top band where
// certainty is said: a certainty word opens its clause ("is sure that …
// will", "впевнена, що … стане"), or a lexicon phrase says it ("will
// certainly", "will never": read as words, not here); and where its
// proposition is negative (firmForecast: "nie wejdzie" is almost no
// chance). A stated occurrence ("will take place", "has begun") keeps
// the top band too (occurrence.go).
func (s *sentence) unhedged(i, end int) kent.Judgement {
	j := s.categorical(i, end)
	if !s.certainBefore(i) {
		setBand(&j, s.r.scale.Highest().Step(-1))
	}
	return j
}

// certainBefore reports whether a certainty word (sure, pewna, sicher,
// впевнений) stands before token at in its sentence, within beliefReach
// tokens and with no sentence-closing mark between.
func (s *sentence) certainBefore(at int) bool {
	r, toks := s.r, s.toks
	if !r.hasCertainty {
		return false
	}
	for k := at - 1; k >= 0 && k >= at-beliefReach; k-- {
		if t := toks[k].Low; t == ";" || t == ":" || t == "." || t == "?" {
			return false
		}
		if toks[k].Word && r.certainty.Len(toks, k) > 0 {
			return true
		}
	}
	return false
}

// eventAt reports whether an event family word (or multiword form: "gå
// med") starts at token k. An opposite family is an event of its own
// ("Harris will lose", "la BCE maintiendra ses taux", "Belarus will stay
// out"), read inverted by a question on the other; a word that only turns
// another around (refuse, veto) is not.
func (r *rules) eventAt(toks []kent.Token, k int) bool {
	words := make([]string, 0, 4) // on the stack: Match keeps no word
	for ; k < len(toks) && len(words) < 4; k++ {
		if toks[k].Word {
			words = append(words, r.eventWord(toks[k].Low))
		}
	}
	ok := false
	r.events.Match(words, func(c string, at int) {
		if at == 0 && !r.flips[c] {
			ok = true
		}
	})
	return ok
}

// expectReach is how many words after an expecting verb its event word may
// come: "rechnet das Institut nun mit einem Schrumpfen", "expects the ECB
// to cut rates in June".
const expectReach = 10

// expectation reads an expecting verb at token i with an event family word
// in its clause: a likely judgement held by the verb's subject ("Ifo
// expects the economy to shrink", "эксперты не ждут снижения"); a
// negation before it mirrors the band. n = 0 when there is none. An
// intending verb is read the same way (intents.go).
func (s *sentence) expectation(i int) (*kent.Judgement, int) {
	r, toks := s.r, s.toks
	n := max(r.expect.Len(toks, i), r.intent.Len(toks, i))
	if n == 0 {
		return nil, 0
	}
	denied := r.intentNeg.Len(toks, i) == n // "hat nicht vor", "neketina": the negation is the verb's own
	intent := r.expect.Len(toks, i) < n
	if intent && s.askedIntent(i, n) {
		return nil, 0 // "готова ли Болгария перейти на евро", "ob …, will die EU prüfen": a question, no word given
	}
	reach := expectReach
	if intent && r.verbFinal {
		reach = verbFinalReach // "will aus der Organisation des Vertrags über kollektive Sicherheit (OVKS) austreten"
	}
	found := false
	for k := i + n; k < len(toks) && k < i+n+reach && !found; k++ {
		if t := toks[k].Low; t == ";" || t == "." || t == ":" {
			break
		}
		found = toks[k].Word && r.eventAt(toks, k)
	}
	// The event may come first in a verb-second or inverted clause:
	// "Снижения инфляции эксперты не ждут".
	for k := max(0, i-6); k < i && !found; k++ {
		found = toks[k].Word && r.eventAt(toks, k)
	}
	before, after := negationsBefore(r, toks, i), negationAfter(r, toks, i+n)
	negated := denied || r.negates(before) || after >= 0
	// "refuses to resign", "odmawia", "отказывается", "weigert sich": an
	// intention not to act, read into the band once (refused drops the
	// refusal from the proposition); denied, the refusal gives way.
	refusal := r.expect.Len(toks, i) < n && r.flipIn(toks, i, n)
	if !found && !(negated && !refusal && r.expect.Len(toks, i) < n) {
		// An intention denied is read even where the lexicon knows no
		// event in its clause ("hat nicht vor, zurückzutreten", "nie
		// zamierza tego robić"), as the phrases of the band lists it
		// replaces were: what it denies is for the question to judge. A
		// refusal needs its event: "refused to comment" judges nothing.
		return nil, 0
	}
	j := kent.Judgement{Cue: s.a.Text[toks[i].Start:toks[i+n-1].End], CueSpan: kent.Span{Start: toks[i].Start, End: toks[i+n-1].End}, Scale: r.scale.Name}
	level := r.scale.Middle().Step(1)
	if refusal && !negated {
		level = level.Mirror()
	} else if negated && !refusal {
		// One negation, read once, wherever it stands: "does not intend
		// to", "nie zamierza", "ettei hän aio", "hat nicht vor".
		j.Negated = true
		level = level.Mirror()
		s.own = append(append(s.own[:0], before...), after)
		for k := i; k < i+n; k++ {
			if r.negation(toks, k) {
				s.own = append(s.own, k)
			}
		}
	} else if f := s.firmness(i, n); r.intent.Len(toks, i) < n && f > 0 {
		level = level.Step(f) // "rechnet fest mit", "fully expects": very likely; "unanimously expect": almost certain
	}
	setBand(&j, level)
	return &j, n
}

// flipIn reports whether a word that turns an event around (refuse,
// odmawia, отказывается: an event family that only governs another)
// starts inside the cue [i, i+n): "si rifiuta di", "se niega a".
func (r *rules) flipIn(toks []kent.Token, i, n int) bool {
	for k := i; k < i+n && k < len(toks); k++ {
		if toks[k].Word && r.flipAt(toks, k) {
			return true
		}
	}
	return false
}

// flipAt reports whether a word that turns an event around starts at
// token k.
func (r *rules) flipAt(toks []kent.Token, k int) bool {
	words := make([]string, 0, 4) // on the stack: Match keeps no word
	for ; k < len(toks) && len(words) < 4; k++ {
		if toks[k].Word {
			words = append(words, r.eventWord(toks[k].Low))
		}
	}
	ok := false
	r.events.Match(words, func(c string, at int) {
		if at == 0 && r.flips[c] {
			ok = true
		}
	})
	return ok
}

// refused takes the refusal an intending verb read into its band out of
// the judgement's proposition, so that it is not read a second time:
// "Sánchez refuses to resign" is an unlikely judgement of his
// resignation, not of a refusal.
func (s *sentence) refused(j kent.Judgement, i int) kent.Judgement {
	n := s.r.intent.Len(s.toks, i)
	if n == 0 || s.r.expect.Len(s.toks, i) > 0 || !s.r.flipIn(s.toks, i, n) {
		return j
	}
	for k, c := range j.Proposition.Events {
		if s.r.flips[c] {
			j.Proposition.Events = append(j.Proposition.Events[:k:k], j.Proposition.Events[k+1:]...)
			break
		}
	}
	return j
}

// firmness is how many bands an adverb next to the expecting or
// believing verb at [i, i+n) adds to its likely judgement: one for firm
// expectation ("fully expects", "rechnet fest mit", "räknar fullt med"),
// two for unanimous ("unanimously expect", "si aspettano all'unanimità",
// "erwarten einhellig"), none without one. The adverb stands up to two
// words before the verb or right after it.
func (s *sentence) firmness(i, n int) int {
	r, toks := s.r, s.toks
	steps := func(k int) (int, int) {
		if m := r.unanimous.Len(toks, k); m > 0 {
			return 2, m
		}
		return 1, r.firm.Len(toks, k)
	}
	for k := i - 1; k >= 0 && k >= i-2 && toks[k].Word; k-- {
		if f, m := steps(k); m > 0 && k+m <= i {
			return f
		}
	}
	if k := i + n; k < len(toks) && toks[k].Word {
		if f, m := steps(k); m > 0 {
			return f
		}
	}
	return 0
}

// beliefReach is how many tokens after a belief verb its forecast may
// stand: "pensent que la Banque du Japon mettra fin à ses taux négatifs".
const beliefReach = 16

// belief reads a belief verb at token i whose clause holds a forecast: an
// event word with a future auxiliary ("ten think the ECB will start
// cutting"), an event word with a future ending ("creen que el BCE
// recortará", "считают, что ЕС введёт эмбарго", the tagger confirming a
// Slavic perfective), or, where the verb closes the clause, an event word
// in the that-clause the belief opens ("gehen davon aus, dass die Bank
// die Negativzinsen beendet"). The belief is a likely judgement held by
// the verb's subject; a negation before the verb mirrors it. A belief
// about the past or present, or "I think" with no event, is no forecast:
// n = 0.
func (s *sentence) belief(i int) (*kent.Judgement, int) {
	r, toks := s.r, s.toks
	n := r.beliefs.Len(toks, i)
	if n == 0 {
		return nil, 0
	}
	if s.beliefBehind(i, n) {
		j := kent.Judgement{Cue: s.a.Text[toks[i].Start:toks[i+n-1].End], CueSpan: kent.Span{Start: toks[i].Start, End: toks[i+n-1].End}, Scale: r.scale.Name}
		setBand(&j, r.scale.Middle().Step(1))
		return &j, n
	}
	marked, aux, past, event := false, false, false, -1
	end := min(len(toks), i+n+beliefReach)
	for k := i + n; k < end; k++ {
		t := toks[k]
		if !t.Word {
			if t.Low == ";" || t.Low == "." || t.Low == ":" || t.Low == "?" {
				break
			}
			continue
		}
		switch {
		case r.presentFuture && k <= i+n+1 && r.complementizers.Len(toks, k) > 0:
			marked = true // "gehen davon aus, dass …": the present is the future
		case r.future.Len(toks, k) > 0:
			marked, aux = true, true
		case r.pastAux.Len(toks, k) > 0:
			past = true
		case event < 0 && r.eventAt(toks, k):
			if !aux && !r.presentFuture {
				// "think the recession will be shallow": an event before
				// the future auxiliary is its subject, not its forecast;
				// it is one only with a future verb of its own ("creen
				// que el BCE recortará"; a Slavic perfective the tagger
				// confirms, "считают, что ЕС введёт эмбарго").
				if !s.futureVerbIn(i+n, k) {
					continue
				}
				marked = true
			}
			event = k
		}
		if marked && event >= 0 && (aux || !r.presentFuture || k >= event+pastReach) {
			break
		}
	}
	if event < 0 || !marked || past && !aux {
		return nil, 0
	}
	j := kent.Judgement{Cue: s.a.Text[toks[i].Start:toks[i+n-1].End], CueSpan: kent.Span{Start: toks[i].Start, End: toks[i+n-1].End}, Scale: r.scale.Name}
	level := r.scale.Middle().Step(1)
	if before := negationsBefore(r, toks, i); r.negates(before) {
		j.Negated = true
		level = level.Mirror()
		s.own = append(s.own[:0], before...)
	} else if f := s.firmness(i, n); f > 0 {
		level = level.Step(f) // "firmly believe that …", "твёрдо уверены, что …"
	}
	setBand(&j, level)
	return &j, n
}

// beliefBehind reports whether the belief verb of n tokens at i closes a
// forecast told in the present, set off by a comma with only its holder
// after it: "Suomen talous vajoaa tänä vuonna taantumaan, arvioi PTT",
// "Finlands ekonomi hamnar i recession i år, bedömer Per Holm", "Die
// Wirtschaft schrumpft in diesem Jahr, glaubt Eva Roth". The clause before
// the comma names an event, with no future auxiliary (a categorical
// forecast's belief is read by believed) and no past one, and a word of
// time (this year, soon) places it: the present of "supistui viime
// vuonna" or "är i recession" tells no forecast. An undenied belief:
// likely.
func (s *sentence) beliefBehind(i, n int) bool {
	r, toks := s.r, s.toks
	if i < 2 || toks[i-1].Low != "," || wordsIn(toks, i+n, len(toks)) > beliefTail {
		return false
	}
	if r.negates(negationsBefore(r, toks, i)) || r.complementizers.Len(toks, i+n) > 0 {
		return false
	}
	for k := i + n; k < len(toks); k++ {
		if t := toks[k].Low; t == "," || t == ";" || t == ":" || t == "?" {
			return false // more than a holder follows
		}
	}
	event, ahead := false, false
	for k := clauseStart(r, toks, i-1); k < i-1; k++ {
		if !toks[k].Word {
			continue
		}
		switch {
		case r.future.Len(toks, k) > 0, r.pastAux.Len(toks, k) > 0, r.entries.Len(toks, k) > 0:
			return false
		case r.timeframes.Len(toks, k) > 0:
			ahead = true
		case r.eventAt(toks, k):
			event = true
		}
	}
	return event && ahead
}

// pastReach is how many tokens after a belief's event word a past
// auxiliary may close its clause: "dass die Rezession mild war".
const pastReach = 4
