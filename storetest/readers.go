package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
)

func testQuotes(t *testing.T, s kent.Store) {
	ctx := context.Background()
	c := newCorpus()
	put(t, s, c.all()...)
	speakers := func(q kent.QuoteQuery) []string {
		t.Helper()
		hits, total, err := s.Quotes(ctx, q)
		if err != nil || total != len(hits) {
			t.Fatalf("%+v: %d of %d, %v", q, len(hits), total, err)
		}
		return ids(hits, func(h kent.QuoteHit) string {
			if h.Speaker == nil {
				return "-"
			}
			return h.Speaker.Name + "@" + h.Outlet
		})
	}
	// Publication order, undated last.
	sameIDs(t, "all", speakers(kent.QuoteQuery{}), []string{"Jakob Hedenskog@svt.se", "Vytis Jurkonis@" + firstOf(c.lt, c.ltCopy), "Vytis Jurkonis@" + secondOf(c.lt, c.ltCopy),
		"Александр Лукашенко@tass.ru", "Alexander Lukashenko@example.com", "-", "Yurkonis@example.com"})
	sameIDs(t, "attributed", speakers(kent.QuoteQuery{Attributed: true, Language: "en"}), []string{"Alexander Lukashenko@example.com", "Yurkonis@example.com"})
	// Any spelling, any script; a first name narrows, an initial-less name does not.
	for spelling, want := range map[string][]string{
		"Yurkonis":    {"Vytis Jurkonis@delfi.lt", "Vytis Jurkonis@lrytas.lt", "Yurkonis@example.com"},
		"V. Jurkonis": {"Vytis Jurkonis@delfi.lt", "Vytis Jurkonis@lrytas.lt", "Yurkonis@example.com"},
		"A. Jurkonis": {"Yurkonis@example.com"},
		"Łukaszenka":  {"Alexander Lukashenko@example.com", "Александр Лукашенко@tass.ru"},
		"Лукашэнка":   {"Alexander Lukashenko@example.com", "Александр Лукашенко@tass.ru"},
		"Hedenskog":   {"Jakob Hedenskog@svt.se"},
		"Геденског":   {"Jakob Hedenskog@svt.se"}, // across scripts by the skeleton: the keys differ
		"Lukashevich": nil,
	} {
		got := speakers(kent.QuoteQuery{Speaker: names.SpeakerKey(spelling)})
		sortStrings(got)
		sameIDs(t, spelling, got, want)
	}
	hits, _, _ := s.Quotes(ctx, kent.QuoteQuery{Speaker: names.SpeakerKey("Hedenskog")})
	if len(hits) == 1 {
		h := hits[0]
		if h.ArticleID != c.sv.ID || h.Title != c.sv.Title || !h.Published.Equal(c.sv.Published) || h.Cue != "said" || h.Text != c.sv.Text || h.Speaker.Key != names.SpeakerKey("Jakob Hedenskog") {
			t.Errorf("hit = %+v", h)
		}
	}
}

