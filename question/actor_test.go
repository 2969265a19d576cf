package question_test

import (
	"testing"
	"time"
)

// An intention's actor is the subject of the event it announces: in an
// article on Spain recognising Palestine, Norway being ready to recognise
// it, or a Norwegian minister's "his country" being ready, is another
// subject's event; Spain's own readiness is the question's.
func TestIntentionActorIsTheSubject(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Spain formally recognise a Palestinian state by the end of May 2024?")
	at := time.Date(2024, 5, 10, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		lang, title, text, words string
		about                    bool
	}{
		{"fr", "L'Espagne et la Palestine", "La Norvège se dit prête à reconnaître un État palestinien.", "prête à", false},
		{"fr", "L'Espagne et la Palestine", "Le Premier ministre norvégien Jonas Gahr Støre a affirmé que son pays était prêt à reconnaître la Palestine.", "prêt à", false},
		{"en", "Spain and Palestine", "Norway is ready to recognise a Palestinian state, Prime Minister Jonas Gahr Støre said.", "ready to", false},
		{"en", "Spain and Palestine", "Spain is ready to recognise a Palestinian state, Prime Minister Pedro Sánchez said.", "ready to", true},
		{"pl", "Hiszpania i Palestyna", "Hiszpania jest gotowa uznać państwo palestyńskie – powiedział premier Pedro Sánchez.", "gotowa", true},
	}
	for _, c := range cases {
		hits := titled(t, p, c.lang, c.title, c.text, at)
		if _, r := find(t, m, q, hits, c.words); r.About != c.about {
			t.Errorf("%s: %q: about %v, want %v (%s)", c.lang, c.text, r.About, c.about, r.Reason)
		}
	}
}
