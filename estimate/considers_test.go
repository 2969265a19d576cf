package estimate_test

import (
	"strings"
	"testing"
)

// A verb of considering a matter likely ("deems … probable", "considers
// it unlikely that", "находит … вероятным", "håller det för troligt",
// "uznaje … za prawdopodobne", "hält es für wahrscheinlich") makes its
// subject the holder, not the article. The sentences are written for this
// test.
func TestConsideringVerbsGiveTheHolder(t *testing.T) {
	for _, c := range []struct{ lang, text, holder string }{
		{"en", "Professor Mary Lane deems Swedish membership of the alliance probable by the end of the year.", "Mary Lane"},
		{"en", "The analyst John Carter considers it unlikely that Sweden will join NATO this year.", "John Carter"},
		{"ru", "Эксперт Ольга Петрова находит вступление Швеции в альянс в этом году весьма вероятным.", "Ольга Петрова"},
		{"sv", "Forskaren Karin Ek håller det för troligt att Sverige blir medlem i Nato i år.", "Karin Ek"},
		{"pl", "Ekspertka Anna Zielińska uznaje przystąpienie Szwecji do Sojuszu w tym roku za bardzo prawdopodobne.", "Anna Zielińska"},
		{"de", "Der Politologe Hans Weber hält es für wahrscheinlich, dass Schweden noch in diesem Jahr beitritt.", "Hans Weber"},
		{"uk", "Експертка Олена Шевченко вважає вступ Швеції до альянсу цього року дуже ймовірним.", "Олена Шевченко"},
	} {
		js := judge(t, c.lang, c.text)
		if len(js) == 0 {
			t.Errorf("%s %q: no judgement", c.lang, c.text)
			continue
		}
		if h := holderName(&js[0]); !strings.Contains(h, c.holder) {
			t.Errorf("%s %q: holder %q, want %s\n%s", c.lang, c.text, h, c.holder, dump(js))
		}
	}
}

// An article and a role before a name at a sentence's start ("Der
// Politologe Hans Weber", "Le politologue Jean Dupont") are the name's
// description: the holder is the name. The sentences are written for this
// test.
func TestArticleAndRoleBeforeTheHolder(t *testing.T) {
	for _, c := range []struct{ lang, text, holder string }{
		{"de", "Der Politologe Hans Weber hält es für wahrscheinlich, dass Schweden noch in diesem Jahr beitritt.", "Hans Weber"},
		{"de", "Die Ökonomin Anna Berg hält eine Rezession im Winter für unwahrscheinlich.", "Anna Berg"},
		{"fr", "Le politologue Jean Dupont juge probable une adhésion de la Suède cette année.", "Jean Dupont"},
	} {
		js := judge(t, c.lang, c.text)
		if len(js) == 0 {
			t.Errorf("%s %q: no judgement", c.lang, c.text)
			continue
		}
		if h := holderName(&js[0]); h != c.holder {
			t.Errorf("%s %q: holder %q, want %s\n%s", c.lang, c.text, h, c.holder, dump(js))
		}
	}
}
