package attrib_test

import "testing"

// A person a copular noun cue is said of holds the view ("Vi är av
// uppfattningen att …", "we are of the view that …"); a thing there is
// what is said ("Eine Fusion ist eine gefährliche Idee"), even with a
// name inside it. Banks and courts hold views as institutions do ("die
// Entscheidung der Banken"). The sentences are written for this test.
func TestCopularCueAndInstitutionHolders(t *testing.T) {
	checkEvents(t, []eventCase{
		{"sv", "Vi är av uppfattningen att skatten kommer att stiga.", "uppfattningen", "Vi", "att skatten kommer att stiga", nil},
		{"en", "We are of the view that the tax will rise.", "view", "We", "that the tax will rise", nil},
		{"de", "Eine Fusion von Deutscher Bank und Commerzbank ist eine gefährliche Idee.", "Idee", "", "Eine Fusion von Deutscher Bank und Commerzbank", []string{"idee"}},
		{"de", "Sie sagen, das sei eine private Entscheidung der Banken.", "Entscheidung", "der Banken", "", []string{"entscheidung"}},
	})
}

// Threats, condemnation, approval and thanks are speech acts too: the
// German lexicon lists their verbs and nouns. The sentences are written
// for this test.
func TestGermanSpeechActCues(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Die Drohung des Ministers wurde zurückgewiesen.", "Drohung", "des Ministers", "", nil},
		{"de", "Die Opposition verurteilt, dass die Steuer steigt.", "verurteilt", "Die Opposition", "dass die Steuer steigt", nil},
	})
}
