package estimate_test

import (
	"math"
	"testing"
)

// A bare count right after a survey sized its panel is a share of that
// panel, held by its group: "46 of 73 economists expect …. 17 expect …"
// is 17/73. A count whose choice names no event, or a count with no
// panel before it, is no share.
func TestCountOfAnEarlierPanel(t *testing.T) {
	cases := []struct {
		lang, text string
		p          float64
	}{
		{"en", "A Reuters poll shows 46 of 73 economists expect the ECB to cut rates in June. Another 17 expect a rate cut as early as April.", 17.0 / 73},
		{"de", "Von 30 befragten Ökonomen erwarten 22 eine Zinssenkung im Juni. 6 erwarten eine Zinssenkung schon im April.", 6.0 / 30},
		{"pl", "Spośród 30 ankietowanych ekonomistów 20 spodziewa się obniżki stóp w czerwcu. 6 spodziewa się obniżki stóp już w kwietniu.", 6.0 / 30},
		{"ru", "Из 30 опрошенных экономистов 22 ожидают снижения ставки в июне. 6 ожидают снижения ставки уже в апреле.", 6.0 / 30},
		{"fr", "Douze économistes sur 34 prévoient une baisse des taux en juin. 8 prévoient une baisse des taux dès avril.", 8.0 / 34},
		{"sv", "Av 30 tillfrågade ekonomer väntar sig 20 en räntesänkning i juni. 6 väntar sig en räntesänkning redan i april.", 6.0 / 30},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		found := false
		for _, j := range js {
			if j.Sentence == 1 && math.Abs(j.Value-c.p) < 0.01 && j.Holder != nil {
				found = true
			}
		}
		if !found {
			t.Errorf("%s %q: want a share of %.3f held by the panel in the second sentence, got\n%s", c.lang, c.text, c.p, dump(js))
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "A Reuters poll shows 13 of 25 economists expect the BOJ to end negative rates this year. The remaining 12 selected 2025 or later."},
		{"en", "The bank's board met on Tuesday. 6 members expect a rate cut in April."},
		{"de", "Das Gremium tagte am Dienstag. 6 Mitglieder erwarten eine Zinssenkung im April."},
	} {
		for _, j := range judge(t, c.lang, c.text) {
			if j.Sentence == 1 && j.Scale == "numeric" {
				t.Errorf("%s %q: want no share in the second sentence, got\n%s", c.lang, c.text, dump(js1(j)))
			}
		}
	}
}
