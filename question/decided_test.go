package question_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/question"
)

// TestDecidedChangesNothing: a brief decides the judgements on the event
// alone first and hands those decisions to the outlook (Matcher.Decided).
// Relevances and the outlook with decisions an earlier call made on part
// of the hits are those decided afresh, for every judgement of the demo
// corpus and its copies under other ids and titles (some read in an
// article whose title names the subject, the topic pass); decisions on
// another question are not taken.
func TestDecidedChangesNothing(t *testing.T) {
	m, p, q := setup(t)
	q, err := m.Understand(q)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../examples/belarus/*.txt")
	if len(files) == 0 {
		t.Fatal("no demo corpus")
	}
	var texts []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	// A sentence that names the event and no one: its article's title
	// lends it the subject, or does not.
	texts = append(texts, "Analysts say it is unlikely that the army will enter the war against Ukraine this year.")
	var hits []kent.JudgementHit
	for k, text := range texts {
		js := judgements(t, p, "en", text, "Wire", time.Date(2022, 3, 1+k, 0, 0, 0, 0, time.UTC))
		for c, title := range []string{"", "Belarus: Lukashenko weighs his options", "Markets close higher"} {
			for _, h := range js {
				h.ArticleID, h.Title = strconv.Itoa(k)+"~"+strconv.Itoa(c), title
				hits = append(hits, h)
			}
		}
	}
	fresh := m.Relevances(q, hits)
	var part []kent.JudgementHit
	for i, h := range hits {
		if i%3 != 1 {
			part = append(part, h)
		}
	}
	d := m.Decided(q)
	m.RelevancesWith(q, part, d)
	if got := m.RelevancesWith(q, hits, d); !reflect.DeepEqual(got, fresh) {
		for i := range got {
			if !reflect.DeepEqual(got[i], fresh[i]) {
				t.Errorf("%q of %s: %+v with decisions made before, %+v afresh", hits[i].Words, hits[i].ArticleID, got[i], fresh[i])
			}
		}
	}
	about, topic := 0, 0
	for _, r := range fresh {
		if r.About {
			about++
		}
		if r.Family && !r.Subject || r.Topic != "" {
			topic++
		}
	}
	if about == 0 || topic == 0 {
		t.Fatalf("%d of %d judgements about the question, %d read by topic: too few to compare", about, len(hits), topic)
	}
	now := time.Date(2022, 4, 1, 0, 0, 0, 0, time.UTC)
	want := m.Outlook(q, hits, len(texts)*3, question.Options{Now: now})
	d = m.Decided(q)
	m.RelevancesWith(q, part, d)
	if got := m.Outlook(q, hits, len(texts)*3, question.Options{Now: now, Decided: d}); !reflect.DeepEqual(got, want) {
		t.Errorf("the outlook with decisions made before differs from the one decided afresh")
	}
	other, err := m.Understand(question.Question{Text: "Will Poland adopt the euro by 2030?"})
	if err != nil {
		t.Fatal(err)
	}
	od := m.Decided(other)
	m.RelevancesWith(other, hits, od)
	if got := m.RelevancesWith(q, hits, od); !reflect.DeepEqual(got, fresh) {
		t.Error("decisions on another question were taken")
	}
}
