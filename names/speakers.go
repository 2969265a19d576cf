package names

import (
	"strings"

	"github.com/kentnews/kent"
)

// SpeakerKey returns the key a speaker or holder is looked up by, from any
// spelling of the name: the key of its last word, the initial of its first
// word when it has several (folded like SameName's: Joe, Джо; Oleg, Алег),
// and the last word's cross-script skeleton and script
// (kent.NameKey.Matches: "Трамп" finds "Donald Trump"). A name without
// letters has the zero key.
func SpeakerKey(name string) kent.NameKey {
	f := strings.Fields(FullKey(name))
	if len(f) == 0 {
		return kent.NameKey{}
	}
	k := kent.NameKey{Surname: f[len(f)-1]}
	if len(f) > 1 {
		k.Initial = initial(f[0])
	}
	w := strings.Fields(name)
	k.Skeleton, k.Cyrillic = crossScript(k.Surname, w[len(w)-1])
	return k
}

// Rekey returns the key of a row stored before keys joined scripts, from
// the stored name and the surname key and initial stored beside it (the
// base form the names stage chose then): the initial is folded again when
// the name's first word gives it, and the skeleton and script are added.
func Rekey(name, surname, init string) kent.NameKey {
	k := kent.NameKey{Surname: surname, Initial: init}
	w := strings.Fields(name)
	if len(w) == 0 || surname == "" {
		return k
	}
	if first := Key(w[0]); len(w) > 1 && init != "" && strings.HasPrefix(first, init) {
		k.Initial = initial(first)
	}
	k.Skeleton, k.Cyrillic = crossScript(surname, w[len(w)-1])
	return k
}

// crossScript returns what joins a surname across scripts, from its key and
// its spelling: the skeleton of the key, with the silent final e of English
// spellings dropped (Pence, Blake, Блейк), and whether the spelling is
// Cyrillic.
func crossScript(surnameKey, spelling string) (skeleton string, cyrillic bool) {
	return strings.TrimSuffix(Skeleton(surnameKey), "e"), isCyrillic(spelling)
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
	persons := map[string]string{} // a person mention's text or name → its fullest name
	for _, m := range a.Mentions {
		if m.Kind == kent.SpeakerPerson {
			for _, w := range strings.Fields(m.Name) {
				seen[strings.ToLower(w)] = true
			}
			persons[m.Name] = m.Name
			if _, ok := persons[m.Text]; !ok {
				persons[m.Text] = m.Name
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
		name := sp.Name
		if sp.Kind == kent.SpeakerPerson {
			name = personName(name, persons)
		}
		sp.Key = SpeakerKey(base(name))
		done = append(done, keyed{sp.Name, sp.Key})
	}
	for i := range a.Quotes {
		set(a.Quotes[i].Speaker)
	}
	for i := range a.Judgements {
		set(a.Judgements[i].Holder)
	}
}

// personName returns the person a speaker's name ends in, as the article
// names that person: a speaker read with a role before the name ("US
// President Donald Trump", "Президент США Дональд Трамп") is keyed by the
// person mention "Donald Trump", so that the role's first letter is not
// taken for an initial. A name that ends in no mention stays.
func personName(name string, persons map[string]string) string {
	f := strings.Fields(name)
	for i := range f {
		if full, ok := persons[strings.Join(f[i:], " ")]; ok {
			return full
		}
	}
	return name
}
