package app

import (
	"context"
	"slices"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/names"
)

// SearchResult is a page of full-text matches and how many there are.
type SearchResult struct {
	Hits  []kent.SearchHit `json:"hits"`
	Total int              `json:"total"`
}

// Search finds stored articles by their words (limit 0: DefaultSearchLimit).
func (s *Service) Search(ctx context.Context, req kent.SearchQuery) (SearchResult, error) {
	req.Page = page(req.Page, DefaultSearchLimit)
	hits, total, err := s.Store.Search(ctx, req)
	return SearchResult{hits, total}, err
}

// QuotesRequest selects stored quotes; zero values do not filter.
type QuotesRequest struct {
	Speaker  string // any spelling of the speaker's name
	Language string
	All      bool // also quotes Kent could not attribute
	kent.Page
}

// QuotesResult is a page of quotes and how many match.
type QuotesResult struct {
	Hits  []kent.QuoteHit `json:"hits"`
	Total int             `json:"total"`
}

// Quotes lists stored quotes in publication order (limit 0:
// DefaultQuoteLimit). A speaker matches whatever the spelling: "Yurkonis"
// finds "Vytis Jurkonis". A speaker name without letters is EINVALID.
func (s *Service) Quotes(ctx context.Context, req QuotesRequest) (QuotesResult, error) {
	q := kent.QuoteQuery{Language: req.Language, Attributed: !req.All, Page: page(req.Page, DefaultQuoteLimit)}
	if req.Speaker != "" {
		if q.Speaker = names.SpeakerKey(req.Speaker); q.Speaker.IsZero() {
			return QuotesResult{}, kent.Errorf(kent.EINVALID, "speaker %q has no letters", req.Speaker)
		}
	}
	hits, total, err := s.Store.Quotes(ctx, q)
	return QuotesResult{hits, total}, err
}

// EstimatesRequest selects stored judgements; zero values do not filter.
type EstimatesRequest struct {
	// Holder is any spelling of a holder's name, or words of a group's
	// ("officials" finds "officials in Kyiv").
	Holder   string
	Language string
	// Scale names the scale to name bands on (lexicon.Set.ScaleNames);
	// "" is the lexicon's default scale.
	Scale string
	kent.Page
}

// EstimatesResult is a page of judgements, how many match, and the scale
// to name their bands on.
type EstimatesResult struct {
	Hits  []kent.JudgementHit `json:"hits"`
	Total int                 `json:"total"`
	Scale *kent.Scale         `json:"-"`
}

// Estimates lists stored judgements in publication order (limit 0:
// DefaultEstimateLimit). An unknown scale or a holder name without letters
// is EINVALID.
func (s *Service) Estimates(ctx context.Context, req EstimatesRequest) (EstimatesResult, error) {
	lex, err := lexicon.Default()
	if err != nil {
		return EstimatesResult{}, err
	}
	scale := lex.DefaultScale()
	if req.Scale != "" {
		if scale, err = lex.Scale(req.Scale); err != nil {
			return EstimatesResult{}, kent.Errorf(kent.EINVALID, "%v", err)
		}
	}
	q := kent.JudgementQuery{Language: req.Language, Page: page(req.Page, DefaultEstimateLimit)}
	if req.Holder != "" {
		if q.Holder = names.SpeakerKey(req.Holder); q.Holder.IsZero() {
			return EstimatesResult{}, kent.Errorf(kent.EINVALID, "holder %q has no letters", req.Holder)
		}
		q.HolderWords = req.Holder
	}
	hits, total, err := s.Store.Judgements(ctx, q)
	return EstimatesResult{hits, total, scale}, err
}

// EntityKinds are the kinds of entity Kent finds.
var EntityKinds = []string{kent.SpeakerPerson, kent.SpeakerOrganisation, "place"}

// EntitiesRequest selects entities; Kind "" lists every kind.
type EntitiesRequest struct {
	Kind string
	kent.Page
}

// EntitiesResult is a page of entities and how many there are.
type EntitiesResult struct {
	Entities []kent.Entity `json:"entities"`
	Total    int           `json:"total"`
}

// Entities lists the people, organisations and places across stored
// articles, one entity whatever the spelling, most widely mentioned first
// (limit 0: DefaultEntityLimit). An unknown kind is EINVALID.
func (s *Service) Entities(ctx context.Context, req EntitiesRequest) (EntitiesResult, error) {
	if req.Kind != "" && !slices.Contains(EntityKinds, req.Kind) {
		return EntitiesResult{}, kent.Errorf(kent.EINVALID, "unknown entity kind %q (person, organisation, place)", req.Kind)
	}
	es, err := names.Entities(s.Store.MentionRows(ctx, kent.MentionQuery{Kind: req.Kind}))
	if err != nil {
		return EntitiesResult{}, err
	}
	return EntitiesResult{window(es, page(req.Page, DefaultEntityLimit)), len(es)}, nil
}

// ShowRequest names an article by its ID or a unique prefix of it.
type ShowRequest struct {
	ID string
}

// ShowResult is a stored article with the IDs of its copies (the same text
// from other outlets).
type ShowResult struct {
	Article *kent.Article
	Copies  []string
}

// Show returns a stored article: ENOTFOUND if none has the ID, EINVALID if
// the prefix is ambiguous.
func (s *Service) Show(ctx context.Context, req ShowRequest) (ShowResult, error) {
	a, err := s.Store.Get(ctx, req.ID)
	if err != nil {
		return ShowResult{}, err
	}
	copies, err := s.Store.Copies(ctx, a)
	if err != nil {
		return ShowResult{}, err
	}
	return ShowResult{a, copies}, nil
}
