package estimate_test

import (
	"slices"
	"testing"
)

// Saying an event is being prepared ("Готовится новое наступление", "идёт
// подготовка к референдуму", "Trwają przygotowania do referendum",
// "Готується новий наступ", "Ідзе падрыхтоўка да рэферэндуму") treats
// it as coming, as bracing for it does: a very likely judgement of that
// event. Each was read as no judgement. Invented sentences.
func TestEventBeingPrepared(t *testing.T) {
	cases := []struct{ lang, text, event string }{
		{"ru", "Готовится новое наступление на Харьков, сказал генерал Иван Петров.", "war"},
		{"ru", "Идёт подготовка к проведению референдума, сообщил депутат Олег Попов.", "referendum"},
		{"uk", "Готується новий наступ на Харків, сказав генерал Іван Бойко.", "war"},
		{"uk", "Триває підготовка до проведення референдуму, повідомив депутат Олег Коваль.", "referendum"},
		{"pl", "Trwają przygotowania do referendum, poinformował poseł Adam Lis.", "referendum"},
		{"pl", "Przygotowywana jest nowa ofensywa na Charków, powiedział generał Jan Nowak.", "war"},
		{"be", "Ідзе падрыхтоўка да рэферэндуму, паведаміў дэпутат Іван Бойка.", "referendum"},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			ok = ok || j.Band == "very_likely" && !j.Proposition.Negated && slices.Contains(j.Proposition.Events, c.event) && j.Holder != nil
		}
		if !ok {
			t.Errorf("%s %q: want very likely %s with a holder, got\n%s", c.lang, c.text, c.event, dump(js))
		}
	}
}
