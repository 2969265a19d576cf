package estimate_test

import (
	"slices"
	"strings"
	"testing"
)

// Dismissing a report as fake, a lie or an invention ("назвал сообщения
// о мобилизации фейком", "to fake news", "є брехнею", "nazwał te
// doniesienia fałszywymi") is a stance against what the report says:
// almost no chance of it. Each was read as no judgement. Whoever says a
// copular one holds it; "назвал … фейком" is left to the article's voice
// (its verb is no verb of saying here). Invented sentences.
func TestDismissalsAreAgainst(t *testing.T) {
	cases := []struct{ lang, text, event string }{
		{"ru", "Представитель МИД Иван Петров назвал сообщения о мобилизации фейком.", "mobilise"},
		{"ru", "Сообщения об отправке войск являются ложью, заявил представитель МИД Олег Попов.", "military"},
		{"uk", "Речник Іван Бойко назвав повідомлення про мобілізацію фейком.", "mobilise"},
		{"uk", "Повідомлення про відправку військ є брехнею, заявив речник Олег Коваль.", "military"},
		{"pl", "Doniesienia o wysłaniu wojsk to fake news, powiedział rzecznik Adam Lis.", "military"},
		{"pl", "Rzecznik Jan Nowak nazwał doniesienia o mobilizacji fałszywymi.", "mobilise"},
		{"be", "Паведамленні пра мабілізацыю з'яўляюцца фэйкам, заявіў прэс-сакратар Іван Бойка.", "mobilise"},
	}
	for _, c := range cases {
		js := judgeIn(t, c.lang, c.text)
		ok := false
		for _, j := range js {
			held := j.Holder != nil || strings.Contains(c.text, "назв") || strings.Contains(c.text, "nazwał")
			ok = ok || j.Band == "almost_no_chance" && !j.Proposition.Negated && slices.Contains(j.Proposition.Events, c.event) && held
		}
		if !ok {
			t.Errorf("%s %q: want almost no chance of %s, got\n%s", c.lang, c.text, c.event, dump(js))
		}
	}
}
