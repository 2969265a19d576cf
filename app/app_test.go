package app_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/app"
	"github.com/kentnews/kent/question"
	"github.com/kentnews/kent/sqlite"
)

const belarusQ = "Will Belarusian armed forces enter the war against Ukraine?"

func service(t *testing.T) *app.Service {
	t.Helper()
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "kent.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return app.New(st, nil, strings.NewReader(""))
}

// Briefing paths ingests them and pools only their judgements; briefing
// the store afterwards pools everything stored.
func TestBriefIngestsThenBriefs(t *testing.T) {
	ctx := context.Background()
	svc := service(t)
	rep, err := svc.Ingest(ctx, app.IngestRequest{Paths: []string{"../examples/belarus"}, Workers: 1})
	if err != nil || rep.New != 5 {
		t.Fatalf("ingest: %+v %v", rep, err)
	}
	res, err := svc.Brief(ctx, app.BriefRequest{Question: question.Question{Text: belarusQ}, Paths: []string{"../examples/multilingual/en.txt"}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Ingest == nil || res.Ingest.Articles != 1 || res.Outlook.Articles != 1 || res.Outlook.Pooled == nil {
		t.Fatalf("brief of one file: ingest %+v, outlook over %d articles", res.Ingest, res.Outlook.Articles)
	}
	for _, c := range res.Outlook.Contributions {
		if !strings.HasSuffix(c.Source, "en.txt") {
			t.Errorf("a contribution from outside the briefed file: %s", c.Source)
		}
	}
	whole, err := svc.Brief(ctx, app.BriefRequest{Question: question.Question{Text: belarusQ}})
	if err != nil || whole.Ingest != nil || whole.Outlook.Articles != 6 || whole.Outlook.Holders <= res.Outlook.Holders {
		t.Fatalf("brief of the store: %d articles, %d holders (one file: %d), %v", whole.Outlook.Articles, whole.Outlook.Holders, res.Outlook.Holders, err)
	}
	if whole.Outlook.Places[0] != "BY" || whole.Outlook.Direction != "against" {
		t.Errorf("question resolved to %v, direction %s", whole.Outlook.Places, whole.Outlook.Direction)
	}
	// A period before every dated article leaves nothing to pool.
	early, err := svc.Brief(ctx, app.BriefRequest{Question: question.Question{Text: belarusQ}, Until: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil || early.Outlook.Pooled != nil {
		t.Errorf("brief before 2000: %v %v", early.Outlook.Pooled, err)
	}
}

func TestBriefRejectsBadRequests(t *testing.T) {
	ctx := context.Background()
	svc := service(t)
	_, err := svc.Brief(ctx, app.BriefRequest{Question: question.Question{Text: "What is the weather?"}, Paths: []string{"../examples/belarus"}})
	if kent.ErrorCode(err) != kent.EINVALID || !strings.Contains(kent.ErrorMessage(err), "cannot read the question") {
		t.Errorf("placeless question: %v", err)
	}
	if n, _ := svc.Store.Count(ctx); n != 0 {
		t.Errorf("a question that cannot be answered ingested %d articles", n)
	}
	missing := filepath.Join(t.TempDir(), "missing.txt")
	res, err := svc.Brief(ctx, app.BriefRequest{Question: question.Question{Text: belarusQ}, Paths: []string{missing}})
	if kent.ErrorCode(err) != kent.EINVALID || !strings.Contains(err.Error(), "no article could be read") {
		t.Errorf("unreadable paths: %v", err)
	}
	if res.Ingest == nil || len(res.Ingest.Errors) != 1 || !strings.Contains(res.Ingest.Errors[0].Error(), "missing.txt: no such file") {
		t.Errorf("the reason is not reported: %+v", res.Ingest)
	}
}

func TestParseQuestionFile(t *testing.T) {
	spec, err := app.ParseQuestionFile("q.yaml", []byte("id: by\ntext: Will Belarus join?\nplaces: [BY, UA]\nsince: 2022-02-24\n"))
	if err != nil || spec.Question.ID != "by" || spec.Question.Places[1] != "UA" || !spec.Since.Equal(time.Date(2022, 2, 24, 0, 0, 0, 0, time.UTC)) || !spec.Until.IsZero() {
		t.Fatalf("%+v %v", spec, err)
	}
	for data, want := range map[string]string{
		"text: x\nwhen: tomorrow\n":        "q.yaml: yaml: unmarshal errors:\n  line 2: field when not found",
		"text: '  '\n":                     "q.yaml: the question has no text",
		"text: x\nresolution_date: 2023\n": `q.yaml: date "2023": want YYYY-MM-DD`,
	} {
		_, err := app.ParseQuestionFile("q.yaml", []byte(data))
		if kent.ErrorCode(err) != kent.EINVALID || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: %v, want %q", data, err, want)
		}
	}
	if _, err := app.ParseDay("14.04.2022", "--since"); kent.ErrorCode(err) != kent.EINVALID || err.Error() != `--since "14.04.2022": want a day as YYYY-MM-DD` {
		t.Errorf("ParseDay: %v", err)
	}
}

// The read use cases page their results and say how many there are.
func TestReadsArePagedWithTotals(t *testing.T) {
	ctx := context.Background()
	svc := service(t)
	if _, err := svc.Ingest(ctx, app.IngestRequest{Paths: []string{"../examples/belarus", "../examples/multilingual"}, Workers: 1}); err != nil {
		t.Fatal(err)
	}
	sr, err := svc.Search(ctx, kent.SearchQuery{Text: "Lukashenko", Page: kent.Page{Limit: 2, Offset: 1}})
	if err != nil || len(sr.Hits) != 2 || sr.Total < 4 {
		t.Errorf("search: %d of %d, %v", len(sr.Hits), sr.Total, err)
	}
	all, err := svc.Entities(ctx, app.EntitiesRequest{Kind: "person", Page: kent.Page{Limit: 1000}})
	if err != nil || all.Total != len(all.Entities) || all.Total < 10 {
		t.Fatalf("entities: %d of %d, %v", len(all.Entities), all.Total, err)
	}
	pg, err := svc.Entities(ctx, app.EntitiesRequest{Kind: "person", Page: kent.Page{Limit: 3, Offset: 2}})
	if err != nil || pg.Total != all.Total || len(pg.Entities) != 3 || pg.Entities[0].Key != all.Entities[2].Key {
		t.Errorf("entities page: %+v %v", pg, err)
	}
	q, err := svc.Quotes(ctx, app.QuotesRequest{Speaker: "Jurkonis", Page: kent.Page{Limit: 5}})
	if err != nil || len(q.Hits) != 5 || q.Total != 19 { // 17 + two "According to him, …"
		t.Errorf("quotes: %d of %d, %v", len(q.Hits), q.Total, err)
	}
	e, err := svc.Estimates(ctx, app.EstimatesRequest{Holder: "Hedenskog", Scale: "phia"})
	if err != nil || e.Total != 3 || e.Scale.Name != "phia" {
		t.Errorf("estimates: %d, scale %q, %v", e.Total, e.Scale.Name, err)
	}
	st, err := svc.Stories(ctx, app.StoriesRequest{Page: kent.Page{Limit: 1}})
	if err != nil || len(st.Stories) != 1 || st.Total < 1 || len(st.Stories[0].Articles) < 5 {
		t.Errorf("stories: %+v %v", st, err)
	}
	if _, err := svc.Show(ctx, app.ShowRequest{ID: "0000000000"}); kent.ErrorCode(err) != kent.ENOTFOUND {
		t.Errorf("show missing: %v", err)
	}
	for name, err := range map[string]error{
		"kind":    second(svc.Entities(ctx, app.EntitiesRequest{Kind: "planet"})),
		"scale":   second(svc.Estimates(ctx, app.EstimatesRequest{Scale: "nato"})),
		"speaker": second(svc.Quotes(ctx, app.QuotesRequest{Speaker: "?!"})),
		"holder":  second(svc.Estimates(ctx, app.EstimatesRequest{Holder: "--"})),
	} {
		if kent.ErrorCode(err) != kent.EINVALID {
			t.Errorf("bad %s: %v, want EINVALID", name, err)
		}
	}
}

func second[T any](_ T, err error) error { return err }

// writeArticles writes each named text into dir: a test's articles.
func writeArticles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
