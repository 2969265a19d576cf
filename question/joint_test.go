package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// "Will Russia and Ukraine sign a peace deal?": subject and object are
// joined by "and" before the verb, so a judgement that names either party
// is on the question; one on joining "the EU and NATO" is not joint.
func TestJointPartiesEitherNamed(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Russia and Ukraine sign a peace deal in 2023?")
	if !q.Joint {
		t.Fatalf("%+v: want a joint question", q)
	}
	mar := time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"en", "Analyst Anna Smith said Ukraine is unlikely to sign a peace deal this year."},
		{"de", "Der Politologe Max Weber hält ein Friedensabkommen mit der Ukraine in diesem Jahr für unwahrscheinlich."},
		{"pl", "Analityk Jan Kowalski uważa, że Ukraina raczej nie podpisze porozumienia pokojowego w tym roku."},
		{"ru", "Политолог Иван Петров считает, что Украина вряд ли подпишет мирное соглашение в этом году."},
		{"uk", "Політолог Іван Петренко вважає, що Україна навряд чи підпише мирну угоду цього року."},
		{"sv", "Statsvetaren Per Olsson bedömer att det är osannolikt att Ukraina skriver under ett fredsavtal i år."},
	} {
		hits := judgements(t, p, c.lang, c.text, "j-"+c.lang, mar)
		o := m.Outlook(q, hits, 1, question.Options{Now: mar})
		if len(o.Contributions) != 1 || o.Direction != "against" {
			t.Errorf("%s: pooled %+v, set aside %+v; want the judgement on Ukraine pooled against", c.lang, o.Contributions, o.SetAside)
		}
	}
	for _, text := range []string{"Will Ukraine join the EU and NATO by 2030?", "Will Finland join NATO by 2023?"} {
		if q := understand(t, m, text); q.Joint {
			t.Errorf("%q read as a joint event", text)
		}
	}
}
