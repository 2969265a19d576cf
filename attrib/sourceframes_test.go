package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// A source cue that opens a sentence gives the named source what the
// sentence goes on to say, the cue around the source included ("In Lee's
// view", "Der Einschätzung von X zufolge"); an apposition no comma closes
// is no apposition but the content.
func TestOpeningSourceFrames(t *testing.T) {
	checkAll(t, []langCase{
		{"en", "In Lee's view, the bank is unlikely to cut rates in June.", want{"Lee", "the bank is unlikely", kent.QuoteIndirect}},
		{"en", "By Goldman Sachs's estimate, the economy will shrink next year.", want{"Goldman Sachs", "the economy will shrink", kent.QuoteIndirect}},
		{"en", "The economy will shrink next year, in the ministry's assessment.", want{"the ministry", "The economy will shrink", kent.QuoteIndirect}},
		{"en", "In the view of Anna Berg, the bank is unlikely to cut rates in June.", want{"Anna Berg", "the bank is unlikely", kent.QuoteIndirect}},
		{"en", "According to the ministry, the economy will shrink by two percent next year.", want{"the ministry", "the economy will shrink", kent.QuoteIndirect}},
		{"de", "Der Einschätzung von Lukas Weber zufolge wird die Wirtschaft im Herbst schrumpfen.", want{"Lukas Weber", "wird die Wirtschaft", kent.QuoteIndirect}},
		{"de", "Nach Angaben des Ministeriums wird die Wirtschaft im nächsten Jahr schrumpfen.", want{"Ministeriums", "wird die Wirtschaft", kent.QuoteIndirect}},
		{"de", "Nach Meinung von Lukas Weber wird die Wirtschaft im nächsten Jahr schrumpfen.", want{"Lukas Weber", "wird die Wirtschaft", kent.QuoteIndirect}},
		{"pl", "Według ministerstwa gospodarka skurczy się w przyszłym roku.", want{"ministerstwa", "gospodarka skurczy się", kent.QuoteIndirect}},
		{"pl", "Zdaniem Tomasza Kowalskiego gospodarka skurczy się w przyszłym roku.", want{"Tomasza Kowalskiego", "gospodarka skurczy się", kent.QuoteIndirect}},
		{"ru", "По данным министерства, экономика сократится в следующем году.", want{"министерства", "экономика сократится", kent.QuoteIndirect}},
		{"ru", "По мнению Ивана Петрова, экономика сократится в следующем году.", want{"Ивана Петрова", "экономика сократится", kent.QuoteIndirect}},
		{"uk", "За словами Андрія Коваля, економіка скоротиться наступного року.", want{"Андрія Коваля", "економіка скоротиться", kent.QuoteIndirect}},
		{"uk", "На думку Андрія Коваля, економіка скоротиться наступного року.", want{"Андрія Коваля", "економіка скоротиться", kent.QuoteIndirect}},
		{"sv", "Enligt SEB:s bedömning krymper ekonomin nästa år.", want{"SEB", "krymper ekonomin", kent.QuoteIndirect}},
		{"sv", "Enligt ministeriet krymper ekonomin nästa år.", want{"ministeriet", "krymper ekonomin", kent.QuoteIndirect}},
	})
	// The survey inside "Einer Umfrage … zufolge" is neither a cue of
	// its own nor the subject of the verb after it.
	qs := check(t, "de", "Einer Umfrage des Ifo-Instituts zufolge rechnen die Firmen mit einer Rezession.",
		want{"Ifo-Instituts", "rechnen die Firmen", kent.QuoteIndirect})
	if len(qs) != 1 {
		t.Errorf("de: want one quote, got\n%s", dump(qs))
	}
}

// A frame between commas inside the clause it reports ("The plan, he
// said, would …") makes one content of the clause around it, held by the
// speaker; a frame after a whole clause reports that clause only.
func TestParentheticalFrames(t *testing.T) {
	checkAll(t, []langCase{
		{"en", "Tom Hart spoke on Monday. The plan, he said, would cut costs by a third.", want{"Tom Hart", "The plan, he said, would cut costs", kent.QuoteIndirect}},
		{"en", "The plan, said Anna Berg, would cut costs by a third.", want{"Anna Berg", "The plan, said Anna Berg, would cut", kent.QuoteIndirect}},
		{"de", "Lukas Weber sprach am Montag. Das sei, sagte er, ein großer Fehler.", want{"Lukas Weber", "Das sei, sagte er, ein großer Fehler", kent.QuoteIndirect}},
		{"de", "Die Reform sei, sagte Lukas Weber, ein großer Fehler.", want{"Lukas Weber", "Die Reform sei, sagte Lukas Weber, ein großer Fehler", kent.QuoteIndirect}},
		{"pl", "Ten plan, powiedział Tomasz Kowalski, obniży koszty o jedną trzecią.", want{"Tomasz Kowalski", "Ten plan, powiedział", kent.QuoteIndirect}},
		{"ru", "Этот план, сказал Иван Петров, сократит расходы на треть.", want{"Иван Петров", "Этот план, сказал", kent.QuoteIndirect}},
		{"uk", "Цей план, сказав Андрій Коваль, скоротить витрати на третину.", want{"Андрій Коваль", "Цей план, сказав", kent.QuoteIndirect}},
		{"sv", "Planen, sade Lena Berg, skulle sänka kostnaderna med en tredjedel.", want{"Lena Berg", "Planen, sade Lena Berg, skulle", kent.QuoteIndirect}},
	})
	qs := check(t, "en", "Belarus is unlikely to attack, officials said on Tuesday.",
		want{"officials", "Belarus is unlikely to attack", kent.QuoteIndirect})
	for _, q := range qs {
		if q.Text != "Belarus is unlikely to attack" {
			t.Errorf("en: a trailing frame's content runs on: %q", q.Text)
		}
	}
}

