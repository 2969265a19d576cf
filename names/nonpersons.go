package names

// What looks like a person but is not: a named thing (a show, a medal,
// a pipeline), a saint or a place named after one, an organisation name,
// a genitive before the head it qualifies. Split from persons.go, which
// finds and classifies the name runs.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// thing reports whether a run names a thing, not a person: it ends in a
// head word of things or stands beside one ("Andrew Marr Show", "Friendship
// Medal", "Nord Stream pipeline", "газопровод Дружба"), or it is a title in
// quotation marks of its own („Stephen“, «Stephen»).
func (f *Finder) thing(text string, run []word, c context, span kent.Span) bool {
	if len(run) > 1 && f.things[run[len(run)-1].low] || c.next != nil && !c.next.cap && f.things[c.next.low] ||
		c.prev != nil && !c.prev.cap && f.things[c.prev.low] {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(text[:span.Start])
	after, _ := utf8.DecodeRuneInString(text[span.End:])
	return strings.ContainsRune("„«“\"”‘'", before) && strings.ContainsRune("“»”\"’'", after)
}

// saint reports whether a run is a church or place named after a saint —
// a word for "saint" stands before it ("St. Michael", "św. Michała",
// "церкви Святого Михаила") or inside it ("Casa Santa Marta") — or a place
// by a place word in it ("Republika Chińska").
func (f *Finder) saint(text string, run []word, span kent.Span) bool {
	for _, w := range run[:len(run)-1] {
		if f.saints[w.low] {
			return true
		}
	}
	for _, w := range run {
		if f.placeWords[w.low] {
			return true // "Republika Chińska": a place, keyed like a church
		}
	}
	if r, _ := utf8.DecodeLastRuneInString(text[:span.Start]); !unicode.IsSpace(r) {
		return false // "St.Michael" or the text's start
	}
	lo := max(0, span.Start-48)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	// The words before the run as strings.Fields splits them, read from
	// the last back: saint asks of every run, and most stop at the first.
	before := text[lo:span.Start]
	w1, rest := lastField(before)
	if w1 == "" {
		return false
	}
	low1 := strings.ToLower(w1)
	if f.saints[low1] {
		return true
	}
	// The second of two saints a church is named after ("St. Peter und
	// Paul", "św. Piotra i Pawła").
	if !f.and[low1] {
		return false
	}
	w2, rest := lastField(rest)
	w3, _ := lastField(rest)
	return w2 != "" && w3 != "" && f.saints[strings.ToLower(w3)]
}

// lastField returns the last of strings.Fields(s), "" when there is none,
// and the text before it.
func lastField(s string) (field, before string) {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s, ""
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i+size:], s[:i]
}

// orgName reports whether a run is the name of a company or body the
// lexicons list, in its base form ("Microsoft", "Harleya-Davidsona").
func (f *Finder) orgName(run []word, lang string) bool {
	if p := run[0].low; !f.orgNames[p[:min(len(p), 3)]+"…"] {
		return false // no listed name starts so: most runs stop here
	}
	var b strings.Builder
	for i, w := range run {
		if i > 0 {
			b.WriteByte(' ')
		}
		if i == len(run)-1 {
			b.WriteString(strings.ToLower(f.inflect.Lemma(w.text, lang, "", func(s string) bool { return f.orgNames[s] })))
		} else {
			b.WriteString(w.low)
		}
	}
	return f.orgNames[b.String()]
}

// genitiveEnd returns where a name ends inside a run at a word in the
// genitive its language's endings write as a bare -s, followed by the
// capitalised noun it qualifies — as German writes them: "Angela Merkels
// Nachfolger", "Putins Krieg" — or 0. The word must not be a given name
// ("Jens Spahn", "Klaus Schwab"), and a run's first word only counts when
// its base is a well-known surname.
func (f *Finder) genitiveEnd(run []word, lang string) int {
	if !f.bareGenitive[lang] {
		return 0
	}
	for i, w := range run[:len(run)-1] {
		if !strings.HasSuffix(w.text, "s") || len(w.text) < 4 || f.inflect.First(w.text, lang) || f.connect[w.low] {
			continue
		}
		base := strings.TrimSuffix(w.text, "s")
		if i == 0 && (!f.knownSurname(base, lang) || f.inflect.First(base, lang)) {
			continue
		}
		// Inside a run, the genitive ends a person's name: one a given name
		// opens ("Angela Merkels Nachfolger"), not an English plural in a
		// body's name ("American Civil Liberties Union").
		if i > 0 && !f.inflect.First(run[0].text, lang) && !f.knownSurname(base, lang) {
			continue
		}
		if f.connect[run[i+1].low] || f.isRole(run[i+1].text) {
			continue
		}
		return i + 1
	}
	return 0
}
