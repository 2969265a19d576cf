package estimate

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/tokens"
)

// proposition returns the clause the judgement is about: what follows a
// complementizer after the cue ("unlikely that P", "osannolikt att P"),
// else the clause around the cue ("P is unlikely", "Belarus will probably
// P"). If the clause names no event, it may refer back ("closing a border
// that long … was very unlikely"): when it shares a content word with the
// previous sentence, that sentence's entities and events are added.
//
// sure says the cue is on the likely side: a clause it refers back to
// keeps its negation ("won't resign, there is no doubt of it"), where an
// unlikely cue's pronoun stands for the event alone ("nie ustąpi, to
// wykluczone": resigning is out of the question).
func proposition(a *kent.Article, r *rules, toks, prev []kent.Token, samePara bool, i, end int, cond [][2]int, own []int, cue kent.Span, sure bool) kent.Proposition {
	from, to := judgedClause(r, toks, i, end, cond)
	var p kent.Proposition
	if to <= from {
		return p
	}
	// The cue's own words count for the event: "nie wyślemy żołnierzy",
	// "will not interfere".
	p.Events = concepts(r, toks[min(from, i):to])
	if len(p.Events) == 0 {
		if f, t, ok := frontedClause(r, toks, from); ok {
			from, to = f, t
			p.Events = concepts(r, toks[min(from, i):to])
		}
	}
	p.Span = kent.Span{Start: toks[from].Start, End: toks[to-1].End}
	p.Text = a.Text[p.Span.Start:p.Span.End]
	clause := toks[from:to]
	subject := toks[:0]
	if from > end {
		subject = toks[clauseStart(r, toks, i):i] // the infinitive's subject is the cue clause's
	}
	p.Negated = negatedClause(r, toks, from, to, cue, own)
	p.Entities = union(entities(subject, true), entities(clause, from == 0))
	// An event-less clause may refer back: by a shared word ("closing a
	// border that long" after "close Ukraine's western border"), or by
	// being too short to say anything alone ("We will not interfere"; "this
	// is unlikely", "это маловероятно", "to mało prawdopodobne" even at the
	// start of a paragraph).
	short := 0
	for _, t := range clause {
		if t.Word {
			short++
		}
	}
	back := refersBack(r, clause)
	// "… une probabilité de 80 % que Biden abandonne, contre 33 % deux
	// jours plus tôt", "Alle betonen ihre Bereitschaft zu einer Einigung,
	// doch die Erfolgsaussichten sind gering": a clause with no event
	// that refers back, or gives only a figure, is about the event its
	// own sentence named before it.
	// So is a clause that is only its cue after an event its sentence
	// named ("no consensus on sending troops, but nothing can be ruled
	// out", "в майбутньому нічого не слід виключати").
	if len(p.Events) == 0 && (sameSentence(r, clause, short, back) || bare(i, end, from, short) || i > 0 && cueAlone(r, clause, cue)) {
		if before := toks[:min(from, i)]; len(before) > 0 {
			for _, c := range concepts(r, before) {
				if !r.polar[c] {
					p.Events = union(p.Events, []string{c})
				}
			}
			if len(p.Events) > 0 {
				p.Events = union(p.Events, polarInto(r, toks[:to], min(from, i)))
			}
			if len(p.Events) > 0 && back {
				// A pronoun stands for the whole clause before it, its
				// opposite too ("Fiala переживе вотум недовіри, в цьому
				// немає сумнівів"), and, under a cue that says it is so,
				// its negation ("Fiala nie ustąpi, co do tego nie ma
				// wątpliwości").
				for _, c := range concepts(r, before) {
					if r.polar[c] {
						p.Events = union(p.Events, []string{c})
					}
				}
				if sure {
					p.Negated = p.Negated != negatedClause(r, before, 0, len(before), cue, own)
				}
			}
			if len(p.Events) > 0 {
				p.Entities = union(p.Entities, entities(before, true))
				return p
			}
		}
	}
	if len(p.Events) < 2 && len(prev) > 0 && (sharesContentWord(clause, prev) || short <= 5 && samePara || short <= 3 || back && len(p.Events) == 0 || len(p.Events) == 0 && samePara && onlyCue(clause, cue)) {
		p.Entities = union(p.Entities, entities(prev, true))
		// A clause that names an event of its own does not take in its
		// rival from the sentence before: "снижения ставки ждать не
		// стоит" after a sentence on raising the rate is about cutting
		// it only.
		own := slices.Clone(p.Events)
		// A pronoun that stands for the sentence before takes its whole
		// clause, an opposite too ("Er bleibt Ministerpräsident. „Das war
		// zu erwarten“"), and under a cue that says it is so its negation,
		// as in its own sentence (above).
		whole := back && len(own) == 0
		// Nor does a clause whose predicate is a key family of its own
		// take in another from the sentence before: "secondo cui Putin
		// potrebbe voler mettere fine al conflitto" after a sentence on
		// mobilising is about ending the war, not mobilising, though it
		// names Putin again.
		ownKey := slices.ContainsFunc(own, func(o string) bool { return r.key[o] })
		for _, c := range concepts(r, prev) {
			if ownKey && r.key[c] {
				continue
			}
			if (!r.polar[c] || whole) && !slices.ContainsFunc(own, func(o string) bool { return r.rivals[[2]string{o, c}] }) {
				p.Events = union(p.Events, []string{c})
			}
		}
		if whole && sure && len(p.Events) > 0 {
			p.Negated = p.Negated != negatedClause(r, prev, 0, len(prev), cue, nil)
		}
	}
	return p
}

