package names

import (
	"maps"
	"slices"
	"strings"
	"unicode/utf8"
)

// leadPlace reports whether a run starts with a place before a name: a
// place word followed by a given name or by two more words.
func (f *Finder) leadPlace(run []word, lang string) bool {
	if len(run) < 2 {
		return false
	}
	p := f.place(run[0].text)
	return p != "" && !strings.Contains(p, "/leader") && (len(run) > 2 || f.inflect.First(run[1].text, lang))
}

// trailPlace reports whether a run of a given name, a surname and a place
// ends in the place: a person's name followed by the place of an
// affiliation ("Sanna Korhonen Helsingin yliopistosta", the University of
// Helsinki's), not a third name.
func (f *Finder) trailPlace(run []word, lang string) bool {
	if len(run) < 3 || !f.inflect.First(run[0].text, lang) {
		return false
	}
	last := run[len(run)-1].text
	p := f.place(last)
	if p == "" && f.bareGenitive[lang] && strings.HasSuffix(last, "s") {
		p = f.place(last[:len(last)-1]) // "Jan Weber Münchens": the place's genitive -s
	}
	return p != "" && !strings.Contains(p, "/leader")
}

// givenInside returns the index of the first given name inside a run that
// does not start with one and goes on after it, or 0.
func (f *Finder) givenInside(run []word, lang string) int {
	if len(run) < 3 || f.inflect.First(run[0].text, lang) {
		return 0
	}
	for k := 1; k < len(run)-1; k++ {
		if f.inflect.First(run[k].text, lang) {
			return k
		}
	}
	return 0
}

// place returns the place a word names: a place stem of lexicon/places, a
// country's name in any inflection (Германии, Niemiec), or a city stem of a
// lexicon's names.places (Londynie, Вашингтоне).
func (f *Finder) place(w string) string {
	if ps := f.places.MatchKeys(w); len(ps) > 0 {
		if strings.HasSuffix(ps[0], "/capital") {
			return strings.TrimSuffix(ps[0], "/capital") // a capital is a place; keyed as its country for now
		}
		return ps[0]
	}
	if low := strings.ToLower(w); utf8.ValidString(low) {
		return f.placeStem(low)
	}
	low := []rune(strings.ToLower(w))
	for cut := 0; cut <= 3 && len(low)-cut >= 4; cut++ {
		if cut > 0 && !caseLetter(low[len(low)-cut]) {
			break // Indiana is not India: only vowels (and й, m, j) end a case form
		}
		if r, ok := f.stems[string(low[:len(low)-cut])]; ok && (cut == 0 || len(low)-cut >= 5) {
			return r
		}
	}
	if len(low) < 2 {
		return ""
	}
	s := string(low)
	for _, c := range f.cities[string(low[:2])] {
		if s == c || utf8.RuneCountInString(c) >= 4 && strings.HasPrefix(s, c) {
			return Skeleton(c)
		}
	}
	return ""
}

// placeStem is the rest of place for a word in lower case that is valid
// UTF-8, read without converting it to runes (the same answer).
func (f *Finder) placeStem(low string) string {
	if r := StemCountry(f.stems, low); r != "" {
		return r
	}
	if utf8.RuneCountInString(low) < 2 {
		return ""
	}
	_, n1 := utf8.DecodeRuneInString(low)
	_, n2 := utf8.DecodeRuneInString(low[n1:])
	for _, c := range f.cities[low[:n1+n2]] {
		if low == c || utf8.RuneCountInString(c) >= 4 && strings.HasPrefix(low, c) {
			return Skeleton(c)
		}
	}
	return ""
}

// caseLetter reports whether a letter can be part of a case ending after a
// country's stem: a vowel, or й, m, j (Германии, Германией, Francji).
func caseLetter(r rune) bool {
	return strings.ContainsRune("aeiouyąęóаеёиоуыэюяіїєйmjм", r)
}

// StemCountry returns the country an inflected word in lower case (valid
// UTF-8) names, by the index CountryStems builds: the word itself, or the
// word less up to three case letters ("Швейцарии", "Szwajcarię",
// "Sveitsin"), the stem left at least five letters long.
func StemCountry(stems map[string]string, low string) string {
	n := utf8.RuneCountInString(low)
	end := len(low)
	for cut := 0; cut <= 3 && n-cut >= 4; cut++ {
		if cut > 0 {
			r, size := utf8.DecodeLastRuneInString(low[:end])
			if !caseLetter(r) {
				break // Indiana is not India: only vowels (and й, m, j) end a case form
			}
			end -= size
		}
		if r, ok := stems[low[:end]]; ok && (cut == 0 || n-cut >= 5) {
			return r
		}
	}
	return ""
}

// CountryStems indexes country names by themselves and, when long enough,
// without their last one or two letters, so that an inflected name finds
// its country ("германии" → "герман" ← "германия").
func CountryStems(countries map[string]string) map[string]string {
	out := make(map[string]string, 3*len(countries))
	for name, code := range countries {
		out[name] = code
	}
	for _, name := range slices.Sorted(maps.Keys(countries)) {
		code := countries[name]
		r := []rune(name)
		for cut := 1; cut <= 2 && len(r)-cut >= 5; cut++ {
			if _, taken := out[string(r[:len(r)-cut])]; !taken {
				out[string(r[:len(r)-cut])] = code
			}
		}
	}
	return out
}