func testJudgements(t *testing.T, s kent.Store) {
	ctx := context.Background()
	c := newCorpus()
	put(t, s, c.all()...)
	cues := func(q kent.JudgementQuery) []string {
		t.Helper()
		hits, total, err := s.Judgements(ctx, q)
		if err != nil || total != len(hits) {
			t.Fatalf("%+v: %d of %d, %v", q, len(hits), total, err)
		}
		return ids(hits, func(h kent.JudgementHit) string { return h.Cue + "@" + h.Outlet })
	}
	lt1, lt2 := firstOf(c.lt, c.ltCopy), secondOf(c.lt, c.ltCopy)
	sameIDs(t, "all", cues(kent.JudgementQuery{}), []string{"osannolikt@svt.se", "mažai tikėtina@" + lt1, "mažai tikėtina@" + lt2, "very unlikely@example.com", "no troops@example.com"})
	sameIDs(t, "holder any spelling", cues(kent.JudgementQuery{Holder: names.SpeakerKey("Yurkonis")}), []string{"mažai tikėtina@" + lt1, "mažai tikėtina@" + lt2})
	sameIDs(t, "holder key or words", cues(kent.JudgementQuery{Holder: names.SpeakerKey("Kyiv"), HolderWords: "Kyiv"}), []string{"very unlikely@example.com"})
	sameIDs(t, "holder words", cues(kent.JudgementQuery{HolderWords: "OFFICIALS"}), []string{"very unlikely@example.com"})
	sameIDs(t, "articles", cues(kent.JudgementQuery{ArticleIDs: []string{c.sv.ID, c.en.ID}}), []string{"osannolikt@svt.se", "very unlikely@example.com", "no troops@example.com"})
	sameIDs(t, "period", cues(kent.JudgementQuery{Since: day(2022, 3, 2), Until: day(2022, 5, 1)}), []string{"mažai tikėtina@" + lt1, "mažai tikėtina@" + lt2})
	sameIDs(t, "language", cues(kent.JudgementQuery{Language: "sv"}), []string{"osannolikt@svt.se"})
	// Keys: any one of them; a prefix with "*"; every judgement of an
	// article with one; a judgement never keyed is always returned.
	sameIDs(t, "keys", cues(kent.JudgementQuery{Keys: []string{"e:enter", "o:NATO"}}), []string{"osannolikt@svt.se", "no troops@example.com"})
	sameIDs(t, "key prefix", cues(kent.JudgementQuery{Keys: []string{"n:lksh*"}}), []string{"mažai tikėtina@" + lt1, "mažai tikėtina@" + lt2, "no troops@example.com"})
	sameIDs(t, "keys and language", cues(kent.JudgementQuery{Keys: []string{"p:BY", "n:yrk*"}, Language: "lt"}), []string{"mažai tikėtina@" + lt1, "mažai tikėtina@" + lt2})
	sameIDs(t, "no such key", cues(kent.JudgementQuery{Keys: []string{"p:XX", "n:lksh"}}), []string{"no troops@example.com"})
	sameIDs(t, "the whole article", cues(kent.JudgementQuery{Keys: []string{"p:UA"}}), []string{"very unlikely@example.com", "no troops@example.com"})
	// A brief reads the articles naming its subject whole, and of the
	// others only the judgements that have its event's key themselves.
	sameIDs(t, "except articles with a key", cues(kent.JudgementQuery{Keys: []string{"p:BY"}, ExceptKeys: []string{"n:yrk*"}}), []string{"osannolikt@svt.se"})
	sameIDs(t, "own keys, not the rest of the article", cues(kent.JudgementQuery{Keys: []string{"p:UA"}, OwnKeys: true, ExceptKeys: []string{"p:BY"}}), []string{"very unlikely@example.com"})
	sameIDs(t, "own keys keep the never keyed", cues(kent.JudgementQuery{Keys: []string{"p:UA", "n:lksh*"}, OwnKeys: true}), []string{"mažai tikėtina@" + lt1, "mažai tikėtina@" + lt2, "very unlikely@example.com", "no troops@example.com"})
	sameIDs(t, "own keys only", cues(kent.JudgementQuery{Keys: []string{"e:enter"}, OwnKeys: true, ArticleIDs: []string{c.sv.ID, c.lt.ID}}), []string{"osannolikt@svt.se"})
	hits, _, _ := s.Judgements(ctx, kent.JudgementQuery{Language: "sv"})
	if len(hits) == 1 {
		h := hits[0]
		if h.ArticleID != c.sv.ID || h.TextHash != c.sv.TextHash || h.ArticleLanguage != "sv" || h.Source != c.sv.Source || h.Value != 0.33 ||
			h.Holder == nil || h.Holder.Name != "Jakob Hedenskog" || h.Holder.Key != names.SpeakerKey("Jakob Hedenskog") || h.Proposition.Events[0] != "enter" {
			t.Errorf("hit = %+v", h)
		}
	}
}