// backTwo reads a clause that refers back ("szansa na to była bardzo
// niewielka", "this was always unlikely") and found no event in its own
// sentence or the one before, when that one names no event either and
// ends referring back itself ("it was known from the start that this was
// a goal almost out of reach"): the pronouns stand for the event of the
// sentence before that.
func (s *sentence) backTwo(i, end int, cond [][2]int, j kent.Judgement) (kent.Proposition, bool) {
	if len(j.Proposition.Events) > 0 || len(s.prev2) == 0 || len(s.prev) == 0 || len(concepts(s.r, s.prev)) > 0 {
		return kent.Proposition{}, false
	}
	// The sentence between must itself refer back, in its last clause
	// ("…, że to cel prawie nieosiągalny"): one that names something else
	// without an event word ("if the EU reformed its budget") is what the
	// pronoun stands for.
	last := 0
	for k, t := range s.prev {
		if t.Low == "," || t.Low == ";" || t.Low == ":" {
			last = k + 1
		}
	}
	if last >= len(s.prev) || !refersBack(s.r, s.prev[last:]) {
		return kent.Proposition{}, false
	}
	from, to := judgedClause(s.r, s.toks, i, end, cond)
	if to <= from {
		return kent.Proposition{}, false
	}
	// The pronoun may stand in a second clause the cue's takes in ("ta
	// kwestia wybrzmiewała i szansa na to była bardzo niewielka").
	back := refersBack(s.r, s.toks[from:to])
	for k := from + 1; k < to && !back; k++ {
		back = chanceBack(s.r, s.toks[k:to])
	}
	if !back {
		return kent.Proposition{}, false
	}
	p := j.Proposition
	p.Events = nil
	for _, c := range concepts(s.r, s.prev2) {
		if !s.r.polar[c] {
			p.Events = append(p.Events, c)
		}
	}
	p.Entities = union(p.Entities, entities(s.prev2, true))
	return p, len(p.Events) > 0
}

// frontedClause returns the that-clause (or whether-clause) a sentence
// opens with, when the cue's clause starting at from follows it after a
// comma: "Dass Nordkorea Truppen schickt, hält Lenz für unwahrscheinlich",
// "То, что КНДР отправит войска, маловероятно", "Sitä, että …, Salo pitää
// epätodennäköisenä", "Ob …, ist völlig offen". The caller asks only when
// the cue's own clause names no event, and the fronted clause must name
// one.
func frontedClause(r *rules, toks []kent.Token, from int) (int, int, bool) {
	if from < 3 || from > len(toks) || toks[from-1].Low != "," {
		return 0, 0, false
	}
	k := 0
	for k < from && !toks[k].Word {
		k++ // an opening quote mark or dash
	}
	if k+2 < from && toks[k].Word && toks[k+1].Low == "," && r.complementizers.Len(toks, k) == 0 {
		k += 2 // a correlative pronoun: "То, что", "To, że", "Sitä, että"
	} else if k+3 < from && toks[k].Word && toks[k+1].Word && toks[k+2].Low == "," && r.chance.Len(toks, k+1) > 0 {
		k += 3 // a chance noun with its article: "Die Wahrscheinlichkeit, dass …, liegt bei 40 Prozent"
	}
	n := r.complementizers.Len(toks, k)
	if n == 0 {
		return 0, 0, false
	}
	start, stop := k+n, from-1
	if wordsIn(toks, start, stop) < 2 || len(concepts(r, toks[start:stop])) == 0 {
		return 0, 0, false
	}
	return start, stop, true
}

