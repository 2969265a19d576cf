package sqlite

import (
	"context"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent"
)

// What a whole listing cites of each article (title, outlet, author, time,
// URL, lead …) comes from article_facts (migration 020); a listing by page
// reads the articles' own rows. Both agree, for a long first paragraph in
// a script of two-byte letters (the lead cut in characters, not bytes),
// for facts Put wrote, for facts the migration filled in from the rows of
// a store written before it, and for an article with no facts row at all
// (one copied in SQL), which is read from its own row.
func TestFactsAsTheArticleHas(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	day := time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)
	long := strings.Repeat("Аналітики вважають малоймовірним, що Білорусь вступить у війну. ", 12)
	texts := []string{long + "\n\nДругий абзац.", "Короткий текст: малоймовірно.", "\n\n" + long}
	var arts []*kent.Article
	for n, text := range texts {
		a := article([]string{"pravda.ua", "nv.ua", "zn.ua"}[n], text, "uk", day.Add(time.Duration(n)*time.Hour))
		a.URL, a.Author = "https://example.org/"+a.Outlet, "Олена Коваль"
		if n == 1 {
			a.Published = time.Time{} // no time: listed last
		}
		a.Judgements = []kent.Judgement{{Cue: "малоймовірно", Words: text[:40], Language: "uk", Band: "unlikely", Value: 0.2}}
		arts = append(arts, a)
	}
	if _, err := s.Put(ctx, arts); err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		t.Helper()
		all, _, err := s.Judgements(ctx, kent.JudgementQuery{})
		if err != nil || len(all) != len(arts) {
			t.Fatalf("%s: %d hits, %v", when, len(all), err)
		}
		paged, _, err := s.Judgements(ctx, kent.JudgementQuery{Page: kent.Page{Limit: 10}})
		if err != nil {
			t.Fatal(err)
		}
		byID := map[string]*kent.Article{}
		for _, a := range arts {
			byID[a.ID] = a
		}
		for i, h := range all {
			a := byID[h.ArticleID]
			if a == nil || h.Title != a.Title || h.URL != a.URL || h.Author != a.Author || !h.Published.Equal(a.Published) {
				t.Errorf("%s: hit %d cites %q %q %q %v", when, i, h.Title, h.URL, h.Author, h.Published)
			}
			if !reflect.DeepEqual(h, paged[i]) {
				t.Errorf("%s: hit %d listed whole %+v, by page %+v", when, i, h, paged[i])
			}
		}
		if all[0].Lead != kent.Lead(arts[0].Text) || len([]rune(all[0].Lead)) < kent.LeadChars-20 {
			t.Errorf("%s: the long lead is %q", when, all[0].Lead)
		}
	}
	check("as Put stored them")
	// The migration's own statement fills the facts of a store from
	// before it.
	mig, err := os.ReadFile("migrations/020_article_facts.sql")
	if err != nil {
		t.Fatal(err)
	}
	_, fill, ok := strings.Cut(string(mig), ") WITHOUT ROWID;")
	if !ok {
		t.Fatal("020_article_facts.sql: no table")
	}
	if _, err := s.db.ExecContext(ctx, `DELETE FROM article_facts`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, fill); err != nil {
		t.Fatal(err)
	}
	check("as the migration filled them in")
	if _, err := s.db.ExecContext(ctx, `DELETE FROM article_facts WHERE id = ?`, arts[2].ID); err != nil {
		t.Fatal(err)
	}
	check("one without facts")
}

// The migration cuts the stored head at kent.LeadChars + 1 characters, as
// Put and the paged listing do: a longer lead needs a migration that cuts
// the heads of a store again.
func TestFactsHeadIsLongEnough(t *testing.T) {
	mig, err := os.ReadFile("migrations/020_article_facts.sql")
	if err != nil {
		t.Fatal(err)
	}
	if want := "substr(text, 1, " + leadChars + ")"; !strings.Contains(string(mig), want) {
		t.Errorf("020_article_facts.sql does not cut heads as %s: kent.LeadChars changed, and the stored heads must be cut again", want)
	}
}
