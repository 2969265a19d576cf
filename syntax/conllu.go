// Package syntax gives Kent grammar: a part-of-speech and morphology tagger,
// a lemmatizer and a dependency parser for every supported language, trained
// from Universal Dependencies treebanks and shipped as small embedded models.
// Later stages (names, holders, propositions) read its tokens instead of
// guessing from surface patterns.
package syntax

import (
	"bufio"
	"fmt"
	"io"
	"iter"
	"os"
	"strconv"
	"strings"
)

// Token is one syntactic word as Universal Dependencies annotates it.
type Token struct {
	Form  string
	Lemma string
	UPOS  string
	Feats string // "Case=Nom|Number=Sing", empty when the treebank has "_"
	Head  int    // index+1 of the head word in Sentence.Tokens; 0 for the root; -1 unknown
	Rel   string // UD relation with its subtype, e.g. "nsubj:pass"
}

// Multiword is a surface token that the treebank splits into several
// syntactic words (Spanish "del" = "de" + "el", Polish "będziesz" parts);
// Tokens[Start:End] are its words.
type Multiword struct {
	Start, End int
	Form       string
}

// Sentence is one treebank sentence: its words in order, empty nodes
// (enhanced-dependency ellipsis) left out because the basic tree ignores them.
type Sentence struct {
	ID     string
	Text   string
	Tokens []Token
	Multi  []Multiword
}

// maxLine bounds one CoNLL-U line so a corrupt file cannot exhaust memory.
const maxLine = 1 << 20

// ReadCoNLLU streams the sentences of a CoNLL-U file. An error names the
// line and stops the sequence.
func ReadCoNLLU(r io.Reader) iter.Seq2[Sentence, error] {
	return func(yield func(Sentence, error) bool) {
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 0, 64<<10), maxLine)
		var s Sentence
		line := 0
		flush := func() bool {
			if len(s.Tokens) == 0 {
				s = Sentence{}
				return true
			}
			ok := yield(s, nil)
			s = Sentence{}
			return ok
		}
		for sc.Scan() {
			line++
			text := sc.Text()
			switch {
			case text == "":
				if !flush() {
					return
				}
				continue
			case strings.HasPrefix(text, "#"):
				readComment(&s, text)
				continue
			}
			if err := readLine(&s, text); err != nil {
				yield(Sentence{}, fmt.Errorf("line %d: %w", line, err))
				return
			}
		}
		if err := sc.Err(); err != nil {
			yield(Sentence{}, fmt.Errorf("line %d: %w", line+1, err))
			return
		}
		flush()
	}
}

func readComment(s *Sentence, text string) {
	k, v, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(text, "#")), "=")
	if !ok {
		return
	}
	switch strings.TrimSpace(k) {
	case "sent_id":
		s.ID = strings.TrimSpace(v)
	case "text":
		s.Text = strings.TrimSpace(v)
	}
}

func readLine(s *Sentence, text string) error {
	cols := strings.Split(text, "\t")
	if len(cols) != 10 {
		return fmt.Errorf("%d columns, want 10", len(cols))
	}
	id := cols[0]
	if strings.Contains(id, ".") {
		return nil // an empty node: not part of the basic tree
	}
	if a, b, ok := strings.Cut(id, "-"); ok {
		start, err1 := strconv.Atoi(a)
		end, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || start > end {
			return fmt.Errorf("bad multiword range %q", id)
		}
		s.Multi = append(s.Multi, Multiword{Start: start - 1, End: end, Form: cols[1]})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(s.Tokens)+1 {
		return fmt.Errorf("word ID %q out of sequence", id)
	}
	head := -1
	if cols[6] != "_" {
		if head, err = strconv.Atoi(cols[6]); err != nil {
			return fmt.Errorf("bad head %q", cols[6])
		}
	}
	s.Tokens = append(s.Tokens, Token{
		Form: cols[1], Lemma: under(cols[2]), UPOS: under(cols[3]),
		Feats: under(cols[5]), Head: head, Rel: under(cols[7]),
	})
	return nil
}

// under reads CoNLL-U's "_" (no value) as empty.
func under(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

// ReadFile reads every sentence of a CoNLL-U file; an error names the file.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Sentence
	for s, err := range ReadCoNLLU(f) {
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, s)
	}
	return out, nil
}

// Split is Kent's fixed, documented split of a treebank whose train file is
// missing: train on dev and the even-numbered sentences of test (0, 2, 4, …),
// evaluate on the odd-numbered ones. A train file, when present, is trained
// on too. No evaluated sentence is ever trained on.
func Split(train, dev, test []Sentence) (fit, held []Sentence) {
	fit = append(append(fit, train...), dev...)
	for i, s := range test {
		if i%2 == 0 {
			fit = append(fit, s)
		} else {
			held = append(held, s)
		}
	}
	return fit, held
}
