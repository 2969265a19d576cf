package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// Of a question on an invitation to join an alliance, a judgement on the
// invitation bears on it though it names no alliance ("the allies will
// not issue an invitation"); in six languages.
func TestInvitationIsAStepOfMembership(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Georgia be invited to join NATO at the Bucharest summit?")
	if q.Family != "membership" || q.Object == nil || q.Object.Key != "NATO" {
		t.Fatalf("understood %s, want membership with NATO", m.Frame(q).Summary)
	}
	apr := time.Date(2008, 3, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text, dir string }{
		{"en", "Analyst Anna Smith said an invitation for Georgia is unlikely.", "against"},
		{"de", "Der Politologe Max Weber hält eine Einladung an Georgien für unwahrscheinlich.", "against"},
		{"pl", "Analityk Jan Kowalski uważa, że Gruzja raczej nie otrzyma zaproszenia.", "against"},
		{"ru", "Политолог Иван Петров считает, что Грузия вряд ли получит приглашение.", "against"},
		{"uk", "Політолог Іван Петренко вважає, що Грузія навряд чи отримає запрошення.", "against"},
		{"sv", "Statsvetaren Per Olsson bedömer att det är sannolikt att Georgien bjuds in.", "for"},
	} {
		hits := judgements(t, p, c.lang, c.text, "inv-"+c.lang, apr)
		o := m.Outlook(q, hits, 1, question.Options{Now: apr})
		if len(o.Contributions) != 1 || o.Direction != c.dir {
			t.Errorf("%s: pooled %+v, direction %q, set aside %+v; want one judgement %s", c.lang, o.Contributions, o.Direction, o.SetAside, c.dir)
		}
	}
}

// Of a question on a leader resigning, staying on in its common forms —
// leading the party into the next election, running again, staying at
// its head — is a judgement against; in seven languages.
func TestStayingOnIsAgainstResigning(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Olaf Scholz resign before the next election?")
	may := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"en", "Analyst Anna Smith said Olaf Scholz is likely to lead the SPD into the next election."},
		{"de", "Der Politologe Max Weber hält es für wahrscheinlich, dass Olaf Scholz die SPD in die nächste Wahl führt."},
		{"pl", "Analityk Jan Kowalski uważa, że Olaf Scholz prawdopodobnie poprowadzi SPD do wyborów."},
		{"ru", "Политолог Иван Петров считает, что Олаф Шольц, вероятно, останется во главе правительства."},
		{"uk", "Політолог Іван Петренко вважає, що Олаф Шольц, імовірно, залишиться на чолі уряду."},
		{"sv", "Statsvetaren Per Olsson bedömer att Olaf Scholz sannolikt ställer upp igen."},
		{"fi", "Tutkija Matti Virtanen arvioi, että Olaf Scholz todennäköisesti jatkaa puheenjohtajana."},
	} {
		hits := judgements(t, p, c.lang, c.text, "stay-"+c.lang, may)
		o := m.Outlook(q, hits, 1, question.Options{Now: may})
		if len(o.Contributions) != 1 || o.Direction != "against" {
			t.Errorf("%s: pooled %+v, direction %q, set aside %+v; want one judgement against", c.lang, o.Contributions, o.Direction, o.SetAside)
		}
	}
}

// A holder's denial that the event is planned ("there are no plans to
// send troops", "не планируется", "ei ole suunnitelmia") is a judgement
// against it, held by whoever denies it; in seven languages.
func TestDenialOfPlansIsAgainst(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Iran send troops to fight for Russia in the war against Ukraine?")
	jun := time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"en", "There are no plans to send Iranian troops to Russia, spokesman Ali Rezaei said on Monday."},
		{"de", "Es gibt keine Pläne, iranische Soldaten nach Russland zu schicken, sagte Sprecher Ali Rezaei."},
		{"pl", "Nie ma planów wysyłania irańskich żołnierzy do Rosji, powiedział rzecznik Ali Rezaei."},
		{"ru", "Отправка иранских военных в Россию не планируется, заявил представитель МИД Ирана Али Резаи."},
		{"uk", "Іран не планує відправляти своїх військових до Росії, заявив речник Алі Резаї."},
		{"sv", "Det finns inga planer på att skicka iranska soldater till Ryssland, sade talespersonen Ali Rezaei."},
		{"fi", "Iranilla ei ole suunnitelmia lähettää sotilaita Venäjälle, sanoi tiedottaja Ali Rezaei."},
	} {
		hits := judgements(t, p, c.lang, c.text, "plan-"+c.lang, jun)
		o := m.Outlook(q, hits, 1, question.Options{Now: jun})
		if len(o.Contributions) != 1 || o.Direction != "against" {
			t.Errorf("%s: pooled %+v, direction %q, set aside %+v; want one judgement against", c.lang, o.Contributions, o.Direction, o.SetAside)
		}
	}
}

