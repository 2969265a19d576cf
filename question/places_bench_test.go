package question_test

import (
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/question"
)

// BenchmarkKeys keys a judgement as ingest does for every judgement: the
// places, names, organisations and events its words name.
func BenchmarkKeys(b *testing.B) {
	m, err := question.New(lexicon.MustDefault())
	if err != nil {
		b.Fatal(err)
	}
	j := kent.Judgement{
		Words:       "Belarusian troops are unlikely to cross the border into Ukraine this year, analysts in Minsk and Vilnius said, although Lukashenko hosted Russian forces.",
		Proposition: kent.Proposition{Text: "Belarusian troops cross the border into Ukraine", Events: []string{"war_entry"}},
		Holder:      &kent.Speaker{Name: "Anna Berg", Kind: "person"},
	}
	b.ReportAllocs()
	for b.Loop() {
		m.Keys(j)
	}
}
