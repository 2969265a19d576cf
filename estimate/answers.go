package estimate

import (
	"strings"

	"github.com/kentnews/kent"
)

// answerClause is how many words a judgement's clause may have and still
// be an answer to what its sentence asks about ("It is not true",
// "«Это чушь»", "«Non è vero»").
const answerClause = 4

// answered gives a short judgement whose clause names no event the events
// and names of the rest of its sentence: a reply to a question the
// sentence reports ("Asked about a mobilisation, he replied: 'It is not
// true'", "«Это чушь», — ответил Песков на вопрос о мобилизации")
// judges what it was asked about, as a short clause after a sentence
// judges what that one said (proposition). The reply is a quote: the
// reporter's own short clauses ("most likely in two weeks") are not
// answers. A judgement with an event of its own, or a clause long enough
// to say something alone, keeps it.
func (s *sentence) answered(out []kent.Judgement) []kent.Judgement {
	if len(out) == 0 {
		return out
	}
	var events, names []string
	read := false
	for n := range out {
		p := &out[n].Proposition
		if len(p.Events) > 0 || p.Text == "" || len(strings.Fields(p.Text)) > answerClause || !quoted(s.quotes, out[n].CueSpan) {
			continue
		}
		if !read {
			events, names, read = concepts(s.r, s.toks), entities(s.toks, true), true
		}
		for _, c := range events {
			if !s.r.polar[c] {
				p.Events = kent.Unique(append(p.Events, c))
			}
		}
		if len(p.Events) > 0 {
			from := 0
			for from < len(s.toks) && s.toks[from].End <= p.Span.Start {
				from++
			}
			p.Events = kent.Unique(append(p.Events, polarInto(s.r, s.toks, from)...))
			p.Entities = kent.Unique(append(p.Entities, names...))
		}
	}
	return out
}

// quoted reports whether the span lies inside one of the quotes.
func quoted(quotes []kent.Quote, span kent.Span) bool {
	for _, q := range quotes {
		if q.Span.Start <= span.Start && span.End <= q.Span.End {
			return true
		}
	}
	return false
}
