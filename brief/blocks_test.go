package brief_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/brief"
)

// writes counts the writes it is given and keeps what they wrote.
type writes struct {
	n int
	bytes.Buffer
}

func (w *writes) Write(p []byte) (int, error) { w.n++; return w.Buffer.Write(p) }

// A text brief over a large store is hundreds of thousands of lines: it is
// written in blocks of whole lines, not a write (a system call on a
// terminal) per line, and through the terminal filter each colour code
// arrives whole, so none is shown as text.
func TestTextBriefWritesInBlocks(t *testing.T) {
	o := &kent.Outlook{Question: "Will Norland join the alliance?"}
	for i := range 3000 {
		o.SetAside = append(o.SetAside, kent.Contribution{Holder: fmt.Sprintf("Holder %d", i), Cue: "likely", Kind: "words", Language: "en",
			Outlet: "The Daily", Reason: "about something else: the harbour will probably reopen in spring, officials in the port city said", ArticleID: fmt.Sprintf("a%05d", i), Source: "x.txt"})
	}
	for _, colour := range []bool{false, true} {
		w := &writes{}
		if err := brief.Text(brief.Terminal(w, colour), o, colour, 80); err != nil {
			t.Fatal(err)
		}
		out := w.String()
		lines := strings.Count(out, "\n")
		if lines < 9000 || w.n > lines/100 {
			t.Errorf("colour %v: %d lines in %d writes", colour, lines, w.n)
		}
		if !strings.Contains(out, "Holder 2999 «likely» (en, The Daily): the harbour will probably reopen in\n") || strings.Contains(out, "\u241b") {
			t.Errorf("colour %v: the last entry is missing or a colour code shows as text:\n%s", colour, out[len(out)-600:])
		}
	}
}

// The HTML page is written in blocks too (its template writes a few
// pieces for every field of every contribution), and every contribution's
// entry is in it.
func TestHTMLBriefWritesInBlocks(t *testing.T) {
	o := &kent.Outlook{Question: "Will Norland join the alliance?"}
	for i := range 3000 {
		o.SetAside = append(o.SetAside, kent.Contribution{Holder: fmt.Sprintf("Holder %d", i), Cue: "likely", Kind: "words", Language: "en",
			Outlet: "The Daily", Reason: "about something else", ArticleID: fmt.Sprintf("a%05d", i), Source: "x.txt", URL: "https://example.org/a"})
	}
	w := &writes{}
	if err := brief.HTML(w, o); err != nil {
		t.Fatal(err)
	}
	if out := w.String(); w.n > len(out)/(32<<10)+1 || !strings.Contains(out, "Holder 2999") || !strings.HasSuffix(strings.TrimSpace(out), "</html>") {
		t.Errorf("%d bytes in %d writes; last holder there: %v", len(out), w.n, strings.Contains(out, "Holder 2999"))
	}
}
