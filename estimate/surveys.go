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

// shareOfHolder reports whether the holder is written in the sentence as
// the whole a figure is a share of: "53 per cent of Scots thought …", "53
// procent av skåningarna", "53 proc. Ślązaków" (a genitive, no
// preposition). In a sentence that names a survey, they are its
// respondents, whoever they are.
func (s *sentence) shareOfHolder(h *kent.Speaker) bool {
	if h == nil {
		return false
	}
	from := s.wordsAt(h.Name)
	if from < 0 {
		from = s.stemAt(h.Name) // "Ślązak" for "Ślązaków"
	}
	if from < 1 {
		return false
	}
	for k := from - 1; k >= 0 && k >= from-4; k-- {
		if t := s.toks[k].Text; strings.Contains(t, "%") || isShareFigure(t) {
			return true
		}
	}
	return false
}

// isShareFigure reports whether a token is a figure a share may be: a
// number below a thousand ("53", "53,5"), not a year.
func isShareFigure(t string) bool {
	digits := 0
	for _, c := range t {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == ',' || c == '.':
			if digits == 0 {
				return false
			}
			return digits <= 3
		default:
			return false
		}
	}
	return digits > 0 && digits <= 3
}

// stemAt returns the token whose word begins with the first word of name
// cut to its stem (all but its last two letters, at least four): an
// inflected form the holder was normalised from; -1 when none.
func (s *sentence) stemAt(name string) int {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return -1
	}
	r := []rune(f[0])
	if len(r) < 6 {
		return -1
	}
	stem := string(r[:len(r)-2])
	for k, t := range s.toks {
		if t.Word && strings.HasPrefix(t.Low, stem) {
			return k
		}
	}
	return -1
}

// wordsAt returns the token where name first stands as whole words in the
// sentence ("Scots", not the start of "Scotsman"), or -1.
func (s *sentence) wordsAt(name string) int {
	if len(s.toks) == 0 || name == "" {
		return -1
	}
	base := s.toks[0].Start
	text := s.a.Text[base:s.toks[len(s.toks)-1].End]
	for off := 0; off < len(text); {
		at := strings.Index(text[off:], name)
		if at < 0 {
			return -1
		}
		at += off
		from, whole := -1, false
		for k, t := range s.toks {
			if t.Start == base+at {
				from = k
			}
			if from >= 0 && t.End == base+at+len(name) {
				whole = true
				break
			}
		}
		if from >= 0 && whole {
			return from
		}
		off = at + 1
	}
	return -1
}
