package sqlite

import (
	"context"
	"fmt"
	"reflect"
	"runtime"
	"testing"
	"time"

	"github.com/kentnews/kent"
)

// A whole listing read in parts at once (one per core, by ranges of
// article ids) lists what a paged listing and a listing on one core list,
// in the same order: the articles of every range, the unkeyed judgements
// once, the listed ids only; a judgement stored byte for byte in articles
// of different parts is decoded once.
func TestListingInParts(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	day := time.Date(2024, 3, 1, 8, 0, 0, 0, time.UTC)
	var arts []*kent.Article
	var ids []string
	for i := range 40 {
		text := fmt.Sprintf("Report %d: Belarus is unlikely to enter the war; prices will probably rise.", i)
		a := article(fmt.Sprintf("outlet%d.example", i), text, "en", day.Add(time.Duration(i%7)*time.Hour))
		holder := &kent.Speaker{Name: "Anna Nowak", Kind: kent.SpeakerPerson, Key: kent.NameKey{Surname: "nowak", Initial: "a"}}
		a.Judgements = []kent.Judgement{
			// the same bytes in every article: decoded once
			{Cue: "unlikely", Words: "Belarus is unlikely to enter the war", Language: "en", Holder: holder, Keys: []string{"e:war", "p:BY"}},
			{Cue: "probably", Words: fmt.Sprintf("prices will probably rise %d", i), Language: "en", Keys: []string{"e:prices"}},
		}
		if i%5 == 0 {
			a.Judgements[1].Keys = nil // never keyed: listed with any keys
		}
		if i%3 == 0 {
			ids = append(ids, a.ID)
		}
		arts = append(arts, a)
	}
	if _, err := s.Put(ctx, arts); err != nil {
		t.Fatal(err)
	}
	parts := map[bool]bool{}
	for _, a := range arts {
		parts[a.ID[:1] < "8"] = true
	}
	if len(parts) < 2 {
		t.Fatal("the articles' ids all fall in one part: the test reads no parts")
	}
	for _, c := range []struct {
		name string
		q    kent.JudgementQuery
		want int
	}{
		{"keys", kent.JudgementQuery{Keys: []string{"p:BY"}}, 80},
		{"own keys", kent.JudgementQuery{Keys: []string{"e:prices"}, OwnKeys: true}, 40},
		{"except", kent.JudgementQuery{Keys: []string{"e:prices"}, ExceptKeys: []string{"p:BY"}}, 0},
		{"ids", kent.JudgementQuery{ArticleIDs: ids}, 2 * len(ids)},
	} {
		whole, total, err := s.Judgements(ctx, c.q)
		if err != nil || total != c.want || len(whole) != c.want {
			t.Fatalf("%s: %d (total %d), %v; want %d", c.name, len(whole), total, err, c.want)
		}
		paged := c.q
		paged.Limit = 1000
		byPage, _, err := s.Judgements(ctx, paged)
		if err != nil {
			t.Fatal(err)
		}
		old := runtime.GOMAXPROCS(1)
		oneCore, _, err := s.Judgements(ctx, c.q)
		runtime.GOMAXPROCS(old)
		if err != nil {
			t.Fatal(err)
		}
		for i := range whole {
			if !reflect.DeepEqual(whole[i], byPage[i]) || !reflect.DeepEqual(whole[i], oneCore[i]) {
				t.Fatalf("%s: hit %d is %s/%s listed whole, %s/%s by page, %s/%s on one core", c.name, i,
					whole[i].ArticleID, whole[i].Cue, byPage[i].ArticleID, byPage[i].Cue, oneCore[i].ArticleID, oneCore[i].Cue)
			}
		}
		if c.name == "keys" {
			var holders []*kent.Speaker
			for _, h := range whole {
				if h.Cue == "unlikely" && (len(holders) == 0 || holders[0] != h.Holder) {
					holders = append(holders, h.Holder)
				}
			}
			if len(holders) != 1 {
				t.Errorf("one judgement stored in 40 articles was decoded %d times", len(holders))
			}
		}
	}
}

// Listings at once on one store each get their parts' connections, or
// wait for them, and list the same.
func TestListingsAtOnce(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	day := time.Date(2024, 3, 1, 8, 0, 0, 0, time.UTC)
	var arts []*kent.Article
	for i := range 20 {
		a := article(fmt.Sprintf("o%d.example", i), fmt.Sprintf("Text %d: war is unlikely.", i), "en", day)
		a.Judgements = []kent.Judgement{{Cue: "unlikely", Words: "war is unlikely", Keys: []string{"e:war"}}}
		arts = append(arts, a)
	}
	if _, err := s.Put(ctx, arts); err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			hits, _, err := s.Judgements(ctx, kent.JudgementQuery{Keys: []string{"e:war"}})
			if err == nil && len(hits) != 20 {
				err = fmt.Errorf("%d hits, want 20", len(hits))
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
