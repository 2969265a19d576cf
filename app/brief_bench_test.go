package app_test

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/app"
	"github.com/kentnews/kent/internal/peakrss"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/question"
	"github.com/kentnews/kent/sqlite"
)

// otherNews are judgements on other events, some sharing the question's
// event family (war) but not its subject, as a real store mostly holds.
var otherNews = []string{
	"Economists say it is unlikely that the European Central Bank will cut interest rates before %d.",
	"The minister said a new airport in Gdansk will very likely open in %d.",
	"Analysts consider it probable that carmakers will raise prices again, officials in Berlin said on day %d.",
	"Meteorologists say heavy floods in Bavaria are likely this spring, with %d homes at risk.",
	"It is highly unlikely that the football league will expand to %d clubs, the chairman said.",
	"Experts say it is unlikely that Russia will enter the war near Kharkiv again before day %d.",
	"Officials in Madrid said a general strike is very unlikely this year, after %d talks.",
}

// warNews is the otherNews item on the question's event.
const warNews = 5

// BenchmarkBriefStore briefs the Belarus question against a store of 10,000
// articles of which one in ten is about it (built from the demo corpus as
// BenchmarkBrief in package question does) and the rest about other events
// (one in twenty of those shares the question's event):
// "all" reads and pools every stored judgement, as a brief did before
// judgements were keyed; "candidates" is what Brief does now; the stories
// sub-benchmarks list the stories of the same store. Peak RSS is
// measured from after the store is built (the kernel's peak is reset).
func BenchmarkBriefStore(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	const n = 10000
	writeBriefCorpus(b, filepath.Join(dir, "c"), n)
	st, err := sqlite.Open(filepath.Join(dir, "kent.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	svc := app.New(st, nil, strings.NewReader(""))
	if rep, err := svc.Ingest(ctx, app.IngestRequest{Paths: []string{filepath.Join(dir, "c")}}); err != nil || rep.New < n*9/10 {
		b.Fatalf("%+v %v", rep, err)
	}
	m, _ := question.New(lexicon.MustDefault())
	q, err := m.Understand(question.Question{Text: belarusQ})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("all", func(b *testing.B) {
		peakrss.Reset()
		var judged int
		for b.Loop() {
			hits, _, err := st.Judgements(ctx, kent.JudgementQuery{})
			if err != nil {
				b.Fatal(err)
			}
			if o := m.Outlook(q, hits, n, question.Options{}); o.Pooled == nil {
				b.Fatal("no outlook")
			}
			judged = len(hits)
		}
		b.ReportMetric(float64(judged), "judgements-read")
		b.ReportMetric(peakrss.MB(), "peak-RSS-MB")
	})
	b.Run("candidates", func(b *testing.B) {
		peakrss.Reset()
		cpu := peakrss.CPUSeconds()
		for b.Loop() {
			res, err := svc.Brief(ctx, app.BriefRequest{Question: question.Question{Text: belarusQ}})
			if err != nil || res.Outlook.Pooled == nil {
				b.Fatal("no outlook", err)
			}
		}
		b.ReportMetric((peakrss.CPUSeconds()-cpu)/float64(b.N), "CPU-s/op")
		b.ReportMetric(float64(briefReads(b, st, m.QueryKeys(q))), "judgements-read")
		b.ReportMetric(peakrss.MB(), "peak-RSS-MB")
	})
	// The same brief over 100,000 articles: the 10,000 stored copied nine
	// times under new ids (rows and keys, not the search index, which a
	// brief does not read), so one in ten is about the question as before.
	b.Run("candidates-100k", func(b *testing.B) {
		before, _ := st.Count(ctx)
		copyStore(b, filepath.Join(dir, "kent.db"), 9)
		if c, _ := st.Count(ctx); c != 10*before {
			b.Fatalf("store holds %d articles, want %d", c, 10*before)
		}
		peakrss.Reset()
		cpu := peakrss.CPUSeconds()
		for b.Loop() {
			res, err := svc.Brief(ctx, app.BriefRequest{Question: question.Question{Text: belarusQ}})
			if err != nil || res.Outlook.Pooled == nil {
				b.Fatal("no outlook", err)
			}
		}
		b.ReportMetric((peakrss.CPUSeconds()-cpu)/float64(b.N), "CPU-s/op")
		b.ReportMetric(float64(briefReads(b, st, m.QueryKeys(q))), "judgements-read")
		b.ReportMetric(peakrss.MB(), "peak-RSS-MB")
	})
	// Listing the stories ingest assigned, and grouping afresh (what
	// `kent stories` did on every call before).
	for name, threshold := range map[string]float64{"stories-stored": 0, "stories-afresh": 0.3000001} {
		b.Run(name, func(b *testing.B) {
			peakrss.Reset()
			cpu := peakrss.CPUSeconds()
			var total int
			for b.Loop() {
				res, err := svc.Stories(ctx, app.StoriesRequest{Threshold: threshold})
				if err != nil {
					b.Fatal(err)
				}
				total = res.Total
			}
			b.ReportMetric((peakrss.CPUSeconds()-cpu)/float64(b.N), "CPU-s/op")
			b.ReportMetric(float64(total), "stories")
			b.ReportMetric(peakrss.MB(), "peak-RSS-MB")
		})
	}
}

// briefReads counts the judgements a brief with these keys decodes: the
// articles naming the subject whole, of the others the judgements on the
// event (no article of the benchmark bears on the question by its title
// alone, so none is read whole besides).
func briefReads(b *testing.B, st *sqlite.Store, keys []string) int {
	subject, event := app.SplitKeys(keys)
	whole, _, err := st.Judgements(context.Background(), kent.JudgementQuery{Keys: subject})
	if err != nil {
		b.Fatal(err)
	}
	alone, _, err := st.Judgements(context.Background(), kent.JudgementQuery{Keys: event, OwnKeys: true, ExceptKeys: subject})
	if err != nil {
		b.Fatal(err)
	}
	return len(whole) + len(alone)
}

// copyStore adds copies of every stored article with its quotes,
// judgements, keys and mentions under new ids, in one transaction each,
// through a second connection (SQL, not the pipeline: a minute, not an hour).
func copyStore(b testing.TB, path string, copies int) {
	db, err := sql.Open("sqlite", "file:"+path+"?_busy_timeout=30000&_txlock=immediate")
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	idCol := map[string]string{"articles": "id", "article_facts": "id", "quotes": "article_id", "judgements": "article_id", "judgement_keys": "article_id", "mentions": "article_id"}
	order := []string{"articles", "article_facts", "quotes", "judgements", "judgement_keys", "mentions"}
	for c := 1; c <= copies; c++ {
		tx, err := db.Begin()
		if err != nil {
			b.Fatal(err)
		}
		for _, t := range order {
			rows, err := tx.Query(`SELECT name FROM pragma_table_info(?)`, t)
			if err != nil {
				b.Fatal(err)
			}
			var cols, sel []string
			for rows.Next() {
				var name string
				rows.Scan(&name)
				cols = append(cols, name)
				if name == idCol[t] {
					name += " || '~" + strconv.Itoa(c) + "'"
				}
				sel = append(sel, name)
			}
			rows.Close()
			q := "INSERT INTO " + t + " (" + strings.Join(cols, ", ") + ") SELECT " + strings.Join(sel, ", ") + " FROM " + t + " WHERE instr(" + idCol[t] + ", '~') = 0"
			if _, err := tx.Exec(q); err != nil {
				b.Fatal(q, err)
			}
		}
		// Each copy joins its original's story, as ingest would have
		// assigned it (a copy of a text joins the story of the text), so
		// the stories benchmarks list a store whose stories were all
		// assigned at ingest, not one still to be backfilled.
		suffix := "~" + strconv.Itoa(c)
		if _, err := tx.Exec(`INSERT INTO story_members (seq, article_id, story)
			SELECT a.rowid, a.id, m.story FROM story_members m JOIN articles a ON a.id = m.article_id || ?`, suffix); err != nil {
			b.Fatal(err)
		}
		if _, err := tx.Exec(`UPDATE story_state SET upto = (SELECT MAX(seq) FROM story_members) WHERE id = 1`); err != nil {
			b.Fatal(err)
		}
		if err := tx.Commit(); err != nil {
			b.Fatal(err)
		}
	}
}

func writeBriefCorpus(b testing.TB, dir string, n int) {
	files, _ := filepath.Glob("../examples/belarus/*.txt")
	var seeds [][]string
	for _, f := range files {
		data, _ := os.ReadFile(f)
		seeds = append(seeds, strings.Split(string(data), "\n"))
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range n {
		var text string
		if i%10 == 0 {
			lines := seeds[i/10%len(seeds)]
			mid := append([]string(nil), lines[1:]...)
			rng.Shuffle(len(mid), func(a, c int) { mid[a], mid[c] = mid[c], mid[a] })
			mid = append(mid[:len(mid)*3/4], "Report "+strconv.Itoa(i)+".")
			text = lines[0] + "\n" + strings.Join(mid, "\n")
		} else {
			// Four judgements on other events; one article in twenty
			// has the one that shares the question's event (war).
			var body []string
			for k := range 4 {
				t := (i + k*2) % (len(otherNews) - 1)
				if t == warNews && i%20 != 1 {
					t = len(otherNews) - 1
				}
				body = append(body, fmt.Sprintf(otherNews[t], 100+i+k))
			}
			text = fmt.Sprintf("News of the day %d\n%s", i, strings.Join(body, "\n\n"))
		}
		p := filepath.Join(dir, fmt.Sprintf("%03d", i%100), fmt.Sprintf("%05d.txt", i))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
}
