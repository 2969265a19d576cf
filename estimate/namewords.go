package estimate

// The words around a holder's verb that make up its name: a name set off
// by commas, an insertion skipped, a pronoun's antecedent, a subject after
// a verb-second verb, a role before or after a name, surname particles and
// an affiliation after it. Split from holders.go, which reads where the
// holder stands; these read what its name is.

import "github.com/kentnews/kent"

// appositiveName reads a name set off by commas after its role, ending at
// the comma toks[k]: "The foreign minister, Mihai Popescu, said", "Der
// Außenminister, Mihai Popescu, sagte". The name is the verb's subject.
func (s *sentence) appositiveName(k int) (*kent.Speaker, int) {
	toks := s.toks
	if toks[k].Low != "," {
		return nil, -1
	}
	b := k
	for b > 0 && toks[b-1].Word && isCapitalised(toks[b-1].Text) {
		b--
	}
	if n := k - b; n < 1 || n > 4 || b < 2 || toks[b-1].Low != "," || !toks[b-2].Word || !s.r.hold.isRole(toks[b-2].Low) {
		return nil, -1
	}
	return s.speaker(b, k), b
}

// insertBefore reads an insertion that ends at toks[k] — a parenthesis
// "(IMK)" or an apposition ", the site he founded," — and returns the index
// of the token opening it, or -1. An apposition counts only after a
// capitalised word, so a clause before a comma is not skipped.
func insertBefore(toks []kent.Token, k int) int {
	open := ""
	switch toks[k].Low {
	case ")":
		open = "("
	case ",":
		open = ","
	default:
		return -1
	}
	for b := k - 1; b >= 0 && b >= k-insertionReach; b-- {
		if toks[b].Word {
			continue
		}
		if toks[b].Low != open {
			return -1
		}
		if open == "," && (b == 0 || !toks[b-1].Word || !isCapitalised(toks[b-1].Text)) {
			return -1
		}
		return b
	}
	return -1
}

// antecedent is whom a pronoun source stands for: the name opening the
// sentence before in the same paragraph ("Nikita Danyuk, deputy director
// …, sees it differently. In his view, …"), else the holder the article
// named last.
func (s *sentence) antecedent() *kent.Speaker {
	p := s.prev
	b := 0
	if len(p) > 0 && s.r.hold.dets[p[0].Low] {
		b = 1 // "Die Ratingagentur Fitch hat …. Nach ihrer Einschätzung …"
	}
	e := b
	for e < len(p) && p[e].Word && isCapitalised(p[e].Text) {
		e++
	}
	if s.samePara && e-b >= 2 && !s.r.function[p[b].Low] {
		return &kent.Speaker{Name: s.a.Text[p[b].Start:p[e-1].End], Kind: "person"}
	}
	if s.samePara && s.backSent < s.sent-1 {
		// "Vice riksbankschef Per Jansson hade … . Han säger nu att …": the
		// person the sentence before opens with, after its title, when no
		// holder was named since.
		if n := s.openingPerson(); n != nil {
			return n
		}
	}
	if g := s.genderedAntecedent(); g != nil {
		return g // "… die Ökonomin Sarah Klein. Sie hält …": not the man who spoke last
	}
	if s.back == nil {
		return nil
	}
	h := *s.back
	return &h
}

// subjectAfter reads, in a verb-second language, the subject that follows
// the verb when a phrase was fronted before it: "Für das kommende Jahr
// rechnet das Institut mit …", "I juli spår Riksbanken …". It reads a
// capitalised run (German nouns included) after at most one function word.
func (s *sentence) subjectAfter(v int) *kent.Speaker {
	r, toks := s.r, s.toks
	if !r.verbSecond {
		return nil
	}
	k := v + max(1, r.estimating.Len(toks, v), r.reporting.Len(toks, v), r.expect.Len(toks, v))
	if k < len(toks) && r.complementizers.Len(toks, k) > 0 {
		return nil // "tror att Riksbanken …": the clause's subject, not the verb's
	}
	if k < len(toks) && toks[k].Word && r.function[toks[k].Low] && !isCapitalised(toks[k].Text) {
		k++
	}
	e := s.nameRunEnd(k, len(toks), 4) // "sagte Luis de Guindos"
	if e == k {
		if k < len(toks) && toks[k].Word && s.r.hold.isOrg(toks[k].Low) && !s.r.hold.groups[toks[k].Low] {
			// "menar banken att": a definite organisation noun, which
			// stands for the organisation named last that it fits.
			return &kent.Speaker{Name: toks[k].Text, Kind: "group"}
		}
		return nil
	}
	return s.speaker(k, e)
}

