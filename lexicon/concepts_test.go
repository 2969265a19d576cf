package lexicon

import "testing"

// A word two concepts claim must get the same concept on every run: the
// longest stem wins, and between equal claims the concept first in name
// order.
func TestConceptIndexIsDeterministic(t *testing.T) {
	c := Concepts{
		"money":   {"soldi"},
		"soldier": {"soldier"},
		"team":    {"lag"},
		"law":     {"lag"},
	}
	for i := 0; i < 20; i++ {
		ix := c.Index()
		if got := ix.Match("soldiers"); got != "soldier" {
			t.Fatalf("soldiers: got %q, want soldier", got)
		}
		if got := ix.Match("soldino"); got != "money" {
			t.Fatalf("soldino: got %q, want money", got)
		}
		if got := ix.Match("lag"); got != "law" {
			t.Fatalf("lag: got %q, want law", got)
		}
	}
}

func TestEmbeddedConceptsLoad(t *testing.T) {
	c, err := LoadConcepts()
	if err != nil {
		t.Fatal(err)
	}
	if got := c.Index().Match("soldiers"); got != "soldier" {
		t.Errorf("soldiers: got %q, want soldier", got)
	}
}
