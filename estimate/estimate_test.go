package estimate_test

import (
	"fmt"
	"math"
	"os"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/estimate"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/pipeline"
	"github.com/kentnews/kent/question"
	"github.com/kentnews/kent/segment"
	"github.com/kentnews/kent/tokens"
)

var (
	once sync.Once
	proc *pipeline.Processor
	qm   *question.Matcher
	belq question.Question
)

func setup(t testing.TB) {
	once.Do(func() {
		var err error
		if proc, err = pipeline.NewProcessor(); err != nil {
			t.Fatal(err)
		}
		if qm, err = question.New(lexicon.MustDefault()); err != nil {
			t.Fatal(err)
		}
		belq = qm.Parse("Will Belarusian armed forces enter the war against Ukraine?")
	})
}

// judge runs the whole pipeline (so holders come from real attribution) on
// one text in a language.
func judge(t *testing.T, lang, text string) []kent.Judgement {
	t.Helper()
	setup(t)
	a, err := proc.Process(ingest.Doc{Source: "t", Format: kent.FormatJSONL, Text: text, Language: lang})
	if err != nil {
		t.Fatal(err)
	}
	return a.Judgements
}

type want struct {
	cue, holder, band string
	about             bool
}

func expect(t *testing.T, js []kent.Judgement, ws ...want) {
	t.Helper()
	for _, w := range ws {
		ok := false
		for _, j := range js {
			h := ""
			if j.Holder != nil {
				h = j.Holder.Name
			}
			if strings.EqualFold(j.Cue, w.cue) && h == w.holder && j.Band == w.band && qm.About(belq, j) == w.about {
				ok = true
			}
		}
		if !ok {
			t.Errorf("no judgement %+v in\n%s", w, dump(js))
		}
	}
}

func dump(js []kent.Judgement) string {
	var b strings.Builder
	for _, j := range js {
		h := "-"
		if j.Holder != nil {
			h = j.Holder.Name
		}
		fmt.Fprintf(&b, "  %q %s %.2f by %s about %q %v (E: %v)\n", j.Cue, j.Band, j.Value, h, j.Proposition.Text, j.Proposition.Events, qm.About(belq, j))
	}
	return b.String()
}

func TestSwedishAndEnglishDemoSentences(t *testing.T) {
	js := judge(t, "sv", "Den amerikanska tankesmedjan Institute for the Study of War, ISW, skriver att det är ”osannolikt” att Belarus kommer att mobilisera marktrupper för att delta i Rysslands invasion av Ukraina inom en ”överskådlig framtid”.")
	expect(t, js, want{"osannolikt", "Institute for the Study of War", "unlikely", true})
	if js[0].TimeFrame != "inom en ”överskådlig framtid" {
		t.Errorf("time frame %q", js[0].TimeFrame)
	}
	js = judge(t, "en", "Michal Baranowski, a senior fellow at the German Marshall Fund, said it would be “very significant” if Belarusian forces could join the war and close Ukraine’s western border.\n\nBut he said closing a border that long would be a huge undertaking and was “very unlikely at the moment”.")
	expect(t, js, want{"very unlikely", "Michal Baranowski", "very_unlikely", true})
	js = judge(t, "en", "According to US intelligence and NATO officials, it is increasingly probable that soldiers from Belarus will soon be fighting with the Russians in Ukraine.")
	expect(t, js, want{"probable", "US intelligence and NATO officials", "likely", true})
	if js[0].Trend != "up" || js[0].TimeFrame != "soon" {
		t.Errorf("trend %q time frame %q", js[0].Trend, js[0].TimeFrame)
	}
	// Judgements about something else are recognisable as such.
	js = judge(t, "en", "“It certainly wouldn’t be critical,” said Mark Cancian.\n\nIt seems, however, that mass protests are unlikely in the short term.")
	expect(t, js, want{"certainly", "Mark Cancian", "almost_no_chance", false}, want{"unlikely", "", "unlikely", false})
}

func TestOtherLanguages(t *testing.T) {
	expect(t, judge(t, "de", "Es ist sehr unwahrscheinlich, dass Minsk Soldaten in die Ukraine schickt, sagte die Politologin Katia Glod."),
		want{"sehr unwahrscheinlich", "Katia Glod", "very_unlikely", true})
	expect(t, judge(t, "de", "Laut dem Analysten ist ein Einmarsch belarussischer Truppen in die Ukraine mit 70 Prozent Wahrscheinlichkeit zu erwarten."),
		want{"70 Prozent", "Analysten", "likely", true})
	expect(t, judge(t, "pl", "Zdaniem ekspertów udział białoruskiego wojska w wojnie przeciwko Ukrainie jest mało prawdopodobny."),
		want{"mało prawdopodobny", "ekspertów", "unlikely", true})
	expect(t, judge(t, "ru", "По словам аналитика, маловероятно, что Беларусь отправит войска на Украину."),
		want{"маловероятно", "аналитика", "unlikely", true})
	expect(t, judge(t, "uk", "За словами експерта, малоймовірно, що Білорусь відправить війська в Україну найближчим часом."),
		want{"малоймовірно", "експерта", "unlikely", true})
	expect(t, judge(t, "en", "Analysts say there is a one in three chance that Belarusian troops will enter the war."),
		want{"one in three", "Analysts", "unlikely", true})
}

