package question_test

import (
	"strings"
	"testing"
	"time"
)

// In an article on a woman candidate, a proposition whose subject is "he"
// (er, он, han, il) is about a man, not her: set aside as another subject
// though it names no one. "She" keeps it hers.
func TestPronounOfTheOtherGender(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Anna Varga win Norland's presidential election?")
	d := time.Date(2025, 4, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, title, text, words string }{
		{"en", "Varga leads before the vote", "Anna Varga leads the polls. Berg's campaign said it was confident he would win the election.", "confident"},
		{"de", "Varga vor der Wahl", "Anna Varga führt in den Umfragen. Bergs Team ist überzeugt, dass er die Wahl sehr wahrscheinlich gewinnen wird.", "sehr wahrscheinlich"},
		{"ru", "Варга перед выборами", "Анна Варга лидирует в опросах. В штабе Берга считают, что он скорее всего победит на выборах.", "скорее всего"},
		{"sv", "Varga inför valet", "Anna Varga leder i mätningarna. Bergs kampanj tror att han sannolikt vinner valet.", "sannolikt"},
		{"fr", "Varga en tête avant le scrutin", "Anna Varga est en tête des sondages. Selon l'équipe de Berg, il va très probablement gagner l'élection.", "très probablement"},
	} {
		hits := titled(t, p, c.lang, c.title, c.text, d)
		h, r := find(t, m, q, hits, c.words)
		if r.About || !strings.Contains(r.Reason, "another subject") {
			t.Errorf("%s: %q of a question on Anna Varga: %+v, want set aside as another subject", c.lang, h.Proposition.Text, r)
		}
	}
	hits := titled(t, p, "en", "Varga leads before the vote", "Anna Varga leads the polls. Her campaign said it was confident she would win the election.", d)
	if h, r := find(t, m, q, hits, "confident"); !r.About {
		t.Errorf("%q: %+v, want about her win", h.Proposition.Text, r)
	}
}

// Odds or a share given to a pronoun of the candidate's gender, in an
// article on her, are her chances; a man's pronoun beside them is not.
func TestOddsGivenToAPronoun(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Anna Varga win Norland's presidential election?")
	d := time.Date(2025, 4, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, title, text, words string }{
		{"en", "Varga leads before the vote", "Anna Varga leads the polls. Bookmakers put her odds at 1/3.", "1/3"},
		{"sv", "Varga inför valet", "Anna Varga leder i mätningarna. Spelbolaget Unibet ger henne 65 procents chans.", "65 procent"},
	} {
		hits := titled(t, p, c.lang, c.title, c.text, d)
		if h, r := find(t, m, q, hits, c.words); !r.About {
			t.Errorf("%s: %q: %+v, want about her win", c.lang, h.Proposition.Text, r)
		}
	}
	hits := titled(t, p, "en", "Varga leads before the vote", "Anna Varga leads the polls. Bookmakers give him only a 25% chance of keeping his post.", d)
	if h, r := find(t, m, q, hits, "25%"); r.About {
		t.Errorf("%q: %+v, want not about her win", h.Proposition.Text, r)
	}
}

// The figure may be given to the candidate in the dative ("Букмекеры дают
// ему шансы в 65%", "Bukmacherzy dają mu 65 procent szans", "дають їй"):
// an oblique pronoun of the person's gender is theirs too, one of the
// other gender is not.
func TestOddsGivenToAnObliquePronoun(t *testing.T) {
	m, p, _ := setup(t)
	d := time.Date(2025, 4, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		question, lang, title, text, words string
		about                              bool
	}{
		{"Will Peter Lind win Norland's presidential election?", "pl", "Lind przed wyborami", "Peter Lind prowadzi w sondażach. Bukmacherzy dają mu 65 procent szans.", "65 procent", true},
		{"Will Peter Lind win Norland's presidential election?", "ru", "Линд перед выборами", "Петер Линд лидирует в опросах. Букмекеры дают ему шансы в 65%.", "65%", true},
		{"Will Peter Lind win Norland's presidential election?", "uk", "Лінд перед виборами", "Петер Лінд лідирує в опитуваннях. Букмекери дають йому шанси в 65%.", "65%", true},
		{"Will Anna Varga win Norland's presidential election?", "ru", "Варга перед выборами", "Анна Варга лидирует в опросах. Букмекеры дают ей шансы в 65%.", "65%", true},
		{"Will Anna Varga win Norland's presidential election?", "uk", "Варга перед виборами", "Анна Варга лідирує в опитуваннях. Букмекери дають їй шанси в 65%.", "65%", true},
		{"Will Anna Varga win Norland's presidential election?", "ru", "Варга перед выборами", "Анна Варга лидирует в опросах. Букмекеры дают ему шансы в 65%.", "65%", false},
		{"Will Anna Varga win Norland's presidential election?", "pl", "Varga przed wyborami", "Anna Varga prowadzi w sondażach. Bukmacherzy dają mu 65 procent szans.", "65 procent", false},
	} {
		q := understand(t, m, c.question)
		hits := titled(t, p, c.lang, c.title, c.text, d)
		if h, r := find(t, m, q, hits, c.words); r.About != c.about {
			t.Errorf("%s: %q of %q: %+v, want about %v", c.lang, h.Proposition.Text, c.question, r, c.about)
		}
	}
}
