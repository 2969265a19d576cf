package estimate_test

import (
	"strings"
	"testing"
)

// A cause cited that ends in a place ("citing the war in Ukraine") and a
// topic referred to name no source: the speaker keeps the judgement.
// Written for this test (review32's inputs).
func TestCitingACauseKeepsTheSpeaker(t *testing.T) {
	for _, c := range []struct{ lang, text, holder string }{
		{"en", "Hungary will probably veto the aid package, Reuters reported, citing high inflation in Germany.", "Reuters"},
		{"ru", "Венгрия, вероятно, заблокирует пакет помощи, сообщает ТАСС со ссылкой на ситуацию в Европе.", "ТАСС"},
		{"de", "Ungarn wird das Hilfspaket wahrscheinlich blockieren, sagte Minister Hans Maier unter Verweis auf die Lage in der Ukraine.", "Hans Maier"},
		{"en", "Hungary will probably veto the aid package, Reuters reported, referring to Prime Minister Viktor Orbán.", "Reuters"},
	} {
		js := judge(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || j.Holder != nil && strings.Contains(j.Holder.Name, c.holder)
		}
		if !ok {
			t.Errorf("%s %q: want %s as holder:\n%s", c.lang, c.text, c.holder, dump(js))
		}
	}
}
