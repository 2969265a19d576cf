package estimate_test

import "testing"

// A holder who denies believing the event ("does not believe that X will")
// judges it unlikely, and one who says they are not sure of it ("is not
// sure that", "ist nicht sicher, dass", "är inte säker på att", "ei ole
// varma, että") states uncertainty: roughly even, held by the sentence's
// subject, not by the article's own voice. Before, English read both as a
// categorical "will" for the event (one of them almost certain), and the
// other languages gave the uncertainty to the article.
func TestNegatedBeliefAndStatedUncertaintyHaveTheirHolders(t *testing.T) {
	for _, c := range []struct{ lang, text, holder, band string }{
		{"en", "Political scientist Tom Black does not believe that the chancellor will resign before the summer.", "Tom Black", "unlikely"},
		{"en", "Analyst Mary Jones is not sure that the chancellor will survive the vote.", "Mary Jones", "roughly_even"},
		{"de", "Die Analystin Eva Roth ist nicht sicher, dass der Kanzler die Abstimmung übersteht.", "Eva Roth", "roughly_even"},
		{"sv", "Analytikern Eva Berg är inte säker på att statsministern klarar omröstningen.", "Eva Berg", "roughly_even"},
		{"fi", "Analyytikko Eeva Mäki ei ole varma, että pääministeri selviää äänestyksestä.", "Eeva Mäki", "roughly_even"},
	} {
		js := judge(t, c.lang, c.text)
		if len(js) != 1 || js[0].Band != c.band || js[0].Holder == nil || js[0].Holder.Name != c.holder {
			t.Errorf("%s %q: want one %s judgement held by %s, got\n%s", c.lang, c.text, c.band, c.holder, dump(js))
		}
	}
}

// A holder named after a speech dash or a verb with a surname particle
// keeps the whole name: "– powiedziała Anna van der Berg" (was "Anna", cut
// at the particle), "said Luis de Guindos".
func TestHolderNameWithParticles(t *testing.T) {
	for _, c := range []struct{ lang, text, holder string }{
		{"pl", "Dymisja w tym roku jest mało prawdopodobna – powiedziała Anna van der Berg z Uniwersytetu w Lejdzie.", "Anna van der Berg"},
		{"en", "A rate cut in June is likely, said Luis de Guindos.", "Luis de Guindos"},
		{"en", "Jan de Vries believes the chancellor will probably resign.", "Jan de Vries"}, // a given name that is also a month's abbreviation
		{"de", "Im Mai sei ein Rücktritt wahrscheinlich, sagte Jan van der Berg.", "Jan van der Berg"},
	} {
		js := judge(t, c.lang, c.text)
		if len(js) != 1 || js[0].Holder == nil || js[0].Holder.Name != c.holder {
			t.Errorf("%s %q: want one judgement held by %s, got\n%s", c.lang, c.text, c.holder, dump(js))
		}
	}
}

// "cannot" with an event says it will not happen: unlikely, with its
// holder ("Norland cannot join the alliance this year"); it gave nothing.
// "cannot be ruled out" keeps its own, opposite reading.
func TestCannotIsUnlikely(t *testing.T) {
	for _, c := range []struct{ text, band string }{
		{"Norland cannot join the alliance this year, analyst Mark Stone said.", "unlikely"},
		{"Norland can't join the alliance this year, analyst Mark Stone said.", "unlikely"},
		{"A Norland accession cannot be ruled out, analyst Mark Stone said.", "roughly_even"},
	} {
		js := judge(t, "en", c.text)
		if len(js) != 1 || js[0].Band != c.band || js[0].Holder == nil || js[0].Holder.Name != "Mark Stone" {
			t.Errorf("%q: want one %s judgement held by Mark Stone, got\n%s", c.text, c.band, dump(js))
		}
	}
}
