package question

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent/lexicon"
)

// timeWords are every language's month names and time frames, read once
// from the default lexicon (the matcher's own fields are the pooling's).
var timeWords = sync.OnceValue(func() (tw struct {
	months     []string
	timeframes []string
	// preps and posts are every language's one-word time prepositions
	// ("before", "ennen", "spätestens") and postpositions ("mennessä").
	preps, posts map[string]bool
	// before are the prepositions among preps that exclude their date
	// ("before 2023" is by the end of 2022); yearUnits the words for a
	// year ("ennen vuotta 2023"), which may stand between.
	before, yearUnits map[string]bool
	// frameWords are the words of every language's time frames ("ende"
	// of "bis ende des jahres"): before a year, a capitalised one is a
	// time's noun, not a name's end ("Olaf Scholz Ende 2024").
	frameWords map[string]bool
	// later are every language's "or later" phrases ("oder später",
	// "или позже"), as words: after a period, an earliest time.
	later [][]string
	// laterWords are their words, for telling a time-only proposition.
	laterWords map[string]bool
	// seasons are every language's season words ("summer", "Sommer").
	seasons map[string]bool
	// after and from are the prepositions that put the event after, or
	// at the earliest at, the date they govern ("after June", "ab Juli").
	after, from map[string]bool
	// events are the stems of nouns of events that bound a question's
	// time ("election", "Sitzung", "vaal"); next the words for "next".
	events []string
	next   []string
	// ends are the words of the time frames and of the deadlines of
	// several words ("före slutet av", "entro la fine di"): before "of" and
	// a date, an end or a beginning of that date.
	ends map[string]bool
	// phrases are the deadlines of several words ("antes de que termine").
	phrases map[string]bool
	// firsts are every language's words for "first" ("the first cut in
	// June": none before June).
	firsts map[string]bool
	// afterWar are the phrases, as stems, that put an event after a war
	// with no dated end ("after the war", "po zakończeniu wojny").
	afterWar [][]string
}) {
	tw.firsts = map[string]bool{}
	tw.after, tw.from = map[string]bool{}, map[string]bool{}
	tw.preps, tw.posts, tw.laterWords, tw.seasons = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	tw.before, tw.yearUnits, tw.frameWords, tw.ends, tw.phrases = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	lex, err := lexicon.Default()
	if err != nil {
		return tw
	}
	for _, c := range lex.Codes() {
		l := lex.Get(c)
		for _, mo := range l.Months {
			if utf8.RuneCountInString(mo) >= 3 {
				tw.months = append(tw.months, mo)
			}
		}
		tw.timeframes = append(tw.timeframes, l.Estimative.Timeframes...)
		for _, f := range l.Estimative.Timeframes {
			for _, w := range strings.Fields(f) {
				tw.frameWords[w] = true
			}
		}
		for _, w := range l.Estimative.TimePrepositions {
			if !strings.Contains(w, " ") {
				tw.preps[w] = true
			}
			for _, f := range strings.Fields(w) {
				tw.ends[f] = true
			}
			if strings.Contains(w, " ") {
				tw.phrases[w] = true
			}
		}
		for _, w := range l.Estimative.TimeBefore {
			tw.preps[w], tw.before[w] = true, true
		}
		for _, w := range l.Estimative.TimeAfter {
			tw.after[w] = true
		}
		for _, w := range l.Estimative.TimeFrom {
			tw.from[w] = true
		}
		for _, w := range l.Estimative.RelativeTime.Years {
			tw.yearUnits[w] = true
		}
		tw.events = append(tw.events, l.Estimative.TimeEvents...)
		tw.next = append(tw.next, l.Estimative.TimeNext...)
		for _, w := range l.Estimative.TimePostpositions {
			tw.posts[w] = true
		}
		for _, ws := range l.Seasons.ByMonth() {
			for _, w := range ws {
				tw.seasons[w] = true
			}
		}
		for _, w := range l.Estimative.FirstWords {
			tw.firsts[w] = true
		}
		for _, ph := range l.Estimative.TimeAfterWar {
			tw.afterWar = append(tw.afterWar, strings.Fields(ph))
		}
		for _, w := range l.Estimative.OrLater {
			tw.later = append(tw.later, strings.Fields(w))
			for _, f := range strings.Fields(w) {
				tw.laterWords[f] = true
			}
		}
	}
	return tw
})

