package pipeline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/sqlite"
	"github.com/kentnews/kent/story"
)

// storyCorpus writes n invented articles on a handful of events in several
// languages, some published on the same day, so that stories group
// several articles and others stay single.
func storyCorpus(t *testing.T, dir string, n int) {
	t.Helper()
	events := []struct{ lang, title, text string }{
		{"en", "Lukashenko rules out troops", "Alexander Lukashenko said that 45,000 Belarusian soldiers would not join the Russian offensive in Ukraine, the ministry in Minsk reported."},
		{"de", "Lukaschenko schließt Truppen aus", "Alexander Lukaschenko sagte, dass 45.000 belarussische Soldaten nicht an der russischen Offensive in der Ukraine teilnehmen würden."},
		{"en", "Riksbank raises rate", "The Swedish central bank raised its interest rate by 0.75 percentage points on Thursday, the biggest increase since 1992."},
		{"sv", "Riksbanken höjer räntan", "Riksbanken höjde på torsdagen styrräntan med 0,75 procentenheter, den största höjningen sedan 1992."},
		{"pl", "Powódź w Kłodzku", "Powódź w Kłodzku zniszczyła 300 domów, poinformował wojewoda Maciej Wroński w poniedziałek."},
		{"en", "Floods in Klodzko", "Floods in Klodzko destroyed 300 houses, governor Maciej Wronski said on Monday."},
		{"en", "Trudeau to resign", "Justin Trudeau announced he would resign as leader of the Liberal Party once a successor is chosen, after weeks of pressure from his caucus."},
		{"de", "Trudeau tritt zurück", "Justin Trudeau kündigte an, als Vorsitzender der Liberalen Partei zurückzutreten, sobald ein Nachfolger gewählt ist."},
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i := range n {
		e := events[(i*3+i/8)%len(events)]
		body := fmt.Sprintf("%s Officials gave the figure %d.", e.text, 1000+i*37)
		if e.lang != "en" {
			body = fmt.Sprintf("%s (%d)", e.text, 1000+i*37)
		}
		if i%5 == 4 {
			body = unique(i) // an article that matches no other
		}
		day := 1 + i%4 // several articles a day: the ID breaks the tie
		text := fmt.Sprintf("%s %d\n\nPublished: 2024-05-%02d | outlet%d.example\n\n%s\n", e.title, i, day, i%3, body)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%03d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// storiesListing is what `kent stories` shows of a store: each story's
// number and its articles, in order.
func storiesListing(t *testing.T, st kent.StoryStore) string {
	t.Helper()
	ss, _, err := st.Stories(context.Background(), kent.Page{})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, s := range ss {
		fmt.Fprintf(&b, "story %d:", s.ID+1)
		for _, m := range s.Members {
			fmt.Fprintf(&b, " %s", m.Title)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// Two ingests of one corpus by the same binary list the same stories, in
// the same numbering, whatever order the parallel workers stored the
// articles in and wherever the write batches happened to end.
func TestStoriesSameOnEveryIngest(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	storyCorpus(t, corpus, 60)
	var first string
	for run := range 4 {
		st, err := sqlite.Open(filepath.Join(dir, fmt.Sprintf("run%d", run), "kent.db"))
		if err != nil {
			t.Fatal(err)
		}
		r := &Runner{Proc: testProc(t), Store: st, Workers: 4, BatchSize: 3, Stories: story.NewKeeper(st, lexicon.MustDefault())}
		rep, err := r.Run(context.Background(), []string{corpus})
		if err != nil || rep.New != 60 {
			st.Close()
			t.Fatalf("run %d: %d new, %v", run, rep.New, err)
		}
		got := storiesListing(t, st)
		st.Close()
		if strings.Count(got, "\n") < 4 || strings.Count(got, "\n") > 50 {
			t.Fatalf("the corpus makes %d stories; want some grouping:\n%s", strings.Count(got, "\n"), got)
		}
		if run == 0 {
			first = got
			continue
		}
		if got != first {
			t.Fatalf("run %d lists other stories than run 0:\n%s\nrun 0:\n%s", run, got, first)
		}
	}
}

// unique returns a sentence of made-up words of its own.
func unique(seed int) string {
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
