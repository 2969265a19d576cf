package question_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/question"
)

// aboutIn processes a one-paragraph fixture in a language and reports
// whether any of its judgements bears on the question, with what each was
// read as (for the failure message).
func aboutIn(t *testing.T, m *question.Matcher, q question.Question, lang, title, text string) (bool, string) {
	t.Helper()
	_, p, _ := setup(t)
	a, err := p.Process(ingest.Doc{Source: "fixture", Format: kent.FormatText, Title: title, Text: title + "\n\n" + text, Language: lang,
		Published: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	hits := a.JudgementHits()
	var seen []string
	about := false
	for i, r := range m.Relevances(q, hits) {
		about = about || r.About && hits[i].Condition == ""
		h := "-"
		if hits[i].Holder != nil {
			h = hits[i].Holder.Name
		}
		seen = append(seen, fmt.Sprintf("%s: %q about=%v %s", h, hits[i].Proposition.Text, r.About, r.Reason))
	}
	return about, strings.Join(seen, "; ")
}

func understand(t *testing.T, m *question.Matcher, text string) question.Question {
	t.Helper()
	q, err := m.Understand(question.Question{Text: text})
	if err != nil {
		t.Fatalf("%q: %v", text, err)
	}
	return q
}

// A question that names its person with a title and a country keys the
// person by the surname, not by the last word of the title run; a family
// name written first (Korean, Chinese) is the surname.
func TestQuestionPersonAfterTitle(t *testing.T) {
	m, _, _ := setup(t)
	for _, c := range []struct{ text, name, also string }{
		{"Will South Korea's President Yoon Suk Yeol be removed from office by June?", "Yoon Suk Yeol", "Yoon"},
		{"Wird Südkoreas Präsident Yoon Suk Yeol bis Juni abgesetzt?", "Yoon Suk Yeol", "Yoons"},
		{"Czy prezydent Korei Południowej Yoon Suk Yeol zostanie odwołany?", "Yoon Suk Yeol", "Yoona"},
		{"Будет ли президент Южной Кореи Юн Сок Ёль отстранён от должности?", "Юн Сок Ёль", "Юна"},
		{"Le président sud-coréen Yoon Suk Yeol sera-t-il destitué avant juin ?", "Yoon Suk Yeol", "Yoon"},
		{"Il presidente Xi Jinping sarà rovesciato entro il 2030?", "Xi Jinping", "Xi"},
		{"Kommer premiärminister Pedro Sánchez att avgå i år?", "Pedro Sánchez", "Sánchez"},
	} {
		q := understand(t, m, c.text)
		if q.Subject == nil || q.Subject.Kind != "person" || q.Subject.Name != c.name {
			t.Errorf("%q: understood %s, want the person %s", c.text, m.Frame(q).Summary, c.name)
			continue
		}
		j := kent.Judgement{Proposition: kent.Proposition{Text: c.also + " ...", Events: []string{"ouster"}}}
		if !m.Relevance(q, j).Subject {
			t.Errorf("%q: %s (key %q) not found in %q", c.text, c.name, q.Subject.Key, c.also)
		}
	}
	// A one-consonant surname keeps its initial: Yoon is not "Ein" or "Una".
	q := understand(t, m, "Will President Yoon Suk Yeol be impeached?")
	for _, w := range []string{"Ein", "Una", "Un"} {
		if r := m.Resolve(w, "person"); r.Key == q.Subject.Key {
			t.Errorf("%q keyed like Yoon (%q)", w, r.Key)
		}
	}
}

// Two families a question joins by "and" are both asked: a judgement on
// either step bears on it. A family in another role (the deal restored is
// a nuclear one) is not asked.
func TestQuestionCoordinatedFamilies(t *testing.T) {
	m, _, _ := setup(t)
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Will President Yoon be impeached and removed from office by June?", []string{"impeach", "ouster"}},
		{"Will Israel and Hamas agree a ceasefire and a hostage deal before January?", []string{"ceasefire", "deal"}},
		{"Werden Israel und die Hamas eine Waffenruhe und ein Abkommen schließen?", []string{"ceasefire", "deal"}},
		{"Czy Izrael i Hamas zawrą rozejm i porozumienie przed styczniem?", []string{"ceasefire", "deal"}},
		{"Заключат ли Израиль и ХАМАС перемирие и сделку до января?", []string{"ceasefire", "deal"}},
		{"Israël et le Hamas concluront-ils un cessez-le-feu et un accord avant janvier ?", []string{"ceasefire", "deal"}},
		{"¿Firmarán Israel y Hamás un alto el fuego y un acuerdo antes de enero?", []string{"ceasefire", "deal"}},
		{"Kommer Israel och Hamas att enas om en vapenvila och ett avtal före januari?", []string{"ceasefire", "deal"}},
	} {
		q := understand(t, m, c.text)
		for _, f := range c.want {
			if !strings.Contains(" "+strings.Join(q.Concepts, " ")+" ", " "+f+" ") {
				t.Errorf("%q: asks %v, want %s among them", c.text, q.Concepts, f)
			}
		}
	}
	for text, not := range map[string]string{
		"Will Iran and the world powers restore the 2015 nuclear deal in 2022?": "nuclear",
		"Will Hungary ratify the accession protocol this year?":                 "membership",
	} {
		if q := understand(t, m, text); strings.Contains(strings.Join(q.Concepts, " "), not) {
			t.Errorf("%q: asks %v, want no %s", text, q.Concepts, not)
		}
	}
}

// A central bank is named by what it is and whose: "the Japanese central
// bank", "Japans Notenbank", "японский центробанк" are the Bank of Japan,
// and the country's name beside it names no other subject. Another
// country's central bank is not it.
func TestCentralBankByDescription(t *testing.T) {
	m, _, _ := setup(t)
	q := understand(t, m, "Will the Bank of Japan raise interest rates by April 2024?")
	for _, c := range []struct{ lang, text string }{
		{"en", "Economists said the Japanese central bank will probably raise rates in April."},
		{"de", "Ökonomen erwarten, dass Japans Notenbank im April die Zinsen anheben wird."},
		{"fr", "Selon les économistes, la banque centrale japonaise devrait relever les taux en avril."},
		{"ru", "По мнению экономистов, японский центробанк, вероятно, объявит повышение ставки в апреле."},
		{"pl", "Ekonomiści uważają, że japoński bank centralny prawdopodobnie ogłosi podwyżkę stóp w kwietniu."},
		{"es", "Los economistas creen que el banco central japonés probablemente anunciará una subida de tipos en abril."},
	} {
		if about, seen := aboutIn(t, m, q, c.lang, "Rates", c.text); !about {
			t.Errorf("%s %q: not about the Bank of Japan's hike: %s", c.lang, c.text, seen)
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Economists said the Russian central bank will probably raise rates in April."},
		{"de", "Ökonomen erwarten, dass die Schweizer Notenbank im April die Zinsen wahrscheinlich anheben wird."},
	} {
		if about, seen := aboutIn(t, m, q, c.lang, "Rates", c.text); about {
			t.Errorf("%s %q: read as the Bank of Japan's: %s", c.lang, c.text, seen)
		}
	}
}

// A question's person is also found by the office the question gives
// them: "the president", "der Präsident", "prezydent" in an article; not
// another country's president, nor a president named otherwise.
func TestOfficeNamesThePerson(t *testing.T) {
	m, _, _ := setup(t)
	q := understand(t, m, "Will South Korea's President Yoon Suk Yeol be removed from office by June 2025?")
	if q.Office != "president" {
		t.Fatalf("office %q, want president", q.Office)
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Analysts say the president will very likely be removed from office."},
		{"de", "Beobachter halten es für wahrscheinlich, dass der Präsident abgesetzt wird."},
		{"pl", "Zdaniem analityków prezydent zostanie najprawdopodobniej odwołany."},
		{"ru", "Аналитики считают, что президент скорее всего будет отстранён от должности."},
		{"fr", "Selon les analystes, le président sera probablement destitué."},
		{"it", "Secondo gli analisti, il presidente sarà probabilmente destituito."},
	} {
		if about, seen := aboutIn(t, m, q, c.lang, "Crisis", c.text); !about {
			t.Errorf("%s %q: not about the question's person: %s", c.lang, c.text, seen)
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Analysts say President Biden will very likely be removed from office."},
		{"de", "Beobachter halten es für wahrscheinlich, dass der französische Präsident abgesetzt wird."},
	} {
		if about, seen := aboutIn(t, m, q, c.lang, "Crisis", c.text); about {
			t.Errorf("%s %q: read as the question's person: %s", c.lang, c.text, seen)
		}
	}
}

// The holder's own name is not another subject: "According to Deutsche
// Bank, markets see …" in an article on the Bank of Japan judges the Bank
// of Japan's move, though "Deutsche" names a country.
func TestHolderIsNoOtherSubject(t *testing.T) {
	m, _, _ := setup(t)
	q := understand(t, m, "Will the Bank of Japan raise interest rates by April 2024?")
	for _, c := range []struct{ lang, title, text string }{
		{"en", "Bank of Japan nears the end of negative rates", "According to Deutsche Bank, markets see a 74 percent probability of an end to negative rates."},
		{"de", "Bank of Japan vor dem Ende der Negativzinsen", "Laut der Deutschen Bank liegt die Wahrscheinlichkeit für ein Ende der Negativzinsen bei 74 Prozent."},
		{"fr", "La Banque du Japon près de la fin des taux négatifs", "Selon la Deutsche Bank, les marchés voient une probabilité de 74 % pour la fin des taux négatifs."},
		{"ru", "Банк Японии близок к отмене отрицательных ставок", "По оценке Deutsche Bank, вероятность отмены отрицательных ставок составляет 74 процента."},
		{"sv", "Bank of Japan nära slut på minusräntan", "Enligt Deutsche Bank är sannolikheten för ett slut på minusräntan 74 procent."},
		{"pl", "Bank Japonii blisko końca ujemnych stóp", "Według Deutsche Bank rynki widzą 74 procent szans na koniec ujemnych stóp."},
	} {
		if about, seen := aboutIn(t, m, q, c.lang, c.title, c.text); !about {
			t.Errorf("%s %q: not about the Bank of Japan's hike: %s", c.lang, c.text, seen)
		}
	}
}

// A noun's complement says which event it is: an agreement on a ceasefire
// is a ceasefire, whatever the head noun ("un accord de cessez-le-feu",
// "porozumienie o zawieszeniu broni"); the subject of a verb that only says
// the event happens carries it ("a second attempt to impeach him is much
// more likely to succeed").
func TestNounComplementNamesTheEvent(t *testing.T) {
	m, _, _ := setup(t)
	q := understand(t, m, "Will Israel and Hamas agree a ceasefire in Gaza by January 2025?")
	for _, c := range []struct{ lang, text string }{
		{"en", "A ceasefire agreement between Israel and Hamas is likely, mediators say."},
		{"fr", "Un accord de cessez-le-feu entre Israël et le Hamas est probable, selon les médiateurs."},
		{"de", "Ein Abkommen über eine Waffenruhe zwischen Israel und der Hamas ist wahrscheinlich, sagen die Vermittler."},
		{"pl", "Porozumienie o zawieszeniu broni między Izraelem a Hamasem jest prawdopodobne – uważają mediatorzy."},
		{"es", "Un acuerdo de alto el fuego entre Israel y Hamás es probable, según los mediadores."},
		{"it", "Un accordo di cessate il fuoco tra Israele e Hamas è probabile, secondo i mediatori."},
		{"ru", "Соглашение о прекращении огня между Израилем и ХАМАС вероятно, считают посредники."},
	} {
		if about, seen := aboutIn(t, m, q, c.lang, "Gaza talks", c.text); !about {
			t.Errorf("%s %q: not about the ceasefire: %s", c.lang, c.text, seen)
		}
	}
	y := understand(t, m, "Will President Yoon Suk Yeol be impeached by June 2025?")
	if about, seen := aboutIn(t, m, y, "en", "Second vote", "A second attempt to impeach President Yoon Suk Yeol is much more likely to succeed than the first, analysts said."); !about {
		t.Errorf("the attempt to impeach: not about the impeachment: %s", seen)
	}
}

// Families are matched through their usual nominalisations and multiword
// forms in every language (lexicon data): ending negative rates is a rate
// rise; an early, fresh or "przyspieszone" election is a snap election.
func TestFamilyFormsInManyLanguages(t *testing.T) {
	m, _, _ := setup(t)
	hike := understand(t, m, "Will the Bank of Japan raise interest rates by April 2024?")
	snap := understand(t, m, "Will Germany hold an early federal election before September 2025?")
	for _, c := range []struct {
		q               question.Question
		lang, title, tx string
	}{
		{hike, "en", "Bank of Japan", "Economists expect the Bank of Japan to end negative rates in April."},
		{hike, "de", "Bank of Japan", "Ökonomen halten ein Ende der Negativzinsen der Bank of Japan im April für wahrscheinlich."},
		{hike, "fr", "Banque du Japon", "Les économistes jugent probable la fin des taux négatifs de la Banque du Japon en avril."},
		{hike, "ru", "Банк Японии", "Экономисты считают, что Банк Японии, вероятно, объявит отмену отрицательных ставок в апреле."},
		{hike, "pl", "Bank Japonii", "Ekonomiści uważają, że Bank Japonii prawdopodobnie ogłosi koniec ujemnych stóp w kwietniu."},
		{hike, "sv", "Bank of Japan", "Ekonomerna tror att Bank of Japan sannolikt meddelar ett slut på minusräntan i april."},
		{snap, "en", "Germany", "Analysts think a fresh election in Germany is likely this spring."},
		{snap, "pl", "Niemcy", "Przyspieszone wybory w Niemczech są bardzo prawdopodobne – uważają analitycy."},
		{snap, "fr", "Allemagne", "Selon les analystes, il est probable que des élections anticipées aient lieu en Allemagne."},
		{snap, "it", "Germania", "Secondo gli analisti, è probabile che la Germania vada a elezioni anticipate."},
		{snap, "es", "Alemania", "Según los analistas, es probable que Alemania celebre elecciones anticipadas."},
		{snap, "ru", "Германия", "Аналитики считают, что новые выборы в Германии, вероятно, пройдут весной."},
	} {
		if about, seen := aboutIn(t, m, c.q, c.lang, c.title, c.tx); !about {
			t.Errorf("%s %q: not about %s: %s", c.lang, c.tx, c.q.Family, seen)
		}
	}
}

// The headline carries the subject where the judgement's clause has none:
// a title naming the question's person by office ("South Korea's
// president faces impeachment") puts the article on that person.
func TestTitleOfficeCarriesTheSubject(t *testing.T) {
	m, _, _ := setup(t)
	q := understand(t, m, "Will South Korea's President Yoon Suk Yeol be impeached by June 2025?")
	for _, c := range []struct{ lang, title, text string }{
		{"en", "South Korea's president faces an impeachment vote", "Analysts say an impeachment is very likely."},
		{"de", "Südkoreas Präsident vor dem Amtsenthebungsverfahren", "Beobachter halten eine Amtsenthebung für sehr wahrscheinlich."},
		{"it", "Il presidente della Corea del Sud verso l'impeachment", "Secondo gli analisti, l'impeachment è molto probabile."},
		{"es", "El presidente de Corea del Sur, ante el juicio político", "Según los analistas, el juicio político es muy probable."},
		{"fr", "Le président sud-coréen menacé de destitution", "Selon les analystes, la destitution est très probable."},
		{"sv", "Sydkoreas president inför riksrätt", "Bedömare tror att presidenten sannolikt ställs inför riksrätt."},
	} {
		if about, seen := aboutIn(t, m, q, c.lang, c.title, c.text); !about {
			t.Errorf("%s %q: not about the question's person: %s", c.lang, c.title, seen)
		}
	}
	// Another country's president in the title is not the question's.
	if about, seen := aboutIn(t, m, q, "en", "The French president faces an impeachment vote", "Analysts say an impeachment is very likely."); about {
		t.Errorf("another president's impeachment read as the question's: %s", seen)
	}
}
