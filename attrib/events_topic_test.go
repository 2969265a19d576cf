package attrib_test

import (
	"slices"
	"testing"

	"github.com/kentnews/kent/attrib"
)

// What a speech is about is its topic, not what it says: "über die
// Reform" of "sprach über die Reform", "darüber" of "darüber reden". The
// sentences are written for this test.
func TestSpeechTopic(t *testing.T) {
	for _, c := range []struct {
		text, lemma, topic, message string
	}{
		{"Die Ministerin sprach gestern ausführlich über die Reform der Rente.", "sprechen", "über die Reform der Rente", ""},
		{"Wir müssen endlich darüber reden, wie die Schulen saniert werden.", "reden", "darüber", "wie die Schulen saniert werden"},
		{"Der Kanzler sagte, dass die Steuern sinken.", "sagen", "", "dass die Steuern sinken"},
	} {
		a := article("de", c.text)
		var got *attrib.SpeechEvent
		for _, ev := range extractor.SpeechEvents(a, attrib.CueLemmas{"de": {c.lemma}}) {
			if ev.Lemma == c.lemma {
				got = &ev
			}
		}
		if got == nil {
			t.Errorf("%q: no %s event", c.text, c.lemma)
			continue
		}
		if tp := joinSpans(a.Text, got.Topic); tp != c.topic {
			t.Errorf("%q: topic %q, want %q", c.text, tp, c.topic)
		}
		if m := joinSpans(a.Text, got.Message); m != c.message {
			t.Errorf("%q: message %q, want %q", c.text, m, c.message)
		}
	}
}

// The same in other languages: "talked about", "говорил про", "говорив
// про", "sprak over". The sentences are written for this test.
func TestSpeechTopicLanguages(t *testing.T) {
	for _, c := range []struct {
		lang, text, topic string
	}{
		{"en", "The minister told reporters about the budget.", "about the budget"},
		{"ru", "Министр говорил про бюджет.", "про бюджет"},
		{"uk", "Міністр говорив про бюджет.", "про бюджет"},
		{"nl", "De minister waarschuwde over de begroting.", "over de begroting"},
	} {
		a := article(c.lang, c.text)
		var topics []string
		for _, ev := range extractor.SpeechEvents(a, nil) {
			topics = append(topics, joinSpans(a.Text, ev.Topic))
		}
		if !slices.Contains(topics, c.topic) {
			t.Errorf("%s %q: topics %q, want %q", c.lang, c.text, topics, c.topic)
		}
	}
}
