package estimate_test

import "testing"

// The subject of the cue's own verb, or of a reporting verb in a frame
// after the judgement, holds it even when a modifier stands between it and
// the verb or German writes it with a capital like any noun.
func TestHoldersAsSubjectsOfTheCuesVerb(t *testing.T) {
	checkHolders(t, []holderCase{
		{"fr", "Même les diplomates les plus optimistes tablaient jusqu'ici sur un accord en mars.", "tablaient jusqu'ici sur", "diplomates les plus optimistes"},
		{"fr", "Les marchés, eux, tablent toujours sur une baisse en juin.", "tablent toujours sur", "marchés"},
		{"de", "Ein Rücktritt der Ministerin ist unwahrscheinlich, sagen Vertraute.", "unwahrscheinlich", "Vertraute"},
		{"de", "Für die Ministerin kommt ein Rücktritt nicht infrage, versichern Vertraute.", "kommt ein Rücktritt nicht infrage", "Vertraute"},
		{"de", "Eine Einigung vor Ostern ist kaum wahrscheinlich, warnen Kritiker.", "kaum wahrscheinlich", "Kritiker"},
	})
}
