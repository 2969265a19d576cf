package story_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/pipeline"
	"github.com/kentnews/kent/story"
)

// Translations of one report join one story; another report opens its own.
func TestCrossLanguageStories(t *testing.T) {
	c, err := story.New(lexicon.MustDefault())
	if err != nil {
		t.Fatal(err)
	}
	items := []struct{ lang, text string }{
		{"en", "Alexander Lukashenko said on 14 April 2022 that 45,000 Belarusian soldiers would not join the Russian offensive in Ukraine, the ministry in Minsk reported."},
		{"de", "Alexander Lukaschenko sagte am 14. April 2022, dass 45.000 belarussische Soldaten nicht an der russischen Offensive in der Ukraine teilnehmen würden, berichtete das Ministerium in Minsk."},
		{"ru", "Александр Лукашенко заявил 14 апреля 2022 года, что 45 000 белорусских солдат не присоединятся к российскому наступлению в Украине, сообщило министерство в Минске."},
		{"pl", "Aleksandr Łukaszenka powiedział 14 kwietnia 2022 roku, że 45 000 białoruskich żołnierzy nie dołączy do rosyjskiej ofensywy na Ukrainie, poinformowało ministerstwo w Mińsku."},
		{"en", "The Swedish central bank raised its interest rate by 0.75 percentage points on Thursday, the biggest increase since 1992."},
		{"sv", "Riksbanken höjde på torsdagen styrräntan med 0,75 procentenheter, den största höjningen sedan 1992."},
	}
	var got []int
	for i, it := range items {
		got = append(got, c.Add(fmt.Sprint(i), it.lang, it.text))
	}
	for i := 1; i < 4; i++ {
		if got[i] != got[0] {
			t.Errorf("item %d (%s) in story %d, want %d: %v", i, items[i].lang, got[i], got[0], got)
		}
	}
	if got[4] == got[0] || got[5] != got[4] {
		t.Errorf("stories %v: the bank report must be its own story, in both languages", got)
	}
}

// BenchmarkMentionsAndStories measures mention extraction plus streaming
// clustering per article (goal: 1,000 articles/s per core).
func BenchmarkMentionsAndStories(b *testing.B) {
	proc, err := pipeline.NewProcessor()
	if err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob("../examples/belarus/*.txt")
	var arts []*kent.Article
	for _, f := range files {
		data, _ := os.ReadFile(f)
		docs, _ := ingest.Read(f, data)
		a, _ := proc.Process(docs[0])
		arts = append(arts, a)
	}
	c, err := story.New(lexicon.MustDefault())
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			a.Mentions = proc.Names.Find(a)
			c.Add(fmt.Sprint(n), a.Language, a.Title+"\n"+a.Text)
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
