package names

import (
	"iter"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/kentnews/kent"
)

// entityAcc gathers one entity's mention rows.
type entityAcc struct {
	e        kent.Entity
	names    map[string]int
	variants map[string]bool
	articles map[string]bool
	langs    map[string]bool
}

// Entities merges mention rows (as a store streams them) into entities, most
// widely mentioned first: rows with one key are one entity, and a
// surname-only person ("person:lukashenko") joins the one full-name entity
// with that surname when there is exactly one. Each entity is named by its
// commonest full form. The first error of the stream is returned.
//
// Rows are re-keyed from their stored base form first (MentionKey), so
// rows a store wrote before a key change (new endings, cross-script or
// organisation keys) join the rows written since, without a migration; a
// person's name word the names stage left inflected then takes a base form
// its endings allow when the store names someone by it ("Łukaszenki" by
// "Łukaszenka").
func Entities(rows iter.Seq2[kent.MentionRow, error]) ([]kent.Entity, error) {
	var all []kent.MentionRow
	seen := map[string]bool{} // the store's people's name words, lower case
	for r, err := range rows {
		if err != nil {
			return nil, err
		}
		all = append(all, r)
		if r.Kind == kent.SpeakerPerson {
			for _, w := range strings.Fields(r.Name) {
				seen[strings.ToLower(w)] = true
			}
		}
	}
	in := defaultInflector()
	known := func(low string) bool { return seen[low] }
	byKey := map[string]*entityAcc{}
	rekeyed := map[[4]string][2]string{} // a store repeats few names many times
	for _, r := range all {
		rk := [4]string{r.Kind, r.Key, r.Name, r.Language}
		nk, ok := rekeyed[rk]
		if !ok {
			nk = [2]string{storedBase(in, r, known), ""}
			nk[1] = MentionKey(r.Kind, r.Key, nk[0])
			rekeyed[rk] = nk
		}
		r.Name, r.Key = nk[0], nk[1]
		a := byKey[r.Key]
		if a == nil {
			a = &entityAcc{e: kent.Entity{Key: r.Key, Kind: r.Kind}, names: map[string]int{}, variants: map[string]bool{}, articles: map[string]bool{}, langs: map[string]bool{}}
			byKey[r.Key] = a
		}
		a.names[r.Name] += r.Count
		a.variants[r.Text] = true
		a.articles[r.ArticleID] = true
		if r.Language != "" {
			a.langs[r.Language] = true
		}
		a.e.Mentions += r.Count
	}
	mergeSurnames(byKey)
	out := make([]kent.Entity, 0, len(byKey))
	for _, a := range byKey {
		a.e.Name = commonestName(a.names)
		for v := range a.variants {
			a.e.Variants = append(a.e.Variants, v)
		}
		sort.Strings(a.e.Variants)
		a.e.Languages = slices.Sorted(maps.Keys(a.langs))
		a.e.Articles = len(a.articles)
		out = append(out, a.e)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		return out[i].Mentions > out[j].Mentions || out[i].Mentions == out[j].Mentions && out[i].Key < out[j].Key
	})
	return out, nil
}

// mergeSurnames folds surname-only people into their full-name entity when
// it is unique.
func mergeSurnames(byKey map[string]*entityAcc) {
	bySurname := map[string][]string{}
	for key, a := range byKey {
		if a.e.Kind == kent.SpeakerPerson && strings.Contains(key, " ") {
			sur := key[strings.LastIndex(key, " ")+1:]
			bySurname[sur] = append(bySurname[sur], key)
		}
	}
	for key, a := range byKey {
		if a.e.Kind != kent.SpeakerPerson || strings.Contains(key, " ") {
			continue
		}
		full := bySurname[strings.TrimPrefix(key, "person:")]
		for _, n := range slices.Sorted(maps.Keys(a.names)) { // the same name on every run
			if fam := eastAsianFamily(n); fam != "" {
				full = append(full, bySurname[fam]...) // "Xi" joins "Xi Jinping"
			}
			break
		}
		if len(full) != 1 {
			continue
		}
		t := byKey[full[0]]
		for n, c := range a.names {
			t.names[n] += c
		}
		for v := range a.variants {
			t.variants[v] = true
		}
		for x := range a.articles {
			t.articles[x] = true
		}
		for l := range a.langs {
			t.langs[l] = true
		}
		t.e.Mentions += a.e.Mentions
		delete(byKey, key)
	}
}

