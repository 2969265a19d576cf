package kent

import (
	"context"
	"iter"
	"strings"
	"time"
)

// The store contract is split by role, so that a front end or a stage asks
// only for what it uses and a second backend (PostgreSQL) knows exactly what
// it must provide. Package sqlite implements all of it; package storetest is
// the suite every implementation must pass.
//
// Listings take a filter with Limit and Offset (Limit 0: no limit) and return
// the page with the total number of matches. Walks over everything are
// streams (iter.Seq2): a caller reads one item at a time and stops when it
// likes; the stream's error, if any, is yielded last.
//
// Stores do no domain reasoning: spelling-blind look-ups compare the name keys
// the stages set (Speaker.Key), and merging mentions into entities is done by
// package names over the rows MentionRows streams.

// ArticleStore keeps articles.
type ArticleStore interface {
	// Put stores articles that are not stored yet, in one transaction, and
	// reports for each whether it was new. An article whose ID is already
	// stored is left untouched (ingest is idempotent). An article without an
	// IngestedAt is given the time of the Put. Returns EINVALID if an
	// article fails Validate; nothing of the batch is stored then.
	Put(ctx context.Context, articles []*Article) ([]bool, error)

	// Get returns the article with the given ID or a unique ID prefix, with
	// its quotes and judgements. Returns ENOTFOUND if none matches, EINVALID
	// if a prefix is ambiguous or the ID is empty.
	Get(ctx context.Context, id string) (*Article, error)

	// Copies returns the IDs of other stored articles with the same text,
	// in ID order.
	Copies(ctx context.Context, a *Article) ([]string, error)

	// Count returns how many articles are stored.
	Count(ctx context.Context) (int, error)

	Close() error
}

// SearchStore finds articles by their words.
type SearchStore interface {
	// Search runs a full-text query over titles and cleaned text, best
	// match first. Returns EINVALID for an empty query or one the engine
	// cannot parse even word by word.
	Search(ctx context.Context, q SearchQuery) (hits []SearchHit, total int, err error)
}

// QuoteStore lists stored quotes.
type QuoteStore interface {
	// Quotes lists stored quotes in publication order (undated last), then
	// by article ID and position.
	Quotes(ctx context.Context, q QuoteQuery) (hits []QuoteHit, total int, err error)
}

// JudgementStore lists stored judgements.
type JudgementStore interface {
	// Judgements lists stored judgements in publication order (undated
	// last), then by article ID and position.
	Judgements(ctx context.Context, q JudgementQuery) (hits []JudgementHit, total int, err error)
}

// MentionStore streams the names articles mention.
type MentionStore interface {
	// MentionRows streams one row per article and distinct mention (key
	// and spelling), with how often the article prints it.
	MentionRows(ctx context.Context, q MentionQuery) iter.Seq2[MentionRow, error]
}

// StoryStore streams what story clustering reads and keeps what it decided,
// so stories are assigned once, as articles arrive, and listing them is a
// query.
type StoryStore interface {
	// StoryInputs streams the stored articles after ingest position after
	// (0: every one) in ingest order.
	StoryInputs(ctx context.Context, after int64) iter.Seq2[StoryInput, error]

	// StoryState returns how far story assignment has got and the last
	// clusterer snapshot saved.
	StoryState(ctx context.Context) (StoryState, error)

	// AssignStories stores the stories of the articles after ingest
	// position from, and, unless snapshot is nil, a snapshot of the
	// clusterer after the last of them. It returns ECONFLICT, storing
	// nothing, when the stored assignment no longer ends at from (another
	// process assigned stories meanwhile).
	AssignStories(ctx context.Context, from int64, as []StoryAssignment, snapshot []byte) error

	// Stories lists the stored stories, largest first, then by ID, each
	// with its articles by publication date (unknown first), then ID: the
	// order they joined within one assignment, and the same whatever
	// order the articles were stored in.
	Stories(ctx context.Context, p Page) (stories []StoredStory, total int, err error)
}

// Store is every role at once: what a backend implements.
type Store interface {
	ArticleStore
	SearchStore
	QuoteStore
	JudgementStore
	MentionStore
	StoryStore
}

// Page is the window of a listing: at most Limit items (0: all) after
// skipping Offset.
type Page struct {
	Limit  int
	Offset int
}

