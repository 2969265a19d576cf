package brief_test

import (
	"bytes"
	"html"
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/brief"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/pipeline"
	"github.com/kentnews/kent/question"
)

// Nothing vanishes: every judgement that shares the question's subject or
// its event is in every format of the brief, pooled, shown apart as
// conditional or set aside with its reason. A bare possibility of the
// question's subject about something else ("Ruritania's prime minister
// could call a confidence vote") was only counted in the text brief, like
// the bare possibilities that share nothing.
func TestNothingThatSharesTheQuestionVanishes(t *testing.T) {
	proc, err := pipeline.NewProcessor()
	if err != nil {
		t.Fatal(err)
	}
	m, err := question.New(lexicon.MustDefault())
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2024, 4, 26, 0, 0, 0, 0, time.UTC)
	var hits []kent.JudgementHit
	for i, d := range []struct{ lang, text string }{
		{"en", "Analyst Anna Smith said Pedro Sánchez is unlikely to resign. Sánchez could call a confidence vote instead, said analyst Bob Jones. The weather could turn cold next week. If the court charges his wife, Sánchez will probably resign, said professor Carl Brown."},
		{"de", "Der Politologe Hans Weber hält einen Rücktritt von Pedro Sánchez für wahrscheinlich. Sánchez könnte auch die Vertrauensfrage stellen, sagte die Analystin Eva Roth."},
		{"pl", "Politolog Jan Nowak uważa, że dymisja Pedro Sáncheza jest mało prawdopodobna. Sánchez może też zwołać wybory, powiedziała analityczka Anna Lis."},
	} {
		a, err := proc.Process(ingest.Doc{Source: "s" + d.lang, Format: kent.FormatJSONL, Text: d.text, Language: d.lang, Outlet: "Outlet " + d.lang, Published: day.AddDate(0, 0, i)})
		if err != nil {
			t.Fatal(err)
		}
		hits = append(hits, a.JudgementHits()...)
	}
	q, err := m.Understand(question.Question{Text: "Will Pedro Sánchez resign as Prime Minister of Spain in 2024?"})
	if err != nil {
		t.Fatal(err)
	}
	o := m.Outlook(q, hits, 3, question.Options{Now: day.AddDate(0, 0, 7)})
	formats := map[string]string{}
	var b bytes.Buffer
	if err := brief.Text(&b, &o, false, 80); err != nil {
		t.Fatal(err)
	}
	formats["text"] = b.String()
	for name, write := range map[string]func(*bytes.Buffer) error{
		"markdown": func(w *bytes.Buffer) error { return brief.Markdown(w, &o) },
		"html":     func(w *bytes.Buffer) error { return brief.HTML(w, &o) },
		"json":     func(w *bytes.Buffer) error { return brief.JSON(w, &o) },
	} {
		var w bytes.Buffer
		if err := write(&w); err != nil {
			t.Fatal(err)
		}
		formats[name] = w.String()
	}
	for k, s := range formats {
		formats[k] = strings.Join(strings.Fields(html.UnescapeString(s)), " ")
	}
	rel := m.Relevances(q, hits)
	shared := 0
	for i, h := range hits {
		if !rel[i].Subject && !rel[i].Family {
			continue
		}
		shared++
		for name, out := range formats {
			cue := "«" + strings.Join(strings.Fields(h.Cue), " ") + "»"
			if name == "json" {
				cue = `"cue": "` + h.Cue + `"`
				out = strings.ReplaceAll(out, `"cue":"`, `"cue": "`)
			}
			prop := []rune(strings.Join(strings.Fields(h.Proposition.Text), " "))
			what := string(prop[:min(25, len(prop))])
			if !strings.Contains(out, cue) || !strings.Contains(out, what) {
				t.Errorf("%s brief lacks %s on «%s…» (%q), which shares the question's subject or event", name, cue, what, h.Words)
			}
		}
	}
	if shared < 6 {
		t.Errorf("want at least six judgements sharing the subject or event, got %d", shared)
	}
}
