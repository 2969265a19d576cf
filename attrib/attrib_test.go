package attrib_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/attrib"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/pipeline"
	"github.com/kentnews/kent/segment"
	"github.com/kentnews/kent/tokens"
)

var extractor = func() *attrib.Extractor {
	x, err := attrib.New(lexicon.MustDefault())
	if err != nil {
		panic(err)
	}
	return x
}()

// article builds a segmented article from paragraphs separated by blank
// lines, in one language.
func article(lang, text string) *kent.Article {
	a := &kent.Article{Text: text, Language: lang}
	seg := segment.New(lexicon.MustDefault())
	for _, sp := range segment.Paragraphs(text) {
		a.Paragraphs = append(a.Paragraphs, kent.Paragraph{Span: sp, Language: lang, Sentences: seg.Sentences(text, sp, lang)})
	}
	return a
}

type want struct {
	speaker, prefix string
	kind            kent.QuoteKind
}

func check(t *testing.T, lang, text string, wants ...want) []kent.Quote {
	t.Helper()
	qs, _ := extractor.Extract(article(lang, text))
	for _, w := range wants {
		found := false
		for _, q := range qs {
			if !strings.HasPrefix(q.Text, w.prefix) {
				continue
			}
			name := ""
			if q.Speaker != nil {
				name = q.Speaker.Name
			}
			if name == w.speaker && (w.kind == "" || q.Kind == w.kind) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: no %s quote %q by %q in\n%s", lang, w.kind, w.prefix, w.speaker, dump(qs))
		}
	}
	return qs
}

func dump(qs []kent.Quote) string {
	var b strings.Builder
	for _, q := range qs {
		name := "-"
		if q.Speaker != nil {
			name = q.Speaker.Name
		}
		fmt.Fprintf(&b, "  %s %q by %s (cue %q)\n", q.Kind, q.Text, name, q.Cue)
	}
	return b.String()
}

func TestEnglishStyles(t *testing.T) {
	check(t, "en", "“It certainly wouldn’t be critical,” said Mark Cancian, a former colonel now at the Center for Strategic and International Studies think tank. “That was the only way.”\n\n"+
		"“But it would be a problem,” he added.",
		want{"Mark Cancian", "It certainly wouldn’t be critical", kent.QuoteDirect},
		want{"Mark Cancian", "That was the only way", kent.QuoteDirect},
		want{"Mark Cancian", "But it would be a problem", kent.QuoteDirect})
	qs := check(t, "en", "Katia Glod, a Belarus expert at the Center for European Policy Analysis think tank, said: “It will all come down to Putin.”\n\nShe continued: “Especially with Russian troops in the country.”",
		want{"Katia Glod", "It will all come down", kent.QuoteDirect},
		want{"Katia Glod", "Especially with Russian troops", kent.QuoteDirect})
	if sp := qs[0].Speaker; sp.Affiliation != "Center for European Policy Analysis" || sp.Role != "Belarus expert" {
		t.Errorf("apposition: role %q affiliation %q", sp.Role, sp.Affiliation)
	}
	check(t, "en", "Michal Baranowski, a senior fellow at the German Marshall Fund, said it would be “very significant” if Belarus joined the war.",
		want{"Michal Baranowski", "very significant", kent.QuotePartial},
		want{"Michal Baranowski", "it would be", kent.QuoteMixed})
	check(t, "en", "According to US intelligence and NATO officials, Belarusian troops will soon be fighting in Ukraine.\n\nA senior US defense official said there was no evidence Belarus was sending troops.\n\nOfficials in Kyiv have warned that Lukashenko may not be able to keep his troops out.",
		want{"US intelligence and NATO officials", "Belarusian troops will soon", kent.QuoteIndirect},
		want{"senior US defense official", "there was no evidence", kent.QuoteIndirect},
		want{"Officials in Kyiv", "Lukashenko may not be able", kent.QuoteIndirect})
}

// One speaker whatever the spelling in one article; a surname, a title and a
// definite description resolve to the full name.
func TestSpeakerResolution(t *testing.T) {
	check(t, "en", "However, political analyst Vytis Yurkonis thinks that both leaders are aware of the risks.\n\n"+
		"„If Lukashenko loses his main column, there would be a movement in Minsk“, Jurkonis noted.\n\n"+
		"„Sociological data shows that less than 3% support the war“, the political analyst said.\n\n"+
		"According to Mr Jurkonis, relatives of volunteers are persecuted by the regime.",
		want{"Vytis Jurkonis", "both leaders are aware", kent.QuoteIndirect},
		want{"Vytis Jurkonis", "If Lukashenko loses", kent.QuoteDirect},
		want{"Vytis Jurkonis", "Sociological data", kent.QuoteDirect},
		want{"Vytis Jurkonis", "relatives of volunteers", kent.QuoteIndirect})
}

