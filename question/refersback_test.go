package question_test

import (
	"strings"
	"testing"
	"time"
)

// A judgement whose clause only refers back — by a pronoun that opens it
// ("This now seems very unlikely", "Das halten … für unwahrscheinlich",
// "Это … маловероятным"), even in a new paragraph — is about the event the
// sentence before named; so is a short clause after the event in its own
// sentence ("…, against only 30 percent a week ago").
func TestPropositionRefersBack(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Russia default on its foreign debt in 2022?")
	at := time.Date(2022, 3, 10, 0, 0, 0, 0, time.UTC)
	cases := []struct{ lang, text, cue string }{
		{"en", "Russia may soon default on its foreign debt, some traders fear.\n\nThis now seems very unlikely, the economist Anna Berg said.", "unlikely"},
		{"de", "Russland könnte bald zahlungsunfähig werden, fürchten manche Händler.\n\nDas halten die meisten Ökonomen aber für sehr unwahrscheinlich.", "unwahrscheinlich"},
		{"pl", "Rosja może wkrótce stać się niewypłacalna, obawiają się niektórzy inwestorzy.\n\nTo jednak zdaniem większości ekonomistów bardzo mało prawdopodobne.", "prawdopodobne"},
		{"ru", "Россия может вскоре объявить дефолт, опасаются некоторые инвесторы.\n\nЭто сейчас кажется большинству экономистов очень маловероятным.", "маловероятным"},
		{"uk", "Росія може незабаром оголосити дефолт, побоюються деякі інвестори.\n\nЦе зараз здається більшості економістів дуже малоймовірним.", "малоймовірним"},
		{"sv", "Ryssland kan snart ställa in betalningarna, befarar vissa placerare.\n\nDet bedömer de flesta ekonomer dock som mycket osannolikt.", "osannolikt"},
		{"en", "Traders now put the chance that Russia will default at 70 percent, against only 30 percent a week ago.", "30 percent"},
		{"fr", "Les marchés voient désormais une probabilité de 70 % que la Russie fasse défaut de paiement, contre seulement 30 % deux jours plus tôt.", "30 %"},
	}
	for _, c := range cases {
		hits := judgements(t, p, c.lang, c.text, "back-"+c.lang, at)
		rel := m.Relevances(q, hits)
		found := false
		for i, h := range hits {
			if !strings.Contains(h.Cue, c.cue) && !strings.Contains(c.cue, h.Cue) {
				continue
			}
			found = true
			if !rel[i].About {
				t.Errorf("%s: %q (proposition %q, events %v) is not taken as about a default: %+v", c.lang, h.Cue, h.Proposition.Text, h.Proposition.Events, rel[i])
			}
		}
		if !found {
			t.Errorf("%s: no judgement at %q; got %+v", c.lang, c.cue, hits)
		}
	}
}

