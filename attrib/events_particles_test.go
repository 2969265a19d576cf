package attrib_test

import (
	"strings"
	"testing"

	"github.com/kentnews/kent/attrib"
)

// A clause's last word that the parser takes for a separable particle
// ("…, Verantwortung zu übernehmen") does not turn a cue into another
// verb: "beweisen" stays a cue; a real particle ("spricht … an") still
// joins its verb. The sentences are written for this test.
func TestParticleIsNoVerb(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Sie verspielen ihre Glaubwürdigkeit, und Sie beweisen auch Ihre Unfähigkeit, Verantwortung zu übernehmen.", "beweisen", "Sie", "*", []string{"beweisen"}},
	})
	a := article("de", "Der Minister spricht das Problem an.")
	evs := extractor.SpeechEvents(a, attrib.CueLemmas{})
	if len(evs) != 1 || evs[0].Lemma != "ansprechen" || len(evs[0].Particle) != 1 || !strings.EqualFold(a.Text[evs[0].Particle[0].Start:evs[0].Particle[0].End], "an") {
		t.Errorf("spricht … an: %+v", evs)
	}
}
