package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// pooledOne checks that each invented sentence is one pooled judgement with
// the wanted direction on question qt.
func pooledOne(t *testing.T, qt string, now time.Time, cases []struct{ lang, text, dir string }) {
	t.Helper()
	m, p, _ := setup(t)
	q := understand(t, m, qt)
	for _, c := range cases {
		hits := judgements(t, p, c.lang, c.text, "f30-"+c.lang, now)
		o := m.Outlook(q, hits, 1, question.Options{Now: now})
		if len(o.Contributions) != 1 || o.Direction != c.dir {
			t.Errorf("%s %q: pooled %+v, direction %q, set aside %+v; want one judgement %s", c.lang, c.text, o.Contributions, o.Direction, o.SetAside, c.dir)
		}
	}
}

// Delivering weapons is a family of its own (deliver, liefern, dostarczyć,
// поставить, передати, leverera, livrer): a question on it finds it, the
// recipient is its object, and judgements that the subject will or will
// not deliver are for or against, in every language.
func TestDeliveringWeaponsIsAFamily(t *testing.T) {
	m, _, _ := setup(t)
	for _, qt := range []string{
		"Will Italy deliver long-range missiles to Ukraine this year?",
		"Wird Italien noch in diesem Jahr Marschflugkörper an die Ukraine liefern?",
		"Czy Włochy dostarczą Ukrainie pociski dalekiego zasięgu w tym roku?",
		"Поставит ли Италия Украине ракеты в этом году?",
		"Чи передасть Італія Україні ракети цього року?",
	} {
		q := understand(t, m, qt)
		if q.Family != "deliver" || q.Subject == nil || q.Subject.Key != "IT" || q.Object == nil || q.Object.Key != "UA" || q.Negated {
			t.Errorf("%q: family %q, subject %+v, object %+v, negated %v; want Italy delivers to Ukraine", qt, q.Family, q.Subject, q.Object, q.Negated)
		}
	}
	pooledOne(t, "Will Italy deliver long-range missiles to Ukraine this year?", time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC), []struct{ lang, text, dir string }{
		{"en", "Analyst Anna Smith said Italy is unlikely to send long-range missiles to Ukraine.", "against"},
		{"de", "Der Politologe Max Weber hält es für wahrscheinlich, dass Italien der Ukraine Marschflugkörper liefert.", "for"},
		{"pl", "Analityk Jan Kowalski uważa, że Włochy raczej nie dostarczą Ukrainie rakiet.", "against"},
		{"ru", "Политолог Иван Петров считает, что Италия, вероятно, передаст Украине ракеты.", "for"},
		{"uk", "Політолог Іван Петренко вважає, що поставки італійських ракет Україні малоймовірні.", "against"},
		{"sv", "Statsvetaren Per Olsson bedömer att Italien sannolikt kommer att leverera robotar till Ukraina.", "for"},
	})
}

// A government shutdown is a family of its own (shutdown, Stillstand der
// Regierung, zamknięcie rządu, шатдаун, nedstängning, hallinnon sulku),
// and funding the government in time (a stopgap, a budget passed) its
// opposite. A question's clause of cause ("because Congress fails to pass
// funding") gives neither its subject nor its event, and a question's
// "US" is the United States.
func TestGovernmentShutdownIsAFamily(t *testing.T) {
	m, _, _ := setup(t)
	for _, qt := range []string{
		"Will the US government shut down in October because Congress fails to pass funding in time?",
		"Will the United States government shut down in October?",
		"Czy w październiku dojdzie do zamknięcia rządu USA, ponieważ Kongres nie uchwali budżetu?",
		"Наступит ли в октябре шатдаун правительства США?",
		"Kommer USA:s statsapparat att stängas ned i oktober?",
	} {
		q := understand(t, m, qt)
		if q.Family != "shutdown" || q.Subject == nil || q.Subject.Key != "US" || q.Negated {
			t.Errorf("%q: family %q, subject %+v, negated %v; want the US shutting down", qt, q.Family, q.Subject, q.Negated)
		}
	}
	pooledOne(t, "Will the US government shut down in October?", time.Date(2025, 9, 20, 0, 0, 0, 0, time.UTC), []struct{ lang, text, dir string }{
		{"en", "Analyst Anna Smith said a shutdown of the United States government in October is likely.", "for"},
		{"de", "Der Politologe Max Weber hält einen Shutdown der amerikanischen Regierung im Oktober für sehr wahrscheinlich.", "for"},
		{"pl", "Analityk Jan Kowalski uważa, że zamknięcie rządu USA w październiku jest mało prawdopodobne.", "against"},
		{"ru", "Политолог Иван Петров считает, что шатдаун правительства США в октябре весьма вероятен.", "for"},
		{"uk", "Політолог Іван Петренко вважає, що Конгрес США, ймовірно, вчасно ухвалить тимчасовий бюджет.", "against"},
		{"fi", "Tutkija Matti Virtanen arvioi, että Yhdysvaltain hallinnon sulku on todennäköinen.", "for"},
	})
}