// namedSource returns the source a source phrase names in the sentence
// ("according to Polymarket", "enligt Unibets odds", "laut RealClearPolitics"),
// or nil.
func (s *sentence) namedSource() *kent.Speaker {
	for k := range s.toks {
		if !s.toks[k].Word {
			continue
		}
		if n := s.r.sources.Len(s.toks, k); n > 0 {
			if h := s.nameAt(k+n, len(s.toks)); h != nil {
				return h
			}
		}
	}
	return nil
}

// roleReach is how many words a role's complement may have before the name
// it describes: "rzecznik ministerstwa, Omar Haddad".
const roleReach = 3

// nameAfterRole reads the name of two to four capitalised words that
// follows the role word at k, after at most roleReach words of its own
// ("представитель министерства") and a comma; nil when none does.
func (s *sentence) nameAfterRole(k int) *kent.Speaker {
	toks := s.toks
	limit := k + 1 + roleReach
	for j := k + 1; j < len(toks) && j <= limit; j++ {
		if c := quotedName(toks, j); c > j {
			// "лідер фракції «Слуга народу» Давид Арахамія": a party's
			// name in quote marks belongs to the role
			limit += c - j + 1
			j = c
			continue
		}
		e := j
		for e < len(toks) && toks[e].Word && (isCapitalised(toks[e].Text) || e > j && particleName(toks[e].Text) || e > j && s.particleAt(e)) {
			e++
		}
		if e-j >= 2 && e-j <= 4 && !s.particleAt(j) {
			sp := s.speaker(j, e)
			sp.Affiliation = s.affiliationAt(e) // "political scientist Karen de Vries of Leiden University"
			return sp
		}
		if !toks[j].Word && toks[j].Low != "," {
			return nil
		}
	}
	return nil
}

// roleBefore reads, left of k within a few words, a role or group word and the
// connectors and names after it: "responsable du Hamas"; nil when there
// is none.
func (s *sentence) roleBefore(k int) *kent.Speaker {
	toks, hr := s.toks, s.r.hold
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if !toks[j].Word {
			return nil
		}
		if !hr.isRole(toks[j].Low) && !hr.groups[toks[j].Low] {
			continue
		}
		e := j + 1
		for e < k && toks[e].Word && (s.r.connectors[toks[e].Low] || isCapitalised(toks[e].Text)) {
			e++
		}
		for e > j+1 && !isCapitalised(toks[e-1].Text) {
			e-- // a connector does not end it
		}
		if e-j >= 3 && wordsIn(toks, j+1, e) == e-j-1 && capsIn(toks, j+1, e) {
			return s.speaker(j+1, e) // "Ekonomista Jan Nowak w rozmowie z …": the name the role describes
		}
		return &kent.Speaker{Name: s.a.Text[toks[j].Start:toks[e-1].End], Kind: "group"}
	}
	return nil
}

// capsIn reports whether every token in [from, to) is capitalised.
func capsIn(toks []kent.Token, from, to int) bool {
	for k := from; k < to; k++ {
		if !isCapitalised(toks[k].Text) {
			return false
		}
	}
	return true
}

// particleAt reports whether toks[k] is a lower-case surname particle with
// a capitalised word after it: "de" in "Karen de Vries".
func (s *sentence) particleAt(k int) bool {
	t := s.toks
	return t[k].Word && !isCapitalised(t[k].Text) && s.r.particles[t[k].Low] && k+1 < len(t) && t[k+1].Word && isCapitalised(t[k+1].Text)
}

// affiliationAt reads an affiliation right after a name that ends at k:
// an affiliation preposition, perhaps an article, and a capitalised run
// ("of Leiden University", "z Ośrodka Studiów Wschodnich"); "" when none.
func (s *sentence) affiliationAt(k int) string {
	toks, r := s.toks, s.r
	if k+1 >= len(toks) || !toks[k].Word || !r.affPreps[toks[k].Low] {
		return ""
	}
	b := k + 1
	if r.hold.dets[toks[b].Low] && b+1 < len(toks) {
		b++
	}
	e := b
	for e < len(toks) && e < b+5 && toks[e].Word && (isCapitalised(toks[e].Text) || e > b && r.connectors[toks[e].Low] && e+1 < len(toks) && isCapitalised(toks[e+1].Text)) {
		e++
	}
	if e == b {
		return ""
	}
	return s.a.Text[toks[b].Start:toks[e-1].End]
}
