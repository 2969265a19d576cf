package question_test

import (
	"testing"
	"time"
)

// Membership said from the alliance's side, the country as its object:
// "släppa in Georgien", "Georgien nicht aufnehmen". Written for this test.
func TestAllianceAdmitting(t *testing.T) {
	m, p, _ := setup(t)
	day := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	q := understand(t, m, "Will Georgia join NATO before 2030?")
	wantDirection(t, m, p, q, day, true, []dirCase{
		{"sv", "Nato kommer inte att släppa in Georgien före 2030, säger forskaren Karin Ek.", "against"},
		{"de", "Die Nato wird Georgien vor 2030 wohl nicht aufnehmen, sagte der Experte Jan Roth.", "against"},
		{"sv", "Ett georgiskt Natomedlemskap före 2030 är högst osannolikt, bedömer forskaren Karin Ek.", "against"},
	})
}
