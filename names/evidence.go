package names

// The evidence a capitalised run is, or is not, a person beyond what
// stands beside it: a well-known surname, a given name, a verb of saying,
// and the look-alikes that are not ("Romeo och Julia", "Jeans").

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bareGivenPair reports whether a lone given name is joined by "and" to a
// lone capitalised word that is no name ("Romeo och Julia", "Tim und
// Struppi"): the title of a work or a pair of characters, not people news
// names. Two given names are a couple ("Richard und Mildred", or a name
// the lists miss that the article names again), a given name the article
// prints again names a person (a title's is printed once), and
// "Hillary und Bill Clinton" goes on into a surname: people.
func (f *Finder) bareGivenPair(text string, w word, c context, lang string) bool {
	if c.ws == nil || c.hi-c.lo != 1 || !f.inflect.First(w.text, lang) || f.knownSurname(w.text, lang) {
		return false
	}
	// at is the sentence's word i when no punctuation parts it from the run.
	at := func(i int) *word {
		if i < 0 || i >= len(c.ws) {
			return nil
		}
		for k := min(i, c.lo) + 1; k <= max(i, c.hi-1); k++ {
			if c.ws[k].gap {
				return nil
			}
		}
		return &c.ws[i]
	}
	capital := func(x *word) bool { return x != nil && x.cap && !f.stop[x.low] }
	lone := func(i int) bool { return capital(at(i)) && !capital(at(i-1)) && !capital(at(i+1)) }
	// The other word is no name: "Richard und Mildred" are a couple.
	// A character of a title is named once; a person the lists miss
	// ("Mildred") comes back.
	other := func(i int) bool {
		return lone(i) && !f.inflect.First(c.ws[i].text, lang) && !f.knownSurname(c.ws[i].text, lang) && strings.Count(text, c.ws[i].text) == 1
	}
	if !lone(c.lo) || wordCount(text, w.text) > 1 {
		return false // the article names the person again: "Richard und Mildred … insbesondere Richard"
	}
	if x := at(c.lo - 1); x != nil && f.and[x.low] && other(c.lo-2) {
		return true
	}
	x := at(c.hi)
	return x != nil && f.and[x.low] && other(c.hi+1)
}

// loneGenitive reports whether a word reads as a person only through a
// bare genitive -s of a given name ("Jeans" as Jean's, "Victorias" as
// Victoria's) in a language that writes it so (de, sv, nl), with no word
// after it for the genitive to qualify ("mit Kopftuch und Jeans,", "Plaza
// de las Victorias."): a plural or a foreign word, not a name. A surname
// the article gives after a given name elsewhere ("John Adams … Adams.")
// stays.
func (f *Finder) loneGenitive(text string, w word, c context, lang string) bool {
	if lang != "de" && lang != "sv" && lang != "nl" || c.next != nil || !strings.HasSuffix(w.low, "s") || f.inflect.first[w.low] {
		return false
	}
	if !f.inflect.first[strings.TrimSuffix(w.low, "s")] || f.knownSurname(w.text, lang) {
		return false
	}
	for at := 0; ; {
		i := strings.Index(text[at:], w.text)
		if i < 0 {
			return true
		}
		if prev := wordBefore(text, at+i); prev != "" && f.inflect.First(prev, lang) && prev != w.text {
			return false
		}
		at += i + len(w.text)
	}
}

// knownSurname reports whether a word, or a base form its endings allow,
// is a well-known surname (names.surnames of all.yaml).
func (f *Finder) knownSurname(w, lang string) bool {
	if f.surnames[wellKnownKey(w)] {
		return true
	}
	for _, c := range f.inflect.candidates(w, lang) {
		if f.surnames[wellKnownKey(c.form)] {
			return true
		}
	}
	return false
}

// wellKnownKey is what a well-known surname is recognised by: its key, y
// and i alike. Not the skeleton — the lexicon lists each script's spelling,
// and skeletons join unrelated words of one script (Boden and Biden, Petén
// and Putin).
func wellKnownKey(w string) string { return iy.Replace(Key(w)) }

// anyGiven reports whether any word of ws is a given name.
func (f *Finder) anyGiven(ws []word, lang string) bool {
	for _, w := range ws {
		if f.inflect.First(w.text, lang) {
			return true
		}
	}
	return false
}

// speech reports whether a reporting verb stands right before or after a
// name ("said Scholz", "Шольц заявил").
func (f *Finder) speech(c context) bool {
	return c.prev != nil && f.says(c.prev.text) || c.next != nil && f.says(c.next.text)
}

// says reports whether a lower-case word is a verb of saying: a reporting
// verb of the attribution lexicon or a word on a speech stem.
func (f *Finder) says(w string) bool {
	if !isLower(w) {
		return false
	}
	low := w
	if f.verbs[low] {
		return true
	}
	if len(low) < 2 {
		return false
	}
	for _, st := range f.speechStems[low[:2]] {
		if strings.HasPrefix(low, st) {
			return true
		}
	}
	return false
}

// wordCount is how often word stands in text as a whole word (not inside
// a longer one: "Tim" is not in "Time").
func wordCount(text, word string) int {
	n := 0
	for i := 0; word != ""; {
		k := strings.Index(text[i:], word)
		if k < 0 {
			break
		}
		at, end := i+k, i+k+len(word)
		before, _ := utf8.DecodeLastRuneInString(text[:at])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if (at == 0 || !unicode.IsLetter(before)) && (end == len(text) || !unicode.IsLetter(after)) {
			n++
		}
		i = end
	}
	return n
}
