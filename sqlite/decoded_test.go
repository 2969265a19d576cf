package sqlite

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/kentnews/kent"
)

// TestCopiesDecodedOnce: the same text from three outlets lists its
// judgement three times, each with its own article, the same judgement
// (decoded once) and each with the holder key stored beside it, also where
// only that key differs; a listing with a page decodes every row and
// agrees.
func TestCopiesDecodedOnce(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	day := time.Date(2022, 4, 14, 13, 52, 0, 0, time.UTC)
	text := "Vytis Jurkonis teigė, kad tai mažai tikėtina."
	var arts []*kent.Article
	for n, outlet := range []string{"lrytas.lt", "delfi.lt", "15min.lt"} {
		a := article(outlet, text, "lt", day.Add(time.Duration(n)*time.Hour))
		holder := &kent.Speaker{Name: "Vytis Jurkonis", Kind: kent.SpeakerPerson, Key: kent.NameKey{Surname: "jurkonis", Initial: "v"}}
		if n == 2 {
			holder.Key.Surname = "jurkon" // the key is not in the JSON: only it differs
		}
		a.Judgements = []kent.Judgement{{Cue: "mažai tikėtina", Words: text, Language: "lt", Band: "unlikely", Value: 0.2,
			Holder: holder, Proposition: kent.Proposition{Text: "tai", Entities: []string{"Vytis"}}}}
		arts = append(arts, a)
	}
	if _, err := s.Put(ctx, arts); err != nil {
		t.Fatal(err)
	}
	all, total, err := s.Judgements(ctx, kent.JudgementQuery{})
	if err != nil || total != 3 || len(all) != 3 {
		t.Fatalf("%d judgements (total %d), %v; want 3", len(all), total, err)
	}
	paged, _, err := s.Judgements(ctx, kent.JudgementQuery{Page: kent.Page{Limit: 10}})
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range all {
		if h.ArticleID != arts[i].ID || h.Outlet != arts[i].Outlet {
			t.Errorf("hit %d is of %s (%s), want %s", i, h.ArticleID, h.Outlet, arts[i].Outlet)
		}
		if want := arts[i].Judgements[0].Holder.Key; h.Holder == nil || h.Holder.Key != want {
			t.Errorf("hit %d: holder %+v, want key %+v", i, h.Holder, want)
		}
		if !reflect.DeepEqual(h, paged[i]) {
			t.Errorf("hit %d listed whole %+v, by page %+v", i, h, paged[i])
		}
	}
	if all[0].Holder != all[1].Holder {
		t.Error("a judgement stored twice byte for byte was decoded twice")
	}
	if all[2].Holder == all[0].Holder {
		t.Error("a judgement whose holder key differs shares the other's holder")
	}
}
