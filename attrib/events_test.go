package attrib_test

import (
	"strings"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/attrib"
)

// events renders an article's speech events as "cue | source | message",
// the words a reader would mark.
func events(lang, text string, extra attrib.CueLemmas) []string {
	a := article(lang, text)
	var out []string
	for _, ev := range extractor.SpeechEvents(a, extra) {
		join := func(sps []kent.Span) string {
			var ws []string
			for _, sp := range sps {
				ws = append(ws, a.Text[sp.Start:sp.End])
			}
			return strings.Join(ws, " … ")
		}
		out = append(out, join(ev.Cue)+" | "+join(ev.Source)+" | "+join(ev.Message))
	}
	return out
}

// Every speech, belief and demand cue is an event with its source and
// message, quotes or not, first person too, verbs and nouns, in six
// languages. The sentences are written for this test.
func TestSpeechEvents(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"de", "Ich sage Ihnen, dass die Regierung versagt hat.", []string{"sage | Ich | dass die Regierung versagt hat"}},
		{"de", "Die Forderung der Union wurde abgelehnt.", []string{"Forderung | der Union | "}},
		{"de", "Wir glauben, dass die Inflation sinkt.", []string{"glauben | Wir | dass die Inflation sinkt"}},
		{"de", "Es wurde von der Kanzlerin gesagt, dass alles gut wird.", []string{"gesagt | von der Kanzlerin | dass alles gut wird"}},
		{"de", "Der Minister spricht das Problem an.", []string{"spricht | Der Minister | "}},
		{"de", "Das wissen auch Sie.", []string{"wissen | Sie | Das"}},
		// a lemma from extra cue lemmas (a list learnt from a corpus)
		{"de", "Ihr Vorschlag ist gescheitert.", []string{"Vorschlag | Ihr | "}},
		{"en", "The minister said that the talks would fail.", []string{"said | The minister | that the talks would fail"}},
		{"en", "Analysts believe the war will end soon.", []string{"believe | Analysts | the war will end soon"}},
		{"en", "We demand a ceasefire.", []string{"demand | We | a ceasefire"}},
		{"en", "The plan was criticised by the opposition.", []string{"criticised | by the opposition | The plan"}},
		{"en", "Their demand was rejected by the government.", []string{"demand | Their | "}},
		{"pl", "Uważamy, że inflacja wkrótce spadnie.", []string{"Uważamy |  | że inflacja wkrótce spadnie"}},
		{"pl", "Minister powiedział, że rozmowy zakończą się fiaskiem.", []string{"powiedział | Minister | że rozmowy zakończą się fiaskiem"}},
		{"ru", "Министр заявил, что переговоры провалятся.", []string{"заявил | Министр | что переговоры провалятся"}},
		{"ru", "Эксперты считают, что война скоро закончится.", []string{"считают | Эксперты | что война скоро закончится"}},
		{"uk", "Ми вважаємо, що війна скоро закінчиться.", []string{"вважаємо | Ми | що війна скоро закінчиться"}},
		{"uk", "Міністр заявив, що переговори провалилися.", []string{"заявив | Міністр | що переговори провалилися"}},
		{"sv", "Vi tror att kriget tar slut i år.", []string{"tror | Vi | att kriget tar slut i år"}},
		{"sv", "Ministern sade att förhandlingarna skulle misslyckas.", []string{"sade | Ministern | att förhandlingarna skulle misslyckas"}},
	}
	for _, c := range cases {
		got := events(c.lang, c.text, attrib.CueLemmas{"de": {"wissen"}})
		for _, w := range c.want {
			found := false
			for _, g := range got {
				found = found || g == w
			}
			if !found {
				t.Errorf("%s %q: no event %q in %q", c.lang, c.text, w, got)
			}
		}
	}
}

// BenchmarkSpeechEvents reports sentences per second of the speech-event
// reader (which parses every sentence) on the demo corpus, of wall and of
// CPU time.
func BenchmarkSpeechEvents(b *testing.B) {
	arts, sentences := demoArticles(b)
	b.ResetTimer()
	cpu := cpuTime()
	for b.Loop() {
		for _, a := range arts {
			extractor.SpeechEvents(a, nil)
		}
	}
	b.ReportMetric(float64(sentences*b.N)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(sentences*b.N)/(cpuTime()-cpu).Seconds(), "sentences/cpu-s")
}
