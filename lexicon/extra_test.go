package lexicon_test

import (
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/estimate"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/question"
	"github.com/kentnews/kent/segment"
)

// Adding a language, an event family and a scale is a data change only:
// Esperanto (testdata/extra/eo.yaml), an event concept "sanctions" (one
// line in all.yaml) and a three-band scale (testdata/extra/scales) are
// loaded beside the embedded files, and judgements, questions and scales
// use them with no Go code knowing any of them.
func TestAddingALanguageAConceptAndAScaleIsData(t *testing.T) {
	extra := fstest.MapFS{}
	for _, name := range []string{"eo.yaml", "scales/three.yaml"} {
		raw, err := os.ReadFile("testdata/extra/" + name)
		if err != nil {
			t.Fatal(err)
		}
		extra["d/"+name] = &fstest.MapFile{Data: raw}
	}
	fsys := lexicon.WithEmbedded(t, "d", extra)
	all := slices.Clone(fsys["d/all.yaml"].Data)
	fsys["d/all.yaml"] = &fstest.MapFile{Data: append(all, "  - {name: sanctions, key: true}\n"...)}
	lex, err := lexicon.Load(fsys, "d")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(lex.Codes(), "eo") || !slices.Contains(lex.ScaleNames(), "three") {
		t.Fatalf("loaded %v and scales %v", lex.Codes(), lex.ScaleNames())
	}

	text := "Laŭ analizistoj estas tre malverŝajne, ke Belarus sendos soldatojn en la militon. " +
		"La EU verŝajne trudos sankciojn al Belarus. Estas unu el tri ŝancoj, ke la armeo eniros."
	span := kent.Span{Start: 0, End: len(text)}
	a := &kent.Article{Text: text, Language: "eo", Paragraphs: []kent.Paragraph{
		{Span: span, Language: "eo", Sentences: segment.New(lex).Sentences(text, span, "eo")},
	}}
	js := estimate.New(lex).Extract(a, nil)
	if len(js) != 3 {
		t.Fatalf("%d judgements: %+v", len(js), js)
	}
	for i, want := range []struct {
		cue, band string
		value     float64
		events    string
	}{
		{"tre malverŝajne", "very_unlikely", 0.125, "enter military war"},
		{"verŝajne", "likely", 0.7, "sanctions"}, // and what it borrows from the sentence before
		{"unu el tri", "unlikely", 1.0 / 3, "enter military"},
	} {
		j := js[i]
		if j.Cue != want.cue || j.Band != want.band || j.Value != want.value || !strings.HasPrefix(strings.Join(j.Proposition.Events, " "), want.events) {
			t.Errorf("judgement %d: %q %s %v %v, want %+v", i, j.Cue, j.Band, j.Value, j.Proposition.Events, want)
		}
	}

	m, err := question.New(lex)
	if err != nil {
		t.Fatal(err)
	}
	q := m.Parse("Ĉu la EU trudos sankciojn al Belarus?")
	if len(q.Places) == 0 || q.Places[0] != "BY" || strings.Join(q.Concepts, " ") != "sanctions" {
		t.Fatalf("question %+v", q)
	}
	if !m.About(q, js[1]) || m.About(q, js[0]) {
		t.Errorf("about sanctions: %v, %v; want true, false", m.About(q, js[1]), m.About(q, js[0]))
	}

	three, err := lex.Scale("three")
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"against", "for", "against"} {
		if got := three.For(js[i].Value).Name(); got != want {
			t.Errorf("judgement %d (%v) on the three-band scale: %s, want %s", i, js[i].Value, got, want)
		}
	}
}
