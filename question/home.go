package question

import (
	"slices"

	"github.com/kentnews/kent"
)

// A question may name a national office or central bank without its
// country ("Wird der Bundeskanzler zurücktreten?", "Чи знизить
// Національний банк ставку?"): its language's news means its own country's
// (lexicon institutions.home). A language of several countries' news (en,
// fr, es) gives none, and a place beside the words names another country's.

// homeBank is the number of words of a central bank's name without its
// country at words[i] ("Національний банк", "Центробанк") in a question of
// lang, and the key of the home country's bank; 0 when the words are none,
// a place is near them or lang has no home.
func (m *Matcher) homeBank(words []string, i int, lang string) (int, string) {
	key := m.bankIn[m.home[lang]]
	if key == "" || m.centralBank == nil {
		return 0, ""
	}
	n := 0
	m.centralBank.Match(lower(words[i:min(len(words), i+3)]), func(_ string, k int) {
		if k == 0 {
			n = 1
			if i+1 < len(words) && len(m.centralBank.Concepts(lower(words[i:i+1]))) == 0 {
				n = 2 // a name of two words: "Національний банк"
			}
		}
	})
	if n == 0 {
		return 0, ""
	}
	for k := max(0, i-3); k < min(len(words), i+n+3); k++ {
		if len(m.placesOf(words[k])) > 0 {
			return 0, "" // "Národní banka Slovenska", "японский центробанк": describes has those
		}
	}
	return n, key
}

// officeOnly reports whether a capitalised run is an office's word alone
// ("Bundeskanzler" after "der"): no person's name.
func (m *Matcher) officeOnly(run []string) bool {
	o := m.officesIn(run)
	return len(run) == 1 && len(o) == 1 && o[0].n == 1
}

// homePlace gives a question that names an office but no person, place or
// organisation the home country of its language as its place: "der
// Bundeskanzler" in German is Germany's.
func (m *Matcher) homePlace(q *Question, ents []kent.FrameEntity, words []string, lang string) {
	cc := m.home[lang]
	if cc == "" || len(q.Places) > 0 || slices.ContainsFunc(ents, func(e kent.FrameEntity) bool { return e.Kind != "person" }) || len(m.officesIn(words)) == 0 {
		return
	}
	q.Places = []string{cc}
}

// namesHome reports whether a judgement's words in language lang name the
// question's subject by an office or a central bank without a country,
// where that country is lang's home: "Національний банк" in a Ukrainian
// article is the National Bank of Ukraine, "der Kanzler" in a German one
// Germany's when the question asks about the chancellor.
func (m *Matcher) namesHome(q Question, words []string, lang string) bool {
	cc := m.home[lang]
	if cc == "" {
		return false
	}
	s := q.Subject
	if s == nil && len(q.Places) > 0 {
		s = &kent.FrameEntity{Kind: "place", Key: q.Places[0]}
	}
	if s == nil {
		return false
	}
	near := func(i, n int) bool { // a place beside words[i:i+n] names another country's
		for k := max(0, i-3); k < min(len(words), i+n+3); k++ {
			if len(m.placesOf(words[k])) > 0 {
				return true
			}
		}
		return false
	}
	switch {
	case s.Kind == "organisation" && m.bankIn[cc] == s.Key:
		for i := range words {
			if n, key := m.homeBank(words, i, lang); n > 0 && key == s.Key {
				return true
			}
		}
	case s.Kind == "place" && s.Key == cc:
		asked := m.officesIn(fields(q.Text))
		for _, o := range m.officesIn(words) {
			if slices.ContainsFunc(asked, func(a officeAt) bool { return a.office == o.office }) && !near(o.at, o.n) {
				return true
			}
		}
	}
	return false
}
