package estimate_test

import (
	"testing"
)

// A name set off by commas after its role is the verb's subject, and so
// the holder of what the verb reports: not the person an earlier sentence
// named. Written for this test.
func TestAppositiveNameHolds(t *testing.T) {
	for _, c := range []struct{ lang, text, want string }{
		{"en", "Moldova is unlikely to join the EU before 2030, said Olga Rusu, a researcher.\n\nThe foreign minister, Mihai Popescu, said he was confident that Moldova would become a member by 2030.", "Mihai Popescu"},
		{"en", "The analyst, Tom Green, said a rate cut in June was likely.", "Tom Green"},
	} {
		js := judge(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || j.Value > 0.5 && j.Holder != nil && j.Holder.Name == c.want
		}
		if !ok {
			t.Errorf("%s %q: want a judgement held by %s:\n%s", c.lang, c.text, c.want, dump(js))
		}
	}
}