func TestNeverInventsASpeaker(t *testing.T) {
	qs := check(t, "en", "“Nobody is named anywhere near these words, which stand alone in the paragraph.”\n\nHe said it was “nonsense”.",
		want{"", "Nobody is named", kent.QuoteDirect})
	for _, q := range qs {
		if q.Speaker != nil {
			t.Errorf("invented speaker %q for %q", q.Speaker.Name, q.Text)
		}
	}
	qs, _ = extractor.Extract(article("en", "The so-called “false flag” attack drew “volunteers” to the border."))
	if len(qs) != 0 {
		t.Errorf("scare quotes reported as quotes:\n%s", dump(qs))
	}
}

func TestSwedishDashSpeech(t *testing.T) {
	check(t, "sv", "Det förklarar Jakob Hedenskog, analytiker vid Utrikespolitiska institutet.\n\n"+
		"– Det är en relation där den store diktatorn Putin bestämmer, säger Jakob Hedenskog.\n\n"+
		"– Jag tror att Lukasjenko använder det här, säger han.\n\n"+
		"Den amerikanska tankesmedjan Institute for the Study of War, ISW, skriver att det är ”osannolikt” att Belarus går in i kriget.\n\n"+
		"Planen är långsiktig, skriver ISW vidare.",
		want{"Jakob Hedenskog", "Det är en relation", kent.QuoteDirect},
		want{"Jakob Hedenskog", "Jag tror att Lukasjenko", kent.QuoteDirect},
		want{"Institute for the Study of War", "osannolikt", kent.QuotePartial},
		want{"Institute for the Study of War", "Planen är långsiktig", kent.QuoteIndirect})
}

func TestOtherLanguages(t *testing.T) {
	check(t, "de", "„Es ist sehr unwahrscheinlich, dass Minsk in absehbarer Zeit Soldaten in die Ukraine schickt“, sagte die Politologin Katia Glod.\n\n"+
		"Laut dem ukrainischen Generalstab stehen russische Truppen an der Grenze.\n\n"+
		"Der Analyst Michał Baranowski hält einen Angriff aus dem Norden derzeit für wenig wahrscheinlich.",
		want{"Katia Glod", "Es ist sehr unwahrscheinlich", kent.QuoteDirect},
		want{"ukrainischen Generalstab", "stehen russische Truppen", kent.QuoteIndirect},
		want{"Michał Baranowski", "einen Angriff aus dem Norden", kent.QuoteIndirect})
	check(t, "pl", "„Nie wyślemy wojska na Ukrainę” – powiedział Aleksandr Łukaszenka.\n\n"+
		"Zdaniem ekspertów udział białoruskiego wojska w wojnie jest mało prawdopodobny.",
		want{"Aleksandr Łukaszenka", "Nie wyślemy wojska", kent.QuoteDirect},
		want{"ekspertów", "udział białoruskiego wojska", kent.QuoteIndirect})
	check(t, "ru", "«Мы не будем вмешиваться», — заявил Александр Лукашенко.\n\n"+
		"По словам аналитика Арсения Сивицкого, вероятность вступления Беларуси в войну низкая.",
		want{"Александр Лукашенко", "Мы не будем вмешиваться", kent.QuoteDirect},
		want{"Арсения Сивицкого", "вероятность вступления", kent.QuoteIndirect})
	check(t, "ru", "«Мы не допустим втягивания армии в войну», — подчеркнул министр обороны Виктор Хренин.\n\n"+
		"По данным украинской разведки, угроза с севера сохраняется.\n\n"+
		"Как заявил советник главы офиса президента Михаил Подоляк, Минск вряд ли решится на наступление.",
		want{"Виктор Хренин", "Мы не допустим", kent.QuoteDirect},
		want{"украинской разведки", "угроза с севера", kent.QuoteIndirect},
		want{"Михаил Подоляк", "Минск вряд ли", kent.QuoteIndirect})
	check(t, "uk", "«Ми не плануємо відправляти війська», — сказав Олександр Лукашенко.\n\n"+
		"За словами експерта, Білорусь не вступить у війну найближчим часом.",
		want{"Олександр Лукашенко", "Ми не плануємо", kent.QuoteDirect},
		want{"експерта", "Білорусь не вступить", kent.QuoteIndirect})
}

// Bad input: unbalanced marks are reported, thousands of marks and a huge
// paragraph take bounded time, and no quote runs past the article.
func TestBadInput(t *testing.T) {
	qs, warns := extractor.Extract(article("en", "He said “this never closes and the paragraph ends.\n\nA new paragraph, said Anna Smith."))
	if len(warns) == 0 {
		t.Error("no warning for an unbalanced quote mark")
	}
	for _, q := range qs {
		if strings.Contains(q.Text, "\n") && q.Kind != kent.QuoteDirect {
			t.Errorf("quote runs across paragraphs: %q", q.Text)
		}
	}
	for name, text := range map[string]string{
		"marks":     strings.Repeat("“ ” „ « » ” ‘ ’ \" ", 10000),
		"unclosed":  strings.Repeat("He said “no ", 10000),
		"paragraph": strings.Repeat("Officials said that the troops would stay. ", 25000),
		"inches":    "The screen is 27″ wide and the board is 2” thick, he said.",
	} {
		a := article("en", text)
		qs, _ := extractor.Extract(a)
		for _, q := range qs {
			if q.Span.Start < 0 || q.Span.End > len(a.Text) || a.Text[q.Span.Start:q.Span.End] != q.Text {
				t.Fatalf("%s: bad span %+v", name, q.Span)
			}
		}
	}
}

