package estimate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent/syntax"
)

// Perfective futures the tagger misread in their sentence ("Scholz
// przegra." tagged as a noun), found by tagging the word again alone after
// the language's pronoun (lexicon verb_probe).

// misreadFuture reports whether the word at i is a perfective present the
// tagger misread in its sentence: an unknown name before it ("Scholz
// przegra.", "Gabinet upadnie tylko wtedy, gdy …") makes the tagger read
// the verb as a noun in an oblique case or an adverb. The word is taken
// as a verb where it stands after a subject or a negation, is not read as
// a nominative (a noun opening a headline, "Wygrana Trumpa"), and, tagged
// alone after the language's third-person pronoun (verb_probe), is a
// finite verb without gender whose lemma is an infinitive: "on przegra"
// is przegrać, "on porażka" stays a noun.
func (s *sentence) misreadFuture(i int) bool {
	r, toks := s.r, s.toks
	if r.verbProbe == "" || i == 0 || !toks[i-1].Word || isCapitalised(toks[i].Text) {
		return false
	}
	m, ok := syntax.ForLanguage(s.code)
	if !ok || m == nil || !r.probeVerb(m, toks[i].Low) {
		return false
	}
	from, to := max(0, i-1-tagWindow), min(len(toks), i+tagWindow+1)
	ws := s.tagWords(m, from, to, i-1, i+1)
	prev, w := ws[i-1-from], ws[i-from]
	if (w.UPOS == "VERB" || w.UPOS == "AUX") && strings.Contains(w.Feats, "VerbForm=Fin") || w.UPOS != "VERB" && strings.Contains(w.Feats, "Case=Nom") {
		return false // read as a finite verb (a past: finiteNonPast said no) or as a subject; a participle ("įstos") is tagged again
	}
	subject := strings.Contains(prev.Feats, "Case=Nom") && (prev.UPOS == "NOUN" || prev.UPOS == "PROPN" || prev.UPOS == "PRON")
	return subject || isCapitalised(toks[i-1].Text) || r.negators.Len(toks, i-1) > 0
}

// probeVerb reports whether the tagger reads form, alone after the
// language's third-person pronoun opening a sentence, as a finite verb
// without gender whose lemma is an infinitive ("On przegra." is przegrać;
// "On porażka." stays a noun). The answer is remembered per form.
func (r *rules) probeVerb(m *syntax.Model, form string) bool {
	if v, ok := r.probed.Load(form); ok {
		return v.(bool)
	}
	t := m.Tag([]string{capitalise(r.verbProbe), form, "."})[1] // opening a sentence, as the tagger learnt it
	verb := t.UPOS == "VERB" && strings.Contains(t.Feats, "VerbForm=Fin") && !strings.Contains(t.Feats, "Gender=") && t.Lemma != form
	if verb {
		verb = false
		for _, e := range r.infinitiveEndings {
			verb = verb || strings.HasSuffix(t.Lemma, e)
		}
	}
	r.probed.Store(form, verb)
	return verb
}

// capitalise returns w with its first letter in upper case.
func capitalise(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}
