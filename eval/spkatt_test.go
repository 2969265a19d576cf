package eval

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kentnews/kent/attrib"
	"github.com/kentnews/kent/lexicon"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// The scorer on hand-made annotations: proportional shares, cues matched
// one to one, the roles of a missed cue all missed, those of an invented
// cue all spurious.
func TestSpkAttProportionalScores(t *testing.T) {
	gold := []spkAnn{
		{"Cue": {3}, "Source": {0, 1, 2}, "Message": {5, 6, 7, 8}},
		{"Cue": {12}, "Source": {10}},
	}
	pred := []spkAnn{
		{"Cue": {3, 4}, "Source": {2}, "Message": {4, 5, 6, 7, 8}},
		{"Cue": {20}, "Message": {21, 22}},
	}
	s := &SpkAttScore{Roles: map[string]*propPRF{}}
	for _, r := range spkRoles {
		s.Roles[r] = &propPRF{}
	}
	match := scoreSpkAtt(s, pred, gold)
	if match[0] != 0 || match[1] != -1 {
		t.Fatalf("match %v", match)
	}
	// Cues: "3 4" against "3" has precision 1/2 and recall 1; the
	// invented cue 20 and the missed cue 12 count 0.
	if c := s.Cue; !near(c.Precision(), 0.25) || !near(c.Recall(), 0.5) {
		t.Errorf("cue %+v", c)
	}
	src := s.Roles["Source"]
	if !near(src.Precision(), 1) || !near(src.Recall(), (1.0/3)/2) {
		t.Errorf("source %+v", *src)
	}
	msg := s.Roles["Message"]
	if !near(msg.Precision(), (4.0/5)/2) || !near(msg.Recall(), 1) {
		t.Errorf("message %+v", *msg)
	}
	if s.All.NR != 3 || s.All.NP != 3 {
		t.Errorf("pooled roles %+v", s.All)
	}
	// Two predictions for one gold cue: only the larger overlap matches.
	if m := matchCues([]spkAnn{{"Cue": {3}}, {"Cue": {3, 4}}}, []spkAnn{{"Cue": {3, 4}}}); m[0] != -1 || m[1] != 0 {
		t.Errorf("one to one: %v", m)
	}
}

// The whole command on two invented speeches in the corpus's format: the
// reader, Kent's attribution on text rebuilt from tokens, the mapping to
// the task's roles, the scores and the error analysis.
func TestSpkAttFixture(t *testing.T) {
	lex := lexicon.MustDefault()
	de := lex.Get("de").Attribution
	x, err := attrib.New(lex)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	s, err := SpkAtt("testdata/spkatt", x, SpkAttOptions{Errors: 4, Verbs: de.Verbs, Complementizers: de.Complementizers, Quotes: true}, &out)
	if err != nil {
		t.Fatal(err)
	}
	if s.Docs != 2 || s.Cue.NR != 5 || s.Roles["Source"].NR != 5 || s.Roles["Message"].NR != 4 || s.Roles["PTC"].NR != 1 {
		t.Fatalf("gold read wrong: %+v %+v\n%s", s, *s.Roles["Source"], out.String())
	}
	// "sagte : „…“" and "erklärte , dass …" are found; the message of the
	// indirect one starts at "dass" and the direct one has no quote marks,
	// as the task marks them.
	if s.Cue.R < 2 || s.Cue.Precision() < 0.99 {
		t.Errorf("cues %+v\n%s", s.Cue, out.String())
	}
	if m := s.Roles["Message"]; m.R < 2-1e-9 || m.Precision() < 0.99 {
		t.Errorf("messages %+v\n%s", *m, out.String())
	}
	for _, want := range []string{"2 files", "role Source", "roles, all pooled", "error classes", "cue missed", "examples ([cue]"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("no %q in\n%s", want, out.String())
		}
	}
}

// Speech events find the cues quotes miss ("In Ihrem Antrag fordern Sie
// mehr Geld"), with their sources and messages.
func TestSpkAttSpeechEvents(t *testing.T) {
	lex := lexicon.MustDefault()
	x, err := attrib.New(lex)
	if err != nil {
		t.Fatal(err)
	}
	cues, err := SpkAttCues()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	s, err := SpkAtt("testdata/spkatt", x, SpkAttOptions{Cues: cues}, &out)
	if err != nil {
		t.Fatal(err)
	}
	// all five cues, the noun "Antrag" too (learnt from the training split)
	if s.Cue.R < 5-1e-9 {
		t.Errorf("cues %+v\n%s", s.Cue, out.String())
	}
	if src := s.Roles["Source"]; src.R < 4 || src.Precision() < 0.99 {
		t.Errorf("sources %+v\n%s", *src, out.String())
	}
	if msg := s.Roles["Message"]; msg.R < 3 {
		t.Errorf("messages %+v\n%s", *msg, out.String())
	}
}

func TestSpkAttBadInput(t *testing.T) {
	lex := lexicon.MustDefault()
	x, err := attrib.New(lex)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := SpkAtt(t.TempDir(), x, SpkAttOptions{}, &out); err == nil || !strings.Contains(err.Error(), "no SpkAtt") {
		t.Errorf("empty folder: %v", err)
	}
	dir := t.TempDir()
	bad := `{"Sentences": [{"SentenceId": 0, "Tokens": ["Er", "sagte", "nichts"]}], "Annotations": [{"Cue": ["0:7"]}]}`
	if err := os.WriteFile(filepath.Join(dir, "a.json"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := SpkAtt(dir, x, SpkAttOptions{}, &out); err == nil || !strings.Contains(err.Error(), `"0:7" names no token`) {
		t.Errorf("bad token reference: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.json"), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := SpkAtt(dir, x, SpkAttOptions{}, &out); err == nil {
		t.Error("broken JSON accepted")
	}
}
