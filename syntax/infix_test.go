package syntax

import (
	"strings"
	"testing"
)

// German speech verbs as news writes them: participles with ge- after a
// separable particle or alone, zu-infinitives, and finite forms of verbs
// the treebank never had. A cue lexicon lists their infinitives, so these
// must come out as lemmas, not as written.
func TestGermanParticiplesAndZuInfinitivesLemmatize(t *testing.T) {
	m, ok := ForLanguage("de")
	if !ok {
		t.Fatal("no German model")
	}
	for _, c := range []struct{ text, form, lemma string }{
		{"Die Opposition hat die Zustände scharf angeprangert .", "angeprangert", "anprangern"},
		{"Der Minister hat neue Regeln angekündigt .", "angekündigt", "ankündigen"},
		{"Er hat mit seinem Rücktritt gedroht .", "gedroht", "drohen"},
		{"Sie hat darauf hingewiesen , dass es zu spät sei .", "hingewiesen", "hinweisen"},
		{"Die Kommission hat angemahnt , die Regeln zu beachten .", "angemahnt", "anmahnen"},
		{"Das wurde uns am Montag mitgeteilt .", "mitgeteilt", "mitteilen"},
		{"Sie hat versucht , die Zustände anzuprangern .", "anzuprangern", "anprangern"},
		{"Er hat angeregt , die Entscheidung aufzuschieben .", "aufzuschieben", "aufschieben"},
		{"Die Gewerkschaft klagt und fürchtet , dass der Plan scheitert .", "fürchtet", "fürchten"},
		{"Die Gewerkschaft klagt und fürchtet , dass der Plan scheitert .", "klagt", "klagen"},
		// a first person the treebank showed once (a rare script) that
		// gives a known lemma
		{"Ich fordere Sie auf , den Antrag abzulehnen .", "fordere", "fordern"},
	} {
		toks := m.Parse(strings.Fields(c.text))
		found := false
		for _, tk := range toks {
			if tk.Form == c.form {
				found = true
				if tk.Lemma != c.lemma {
					t.Errorf("%q in %q: lemma %q, want %q (%s %s)", c.form, c.text, tk.Lemma, c.lemma, tk.UPOS, tk.Feats)
				}
			}
		}
		if !found {
			t.Errorf("%q not a word of %q", c.form, c.text)
		}
	}
}

// Verbs that begin with or contain the infix as part of their stem keep
// it: nothing is cut from a known verb or after a prefix that is no
// particle.
func TestGermanStemsWithGeKeepIt(t *testing.T) {
	m, _ := ForLanguage("de")
	for _, c := range []struct{ text, form, lemma string }{
		{"Wir wollen gewinnen .", "gewinnen", "gewinnen"},
		{"Das hat uns gefallen .", "gefallen", "gefallen"},
		{"Er hat es vergessen .", "vergessen", "vergessen"},
		{"Das hat er uns gesagt .", "gesagt", "sagen"},
	} {
		for _, tk := range m.Parse(strings.Fields(c.text)) {
			if tk.Form == c.form && tk.Lemma != c.lemma {
				t.Errorf("%q in %q: lemma %q, want %q", c.form, c.text, tk.Lemma, c.lemma)
			}
		}
	}
}

// The infixes are learnt from each model's exceptions: German and Dutch
// have ge- (and German zu), languages without such forms learn none.
func TestInfixesLearntFromExceptions(t *testing.T) {
	has := func(lang, in string) bool {
		m, ok := ForLanguage(lang)
		if !ok {
			t.Fatalf("no %s model", lang)
		}
		for _, r := range m.lemma.infixes {
			if r.infix == in {
				return true
			}
		}
		return false
	}
	for _, c := range []struct {
		lang, infix string
		want        bool
	}{{"de", "ge", true}, {"de", "zu", true}, {"nl", "ge", true}, {"en", "ge", false}, {"sv", "ge", false}} {
		if got := has(c.lang, c.infix); got != c.want {
			t.Errorf("%s learnt infix %q: %v, want %v", c.lang, c.infix, got, c.want)
		}
	}
}

func TestInsertedGroup(t *testing.T) {
	for _, c := range []struct{ form, lemma, pre, in string }{
		{"gesagt", "sagen", "", "ge"},
		{"aufgeschrieben", "aufschreiben", "auf", "ge"},
		{"angegeben", "angeben", "an", "ge"}, // not "ange|ge|ben"
		{"herausgegeben", "herausgeben", "heraus", "ge"},
		{"anzuhören", "anhören", "an", "zu"},
		{"aangekondigd", "aankondigen", "aan", "ge"},
	} {
		pre, in, ok := insertedGroup(c.form, c.lemma)
		if !ok || pre != c.pre || in != c.in {
			t.Errorf("insertedGroup(%q, %q) = %q, %q, %v; want %q, %q", c.form, c.lemma, pre, in, ok, c.pre, c.in)
		}
	}
	if _, _, ok := insertedGroup("went", "go"); ok {
		t.Error("went/go: no inserted group")
	}
}
