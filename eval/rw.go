package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/attrib"
)

// rwTypes are the REDEWIEDERGABE speech types scored, with the published
// token-level F1 of the rw-tagger (Brunner et al., KONVENS 2020).
var rwTypes = []struct {
	name      string
	published float64
}{{"direct", 0.85}, {"indirect", 0.76}, {"reported", 0.60}, {"freeIndirect", 0.59}}

// Redewiedergabe scores speech representation token by token on the
// REDEWIEDERGABE TSV files in dir: each file becomes one German article
// (tokens joined by spaces, sentences as the corpus splits them); a token
// is predicted direct if it lies in a direct or partial quote, indirect if
// in the clause of a speech event (attrib.SpeechEvents), frame if in a
// quote's or event's cue, speaker if in a speaker mention or an event's
// source. Kent has no model of "reported" or "free indirect" speech; their
// scores are printed as what they are.
func Redewiedergabe(dir string, x *attrib.Extractor, w io.Writer) (map[string]PRF, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		if files, _ = filepath.Glob(filepath.Join(dir, "tsv", "*.tsv")); len(files) == 0 {
			return nil, kent.Errorf(kent.EINVALID, "%s: no .tsv files", dir)
		}
	}
	sort.Strings(files)
	extra, err := SpkAttCues()
	if err != nil {
		return nil, err
	}
	res := map[string]PRF{}
	for _, f := range files {
		toks, err := readRW(f)
		if err != nil {
			return nil, err
		}
		if len(toks) == 0 {
			continue
		}
		scoreRWTokens(res, toks, rwPredict(x, toks, extra))
	}
	fmt.Fprintf(w, "REDEWIEDERGABE (German, 1840–1919): %d files, token-level scores\n", len(files))
	for _, t := range rwTypes {
		m := res[t.name]
		printRow(w, t.name, m.Precision(), m.Recall(), m.F1(), fmt.Sprintf("(rw-tagger F1 %.2f)", t.published))
	}
	for _, l := range []string{"frame", "speaker"} {
		m := res[l]
		printRow(w, l, m.Precision(), m.Recall(), m.F1(), "")
	}
	return res, nil
}

// rwPredict runs the extractor over one file's tokens and returns, for
// each token, the labels Kent gives it: direct or indirect speech, frame
// (the cue) and speaker.
func rwPredict(x *attrib.Extractor, toks []rwToken, extra attrib.CueLemmas) []map[string]bool {
	a, offs := rwArticle(toks)
	qs, _ := x.Extract(a)
	pred := make([]map[string]bool, len(toks))
	for i := range pred {
		pred[i] = map[string]bool{}
	}
	mark := func(sp kent.Span, label string) {
		for i, o := range offs {
			if o.Start < sp.End && sp.Start < o.End {
				pred[i][label] = true
			}
		}
	}
	for _, q := range qs {
		switch q.Kind {
		case kent.QuoteDirect, kent.QuotePartial:
			// The corpus counts the quote marks as part of the speech.
			sp := q.Span
			if r, n := utf8.DecodeLastRuneInString(a.Text[:sp.Start]); n > 0 && closers[r] != nil {
				sp.Start -= n
			}
			if r, n := utf8.DecodeRuneInString(a.Text[sp.End:]); n > 0 && closers[r] != nil || r == '“' {
				sp.End += n
			}
			mark(sp, "direct")
		case kent.QuoteIndirect, kent.QuoteMixed:
			if q.Cue == "" && q.Speaker != nil {
				// a sentence in the reporting mood that goes on in the
				// last speaker's voice, no frame of its own ("Die Kassen
				// seien leer."): indirect speech, clause and all
				markUnless(pred, offs, q.Span, "indirect", "direct")
				continue
			}
			// Indirect speech comes from the speech events below: the
			// quote reader's indirect spans (a whole sentence after
			// "according to") are far wider than the corpus's clauses.
		}
		if q.Speaker != nil {
			mark(q.CueSpan, "frame")
			mark(q.Speaker.MentionSpan, "speaker")
		}
	}
	// Quotations the extractor gave no speaker (fiction's dialogue runs
	// on without frames) are direct speech too, unless they are a word or
	// two: a title or a term in quote marks.
	for _, sp := range attrib.QuoteMarkSpans(a) {
		if ts := spanTokens(offs, sp); len(ts) >= rwMinQuoteTokens {
			mark(sp, "direct")
		}
	}
	// Speech events give what quotes miss: the clause a speech or thought
	// verb governs is indirect speech ("sagte, er komme morgen"), its cue
	// a frame, its source a speaker. The German cue lemmas learnt from
	// SpkAtt (another corpus) widen the lexicon's.
	for _, ev := range x.SpeechEvents(a, extra) {
		if q, ok := quotedMessage(a.Text, ev.Message); ok {
			mark(q, "direct") // "sagte: „Ich komme.“"
		} else if afterColon(a.Text, ev.Message) {
			for _, sp := range ev.Message {
				mark(sp, "direct") // "Das Blatt erzählt: Es waren drei Mädchen …"
			}
		} else if ev.Clause {
			for _, sp := range ev.Message {
				markUnless(pred, offs, sp, "indirect", "direct")
			}
		}
		for _, sp := range insertedFrame(a, ev) {
			mark(sp, "direct")
		}
		for _, sp := range ev.Cue {
			mark(sp, "frame")
		}
		for _, sp := range ev.Source {
			mark(sp, "speaker")
		}
	}
	rwFinalStops(toks, pred)
	return pred
}

