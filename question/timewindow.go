package question

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

// A period is a time a question or a proposition names: a year, or a
// month of a year. deadline is set when a time preposition governs it
// ("by June 2024", "do 2030", "bis spätestens 2027"): the event happens at
// the latest then, not during it.
type period struct {
	year, month int // month 0: the whole year
	deadline    bool
	// orLater is set when "or later" follows ("2025 oder später", "June
	// at the earliest"): the event comes at the period's start at the
	// earliest.
	orLater bool
	// before is set when a preposition that excludes the date precedes
	// it ("before 2023", "ennen vuotta 2023"): strictly by the end of
	// 2022, though news often writes it for "by 2023"; either matches.
	before bool
	text   string // as written, for the reason shown
	// relative is set for a time counted from the article's date ("in
	// zehn Jahren", "next year", "within a year"): a horizon, not a named
	// occasion.
	relative bool
	// from is a season's first day ("im Herbst": 1 September); zero for
	// a month or a year, which start with their month (seasons.go).
	from time.Time
}

// previous is the period just before p, as a strict "before" reads it:
// the year before a year, the month before a month.
func (p period) previous() period {
	switch {
	case p.month == 1:
		p.year, p.month = p.year-1, 12
	case p.month > 1:
		p.month--
	default:
		p.year--
	}
	p.from = time.Time{}
	return p
}

// next is the period just after p: the month after a month, the year
// after a year.
func (p period) next() period {
	switch {
	case p.month == 12:
		p.year, p.month = p.year+1, 1
	case p.month > 0:
		p.month++
	default:
		p.year++
	}
	p.from = time.Time{}
	return p
}

// sameBound reports whether p and o end together, a "before" taken
// either way: "before 2023" is the bound of "by the end of 2022" and of
// "by 2023".
func (p period) sameBound(o period, months bool) bool {
	pe, oe := p.end(months), o.end(months)
	return pe.Equal(oe) || p.before && p.previous().end(months).Equal(oe) || o.before && o.previous().end(months).Equal(pe)
}

// start is the first day of the period.
func (p period) start() time.Time {
	if !p.from.IsZero() {
		return p.from
	}
	return time.Date(p.year, time.Month(max(p.month, 1)), 1, 0, 0, 0, 0, time.UTC)
}

// orLaterAt reports whether an "or later" phrase of any language starts
// at toks[i] or, after a short unit word ("2025 год или позже"), at i+1.
func orLaterAt(toks []string, i int) bool {
	for _, at := range []int{i, i + 1} {
		for _, ph := range timeWords().later {
			if at+len(ph) > len(toks) {
				continue
			}
			ok := true
			for k, w := range ph {
				ok = ok && strings.ToLower(strings.TrimRight(toks[at+k], ".")) == w
			}
			if ok {
				return true
			}
		}
		if at < len(toks) && utf8.RuneCountInString(toks[at]) > 5 {
			break
		}
	}
	return false
}

// end is the last day of the period, at the question's granularity: with
// months the end of the month (of the year, for a year alone), else the
// year's end.
func (p period) end(months bool) time.Time {
	if p.month == 0 || !months {
		return time.Date(p.year, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(p.year, time.Month(p.month)+1, 0, 0, 0, 0, 0, time.UTC)
}

// monthWords maps every language's month words (names, case forms,
// abbreviations, lower case) to the calendar month: the first twelve of
// each lexicon's months list are the names in order; every other form is
// the month whose name it shares the longest beginning with.
var monthWords = sync.OnceValue(func() map[string]int {
	out := map[string]int{}
	lex, err := lexicon.Default()
	if err != nil {
		return out
	}
	for _, c := range lex.Codes() {
		ms := lex.Get(c).Months
		if len(ms) < 12 {
			continue
		}
		for i, w := range ms {
			if i < 12 {
				out[w] = i + 1
				continue
			}
			best, at := 2, 0
			for k, n := range ms[:12] {
				if l := commonPrefix(w, n); l > best {
					best, at = l, k+1
				}
			}
			if at > 0 {
				if _, ok := out[w]; !ok {
					out[w] = at
				}
			}
		}
	}
	return out
})

// monthStarts are the first three letters of the month words: a word
// that begins otherwise is no month, at the cost of one lookup.
var monthStarts = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for w := range monthWords() {
		out[start3(w)] = true
	}
	return out
})

func start3(w string) string {
	n := 0
	for i := range w {
		if n == 3 {
			return w[:i]
		}
		n++
	}
	return w
}

func commonPrefix(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	k := 0
	for k < len(ra) && k < len(rb) && ra[k] == rb[k] {
		k++
	}
	return k
}

// monthNumber is the calendar month a word names in any language and
// case form ("czerwca", "juillet", "wrześniu"), 0 if none: a listed form,
// or a word that differs from one only in its last two letters
// ("wrześniu", "września"); "energetico" is no "enero".
func monthNumber(w string) int {
	if n := utf8.RuneCountInString(w); n < 3 || n > 14 {
		return 0
	}
	w = strings.ToLower(elide(w))
	if n, ok := monthWords()[w]; ok {
		return n
	}
	n := utf8.RuneCountInString(w)
	if n < 5 || !monthStarts()[start3(w)] {
		return 0
	}
	for form, month := range monthWords() {
		fn := utf8.RuneCountInString(form)
		if fn >= 5 && n <= fn+2 && fn <= n+2 && commonPrefix(w, form) >= max(4, fn-2) && commonPrefix(w, form) >= n-2 {
			return month
		}
	}
	return 0
}

