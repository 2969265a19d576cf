package kent_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent"
)

// One text is one article per outlet whatever its typography; two outlets
// printing it share a text hash but not an ID.
func TestArticleIdentity(t *testing.T) {
	a := "Lukashenko said: “No troops.”\nIt is — he added — unlikely."
	b := "LUKASHENKO said \"No troops.\" It is - he added - unlikely."
	if kent.NormalizeText(a) != "lukashenko said no troops it is he added unlikely" {
		t.Errorf("normalized: %q", kent.NormalizeText(a))
	}
	if kent.ArticleID("Lrytas.lt", a) != kent.ArticleID("lrytas.lt", b) || kent.TextHash(a) != kent.TextHash(b) {
		t.Error("typographic variants of one text from one outlet differ")
	}
	if kent.ArticleID("lrytas.lt", a) == kent.ArticleID("delfi.lt", a) {
		t.Error("two outlets share an ID")
	}
	if id := kent.ArticleID("x", a); len(id) != 16 || strings.Trim(id, "0123456789abcdef") != "" {
		t.Errorf("ID %q is not 16 hex digits", id)
	}
}

func TestValidateNamesTheArticleAndTheSpan(t *testing.T) {
	text := "One. Two."
	ok := &kent.Article{ID: "x", Source: "a.txt", Text: text, Paragraphs: []kent.Paragraph{{Span: kent.Span{End: 9},
		Sentences: []kent.Sentence{{Span: kent.Span{End: 4}}, {Span: kent.Span{Start: 5, End: 9}}}}}}
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		mutate func(*kent.Article)
		want   string
	}{
		{func(a *kent.Article) { a.ID = "" }, "no ID"},
		{func(a *kent.Article) { a.Text = "" }, "a.txt has no text"},
		{func(a *kent.Article) { a.Paragraphs[0].End = 99 }, "a.txt: paragraph span 0-99 outside text"},
		{func(a *kent.Article) { a.Paragraphs[0].Sentences[1].End = 10 }, "a.txt: sentence span 5-10 outside its paragraph"},
	} {
		a := *ok
		a.Paragraphs = []kent.Paragraph{{Span: ok.Paragraphs[0].Span, Sentences: append([]kent.Sentence(nil), ok.Paragraphs[0].Sentences...)}}
		tc.mutate(&a)
		err := a.Validate()
		if kent.ErrorCode(err) != kent.EINVALID || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("got %v, want EINVALID with %q", err, tc.want)
		}
	}
	if got := ok.SpanText(kent.Span{Start: 5, End: 9}); got != "Two." {
		t.Errorf("SpanText = %q", got)
	}
	if got := ok.SpanText(kent.Span{Start: 5, End: 90}); got != "" {
		t.Errorf("SpanText out of range = %q", got)
	}
	if got := ok.SentenceSpans(); !reflect.DeepEqual(got, []kent.Span{{End: 4}, {Start: 5, End: 9}}) {
		t.Errorf("SentenceSpans = %v", got)
	}
}

func TestJudgementHitsCarryTheArticle(t *testing.T) {
	pub := time.Date(2022, 4, 14, 0, 0, 0, 0, time.UTC)
	a := &kent.Article{ID: "a1", TextHash: "h", Title: "T", Outlet: "svt.se", Author: "A", Published: pub, Language: "sv", Source: "s.txt",
		Judgements: []kent.Judgement{{Cue: "osannolikt"}, {Cue: "knappast"}}}
	hits := a.JudgementHits()
	if len(hits) != 2 || hits[1].Cue != "knappast" {
		t.Fatalf("hits = %+v", hits)
	}
	h := hits[0]
	if h.ArticleID != "a1" || h.TextHash != "h" || h.Outlet != "svt.se" || h.Author != "A" || !h.Published.Equal(pub) || h.ArticleLanguage != "sv" || h.Source != "s.txt" || h.Title != "T" {
		t.Errorf("hit = %+v", h)
	}
}

func TestNameKeyMatches(t *testing.T) {
	vytis := kent.NameKey{Surname: "yurkonis", Initial: "v"}
	for _, tc := range []struct {
		stored, asked kent.NameKey
		want          bool
	}{
		{vytis, kent.NameKey{Surname: "yurkonis"}, true},                                                                                                                                  // a surname alone finds any first name
		{kent.NameKey{Surname: "yurkonis"}, vytis, true},                                                                                                                                  // a stored surname alone is found by a full name
		{vytis, kent.NameKey{Surname: "yurkonis", Initial: "v"}, true},                                                                                                                    // same initial
		{vytis, kent.NameKey{Surname: "yurkonis", Initial: "a"}, false},                                                                                                                   // another first name
		{vytis, kent.NameKey{Surname: "lukashenko", Initial: "v"}, false},                                                                                                                 // another surname
		{kent.NameKey{}, kent.NameKey{}, false},                                                                                                                                           // no letters match nothing
		{kent.NameKey{Surname: "biden", Initial: "y-"}, kent.NameKey{Surname: "biden", Initial: "yl"}, false},                                                                             // Joe, Jill
		{kent.NameKey{Surname: "biden", Initial: "yl"}, kent.NameKey{Surname: "biden", Initial: "y"}, true},                                                                               // Jill, J.
		{kent.NameKey{Surname: "biden", Initial: "y"}, kent.NameKey{Surname: "biden", Initial: "y-"}, true},                                                                               // J., Joe
		{kent.NameKey{Surname: "trump", Initial: "d", Skeleton: "trmp"}, kent.NameKey{Surname: "tramp", Skeleton: "trmp", Cyrillic: kent.ScriptCyrillic}, true},                           // Trump, Трамп
		{kent.NameKey{Surname: "nyaklyaev", Skeleton: "nklv", Cyrillic: kent.ScriptBelarusian}, kent.NameKey{Surname: "neklyaev", Skeleton: "nklv", Cyrillic: kent.ScriptCyrillic}, true}, // Някляеў, Некляев
		{kent.NameKey{Surname: "sholc", Skeleton: "shlc"}, kent.NameKey{Surname: "shulc", Skeleton: "shlc"}, false},                                                                       // Scholz, Schulz: one script
	} {
		if got := tc.stored.Matches(tc.asked); got != tc.want {
			t.Errorf("%+v.Matches(%+v) = %v, want %v", tc.stored, tc.asked, got, tc.want)
		}
	}
}

func TestClipAndUnique(t *testing.T) {
	if got := kent.Clip("Лукашенко  сказал\nнет", 13); got != "Лукаше…" {
		t.Errorf("Clip cut inside a letter or kept white space: %q", got)
	}
	if got := kent.Clip("short  text", 40); got != "short text" {
		t.Errorf("Clip = %q", got)
	}
	if got := kent.Unique([]string{"b", "a", "b", "c", "a"}); !reflect.DeepEqual(got, []string{"b", "a", "c"}) {
		t.Errorf("Unique = %v", got)
	}
}