// SearchQuery is a full-text query with optional filters. Zero values do not
// filter.
type SearchQuery struct {
	// Text is matched against titles and cleaned text, accents folded
	// ("Lukasenka" finds "Lukašenka"): words (all must occur), "exact
	// phrases", prefix*, a OR b, NOT c. Text that does not parse so is
	// searched word by word.
	Text     string
	Language string    // ISO 639-1, any case
	Outlet   string    // case-insensitive
	Since    time.Time // published at or after
	Until    time.Time // published before
	Page
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
	Score     float64   `json:"score"` // higher is better
}

// QuoteQuery selects stored quotes; zero values do not filter.
type QuoteQuery struct {
	// Speaker selects quotes whose speaker has this name key (see
	// NameKey.Matches); package names computes it from any spelling.
	Speaker    NameKey
	Language   string
	Attributed bool // only quotes with a speaker
	Page
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
	// Holder selects judgements whose holder has this name key, or
	// (either one) whose holder's name contains HolderWords,
	// case-insensitively: "officials" finds "officials in Kyiv".
	Holder      NameKey
	HolderWords string
	Language    string
	Since       time.Time
	Until       time.Time
	// Keys selects the judgements of the articles that have a judgement
	// with at least one of these keys (Judgement.Keys; a key ending in "*"
	// matches every key it begins) — a brief needs the whole of such an
	// article — and the judgements whose keys were never computed. None:
	// no filter.
	Keys []string
	// OwnKeys narrows Keys to the judgements that have one of them
	// themselves (or were never keyed), without the rest of their
	// articles.
	OwnKeys bool
	// ExceptKeys leaves out the articles that have a judgement with one
	// of these keys, and the judgements never keyed (they may have any).
	ExceptKeys []string
	Page
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

	// Lead is the article's first paragraph (see Lead): an article whose
	// title does not name who it is about mostly says so there.
	Lead string `json:"lead,omitempty"`
}

// LeadChars bounds Lead: a store reads at most this many characters of an
// article's text for it.
const LeadChars = 400

// Lead returns the first non-empty paragraph of an article's text, cut to
// at most LeadChars characters at a word break.
func Lead(text string) string {
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if r := []rune(line); len(r) > LeadChars {
			line = string(r[:LeadChars])
			if i := strings.LastIndexByte(line, ' '); i > 0 {
				line = line[:i]
			}
		}
		return line
	}
	return ""
}

// JudgementHits lists an article's judgements with the article facts a
// brief cites them by, as a store query would return them; it lets a
// freshly processed article be pooled without a round trip through a store.
func (a *Article) JudgementHits() []JudgementHit {
	hits := make([]JudgementHit, 0, len(a.Judgements))
	lead := Lead(a.Text)
	for _, j := range a.Judgements {
		hits = append(hits, JudgementHit{Judgement: j, ArticleID: a.ID, Title: a.Title, Outlet: a.Outlet, Author: a.Author,
			Published: a.Published, ArticleLanguage: a.Language, Source: a.Source, TextHash: a.TextHash, URL: a.URL, Lead: lead})
	}
	return hits
}

// MentionQuery selects mention rows; zero values do not filter.
type MentionQuery struct {
	Kind string // person, organisation or place
}

// MentionRow is what an article says of one entity in one spelling: Text
// printed Count times, standing for Name, keyed Key, in the article's
// Language.
type MentionRow struct {
	ArticleID string
	Language  string
	Kind      string
	Key       string
	Text      string
	Name      string
	Count     int
}

// Entity is one person, organisation or place across stored articles.
type Entity struct {
	Key      string   `json:"key"`
	Kind     string   `json:"kind"`
	Name     string   `json:"name"`     // the commonest full form
	Variants []string `json:"variants"` // every spelling seen
	// Languages are the languages of the articles that name it, sorted.
	Languages []string `json:"languages"`
	Mentions  int      `json:"mentions"`
	Articles  int      `json:"articles"`
}

// StoryInput is what story clustering reads of a stored article.
type StoryInput struct {
	Seq                               int64 // ingest position: increases with each article stored
	ID, Language, Title, Text, Outlet string
	Published                         time.Time // zero when unknown
}

// StoryAssignment places the article at ingest position Seq in a story.
type StoryAssignment struct {
	Seq       int64
	ArticleID string
	Story     int
}

// StoryState is how far story assignment has got: every article up to
// ingest position Upto has a story. Snapshot (nil if none) is the
// clusterer's state after the article at SnapshotUpto.
type StoryState struct {
	Upto         int64
	Snapshot     []byte
	SnapshotUpto int64
}

// StoredStory is a stored story with its articles in the order they joined.
type StoredStory struct {
	ID      int
	Members []StoryMember
}

// StoryMember is what a story listing shows of an article.
type StoryMember struct {
	ArticleID, Title, Language, Outlet string
}
