package estimate

import (
	"strings"

	"github.com/kentnews/kent"
)

// A pronoun source agrees in gender with whom it stands for. "The economist
// Jürgen Matthes said … . More sceptical is the economist Sarah Klein. She
// thinks …": "she" is Sarah Klein, whom the sentence before names, not the
// man who spoke last. The pronouns are the lexicon's (attribution
// masculine, feminine, feminine_singular); a person's gender is package
// names' reading of the given name (names.Inflector.GivenGender).

// Gender a pronoun or a given name marks.
const (
	genderUnknown byte = 0
	genderMan     byte = 'm'
	genderWoman   byte = 'f'
)

// pronounGender is the gender of the first pronoun in the sentence that
// marks one ("she", "er", "она", "hon"; German "sie" before a singular
// verb).
func (s *sentence) pronounGender() byte {
	h, toks := s.r.hold, s.toks
	for x, t := range toks {
		if !t.Word {
			continue
		}
		switch {
		case h.masc[t.Low]:
			return genderMan
		case h.fem[t.Low]:
			return genderWoman
		case h.femSingular[t.Low] && x+1 < len(toks) && toks[x+1].Word:
			if !s.pluralAt(x, 1) {
				return genderWoman
			}
			return genderUnknown
		}
	}
	return genderUnknown
}

// genderedAntecedent returns the person the sentence before (in the same
// paragraph) names when a gendered pronoun cannot stand for the holder
// named last and agrees with that person: the first person the sentence
// names, its subject as a rule, unless the pronoun's gender rules it out.
// A name it cannot read the gender of ends the search, so a later object
// is not preferred to a subject: "Putin met Chancellor Olaf Scholz. He
// said …" is never Scholz's.
func (s *sentence) genderedAntecedent() *kent.Speaker {
	if !s.samePara || s.r.genders == nil {
		return nil
	}
	want := s.pronounGender()
	if want == genderUnknown {
		return nil
	}
	if b := s.back; b != nil && (b.Kind != "person" || s.r.genders.GivenGender(b.Name) != want^genderMan^genderWoman) {
		return nil // the holder named last may be whom the pronoun stands for
	}
	if s.openerNamed() {
		// "Putin met Chancellor Olaf Scholz. He said …": the name opening
		// the sentence before, its subject, not the object after it.
		p := s.prev[0]
		return &kent.Speaker{Name: p.Text, Kind: "person"}
	}
	for _, n := range s.names {
		if n.sent != s.sent-1 {
			continue
		}
		if w := strings.Fields(n.sp.Name); len(w) == 1 {
			if isAcronym(w[0]) || s.r.hold.isOrg(strings.ToLower(w[0])) {
				continue
			}
			return nil // "Yesterday Putin met …": a surname alone, of no gender
		}
		if n.org {
			continue
		}
		switch s.r.genders.GivenGender(n.sp.Name) {
		case want:
			h := n.sp
			h.Kind = "person"
			return &h
		case genderUnknown:
			return nil
		}
	}
	return nil
}

// openerNamed reports whether the sentence before opens with a single
// capitalised word that is a name: no function word, and written again
// elsewhere in the article ("Putin", not "More sceptical is …").
func (s *sentence) openerNamed() bool {
	p := s.prev
	if len(p) == 0 || !p[0].Word || !isCapitalised(p[0].Text) || s.r.hold.articles[p[0].Low] || s.r.hold.isRole(p[0].Low) {
		return false
	}
	if len(p) > 1 && p[1].Word && isCapitalised(p[1].Text) {
		return false // a name of two words or more is read among the names
	}
	return strings.Count(s.a.Text, p[0].Text) > 1
}