// A question ABOUT a veto has its own family: "Will Slovakia block the
// start of accession talks with Moldova?" asks whether Slovakia vetoes
// (not whether Slovakia joins), and a judgement that Slovakia will block
// them is for, one that it will not use its veto or will leave the room
// against. Of a question on the membership itself, a veto still
// turns it: Slovakia vetoing Moldova's accession is against Moldova
// joining. A veto of the subject's own family's event with no other place
// named stays that family, negated ("Wird Ungarn das Sanktionspaket
// blockieren?").
func TestAVetoAskedAboutIsAFamily(t *testing.T) {
	m, _, _ := setup(t)
	for _, qt := range []string{
		"Will Slovakia block the start of EU accession talks with Moldova this year?",
		"Wird die Slowakei in diesem Jahr die Beitrittsverhandlungen mit Moldau per Veto blockieren?",
		"Czy Słowacja zawetuje w tym roku otwarcie negocjacji akcesyjnych z Mołdawią?",
		"Заблокирует ли Словакия в этом году переговоры о вступлении Молдавии в ЕС?",
		"La Slovaquie mettra-t-elle son veto aux négociations d'adhésion avec la Moldavie cette année ?",
	} {
		q := understand(t, m, qt)
		if q.Family != "veto" || q.Subject == nil || q.Subject.Key != "SK" || q.Negated {
			t.Errorf("%q: family %q, subject %+v, negated %v; want Slovakia vetoing", qt, q.Family, q.Subject, q.Negated)
		}
	}
	if q := understand(t, m, "Wird Ungarn das Sanktionspaket blockieren?"); q.Family != "sanction" || !q.Negated {
		t.Errorf("a veto of the sanctions: family %q, negated %v; want sanction, negated", q.Family, q.Negated)
	}
	now := time.Date(2024, 11, 4, 0, 0, 0, 0, time.UTC)
	pooledOne(t, "Will Slovakia block the start of EU accession talks with Moldova this year?", now, []struct{ lang, text, dir string }{
		{"en", "Analyst Anna Smith said Slovakia is likely to block the talks with Moldova.", "for"},
		{"en", "Analyst Anna Smith said Slovakia is unlikely to use its veto against Moldova.", "against"},
		{"de", "Der Politologe Max Weber hält es für wahrscheinlich, dass die Slowakei die Verhandlungen mit Moldau blockiert.", "for"},
		{"pl", "Analityk Jan Kowalski uważa, że Słowacja raczej nie zawetuje rozmów z Mołdawią.", "against"},
		{"uk", "Політолог Іван Петренко вважає, що Словаччина, ймовірно, заблокує переговори з Молдовою.", "for"},
		{"fr", "Selon le politologue Paul Martin, il est peu probable que la Slovaquie bloque les négociations avec la Moldavie.", "against"},
	})
	pooledOne(t, "Will Moldova join the EU by 2030?", now, []struct{ lang, text, dir string }{
		{"en", "Analyst Anna Smith said Slovakia is likely to veto Moldova's accession to the EU.", "against"},
	})
}