// A nominal proposition on the question's event that names no subject is
// about the subject its article is on, and the article may say so without
// naming it: by being in the subject country's own language with no other
// country in its title ("Neuwahlen im Frühjahr?" in German news), by naming
// the country a central bank serves ("Japan: …" of the Bank of Japan), or
// by the name the question gives where its event happens ("a Gaza
// ceasefire": "w Strefie Gazy").
func TestTopicWithoutTheSubjectsName(t *testing.T) {
	m, p, _ := setup(t)
	// Before every question's bound: one said after it had passed is
	// about a later time (TestSaidAfterTheBound).
	at := time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		question, lang, title, text, words string
		about                              bool
	}{
		{"Will Germany hold an early federal election before September 2025?", "de", "Neuwahlen im Frühjahr?", "Die Politikwissenschaftlerin Anna Berg hält vorgezogene Neuwahlen für relativ unwahrscheinlich.", "Neuwahlen", true},
		{"Will Germany hold an early federal election before September 2025?", "de", "Neuwahlen in Österreich?", "Die Politikwissenschaftlerin Anna Berg hält vorgezogene Neuwahlen für relativ unwahrscheinlich.", "Neuwahlen", false},
		{"Will Poland hold an early parliamentary election in 2025?", "pl", "Przedterminowe wybory jesienią?", "Politolog Jan Nowak uważa, że przedterminowe wybory są mało prawdopodobne.", "wybory", true},
		{"Will the Bank of Japan raise interest rates by April 2024?", "en", "Japan: an end to negative rates in sight", "An end to negative rates in April is likely, the economist Anna Berg said.", "negative rates", true},
		{"Will Israel and Hamas agree a Gaza ceasefire before March 2025?", "en", "Gaza truce talks: what is still open", "A ceasefire agreement is likely within days, the analyst Anna Berg said.", "ceasefire", true},
		{"Will Sweden hold an early election in 2025?", "sv", "Extraval i vår?", "Statsvetaren Anna Berg bedömer att ett extraval är mycket osannolikt.", "extraval", true},
		{"Will Israel and Hamas agree a Gaza ceasefire before March 2025?", "pl", "Rozejm w Strefie Gazy coraz bliżej", "Porozumienie o zawieszeniu broni jest na wyciągnięcie ręki, uważa analityk Jan Nowak.", "Porozumienie", true},
	}
	for _, c := range cases {
		q := understand(t, m, c.question)
		hits := titled(t, p, c.lang, c.title, c.text, at)
		if _, r := find(t, m, q, hits, c.words); r.About != c.about {
			t.Errorf("%s: %q under the title %q of %q: about %v, want %v (%+v)", c.lang, c.text, c.title, c.question, r.About, c.about, r)
		}
	}
}

// A verb of entering takes the event its clause names: "will not enter a
// recession", "nie wejdziemy w recesję" judge a recession, not an entry.
func TestEnteringTheEvent(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Germany's economy shrink over the year 2023 (a recession year)?")
	at := time.Date(2023, 2, 10, 0, 0, 0, 0, time.UTC)
	cases := []struct{ lang, text, words string }{
		{"en", "Chancellor Olaf Scholz said: \"I am absolutely convinced that Germany will not enter a recession.\"", "recession"},
		{"de", "Deutschland wird wohl nicht in eine Rezession eintreten, sagte Bundeskanzler Olaf Scholz.", "Rezession"},
		{"pl", "Kanclerz Olaf Scholz powiedział: „Niemcy raczej nie wejdą w recesję”.", "recesję"},
		{"ru", "Канцлер Олаф Шольц заявил: «Я абсолютно убежден, что Германия вряд ли войдет в рецессию».", "рецессию"},
		{"uk", "Канцлер Олаф Шольц заявив: «Я абсолютно переконаний, що Німеччина навряд чи увійде в рецесію».", "рецесію"},
		{"sv", "Förbundskansler Olaf Scholz sade: ”Tyskland kommer sannolikt inte att gå in i en recession.”", "recession"},
	}
	for _, c := range cases {
		hits := judgements(t, p, c.lang, c.text, "enter-"+c.lang, at)
		if _, r := find(t, m, q, hits, c.words); !r.About {
			t.Errorf("%s: %q is not taken as about a recession: %+v", c.lang, c.text, r)
		}
	}
}

