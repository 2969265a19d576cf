package estimate

import (
	"strings"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// Survey owners hold their respondents' answers: "A Reuters poll … Most
// economists think …" is the Reuters poll's judgement.

// surveyIn returns the survey the sentence names with its owner, in the
// sentence's words: "Reuters poll", "Reuters-Umfrage", "sondaż Reutersa",
// "опрос Reuters", "encuesta de Reuters"; nil when it names none.
func (s *sentence) surveyIn() *kent.Speaker {
	toks, h := s.toks, s.r.hold
	cap := func(k int) bool {
		return k > 0 && k < len(toks) && toks[k].Word && isCapitalised(toks[k].Text) && !h.articles[toks[k].Low] && !h.months[toks[k].Low]
	}
	for k, t := range toks {
		if !t.Word {
			continue
		}
		low := t.Low
		if i := strings.LastIndexByte(low, '-'); i > 0 && h.proxies[low[i+1:]] && isCapitalised(t.Text) {
			return &kent.Speaker{Name: t.Text, Kind: "organisation"} // "Reuters-Umfrage"
		}
		if !h.proxies[low] {
			continue
		}
		switch {
		case cap(k - 1):
			from := k - 1
			for from > 0 && cap(from-1) {
				from--
			}
			return &kent.Speaker{Name: s.a.Text[toks[from].Start:t.End], Kind: "organisation"}
		case cap(k + 1):
			return &kent.Speaker{Name: s.a.Text[t.Start:toks[k+1].End], Kind: "organisation"}
		case k+2 < len(toks) && toks[k+1].Word && utf8.RuneCountInString(toks[k+1].Low) <= 4 && cap(k+2):
			return &kent.Speaker{Name: s.a.Text[t.Start:toks[k+2].End], Kind: "organisation"} // "encuesta de Reuters", "enkät från Reuters"
		}
	}
	return nil
}

// respondents reports whether a holder is a survey's respondents: a group
// the lexicon lists as forecasters answering a survey (economists, those
// polled, ekonomistów), with no name of its own.
func (s *sentence) respondents(h *kent.Speaker) bool {
	if h == nil || h.Kind != "group" {
		return false
	}
	for i, w := range strings.Fields(h.Name) {
		if i > 0 && isCapitalised(w) {
			return false // "Economists at Commerzbank": their own
		}
	}
	name := " " + strings.Join(words(h.Name), " ") + " "
	for _, g := range s.r.hold.shares {
		if strings.Contains(name, " "+g+" ") {
			return true
		}
	}
	return false
}
