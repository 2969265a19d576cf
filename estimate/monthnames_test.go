package estimate_test

import "testing"

// A speaker whose given name is also a month word ("Jan", "April") holds
// the judgement in their words; a month opening a clause still holds
// nothing ("April der wahrscheinlichste Zeitpunkt").
func TestGivenNamesThatAreMonths(t *testing.T) {
	cases := []struct{ lang, text, holder string }{
		{"nl", "Een renteverhoging is zeer waarschijnlijk, zei econoom Jan Visser.", "Jan Visser"},
		{"de", "Ein Sieg ist so gut wie sicher, sagte der Experte Jan Berg.", "Jan Berg"},
		{"pl", "Podwyżka stóp jest bardzo prawdopodobna – powiedział ekonomista Jan Nowak.", "Jan Nowak"},
		{"sv", "En räntehöjning är mycket sannolik, säger ekonomen Jan Ek.", "Jan Ek"},
		{"en", "A rate rise is very likely, said April Ryan, a correspondent.", "April Ryan"},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		if len(js) == 0 || js[0].Holder == nil || js[0].Holder.Name != c.holder {
			t.Errorf("%s %q: want %s as holder, got %+v", c.lang, c.text, c.holder, js)
		}
	}
	for _, j := range judgeIn(t, "de", "Laut einer Umfrage ist April der wahrscheinlichste Zeitpunkt für eine Zinswende.") {
		if j.Holder != nil && j.Holder.Name == "April" {
			t.Errorf("a month became a holder: %+v", j.Holder)
		}
	}
}