// Reporting cues of several words are lexicon data like single verbs:
// "made clear", "brachte zum Ausdruck", "wyraził nadzieję", "выразил
// уверенность", "звернув увагу", "lyfte fram".
func TestMultiwordCues(t *testing.T) {
	checkAll(t, []langCase{
		{"en", "Anna Berg made clear that the bank would not cut rates in June.", want{"Anna Berg", "the bank would not cut", kent.QuoteIndirect}},
		{"en", "Anna Berg went on to say that the bank would not cut rates in June.", want{"Anna Berg", "the bank would not cut", kent.QuoteIndirect}},
		{"de", "Lukas Weber brachte zum Ausdruck, dass die Bank die Zinsen nicht senken werde.", want{"Lukas Weber", "die Bank die Zinsen", kent.QuoteIndirect}},
		{"de", "Lukas Weber machte deutlich, dass die Bank die Zinsen nicht senken werde.", want{"Lukas Weber", "die Bank die Zinsen", kent.QuoteIndirect}},
		{"pl", "Anna Nowak wyraziła nadzieję, że bank nie obniży stóp w czerwcu.", want{"Anna Nowak", "bank nie obniży", kent.QuoteIndirect}},
		{"pl", "Tomasz Kowalski zwrócił uwagę, że bank nie obniży stóp w czerwcu.", want{"Tomasz Kowalski", "bank nie obniży", kent.QuoteIndirect}},
		{"ru", "Иван Петров выразил уверенность, что банк не снизит ставку в июне.", want{"Иван Петров", "банк не снизит", kent.QuoteIndirect}},
		{"ru", "Иван Петров обратил внимание, что банк не снизит ставку в июне.", want{"Иван Петров", "банк не снизит", kent.QuoteIndirect}},
		{"uk", "Андрій Коваль звернув увагу, що банк не знизить ставку в червні.", want{"Андрій Коваль", "банк не знизить", kent.QuoteIndirect}},
		{"sv", "Lena Berg lyfte fram att banken inte sänker räntan i juni.", want{"Lena Berg", "banken inte sänker", kent.QuoteIndirect}},
	})
}

// A source cue's words are never part of the source's name ("Secondo
// CoinDesk" is CoinDesk), nor a name of their own ("Jak ostrzegła": the
// verb's ending stands for the latest speaker).
func TestSourceCueIsNoName(t *testing.T) {
	checkAll(t, []langCase{
		{"it", "Secondo CoinDesk, la probabilità di un ritiro ha toccato il livello record del 55%.", want{"CoinDesk", "la probabilità di un ritiro", kent.QuoteIndirect}},
		{"fr", "Selon S&P, les sanctions contre Moscou risquent d'être renforcées.", want{"S&P", "les sanctions contre Moscou", kent.QuoteIndirect}},
		{"pl", "Anna Nowak była ostrożna. Jak ostrzegła, niewypłacalność kraju jest nieuchronna.", want{"Anna Nowak", "niewypłacalność kraju", kent.QuoteIndirect}},
		{"es", "Según Moody's, la recesión es probable este año.", want{"Moody's", "la recesión es probable", kent.QuoteIndirect}},
		{"de", "Laut S&P ist ein Zahlungsausfall wahrscheinlich.", want{"S&P", "ist ein Zahlungsausfall", kent.QuoteIndirect}},
		{"sv", "Enligt S&P är en betalningsinställelse trolig.", want{"S&P", "är en betalningsinställelse", kent.QuoteIndirect}},
	})
	qs, _ := extractor.Extract(article("fr", "Selon S&P, les sanctions contre Moscou risquent d'être renforcées."))
	for _, q := range qs {
		if q.Speaker != nil && q.Speaker.Kind != kent.SpeakerOrganisation {
			t.Errorf("fr: S&P is a %s", q.Speaker.Kind)
		}
	}
}
