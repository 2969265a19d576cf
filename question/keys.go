package question

import (
	"maps"
	"slices"
	"strings"

	"github.com/kentnews/kent"
)

// Keys returns what a question can find a judgement by, so a store can index
// it and a brief read only the judgements that can bear on its question:
// "p:" the places and "o:" the organisations its sentence, proposition or
// holder's name names, "n:" the surname keys of their capitalised words and
// of the holder's name, "e:" its proposition's event concepts. Whatever
// Relevance and the topic rule find of a question's subject in a judgement
// is among these keys (QueryKeys says which to look for).
func (m *Matcher) Keys(j kent.Judgement) []string {
	words := fields(j.Words)
	if !strings.Contains(j.Words, j.Proposition.Text) { // else its words are the sentence's
		words = append(words, fields(j.Proposition.Text)...)
	}
	words = append(words, j.Proposition.Entities...)
	var holder []string
	if j.Holder != nil {
		holder = fields(j.Holder.Name)
		words = append(words, holder...)
	}
	set := map[string]bool{}
	// A word met twice adds nothing new to the set: no map of the words
	// seen (it was a third of what keying a judgement allocated).
	for _, w := range words {
		for _, p := range m.placesOf(w) {
			set["p:"+p] = true
		}
		if isUpper(w) {
			set[m.nameKey(w)] = true
		}
	}
	for _, w := range holder {
		set[m.nameKey(w)] = true
	}
	for _, o := range m.orgs.Find(words) {
		set["o:"+o] = true
	}
	for _, e := range j.Proposition.Events {
		set["e:"+e] = true
	}
	delete(set, "n:")
	return append([]string{}, slices.Sorted(maps.Keys(set))...)
}

// nameKey is "n:" and the word's surnameKey, remembered per word.
func (m *Matcher) nameKey(w string) string {
	if k, ok := m.nameKeys.get(w); ok {
		return k
	}
	k := "n:" + surnameKey(w)
	m.nameKeys.put(w, k)
	return k
}

// QueryKeys returns the keys (see Keys) of the judgements that can bear on
// q: those that name its subject and those whose proposition shares one of
// its event concepts or their opposites. Nothing else can be pooled, set
// aside with a reason or lend an article its topic; the other judgements of
// an article that has a relevant one are read by the caller. nil when the
// question has neither subject nor concepts: then everything is read.
func (m *Matcher) QueryKeys(q Question) []string {
	var out []string
	s := q.Subject
	if s == nil && len(q.Places) > 0 {
		s = &kent.FrameEntity{Kind: "place", Key: q.Places[0]}
	}
	parties := []*kent.FrameEntity{s}
	if q.Joint && q.Object != nil {
		parties = append(parties, q.Object) // either party of a joint event
	}
	for _, s := range parties {
		if s == nil {
			continue
		}
		switch s.Kind {
		case "person":
			out = append(out, "n:"+s.Key+"*") // a case ending may follow
		case "organisation":
			out = append(out, "o:"+s.Key)
		default:
			out = append(out, "p:"+s.Key)
		}
	}
	for _, c := range q.Concepts {
		out = append(out, "e:"+c)
	}
	for _, c := range m.byName[q.Family].Kin {
		out = append(out, "e:"+c) // an attack on the country a question asks will be invaded
	}
	for name, ec := range m.byName {
		if _, ok := ec.OppositeIn(q.Concepts); ok {
			out = append(out, "e:"+name)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
