package eval

import (
	"strings"
	"testing"

	"github.com/kentnews/kent/attrib"
	"github.com/kentnews/kent/lang"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/segment"
)

// The span conventions hold in every language: a direct quote's content
// takes in its marks („…“, «…», ”…”, “…”), a quote going on after its frame
// is one content, reported speech takes in its complementizer, and a
// source never ends on the sentence's stop (dash attribution included).
func TestBratSpansAcrossLanguages(t *testing.T) {
	lex := lexicon.MustDefault()
	det, _ := lang.New()
	seg := segment.New(lex)
	x, err := attrib.New(lex)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		lang, text      string
		content, source []string // every one must be among Kent's spans
	}{
		{"en", "“We will not back down,” Sen. Maria Alvarez said. “Not now, not ever.”\n\nThe minister said on Monday that the army was weak, according to Reuters.",
			[]string{"“We will not back down,” Sen. Maria Alvarez said. “Not now, not ever.”", "that the army was weak"}, []string{"Sen. Maria Alvarez", "The minister"}},
		{"de", "„Wir werden nicht nachgeben“, sagte Verteidigungsminister Hans Weber. „Niemals.“\n\nDer Minister sagte, dass die Armee schwach sei.",
			[]string{"„Wir werden nicht nachgeben“, sagte Verteidigungsminister Hans Weber. „Niemals.“", "dass die Armee schwach sei"}, []string{"Verteidigungsminister Hans Weber"}},
		{"pl", "– Nie ustąpimy – powiedział minister obrony Jan Kowalski.\n\nKowalski powiedział, że armia jest gotowa.",
			[]string{"że armia jest gotowa"}, []string{"minister obrony Jan Kowalski"}},
		{"ru", "«Мы не отступим», — заявил министр обороны Иван Петров.\n\nПетров заявил, что армия готова.",
			[]string{"«Мы не отступим»", "что армия готова"}, []string{"министр обороны Иван Петров"}},
		{"uk", "«Ми не відступимо», — сказав міністр оборони Іван Петренко.\n\nПетренко сказав, що армія готова.",
			[]string{"«Ми не відступимо»", "що армія готова"}, []string{"міністр оборони Іван Петренко"}},
		{"sv", "”Vi kommer inte att ge upp”, säger försvarsminister Anna Berg.\n\nBerg säger att armén är redo.",
			[]string{"”Vi kommer inte att ge upp”", "att armén är redo"}, []string{"försvarsminister Anna Berg"}},
		{"fr", "« Nous ne céderons pas », a déclaré le ministre Jean Dupont.\n\nDupont a déclaré que l'armée était prête.",
			[]string{"« Nous ne céderons pas »", "que l'armée était prête"}, []string{"le ministre Jean Dupont"}},
	}
	for _, c := range cases {
		a := articleFromText(c.text, det, seg)
		for i := range a.Paragraphs {
			a.Paragraphs[i].Language = c.lang
		}
		a.Language = c.lang
		qs, _ := x.Extract(a)
		p := bratPredict(c.text, qs, x.IsComplementizer)
		runes := []rune(c.text)
		got := map[string][]string{}
		for _, role := range []string{"Content", "Source"} {
			for _, s := range p.whole[role] {
				got[role] = append(got[role], string(runes[s.Start:s.End]))
			}
		}
		for role, wants := range map[string][]string{"Content": c.content, "Source": c.source} {
			for _, w := range wants {
				found := false
				for _, g := range got[role] {
					found = found || g == w
				}
				if !found {
					t.Errorf("%s: no %s %q in %q", c.lang, role, w, got[role])
				}
			}
		}
		for _, s := range got["Source"] {
			if strings.HasSuffix(s, ".") {
				t.Errorf("%s: source %q ends on the stop", c.lang, s)
			}
		}
	}
}

// The English development fixture: spans as PolNeAR marks them, exact.
// The floor guards the conventions (eval/testdata/brat-en/README.md); the
// listing of misses names the file, the role and both spans.
func TestBratEnglishFixture(t *testing.T) {
	lex := lexicon.MustDefault()
	det, _ := lang.New()
	x, err := attrib.New(lex)
	if err != nil {
		t.Fatal(err)
	}
	var out, misses strings.Builder
	res, err := BratMisses("testdata/brat-en", x, det, segment.New(lex), &out, &misses)
	if err != nil {
		t.Fatal(err)
	}
	for _, role := range []string{"Source", "Cue", "Content", "Attribution"} {
		if f := res[role][0].F1(); f < 0.85 {
			t.Errorf("%s exact F1 %.3f < 0.85\n%s%s", role, f, out.String(), misses.String())
		}
	}
	if !strings.Contains(misses.String(), `defense.txt Cue: gold "assertion", kent -`) {
		t.Errorf("misses:\n%s", misses.String())
	}
}
