package eval

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kentnews/kent/attrib"
	"github.com/kentnews/kent/lexicon"
)

// The Source loss breakdown names the situation and the span's form, and
// prints its examples, on the invented fixture speeches.
func TestSpkAttSourceLosses(t *testing.T) {
	d := &spkDoc{}
	for i, w := range strings.Fields("Das sagte auch Sie , und von der Regierung wurde es bestätigt , laut Herrn Weber") {
		d.toks = append(d.toks, rwToken{text: w, sentStart: i == 0})
	}
	for _, c := range []struct {
		ts   []int
		want string
	}{
		{[]int{3}, "Sie (2nd person)"},
		{[]int{0}, "relative/demonstrative"},
		{[]int{6, 7, 8}, "von/durch agent"},
		{[]int{14, 15}, "laut/nach X"},
		{nil, "none"},
	} {
		if got := spkSrcForm(d, c.ts); got != c.want {
			t.Errorf("%v: form %q, want %q", c.ts, got, c.want)
		}
	}
	x, err := attrib.New(lexicon.MustDefault())
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := SpkAtt("testdata/spkatt", x, SpkAttOptions{SourceErrors: 2}, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Source losses (spans' shares lost) by situation | form:") {
		t.Errorf("no source loss table in\n%s", out.String())
	}
}