// polarInto returns the opposites and flips whose form, begun before the
// judged clause at toks[from], runs on into it: "перемир'я між Ізраїлем і
// Хезболлою, ймовірно, зірветься" breaks the ceasefire, with the cue set
// off inside the clause. Those named before it alone are not the
// clause's.
func polarInto(r *rules, toks []kent.Token, from int) []string {
	var out []string
	before := concepts(r, toks[:from])
	for _, c := range concepts(r, toks) {
		if r.polar[c] && !slices.Contains(before, c) {
			out = append(out, c)
		}
	}
	return out
}

// beliefClause is how many words a cue may have and still be a belief
// that is its whole clause ("Ich denke,", "Думаю,"); a longer one ("the
// probability that … is low,") holds what it judges.
const beliefClause = 4

// correlativeReach is how many tokens after a cue its complementizer may
// come when a correlative phrase and its comma stand between them ("co do
// tego, czy", "в том, что", "щодо того, чи").
const correlativeReach = 5

// cueWithin reports whether an estimative cue starts in toks[from:to).
func cueWithin(r *rules, toks []kent.Token, from, to int) bool {
	for k := from; k < to; k++ {
		if n, _ := r.entries.Match(toks, k); n > 0 {
			return true
		}
	}
	return false
}

// judgedClause returns the token range [from, to) of what the cue at
// [i, end) judges.
func judgedClause(r *rules, toks []kent.Token, i, end int, cond [][2]int) (from, to int) {
	from, to = clauseStart(r, toks, i), clauseEnd(toks, end)
	judgesIf := r.judgesIf(toks, i, end)
	for k := end; k < len(toks) && k <= end+correlativeReach; k++ {
		if k > end+3 && (toks[k-1].Low != "," || r.complementizers.Len(toks, k) == 0 || cueWithin(r, toks, end, k)) {
			// Past three tokens only a correlative's comma may come before
			// the complementizer: "są podzieleni co do tego, czy", "щодо
			// того, чи". Another cue there judges the clause itself
			// ("możliwe, a wręcz prawdopodobne, że").
			continue
		}
		if n := r.conditional.Len(toks, k); judgesIf && toks[k].Word && n > 0 {
			from, to = k+n, len(toks) // "I would be surprised if P": P is judged
			break
		}
		if toks[k].Word && r.complementizers.Len(toks, k) > 0 {
			from, to = k+1, len(toks)
			if r.negation(toks, k) {
				from = k // "ettei" (that … not) carries the clause's negation
			}
			break
		}
		if !toks[k].Word && toks[k].Low != "," && !tokens.IsQuoteMark(toks[k].Low) || r.adversativeAt(toks, max(0, i-6), k) {
			break // "en sänkning i mars är osannolik men att banken kan sänka i juni"
		}
	}
	// "hat ausgeschlossen, eigene Truppen in die Ukraine zu schicken": the
	// cue ends its clause and an infinitive clause follows; that is what is
	// judged.
	if to == end && end < len(toks) && toks[end].Low == "," {
		next := clauseEnd(toks, end+1)
		for k := end + 1; k < next; k++ {
			if _, inf := r.infixed(toks[k].Low); toks[k].Word && (r.infinitive.Len(toks, k) > 0 || inf) {
				from, to = end+1, next
				break
			}
		}
		// "Ich denke, die Ukraine wird …", "Думаю, Украина не вступит":
		// a belief that is its whole clause judges the clause after the
		// comma, a complement without a complementizer.
		if wordsIn(toks, from, i) == 0 && to == end && wordsIn(toks, i, end) <= beliefClause {
			from, to = end+1, next
		}
	}
	// "Банк Англии, как ожидается, снизит ставку", "Bank Anglii, jak się
	// oczekuje, obniży stopy": a cue set between two commas with no more
	// than function words ("как", "jak się", "wie") judges the clause it
	// interrupts, not its own few words.
	if pf, pt, ok := parenthetical(r, toks, from, to, i, end); ok {
		from, to = pf, pt
	}
	// "Russia will default, I think", "Rosja nie zapłaci, sądzę": a short
	// cue that closes the sentence after a comma judges the clause
	// before it.
	if i >= 2 && toks[i-1].Low == "," && wordsIn(toks, from, i) == 0 && wordsIn(toks, i, end) <= beliefClause && holderTail(r, toks, end) {
		if start := clauseStart(r, toks, i-2); wordsIn(toks, start, i-1) > 0 {
			from, to = start, i-1
		}
	}
	from = afterBelief(r, toks, from, i)
	to = correlated(r, toks, from, to)
	// "en sänkning i mars är osannolik men banken kan sänka i juni": a
	// clause opened by "but" after the cue is another's.
	for k := end; k < to; k++ {
		if k > from && r.adversativeAt(toks, from, k) {
			to = k
			break
		}
	}
	// A condition after the cue is not part of what is judged likely:
	// "a higher probability of protests if the regime sends troops".
	for _, c := range cond {
		if c[0] >= end && c[0] < to {
			to = c[0]
		}
	}
	for to > from && !toks[to-1].Word {
		to--
	}
	return from, to
}

