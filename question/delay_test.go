package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// A delay of the event (sich verzögern, försenas, viivästyy, retarder,
// retrasarse, slittare, vertraging) turns it around as postponing does:
// a likely delay is against the event by its date. The verbs of delay
// were missing outside English, Polish, Russian and Ukrainian, so a
// likely delay read as a likely event.
func TestLikelyDelayIsAgainstTheEvent(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Moldova join the euro area by 1 January 2026?"})
	if err != nil {
		t.Fatal(err)
	}
	wantDirection(t, m, p, q, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), false, []dirCase{
		{"de", "Der Beitritt Moldaus zur Eurozone dürfte sich verzögern, sagte der Ökonom Hans Müller.", "against"},
		{"sv", "Ekonomen Anna Berg tror att Moldaviens anslutning till euroområdet sannolikt försenas.", "against"},
		{"it", "Secondo l'economista Paolo Rossi, l'adesione della Moldavia all'euro probabilmente slitta.", "against"},
		{"fr", "Selon l'économiste Jean Martin, l'adhésion de la Moldavie à la zone euro sera probablement retardée.", "against"},
	})
}