func testEntities(t *testing.T, s kent.Store) {
	c := newCorpus()
	put(t, s, c.all()...)
	es, err := names.Entities(s.MentionRows(context.Background(), kent.MentionQuery{}))
	if err != nil {
		t.Fatal(err)
	}
	sameIDs(t, "entities", ids(es, func(e kent.Entity) string { return e.Key }), []string{"person:a lkshnko", "person:v yrkns", "place:BY", "person:y gdnskg", "place:UA"}) // re-keyed as names keys people today
	luka := es[0]
	if luka.Name != "Alexander Lukashenko" || luka.Articles != 4 || luka.Mentions != 5 || len(luka.Variants) != 3 || strings.Join(luka.Languages, " ") != "en lt ru" {
		t.Errorf("one Lukashenko across spellings: %+v", luka)
	}
	people, err := names.Entities(s.MentionRows(context.Background(), kent.MentionQuery{Kind: kent.SpeakerPerson}))
	if err != nil || len(people) != 3 {
		t.Errorf("people: %+v %v", people, err)
	}
}

func testPages(t *testing.T, s kent.Store) {
	ctx := context.Background()
	c := newCorpus()
	put(t, s, c.all()...)
	put(t, s, filler(30)...)
	hits, total, err := s.Search(ctx, kent.SearchQuery{Text: "filler", Page: kent.Page{Limit: 10, Offset: 25}})
	if err != nil || len(hits) != 5 || total != 30 {
		t.Errorf("search page: %d of %d, %v; want 5 of 30", len(hits), total, err)
	}
	where := func(h kent.QuoteHit) string { return h.ArticleID + "/" + h.Text + "/" + h.Language }
	all, _, _ := s.Quotes(ctx, kent.QuoteQuery{})
	qs, total, err := s.Quotes(ctx, kent.QuoteQuery{Page: kent.Page{Limit: 2, Offset: 3}})
	if err != nil || total != 7 {
		t.Errorf("quotes page: %d of %d, %v; want 2 of 7", len(qs), total, err)
	}
	sameIDs(t, "quotes page", ids(qs, where), ids(all[3:5], where))
	js, total, err := s.Judgements(ctx, kent.JudgementQuery{Page: kent.Page{Limit: 3, Offset: 4}})
	if err != nil || total != 5 || len(js) != 1 || js[0].Cue != "no troops" {
		t.Errorf("judgements page past the end: %d of %d, %v", len(js), total, err)
	}
	js, total, err = s.Judgements(ctx, kent.JudgementQuery{Page: kent.Page{Offset: 50}})
	if err != nil || total != 5 || len(js) != 0 {
		t.Errorf("judgements page after the end: %d of %d, %v; want 0 of 5", len(js), total, err)
	}
}

func testStreams(t *testing.T, s kent.Store) {
	ctx := context.Background()
	c := newCorpus()
	put(t, s, c.sv, c.en)
	more := filler(600) // longer than any sensible chunk
	put(t, s, more...)
	var got []kent.StoryInput
	for in, err := range s.StoryInputs(ctx, 0) {
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 300 {
			// A caller may use the store while it walks a stream.
			if n, err := s.Count(ctx); err != nil || n != 602 {
				t.Fatalf("count inside a stream: %d %v", n, err)
			}
		}
		got = append(got, in)
	}
	if len(got) != 602 {
		t.Fatalf("streamed %d articles, want 602", len(got))
	}
	first := got[0]
	if first.ID != c.sv.ID || first.Language != "sv" || first.Title != c.sv.Title || first.Text != c.sv.Text || first.Outlet != "svt.se" || !first.Published.Equal(c.sv.Published) {
		t.Errorf("first input = %+v", first)
	}
	if !got[1].Published.IsZero() || got[1].ID != c.en.ID {
		t.Errorf("undated article: %+v", got[1])
	}
	if last := got[601]; last.ID != more[599].ID || !last.Published.Equal(more[599].Published.In(time.UTC)) {
		t.Errorf("ingest order lost: last is %s", last.Title)
	}
	n := 0
	for range s.StoryInputs(ctx, 0) {
		if n++; n == 3 {
			break // stopping early must not leave the store busy
		}
	}
	rows := 0
	for _, err := range s.MentionRows(ctx, kent.MentionQuery{Kind: "place"}) {
		if err != nil {
			t.Fatal(err)
		}
		rows++
	}
	if rows != 2 {
		t.Errorf("place rows: %d, want 2", rows)
	}
	if n, err := s.Count(ctx); err != nil || n != 602 {
		t.Errorf("count after an early stop: %d %v", n, err)
	}
}
