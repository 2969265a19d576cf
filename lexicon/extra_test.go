package lexicon_test

import (
	"io/fs"
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

// A lexicon whose default scale has three bands, not ICD 203's seven:
// negation, "very", modals and pooling all work on it, because they move
// bands by the scale's operations and never by position.
func TestAThreeBandDefaultScale(t *testing.T) {
	all, err := fs.ReadFile(lexicon.Embedded(), "all.yaml")
	if err != nil {
		t.Fatal(err)
	}
	three, err := os.ReadFile("testdata/extra/scales/three.yaml")
	if err != nil {
		t.Fatal(err)
	}
	lex, err := lexicon.Load(fstest.MapFS{
		"d/all.yaml":          {Data: all},
		"d/scales/three.yaml": {Data: append(three, "default: true\n"...)},
		"d/en.yaml": {Data: []byte("code: en\nestimative:\n  bands: {against: [unlikely], open: [perhaps], for: [likely]}\n" +
			"  negators: [not]\n  intensifiers: [very]\n  modals: [may]\n  complementizers: [that]\n" +
			"events: {military: [troop], war: [war], enter: [send, enter]}\n")},
	}, "d")
	if err != nil {
		t.Fatal(err)
	}
	text := "It is not likely that Belarus will send troops to the war. Belarus may send troops to the war. It is very unlikely that Belarus will enter the war."
	span := kent.Span{Start: 0, End: len(text)}
	a := &kent.Article{ID: "a", Text: text, Language: "en", Paragraphs: []kent.Paragraph{
		{Span: span, Language: "en", Sentences: segment.New(lex).Sentences(text, span, "en")},
	}}
	js := estimate.New(lex).Extract(a, nil)
	var got []string
	for _, j := range js {
		got = append(got, j.Cue+"="+j.Band)
	}
	if want := "likely=against may=open unlikely=against"; strings.Join(got, " ") != want {
		t.Fatalf("judgements %s, want %s", strings.Join(got, " "), want)
	}
	m, err := question.New(lex)
	if err != nil {
		t.Fatal(err)
	}
	q := m.Parse("Will Belarus send troops to the war?")
	a.Judgements = js
	o := m.Outlook(q, a.JudgementHits(), 1, question.Options{})
	if o.Pooled == nil || o.Scale != "three" || o.Band != "against" || o.Direction != "against" {
		t.Fatalf("outlook %v %s %s %s", o.Pooled, o.Scale, o.Band, o.Direction)
	}
}
