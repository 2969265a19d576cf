package attrib_test

import "testing"

// A title written as one word with its field ("Sicherheitsexperte",
// "Försvarsanalytikern") is the speaker's role, not part of the name; so
// is a capitalised title that opens the sentence when a parenthetical
// stands between the name and the verb ("Аналитик Ольга Петрова,
// напротив, полагает").
func TestCompoundAndOpeningTitles(t *testing.T) {
	for _, c := range []struct{ lang, text, speaker, role string }{
		{"de", "Der Sicherheitsexperte Thomas Berger sagte, ein Beitritt sei sehr wahrscheinlich.", "Thomas Berger", "Sicherheitsexperte"},
		{"de", "Der Osteuropa-Historiker Martin Weber sagte, ein Einmarsch sei unwahrscheinlich.", "Martin Weber", "Osteuropa-Historiker"},
		{"sv", "Försvarsanalytikern Per Holm säger att ett medlemskap i år är mycket sannolikt.", "Per Holm", "Försvarsanalytikern"},
		{"ru", "Аналитик Ольга Петрова, напротив, полагает, что вступление в этом году вполне вероятно.", "Ольга Петрова", "Аналитик"},
		{"pl", "Analityk Anna Nowak, z kolei, uważa, że przystąpienie w tym roku jest prawdopodobne.", "Anna Nowak", "Analityk"},
	} {
		qs, _ := extractor.Extract(article(c.lang, c.text))
		ok := false
		for _, q := range qs {
			if q.Speaker != nil && q.Speaker.Name == c.speaker && q.Speaker.Role == c.role {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: want %s (%s) in\n%s", c.lang, c.speaker, c.role, dump(qs))
		}
	}
}

// A speaker after the verb with an affiliation ("said Bob Jones of
// Capital Economics") reports the clause before, whatever frame that
// clause has of its own; the affiliation is no content.
func TestTrailingSpeakerWithAffiliation(t *testing.T) {
	check(t, "en", "US economists expect the Federal Reserve to lower rates in September, said Bob Jones of Capital Economics.",
		want{"Bob Jones", "US economists expect the Federal Reserve", ""})
	check(t, "de", "Die meisten Ökonomen erwarten eine Zinssenkung im September, sagte der Politikexperte Diego Bayón von Harmon Consulting.",
		want{"Diego Bayón", "Die meisten Ökonomen erwarten", ""})
}
