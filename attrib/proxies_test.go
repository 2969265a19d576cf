package attrib_test

import (
	"strings"
	"testing"

	"github.com/kentnews/kent"
)

// A model, a poll or a market holds the numbers it shows, and its owner
// is the holder; once named so, "on Polymarket" names it again.
func TestModelsPollsAndMarketsHoldTheirNumbers(t *testing.T) {
	checkAll(t, []langCase{
		{"en", "Users of the prediction platform Polymarket are betting on a 55% chance that Biden will withdraw.\n\nBiden's dropout odds reached 63% on Polymarket.", want{"Polymarket", "Biden's dropout odds reached 63%", kent.QuoteIndirect}},
		{"en", "Election forecaster Nate Silver says he is no fan of Trump. Silver's model gives Trump a 66% chance of winning.", want{"Nate Silver", "gives Trump a 66% chance", kent.QuoteIndirect}},
		{"en", "A poll by Reuters shows that most economists expect a cut in June.", want{"Reuters", "most economists expect a cut", kent.QuoteIndirect}},
		{"de", "Auf der Plattform Polymarket liegt die Chance für einen Rückzug von Biden bei 55 Prozent.", want{"Polymarket", "Auf der Plattform Polymarket liegt die Chance", kent.QuoteIndirect}},
		{"pl", "Model FiveThirtyEight daje Trumpowi 58 proc. szans na zwycięstwo.", want{"FiveThirtyEight", "daje Trumpowi 58 proc", kent.QuoteIndirect}},
		{"ru", "Модель The Economist оценивает шансы Трампа на победу в 54%.", want{"The Economist", "шансы Трампа на победу", kent.QuoteIndirect}},
		{"uk", "Платформа Polymarket дає Трампу 60% шансів на перемогу.", want{"Polymarket", "дає Трампу 60%", kent.QuoteIndirect}},
		{"sv", "Spelbolaget Unibet ger Trump ungefär 51 procents sannolikhet att vinna valet.\n\nPå Unibet står Harris i 1,95 inför valet.", want{"Unibet", "står Harris i 1,95", kent.QuoteIndirect}},
	})
	// A person after a group of bookmakers is what they see, not theirs.
	qs, _ := extractor.Extract(article("de", "Kamala Harris trat am Montag in Ohio auf. Noch im September hatten die Buchmacher Harris vorn gesehen, mit einer Chance von 50 bis 53 %."))
	for _, q := range qs {
		if q.Speaker != nil && strings.Contains(q.Speaker.Name, "Harris") && strings.Contains(q.Text, "Chance") {
			t.Errorf("bookmakers' odds given to %s: %q", q.Speaker.Name, q.Text)
		}
	}
}

// Quote marks typed as two apostrophes or backticks (” … ”, “ … ”)
// open and close quotes as “…” do.
func TestDoubledApostrophesAreQuoteMarks(t *testing.T) {
	checkAll(t, []langCase{
		{"en", "''We will not send troops,'' said Anna Smith.\n\n``It is over,'' she added.", want{"Anna Smith", "It is over", kent.QuoteDirect}},
		{"de", "''Eine Zinssenkung im Juni ist unwahrscheinlich'', sagte Lukas Weber.", want{"Lukas Weber", "Eine Zinssenkung im Juni", kent.QuoteDirect}},
		{"pl", "''Obniżka stóp w czerwcu jest mało prawdopodobna'' – powiedział Tomasz Kowalski.", want{"Tomasz Kowalski", "Obniżka stóp w czerwcu", kent.QuoteDirect}},
		{"ru", "''Рецессия в этом году маловероятна'', — сказал Иван Петров.", want{"Иван Петров", "Рецессия в этом году", kent.QuoteDirect}},
		{"uk", "''Рецесія цього року малоймовірна'', — сказав Андрій Коваль.", want{"Андрій Коваль", "Рецесія цього року", kent.QuoteDirect}},
		{"sv", "''En sänkning i juni är osannolik'', säger Lena Berg.", want{"Lena Berg", "En sänkning i juni", kent.QuoteDirect}},
	})
}

