package question_test

import (
	"slices"
	"testing"
	"time"
)

// A no-confidence motion that passes brings the government down; one that
// fails leaves it standing: of a question on the government's fall, "the
// motion is likely to pass" reads for and "the motion will fail" against,
// in every language. The sentences are written for this test.
func TestNoConfidenceMotionPassingOrFailing(t *testing.T) {
	m, p, _ := setup(t)
	day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	q := understand(t, m, "Will the Dutch government fall?")
	wantDirection(t, m, p, q, day, true, []dirCase{
		{"en", "Analyst John Miller said the no-confidence motion against the Dutch government is likely to pass.", "for"},
		{"en", "Professor Anna Berg said the Dutch opposition's no-confidence motion will almost certainly fail.", "against"},
		{"de", "Der Politologe Hans Müller sagte, das Misstrauensvotum gegen die niederländische Regierung werde wohl scheitern.", "against"},
		{"de", "Die Abgeordnete Petra Klein sagte, der Misstrauensantrag gegen die niederländische Regierung werde wahrscheinlich angenommen.", "for"},
		{"fr", "Selon le politologue Pierre Dubois, la motion de censure contre le gouvernement néerlandais a peu de chances d'aboutir.", "against"},
		{"fr", "Selon la députée Marie Leroy, la motion de censure contre le gouvernement néerlandais va probablement échouer.", "against"},
		{"pl", "Politolog Jan Kowalski powiedział, że wotum nieufności wobec rządu Holandii najpewniej przepadnie.", "against"},
		{"pl", "Posłanka Anna Nowak uważa, że wotum nieufności wobec rządu Holandii prawdopodobnie przejdzie.", "for"},
		{"ru", "Политолог Иван Петров заявил, что вотум недоверия правительству Нидерландов, скорее всего, провалится.", "against"},
		{"ru", "Депутат Ольга Смирнова считает, что вотум недоверия правительству Нидерландов, вероятно, пройдет.", "for"},
		{"uk", "Політолог Андрій Коваль заявив, що вотум недовіри уряду Нідерландів, найімовірніше, провалиться.", "against"},
		{"uk", "Депутатка Олена Шевченко вважає, що вотум недовіри уряду Нідерландів, ймовірно, пройде.", "for"},
		{"sv", "Statsvetaren Erik Lund sade att misstroendeförklaringen mot Nederländernas regering sannolikt kommer att falla.", "against"},
		{"sv", "Riksdagsledamoten Karin Berg sade att misstroendeförklaringen mot Nederländernas regering troligen går igenom.", "for"},
		{"fi", "Tutkija Mikko Virtanen sanoi, että epäluottamuslause Alankomaiden hallitukselle todennäköisesti kaatuu.", "against"},
		{"fi", "Kansanedustaja Liisa Koski sanoi, että epäluottamuslause Alankomaiden hallitukselle menee todennäköisesti läpi.", "for"},
	})
}

// A compound whose head is an event family's word, and whose first part
// no form begins ("alueliitos", "Gebietsannexion", "landannektering"), is
// that event in a judgement's proposition. The sentences are written for
// this test.
func TestCompoundEventHeadInProposition(t *testing.T) {
	m, p, _ := setup(t)
	day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	q := understand(t, m, "Will Israel annex the West Bank this year?")
	wantDirection(t, m, p, q, day, true, []dirCase{
		{"fi", "Tutkija Mikko Virtanen sanoi, että Israelin alueliitos Länsirannalla on hyvin epätodennäköinen tänä vuonna.", "against"},
		{"de", "Der Nahostexperte Jonas Weber sagte, eine Gebietsannexion im Westjordanland durch Israel sei in diesem Jahr unwahrscheinlich.", "against"},
		{"sv", "Forskaren Erik Lund sade att en israelisk landannektering av Västbanken är osannolik i år.", "against"},
	})
}

// A capitalised word in a language that capitalises
// only names is a name, not a compound: "Yhdysvallat" (the United States)
// ends like "vallat" (capture) but names no capture.
func TestNameIsNoCompoundEvent(t *testing.T) {
	_, p, _ := setup(t)
	day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, j := range judgements(t, p, "fi", "Tutkija Mikko Virtanen sanoi, että Yhdysvallat todennäköisesti lisää tukeaan Ukrainalle.", "n-fi", day) {
		if slices.Contains(j.Proposition.Events, "capture") {
			t.Errorf("%q: events %v; want no capture", j.Proposition.Text, j.Proposition.Events)
		}
	}
}

// A question whose only event word is a compound on an event's head asks
// about that event: "alueliitoksen" (of the annexation of territory),
// "Gebietsannexion", "landannektering". The questions are written for
// this test.
func TestQuestionOnACompoundEventWord(t *testing.T) {
	m, _, _ := setup(t)
	for _, text := range []string{
		"Toteuttaako Israel Länsirannan alueliitoksen tänä vuonna?",
		"Wird Israel eine Gebietsannexion im Westjordanland vollziehen?",
		"Kommer Israel att genomföra en landannektering av Västbanken i år?",
	} {
		if q := understand(t, m, text); q.Family != "annex" {
			t.Errorf("%q: family %q; want annex", text, q.Family)
		}
	}
}

// Of a question on a leader's ouster, staying in office is the opposite:
// a motion against the leader that fails, or a leader who survives the
// vote, reads against. The sentences are written for this test.
func TestSurvivingIsAgainstTheOuster(t *testing.T) {
	m, p, _ := setup(t)
	day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	q := understand(t, m, "Will Michel Barnier be ousted?")
	wantDirection(t, m, p, q, day, true, []dirCase{
		{"en", "Analyst John Miller said Michel Barnier will almost certainly survive the no-confidence vote.", "against"},
		{"en", "Analyst John Miller said the motion against Michel Barnier will most likely fail.", "against"},
		{"en", "Analyst John Miller said the motion against Michel Barnier will most likely pass.", "for"},
		{"fr", "Selon le politologue Pierre Dubois, la motion de censure contre Michel Barnier va probablement échouer.", "against"},
	})
}
