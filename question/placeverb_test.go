package question_test

import (
	"testing"
	"time"
)

// A place name the tagger takes for the verb opening a sentence
// ("Italien wird …" with "Italien" as the predicate of "wird") is a
// misparse: the surface reading stands, and the delivery the clause
// denies is judged against, not set aside as in another clause.
func TestPlaceNameTaggedAsVerbIsNoPredicate(t *testing.T) {
	now := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)
	cases := []struct{ lang, text, dir string }{
		{"de", "Italien wird der Ukraine keine Raketen liefern, schreibt die Zeitung.", "against"},
	}
	pooledOne(t, "Will Italy deliver long-range missiles to Ukraine this year?", now, cases)
	pooledOne(t, "Wird Italien noch in diesem Jahr Marschflugkörper an die Ukraine liefern?", now, cases)
}
