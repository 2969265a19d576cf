package question_test

import (
	"testing"
	"time"
)

// Where the verb closes its clause (German, Dutch), "nicht"/"niet" early
// in the middle field negates the event verb at its end however many
// words stand between: "dass Israel nicht noch in diesem Sommer das ganze
// besetzte Gebiet annektieren wird" is against the annexation (it was
// pooled for it), a relative clause after it or not. The sentences are written for this test.
func TestVerbFinalNegationReachesTheVerb(t *testing.T) {
	m, p, _ := setup(t)
	day := time.Date(2020, 6, 1, 0, 0, 0, 0, time.UTC)
	annex := understand(t, m, "Will Israel annex parts of the West Bank in 2020?")
	wantDirection(t, m, p, annex, day, true, []dirCase{
		{"de", "Die Analystin Anna Berg glaubt, dass Israel nicht noch in diesem Sommer das ganze besetzte Gebiet annektieren wird.", "against"},
		{"nl", "De analiste Anna de Vries denkt dat Israël niet nog deze zomer het hele bezette gebied zal annexeren.", "against"},
		{"de", "Die Analystin Anna Berg glaubt, dass Israel nicht noch in diesem Sommer die ganzen 30 Prozent annektieren will, die ihm der Plan zugesteht.", "against"},
		{"de", "Die Analystin Anna Berg glaubt, dass Israel noch in diesem Sommer das ganze besetzte Gebiet annektieren wird.", "for"},
	})
	ecb := understand(t, m, "Will the ECB cut interest rates in June 2024?")
	wantDirection(t, m, p, ecb, time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), true, []dirCase{
		{"de", "Der Ökonom Hans Weber erwartet, dass die EZB nicht schon im Juni die Zinsen auf ein niedrigeres Niveau senken wird.", "against"},
	})
}