// A verb of receiving in the perfective future with an event noun is a
// categorical forecast, as a future auxiliary is: "Грузия не получит
// приглашения", "Gruzja nie otrzyma zaproszenia" are against.
func TestReceivingIsACategoricalForecast(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Georgia be invited to join NATO at the Bucharest summit?")
	apr := time.Date(2008, 3, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"ru", "Посол Иван Петров заявил, что Грузия не получит приглашения в НАТО."},
		{"uk", "Посол Іван Петренко заявив, що Грузія не отримає запрошення до НАТО."},
		{"pl", "Ambasador Jan Kowalski powiedział, że Gruzja nie otrzyma zaproszenia do NATO."},
	} {
		hits := judgements(t, p, c.lang, c.text, "recv-"+c.lang, apr)
		o := m.Outlook(q, hits, 1, question.Options{Now: apr})
		if len(o.Contributions) != 1 || o.Direction != "against" || o.Contributions[0].Kind != "categorical" {
			t.Errorf("%s: pooled %+v, direction %q, set aside %+v; want one categorical judgement against", c.lang, o.Contributions, o.Direction, o.SetAside)
		}
	}
}

// Admitting that something is so ("признал, что", "визнав, що", "uznał,
// że", "recognised that") is no recognition: a clause it opens that
// points back ("это маловероятный сценарий") takes the event the sentence
// before names.
func TestAdmittingIsNoRecognition(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Georgia be invited to join NATO at the Bucharest summit?")
	apr := time.Date(2008, 3, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"ru", "Грузия надеется на приглашение в НАТО на саммите в Бухаресте. Посол Иван Петров признал, что сейчас это маловероятный сценарий."},
		{"uk", "Грузія сподівається на запрошення до НАТО на саміті в Бухаресті. Посол Іван Петренко визнав, що зараз це малоймовірний сценарій."},
		{"pl", "Gruzja zabiega o zaproszenie do NATO na szczycie w Bukareszcie. Ambasador Jan Kowalski uznał, że taki scenariusz jest mało prawdopodobny."},
		{"en", "Georgia hopes for an invitation to join NATO at the Bucharest summit. Ambassador John Smith recognised that this scenario is unlikely."},
	} {
		hits := judgements(t, p, c.lang, c.text, "adm-"+c.lang, apr)
		o := m.Outlook(q, hits, 1, question.Options{Now: apr})
		if len(o.Contributions) != 1 || o.Direction != "against" {
			t.Errorf("%s: pooled %+v, direction %q, set aside %+v; want one judgement against", c.lang, o.Contributions, o.Direction, o.SetAside)
		}
	}
}

// "His time is up" and its kin are resigning: a judgement that a
// leader's time is probably over is for the resignation. (The lexicon has
// the forms in pl, ru, uk and fi too; there a genitive surname or a belief
// verb without a hedge is not yet read as a judgement on the person.)
func TestTimeIsUpIsResigning(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Olaf Scholz resign before the next election?")
	may := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"en", "Analyst Anna Smith said Olaf Scholz's time is probably up."},
		{"de", "Der Politologe Max Weber glaubt, die Zeit von Olaf Scholz sei wohl abgelaufen."},
		{"sv", "Statsvetaren Per Olsson bedömer att Olaf Scholz tid sannolikt är ute."},
	} {
		hits := judgements(t, p, c.lang, c.text, "up-"+c.lang, may)
		o := m.Outlook(q, hits, 1, question.Options{Now: may})
		if len(o.Contributions) != 1 || o.Direction != "for" {
			t.Errorf("%s: pooled %+v, direction %q, set aside %+v; want one judgement for", c.lang, o.Contributions, o.Direction, o.SetAside)
		}
	}
}

// A country's adjective names it as the actor ("północnokoreańskich
// żołnierzy", "северокорейских военных", "північнокорейських військових"):
// a denial that its soldiers will be sent is against its war entry.
func TestCountryAdjectiveNamesTheActor(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will North Korea send troops to fight for Russia in the war against Ukraine?")
	aug := time.Date(2022, 8, 5, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"pl", "Nie ma planów wysyłania północnokoreańskich żołnierzy do Rosji, powiedział rzecznik Jan Kowalski."},
		{"ru", "Отправка северокорейских военных в Россию не планируется, заявил представитель Иван Петров."},
		{"uk", "Відправлення північнокорейських військових до Росії не планується, заявив речник Іван Петренко."},
	} {
		hits := judgements(t, p, c.lang, c.text, "adj-"+c.lang, aug)
		o := m.Outlook(q, hits, 1, question.Options{Now: aug})
		if len(o.Contributions) != 1 || o.Direction != "against" {
			t.Errorf("%s: pooled %+v, direction %q, set aside %+v; want one judgement against", c.lang, o.Contributions, o.Direction, o.SetAside)
		}
	}
}
