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
		{"sv", "Försvarsanalytikern Per Holm säger att ett medlemskap i år är mycket sannolikt.", "Per Holm", "försvarsanalytikern"},
		{"ru", "Аналитик Ольга Петрова, напротив, полагает, что вступление в этом году вполне вероятно.", "Ольга Петрова", "аналитик"},
		{"pl", "Analityk Anna Nowak, z kolei, uważa, że przystąpienie w tym roku jest prawdopodobne.", "Anna Nowak", "analityk"},
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

// A plural group ("Most economists", "Die Ökonomen", "Ekonomiści",
// "Экономисты") is not the one economist the article named before; a
// singular description still is.
func TestPluralGroupIsNoNamedPerson(t *testing.T) {
	for _, c := range []struct{ lang, text, group string }{
		{"en", "Economist Anna Smith said the Fed is likely to cut rates.\n\nMost economists expect the Federal Reserve to lower rates in September.", "Anna Smith"},
		{"de", "Der Ökonom Max Weber sagte, die EZB werde die Zinsen wohl senken.\n\nViele Ökonomen erwarten eine Senkung im September.", "Max Weber"},
		{"pl", "Ekonomista Jan Kowalski powiedział, że EBC prawdopodobnie obniży stopy.\n\nEkonomiści spodziewają się, że EBC obniży stopy we wrześniu.", "Jan Kowalski"},
		{"ru", "Экономист Иван Петров заявил, что ЕЦБ, вероятно, снизит ставки.\n\nЭкономисты ожидают, что ЕЦБ снизит ставки в сентябре.", "Иван Петров"},
	} {
		qs, _ := extractor.Extract(article(c.lang, c.text))
		if len(qs) < 2 {
			t.Errorf("%s: %d quotes\n%s", c.lang, len(qs), dump(qs))
			continue
		}
		if sp := qs[len(qs)-1].Speaker; sp != nil && sp.Name == c.group {
			t.Errorf("%s: the group's view given to %s\n%s", c.lang, sp.Name, dump(qs))
		}
	}
}
