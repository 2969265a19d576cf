// Package app is Kent's application service: the one core that every front
// end calls — the kent CLI today, the HTTP server and the job-queue workers
// next. Each use case (ingest, brief, search, quotes, estimates, entities,
// stories, show) is a method taking a context and a request struct and
// returning a result or an error carrying a Kent error code (kent.EINVALID,
// kent.ENOTFOUND, kent.EINTERNAL); kent.ErrorMessage and kent.HTTPStatus turn
// that error into what a user or an HTTP client sees.
//
// Front ends parse their input (flags, query strings, forms) into requests
// and print or serialise results; everything in between — resolving a
// question, ingesting before briefing, pooling, merging entities, grouping
// stories — lives here and in the stage packages it calls.
package app

import (
	"io"
	"log/slog"
	"time"

	"github.com/kentnews/kent"
)

// Service runs Kent's use cases against one store. It is safe for
// concurrent use when its store is.
type Service struct {
	Store kent.Store
	// Log receives progress and diagnostics; nil discards them.
	Log *slog.Logger
	// Stdin is read when an ingest path is "-".
	Stdin io.Reader
}

// New returns a service over store.
func New(store kent.Store, log *slog.Logger, stdin io.Reader) *Service {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Service{Store: store, Log: log, Stdin: stdin}
}

// Default page sizes, used when a request's Limit is 0.
const (
	DefaultSearchLimit   = 20
	DefaultQuoteLimit    = 100
	DefaultEstimateLimit = 1000
	DefaultEntityLimit   = 50
	DefaultStoryLimit    = 0 // every story
)

// page returns p with its default limit filled in.
func page(p kent.Page, def int) kent.Page {
	if p.Limit <= 0 {
		p.Limit = def
	}
	p.Offset = max(p.Offset, 0)
	return p
}

// window cuts a page out of items already in order.
func window[T any](items []T, p kent.Page) []T {
	if p.Offset >= len(items) {
		return nil
	}
	items = items[p.Offset:]
	if p.Limit > 0 && len(items) > p.Limit {
		items = items[:p.Limit]
	}
	return items
}

// ParseDay reads a day (YYYY-MM-DD, or an RFC 3339 time) given as what;
// "" is the zero time.
func ParseDay(s, what string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	for _, f := range []string{"2006-01-02", time.RFC3339} {
		if t, err := time.Parse(f, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, kent.Errorf(kent.EINVALID, "%s %q: want a day as YYYY-MM-DD", what, s)
}

// log returns the service's logger, one that discards when none was given.
func (s *Service) log() *slog.Logger {
	if s.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return s.Log
}