var (
	yearTok = regexp.MustCompile(`^(?:19|20)\d\d$`)
	dayTok  = regexp.MustCompile(`^\d{1,2}\.?$`)
)

// isMonth tells a month name in any language and case form ("avril",
// "czerwca", "wrześniu", "d'avril").
func isMonth(w string) bool {
	w = strings.ToLower(elide(w))
	for _, mo := range timeWords().months {
		if w == mo || (utf8.RuneCountInString(mo) >= 5 && strings.HasPrefix(w, string([]rune(mo)[:utf8.RuneCountInString(mo)-1]))) {
			return true
		}
	}
	return false
}

// elide drops an elided article or preposition ("l'", "d'", "dell'"); an
// English possessive ("Iran's") is no elision: the name stays.
func elide(w string) string {
	for _, ap := range []string{"'", "’"} {
		if i := strings.Index(w, ap); i > 0 && i <= 4 && i < len(w)-len(ap)-1 {
			return w[i+len(ap):]
		}
	}
	return w
}

// timeBoundOf is the question's deadline as written: the last year it
// names with the month and day before it and the preposition that
// governs them ("by April 2024", "do czerwca 2025 roku", "avant 2030");
// a year that qualifies a noun ("the 2024 US election") is the year alone;
// else a month ("im Dezember"), else the longest time frame of any
// lexicon ("this year", "до конца года").
func (m *Matcher) timeBoundOf(text string) string {
	toks := strings.FieldsFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("?¿!,;:()«»\"“”", r)
	})
	y := -1
	for i, t := range toks {
		// A year after "of" qualifies a noun ("das Atomabkommen von
		// 2015"): another year is the bound.
		if yearTok.MatchString(strings.TrimRight(t, ".")) && (y < 0 || i == 0 || !connectors[strings.ToLower(toks[i-1])]) {
			y = i
		}
	}
	if y < 0 {
		for i, t := range toks {
			if i > 0 && isMonth(t) && !unicode.IsUpper([]rune(elide(t))[0]) || i > 0 && isMonth(t) && m.isTimePrep(toks[i-1]) {
				y = i
			}
		}
	}
	if y < 0 {
		tf := m.timeframeOf(text)
		if tf == "" {
			if d := deadlineOfTime(toks); d != "" {
				return d
			}
			return m.eventTimeOf(toks)
		}
		// "vor Ende des Jahres", "przed końcem roku": the deadline before
		// the time frame is part of the bound.
		if at := strings.Index(strings.ToLower(text), tf); at > 0 {
			before := strings.Fields(text[:at])
			if n := len(before); n > 0 && timeWords().preps[strings.ToLower(before[n-1])] && !strings.HasPrefix(tf, strings.ToLower(before[n-1])+" ") {
				return before[n-1] + " " + tf
			}
		}
		return tf
	}
	start := y
	for start > 0 {
		p := toks[start-1]
		if isMonth(p) || dayTok.MatchString(p) || monthPart(p) {
			start--
			continue
		}
		// "bis Ende Mai 2024", "do końca maja 2024": the end of the month
		// is part of the bound.
		if pl := strings.ToLower(p); start == y-1 && isMonth(toks[start]) && timeWords().frameWords[pl] && !m.function[pl] && !m.isTimePrep(p) && utf8.RuneCountInString(pl) > 3 {
			start--
			continue
		}
		if pl := strings.ToLower(p); (pl == "de" || pl == "of" || pl == "del") && start >= 2 && isMonth(toks[start-2]) {
			start -= 2 // "abril de 2024"
			continue
		}
		break
	}
	end := y + 1
	if end < len(toks) {
		a := toks[end]
		r, _ := utf8.DecodeRuneInString(a)
		if unicode.IsLower(r) && (utf8.RuneCountInString(a) <= 4 && !m.function[a] || timeWords().yearUnits[a]) {
			end++ // "roku", "года", "rokiem"
		} else if timeWords().posts[a] {
			end++ // "vuoteen 2030 mennessä"
		} else if start == y && start > 0 && m.function[strings.ToLower(toks[start-1])] && !m.isTimePrep(toks[start-1]) && (unicode.IsUpper(r) || utf8.RuneCountInString(a) > 5) {
			if start >= 2 && timeWords().preps[strings.ToLower(toks[start-2])] && timeEvent(elide(strings.ToLower(a))) {
				// "before the 2029 election": a deadline over the dated
				// event is the bound.
				return strings.Join(toks[start-2:end+1], " ")
			}
			return toks[y] // a year before a noun: "the 2024 US election"
		}
	}
	governed := false // a deadline of two words opens the bound: "prima del 2025"
	if pw := strings.ToLower(toks[max(start-2, 0)]); start > 2 && connectors[strings.ToLower(toks[start-1])] && isLowerWord(pw) && (timeWords().frameWords[pw] || timeWords().ends[pw] || timeNoun(pw)) {
		start -= 2 // "the end of 2024", "la fine del 2025"
		governed = timeWords().preps[strings.ToLower(toks[start])]
		if start > 0 && !governed && m.function[strings.ToLower(toks[start-1])] && !m.isTimePrep(toks[start-1]) {
			start--
		}
	}
	if start > 1 && !governed && !m.isTimePrep(toks[start-1]) && m.function[strings.ToLower(toks[start-1])] && m.isTimePrep(toks[start-2]) && isLowerWord(toks[start-1]) {
		start-- // an article or a possessive between: "entro il 2026"
	}
	if start > 0 && !governed && m.isTimePrep(toks[start-1]) {
		start--
		if start > 0 && (utf8.RuneCountInString(toks[start-1]) <= 3 || timeWords().preps[toks[start-1]]) && m.isTimePrep(toks[start-1]) {
			start-- // "до кінця 2025 року", "ennen vuoden loppua"
		}
	}
	if d, ok := strings.CutPrefix(toks[start], "d'"); ok && isMonth(d) {
		toks[start] = d
	}
	if p := deadlineBefore(toks, start); p >= 0 && !m.entityAt(toks[p+1:]) && !m.eventWordAt(toks, p+1) {
		// "bis zu ihrer Sitzung im April 2024", "before the regular date
		// in September 2025": the deadline governs the date over a noun
		// phrase, so the bound is the deadline and the date.
		date := toks[start:end]
		if len(date) > 1 && isLowerWord(date[0]) && !isMonth(date[0]) && (m.isTimePrep(date[0]) || m.function[strings.ToLower(date[0])]) {
			date = date[1:]
		}
		for j := end - len(date); j <= min(end-len(date)+1, end); j++ {
			if timeWords().phrases[strings.ToLower(strings.Join(toks[p:j], " "))] {
				return strings.Join(toks[p:end], " ") // "antes de que termine mayo de 2024": one deadline
			}
		}
		return toks[p] + " " + strings.Join(date, " ")
	}
	return strings.Join(toks[start:end], " ")
}

