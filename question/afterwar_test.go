package question_test

import (
	"strings"
	"testing"
	"time"
)

// A proposition that puts the event after a war whose end has no date
// ("after the war", "po zakończeniu wojny", "після закінчення війни") is
// about another time than a question with a dated bound: set aside with
// why, in seven languages. The same words without it are about the
// question.
func TestAfterTheWarIsAnotherTime(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Ukraine be invited to join NATO at the summit in July 2026?")
	at := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text, phrase, words string }{
		{"en", "Ukraine will probably be invited to join NATO, the analyst Anna Berg said.", " after the war", "probably"},
		{"de", "Die Ukraine wird wahrscheinlich in die NATO eingeladen, sagte die Analystin Anna Berg.", " nach dem Krieg", "wahrscheinlich"},
		{"pl", "Ukraina prawdopodobnie otrzyma zaproszenie do NATO – uważa analityk Jan Nowak.", " po zakończeniu wojny", "prawdopodobnie"},
		{"ru", "По мнению аналитика Ивана Петрова, Украина, вероятно, получит приглашение в НАТО.", " после окончания войны", "вероятно"},
		{"uk", "На думку аналітика Івана Петренка, Україна, ймовірно, отримає запрошення до НАТО.", " після закінчення війни", "ймовірно"},
		{"sv", "Ukraina kommer sannolikt att bjudas in till Nato, säger analytikern Anna Berg.", " efter kriget", "sannolikt"},
		{"fi", "Ukraina kutsutaan todennäköisesti Natoon, sanoo analyytikko Anna Virtanen.", " sodan jälkeen", "todennäköisesti"},
	} {
		if _, r := find(t, m, q, judgements(t, p, c.lang, c.text, "aw0-"+c.lang, at), c.words); !r.About {
			t.Errorf("%s: %q: %+v, want about the question", c.lang, c.text, r)
		}
		// The phrase goes before the sentence's last clause break.
		text := c.text
		if k := strings.Index(text, ", "); k > 0 && c.lang != "ru" && c.lang != "uk" {
			text = text[:k] + c.phrase + text[k:]
		} else if k := strings.Index(text, " –"); k > 0 {
			text = text[:k] + c.phrase + text[k:]
		} else {
			text = strings.TrimSuffix(text, ".") + c.phrase + "."
		}
		if _, r := find(t, m, q, judgements(t, p, c.lang, text, "aw1-"+c.lang, at), c.words); r.About || !strings.Contains(r.Reason, "another time") {
			t.Errorf("%s: %q: %+v, want set aside as another time", c.lang, text, r)
		}
	}
}
