package estimate

import (
	"strings"

	"github.com/kentnews/kent"
)

// A commentary often names its writer in its opening sentence: "…
// wydawało się niemal pewne – pisze Jakub Gajda.", "…, skriver
// Hufvudstadsbladets ledarskribent Susanna Ginman." What the article then
// says in its own voice is that writer's view, not an anonymous outlet's:
// "porozumienie wydaje się jednak coraz mniej realne" is Gajda's. The
// verbs are data (estimative.author_verbs), present tense only, so a text
// the article reports ("wrote last week") names no writer of this one.

// authorReach is how many sentences of the body may come before the one
// that names the writer.
const authorReach = 2

// writer returns the person an opening sentence of the body names as the
// article's writer, or nil: a quote in one of the first authorReach
// sentences whose cue opens with an author verb of its language and whose
// speaker is a person named with at least two words.
func (x *Extractor) writer(a *kent.Article, quotes []kent.Quote) *kent.Speaker {
	for _, q := range quotes {
		if q.Sentence >= authorReach {
			continue
		}
		if q.Speaker == nil || q.Speaker.Kind != kent.SpeakerPerson || len(strings.Fields(q.Speaker.Name)) < 2 {
			continue
		}
		code := q.Language
		if code == "" {
			code = a.Language
		}
		r := x.rules[code]
		if r == nil {
			continue
		}
		cue := strings.Fields(strings.ToLower(q.Cue))
		if len(cue) > 0 && r.hold.authorVerbs[cue[0]] {
			sp := *q.Speaker
			return &sp
		}
	}
	return nil
}

// giveToWriter makes the writer the holder of the judgements the article
// states in its own voice, its title's apart (the title may be an
// editor's).
func giveToWriter(out []kent.Judgement, w *kent.Speaker) {
	if w == nil {
		return
	}
	for i := range out {
		if out[i].Holder == nil && !out[i].Headline {
			h := *w
			out[i].Holder = &h
		}
	}
}