// rwFinalStops follows the corpus's span convention: a direct or
// indirect span that runs to the end of its sentence takes the sentence's
// final stop ("sagte, er komme morgen." is indirect through the full
// stop; 2,120 of 2,120 such stops are in the gold spans, and no comma or
// semicolon at a span's end is), where Kent's clause ends before it.
func rwFinalStops(toks []rwToken, pred []map[string]bool) {
	for i := 1; i < len(toks); i++ {
		if t := toks[i].text; t != "." && t != "!" && t != "?" || i+1 < len(toks) && !toks[i+1].sentStart {
			continue
		}
		for _, label := range []string{"direct", "indirect"} {
			if pred[i-1][label] && !pred[i]["direct"] && !pred[i]["indirect"] {
				pred[i][label] = true
			}
		}
	}
}

// quotedMessage returns the quote, marks included, that a speech event's
// message opens ("sagte: „Ich komme morgen.“"), when there is one.
func quotedMessage(text string, msg []kent.Span) (kent.Span, bool) {
	if len(msg) == 0 {
		return kent.Span{}, false
	}
	start := msg[0].Start
	open, n := utf8.DecodeLastRuneInString(strings.TrimRight(text[:start], " "))
	cls := closers[open]
	if n == 0 || cls == nil {
		return kent.Span{}, false
	}
	start = len(strings.TrimRight(text[:start], " ")) - n
	for i, r := range text[msg[0].Start:] {
		if containsRune(cls, r) {
			end := msg[0].Start + i + utf8.RuneLen(r)
			return kent.Span{Start: start, End: end}, true
		}
		if r == '\n' {
			break
		}
	}
	return kent.Span{}, false
}

// insertedFrame reads a frame with its verb first and its speaker after
// it, set into or after the words it reports, which fiction prints
// without quote marks: "Ja, sagte Karl traurig, ich habe …", "Sie
// verließen Ihre Frau? fragte ich verwundert." The sentence's words before
// the frame are direct speech, and so are those after it past a comma.
func insertedFrame(a *kent.Article, ev attrib.SpeechEvent) []kent.Span {
	if len(ev.Cue) == 0 || len(ev.Source) == 0 || ev.Source[0].Start < ev.Cue[0].End {
		return nil
	}
	text := a.Text
	var sents []kent.Sentence
	for _, p := range a.Paragraphs {
		sents = append(sents, p.Sentences...)
	}
	si := sort.Search(len(sents), func(i int) bool { return sents[i].Span.End > ev.Cue[0].Start })
	if si == len(sents) {
		return nil
	}
	sent := sents[si].Span
	before := strings.TrimRight(text[sent.Start:ev.Cue[0].Start], " ")
	var out []kent.Span
	switch {
	case strings.HasSuffix(before, ","):
		if !strings.ContainsAny(before, "„“”\"»«:;") { // not when a quote or colon already opened the words
			out = append(out, kent.Span{Start: sent.Start, End: sent.Start + len(before) - 1})
		}
	default:
		return nil
	}
	// past the speaker and a few words ("sagte Karl traurig,"), a comma
	// opens the rest of the reported words
	rest := text[ev.Source[len(ev.Source)-1].End:sent.End]
	if i := strings.IndexByte(rest, ','); i >= 0 && len(strings.Fields(rest[:i])) <= 3 {
		if start := sent.End - len(rest) + i + 1; start < sent.End {
			out = append(out, kent.Span{Start: start, End: sent.End})
		}
	}
	return out
}

