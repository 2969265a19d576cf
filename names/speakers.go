package names

import (
	"strings"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// SpeakerKey returns the key a speaker or holder is looked up by, from any
// spelling of the name: the key of its last word and the first letter of its
// first word's key when it has several. A name without letters has the zero
// key. (Stored speakers keep this key, not the skeleton entities merge by,
// until a store migration re-keys them.)
func SpeakerKey(name string) kent.NameKey {
	f := strings.Fields(FullKey(name))
	if len(f) == 0 {
		return kent.NameKey{}
	}
	k := kent.NameKey{Surname: f[len(f)-1]}
	if len(f) > 1 {
		_, n := utf8.DecodeRuneInString(f[0])
		k.Initial = f[0][:n]
	}
	return k
}

// KeySpeakers sets the key of every quote's speaker and judgement's holder in
// the article, so that stores can find them by key whatever the spelling.
// An inflected name is keyed by its base form (the article's mentions are
// the evidence: "Tuska" by "Tusk"). An article names few people many times,
// so each name is keyed once.
func KeySpeakers(a *kent.Article) {
	type keyed struct {
		name string
		key  kent.NameKey
	}
	var done []keyed
	seen := map[string]bool{}
	for _, m := range a.Mentions {
		if m.Kind == kent.SpeakerPerson {
			for _, w := range strings.Fields(m.Name) {
				seen[strings.ToLower(w)] = true
			}
		}
	}
	in := defaultInflector()
	base := func(name string) string {
		ws := strings.Fields(name)
		for i, w := range ws {
			ws[i] = in.Lemma(w, a.Language, "", func(s string) bool { return seen[s] })
		}
		return strings.Join(ws, " ")
	}
	set := func(sp *kent.Speaker) {
		if sp == nil {
			return
		}
		for _, k := range done {
			if k.name == sp.Name {
				sp.Key = k.key
				return
			}
		}
		sp.Key = SpeakerKey(base(sp.Name))
		done = append(done, keyed{sp.Name, sp.Key})
	}
	for i := range a.Quotes {
		set(a.Quotes[i].Speaker)
	}
	for i := range a.Judgements {
		set(a.Judgements[i].Holder)
	}
}
