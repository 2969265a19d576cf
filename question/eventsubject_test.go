package question_test

import (
	"testing"
	"time"
)

// An event that is the subject of a verb without an object ("рецессия
// наступит", "шатдаун наступит": it will come) is what is judged, though
// the verb's lemma ("наступать") is also attacking: the judgement is on
// the event, not set aside as a predicate of war.
func TestEventAsSubjectOfComingVerb(t *testing.T) {
	pooledOne(t, "Will Germany enter a recession this year?", time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC), []struct{ lang, text, dir string }{
		{"ru", "Рецессия в Германии, вероятно, наступит уже в этом году, считает экономист Иван Петров.", "for"},
	})
	pooledOne(t, "Will the US government shut down in October?", time.Date(2025, 9, 20, 0, 0, 0, 0, time.UTC), []struct{ lang, text, dir string }{
		{"ru", "Политолог Иван Петров считает, что шатдаун правительства США, вероятно, наступит в октябре.", "for"},
	})
}
