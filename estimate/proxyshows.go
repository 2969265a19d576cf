package estimate

import (
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// A poll, survey, study or model that shows a finding holds it: "A poll
// shows that a cut in June is likely", "Z sondażu wynika, że …", "Опрос
// показал, что …", "En undersökning visar att …". Its owner, where the
// sentence names one ("a Reuters poll"), holds it through the survey rules
// (surveys.go); without one the poll itself does, not the article. The
// nouns are data (attribution proxies), the verbs too (estimative
// showing_verbs).

// showReach is how many words may stand between a proxy and its showing
// verb: "A new poll by the institute shows", "Z najnowszego sondażu
// wynika".
const showReach = 3

// proxyShows returns the proxy next to a showing verb before the cue at
// i, or nil.
func (s *sentence) proxyShows(i int) *kent.Speaker {
	toks, r := s.toks, s.r
	for v := 0; v < i; v++ {
		n := r.showing.Len(toks, v)
		if n == 0 || !toks[v].Word {
			continue
		}
		if sv := s.surveyIn(); sv != nil {
			return sv // "A Reuters poll shows …": the owner's poll
		}
		for d := 1; d <= showReach; d++ {
			for _, k := range [2]int{v - d, v + n - 1 + d} {
				if k < 0 || k >= i || !toks[k].Word {
					continue
				}
				if base := s.proxyBase(toks[k].Low); base != "" {
					name := toks[k].Text
					if base != toks[k].Low {
						name = base // "z sondażu" is the sondaż
					}
					return &kent.Speaker{Name: name, Kind: "group"}
				}
			}
		}
	}
	return nil
}

// proxyBase returns the proxy noun a word is, as the lexicon lists it,
// also in another case: the word less up to two letters of ending
// ("sondażu" → sondaż, "опроса" → опрос); "" when it is none.
func (s *sentence) proxyBase(w string) string {
	px := s.r.hold.proxies
	if px[w] {
		return w
	}
	for cut := 1; cut <= 2; cut++ {
		b := w
		for range cut {
			_, size := utf8.DecodeLastRuneInString(b)
			b = b[:len(b)-size]
		}
		if utf8.RuneCountInString(b) >= minStem && px[b] {
			return b
		}
	}
	return ""
}
