package question_test

import (
	"testing"
	"time"
)

// Being forced to resign is resigning, however the parse hangs the verb
// of forcing ("tvingas avgå" read as an auxiliary), and surviving a
// confidence vote with a day before it is staying in office. The
// sentences are written for this test.
func TestForcedOutAndSurvivingAVote(t *testing.T) {
	m, p, _ := setup(t)
	day := time.Date(2022, 6, 5, 0, 0, 0, 0, time.UTC)
	q := understand(t, m, "Will Boris Johnson cease to be prime minister before the end of 2022?")
	wantDirection(t, m, p, q, day, false, []dirCase{
		{"sv", "Statsvetaren Erik Berg tror att Johnson sannolikt tvingas avgå före årets slut.", "for"},
		{"en", "Political scientist Tim Bale said Johnson was likely to survive Monday's confidence vote.", "against"},
		{"en", "Political scientist Tim Bale said Johnson will probably be forced to resign this year.", "for"},
		{"de", "Der Politologe Hans Weber hält es für wahrscheinlich, dass Johnson noch in diesem Jahr zurücktreten muss.", "for"},
		{"pl", "Politolog Jan Nowak uważa, że Johnson prawdopodobnie będzie zmuszony ustąpić jeszcze w tym roku.", "for"},
		{"ru", "Политолог Иван Петров считает, что Джонсон, вероятно, будет вынужден уйти в отставку в этом году.", "for"},
		{"uk", "Політолог Іван Петренко вважає, що Джонсон, ймовірно, буде змушений піти у відставку цього року.", "for"},
	})
}
