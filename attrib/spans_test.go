package attrib_test

import (
	"testing"
)

// Span boundaries as attribution corpora mark them (PARC 3.0, PolNeAR):
// the source with its title, article and apposition, the cue with its
// auxiliaries but not its addressee or medium, reported words without what
// stands before the complementizer and stopping before another frame.
func TestCorpusSpansEnglish(t *testing.T) {
	type span struct{ source, cue, text string }
	cases := []struct {
		text string
		want []span
	}{
		{"Sen. Maria Alvarez, a Republican from Arizona, said on Monday that the bill would fail.",
			[]span{{"Sen. Maria Alvarez, a Republican from Arizona,", "said", "the bill would fail"}}},
		{"“We will win,” said Brown, a former bus driver.",
			[]span{{"Brown, a former bus driver", "said", "We will win,"}}},
		{"Economists have long warned that tariffs raise prices.",
			[]span{{"Economists", "have long warned", "tariffs raise prices"}}},
		{"Union leader Keisha Brown told reporters that drivers had not been consulted.",
			[]span{{"Union leader Keisha Brown", "told", "drivers had not been consulted"}}},
		{"White House spokeswoman Dana Lee said in a statement that the president would veto the bill.",
			[]span{{"White House spokeswoman Dana Lee", "said", "the president would veto the bill"}}},
		{"Mia Holt said her party would vote against the deal, adding that the money should go to schools.",
			[]span{{"Mia Holt", "said", "her party would vote against the deal"}, {"Mia Holt", "adding", "the money should go to schools"}}},
		{"Critics say the plan relies on growth, while the Treasury expects revenue to rise by 3 percent.",
			[]span{{"Critics", "say", "the plan relies on growth"}, {"the Treasury", "expects", "revenue to rise by 3 percent"}}},
		{"The opposition leader, Eva Lind, insisted that the government had been caught unprepared.",
			[]span{{"The opposition leader, Eva Lind,", "insisted", "the government had been caught unprepared"}}},
		{"The contract could be worth $2 billion, according to officials.",
			[]span{{"officials", "according to", "The contract could be worth $2 billion"}}},
		{"The army is ready, the ministry said on Tuesday.",
			[]span{{"the ministry", "said", "The army is ready"}}},
		{"According to officials, the army is ready.",
			[]span{{"officials", "According to", "the army is ready"}}},
		{"Officials said Tuesday the talks would resume.",
			[]span{{"Officials", "said", "the talks would resume"}}},
		{"John Smith, who has lived here for decades, said the town was dying.",
			[]span{{"John Smith, who has lived here for decades,", "said", "the town was dying"}}},
		{"Smith told CNN the talks were over.",
			[]span{{"Smith", "told", "the talks were over"}}},
		{"Mary Jones, 52, a teacher in the town, said the school would close.",
			[]span{{"Mary Jones, 52, a teacher in the town,", "said", "the school would close"}}},
		{"Osei's claim that the buses will pay for themselves drew doubts.",
			nil}, // a noun cue: its source without the possessive, if found at all
	}
	for _, c := range cases {
		a := article("en", "Title\n\n"+c.text)
		qs, _ := extractor.Extract(a)
		for _, w := range c.want {
			found := false
			var got []span
			for _, q := range qs {
				if q.Speaker == nil {
					continue
				}
				g := span{a.Text[q.Speaker.MentionSpan.Start:q.Speaker.MentionSpan.End], a.Text[q.CueSpan.Start:q.CueSpan.End], q.Text}
				got = append(got, g)
				found = found || g == w
			}
			if !found {
				t.Errorf("%q: want %+v, got %+v", c.text, w, got)
			}
		}
		for _, q := range qs {
			if q.Speaker != nil && q.Speaker.MentionSpan.End > q.Speaker.MentionSpan.Start {
				if m := a.Text[q.Speaker.MentionSpan.Start:q.Speaker.MentionSpan.End]; m == "Osei's" {
					t.Errorf("%q: source %q keeps its possessive", c.text, m)
				}
			}
		}
	}
}

// A quote opened after a colon with no closing mark in its paragraph runs
// on into the next paragraph that opens with the same mark, as a quote
// opening a paragraph does (news style in every language).
func TestQuoteAfterColonRunsOn(t *testing.T) {
	cases := []struct{ lang, text, speaker, end string }{
		{"en", "Ortiz said: “We will hold hearings.\n\n“Then we will vote.”", "Ortiz", "Then we will vote."},
		{"de", "Weber sagte: „Wir werden kämpfen.\n\n„Und wir werden gewinnen.“", "Weber", "Und wir werden gewinnen."},
		{"ru", "Петров заявил: «Мы будем бороться.\n\n«И мы победим.»", "Петров", "И мы победим."},
	}
	for _, c := range cases {
		qs, _ := extractor.Extract(article(c.lang, "Title\n\n"+c.text))
		ok := false
		for _, q := range qs {
			ok = ok || q.Speaker != nil && q.Speaker.Name == c.speaker && len(q.Text) > len(c.end) && q.Text[len(q.Text)-len(c.end):] == c.end
		}
		if !ok {
			t.Errorf("%s: no quote of %s running on to %q in %+v", c.lang, c.speaker, c.end, qs)
		}
	}
}

// A frame standing inside its own reported words leaves them whole; one
// after them ends them before its comma.
func TestOwnFrameInside(t *testing.T) {
	qs, _ := extractor.Extract(article("ru", "Title\n\nЭксперт говорил о бюджете. Однако, как считает Кемп, этого не произойдёт."))
	ok := false
	for _, q := range qs {
		ok = ok || q.Speaker != nil && q.Text == "Однако, как считает Кемп, этого не произойдёт"
	}
	if !ok {
		t.Errorf("reported words cut at their own frame: %+v", qs)
	}
}
