package question_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// A country asked about as the event's object ("lift sanctions on Syria")
// is not what a proposition that names only another country is about:
// "the sanctions against Russia will likely be extended" was pooled on a
// question about lifting the sanctions on Syria. Naming the object, or
// only the subject, keeps the judgement.
func TestAnotherCountryIsAnotherObject(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will the EU lift sanctions on Syria by the end of May 2025?"})
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		lang, text string
		pooled     bool
	}{
		{"en", "The EU sanctions against Russia will very likely be extended, a senior diplomat said.", false},
		{"de", "Die Sanktionen der EU gegen Russland werden nach Angaben eines Diplomaten wahrscheinlich verlängert.", false},
		{"pl", "Sankcje UE wobec Rosji zostaną najprawdopodobniej przedłużone, powiedział wysoki rangą dyplomata.", false},
		{"ru", "Высокопоставленный дипломат сказал, что ЕС, скорее всего, продлит санкции против России.", false},
		{"en", "The EU sanctions on Syria will very likely be eased, a senior diplomat said.", true},
		{"pl", "Sankcje UE wobec Syrii zostaną najprawdopodobniej złagodzone, powiedział wysoki rangą dyplomata.", true},
	} {
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "x", day), 1, question.Options{})
		if got := o.Pooled != nil; got != c.pooled {
			t.Errorf("%s %q: pooled %v, want %v; set aside %+v", c.lang, c.text, got, c.pooled, o.SetAside)
			continue
		}
		if !c.pooled && len(o.SetAside) == 0 {
			t.Errorf("%s %q: want it set aside", c.lang, c.text)
		}
	}
}

// Troops sent to a country at war fight on the war's ground: "North
// Korean troops are on their way to fight in Ukraine" is still a judgement
// on sending troops to Russia.
func TestTheatreIsNoOtherObject(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will North Korea send troops to Russia by the end of 2024?"})
	if err != nil {
		t.Fatal(err)
	}
	day := time.Date(2024, 10, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"en", "North Korean troops will very likely be sent to fight in Ukraine, analysts say."},
		{"sv", "Nordkoreanska soldater kommer sannolikt att skickas till Ukraina, säger analytiker."},
		{"de", "Nordkoreanische Soldaten werden wahrscheinlich in die Ukraine geschickt, sagen Analysten."},
	} {
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "x", day), 1, question.Options{})
		for _, s := range o.SetAside {
			if strings.Contains(s.Reason, "another object") {
				t.Errorf("%s %q: set aside as another object: %s", c.lang, c.text, s.Reason)
			}
		}
	}
}
