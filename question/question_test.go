package question_test

import (
	"math"
	"sync"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/pipeline"
	"github.com/kentnews/kent/question"
)

// setup returns the matcher, the pipeline and the Belarus question every
// test shares: built once per test binary, as in the other packages'
// tests (building them for each of about 80 tests was a quarter of this
// package's time under the race detector).
func setup(t *testing.T) (*question.Matcher, *pipeline.Processor, question.Question) {
	t.Helper()
	s := shared()
	if s.err != nil {
		t.Fatal(s.err)
	}
	return s.m, s.p, s.q
}

type setupParts struct {
	m   *question.Matcher
	p   *pipeline.Processor
	q   question.Question
	err error
}

var shared = sync.OnceValue(func() (s setupParts) {
	if s.m, s.err = question.New(lexicon.MustDefault()); s.err != nil {
		return s
	}
	if s.p, s.err = pipeline.NewProcessor(); s.err != nil {
		return s
	}
	s.q = s.m.Parse("Will Belarusian armed forces enter the war against Ukraine?")
	return s
})

func judgements(t *testing.T, p *pipeline.Processor, lang, text, outlet string, published time.Time) []kent.JudgementHit {
	t.Helper()
	a, err := p.Process(ingest.Doc{Source: outlet, Format: kent.FormatJSONL, Text: text, Language: lang, Outlet: outlet, Published: published})
	if err != nil {
		t.Fatal(err)
	}
	return a.JudgementHits()
}

func TestParseQuestionInAnyLanguage(t *testing.T) {
	m, _, q := setup(t)
	if len(q.Places) < 2 || q.Places[0] != "BY" || len(q.Concepts) != 3 {
		t.Fatalf("parsed %+v", q)
	}
	for _, text := range []string{"Kommer Vitryssland att gå in i kriget mot Ukraina med sina trupper?", "Wird Belarus Truppen in den Krieg gegen die Ukraine schicken?", "Czy Białoruś wyśle wojsko na wojnę z Ukrainą?", "Вступит ли Беларусь в войну против Украины?"} {
		if q := m.Parse(text); len(q.Places) == 0 || q.Places[0] != "BY" || len(q.Concepts) < 2 {
			t.Errorf("%q: %+v", text, q)
		}
	}
}

// The examples: propositions about the event count, in any
// language; judgements about other things in the same articles do not.
func TestRelevance(t *testing.T) {
	m, p, q := setup(t)
	cases := []struct {
		lang, text string
		about      bool
	}{
		{"sv", "Hedenskog bedömer det som osannolikt att Belarus direkt ger sig in i kriget.", true},
		{"de", "Es ist unwahrscheinlich, dass Minsk Soldaten in die Ukraine schickt.", true},
		{"ru", "Маловероятно, что Беларусь отправит войска на Украину.", true},
		{"en", "“It certainly wouldn’t be critical,” said Mark Cancian.", false},
		{"en", "Mass protests are unlikely in the short term.", false},
		{"en", "The Belarusian economy is likely to shrink.", false},
	}
	for _, c := range cases {
		hs := judgements(t, p, c.lang, c.text, "x", time.Time{})
		if len(hs) == 0 {
			t.Errorf("%q: no judgement", c.text)
			continue
		}
		if got := m.About(q, hs[0].Judgement); got != c.about {
			t.Errorf("%q: about = %v, want %v (proposition %q %v)", c.text, got, c.about, hs[0].Proposition.Text, hs[0].Proposition.Events)
		}
	}
}

func TestDirectionAndPooling(t *testing.T) {
	m, p, q := setup(t)
	day := time.Date(2022, 3, 15, 0, 0, 0, 0, time.UTC)
	var hits []kent.JudgementHit
	// One analyst, syndicated by two outlets in two languages the same week:
	// one voice.
	hits = append(hits, judgements(t, p, "en", "Analyst Anna Smith said it is very unlikely that Belarus will send troops to Ukraine.", "a.example", day)...)
	hits = append(hits, judgements(t, p, "de", "Die Analystin Anna Smith sagte, es sei sehr unwahrscheinlich, dass Belarus Truppen in die Ukraine schickt.", "b.example", day.AddDate(0, 0, 1))...)
	// "unlikely that Belarus will stay out" is for the event.
	hits = append(hits, judgements(t, p, "en", "Officials in Kyiv said it is unlikely that Belarus will stay out of the war much longer.", "c.example", day.AddDate(0, 0, 10))...)
	// A conditional is shown apart.
	hits = append(hits, judgements(t, p, "en", "If Russia loses the east, Minsk may send troops to Ukraine, said Boris Brown.", "d.example", day)...)
	o := m.Outlook(q, hits, 4, question.Options{Now: day})
	if o.Holders != 2 {
		t.Fatalf("holders = %d, want 2 (Smith once, Kyiv officials); contributions %+v", o.Holders, o.Contributions)
	}
	for _, c := range o.Contributions {
		switch c.Holder {
		case "Anna Smith":
			if len(c.AlsoIn) != 1 || c.P > 0.2 {
				t.Errorf("Smith: %+v", c)
			}
		case "Officials in Kyiv":
			if c.P < 0.55 {
				t.Errorf("stay out read as against: %+v", c)
			}
		default:
			t.Errorf("unexpected holder %q", c.Holder)
		}
	}
	if len(o.Conditional) != 1 || o.Conditional[0].Holder != "Boris Brown" {
		t.Errorf("conditional: %+v", o.Conditional)
	}
	if o.Pooled == nil || math.Abs(*o.Pooled-0.5) > 0.3 || len(o.Series) != 2 {
		t.Errorf("pooled %v series %+v", o.Pooled, o.Series)
	}
	if o.Disagreement == nil {
		t.Error("Smith against and Kyiv officials for: disagreement expected")
	}
	// Extremizing pushes away from even.
	ext := m.Outlook(q, hits[:2], 2, question.Options{Extremize: 2, Now: day})
	plain := m.Outlook(q, hits[:2], 2, question.Options{Now: day})
	if *ext.Pooled >= *plain.Pooled {
		t.Errorf("extremized %v not below plain %v", *ext.Pooled, *plain.Pooled)
	}
}
