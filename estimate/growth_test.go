package estimate_test

import "testing"

// A forecast figure for the economy is a judgement of a recession: a
// contraction likely for it, growth likely against it (a negated
// proposition); an outcome already reported ("fell") is no forecast.
func TestGrowthFiguresJudgeARecession(t *testing.T) {
	for _, c := range []struct {
		lang, text, cue string
		growth          bool
	}{
		{"en", "According to the institute's forecast, GDP falls by 0.4 percent this year.", "0.4 percent", false},
		{"de", "Die Wirtschaft werde im kommenden Jahr um 0,4 Prozent schrumpfen, teilte das Institut mit.", "0,4 Prozent", false},
		{"ru", "По прогнозу института, ВВП может сократиться на 0,7 процента.", "0,7 процента", false},
		{"uk", "За прогнозом інституту, ВВП наступного року впаде на 0,3%.", "0,3%", false},
		{"sv", "Enligt institutet kommer BNP att krympa med 0,4 procent nästa år.", "0,4 procent", false},
		{"it", "Secondo l'istituto, il Pil calerà dello 0,4 per cento l'anno prossimo.", "0,4 per cento", false},
		{"es", "El instituto prevé que el PIB caiga un 0,4 % el próximo año.", "0,4 %", false},
		{"pl", "Instytuty zakładają wzrost PKB w przyszłym roku o 0,3 proc.", "0,3 proc", true},
	} {
		js := judgeIn(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Value <= 0.5 || j.Proposition.Negated != c.growth {
			t.Errorf("%s %q: want a likely judgement at %q (growth %v), got %+v", c.lang, c.text, c.cue, c.growth, js)
			continue
		}
		found := false
		for _, e := range j.Proposition.Events {
			found = found || e == "recession"
		}
		if !found {
			t.Errorf("%s %q: the figure judges no recession: %+v", c.lang, c.text, j.Proposition)
		}
	}
	for _, c := range []line{
		{"en", "German GDP fell by 0.3 percent last year, the statistics office said."},
		{"pl", "W czwartym kwartale niemiecki PKB spadł o 0,2 proc."},
		{"en", "Inflation will rise by 8 percent next year."},
	} {
		for _, j := range judgeIn(t, c.lang, c.text) {
			for _, e := range j.Proposition.Events {
				if e == "recession" {
					t.Errorf("%s %q: no forecast of the economy, got %+v", c.lang, c.text, j)
				}
			}
		}
	}
}
