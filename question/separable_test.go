package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/pipeline"
	"github.com/kentnews/kent/question"
)

// dirCase is a sentence in a language and the direction the outlook on it
// alone must take.
type dirCase struct{ lang, text, dir string }

// wantDirection checks that each sentence alone gives an outlook on q in
// its direction, of exactly one pooled judgement when one is set (else at
// least one).
func wantDirection(t *testing.T, m *question.Matcher, p *pipeline.Processor, q question.Question, day time.Time, one bool, cases []dirCase) {
	t.Helper()
	for _, c := range cases {
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "k-"+c.lang, day), 1, question.Options{Now: day})
		n := len(o.Contributions)
		if n == 0 || one && n != 1 || o.Direction != c.dir {
			t.Errorf("%s %q: pooled %+v, direction %q, set aside %+v; want %s", c.lang, c.text, o.Contributions, o.Direction, o.SetAside, c.dir)
		}
	}
}

// A German or Dutch verb whose particle the sentence splits off ("tritt …
// bei", "marschiert … ein", "treedt … toe") is the event verb the lexicon
// knows whole: the judgement is about the question's event. The sentences
// are written for this test.
func TestSeparableVerbJoinsItsParticle(t *testing.T) {
	m, p, _ := setup(t)
	day := time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		question string
		dirCase
	}{
		{"Will Sweden join NATO in 2023?", dirCase{"de", "Schweden tritt der Nato wahrscheinlich noch in diesem Jahr bei, sagte der Analyst Hans Müller.", "for"}},
		{"Will Sweden join NATO in 2023?", dirCase{"nl", "Zweden treedt volgens analist Jan de Vries waarschijnlijk dit jaar toe tot de NAVO.", "for"}},
		{"Will Russia invade Ukraine in 2023?", dirCase{"de", "Russland marschiert nach Einschätzung des Experten Karl Weber kaum in die Ukraine ein.", "against"}},
		{"Will Olaf Scholz resign in 2023?", dirCase{"de", "Scholz tritt nach Ansicht der Politologin Anna Berg wahrscheinlich nicht zurück.", "against"}},
	} {
		wantDirection(t, m, p, understand(t, m, c.question), day, true, []dirCase{c.dirCase})
	}
}

// "X considers it unlikely that …" judges the clause after "that", not
// the verb of considering, in every language that says it so. The
// sentences are written for this test.
func TestConsiderItLikelyThat(t *testing.T) {
	m, p, _ := setup(t)
	day := time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC)
	q := understand(t, m, "Will Sweden join NATO in 2023?")
	wantDirection(t, m, p, q, day, true, []dirCase{
		{"en", "The analyst John Carter considers it unlikely that Sweden will join NATO this year.", "against"},
		{"de", "Die Politologin Anna Berg hält es für unwahrscheinlich, dass Schweden dem Bündnis noch in diesem Jahr beitritt.", "against"},
		{"pl", "Analityk Jan Nowak uznaje za mało prawdopodobne, że Szwecja wstąpi do NATO w tym roku.", "against"},
		{"pl", "Analityk Jan Nowak uważa za mało prawdopodobne, by Szwecja wstąpiła do NATO w tym roku.", "against"},
		{"ru", "Аналитик Иван Смирнов считает маловероятным, что Швеция вступит в НАТО в этом году.", "against"},
		{"uk", "Аналітик Іван Коваленко вважає малоймовірним, що Швеція вступить до НАТО цього року.", "against"},
		{"sv", "Forskaren Karin Ek håller det för troligt att Sverige går med i Nato i år.", "for"},
		{"fi", "Tutkija Matti Virtanen pitää epätodennäköisenä, että Ruotsi liittyy Natoon tänä vuonna.", "against"},
	})
}

// Becoming the office ("стане президенткою", "be
// the next French president", "omväljas") is winning it, in the word
// order a question puts it. The questions are written for this test.
func TestBecomingTheOfficeIsWinning(t *testing.T) {
	m, _, _ := setup(t)
	for _, text := range []string{
		"Чи стане Ле Пен президенткою Франції?",
		"Will Le Pen be the next French president?",
		"Kommer Macron att omväljas?",
		"Czy Le Pen zostanie prezydentem Francji?",
		"Станет ли Ле Пен президентом Франции?",
	} {
		q, err := m.Understand(question.Question{Text: text})
		if err != nil || q.Family != "win" || q.Subject == nil || q.Subject.Kind != "person" {
			t.Errorf("%q: %+v %v; want a person winning", text, q, err)
		}
	}
}

// Starting or waging a war, or opening a second front, is entering it for
// a party not yet at war: a judgement that Hezbollah is unlikely to launch
// a war bears on whether it enters one. The sentences are written for this
// test.
func TestLaunchingAWarIsEnteringIt(t *testing.T) {
	m, p, _ := setup(t)
	day := time.Date(2023, 10, 20, 0, 0, 0, 0, time.UTC)
	q := understand(t, m, "Will Hezbollah enter the war against Israel?")
	wantDirection(t, m, p, q, day, true, []dirCase{
		{"en", "Hezbollah is unlikely to launch a full-scale war against Israel, said the analyst Maha Haddad.", "against"},
		{"de", "Der Experte Guido Stein hält einen Kriegseintritt der Hisbollah für wenig wahrscheinlich.", "against"},
		{"pl", "Analityk Jan Nowak uważa, że Hezbollah raczej nie rozpocznie wojny z Izraelem.", "against"},
		{"ru", "Аналитик Иван Смирнов считает, что «Хезболла» вряд ли начнет войну с Израилем.", "against"},
		{"uk", "Аналітик Іван Коваленко вважає, що «Хезболла» навряд чи почне війну з Ізраїлем.", "against"},
		{"sv", "Analytikern Karin Ek bedömer att Hizbollah sannolikt kommer att öppna en andra front mot Israel.", "for"},
	})
}

// Leaving one's post, office or position is resigning in every language
// that says it so ("lämna posten", "opuścić stanowisko", "den Posten
// räumen", "покинути посаду"). The sentences are written for this test.
func TestLeavingThePostIsResigning(t *testing.T) {
	m, p, _ := setup(t)
	day := time.Date(2024, 5, 12, 0, 0, 0, 0, time.UTC)
	q := understand(t, m, "Will Erik Sandberg resign as prime minister in 2024?")
	wantDirection(t, m, p, q, day, true, []dirCase{
		{"sv", "Statsvetaren Maria Berg bedömer att det är osannolikt att Erik Sandberg lämnar posten i år.", "against"},
		{"pl", "Politolog Jan Nowak uważa, że Erik Sandberg raczej nie opuści stanowiska w tym roku.", "against"},
		{"de", "Der Politologe Hans Weber hält es für wahrscheinlich, dass Erik Sandberg noch in diesem Jahr ihren Posten räumen wird.", "for"},
		{"uk", "Політолог Іван Коваленко вважає, що Ерік Сандберг навряд чи покине посаду цього року.", "against"},
		{"ru", "Политолог Иван Смирнов считает, что Эрик Сандберг вряд ли оставит пост в этом году.", "against"},
	})
}
