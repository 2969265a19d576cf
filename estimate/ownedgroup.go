package estimate

import "github.com/kentnews/kent"

// ownedGroup reads a lower-case group word right before the capitalised
// run [k, end) as the subject, with the run as its owner in the genitive:
// "Однако правительство Польши считает", "Водночас уряд Польщі вважає",
// "Natomiast rząd Polski uważa" are the government's judgements, not
// Poland's in a case form nor the last person named (a sentence that
// opens with the group word, capitalised, is one run already). A role of
// one person before a name ("аналітик Олег Мельник") is the person's
// title, not a group: the name holds.
func (s *sentence) ownedGroup(k, end int) (*kent.Speaker, int) {
	toks, r := s.toks, s.r
	if k == 0 || !toks[k-1].Word || isCapitalised(toks[k-1].Text) || r.groups.Len(toks, k-1) != 1 || r.hold.isRole(toks[k-1].Low) {
		return nil, -1
	}
	if g := k - 2; g >= 0 && toks[g].Word && (r.hold.isRole(toks[g].Low) || r.groups.Len(toks, g) > 0) {
		return nil, -1 // "Ekspert wojskowy Jan Nowak": an adjective of the role before it
	}
	return &kent.Speaker{Name: s.a.Text[toks[k-1].Start:toks[end-1].End], Kind: "group"}, k - 1
}
