package names

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent/syntax"
)

// Tagger tags the words of one sentence with their part of speech (UD
// UPOS), features and lemma. *syntax.Model satisfies it. The finder asks it
// about a few words only, on demand: a proper noun's lemma is a hint to the
// Inflector (which still checks it against the endings); a run of
// capitalised common words (nouns, adjectives, verbs, adverbs: "Regierung",
// "Kritiker") beside a speech verb is no evidence of a person; and a common
// noun opening the sentence before an inflected name is no part of it
// ("Decyzja Łukaszenki").
type Tagger interface {
	Tag(forms []string) []syntax.Token
}

// SyntaxTagger returns the embedded syntax model of a language, loaded on
// first use; false when the build has none (the finder then works from its
// lexicons alone).
func SyntaxTagger(lang string) (Tagger, bool) {
	m, ok := syntax.ForLanguage(lang)
	if !ok || m == nil {
		return nil, false
	}
	return properTagger{m}, true
}

// properTagger tags with syntax.Model.TagProper: the finder reads every
// word's UPOS but the features and lemma of proper nouns alone (Hint), so
// the model need not work out the others'.
type properTagger struct{ m *syntax.Model }

func (p properTagger) Tag(forms []string) []syntax.Token { return p.m.TagProper(forms) }

// common lists the tags of words that name nothing: a capitalised run
// tagged so throughout is no person on a speech verb's evidence alone.
var common = map[string]bool{"NOUN": true, "ADJ": true, "VERB": true, "ADV": true}

// window is how many words on each side of a run are tagged with it: the
// tagger's features look two words and two tags around a word, and tagging
// a window instead of the sentence keeps ingest fast.
const window = 3

// sentTags tags the words of one sentence (ws, from words) on demand, a
// window around the run asked about at a time. A nil *sentTags, or one
// without a tagger for its language, tags nothing.
type sentTags struct {
	text   string
	ws     []word
	lang   string
	tagger func(lang string) (Tagger, bool)
	t      Tagger
	looked bool
	done   []bool // ws[k] is tagged
}

// can reports whether s has a tagger for its language (loading it on first
// use).
func (s *sentTags) can() bool {
	if s == nil || s.tagger == nil {
		return false
	}
	if !s.looked {
		s.looked = true
		if t, ok := s.tagger(s.lang); ok {
			s.t, s.done = t, make([]bool, len(s.ws))
		}
	}
	return s.t != nil
}

// around tags the words of run (a subslice of ws) with their neighbours,
// filling their tag fields; false when there is no tagger.
func (s *sentTags) around(run []word) bool {
	if len(run) == 0 || !s.can() {
		return false
	}
	lo := sort.Search(len(s.ws), func(k int) bool { return s.ws[k].start >= run[0].start })
	hi := lo + len(run)
	if !slices.Contains(s.done[lo:hi], false) {
		return true
	}
	a, b := max(0, lo-window), min(len(s.ws), hi+window)
	end := s.ws[b-1].end
	if b < len(s.ws) {
		end = s.ws[b].start // the punctuation after the window's last word
	}
	tagWords(s.t, s.text, s.ws[a].start, end, s.ws[a:b])
	for k := a; k < b; k++ {
		s.done[k] = true
	}
	return true
}

// tagWords tags the words ws of text[start:end] as the tagger was trained
// to see them: with the punctuation and numbers between them as tokens of
// their own, and the English possessive split off.
func tagWords(t Tagger, text string, start, end int, ws []word) {
	forms := make([]string, 0, len(ws)+len(ws)/3+2)
	at := make([]int, len(ws)) // word → index in forms
	pos := start
	other := func(end int) {
		for i := pos; i < end; {
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsSpace(r):
				i += size
			case unicode.IsDigit(r):
				j := i + size
				for j < end {
					r2, s2 := utf8.DecodeRuneInString(text[j:])
					if !unicode.IsDigit(r2) && r2 != '.' && r2 != ',' {
						break
					}
					j += s2
				}
				forms = append(forms, text[i:j])
				i = j
			default:
				forms = append(forms, text[i:i+size])
				i += size
			}
		}
	}
	for k := range ws {
		other(ws[k].start)
		at[k] = len(forms)
		// Treebanks split the possessive: "Scholz's" is "Scholz" + "'s".
		if stem, s, ok := possessive(ws[k].text); ok {
			forms = append(forms, stem, s)
		} else {
			forms = append(forms, ws[k].text)
		}
		pos = ws[k].end
	}
	other(end)
	toks := t.Tag(forms)
	for k := range ws {
		ws[k].tag = &toks[at[k]]
	}
}

func possessive(w string) (stem, s string, ok bool) {
	for _, p := range []string{"'s", "’s"} {
		if st, ok := strings.CutSuffix(w, p); ok && st != "" {
			return st, p, true
		}
	}
	return w, "", false
}

// nominative reports whether features say the nominative case.
func nominative(feats string) bool {
	return strings.Contains("|"+feats+"|", "|Case=Nom|")
}

// commonRun reports whether the tagger tagged every word of a run as a
// common word (a noun, adjective, verb or adverb).
func commonRun(run []word) bool {
	for _, w := range run {
		if !common[w.tagged().UPOS] {
			return false
		}
	}
	return true
}

// commonOpener reports whether a run's first word, which opens its
// sentence, is a common noun, verb or adverb before a proper noun: it is
// no part of the name. Organisation names keep their first word.
func (f *Finder) commonOpener(run []word, lang string, c context) bool {
	for _, w := range run {
		if f.orgWords[w.low] {
			return false
		}
	}
	// Only an inflected name after it ("Łukaszenki", "Шольца") is worth
	// tagging the sentence for.
	if len(f.inflect.candidates(run[1].text, lang)) == 0 || f.inflect.First(run[0].text, lang) || !c.tag.around(run[:2]) {
		return false
	}
	u := run[0].tagged().UPOS
	return (u == "NOUN" || u == "VERB" || u == "ADV") && (run[1].tagged().UPOS == "PROPN" || f.knownSurname(run[1].text, lang))
}

// needsHint reports whether a word of a person's name may take a tagger's
// lemma: its endings allow another base form, and it is no given name (the
// lexicon's given names decide those).
//
// An English possessive needs none: the tagger sees it split ("Putin" +
// "’s"), so its lemma is the stem the sure ending gives, or nothing.
func (f *Finder) needsHint(w, lang string) bool {
	if _, _, ok := possessive(w); ok {
		return false
	}
	return len(f.inflect.candidates(w, lang)) > 0 && !f.inflect.First(w, lang)
}

// Hint is the lemma of a token tagged PROPN as the Inflector's hint: the
// base form the tagger gives an inflected name, or the name as printed when
// the tagger says it is in the nominative (Lemmas weighs that claim less);
// "" otherwise. On held-out treebank sentences, taking every as-printed
// lemma lost as many inflected names ("Wywiad Łukaszenki") as it saved
// base forms.
func Hint(t syntax.Token) string {
	if t.UPOS != "PROPN" || t.Lemma == "" || strings.EqualFold(t.Lemma, t.Form) && !nominative(t.Feats) {
		return ""
	}
	return t.Lemma
}
