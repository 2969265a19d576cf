package question_test

import (
	"testing"
	"time"
)

// A verb that begins its family's multiword form as the sentence writes
// it ("передавати … ракети", "send … missiles") judges that family, even
// where the parser hangs the form's noun on another verb ("ракети" taken
// for the subject of "планує"): planning not to hand over missiles is
// against their delivery, not about something else. The imperfective
// verbs of handing over ("przekazywać", "передавати") are forms of it.
func TestVerbBeginningItsFormKeepsTheFamily(t *testing.T) {
	pooledOne(t, "Will Italy deliver long-range missiles to Ukraine this year?", time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC), []struct{ lang, text, dir string }{
		{"uk", "Найближчим часом Італія не планує передавати Україні далекобійні ракети Storm, пише газета з посиланням на джерела в італійському та українському урядах.", "against"},
		{"en", "Italy does not plan to send long-range missiles to Ukraine, the newspaper reported.", "against"},
		{"pl", "W najbliższym czasie Włochy nie planują przekazywać Ukrainie rakiet dalekiego zasięgu, pisze gazeta.", "against"},
	})
}