// eventWordAt reports whether toks[i] is a word of a key event family:
// "do" before it is the event's own preposition ("poda się do dymisji w
// 2025 roku": to resignation), not a deadline over the date ("do 2025
// roku" would be by 2025).
func (m *Matcher) eventWordAt(toks []string, i int) bool {
	if i >= len(toks) {
		return false
	}
	w := strings.ToLower(toks[i])
	if timeEvent(w) {
		return false // "före mötet i juni": a meeting bounds the time
	}
	for _, c := range m.events.Concepts([]string{w}) {
		if ec := m.byName[c]; ec.Key && !ec.Setting {
			return true
		}
	}
	return false
}

// deadlineOfTime is a deadline preposition and the time noun it governs,
// with no year or month named: "before the summer", "vor Ende des
// Jahres", "przed końcem roku", "före årsskiftet"; "" when there is none.
// The time noun is a season or a year's word of any lexicon, or a word
// they begin ("Jahresende", "årsskiftet"), at most four words after.
func deadlineOfTime(toks []string) string {
	tw := timeWords()
	for k, t := range toks {
		// Any one-word deadline: "before", "до" and "do" ("до літа", "do
		// jesieni") as well, whose languages list no word that excludes
		// its date.
		if !tw.preps[strings.ToLower(t)] || !isLowerWord(t) {
			continue
		}
		for e := k + 1; e < len(toks) && e <= k+5; e++ {
			if timeNoun(strings.ToLower(elide(strings.TrimRight(toks[e], ".")))) {
				for p := e - 1; p > k; p-- {
					if tw.preps[strings.ToLower(toks[p])] && isLowerWord(toks[p]) {
						k = p // the nearest deadline: "do dymisji przed końcem roku"
						break
					}
				}
				return strings.Join(toks[k:e+1], " ")
			}
		}
	}
	return ""
}

