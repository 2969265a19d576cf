package question_test

import (
	"testing"
	"time"
)

// A noun that stands for the event the title names ("this scenario",
// "этот сценарий", "ce scénario", "dieses Szenario", "ten scenariusz")
// and that the cue judges is about that event, however the parse hangs
// the sentence: with a verb that only says it stays so, or one of
// judging whose object it is.
func TestAnaphorNounJudged(t *testing.T) {
	m, p, _ := setup(t)
	// Said within every question's window: one said after it had passed
	// is about a later time (TestSaidAfterTheBound).
	at := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct{ question, lang, title, text, words string }{
		{"Will Joe Biden withdraw from the 2024 US presidential race?", "ru", "Байден может выйти из гонки", "По словам эксперта, многие спонсоры всё ещё поддерживают Байдена. «Я продолжаю считать, что этот сценарий остаётся чрезвычайно маловероятным», – заявил Дудаков.", "сценарий"},
		{"Will Ukraine join the EU by 2030?", "fr", "L'adhésion de l'Ukraine à l'UE dès 2027 ?", "Le plan de paix américain le prévoit. À Bruxelles, beaucoup de diplomates jugent ce scénario irréaliste.", "scénario"},
		{"Will Ukraine join the EU by 2030?", "de", "Beitritt der Ukraine zur EU schon 2027?", "Der amerikanische Plan sieht das vor. In Brüssel halten viele Diplomaten dieses Szenario für unrealistisch.", "Szenario"},
		{"Will Ukraine join the EU by 2030?", "pl", "Członkostwo Ukrainy w UE już w 2027 roku?", "Amerykański plan to przewiduje. W Brukseli wielu dyplomatów uważa ten scenariusz za mało prawdopodobny.", "scenariusz"},
	}
	for _, c := range cases {
		q := understand(t, m, c.question)
		hits := titled(t, p, c.lang, c.title, c.text, at)
		if _, r := find(t, m, q, hits, c.words); !r.About {
			t.Errorf("%s: %q not taken as about the title's event: %+v", c.lang, c.text, r)
		}
	}
}
