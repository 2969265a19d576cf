// Package kent holds the domain types that every pipeline stage shares: an
// Article as it travels from a reader through cleaning, language detection and
// segmentation into the store, and the Store interface that keeps it.
//
// Stages live in their own packages (ingest, clean, lang, segment, store
// implementations such as sqlite) and exchange only these types, so each one
// can be used as a library without the CLI.
package kent

import (
	"time"
)

// Article is one news article after cleaning. It is created by the pipeline and
// is immutable once stored: re-ingesting the same text finds the stored copy by
// ID instead of changing it.
type Article struct {
	// ID is derived from the outlet and the normalized cleaned text (see
	// ArticleID), so the same article ingested twice has the same ID.
	ID string `json:"id"`
	// TextHash is derived from the normalized cleaned text alone. Articles with
	// the same TextHash but different IDs are copies of one another, e.g. one
	// wire story syndicated by two outlets.
	TextHash string `json:"text_hash"`

	Source    string    `json:"source"`           // file path (with #n for multi-article files) it was read from
	Format    Format    `json:"format"`           // reader that produced it
	URL       string    `json:"url,omitempty"`    // canonical URL where known
	Title     string    `json:"title,omitempty"`  // headline
	Outlet    string    `json:"outlet,omitempty"` // site or publication name
	Author    string    `json:"author,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Language  string    `json:"language"` // ISO 639-1 code of the body; "" if undetermined

	// Text is the cleaned body: the kept paragraphs joined by a blank line.
	// All offsets in Paragraphs and Sentences are byte offsets into Text.
	Text       string      `json:"text"`
	Paragraphs []Paragraph `json:"paragraphs"`

	// Blocks is every block of the source in its original order, kept or not,
	// with the reason for dropping it; `kent show` prints them so a user can
	// see what cleaning did.
	Blocks []Block `json:"blocks"`

	// Quotes are the reported speech found in Text, in text order.
	Quotes []Quote `json:"quotes,omitempty"`
	// Mentions are the people, organisations and places Text names.
	Mentions []Mention `json:"mentions,omitempty"`
	// Judgements are the estimative statements found in Text, in text order.
	Judgements []Judgement `json:"judgements,omitempty"`
	// Warnings are problems found in the text that a reader should know
	// about, such as quote marks that do not balance.
	Warnings []string `json:"warnings,omitempty"`
	// Tokens are the words and punctuation marks of Text, filled once by
	// the pipeline after segmentation (package tokens) for the stages that
	// read words; never stored. A stage given an article without them
	// tokenizes it itself.
	Tokens []Token `json:"-"`

	IngestedAt time.Time `json:"ingested_at,omitzero"`
}

// SentenceSpans returns every sentence of the article in order; a quote's
// Sentence field indexes into it.
func (a *Article) SentenceSpans() []Span {
	var out []Span
	for _, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			out = append(out, s.Span)
		}
	}
	return out
}

// Span is a half-open byte range [Start, End) into Article.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Paragraph is one kept paragraph of an article's cleaned text.
type Paragraph struct {
	Span
	Language  string     `json:"language"` // detected language; may differ from the article's (a quote, a name list)
	Sentences []Sentence `json:"sentences"`
}

// Sentence is one sentence inside a paragraph.
type Sentence struct {
	Span
}

// BlockKind says what cleaning decided a block of source text is.
type BlockKind string

const (
	BlockBody  BlockKind = "body"  // kept: part of Article.Text
	BlockTitle BlockKind = "title" // the headline, moved to Article.Title
	BlockMeta  BlockKind = "meta"  // a date, outlet or byline line, moved to metadata
	BlockDrop  BlockKind = "drop"  // chrome, boilerplate or a repeat; not in Article.Text
)

// Block is one paragraph-sized unit of the source as cleaning saw it.
type Block struct {
	Text     string    `json:"text"`
	Kind     BlockKind `json:"kind"`
	Reason   string    `json:"reason,omitempty"` // why it is not body, e.g. "repeat of block 2"
	Language string    `json:"language,omitempty"`
}

// Format names the reader that produced an article.
type Format string

const (
	FormatText  Format = "text"
	FormatHTML  Format = "html"
	FormatJSONL Format = "jsonl"
	FormatFeed  Format = "feed"
	FormatWARC  Format = "warc"
)

// Validate reports whether the article can be stored: it needs an ID and some
// text, and every span must lie inside Text. It returns an EINVALID error.
func (a *Article) Validate() error {
	if a.ID == "" {
		return Errorf(EINVALID, "article has no ID")
	}
	if a.Text == "" {
		return Errorf(EINVALID, "article %s has no text after cleaning", a.Source)
	}
	for _, p := range a.Paragraphs {
		if p.Start < 0 || p.End > len(a.Text) || p.Start > p.End {
			return Errorf(EINVALID, "article %s: paragraph span %d-%d outside text", a.Source, p.Start, p.End)
		}
		for _, s := range p.Sentences {
			if s.Start < p.Start || s.End > p.End || s.Start > s.End {
				return Errorf(EINVALID, "article %s: sentence span %d-%d outside its paragraph", a.Source, s.Start, s.End)
			}
		}
	}
	return nil
}

// SpanText returns the text a span covers, or "" if the span is out of range.
func (a *Article) SpanText(s Span) string {
	if s.Start < 0 || s.End > len(a.Text) || s.Start > s.End {
		return ""
	}
	return a.Text[s.Start:s.End]
}