func TestModifiers(t *testing.T) {
	cases := []struct {
		text, band string
		check      func(kent.Judgement) bool
	}{
		{"It is not probable that Belarus will send troops.", "unlikely", func(j kent.Judgement) bool { return j.Negated }},
		{"It is very very unlikely that Belarus will send troops.", "almost_no_chance", nil},
		{"The probability is decreasing, and the attack is less likely now.", "unlikely", func(j kent.Judgement) bool { return j.Trend == "down" }},
		{"If Putin’s situation becomes desperate, he may well put pressure on Belarus to provide troops.", "roughly_even", func(j kent.Judgement) bool {
			return j.Modal && strings.HasPrefix(j.Condition, "Putin’s situation becomes desperate")
		}},
		{"“They will never send troops,” said the analyst Anna Smith.", "almost_no_chance", func(j kent.Judgement) bool { return j.Categorical }},
		{"A senior official said there was no evidence Belarus was sending troops.", "", func(j kent.Judgement) bool { return estimateStance(j) == "against" }},
		{"Analysts see a 30 to 40 percent chance of a Belarusian offensive.", "unlikely", func(j kent.Judgement) bool {
			return math.Abs(j.Low-0.30) < 1e-9 && math.Abs(j.High-0.40) < 1e-9 && j.Scale == "numeric"
		}},
		{"Odds are 50/50 that Belarus joins the war.", "roughly_even", nil},
	}
	for _, c := range cases {
		js := judge(t, "en", c.text)
		ok := false
		for _, j := range js {
			if j.Band == c.band && (c.check == nil || c.check(j)) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: want %s\n%s", c.text, c.band, dump(js))
		}
	}
}

func estimateStance(j kent.Judgement) string {
	if j.Band == "" {
		return "against"
	}
	return "degree"
}

// Numbers that are not probabilities are not taken for ones, and nothing
// ever leaves [0, 1].
func TestBadInput(t *testing.T) {
	for _, text := range []string{
		"Sociological data shows that less than 3% support the Kremlin's war.",
		"There is a 120 percent chance of rain, he joked.",
		"Turnout was 45 percent.",
	} {
		for _, j := range judge(t, "en", text) {
			if j.Scale == "numeric" {
				t.Errorf("%q: took %q for a probability", text, j.Cue)
			}
		}
	}
	huge := strings.Repeat("It is very unlikely and perhaps probable but not certain that troops will come if the war goes on, ", 280) // ~5,000 words: their time is measured by BenchmarkSingleParagraph (pipeline), not here
	for name, text := range map[string]string{"5000 words": huge, "stacked": strings.Repeat("very ", 2000) + "unlikely.", "contradiction": "It is likely and unlikely, certain and impossible."} {
		js := judge(t, "en", text)
		for _, j := range js {
			if j.Value < 0 || j.Value > 1 || j.Low < 0 || j.High > 1 || j.Low > j.High {
				t.Fatalf("%s: out of range %+v", name, j)
			}
		}
	}
}

