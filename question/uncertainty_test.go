package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// Saying one cannot tell ("hard to say whether", "trudno powiedzieć,
// czy", "трудно сказать", "важко сказати") is no estimate of even odds:
// it is pooled about even at a bare possibility's low weight in every
// language, so it cannot drag a question's firm voices to the middle.
func TestStatedUncertaintyWeighsLittle(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Ukraine join the European Union by 2030?"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "It is hard to say whether Ukraine will join the EU by 2030, analyst Anna Smith said."},
		{"de", "Es ist schwer zu sagen, ob die Ukraine bis 2030 der EU beitreten wird, sagte der Experte Max Weber."},
		{"pl", "Trudno powiedzieć, czy Ukraina wejdzie do UE do 2030 roku – powiedział ekspert Jan Nowak."},
		{"ru", "Трудно сказать, вступит ли Украина в ЕС до 2030 года, сказал эксперт Иван Петров."},
		{"uk", "Важко сказати, чи вступить Україна до ЄС до 2030 року, сказав експерт Олег Шевченко."},
		{"sv", "Det är svårt att säga om Ukraina går med i EU före 2030, säger analytikern Anna Berg."},
	} {
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "x", time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)), 1, question.Options{})
		if len(o.Contributions) != 1 || o.Contributions[0].Weight > 0.25 || o.Contributions[0].Band != "roughly_even" {
			t.Errorf("%s %q: want one voice about even at a possibility's weight (0.25), got %+v", c.lang, c.text, o.Contributions)
		}
	}
}
