package app_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/app"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/question"
	"github.com/kentnews/kent/sqlite"
)

// Articles beside the demo corpus that test the brief's reading: one names
// Belarus only in its title (its judgement on troops entering the war
// bears on the question through the article's topic, so its other
// judgement is set aside too); one judges the war without Belarus, next to
// judgements on other events, which no brief needs.
var topicNews = map[string]string{
	"title.txt": "Belarus and its army\nOfficials spoke on Monday.\n\nAnalysts said it is unlikely that its troops will enter the war this year.\n\nEconomists say it is likely that bread prices will rise in the spring.",
	"war.txt":   "Front line report\nExperts say it is unlikely that Russia will enter the war near Kharkiv again.\n\nThe minister said a new bridge in Gdansk will very likely open next year.\n\nIt is highly unlikely that the football league will expand.",
}

// The brief is the outlook pooling every stored judgement gives, also when
// an article bears on the question only through its title, and on a store
// written before judgements were keyed (keys NULL, no key rows: every
// such judgement is read for every question).
func TestBriefEqualsPoolingEverything(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	other := filepath.Join(dir, "other")
	os.MkdirAll(other, 0o755)
	for name, text := range topicNews {
		if err := os.WriteFile(filepath.Join(other, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(dir, "kent.db")
	st, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc := app.New(st, nil, strings.NewReader(""))
	if _, err := svc.Ingest(ctx, app.IngestRequest{Paths: []string{"../examples/belarus", other}, Workers: 1}); err != nil {
		t.Fatal(err)
	}
	m, err := question.New(lexicon.MustDefault())
	if err != nil {
		t.Fatal(err)
	}
	check := func(when string) kent.Outlook {
		t.Helper()
		all, _, err := st.Judgements(ctx, kent.JudgementQuery{})
		if err != nil {
			t.Fatal(err)
		}
		n, _ := st.Count(ctx)
		q, err := m.Understand(question.Question{Text: belarusQ})
		if err != nil {
			t.Fatal(err)
		}
		res, err := svc.Brief(ctx, app.BriefRequest{Question: question.Question{Text: belarusQ}})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := outlookJSON(t, res.Outlook), outlookJSON(t, m.Outlook(q, all, n, question.Options{})); got != want {
			t.Errorf("%s: brief over candidates\n%s\ndiffers from pooling everything\n%s", when, got, want)
		}
		return res.Outlook
	}
	o := check("keyed store")
	// The title article's troops are pooled (or shown apart) and its bread
	// prices set aside; the war report's own judgement is set aside with
	// its reason, its other events appear nowhere.
	has := func(cs []kent.Contribution, words string) bool {
		return slices.ContainsFunc(cs, func(c kent.Contribution) bool { return strings.Contains(c.Words, words) })
	}
	if !has(append(o.Contributions, o.Conditional...), "its troops will enter") {
		t.Error("the judgement of the article about Belarus by its title is not pooled")
	}
	if !has(o.SetAside, "bread prices") || !has(o.SetAside, "near Kharkiv") {
		t.Errorf("set aside: %+v", o.SetAside)
	}
	all := append(append(o.Contributions, o.Conditional...), o.SetAside...)
	if has(all, "bridge in Gdansk") || has(all, "football") {
		t.Error("a judgement on another event in an article not about the question is in the brief")
	}

	// An older store: half the articles' judgements never keyed.
	db, err := sql.Open("sqlite", "file:"+path+"?_busy_timeout=30000")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{
		`UPDATE judgements SET keys = NULL WHERE article_id IN (SELECT id FROM articles WHERE rowid % 2 = 0)`,
		`DELETE FROM judgement_keys WHERE article_id IN (SELECT id FROM articles WHERE rowid % 2 = 0)`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	check("half the store never keyed")
}