// The demo corpus: the judgements the issue names, with their holders and
// bands, and the distractors marked as about something else.
func TestDemoCorpus(t *testing.T) {
	setup(t)
	read := func(f string) []kent.Judgement {
		b, err := os.ReadFile("../examples/belarus/" + f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := proc.Process(ingest.Doc{Source: f, Format: kent.FormatText, Text: string(b)})
		if err != nil {
			t.Fatal(err)
		}
		return a.Judgements
	}
	expect(t, read("000_b53c41c42f077bc6.txt"), want{"osannolikt", "Institute for the Study of War", "unlikely", true}, want{"osannolikt", "Jakob Hedenskog", "unlikely", true})
	expect(t, read("001_f15f1aa9a78ce15d.txt"), want{"very unlikely", "Michal Baranowski", "very_unlikely", true}, want{"certainly", "Mark Cancian", "almost_no_chance", false})
	expect(t, read("003_dd23fc21c6e56c65.txt"), want{"unlikely", "", "unlikely", false})
	expect(t, read("004_b479c4edcd6d1ec6.txt"), want{"probably", "US intelligence and NATO officials", "likely", true})
}

func FuzzExtract(f *testing.F) {
	f.Add("It is very unlikely (30 to 40 percent) that, if so, they will never 50/50.")
	f.Add("Es ist mit 70 Prozent Wahrscheinlichkeit nicht ausgeschlossen.")
	setup(f)
	lex := lexicon.MustDefault()
	x := estimate.New(lex)
	seg := segment.New(lex)
	f.Fuzz(func(t *testing.T, text string) {
		a := &kent.Article{Text: text, Language: "en"}
		for _, sp := range segment.Paragraphs(text) {
			a.Paragraphs = append(a.Paragraphs, kent.Paragraph{Span: sp, Language: "en", Sentences: seg.Sentences(text, sp, "en")})
		}
		for _, j := range x.Extract(a, nil) {
			if j.Value < 0 || j.Value > 1 || j.CueSpan.End > len(text) || j.CueSpan.Start > j.CueSpan.End {
				t.Fatalf("bad judgement %+v", j)
			}
		}
	})
}

// BenchmarkExtract reports sentences per second on the demo corpus.
func BenchmarkExtract(b *testing.B) {
	var files []string
	for _, f := range []string{"000_b53c41c42f077bc6.txt", "001_f15f1aa9a78ce15d.txt", "002_87f583545b90d6d8.txt", "003_dd23fc21c6e56c65.txt", "004_b479c4edcd6d1ec6.txt"} {
		files = append(files, "../examples/belarus/"+f)
	}
	benchExtract(b, files)
}

// benchExtract measures extraction over the given text files, processed
// once before the clock starts, in sentences per second.
func benchExtract(b *testing.B, files []string) {
	setup(b)
	x := estimate.New(lexicon.MustDefault())
	var arts []*kent.Article
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		a, err := proc.Process(ingest.Doc{Source: f, Format: kent.FormatText, Text: string(data)})
		if err != nil {
			b.Fatal(err)
		}
		// The pipeline tokenizes an article once for every stage and hands
		// the tokens over (pipeline.Processor): so does the benchmark, which
		// measures extraction, not tokenizing.
		a.Tokens = tokens.Article(a)
		arts = append(arts, a)
		n += len(a.SentenceSpans())
	}
	// One pass first: the syntax models load on first use, once per
	// process, and that is not extraction.
	for _, a := range arts {
		x.Extract(a, a.Quotes)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		for _, a := range arts {
			x.Extract(a, a.Quotes)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "sentences/s")
	// On a shared machine wall time says little: sentences per second of
	// this process's CPU time is the per-core rate.
	if used := cpuTime() - cpu; used > 0 {
		b.ReportMetric(float64(n*b.N)/used.Seconds(), "sentences/cpu-s")
	}
}

// cpuTime is the CPU time (user and system) this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// A chance noun and a degree word make a judgement in any order and
// language.
func TestChanceAndDegree(t *testing.T) {
	for lang, text := range map[string]string{
		"en": "Officials say the probability that Belarus will send troops to Ukraine is low.",
		"de": "Die Wahrscheinlichkeit, dass Belarus Truppen in die Ukraine schickt, ist gering.",
		"ru": "Вероятность вступления белорусской армии в войну оценивается как низкая.",
		"uk": "Ймовірність вторгнення білоруських військ в Україну низька.",
		"pl": "Prawdopodobieństwo ataku białoruskich wojsk jest niewielkie.",
	} {
		js := judge(t, lang, text)
		ok := false
		for _, j := range js {
			if j.Band == "unlikely" {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: no unlikely judgement in %q\n%s", lang, text, dump(js))
		}
	}
}

// A judgement's band is the band its value falls in, so `kent show`,
// `kent estimates` and a brief name it alike, on band edges too ("unlikely"
// has the survey value 0.20, the lower edge of its band).
func TestBandIsTheBandOfTheValue(t *testing.T) {
	setup(t)
	icd := lexicon.MustDefault().DefaultScale()
	for _, dir := range []string{"../examples/belarus", "../examples/multilingual"} {
		files, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(dir + "/" + f.Name())
			if err != nil {
				t.Fatal(err)
			}
			a, err := proc.Process(ingest.Doc{Source: f.Name(), Format: kent.FormatText, Text: string(b)})
			if err != nil {
				t.Fatal(err)
			}
			for _, j := range a.Judgements {
				if got := icd.For(j.Value).Name(); j.Band != "" && got != j.Band {
					t.Errorf("%s: «%s» band %s, but its value %v is %s", f.Name(), j.Cue, j.Band, j.Value, got)
				}
			}
		}
	}
	js := judge(t, "en", "Mass protests are unlikely in the short term, the article says.")
	if len(js) == 0 || js[0].Band != "unlikely" || js[0].Value != 0.2 {
		t.Fatalf("«unlikely»: %s", dump(js))
	}
}
