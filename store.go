package kent

import (
	"context"
	"time"
)

// Store keeps articles and searches them. The embedded implementation is in
// package sqlite; a PostgreSQL one can implement the same interface.
type Store interface {
	// Put stores articles that are not stored yet, in one transaction, and
	// reports for each whether it was new. An article whose ID is already
	// stored is left untouched (ingest is idempotent). Returns EINVALID if an
	// article fails Validate; nothing of the batch is stored then.
	Put(ctx context.Context, articles []*Article) ([]bool, error)

	// Get returns the article with the given ID or a unique ID prefix.
	// Returns ENOTFOUND if none matches, EINVALID if a prefix is ambiguous.
	Get(ctx context.Context, id string) (*Article, error)

	// Copies returns the IDs of other stored articles with the same text.
	Copies(ctx context.Context, a *Article) ([]string, error)

	// Search runs a full-text query over titles and cleaned text.
	// Returns EINVALID for a query the engine cannot parse.
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, error)

	// Quotes lists stored quotes in publication order.
	// Returns EINVALID for a speaker name without letters.
	Quotes(ctx context.Context, q QuoteQuery) ([]QuoteHit, error)

	// Judgements lists stored judgements in publication order.
	// Returns EINVALID for a holder name without letters.
	Judgements(ctx context.Context, q JudgementQuery) ([]JudgementHit, error)

	// Entities lists people, organisations and places across articles,
	// most widely mentioned first; kind "" lists all kinds.
	Entities(ctx context.Context, kind string, limit int) ([]Entity, error)

	// StoryInputs returns stored articles in ingest order for clustering.
	StoryInputs(ctx context.Context) ([]StoryInput, error)

	// Count returns how many articles are stored.
	Count(ctx context.Context) (int, error)

	Close() error
}

// SearchQuery is a full-text query with optional filters. Zero values do not
// filter.
type SearchQuery struct {
	Text     string
	Language string
	Outlet   string
	Since    time.Time // published at or after
	Until    time.Time // published before
	Limit    int
}

// SearchHit is one article that matched, with a highlighted snippet.
type SearchHit struct {
	ID        string    `json:"id"`
	Title     string    `json:"title,omitempty"`
	Outlet    string    `json:"outlet,omitempty"`
	Language  string    `json:"language"`
	Published time.Time `json:"published,omitzero"`
	Source    string    `json:"source"`
	Snippet   string    `json:"snippet"`
	Score     float64   `json:"score"`
}

// QuoteQuery selects stored quotes; zero values do not filter.
type QuoteQuery struct {
	Speaker    string // any spelling of the speaker's name
	Language   string
	Attributed bool // only quotes with a speaker
	Limit      int
}

// QuoteHit is a stored quote with the article it comes from.
type QuoteHit struct {
	Quote
	ArticleID string    `json:"article_id"`
	Title     string    `json:"title,omitempty"`
	Outlet    string    `json:"outlet,omitempty"`
	Published time.Time `json:"published,omitzero"`
}

// JudgementQuery selects stored judgements; zero values do not filter.
type JudgementQuery struct {
	ArticleIDs []string // only judgements in these articles
	Holder     string   // any spelling of the holder's name, or words of a group's
	Language   string
	Since      time.Time
	Until      time.Time
	Limit      int
}

// JudgementHit is a stored judgement with the article it comes from, so a
// brief can cite outlet, language and date.
type JudgementHit struct {
	Judgement
	ArticleID       string    `json:"article_id"`
	Title           string    `json:"title,omitempty"`
	Outlet          string    `json:"outlet,omitempty"`
	Author          string    `json:"author,omitempty"`
	Published       time.Time `json:"published,omitzero"`
	ArticleLanguage string    `json:"article_language"`
	Source          string    `json:"source"`
	TextHash        string    `json:"text_hash"` // copies of one text share it

	// URL is the article's address, for citing it.
	URL string `json:"url,omitempty"`
}

// JudgementHits lists an article's judgements with the article facts a
// brief cites them by, as a store query would return them; it lets a
// freshly processed article be pooled without a round trip through a store.
func (a *Article) JudgementHits() []JudgementHit {
	hits := make([]JudgementHit, 0, len(a.Judgements))
	for _, j := range a.Judgements {
		hits = append(hits, JudgementHit{Judgement: j, ArticleID: a.ID, Title: a.Title, Outlet: a.Outlet, Author: a.Author,
			Published: a.Published, ArticleLanguage: a.Language, Source: a.Source, TextHash: a.TextHash, URL: a.URL})
	}
	return hits
}

// Entity is one person, organisation or place across stored articles.
type Entity struct {
	Key      string   `json:"key"`
	Kind     string   `json:"kind"`
	Name     string   `json:"name"`     // the commonest full form
	Variants []string `json:"variants"` // every spelling seen
	Mentions int      `json:"mentions"`
	Articles int      `json:"articles"`
}

// StoryInput is what story clustering reads of a stored article.
type StoryInput struct {
	ID, Language, Title, Text, Outlet, Published string
}
