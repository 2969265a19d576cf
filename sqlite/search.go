package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/kentnews/kent"
)

// Search implements kent.SearchStore. A query in FTS5 syntax ("a b" OR c*)
// is used as written; anything else is searched word by word, so a user
// typing punctuation gets results instead of a syntax error.
func (s *Store) Search(ctx context.Context, q kent.SearchQuery) ([]kent.SearchHit, int, error) {
	if strings.TrimSpace(q.Text) == "" {
		return nil, 0, kent.Errorf(kent.EINVALID, "empty search query")
	}
	if err := checkQuery(q.Text); err != nil {
		return nil, 0, err
	}
	ctx, cancel := context.WithTimeout(ctx, QueryTimeout)
	defer cancel()
	hits, total, err := s.search(ctx, q, q.Text)
	if err != nil && !ftsSyntax(q.Text) && ctx.Err() == nil {
		hits, total, err = s.search(ctx, q, quoteTerms(q.Text))
	}
	if err != nil {
		return nil, 0, explain(q.Text, err)
	}
	return hits, total, nil
}

func (s *Store) search(ctx context.Context, q kent.SearchQuery, match string) ([]kent.SearchHit, int, error) {
	from := `FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ?`
	args := []any{match}
	if q.Language != "" {
		from += ` AND a.language = ?`
		args = append(args, strings.ToLower(q.Language))
	}
	if q.Outlet != "" {
		from += ` AND a.outlet LIKE ?`
		args = append(args, q.Outlet)
	}
	from, args = publishedWithin(from, args, q.Since, q.Until)
	var hits []kent.SearchHit
	total, err := s.list(ctx, `a.id, a.title, a.outlet, a.language, a.published, a.source,
			snippet(articles_fts, 1, '[', ']', '…', 16), bm25(articles_fts)`, from, args, `bm25(articles_fts)`, q.Page,
		func(rows *sql.Rows) error {
			var h kent.SearchHit
			var published sql.NullString
			if err := rows.Scan(&h.ID, &h.Title, &h.Outlet, &h.Language, &published, &h.Source, &h.Snippet, &h.Score); err != nil {
				return err
			}
			var err error
			if h.Published, err = parseTime(published); err != nil {
				return fmt.Errorf("article %s: %w", h.ID, err)
			}
			h.Score = -h.Score // bm25 is lower-is-better; users expect higher-is-better
			hits = append(hits, h)
			return nil
		})
	return hits, total, err
}

// quoteTerms turns free text into an FTS5 query that matches all its words.
func quoteTerms(s string) string {
	var terms []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		terms = append(terms, `"`+f+`"`)
	}
	return strings.Join(terms, " ")
}

// publishedWithin narrows a query on articles a to those published in
// [since, until); a zero bound is open. Dates are stored as RFC 3339 in UTC,
// so they compare as text.
func publishedWithin(sqlq string, args []any, since, until time.Time) (string, []any) {
	if !since.IsZero() {
		sqlq += ` AND a.published >= ?`
		args = append(args, since.UTC().Format(time.RFC3339))
	}
	if !until.IsZero() {
		sqlq += ` AND a.published < ?`
		args = append(args, until.UTC().Format(time.RFC3339))
	}
	return sqlq, args
}
