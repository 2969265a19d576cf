package question_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// Winning in the first round of a two-round election is a part of
// winning (lexicon first-round, narrows: [win]): that it is unlikely is
// shown apart, in every language; the second round's chances are the
// question's, even when the sentence before named the first.
func TestFirstRoundIsAPartOfWinning(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Erdogan win the 2023 presidential election?")
	may := time.Date(2023, 5, 2, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"en", "Analyst Anna Smith said Erdogan is unlikely to win in the first round."},
		{"de", "Der Politologe Max Weber hält einen Sieg Erdogans im ersten Wahlgang für unwahrscheinlich."},
		{"fr", "Selon le politologue Paul Martin, Erdogan a peu de chances de gagner dès le premier tour."},
		{"pl", "Analityk Jan Kowalski uważa, że Erdogan raczej nie wygra w pierwszej turze."},
		{"ru", "Политолог Иван Петров считает, что Эрдоган вряд ли победит в первом туре."},
		{"uk", "Політолог Іван Петренко вважає, що Ердоган навряд чи переможе в першому турі."},
		{"sv", "Statsvetaren Per Olsson bedömer att det är osannolikt att Erdogan vinner i första omgången."},
	} {
		hits := judgements(t, p, c.lang, c.text, "f-"+c.lang, may)
		o := m.Outlook(q, hits, 1, question.Options{Now: may})
		if len(o.Contributions) != 0 || len(o.SetAside) != 1 || !strings.Contains(o.SetAside[0].Reason, "first-round, a part of win") {
			t.Errorf("%s: pooled %+v, set aside %+v; want shown apart as a part of winning", c.lang, o.Contributions, o.SetAside)
		}
	}
	hits := judgements(t, p, "uk", "Експерт Андрій Ткаченко вважає, що Ердоган навряд чи переможе в першому турі. За його словами, у другому турі шанси Ердогана на перемогу становлять близько 50 відсотків.", "f-uk2", may)
	o := m.Outlook(q, hits, 1, question.Options{Now: may})
	if len(o.Contributions) != 1 || !strings.Contains(o.Contributions[0].Cue, "50") {
		t.Errorf("the second round's chances: pooled %+v, set aside %+v; want the 50%% pooled", o.Contributions, o.SetAside)
	}
}