// correlated extends a clause [from, to) that a comma ends over the
// members of a correlative negation it opened: "не будут проводить ни
// президентских, ни парламентских выборов", "nie odbędą się ani
// prezydenckie, ani parlamentarne wybory": after the comma the same
// negator opens the next member, and the event noun may come only in the
// last one.
func correlated(r *rules, toks []kent.Token, from, to int) int {
	for correlativeComma(r, toks, from, to) {
		to = clauseEnd(toks, to+2)
	}
	return to
}

// correlativeComma reports whether the comma at k goes on with a member
// of a correlative negation opened in [from, k): the same negator word
// ("ни", "ні", "ani") after it as before it.
func correlativeComma(r *rules, toks []kent.Token, from, k int) bool {
	if k+1 >= len(toks) || toks[k].Low != "," || !toks[k+1].Word || r.negators.Len(toks, k+1) != 1 {
		return false
	}
	for m := from; m < k; m++ {
		if toks[m].Word && toks[m].Low == toks[k+1].Low {
			return true
		}
	}
	return false
}

// holderTail reports whether the words after a cue that closes its
// sentence are at most its holder: none ("…, I think"), or a few with
// no event and no clause of their own that name someone ("…, tror Eva
// Strand", "…, glaubt die Politologin Eva Roth", "…, say analysts").
func holderTail(r *rules, toks []kent.Token, end int) bool {
	n := wordsIn(toks, end, len(toks))
	if n > beliefTail-1 {
		return false
	}
	named := n == 0
	for k := end; k < len(toks); k++ {
		if !toks[k].Word {
			if t := toks[k].Low; t == "," || t == ";" || t == ":" {
				return false
			}
			continue
		}
		if r.complementizers.Len(toks, k) > 0 || r.eventAt(toks, k) {
			return false
		}
		if c, _ := utf8.DecodeRuneInString(toks[k].Text); unicode.IsUpper(c) || r.groups.Len(toks, k) > 0 {
			named = true // a name or a group holds it: not "…, probablement nombreuses"
		}
	}
	return named
}

// clauseStart walks back from the cue to the start of its clause: a
// complementizer ("warned that …"), a comma, a colon or an opening quote.
func clauseStart(r *rules, toks []kent.Token, i int) int {
	for k := i - 1; k >= 0; k-- {
		t := toks[k]
		if tokens.IsQuoteMark(t.Low) && quotedHedge(r, toks, k, i) {
			continue // the cue is quoted: was “very unlikely at the moment”, hält Neuwahlen für „relativ unwahrscheinlich“
		}
		if t.Word {
			if r.complementizers.Len(toks, k) > 0 {
				return k + 1
			}
			continue
		}
		if decimalComma(toks, k) {
			continue
		}
		switch t.Low {
		case ",", ";", ":", "“", "„", "«", "”", "\"":
			return k + 1
		}
	}
	return 0
}

// quotedHedge reports whether the quote mark at q opens a quotation of
// the cue at i with at most its modifiers before it ("„relativ
// unwahrscheinlich“", "“highly unlikely”", "«маловероятным»"): the quote
// marks the holder's word, not the start of what is judged.
func quotedHedge(r *rules, toks []kent.Token, q, i int) bool {
	if q == i-1 {
		return true
	}
	if q < i-3 {
		return false
	}
	for k := q + 1; k < i; k++ {
		if !toks[k].Word || r.intensifiers.Len(toks, k) == 0 && r.down.Len(toks, k) == 0 && r.negators.Len(toks, k) == 0 {
			return false
		}
	}
	return true
}