// afterColon reports whether a speech event's message follows a colon:
// unmarked direct speech in print of the time ("erzählt: Es waren …").
func afterColon(text string, msg []kent.Span) bool {
	return len(msg) > 0 && strings.HasSuffix(strings.TrimRight(text[:msg[0].Start], " "), ":")
}

// markUnless gives the tokens of sp label unless they carry other.
func markUnless(pred []map[string]bool, offs []kent.Span, sp kent.Span, label, other string) {
	for _, i := range spanTokens(offs, sp) {
		if !pred[i][other] {
			pred[i][label] = true
		}
	}
}

// scoreRWTokens adds each token's gold and predicted labels to res.
func scoreRWTokens(res map[string]PRF, toks []rwToken, pred []map[string]bool) {
	for i, t := range toks {
		for _, label := range []string{"direct", "indirect", "reported", "freeIndirect", "frame", "speaker"} {
			m := res[label]
			g, p := t.labels[label], pred[i][label]
			switch {
			case g && p:
				m.TP++
			case p:
				m.FP++
			case g:
				m.FN++
			}
			res[label] = m
		}
	}
}

// rwMinQuoteTokens is the fewest tokens, marks included, of a quotation
// with no speaker that counts as direct speech.
var rwMinQuoteTokens = 6

type rwToken struct {
	text      string
	sentStart bool
	labels    map[string]bool
}

func readRW(path string) ([]rwToken, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var out []rwToken
	col := map[string]int{}
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "\t")
		if len(col) == 0 {
			for i, p := range parts {
				col[p] = i
			}
			if _, ok := col["stwr"]; !ok {
				return nil, fmt.Errorf("%s: no stwr column", path)
			}
			continue
		}
		if len(parts) < len(col) {
			continue
		}
		t := rwToken{text: parts[col["tok"]], sentStart: parts[col["sentstart"]] == "yes", labels: map[string]bool{}}
		for _, level := range strings.Split(parts[col["stwr"]], "|") {
			typ := strings.SplitN(level, ".", 2)[0]
			for _, alt := range strings.Split(typ, "_") {
				t.labels[alt] = true
			}
		}
		t.labels["frame"] = parts[col["frame"]] != "-"
		t.labels["speaker"] = parts[col["speaker"]] != "-"
		out = append(out, t)
	}
	return out, sc.Err()
}

// rwArticle joins tokens into text the way they were printed — no space
// inside quote marks or before punctuation — as one paragraph with the
// corpus's sentences.
func rwArticle(toks []rwToken) (*kent.Article, []kent.Span) {
	var b strings.Builder
	offs := make([]kent.Span, len(toks))
	var sents []kent.Sentence
	sentStart := 0
	var open []rune // quote marks awaiting their closer
	glue := true    // no space before the next token
	for i, t := range toks {
		r, size := utf8.DecodeRuneInString(t.text)
		isMark := size == len(t.text) && closers[r] != nil
		closing := false
		// a straight mark closes a low one too („…", typewriter style)
		if top := len(open) - 1; isMark && top >= 0 && (containsRune(closers[open[top]], r) || r == '"' && (open[top] == '„' || open[top] == '“')) {
			closing = true
			open = open[:len(open)-1]
		}
		if i > 0 && t.sentStart {
			end := b.Len()
			for end > sentStart && b.String()[end-1] == ' ' {
				end--
			}
			sents = append(sents, kent.Sentence{Span: kent.Span{Start: sentStart, End: end}})
		}
		if !glue && !closing && !strings.ContainsRune(".,;:!?)]", r) {
			b.WriteByte(' ')
		}
		if i > 0 && t.sentStart {
			sentStart = b.Len()
		}
		offs[i] = kent.Span{Start: b.Len(), End: b.Len() + len(t.text)}
		b.WriteString(t.text)
		glue = false
		if isMark && !closing {
			open = append(open, r)
			glue = true
		}
		if r == '(' || r == '[' {
			glue = true
		}
	}
	text := b.String()
	sents = append(sents, kent.Sentence{Span: kent.Span{Start: sentStart, End: len(text)}})
	a := &kent.Article{Text: text, Language: "de"}
	a.Paragraphs = []kent.Paragraph{{Span: kent.Span{Start: 0, End: len(text)}, Language: "de", Sentences: sents}}
	return a, offs
}

func containsRune(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}