// A quote interrupted by its frame ("“…,” he said, “…”") is one voice:
// both parts carry the speaker and the cue between them.
func TestInterruptedQuoteIsOneVoice(t *testing.T) {
	for _, c := range []struct{ lang, text, speaker, first, second string }{
		{"en", "“A cut in June,” said Anna Berg, “is now unlikely.”", "Anna Berg", "A cut in June", "is now unlikely"},
		{"de", "„Eine Zinssenkung im Juni“, sagte Lukas Weber, „ist unwahrscheinlich.“", "Lukas Weber", "Eine Zinssenkung im Juni", "ist unwahrscheinlich"},
		{"pl", "„Obniżka stóp w czerwcu”, powiedział Tomasz Kowalski, „jest mało prawdopodobna.”", "Tomasz Kowalski", "Obniżka stóp w czerwcu", "jest mało prawdopodobna"},
		{"ru", "«Рецессия в этом году, — сказал Иван Петров, — маловероятна».", "Иван Петров", "Рецессия в этом году", "маловероятна"},
		{"uk", "«Рецесія цього року, — сказав Андрій Коваль, — малоймовірна».", "Андрій Коваль", "Рецесія цього року", "малоймовірна"},
		{"sv", "”En sänkning i juni”, säger Lena Berg, ”är osannolik.”", "Lena Berg", "En sänkning i juni", "är osannolik"},
	} {
		qs := check(t, c.lang, c.text, want{c.speaker, c.first, ""}, want{c.speaker, c.second, ""})
		cues := map[string]bool{}
		for _, q := range qs {
			if q.Speaker != nil && q.Speaker.Name == c.speaker {
				cues[q.Cue] = true
			}
		}
		if len(cues) != 1 {
			t.Errorf("%s: the parts of one quote have cues %v", c.lang, cues)
		}
	}
}

// A source that ends its sentence ("…, according to X.") is not part of
// what it reports; and when someone in the sentence said it, the source
// only passes it on.
func TestContentStopsBeforeTheSource(t *testing.T) {
	cases := []struct{ lang, text, speaker, content string }{
		{"en", "The army is too weak to attack, according to Anna Berg.", "Anna Berg", "The army is too weak to attack"},
		{"de", "Die Armee ist zu schwach für einen Angriff, so Lukas Weber.", "Lukas Weber", "Die Armee ist zu schwach für einen Angriff"},
		{"pl", "Armia jest zbyt słaba, by zaatakować, według Tomasza Kowalskiego.", "Tomasza Kowalskiego", "Armia jest zbyt słaba, by zaatakować"},
		{"ru", "Армия слишком слаба для наступления, по словам Ивана Петрова.", "Ивана Петрова", "Армия слишком слаба для наступления"},
		{"uk", "Армія занадто слабка для наступу, за словами Андрія Коваля.", "Андрія Коваля", "Армія занадто слабка для наступу"},
		{"sv", "Armén är för svag för att anfalla, enligt Lena Berg.", "Lena Berg", "Armén är för svag för att anfalla"},
	}
	for _, c := range cases {
		qs, _ := extractor.Extract(article(c.lang, c.text))
		found := false
		for _, q := range qs {
			if q.Speaker != nil && q.Speaker.Name == c.speaker && q.Text == c.content {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no quote %q by %s in\n%s", c.lang, c.content, c.speaker, dump(qs))
		}
	}
	qs, _ := extractor.Extract(article("en", "Anna Berg said the army was too weak to attack, according to Reuters."))
	for _, q := range qs {
		if q.Speaker != nil && q.Speaker.Name == "Reuters" {
			t.Errorf("the agency passing a report on holds it: %q", q.Text)
		}
	}
}
