package question_test

import (
	"strings"
	"testing"
	"time"
)

// A place named beside the event — after a preposition that does not say
// where or whose the event is ("after the US vote", "nach der Wahl in den
// USA", "po wyborach w USA") — is a third party: the judgement stays on
// the subject its article is about. One the event is given to ("the UK
// would not hold an early election", "Neuwahlen in Großbritannien") is
// still another subject's.
func TestThirdPartyIsNoOtherSubject(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Germany hold an early election in 2025?")
	at := time.Date(2024, 11, 10, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		lang, title, text, words string
		about                    bool
	}{
		{"en", "Germany: early election in sight", "Political scientist John Smith said an early election is likely after the American vote.", "American vote", true},
		{"de", "Neuwahlen in Deutschland?", "Der Politologe Hans Weber hält Neuwahlen nach der Wahl in den USA für wahrscheinlich.", "USA", true},
		{"fr", "L'Allemagne vers des élections anticipées", "Selon le politologue Jean Dupont, des élections anticipées sont probables après le scrutin aux États-Unis.", "États-Unis", true},
		{"pl", "Przedterminowe wybory w Niemczech?", "Politolog Jan Kowalski uważa, że przedterminowe wybory są prawdopodobne po wyborach w USA.", "USA", true},
		{"en", "Germany: early election in sight", "Scholz said Britain would probably not hold an early election.", "Britain", false},
		{"de", "Neuwahlen in Deutschland?", "Der Politologe Hans Weber hält Neuwahlen in Großbritannien für wahrscheinlich.", "Großbritannien", false},
	}
	for _, c := range cases {
		hits := titled(t, p, c.lang, c.title, c.text, at)
		if _, r := find(t, m, q, hits, c.words); r.About != c.about {
			t.Errorf("%s: %q: about %v, want %v (%s)", c.lang, c.text, r.About, c.about, r.Reason)
		}
	}
}

// The question's subject named only as a third party does not make an
// event its own: "Canada will impose tariffs on China" is not China
// imposing tariffs on Canada, and says so; China doing it is.
func TestTurnedRolesAreAnotherEvent(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will China impose tariffs on Canada by the end of February 2025?")
	at := time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		lang, text, words string
		about             bool
	}{
		{"en", "Analyst John Smith said Canada will probably impose tariffs on China.", "Canada will", false},
		{"fr", "Selon l'économiste Jean Dupont, le Canada imposera probablement des droits de douane sur les produits chinois.", "Canada", false},
		{"en", "Analyst John Smith said Mexico will probably impose tariffs on China in response.", "Mexico", false},
		{"en", "Analyst John Smith said China will probably impose tariffs on Canada next week.", "China will", true},
	}
	for _, c := range cases {
		hits := judgements(t, p, c.lang, c.text, "roles-"+c.lang, at)
		_, r := find(t, m, q, hits, c.words)
		if r.About != c.about {
			t.Errorf("%s: %q: about %v, want %v (%s)", c.lang, c.text, r.About, c.about, r.Reason)
		}
		if !c.about && !strings.Contains(r.Reason, "subject is") {
			t.Errorf("%s: %q: reason %q, want whose event it is", c.lang, c.text, r.Reason)
		}
	}
}

// What the event would do — hurt an economy, anger a country — is set
// aside with that reason: it says nothing of whether the event comes.
func TestEffectIsSetAside(t *testing.T) {
	m, p, _ := setup(t)
	at := time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		question, lang, text, words string
	}{
		{"Will China impose tariffs on Canada by the end of February 2025?", "en", "Analyst John Smith said the tariffs would likely hurt the Canadian economy.", "hurt"},
		{"Will China impose tariffs on Canada by the end of February 2025?", "de", "Der Ökonom Hans Weber sagte, die Zölle würden wahrscheinlich die kanadische Wirtschaft schwächen.", "schwächen"},
		{"Will China impose tariffs on Canada by the end of February 2025?", "ru", "Экономист Иван Петров считает, что пошлины, вероятно, ослабят экономику Канады.", "ослабят"},
		{"Will China impose tariffs on Canada by the end of February 2025?", "es", "Según el economista Luis Pérez, los aranceles probablemente dañarán la economía canadiense.", "dañarán"},
		{"Will Spain recognise a Palestinian state by the end of May 2024?", "en", "Analyst John Smith said recognition would likely anger Israel.", "anger"},
	}
	for _, c := range cases {
		q := understand(t, m, c.question)
		hits := judgements(t, p, c.lang, c.text, "effect-"+c.lang, at)
		if _, r := find(t, m, q, hits, c.words); r.About || !strings.Contains(r.Reason, "an effect of") {
			t.Errorf("%s: %q: %+v, want set aside as an effect", c.lang, c.text, r)
		}
	}
	// A verb that only says the event comes is no effect.
	q := understand(t, m, "Will China impose tariffs on Canada by the end of February 2025?")
	hits := judgements(t, p, "en", "Analyst John Smith said the Chinese tariffs on Canada will probably take effect on Saturday.", "effect-en", at)
	if _, r := find(t, m, q, hits, "take effect"); strings.Contains(r.Reason, "an effect of") {
		t.Errorf("taking effect read as an effect: %+v", r)
	}
}

// A party's reaction to the event — a promised riposte, retaliation,
// countermeasures — is an event of its own: in an article whose title
// names the question's event, it is not read as that event.
func TestReactionIsNotTheEvent(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will China impose tariffs on Canada by the end of February 2025?")
	at := time.Date(2025, 2, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct{ lang, title, text, words string }{
		{"fr", "Le Canada et le Mexique, premières victimes des droits de douane de Trump", "Le Premier ministre canadien Justin Trudeau a promis une riposte.", "riposte"},
		{"en", "Canada and Mexico hit by Trump's tariffs", "Canadian Prime Minister Justin Trudeau has promised to retaliate.", "retaliate"},
		{"de", "Kanada und Mexiko treffen Trumps Zölle", "Der kanadische Premier Justin Trudeau kündigte wahrscheinlich Gegenmaßnahmen an.", "Gegenmaßnahmen"},
	}
	for _, c := range cases {
		hits := titled(t, p, c.lang, c.title, c.text, at)
		if _, r := find(t, m, q, hits, c.words); r.About {
			t.Errorf("%s: %q taken as the tariffs themselves: %+v", c.lang, c.text, r)
		}
	}
}