// periodsIn lists the periods a text names: years, months with their year,
// and months alone from the month of publication on, placed in its year
// (a month before it may be gone by, "since August", or next year's). A period over before the
// publication is a past reference ("since 2014"), not when the event is
// expected, and is left out; so are months when the date is unknown.
func (m *Matcher) periodsIn(text string, published time.Time) []period {
	toks := strings.FieldsFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("?¿!,;:()«»\"“”„", r)
	})
	var out []period
	var low []string
	if !published.IsZero() {
		low = make([]string, len(toks))
		for k, t := range toks {
			low[k] = strings.ToLower(strings.TrimRight(t, "."))
		}
	}
	for i := 0; i < len(toks); i++ {
		if p, n := relativeAt(low, i, published); n > 0 {
			// "within a year", "za trzy lata", "nästa år": from the
			// article's date.
			p.text = strings.Join(toks[i:i+n], " ")
			p.relative = true
			out = append(out, p)
			i += n - 1
			continue
		}
		t := strings.TrimRight(toks[i], ".")
		p := period{}
		first := i
		if sp, n := seasonAt(toks, i, published); n > 0 {
			i += n - 1
			p = sp
			p.text = ""
		}
		switch {
		case !p.from.IsZero():
			// a season, read above
		case yearTok.MatchString(t):
			p.year, _ = strconv.Atoi(t)
		case monthNumber(t) > 0:
			p.month = monthNumber(t)
			// "June 2024", "czerwca 2024 roku", "abril de 2024".
			for k := i + 1; k < len(toks) && k <= i+2; k++ {
				if y := strings.TrimRight(toks[k], "."); yearTok.MatchString(y) {
					p.year, _ = strconv.Atoi(y)
					i = k
					break
				}
			}
			if p.year == 0 {
				if published.IsZero() || monthCaps(toks[i]) && i > 0 && !m.isTimePrep(toks[i-1]) {
					continue // no year to place it in; or a name ("May", "Marzec")
				}
				if m.bareWordMonth(toks, first) {
					continue // a common word ("Sie"), not a month
				}
				if p.month < int(published.Month()) {
					continue // "since August": a month gone by, or next year's; unknown
				}
				p.year = published.Year()
			}
		default:
			continue
		}
		// The preposition before it, over a day or an article ("by 30
		// June", "entro il 2026", "do końca 2025").
		for k := first - 1; k >= 0 && k >= first-3; k-- {
			w := strings.ToLower(toks[k])
			if timeWords().after[w] || timeWords().from[w] {
				// "after June", "nach Juni": July at the earliest; "ab Juli":
				// July at the earliest. Not a deadline either way.
				if timeWords().after[w] && p.from.IsZero() {
					p = p.next()
				}
				p.orLater = true
				break
			}
			if timeWords().preps[w] {
				p.deadline = true
				p.before = timeWords().before[w]
				break
			}
			if !dayTok.MatchString(w) && !m.function[w] && !connectors[w] && !timeWords().yearUnits[w] && utf8.RuneCountInString(w) > 5 {
				break
			}
		}
		p.orLater = p.orLater || orLaterAt(toks, i+1)
		p.text = strings.Join(toks[max(0, first-1):i+1], " ")
		if !published.IsZero() && p.end(true).Before(published.AddDate(0, 0, -1)) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// bareWordMonth reports whether the month word at i is also a function
// word of some language (German "Sie" is Polish "sie", August), with no
// day number beside it: months are read from the publication year on, so
// such a word would invent a time ("Sie halte eine Invasion für möglich"
// was set aside as "after the question's bound").
func (m *Matcher) bareWordMonth(toks []string, i int) bool {
	if !m.function[strings.ToLower(strings.TrimRight(toks[i], "."))] {
		return false
	}
	if i > 0 && dayTok.MatchString(toks[i-1]) || i+1 < len(toks) && dayTok.MatchString(toks[i+1]) {
		return false
	}
	return true
}

// monthCaps reports whether a month word is written capitalised where
// the language writes months in lower case: then it may be a name. Only
// English capitalises months, so a capital is read as a month there.
func monthCaps(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && strings.ToLower(w) == "may"
}

// judgedPeriods are the periods a judgement's proposition and its time
// frame name, read once for every rule on time (timeApart,
// laterThanBound, anotherYear).
func (m *Matcher) judgedPeriods(j kent.Judgement, published time.Time) []period {
	text := j.Proposition.Text
	if j.TimeFrame != "" && !strings.Contains(text, j.TimeFrame) {
		text += " · " + j.TimeFrame
	}
	return m.periodsIn(text, published)
}

// questionPeriod is the period of the question's time bound, when it
// names a year; ok is false when it names none ("this year", none at all).
func (m *Matcher) questionPeriod(q Question) (period, bool) {
	ps := m.periodsIn(q.TimeBound, time.Time{})
	if len(ps) == 0 {
		return period{}, false
	}
	return ps[len(ps)-1], true
}

// timeApart says why a judgement about the question's event is shown apart
// from the pool because of when it expects the event, or "": its
// proposition names another time than the question's bound. A judgement
// that the event is likely (or even) by an earlier time bears on a later bound (it
// would have happened), and one that it will not happen by a later
// deadline bears on an earlier one; the other way round it says little
// ("not by 2027" of a question "by 2030"), and so does anything on a
// later period that is no deadline ("a cut in July" of "by June").
//
// later is set when the time it names (or the day it was said) lies after
// the question's window: then it is about another event — the next wave,
// the next summit, the vote after this one — not about the question's.
func (m *Matcher) timeApart(q Question, qp period, j kent.Judgement, ps []period, published time.Time, invert bool) (why string, later bool) {
	months := qp.month > 0
	if len(ps) == 0 {
		// Said after the question's bound had passed, with no time of its
		// own: it is about a later time (a new wave, the next vote), for
		// by then the question was settled.
		if qe := qp.end(months); !published.IsZero() && published.After(qe) {
			return fmt.Sprintf("another time: said on %s, after the question's «%s» had passed", published.Format("2006-01-02"), q.TimeBound), true
		}
		return "", false
	}
	jp := ps[0]
	for _, p := range ps[1:] {
		if p.end(months).After(jp.end(months)) {
			jp = p
		}
	}
	p := j.Value
	if j.Proposition.Negated != invert {
		p = 1 - p
	}
	qe, je := qp.end(months), jp.end(months)
	switch {
	case jp.sameBound(qp, months):
		return "", false
	case je.After(qe) && jp.overlapsBound(qe):
		return "", false // a season partly within the bound ("im Sommer" of "by June")
	case je.Before(qe) && p >= 0.5:
		return "", false // likely by an earlier time: by the question's too
	case je.After(qe) && p <= 0.5 && jp.deadline:
		return "", false // not by a later deadline: not by the question's either
	case je.Before(qe):
		return fmt.Sprintf("another time: «%s» is before the question's «%s»; that the event is not expected by then says little of the later bound", jp.text, q.TimeBound), false
	}
	return fmt.Sprintf("another time: «%s» is after the question's «%s»", jp.text, q.TimeBound), namedLater(qp, ps)
}

// namedLater reports whether every time a proposition names is a named
// occasion — a year, a month — that starts after the question's window:
// "possible only at the summit in 2024" of a question on July 2023 is
// about the next summit. A horizon counted from the article's date
// ("perhaps in ten years") or a season ("in the autumn") is a guess at
// when the question's event comes, shown apart; a time that reaches into
// the window ("in May or June" of "by May", "some time in 2024" of "by
// April 2024") is on it.
func namedLater(qp period, ps []period) bool {
	qe := qp.end(qp.month > 0)
	for _, p := range ps {
		if p.relative || !p.from.IsZero() || !p.start().After(qe) {
			return false
		}
	}
	return len(ps) > 0
}

// laterThanBound reports whether a judgement that the event is likely (p,
// on the event) names only an earliest time that starts after the
// question's bound: "2025 oder später", "June at the earliest" of a
// question "by April", or, first (the proposition says the event comes
// for the first time then), "the first cut in June".
func laterThanBound(qp period, ps []period, p float64, first bool) bool {
	if p < 0.5 {
		return false
	}
	if len(ps) == 0 {
		return false
	}
	for _, jp := range ps {
		if !(jp.orLater || first) || !jp.start().After(qp.end(qp.month > 0)) {
			return false
		}
	}
	return true
}

// anotherYear reports whether a question that asks about a whole year
// ("a recession in 2023", no deadline) meets a judgement that names only
// whole years, none of them the question's: a year's state or figure is
// not another year's ("growth of 1.5% in 2024", "в текущем году" of 2022).
func anotherYear(qp period, ps []period) bool {
	if qp.month != 0 || qp.deadline {
		return false
	}
	if len(ps) == 0 {
		return false
	}
	for _, p := range ps {
		if p.month != 0 || p.deadline || p.orLater || p.year == qp.year {
			return false
		}
	}
	return true
}

// namesFirst reports whether a proposition says its event comes for the
// first time ("the first cut in June", "erste Zinssenkung im Juni",
// "första sänkningen i juni").
func namesFirst(text string) bool {
	for _, w := range fields(text) {
		if timeWords().firsts[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// afterWar returns the words of a proposition that put its event after a
// war whose end has no date ("після закінчення війни", "after the war"),
// or "": each stem of a phrase begins a word, in order.
func afterWar(text string) string {
	ws := fields(strings.ToLower(text))
	for _, ph := range timeWords().afterWar {
		for i := 0; i+len(ph) <= len(ws); i++ {
			ok := true
			for k, st := range ph {
				ok = ok && strings.HasPrefix(ws[i+k], st)
			}
			if ok {
				return strings.Join(fields(text)[i:i+len(ph)], " ")
			}
		}
	}
	return ""
}