// A number that counts the event ("two rate cuts", "dos recortes", "drei
// Zinssenkungen") makes a judgement on how many there will be, set aside
// with that reason; the same sentence on a cut itself is pooled.
func TestCountedEventsSetAside(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the ECB cut its key interest rates by June 2024?")
	at := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)
	cases := []struct{ lang, count, one, words string }{
		{"en", "The ECB will probably deliver three rate cuts this year, economist Anna Berg said.", "The ECB will probably cut rates in June, economist Anna Berg said.", "ECB"},
		{"de", "Die EZB wird in diesem Jahr wahrscheinlich drei Zinssenkungen vornehmen, sagte die Ökonomin Anna Schmidt.", "Die EZB wird im Juni wahrscheinlich eine Zinssenkung vornehmen, sagte die Ökonomin Anna Schmidt.", "EZB"},
		{"es", "El BCE probablemente aplicará tres recortes de tipos este año, según la economista Ana García.", "El BCE probablemente aplicará un recorte de tipos en junio, según la economista Ana García.", "BCE"},
		{"pl", "EBC prawdopodobnie przeprowadzi w tym roku trzy obniżki stóp, uważa ekonomistka Anna Nowak.", "EBC prawdopodobnie przeprowadzi w czerwcu obniżkę stóp, uważa ekonomistka Anna Nowak.", "EBC"},
		{"ru", "ЕЦБ вероятно проведет в этом году три снижения ставки, считает экономист Анна Иванова.", "ЕЦБ вероятно проведет в июне снижение ставки, считает экономист Анна Иванова.", "ЕЦБ"},
		{"uk", "ЄЦБ ймовірно проведе цього року три зниження ставки, вважає економістка Анна Петренко.", "ЄЦБ ймовірно проведе в червні зниження ставки, вважає економістка Анна Петренко.", "ЄЦБ"},
		{"sv", "ECB kommer sannolikt att genomföra tre räntesänkningar i år, säger ekonomen Anna Svensson.", "ECB kommer sannolikt att genomföra en räntesänkning i juni, säger ekonomen Anna Svensson.", "ECB"},
	}
	for _, c := range cases {
		hits := judgements(t, p, c.lang, c.count, "count-"+c.lang, at)
		if _, r := find(t, m, q, hits, c.words); r.About || !strings.Contains(r.Reason, "a number of them") {
			t.Errorf("%s: %q: %+v, want set aside as a number of cuts", c.lang, c.count, r)
		}
		hits = judgements(t, p, c.lang, c.one, "one-"+c.lang, at)
		if _, r := find(t, m, q, hits, c.words); !r.About {
			t.Errorf("%s: %q: %+v, want about a cut", c.lang, c.one, r)
		}
	}
}

// What a leader will do ("nobody knows what Sánchez will do", "никто не
// знает, что решит Санчес") is, of a question on a decision of theirs
// (resigning), that decision, held uncertain; of one on winning an
// election it is not.
func TestWhatTheSubjectWillDo(t *testing.T) {
	m, p, _ := setup(t)
	resign := understand(t, m, "Will Pedro Sánchez resign as Prime Minister of Spain in 2024?")
	win := understand(t, m, "Will Pedro Sánchez win the next Spanish general election?")
	at := time.Date(2024, 4, 26, 0, 0, 0, 0, time.UTC)
	cases := []struct{ lang, text, words string }{
		{"en", "It is unclear what Sánchez will decide on Monday, the analyst Anna Berg said.", "unclear"},
		{"es", "Nadie sabe qué hará Sánchez el lunes.", "Nadie"},
		{"it", "Nessuno sa cosa farà Sánchez lunedì.", "Nessuno"},
		{"de", "Es ist unklar, was Sánchez am Montag tun wird, sagte die Analystin Anna Berg.", "unklar"},
		{"pl", "Trudno powiedzieć, co zrobi Sánchez w poniedziałek.", "Trudno"},
		{"ru", "Трудно сказать, что решит Санчес в понедельник.", "Трудно"},
		{"uk", "Важко сказати, що вирішить Санчес у понеділок.", "Важко"},
		{"sv", "Det är oklart vad Sánchez tänker göra på måndag, säger analytikern Anna Berg.", "oklart"},
	}
	for _, c := range cases {
		hits := judgements(t, p, c.lang, c.text, "intent-"+c.lang, at)
		if _, r := find(t, m, resign, hits, c.words); !r.About {
			t.Errorf("%s: %q of a question on resigning: %+v, want about it", c.lang, c.text, r)
		}
		if _, r := find(t, m, win, hits, c.words); r.About {
			t.Errorf("%s: %q of a question on winning: %+v, want not about it", c.lang, c.text, r)
		}
	}
}