// decimalComma reports whether toks[k] is the comma of a decimal number
// written without spaces ("0,7 Prozent", "59,7 %"): no clause ends there.
func decimalComma(toks []kent.Token, k int) bool {
	return toks[k].Low == "," && k > 0 && k+1 < len(toks) &&
		toks[k-1].End == toks[k].Start && toks[k].End == toks[k+1].Start &&
		isDigits(toks[k-1].Low) && isDigits(toks[k+1].Low)
}

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// clauseEnd runs from the cue to the next comma, semicolon or speech
// dash ("– To mało prawdopodobne – powiedział").
func clauseEnd(toks []kent.Token, end int) int {
	for k := end; k < len(toks); k++ {
		switch toks[k].Low {
		case ";", ",", "–", "—":
			if decimalComma(toks, k) {
				continue // "schrumpfen um 0,4 Prozent"
			}
			return k
		}
	}
	return len(toks)
}

// entities are the capitalised words of a clause (the first word of a
// sentence only if it is not a common sentence opener in lower case).
func entities(toks []kent.Token, sentenceStart bool) []string {
	var out []string
	for k, t := range toks {
		if !t.Word {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsUpper(r) {
			// "l'Ukraine", "dell'Unione": the name after an elided article.
			if at := strings.IndexAny(t.Text, "'’"); at > 0 && at <= 4 {
				_, size := utf8.DecodeRuneInString(t.Text[at:])
				if rest := t.Text[at+size:]; rest != "" {
					if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
						out = append(out, rest)
					}
				}
			}
			continue
		}
		if k == 0 && sentenceStart && len(t.Text) < 4 {
			continue
		}
		out = append(out, t.Text)
	}
	return kent.Unique(out)
}

// concepts are the event concepts (families) whose stems the clause uses.
// headMinStem is how many letters a compound's head must have to name its
// event in a proposition.
const headMinStem = 5

// headNamedStem is headMinStem for a capitalised compound in a language
// that writes common nouns in lower case: its first part is a name
// ("Natomedlemskap", "EU-jäsenyys"), and only a long head is no chance
// ending of a name ("Yhdysvallat").
const headNamedStem = 8

func concepts(r *rules, toks []kent.Token) []string {
	// The word lists live on the stack for a sentence of usual length:
	// concepts runs several times for every judgement.
	var wbuf, cbuf [48]string
	words := wbuf[:0]
	compound := cbuf[:0] // words that may be compounds: not names
	var named []string   // capitalised compounds: a name's first part
	for _, t := range toks {
		if t.Word {
			words = append(words, r.eventWord(t.Low))
			if r.compounds && !r.nounsCap && isCapitalised(t.Text) {
				// "Yhdysvallat" (the United States) is no capture ("vallat"),
				// but "Natomedlemskap" is membership: a capitalised word's
				// head counts only when long (headNamedStem).
				named = append(named, words[len(words)-1])
				continue
			}
			compound = append(compound, words[len(words)-1])
		}
	}
	out := r.events.Concepts(words)
	if r.compounds {
		// A compound no event form begins is what its head names
		// ("alueliitos", "Gebietsannexion", "landannektering"): a head
		// counts only after a first part of four letters or more, only
		// where it reaches the word's end or a short inflection, and only
		// of headMinStem letters or more, so a short stem that is another
		// word's ending is not a head.
		for _, w := range named {
			if !r.events.Uses(w) {
				out = union(out, r.events.HeadsFrom(w, headNamedStem))
			}
		}
		for _, w := range compound {
			if !r.events.Uses(w) {
				out = union(out, r.events.HeadsFrom(w, headMinStem))
			}
		}
	}
	sort.Strings(out)
	return out
}

func sharesContentWord(a, b []kent.Token) bool {
	seen := map[string]bool{}
	for _, t := range b {
		if t.Word && utf8.RuneCountInString(t.Low) >= 5 {
			seen[stem(t.Low)] = true
		}
	}
	for _, t := range a {
		if t.Word && utf8.RuneCountInString(t.Low) >= 5 && seen[stem(t.Low)] {
			return true
		}
	}
	return false
}

// stem cuts a word to its first five letters: enough to match "border",
// "borders" or "Lukashenko's" without a stemmer per language.
func stem(w string) string {
	if p, ok := runePrefix(w, 5); ok && utf8.ValidString(p) {
		return p // the letters as written: no copy
	}
	r := []rune(w) // shorter, or malformed (read as U+FFFD)
	if len(r) > 5 {
		r = r[:5]
	}
	return string(r)
}

func union(a, b []string) []string { return kent.Unique(append(append([]string{}, a...), b...)) }

// wordsIn counts the words in toks[from:to].
func wordsIn(toks []kent.Token, from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if toks[k].Word {
			n++
		}
	}
	return n
}
