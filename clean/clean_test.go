package clean

import (
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lang"
	"github.com/kentnews/kent/lexicon"
)

var (
	once    sync.Once
	cleaner *Cleaner
)

func testCleaner(t testing.TB) *Cleaner {
	once.Do(func() {
		det, err := lang.New()
		if err != nil {
			t.Fatal(err)
		}
		cleaner = New(lexicon.MustDefault(), det)
		cleaner.Now = func() time.Time { return time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC) }
	})
	return cleaner
}

func cleanFile(t *testing.T, name string) Result {
	t.Helper()
	b, err := os.ReadFile("../examples/belarus/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return testCleaner(t).Clean(Input{Text: string(b)})
}

func body(r Result) string {
	var parts []string
	for _, b := range r.Blocks {
		if b.Kind == kent.BlockBody {
			parts = append(parts, b.Text)
		}
	}
	return strings.Join(parts, "\n")
}

// The demo corpus: what the gold file says must go, goes; what must stay,
// stays.
func TestDemoCorpus(t *testing.T) {
	cases := []struct {
		file, lang, title string
		drop, keep        []string
		repeats           int
	}{
		{file: "000_b53c41c42f077bc6.txt", lang: "sv",
			keep: []string{"Den amerikanska tankesmedjan Institute for the Study of War", "Hur ser belarusierna på kriget i Ukraina", "Utökat militärt samarbete"}},
		{file: "001_f15f1aa9a78ce15d.txt", lang: "en", title: "The stalled Russian offensive increases pressure on Belarus to join the invasion",
			drop: []string{"TheHitc is an automatic aggregator", "Related Articles", "Back to top button", "Mustache-wearing President Alexander Lukashenko took part"},
			keep: []string{"Alexander Lukashenkothe authoritarian leader of Belarus", "“It certainly wouldn’t be critical,” said Mark Cancian", "“The biggest question is not how much"}},
		{file: "002_87f583545b90d6d8.txt", lang: "en", title: "A version of why Belarusian troops are not yet involved in the war in Ukraine: they see two risks",
			drop:    []string{"Daugiau nuotraukų (1)", "UAB „Lrytas“,", "Įm. kodas: 300781534", "Apple App Store Google Play Store", "Visos teisės saugomos.", "Sekite mus", "Reuters/Scanpix"},
			keep:    []string{"However, political analyst Vytis Yurkonis", "Even a few risks", "„There would be a higher probability of protests"},
			repeats: 2},
		{file: "003_dd23fc21c6e56c65.txt", lang: "en", title: "Will Belarusian troops enter war in Ukraine?",
			keep: []string{"Political analyst Aliaksandr Klaskouski", "But there is one important external factor."}},
		{file: "004_b479c4edcd6d1ec6.txt", lang: "en", title: "Putin’s Belarusian accomplice in split: ‘Sees own country being swallowed’",
			drop: []string{"Home » today » World »", "Leave a Comment", "This site uses Akismet to reduce spam."},
			keep: []string{"According to US intelligence and NATO officials", "Springboard for Putin", "At the same time, Lukashenko will face"}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			r := cleanFile(t, c.file)
			if r.Language != c.lang {
				t.Errorf("language = %q, want %q", r.Language, c.lang)
			}
			if r.Title != c.title {
				t.Errorf("title = %q, want %q", r.Title, c.title)
			}
			text := body(r)
			for _, d := range c.drop {
				if strings.Contains(text, d) {
					t.Errorf("chrome left in body: %q", d)
				}
			}
			for _, k := range c.keep {
				if !strings.Contains(text, k) {
					t.Errorf("article text dropped: %q", k)
				}
			}
			repeats := 0
			for _, b := range r.Blocks {
				if strings.HasPrefix(b.Reason, "repeat of block") && len(b.Text) > 100 {
					repeats++
				}
				if b.Kind == kent.BlockDrop && b.Reason == "" {
					t.Errorf("dropped without a reason: %q", b.Text)
				}
			}
			if repeats != c.repeats {
				t.Errorf("%d repeated paragraphs dropped, want %d", repeats, c.repeats)
			}
		})
	}
}

func TestDemoMetadata(t *testing.T) {
	r := cleanFile(t, "002_87f583545b90d6d8.txt")
	if r.Outlet != "Lrytas.lt" {
		t.Errorf("outlet = %q", r.Outlet)
	}
	if want := time.Date(2022, 4, 14, 13, 52, 0, 0, time.UTC); !r.Published.Equal(want) {
		t.Errorf("published = %v, want %v", r.Published, want)
	}
	r = cleanFile(t, "001_f15f1aa9a78ce15d.txt")
	if r.Author != "Adam Bradshaw" {
		t.Errorf("author = %q", r.Author)
	}
}

