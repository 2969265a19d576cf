package estimate_test

import "testing"

// A speech verb under a negation reports what its subject did not say: the
// subject holds nothing in the clause it frames; whoever reports the
// denial does.
func TestDeniedSpeechHoldsNothing(t *testing.T) {
	checkHolders(t, []holderCase{
		{"de", "Nikol Paschinjan sprach im Parlament.\n\nAußenminister Ararat Mirsojan versuchte noch am selben Tag zu beruhigen: Der Regierungschef habe nicht gesagt, dass man die OVKS wahrscheinlich verlassen werde.", "wahrscheinlich", "Ararat Mirsojan"},
		{"de", "Die Ökonomin Anna Berg widersprach am Montag in Berlin ihrem Kollegen: Der Bankchef habe nie gesagt, eine Zinssenkung sei wahrscheinlich.", "wahrscheinlich", "Anna Berg"},
	})
}