// timeNoun tells a season's or a year's word, or a compound one begins.
func timeNoun(w string) bool {
	tw := timeWords()
	if tw.seasons[w] || tw.yearUnits[w] {
		return true
	}
	for u := range tw.yearUnits {
		if utf8.RuneCountInString(u) >= 3 && strings.HasPrefix(w, u) {
			return true
		}
	}
	for s := range tw.seasons {
		if utf8.RuneCountInString(s) >= 4 && strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// deadlineReach is how many words a deadline preposition may stand before
// the date it governs: "before Donald Trump's inauguration on 20 January".
const deadlineReach = 6

// deadlineBefore returns where a deadline preposition of any lexicon
// ("before", "bis", "przed", "до", "före") stands before toks[start] and
// governs the date there over a noun phrase, or -1 when the date has its
// own preposition or none stands near. Another date between ends the
// search.
func deadlineBefore(toks []string, start int) int {
	if timeWords().preps[strings.ToLower(toks[start])] {
		return -1
	}
	for k := start - 1; k >= 0 && k >= start-deadlineReach; k-- {
		w := strings.ToLower(toks[k])
		if yearTok.MatchString(w) || isMonth(w) {
			return -1
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsDigit(r) {
			// A number between is a size the preposition governs ("by 25
			// basis points in June", "um 50 Basispunkte"), not a deadline.
			return -1
		}
		if timeWords().preps[w] && isLowerWord(toks[k]) {
			return k
		}
	}
	return -1
}

// connectors join an "end" or "beginning" to the date it is of.
var connectors = map[string]bool{"of": true, "de": true, "del": true, "des": true, "du": true, "della": true, "dell'": true, "di": true, "van": true, "av": true, "von": true}

func isLowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// isTimePrep tells a preposition that can govern a date: a short lower-case
// word that is not an article or a possessive of a lexicon.
func (m *Matcher) isTimePrep(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsLower(r) && timeWords().preps[w] {
		return true // a lexicon's, however long: "spätestens", "vuoteen"
	}
	if !unicode.IsLower(r) || utf8.RuneCountInString(w) > 6 {
		return false
	}
	switch strings.ToLower(w) {
	case "the", "its", "his", "her", "their", "der", "die", "das", "dem", "den", "des", "ihrer", "seiner", "sa", "son", "ses", "le", "la", "les", "el", "los", "il",
		"las", "un", "una", "une", "gli", "lo", "het", "een", "ein", "eine", "einer", "ihre", "ihrem", "ihren", "seine", "seinem", "seinen", "sus", "su", "leur", "leurs", "sua", "suo":
		return false
	}
	return true
}

func (m *Matcher) timeframeOf(text string) string {
	low := " " + strings.ToLower(strings.Trim(text, "?¿! ")) + " "
	low = strings.NewReplacer("?", " ", ",", " ").Replace(low)
	best := ""
	for _, tf := range timeWords().timeframes {
		if len(tf) > len(best) && strings.Contains(low, " "+tf+" ") {
			best = tf
		}
	}
	return best
}

// eventTimeOf is a time bound given by an event rather than a date, as
// written: a deadline preposition of any lexicon and, at most three words
// on, the event's noun ("before the election", "until the convention",
// "vor der Bundestagswahl", "до выборов", "ennen vaaleja"); else "next"
// and the event's noun with the preposition and article before them ("at
// the next meeting", "auf ihrer nächsten Sitzung", "na najbliższym
// posiedzeniu", "seuraavassa kokouksessaan"). Kent cannot date such an
// event, but the brief says what it understood; "" when there is none.
func (m *Matcher) eventTimeOf(toks []string) string {
	tw := timeWords()
	for k, t := range toks {
		if !timeEvent(strings.ToLower(elide(strings.TrimRight(t, ".")))) {
			continue
		}
		for p := k - 1; p >= 0 && p >= k-4; p-- {
			if w := strings.ToLower(toks[p]); tw.preps[w] && isLowerWord(toks[p]) {
				if m.entityAt(toks[p+1 : k]) {
					break // "till Nato vid toppmötet": the preposition governs the name
				}
				return strings.Join(toks[p:k+1], " ")
			}
		}
		cased, ok := nextWord(strings.ToLower(toks[max(k-1, 0)]))
		if k == 0 || !ok {
			continue
		}
		start := k - 1
		if start > 0 && isLowerWord(toks[start-1]) && !m.isTimePrep(toks[start-1]) && utf8.RuneCountInString(toks[start-1]) <= 6 {
			start-- // an article or possessive: "the", "its", "ihrer"
		}
		if p := strings.ToLower(toks[max(start-1, 0)]); start > 0 && isLowerWord(p) && utf8.RuneCountInString(p) <= 4 && m.function[p] && m.isTimePrep(p) {
			return strings.Join(toks[start-1:k+1], " ") // the preposition: "at", "vid", "на"
		}
		if cased {
			return strings.Join(toks[start:k+1], " ") // "seuraavassa kokouksessaan"
		}
		// With no preposition, "the next election" is what is asked
		// about ("win the next elections"), not when.
	}
	return ""
}

// nextWord tells a word for "next" of any lexicon (a stem), and whether
// it is a case form that says "at the next" with no preposition (a whole
// word the lexicon writes with a final ".": "seuraavassa.").
func nextWord(w string) (cased, ok bool) {
	for _, s := range timeWords().next {
		if c, whole := strings.CutSuffix(s, "."); whole {
			if w == c {
				return true, true
			}
			continue
		}
		if strings.HasPrefix(w, s) {
			ok = true
		}
	}
	return false, ok
}

// timeEvent tells a noun of an event that can bound a question's time,
// or a compound whose head is one ("Bundestagswahl", "presidentinvaaleja",
// "riksdagsvalet"): the head starts after a first part of three letters or
// more and leaves at most four letters of ending.
func timeEvent(w string) bool {
	r := []rune(w)
	for _, s := range timeWords().events {
		if strings.HasPrefix(w, s) {
			return true
		}
		n := utf8.RuneCountInString(s)
		for p := 3; p+n <= len(r); p++ {
			if len(r)-p-n <= 4 && strings.HasPrefix(string(r[p:]), s) {
				return true
			}
		}
	}
	return false
}

// entityAt tells words that open with an organisation's or a place's name:
// a preposition before one governs it ("do Unii Europejskiej w grudniu":
// to the EU), not the date after it.
func (m *Matcher) entityAt(words []string) bool {
	return len(words) > 0 && (m.orgs.At(words) != "" || isUpper(words[0]) && len(m.placesOf(words[0])) > 0)
}

// monthPart is a month written with its part by a hyphen: "end-July",
// "mid-March", "early-September" (the English forecasting sites' way).
func monthPart(w string) bool {
	_, month, ok := strings.Cut(w, "-")
	return ok && isMonth(month) && isLowerWord(w)
}
