package brief_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/brief"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/pipeline"
	"github.com/kentnews/kent/question"
)

var (
	once    sync.Once
	outlook kent.Outlook
)

// demo briefs the demo corpus the way `kent brief` does, without a store.
func demo(t *testing.T) *kent.Outlook {
	once.Do(func() {
		proc, err := pipeline.NewProcessor()
		if err != nil {
			t.Fatal(err)
		}
		m, err := question.New(lexicon.MustDefault())
		if err != nil {
			t.Fatal(err)
		}
		files, _ := filepath.Glob("../examples/belarus/*.txt")
		var hits []kent.JudgementHit
		for _, f := range files {
			data, _ := os.ReadFile(f)
			docs, _ := ingest.Read(f, data)
			a, err := proc.Process(docs[0])
			if err != nil {
				t.Fatal(err)
			}
			hits = append(hits, a.JudgementHits()...)
		}
		q := m.Parse("Will Belarusian armed forces enter the war against Ukraine?")
		outlook = m.Outlook(q, hits, len(files), question.Options{Now: time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)})
	})
	return &outlook
}

// What a newcomer reads: an honest outlook against the event, with ISW,
// Hedenskog, Baranowski and the US-intelligence view cited with outlet,
// language and band, and the distractors set aside.
func TestTextBrief(t *testing.T) {
	o := demo(t)
	if o.Pooled == nil || *o.Pooled < 0.15 || *o.Pooled > 0.45 || o.Direction != "against" {
		t.Fatalf("pooled %v direction %s, gold: against, between 0.15 and 0.45", o.Pooled, o.Direction)
	}
	var b bytes.Buffer
	if err := brief.Text(&b, o, false, 80); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"Outlook: 0.", "leaning against",
		"unlikely Institute for the Study of War", "«osannolikt» · words · sv",
		"unlikely Jakob Hedenskog", "very unlikely Michal Baranowski", "«very unlikely» · words · en",
		"likely US intelligence and NATO officials", "trend up",
		"Shown apart: conditional", "Michael Kemper",
		"Set aside", "Mark Cancian «certainly»", "mass protests are unlikely in the short term",
		"Lrytas.lt",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("brief lacks %q", want)
		}
	}
	for i, line := range strings.Split(out, "\n") {
		if n := len([]rune(line)); n > 80 {
			t.Errorf("line %d is %d columns: %q", i+1, n, line)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("colour codes without a terminal")
	}
}

func TestJSONValidatesAgainstSchema(t *testing.T) {
	var b bytes.Buffer
	if err := brief.JSON(&b, demo(t)); err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	schema, err := jsonschema.UnmarshalJSON(bytes.NewReader(brief.Schema))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AddResource("outlook.schema.json", schema); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("outlook.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(inst); err != nil {
		t.Fatalf("brief JSON does not validate: %v", err)
	}
	// And a broken one does not.
	var m map[string]any
	json.Unmarshal(b.Bytes(), &m)
	m["pooled"] = 1.5
	bad, _ := json.Marshal(m)
	inst, _ = jsonschema.UnmarshalJSON(bytes.NewReader(bad))
	if sch.Validate(inst) == nil {
		t.Fatal("a pooled value of 1.5 validated")
	}
}

// The HTML brief must open offline: no scripts, no remote fonts, images or
// styles (links to cited articles load nothing); and it carries the charts.
func TestHTMLIsSelfContained(t *testing.T) {
	var b bytes.Buffer
	if err := brief.HTML(&b, demo(t)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	refs := regexp.MustCompile(`(?i)src\s*=\s*"(https?:)?//|<link[^>]*href|<script|@import|url\(`).FindAllString(out, -1)
	if len(refs) > 0 {
		t.Errorf("external references: %v", refs)
	}
	if strings.Count(out, "<svg") != 2 || !strings.Contains(out, "<circle") {
		t.Error("charts missing")
	}
	for _, want := range []string{"Institute for the Study of War", "osannolikt", `lang="sv"`, "Set aside"} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
}

func TestMarkdown(t *testing.T) {
	var b bytes.Buffer
	if err := brief.Markdown(&b, demo(t)); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), "# Will Belarusian armed forces") || !strings.Contains(b.String(), "## Who holds which view") {
		t.Errorf("markdown:\n%s", b.String())
	}
}

// Every format says how long a holder's voice counts in the series, so a
// reader of the Markdown or HTML brief knows why a voice left the timeline.
func TestVoiceAgeInEveryFormat(t *testing.T) {
	o := demo(t)
	if o.Method.VoiceAgeDays <= 0 {
		t.Fatalf("the default brief has no voice age: %+v", o.Method)
	}
	want := fmt.Sprintf("a voice counts %d days", o.Method.VoiceAgeDays)
	for name, write := range map[string]func(io.Writer, *kent.Outlook) error{
		"text":     func(w io.Writer, o *kent.Outlook) error { return brief.Text(w, o, false, 100) },
		"markdown": brief.Markdown, "html": brief.HTML,
	} {
		var b bytes.Buffer
		if err := write(&b, o); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), want) {
			t.Errorf("%s brief does not say %q", name, want)
		}
	}
}
