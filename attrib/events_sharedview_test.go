package attrib_test

import "testing"

// A view fronted before the verb that holds it is what is held, and the
// holder follows the verb: "Diese Einschätzung teilt auch das Institut
// für Weltwirtschaft" is the Institute's, not the assessment's. The
// sentences are written for this test.
func TestSharedViewHolder(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Diese Einschätzung teilt auch das Institut für Weltwirtschaft.", "teilt", "das Institut für Weltwirtschaft", "Diese Einschätzung", []string{"teilen"}},
		{"de", "Die Forderung der Union teilt die SPD nicht.", "teilt", "die SPD", "Die Forderung der Union", []string{"teilen"}},
	})
}
