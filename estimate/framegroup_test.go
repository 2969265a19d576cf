package estimate_test

import "testing"

// An impersonal frame after a judgement that says where it was said ("in
// the intelligence service") makes that group its holder, in whatever
// case the preposition puts it.
func TestImpersonalFrameNamesTheGroup(t *testing.T) {
	checkHolders(t, []holderCase{
		{"ru", "Отход вероятен, считают в разведке.", "вероятен", "разведке"},
		{"uk", "Відхід ймовірний, зазначають у розвідці.", "ймовірний", "розвідці"},
		{"uk", "Угода малоймовірна, вважають у міністерстві.", "малоймовірна", "міністерстві"},
	})
}
