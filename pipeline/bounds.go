package pipeline

import (
	"fmt"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/ingest"
)

// The bounds of ingest.Limits that apply to an article once read: its text
// is cut, long paragraphs and sentences are split (nothing lost), and what
// one article keeps of quotes and judgements is capped. Each cut is a
// warning naming the source and the bound.

// capText cuts a document's text (or its blocks) to lim.Text.
func capText(d *ingest.Doc, lim ingest.Limits) {
	total := len(d.Text)
	for _, b := range d.Blocks {
		total += len(b)
	}
	if total <= lim.Text {
		return
	}
	if d.Text != "" {
		d.Text = d.Text[:ingest.CutPoint(d.Text, lim.Text)]
	}
	left := lim.Text - len(d.Text)
	for i, b := range d.Blocks {
		if len(b) > left {
			d.Blocks = append(d.Blocks[:i:i], b[:ingest.CutPoint(b, max(left, 0))])
			break
		}
		left -= len(b)
	}
	d.Warnings = append(d.Warnings, fmt.Sprintf("%s: article text of %s cut at %s (bound text=%s)",
		d.Source, ingest.Size(int64(total)), ingest.Size(int64(lim.Text)), ingest.Size(int64(lim.Text))))
}

// splitParagraph splits a span longer than max bytes at sentence ends, else
// spaces, so that later stages work on paragraph-sized pieces.
func splitParagraph(text string, sp kent.Span, max int) []kent.Span {
	var out []kent.Span
	for sp.Len() > max {
		piece := text[sp.Start : sp.Start+max]
		cut := 0
		for i := len(piece) - 2; i > max/2 && cut == 0; i-- {
			if piece[i+1] == ' ' && (piece[i] == '.' || piece[i] == '!' || piece[i] == '?') {
				cut = i + 2
			}
		}
		if cut == 0 {
			cut = ingest.CutPoint(text[sp.Start:sp.End], max)
		}
		if cut <= 0 {
			break
		}
		out = append(out, trimSpan(text, kent.Span{Start: sp.Start, End: sp.Start + cut}))
		sp.Start += cut
	}
	return append(out, trimSpan(text, sp))
}

func trimSpan(text string, sp kent.Span) kent.Span {
	for sp.Start < sp.End && (text[sp.Start] == ' ' || text[sp.Start] == '\n') {
		sp.Start++
	}
	for sp.End > sp.Start && (text[sp.End-1] == ' ' || text[sp.End-1] == '\n') {
		sp.End--
	}
	return sp
}

// splitSentences splits every sentence of more than max words after its
// max-th word, so per-sentence rules never face an unbounded run.
func splitSentences(text string, sents []kent.Sentence, max int) []kent.Sentence {
	var out []kent.Sentence
	for _, s := range sents {
		words, inWord := 0, false
		start := s.Start
		for i := s.Start; i < s.End; i++ {
			space := text[i] == ' ' || text[i] == '\n' || text[i] == '\t'
			if !space && !inWord {
				words++
				if words > max {
					out = append(out, kent.Sentence{Span: trimSpan(text, kent.Span{Start: start, End: i})})
					start, words = i, 1
				}
			}
			inWord = !space
		}
		out = append(out, kent.Sentence{Span: kent.Span{Start: start, End: s.End}})
	}
	return out
}

// capFindings keeps the first lim.Quotes quotes and lim.Judgements
// judgements of an article.
func capFindings(a *kent.Article, lim ingest.Limits) (warn []string) {
	if len(a.Quotes) > lim.Quotes {
		warn = append(warn, fmt.Sprintf("%s: %d quotes, only the first %d kept (bound quotes=%d)", a.Source, len(a.Quotes), lim.Quotes, lim.Quotes))
		a.Quotes = a.Quotes[:lim.Quotes]
	}
	if len(a.Judgements) > lim.Judgements {
		warn = append(warn, fmt.Sprintf("%s: %d judgements, only the first %d kept (bound judgements=%d)", a.Source, len(a.Judgements), lim.Judgements, lim.Judgements))
		a.Judgements = a.Judgements[:lim.Judgements]
	}
	return warn
}