// commonestName picks the commonest full name; a surname alone only if
// nothing fuller was seen. Ties go to the longer name, then the first in
// alphabetical order.
func commonestName(counts map[string]int) string {
	best, n := "", -1
	for name, c := range counts {
		full := strings.Contains(name, " ")
		bestFull := strings.Contains(best, " ")
		if full && !bestFull || full == bestFull && (c > n || c == n && (len(name) > len(best) || len(name) == len(best) && name < best)) {
			best, n = name, c
		}
	}
	return best
}

// KnownPeople reads the person keys of stored mention rows into the look-up
// Finder.Known wants: a full key ("person:d trmp") and its surname alone
// ("person:trmp") are both known.
func KnownPeople(rows iter.Seq2[kent.MentionRow, error]) (func(key string) bool, error) {
	known := map[string]bool{}
	for r, err := range rows {
		if err != nil {
			return nil, err
		}
		if r.Kind == kent.SpeakerPerson {
			// The key names gives the stored name today (MentionKey), so
			// rows stored before a key change are known by their new keys.
			k := MentionKey(r.Kind, r.Key, r.Name)
			known[k] = true
			known["person:"+surnameKey(k)] = true
		}
	}
	return func(key string) bool { return known[key] }, nil
}

// MentionKey returns the key names gives today to a stored mention of kind
// and base form name that was stored with key: a person's key from the
// name ("person:…"), an organisation's listed key when the name is a listed
// organisation ("org:ECB" for "EZB"), else the stored key (places, and the
// persons keyed by a place's leader).
func MentionKey(kind, key, name string) string {
	switch {
	case name == "":
		return key
	case kind == kent.SpeakerPerson && strings.HasPrefix(key, "person:"):
		return personKey(name)
	case kind == kent.SpeakerOrganisation && strings.HasPrefix(key, "org:"):
		return orgMentionKey(name)
	}
	return key
}

// orgMentionKey is an organisation mention's key: the organisation list's
// key in every language ("org:ECB"), else the name's own.
func orgMentionKey(name string) string {
	if k := OrgKey(name); k != "" {
		return "org:" + k
	}
	return "org:" + FullKey(name)
}

// storedBase is a stored person row's name with each word in a base form
// the row language's endings allow and known (the store's name words)
// knows, or a sure ending gives; other rows' names stay.
func storedBase(in *Inflector, r kent.MentionRow, known func(string) bool) string {
	if r.Kind != kent.SpeakerPerson || !strings.HasPrefix(r.Key, "person:") {
		return r.Name
	}
	w := strings.Fields(r.Name)
	for i, x := range w {
		w[i] = in.Lemma(x, r.Language, "", known)
	}
	return strings.Join(w, " ")
}

// BaseName is a person's name as a store keys it when it names the person
// elsewhere too: each word in a base form that the endings of any language
// allow and known knows (the store's people's name words, lower case), so
// "Joe Bidena" is Joe Biden in a store that names Joe Biden, and "Olafa
// Scholza" is Olaf Scholz. Words no known base form explains stay as
// printed: without a language no ending is sure enough alone.
func BaseName(name string, known func(string) bool) string {
	in := defaultInflector()
	w := strings.Fields(name)
	for i, x := range w {
		for _, c := range in.candidates(x, "") {
			if known(strings.ToLower(c.form)) {
				w[i] = c.form
				break
			}
		}
	}
	return strings.Join(w, " ")
}
