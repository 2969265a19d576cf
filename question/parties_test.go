package question_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// A political party is a question's subject in any language, by any of its
// names; its leader's name before it only says whose party it is ("Petteri
// Orpo's National Coalition Party", "Orpon kokoomus"), while "PiS leader
// Jarosław Kaczyński" asks about the person.
func TestPartyQuestionSubject(t *testing.T) {
	m, _, _ := setup(t)
	for _, c := range []struct{ lang, text, subject string }{
		{"en", "Will Petteri Orpo's National Coalition Party win the most seats in the April 2023 Finnish parliamentary election?", "organisation FI-KOK"},
		{"fi", "Voittaako Orpon kokoomus eduskuntavaalit?", "organisation FI-KOK"},
		{"sv", "Vinner Samlingspartiet valet i Finland?", "organisation FI-KOK"},
		{"de", "Wird die Nationale Sammlungspartei die Wahl in Finnland gewinnen?", "organisation FI-KOK"},
		{"en", "Will the Sweden Democrats win the 2022 Swedish election?", "organisation SE-SD"},
		{"sv", "Vinner Sverigedemokraterna valet 2022?", "organisation SE-SD"},
		{"en", "Will Kaczyński's Law and Justice party win the 2023 Polish election?", "organisation PL-PiS"},
		{"pl", "Czy KO wygra wybory?", "organisation PL-KO"},
		{"ru", "Победит ли «Единая Россия» на выборах в Госдуму?", "organisation RU-UR"},
		{"uk", "Чи переможе «Слуга народу» на виборах?", "organisation UA-SN"},
		{"fr", "Le Rassemblement national remportera-t-il les élections législatives ?", "organisation FR-RN"},
		{"en", "Will Viktor Orbán's Fidesz lose the 2026 Hungarian election?", "organisation HU-Fidesz"},
		{"de", "Wird die AfD die Landtagswahl in Thüringen gewinnen?", "organisation DE-AfD"},
		{"en", "Will PiS leader Jarosław Kaczyński resign?", "person khnsk"},
	} {
		q := m.ParseIn(c.text, c.lang, false)
		got := ""
		if q.Subject != nil {
			got = q.Subject.Kind + " " + q.Subject.Key
		}
		if got != c.subject {
			t.Errorf("%s %q: understood %s, want %s", c.lang, c.text, m.Frame(q).Summary, c.subject)
		}
	}
}

// A judgement naming the party by any of its names, in any language, is
// about the question's party; one naming another party is not.
func TestPartyJudgementSubject(t *testing.T) {
	m, _, _ := setup(t)
	q := understand(t, m, "Will Petteri Orpo's National Coalition Party win the most seats in the April 2023 Finnish parliamentary election?")
	for text, want := range map[string]bool{
		"Kokoomus voittaa vaalit":                   true,
		"kokoomuksen voitto on todennäköinen":       true,
		"Samlingspartiet vinner valet":              true,
		"KOK will win the election":                 true,
		"die Nationale Sammlungspartei wird siegen": true,
		"Koalicja Narodowa wygra wybory":            true,
		"Национальная коалиция победит на выборах":  true,
		"perussuomalaiset voittavat vaalit":         false,
		"the Finns Party will win the election":     false,
		"Sannfinländarna vinner valet":              false,
	} {
		j := kent.Judgement{Proposition: kent.Proposition{Text: text, Events: []string{"win"}}}
		if got := m.Relevance(q, j).Subject; got != want {
			t.Errorf("%q about the National Coalition Party: %v, want %v", text, got, want)
		}
	}
}

// Coming first, being the largest party, the most seats or an outright
// majority is winning an election, in every language a party question is
// asked in (lexicon/data/*.yaml, family win).
func TestPartyQuestionFamily(t *testing.T) {
	m, _, _ := setup(t)
	for _, c := range []struct{ lang, text, subject string }{
		{"en", "Will the AfD come first in Saxony?", "DE-AfD"},
		{"en", "Will Labour win an outright majority?", "GB-Labour"},
		{"fi", "Nouseeko kokoomus suurimmaksi puolueeksi vuoden 2023 eduskuntavaaleissa?", "FI-KOK"},
		{"sv", "Blir Samlingspartiet största parti i riksdagsvalet?", "FI-KOK"},
		{"ru", "Получит ли «Единая Россия» большинство?", "RU-UR"},
		{"uk", "Чи отримає «Слуга народу» більшість у Верховній Раді?", "UA-SN"},
		{"pl", "Czy PiS zostanie największą partią w Sejmie?", "PL-PiS"},
		{"fr", "Le RN arrivera-t-il en tête des élections européennes ?", "FR-RN"},
		{"de", "Wird die FPÖ die meisten Sitze gewinnen?", "AT-FPO"},
	} {
		q := m.ParseIn(c.text, c.lang, false)
		if q.Subject == nil || q.Subject.Key != c.subject || q.Family != "win" || q.Negated {
			t.Errorf("%s %q: understood %s, want %s · win", c.lang, c.text, m.Frame(q).Summary, c.subject)
		}
	}
}

// Judgements in articles in several languages bear on a party question
// when they name the party by its own name, a translation or its acronym,
// and not when they name another party.
func TestPartyArticles(t *testing.T) {
	m, _, _ := setup(t)
	q := understand(t, m, "Will the Sweden Democrats become the largest party in the next Swedish election?")
	for _, c := range []struct {
		lang, text string
		about      bool
	}{
		{"sv", "Statsvetaren Karl Holm säger att det är osannolikt att Sverigedemokraterna blir största parti.", true},
		{"sv", "Statsvetaren Karl Holm säger att det är osannolikt att SD blir största parti.", true},
		{"de", "Der Politologe Jan Meier hält einen Sieg der Schwedendemokraten für unwahrscheinlich.", true},
		{"pl", "Politolog Adam Nowak uważa, że zwycięstwo Szwedzkich Demokratów jest mało prawdopodobne.", true},
		{"en", "Analyst Anna Berg said a victory for the Sweden Democrats was unlikely.", true},
		{"sv", "Statsvetaren Karl Holm säger att det är osannolikt att Moderaterna blir största parti.", false},
		{"en", "Analyst Anna Berg said a victory for the Social Democrats was unlikely.", false},
	} {
		if about, seen := aboutIn(t, m, q, c.lang, "Valet", c.text); about != c.about {
			t.Errorf("%s %q: about %v, want %v (%s)", c.lang, c.text, about, c.about, seen)
		}
	}
}
