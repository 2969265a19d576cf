package estimate_test

import (
	"strings"
	"testing"
)

// A hedge in one clause does not stand in for an expecting verb with its
// own subject in another: both clauses are judgements, each with its
// holder.
func TestExpectationInAnotherClause(t *testing.T) {
	cases := []cueCase{
		{"en", "The talks may drag on for weeks, while the bankers at Nordea expect a recession in Germany.", "expect", "Nordea"},
		{"de", "Die Gespräche könnten sich hinziehen, und die Commerzbank erwartet eine Rezession im Winter.", "erwartet", "Commerzbank"},
		{"pl", "Rozmowy mogą się przeciągnąć, a bank ING spodziewa się recesji w Niemczech.", "spodziewa się", "ING"},
		{"ru", "Переговоры могут затянуться, а Сбербанк ожидает рецессии в Германии.", "ожидает", "Сбербанк"},
		{"uk", "Переговори можуть затягнутися, а Інститут Ifo прогнозує скорочення ВВП Німеччини.", "прогнозує", "Інститут Ifo"},
		{"sv", "Samtalen kan dra ut på tiden, och Nordea räknar med en recession i Tyskland.", "räknar med", "Nordea"},
		{"fi", "Neuvottelut voivat venyä, ja Nordea ennustaa Saksaan taantumaa.", "ennustaa", "Nordea"},
	}
	wantBandHeld(t, "likely", cases)
}

// A figure and a group of forecasters in two clauses joined by "and" are
// not a share of forecasters: "minus 0.4 percent, and analysts … expect"
// is a forecast figure, then the analysts' expectation.
func TestShareGroupInAnotherClause(t *testing.T) {
	cases := []struct{ lang, text, cue string }{
		{"en", "Berenberg cut its forecast to minus 0.4 percent, and analysts at KfW also expect a slight contraction.", "expect"},
		{"de", "Berenberg senkte die Prognose auf minus 0,4 Prozent, und Ökonomen der KfW erwarten ebenfalls eine Rezession.", "erwarten"},
		{"pl", "Berenberg obniżył prognozę do minus 0,4 proc., i ekonomiści KfW także spodziewają się recesji.", "spodziewają się"},
		{"ru", "Berenberg снизил прогноз до минус 0,4 процента, и экономисты KfW тоже ожидают рецессии.", "ожидают"},
		{"sv", "Berenberg sänkte prognosen till minus 0,4 procent, och ekonomer på KfW räknar med en recession.", "räknar med"},
		{"fi", "Berenberg laski ennusteensa miinus 0,4 prosenttiin, ja KfW:n ekonomistit ennustavat myös taantumaa.", "ennustavat"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		for _, j := range js {
			if j.Scale == "numeric" && j.Value < 0.05 {
				t.Errorf("%s %q: a growth figure read as a share of forecasters: %q %.3f", c.lang, c.text, j.Cue, j.Value)
			}
		}
		if j := find(js, c.cue); j == nil || j.Band != "likely" {
			t.Errorf("%s %q: want likely at %q, got\n%s", c.lang, c.text, c.cue, dump(js))
		}
	}
}

// A clause opened by "but" after the judged clause is another's: what is
// judged unlikely stops before it, and a complementizer after it is not
// the cue's.
func TestButClauseIsNotJudged(t *testing.T) {
	cases := []struct{ lang, text, cue, judged, not string }{
		{"en", "Economist Sara Ek said a cut in March is unlikely but the bank may cut in June.", "unlikely", "March", "June"},
		{"sv", "Ekonomen Sara Ek bedömer att en sänkning i mars är osannolik men att banken kan sänka i juni.", "osannolik", "mars", "juni"},
		{"de", "Die Ökonomin Sara Ek hält eine Senkung im März für unwahrscheinlich, aber im Juni sei sie möglich.", "unwahrscheinlich", "März", "Juni"},
		{"pl", "Ekonomistka Sara Ek uważa, że obniżka w marcu jest mało prawdopodobna, ale w czerwcu bank może ciąć.", "mało prawdopodobna", "marcu", "czerwcu"},
		{"ru", "Экономист Сара Эк считает, что снижение в марте маловероятно, но в июне банк может снизить ставку.", "маловероятно", "марте", "июне"},
		{"fi", "Ekonomisti Sara Ek pitää maaliskuun koronlaskua epätodennäköisenä mutta kesäkuun laskua mahdollisena.", "epätodennäköisenä", "maaliskuun", "kesäkuun"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil {
			t.Errorf("%s %q: no judgement at %q:\n%s", c.lang, c.text, c.cue, dump(js))
			continue
		}
		if p := j.Proposition.Text; !strings.Contains(p, c.judged) || strings.Contains(p, c.not) {
			t.Errorf("%s %q: judged %q, want it to hold %q and not %q", c.lang, c.text, p, c.judged, c.not)
		}
	}
}

// A fronted Swedish "om" clause written without a comma ends at the main
// clause's verb of saying: what follows "menar banken att" is judged,
// under the condition.
func TestFrontedConditionEndsAtTheVerbOfSaying(t *testing.T) {
	js := judge(t, "sv", "Om inflationen faller menar banken att räntan troligtvis sänks i maj.")
	j := find(js, "troligtvis")
	if j == nil || j.Band != "likely" || j.Condition == "" {
		t.Fatalf("want a likely judgement at «troligtvis» under a condition, got\n%s", dump(js))
	}
	if strings.Contains(j.Condition, "banken") {
		t.Errorf("condition %q runs into the main clause", j.Condition)
	}
}

// Finnish "X pitää todennäköisenä" (holds likely) is held by its subject,
// a group in the plural as a person in the singular.
func TestFinnishHoldsLikelyIsHeldByItsSubject(t *testing.T) {
	wantBandHeld(t, "likely", []cueCase{
		{"fi", "Ekonomistit pitävät todennäköisenä, että EKP laskee korkoa kesäkuussa.", "todennäköisenä", "Ekonomistit"},
		{"fi", "Monet analyytikot pitivät todennäköisenä, että EKP laskee korkoa kesäkuussa.", "todennäköisenä", "Monet analyytikot"},
		{"fi", "Tutkija Aino Lehtonen pitää todennäköisenä, että EKP laskee korkoa kesäkuussa.", "todennäköisenä", "Aino Lehtonen"},
	})
}
