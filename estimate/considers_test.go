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
	wantFirstHolder(t, func(h, want string) bool { return strings.Contains(h, want) }, []firstHolderCase{
		{"en", "Professor Mary Lane deems Swedish membership of the alliance probable by the end of the year.", "Mary Lane"},
		{"en", "The analyst John Carter considers it unlikely that Sweden will join NATO this year.", "John Carter"},
		{"ru", "Эксперт Ольга Петрова находит вступление Швеции в альянс в этом году весьма вероятным.", "Ольга Петрова"},
		{"sv", "Forskaren Karin Ek håller det för troligt att Sverige blir medlem i Nato i år.", "Karin Ek"},
		{"pl", "Ekspertka Anna Zielińska uznaje przystąpienie Szwecji do Sojuszu w tym roku za bardzo prawdopodobne.", "Anna Zielińska"},
		{"de", "Der Politologe Hans Weber hält es für wahrscheinlich, dass Schweden noch in diesem Jahr beitritt.", "Hans Weber"},
		{"uk", "Експертка Олена Шевченко вважає вступ Швеції до альянсу цього року дуже ймовірним.", "Олена Шевченко"},
	})
}

// An article and a role before a name at a sentence's start ("Der
// Politologe Hans Weber", "Le politologue Jean Dupont") are the name's
// description: the holder is the name. The sentences are written for this
// test.
func TestArticleAndRoleBeforeTheHolder(t *testing.T) {
	wantFirstHolder(t, func(h, want string) bool { return h == want }, []firstHolderCase{
		{"de", "Der Politologe Hans Weber hält es für wahrscheinlich, dass Schweden noch in diesem Jahr beitritt.", "Hans Weber"},
		{"de", "Die Ökonomin Anna Berg hält eine Rezession im Winter für unwahrscheinlich.", "Anna Berg"},
		{"fr", "Le politologue Jean Dupont juge probable une adhésion de la Suède cette année.", "Jean Dupont"},
	})
}

// firstHolderCase is a sentence and the holder its first judgement must have.
type firstHolderCase struct{ lang, text, holder string }

// wantFirstHolder checks each sentence's first judgement's holder against
// its case with match.
func wantFirstHolder(t *testing.T, match func(h, want string) bool, cases []firstHolderCase) {
	t.Helper()
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		if len(js) == 0 {
			t.Errorf("%s %q: no judgement", c.lang, c.text)
			continue
		}
		if h := holderName(&js[0]); !match(h, c.holder) {
			t.Errorf("%s %q: holder %q, want %s\n%s", c.lang, c.text, h, c.holder, dump(js))
		}
	}
}
