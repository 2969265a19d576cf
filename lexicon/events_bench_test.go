package lexicon

import (
	"strings"
	"testing"
)

// BenchmarkEventMatch reads a sentence's words for event concepts, as
// judgement extraction does for every proposition.
func BenchmarkEventMatch(b *testing.B) {
	ix := NewEventIndex(MustDefault().Get("en").Events)
	words := strings.Fields("belarusian troops are unlikely to cross the border into ukraine this year , analysts said , although minsk has hosted russian forces and the kremlin may press lukashenko to join the war after the talks collapse")
	b.ReportAllocs()
	for b.Loop() {
		ix.Concepts(words)
	}
}
