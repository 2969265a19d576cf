package app_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/app"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/question"
)

// A brief reads only the judgements its question's keys find (and the
// rest of the articles that bear on it), yet its outlook is the one pooling
// every stored judgement gives: nothing that shares the subject or the event
// vanishes.
func TestBriefReadsCandidatesOnly(t *testing.T) {
	ctx := context.Background()
	svc := service(t)
	other := t.TempDir() // articles on other events beside the demo corpus
	for i, news := range otherNews {
		text := fmt.Sprintf("News of the day %d\n"+news, i, 2030+i)
		if err := os.WriteFile(filepath.Join(other, fmt.Sprintf("%d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := svc.Ingest(ctx, app.IngestRequest{Paths: []string{"../examples", other}, Workers: 1}); err != nil {
		t.Fatal(err)
	}
	all, _, err := svc.Store.Judgements(ctx, kent.JudgementQuery{})
	if err != nil {
		t.Fatal(err)
	}
	m, err := question.New(lexicon.MustDefault())
	if err != nil {
		t.Fatal(err)
	}
	n, _ := svc.Store.Count(ctx)
	for _, text := range []string{belarusQ, "Will Russia and Ukraine agree a ceasefire?", "Will Lukashenko be removed from power?", "Will Sweden join NATO?"} {
		q, err := m.Understand(question.Question{Text: text})
		if err != nil {
			t.Fatalf("%s: %v", text, err)
		}
		keyed, _, err := svc.Store.Judgements(ctx, kent.JudgementQuery{Keys: m.QueryKeys(q)})
		if err != nil {
			t.Fatal(err)
		}
		if len(keyed) >= len(all) {
			t.Errorf("%s: the keys find %d of %d judgements; want fewer", text, len(keyed), len(all))
		}
		res, err := svc.Brief(ctx, app.BriefRequest{Question: question.Question{Text: text}})
		if err != nil {
			t.Fatal(err)
		}
		want := m.Outlook(q, all, n, question.Options{})
		if got, w := outlookJSON(t, res.Outlook), outlookJSON(t, want); got != w {
			t.Errorf("%s: brief over candidates\n%s\ndiffers from pooling everything\n%s", text, got, w)
		}
	}
}

func outlookJSON(t *testing.T, o kent.Outlook) string {
	t.Helper()
	o.GeneratedAt = time.Time{}
	b, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
