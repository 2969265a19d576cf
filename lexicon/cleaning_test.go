package lexicon

import "testing"

// Every language names its link labels, counter words, live badges,
// reading widgets and dateline words: without them cleaning either drops a
// paragraph a "read also" link sits in or keeps a view counter as text.
func TestEveryLanguageHasCleaningWords(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range s.Codes() {
		k := s.Get(c).Cleaning
		if len(k.LinkLabels) < 3 || len(k.Counters) < 3 || len(k.LiveLabels) < 2 || len(k.Widgets) < 2 || len(k.DatelineWords) < 3 {
			t.Errorf("%s: cleaning lexicon too thin: %d link labels, %d counters, %d live labels, %d widgets, %d dateline words",
				c, len(k.LinkLabels), len(k.Counters), len(k.LiveLabels), len(k.Widgets), len(k.DatelineWords))
		}
	}
	if _, err := Parse("xx.yaml", []byte("code: xx\ncleaning:\n  link_labels: [Read More]\n")); err == nil {
		t.Error("an upper-case link label was accepted")
	}
}
