package story_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/names"
	"github.com/kentnews/kent/sqlite"
	"github.com/kentnews/kent/story"
)

// newsArticles returns n short articles on a handful of events in several
// languages, in a fixed order, so that some stories grow and others stay
// single.
func newsArticles(n int) []*kent.Article {
	events := []struct{ lang, text string }{
		{"en", "Alexander Lukashenko said on 14 April 2022 that 45,000 Belarusian soldiers would not join the Russian offensive in Ukraine, the ministry in Minsk reported."},
		{"de", "Alexander Lukaschenko sagte am 14. April 2022, dass 45.000 belarussische Soldaten nicht an der russischen Offensive in der Ukraine teilnehmen würden."},
		{"en", "The Swedish central bank raised its interest rate by 0.75 percentage points on Thursday, the biggest increase since 1992."},
		{"sv", "Riksbanken höjde på torsdagen styrräntan med 0,75 procentenheter, den största höjningen sedan 1992."},
		{"pl", "Powódź w Kłodzku zniszczyła 300 domów, poinformował wojewoda Maciej Wroński w poniedziałek."},
		{"en", "Floods in Klodzko destroyed 300 houses, governor Maciej Wronski said on Monday."},
	}
	out := make([]*kent.Article, n)
	for i := range out {
		e := events[(i*7+i/5)%len(events)]
		text := fmt.Sprintf("%s (%d)", e.text, 100+i)
		if i%4 == 3 {
			text = gibberish(i)
		}
		a := &kent.Article{Source: fmt.Sprintf("a%03d.txt", i), Format: "text", Language: e.lang, Text: text,
			Outlet: "outlet.example", Published: time.Date(2022, 4, 14, 0, 0, 0, 0, time.UTC)}
		a.Paragraphs = []kent.Paragraph{{Span: kent.Span{Start: 0, End: len(text)}, Language: e.lang}}
		a.TextHash = names.Key(text)
		a.ID = kent.ArticleID(a.Source, text)
		out[i] = a
	}
	return out
}

// Stories kept by keepers as articles are stored — in small batches, by two
// processes at once, and by a process that starts from a snapshot — are
// those one pass over the same articles gives, each Sync's articles taken
// in the canonical order.
func TestKeptStoriesEqualOnePass(t *testing.T) {
	ctx := context.Background()
	lex := lexicon.MustDefault()
	arts := newsArticles(150)
	want := map[string]int{}
	c, err := story.New(lex)
	if err != nil {
		t.Fatal(err)
	}
	// Each Sync below sees one Put of 7 and takes it in the canonical
	// order: by publication date (here all the same), then ID.
	for i := 0; i < len(arts); i += 7 {
		part := slices.Clone(arts[i:min(i+7, len(arts))])
		slices.SortFunc(part, func(a, b *kent.Article) int { return strings.Compare(a.ID, b.ID) })
		for _, a := range part {
			want[a.ID] = c.Add(a.ID, a.Language, a.Title+"\n"+a.Text)
		}
	}
	if len(c.Stories()) < 4 || len(c.Stories()) > 100 {
		t.Fatalf("fixture makes %d stories; want some grouping", len(c.Stories()))
	}

	s, err := sqlite.Open(filepath.Join(t.TempDir(), "kent.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	keepers := []*story.Keeper{story.NewKeeper(s, lex), story.NewKeeper(s, lex)}
	var last *story.Keeper
	for i := 0; i < len(arts); i += 7 {
		if _, err := s.Put(ctx, arts[i:min(i+7, len(arts))]); err != nil {
			t.Fatal(err)
		}
		k := keepers[(i/7)%3%2] // two processes taking turns unevenly
		if i == 70 {
			k = story.NewKeeper(s, lex) // a new process: snapshot and replay
			keepers[0] = k
		}
		if _, err := k.Sync(ctx); err != nil {
			t.Fatalf("sync after %d: %v", i, err)
		}
		last = k
	}
	// The end of a run saves a snapshot at the last article, so the next
	// process replays nothing.
	if err := last.Save(ctx); err != nil {
		t.Fatal(err)
	}
	if st, err := s.StoryState(ctx); err != nil || st.SnapshotUpto != st.Upto {
		t.Errorf("after Save the snapshot is at %d, assignment at %d (%v)", st.SnapshotUpto, st.Upto, err)
	}
	st, err := s.StoryState(ctx)
	if err != nil || st.Snapshot == nil || st.SnapshotUpto == 0 {
		t.Fatalf("story state %+v, %v: want a snapshot", st.SnapshotUpto, err)
	}
	stored, total, err := s.Stories(ctx, kent.Page{})
	if err != nil || total != len(c.Stories()) {
		t.Fatalf("stored %d stories (%v); one pass makes %d", total, err, len(c.Stories()))
	}
	n := 0
	for _, ss := range stored {
		for _, m := range ss.Members {
			n++
			if want[m.ArticleID] != ss.ID {
				t.Errorf("article %s stored in story %d; one pass puts it in %d", m.ArticleID, ss.ID, want[m.ArticleID])
			}
		}
	}
	if n != len(arts) {
		t.Errorf("%d articles in stored stories, want %d", n, len(arts))
	}
}

// gibberish returns a sentence of made-up words of its own, an article that
// matches no other.
func gibberish(seed int) string {
	x := uint32(seed*2654435761 + 1)
	var b strings.Builder
	for w := range 8 {
		if w > 0 {
			b.WriteByte(' ')
		}
		for range 7 {
			x = x*1664525 + 1013904223
			b.WriteByte(byte('a' + x>>24%26))
		}
	}
	return b.String() + "."
}