// Phrase lists must not cost a real paragraph: a body sentence that happens
// to contain a chrome word stays.
func TestPhraseInBodyKept(t *testing.T) {
	text := "Minister trifft Lukaschenko\n" +
		"Die Kommentare des Ministers waren scharf, sagte ein Sprecher am Montag in Berlin.\n" +
		"Kommentare\n" +
		"Es ist sehr unwahrscheinlich, dass Minsk Soldaten in die Ukraine schickt, sagte der Analyst.\n" +
		"Read more\n"
	r := testCleaner(t).Clean(Input{Text: text})
	b := body(r)
	if !strings.Contains(b, "Die Kommentare des Ministers") || !strings.Contains(b, "sehr unwahrscheinlich") {
		t.Errorf("real paragraph dropped:\n%s", b)
	}
	if strings.Contains(b, "Read more") || strings.Contains(b, "\nKommentare\n") {
		t.Errorf("chrome kept:\n%s", b)
	}
	if r.Language != "de" {
		t.Errorf("language = %q", r.Language)
	}
}

func TestHardWrappedTextIsJoined(t *testing.T) {
	text := "Analysts say Lukashenko has limited ability to resist Russian\n" +
		"pressure to join the fight, and officials in Kyiv have warned that\n" +
		"he may not be able to keep his troops on the fringes forever.\n"
	got := SplitBlocks(text)
	if len(got) != 1 || !strings.Contains(got[0], "Russian pressure") {
		t.Fatalf("blocks = %q", got)
	}
}

func TestGivenBlocksAndTitle(t *testing.T) {
	r := testCleaner(t).Clean(Input{
		Title:  "Minsk will not send troops",
		Blocks: []string{"Minsk will not send troops", "The president said on Tuesday that no soldiers would cross the border.", "Share this article"},
	})
	if got := body(r); got != "The president said on Tuesday that no soldiers would cross the border." {
		t.Errorf("body = %q", got)
	}
}

func FuzzClean(f *testing.F) {
	b, _ := os.ReadFile("../examples/belarus/002_87f583545b90d6d8.txt")
	f.Add(string(b))
	f.Add("Home » a » b » Title\nTitle\n© x\n\xff\xfe")
	f.Add("")
	c := testCleaner(f)
	f.Fuzz(func(t *testing.T, text string) {
		r := c.Clean(Input{Text: text})
		for _, bl := range r.Blocks {
			if bl.Kind == kent.BlockDrop && bl.Reason == "" {
				t.Fatalf("drop without reason: %q", bl.Text)
			}
		}
	})
}

// Scraped pages in the held-out languages: breadcrumbs, "read also" links,
// photo credits, sharing, subscription and copyright lines go; the article
// stays, with its headline and date.
func TestScrapedChromeInOtherLanguages(t *testing.T) {
	cases := map[string]struct {
		lang, title, keep string
		drop              []string
	}{
		"uk.txt": {"uk", "Експерт: наступ Білорусі на Україну малоймовірний", "За його словами, білоруська армія слабка",
			[]string{"Головна", "Читайте також", "Фото: УНІАН", "Підписуйтесь", "Поділитися", "Всі права захищені", "Новини партнерів"}},
		"ru.txt": {"ru", "Политолог: вступление Беларуси в войну маловероятно", "«Армия не готова воевать», — отметил эксперт.",
			[]string{"Главная", "Читайте также", "Подписывайтесь", "Все права защищены", "Реклама"}},
		"pl.txt": {"pl", "Ekspert: udział Białorusi w wojnie mało prawdopodobny", "– Armia białoruska jest słaba – dodał ekspert.",
			[]string{"Strona główna", "Czytaj także", "Fot. PAP", "Udostępnij", "Wszelkie prawa", "Reklama"}},
		"de.txt": {"de", "Experte: Angriff aus Belarus unwahrscheinlich", "„Die Armee ist schlecht ausgerüstet“, sagte Gressel.",
			[]string{"Startseite", "Ausland", "Lesen Sie auch", "Foto: dpa", "Artikel teilen", "Mehr zum Thema", "dpa-infocom", "Anzeige"}},
	}
	for file, c := range cases {
		b, err := os.ReadFile("testdata/" + file)
		if err != nil {
			t.Fatal(err)
		}
		r := testCleaner(t).Clean(Input{Text: string(b)})
		text := body(r)
		if r.Language != c.lang || r.Title != c.title || r.Published.IsZero() {
			t.Errorf("%s: language %q title %q date %v", file, r.Language, r.Title, r.Published)
		}
		if !strings.Contains(text, c.keep) {
			t.Errorf("%s: article text lost: %q\n%s", file, c.keep, text)
		}
		for _, d := range c.drop {
			if strings.Contains(text, d) {
				t.Errorf("%s: chrome kept: %q", file, d)
			}
		}
	}
}
