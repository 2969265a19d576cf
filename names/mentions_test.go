package names_test

import (
	"iter"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/names"
	"github.com/kentnews/kent/pipeline"
)

func process(t *testing.T, p *pipeline.Processor, lang, text string) *kent.Article {
	t.Helper()
	a, err := p.Process(ingest.Doc{Source: "t", Format: kent.FormatJSONL, Text: text, Language: lang})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func keys(a *kent.Article, kind string) map[string]string {
	out := map[string]string{}
	for _, m := range a.Mentions {
		if m.Kind == kind {
			out[m.Text] = m.Key
		}
	}
	return out
}

// One Lukashenko whatever the language or script, one Zelensky, Belarus
// recognised in every language.
func TestSpellingsAcrossLanguagesMerge(t *testing.T) {
	p := processor(t)
	texts := map[string]string{
		"en": "On Monday President Alexander Lukashenko met Volodymyr Zelensky's envoy in Belarus.",
		"sv": "I måndags träffade Aleksandr Lukasjenko sändebud från Volodymyr Zelenskyj i Vitryssland.",
		"pl": "W poniedziałek Aleksandr Łukaszenka spotkał wysłannika Wołodymyra Zełenskiego na Białorusi.",
		"de": "Am Montag traf Alexander Lukaschenko in Belarus einen Gesandten von Wolodymyr Selenskyj.",
		"ru": "В понедельник Александр Лукашенко встретился в Беларуси с посланником Владимира Зеленского.",
		"uk": "У понеділок Олександр Лукашенко зустрівся в Білорусі з посланцем Володимира Зеленського.",
		"be": "У панядзелак Аляксандр Лукашэнка сустрэўся з пасланцом Уладзіміра Зяленскага ў Беларусі.",
	}
	luka := map[string]bool{}
	for lang, text := range texts {
		a := process(t, p, lang, text)
		found := false
		for _, m := range a.Mentions {
			if m.Kind == kent.SpeakerPerson && (m.Key == "person:a lkshnko") {
				found = true
				luka[m.Key] = true
			}
		}
		if !found {
			t.Errorf("%s: no Lukashenko in %+v", lang, a.Mentions)
		}
		place := false
		for _, m := range a.Mentions {
			if m.Key == "place:BY" {
				place = true
			}
		}
		if !place {
			t.Errorf("%s: Belarus not recognised in %+v", lang, a.Mentions)
		}
	}
	// Ukrainian Олександр starts with O: the entity list joins keys by
	// surname when the full names agree on the surname.
	if len(luka) > 2 {
		t.Errorf("Lukashenko keys: %v", luka)
	}
}

func TestDemoCorpusEntities(t *testing.T) {
	p := processor(t)
	files, arts := demoArticles(t, p, "../examples/belarus/*.txt")
	lukaArticles := 0
	for i, a := range arts {
		f := files[i]
		people := keys(a, kent.SpeakerPerson)
		// The demo text runs "Lukashenko" into "the": one person still.
		if k, ok := people["Alexander Lukashenko"]; filepath.Base(f) == "001_f15f1aa9a78ce15d.txt" && (!ok || k != "person:a lkshnko") {
			t.Errorf("Alexander Lukashenko glued to the next word: %v", people)
		}
		for _, k := range people {
			if k == "person:a lkshnko" || k == "person:lkshnko" {
				lukaArticles++
				break
			}
		}
		if filepath.Base(f) == "002_87f583545b90d6d8.txt" {
			if people["Jurkonis"] != people["Vytis Yurkonis"] || people["Jurkonis"] != "person:v yrkns" {
				t.Errorf("Jurkonis and Yurkonis differ: %v", people)
			}
			for _, m := range a.Mentions {
				if m.Text == "Yurkonis" && m.Name != "Vytis Jurkonis" {
					t.Errorf("Yurkonis named %q, want the article's commonest spelling", m.Name)
				}
			}
		}
		if filepath.Base(f) == "000_b53c41c42f077bc6.txt" && keys(a, "place")["Belarus"] != "place:BY" {
			t.Errorf("Belarus in Swedish: %v", keys(a, "place"))
		}
	}
	if lukaArticles != len(files) {
		t.Errorf("Lukashenko in %d of %d articles", lukaArticles, len(files))
	}
}

// The demo corpus as `kent entities` shows it: one Lukashenko entity with
// every form the five articles print, the English and Swedish genitives
// included, and no name glued to the word after it; the Marine Corps is no
// person.
func TestDemoCorpusHasOneLukashenko(t *testing.T) {
	p := processor(t)
	_, arts := demoArticles(t, p, "../examples/belarus/*.txt")
	rows := iter.Seq2[kent.MentionRow, error](func(yield func(kent.MentionRow, error) bool) {
		for _, a := range arts {
			for _, m := range a.Mentions {
				r := kent.MentionRow{ArticleID: a.ID, Language: a.Language, Kind: m.Kind, Key: m.Key, Text: m.Text, Name: m.Name, Count: 1}
				if !yield(r, nil) {
					return
				}
			}
		}
	})
	es, err := names.Entities(rows)
	if err != nil {
		t.Fatal(err)
	}
	var luka []kent.Entity
	for _, e := range es {
		if e.Kind == kent.SpeakerPerson && strings.Contains(strings.Join(e.Variants, " "), "Luka") {
			luka = append(luka, e)
		}
		if e.Kind == kent.SpeakerPerson && e.Name == "Marine Corps" {
			t.Errorf("Marine Corps is a person: %+v", e)
		}
	}
	if len(luka) != 1 {
		t.Fatalf("%d Lukashenko entities: %+v", len(luka), luka)
	}
	for _, v := range []string{"Alexander Lukashenko", "Aliaksandr Lukashenko", "Aleksandr Lukasjenko", "Lukashenko", "Lukashenko’s", "Lukasjenko", "Lukasjenkos"} {
		if !slices.Contains(luka[0].Variants, v) {
			t.Errorf("Lukashenko entity lacks %q: %v", v, luka[0].Variants)
		}
	}
	if luka[0].Articles != len(arts) {
		t.Errorf("Lukashenko in %d of %d articles", luka[0].Articles, len(arts))
	}
}

// processor is the pipeline the tests that do not change it share: built
// once per test binary (each build unpacked the lexicon's rules and the
// language models again: under the race detector, some 20 builds were the
// package's longest step). A test that sets a field builds its own.
func processor(t *testing.T) *pipeline.Processor {
	t.Helper()
	p, err := sharedProcessor()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

var sharedProcessor = sync.OnceValues(func() (*pipeline.Processor, error) { return pipeline.NewProcessor() })