// The demo corpus end to end: the gold file's quotes with their speakers.
func TestDemoCorpusQuotes(t *testing.T) {
	proc, err := pipeline.NewProcessor()
	if err != nil {
		t.Fatal(err)
	}
	gold := map[string][]want{
		"000_b53c41c42f077bc6.txt": {{"Jakob Hedenskog", "Det är en relation där den store diktatorn Putin", ""}, {"Jakob Hedenskog", "Jag tror att Lukasjenko använder det här", ""}},
		"001_f15f1aa9a78ce15d.txt": {{"Lukashenko", "We will not interfere", ""}, {"Oleksiy Danilov", "They have a great desire", ""}, {"Katia Glod", "It will all come down", ""}, {"Katia Glod", "Especially with Russian troops", ""}, {"François Heisbourg", "The Russians need corpses", ""}, {"Mark Cancian", "It certainly wouldn’t be critical", ""}, {"Mark Cancian", "But it would [also] be a problem", ""}, {"Michal Baranowski", "The biggest question is not", ""}},
		"002_87f583545b90d6d8.txt": {{"Vytis Jurkonis", "If Lukashenko loses his main column", ""}, {"Vytis Jurkonis", "I think there was a realignment", ""}, {"Vytis Jurkonis", "Sociological data shows", ""}},
		"003_dd23fc21c6e56c65.txt": {{"Arseni Sivitski", "where he will simply have no choice", ""}, {"Valery Karbalevich", "War leads to the degradation", ""}},
		"004_b479c4edcd6d1ec6.txt": {{"Eva Hartog", "Putin has an imperial image", ""}, {"Lukashenko", "He and I met", ""}, {"Michael Kemper", "If Putin’s situation", ""}, {"Michael Kemper", "Lukashenko sees his own country", ""}, {"Eva Hartog", "For Belarus, as for Russia", ""}},
	}
	for file, ws := range gold {
		b, err := os.ReadFile("../examples/belarus/" + file)
		if err != nil {
			t.Fatal(err)
		}
		a, err := proc.Process(ingest.Doc{Source: file, Format: kent.FormatText, Text: string(b)})
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range ws {
			found := false
			for _, q := range a.Quotes {
				if strings.HasPrefix(q.Text, w.prefix) && q.Speaker != nil && q.Speaker.Name == w.speaker {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: no quote %q by %s", file, w.prefix, w.speaker)
			}
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("en", "“A,” said B. „C“, D noted. – E, säger F.")
	f.Add("sv", "– Det är, säger han.\n\n– Ja.")
	f.Add("ru", "«Мы», — заявил он. По словам эксперта, нет.")
	f.Fuzz(func(t *testing.T, lang, text string) {
		a := article(lang, text)
		qs, _ := extractor.Extract(a)
		for _, q := range qs {
			if q.Span.Start < 0 || q.Span.End > len(a.Text) || q.Span.Start > q.Span.End {
				t.Fatalf("bad span %+v", q.Span)
			}
		}
	})
}

// BenchmarkExtract reports sentences per second on the demo corpus, of
// wall time and of CPU time (run it with -cpu 1 for sentences per core),
// and the share of sentences the dependency parse was needed for.
func BenchmarkExtract(b *testing.B) {
	arts, sentences := demoArticles(b)
	b.ReportAllocs()
	b.ResetTimer()
	parsed, cpu := attrib.Parsed.Load(), cpuTime()
	for b.Loop() {
		for _, a := range arts {
			extractor.Extract(a)
		}
	}
	b.ReportMetric(float64(sentences*b.N)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(sentences*b.N)/(cpuTime()-cpu).Seconds(), "sentences/cpu-s")
	b.ReportMetric(float64(attrib.Parsed.Load()-parsed)/float64(sentences*b.N), "parsed/sentence")
}

// demoArticles are the demo corpus's articles, processed, and their
// number of sentences.
func demoArticles(b *testing.B) ([]*kent.Article, int) {
	proc, _ := pipeline.NewProcessor()
	var arts []*kent.Article
	sentences := 0
	for _, f := range []string{"000_b53c41c42f077bc6.txt", "001_f15f1aa9a78ce15d.txt", "002_87f583545b90d6d8.txt", "003_dd23fc21c6e56c65.txt", "004_b479c4edcd6d1ec6.txt"} {
		data, err := os.ReadFile("../examples/belarus/" + f)
		if err != nil {
			b.Fatal(err)
		}
		a, _ := proc.Process(ingest.Doc{Source: f, Format: kent.FormatText, Text: string(data)})
		a.Tokens = tokens.Article(a) // as the pipeline hands them to every stage
		arts = append(arts, a)
		sentences += len(a.SentenceSpans())
	}
	return arts, sentences
}
