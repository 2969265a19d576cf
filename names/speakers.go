package names

import (
	"strings"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// SpeakerKey returns the key a speaker or holder is looked up by, from any
// spelling of the name: the key of its last word and the first letter of its
// first word's key when it has several. A name without letters has the zero
// key.
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
// An article names few people many times, so each name is keyed once.
func KeySpeakers(a *kent.Article) {
	type keyed struct {
		name string
		key  kent.NameKey
	}
	var done []keyed
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
		sp.Key = SpeakerKey(sp.Name)
		done = append(done, keyed{sp.Name, sp.Key})
	}
	for i := range a.Quotes {
		set(a.Quotes[i].Speaker)
	}
	for i := range a.Judgements {
		set(a.Judgements[i].Holder)
	}
}
