package sqlite

import (
	"context"
	"database/sql"
	"iter"

	"github.com/kentnews/kent"
)

// list runs one page of a listing: `SELECT cols from ORDER BY order`, with
// the page's limit and offset, calling scan for each row; it returns the
// number of rows the whole listing has.
func (s *Store) list(ctx context.Context, cols, from string, args []any, order string, p kent.Page, scan func(*sql.Rows) error) (int, error) {
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) `+from, args...).Scan(&total); err != nil {
		return 0, err
	}
	limit := p.Limit
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+cols+` `+from+` ORDER BY `+order+` LIMIT ? OFFSET ?`, append(args, limit, max(p.Offset, 0))...)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return 0, err
		}
	}
	return total, rows.Err()
}

// each runs q and calls scan for each row.
func (s *Store) each(ctx context.Context, q string, args []any, scan func(*sql.Rows) error) error {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// streamChunk is how many rows a stream reads per query. Reading in chunks
// by rowid frees the store's one connection between chunks, so a caller may
// use the store while it walks a stream.
const streamChunk = 256

// stream walks a table in rowid order, streamChunk rows per query: q must
// take the last rowid seen and the chunk size as its last two arguments
// (`... WHERE rowid > ? ORDER BY rowid LIMIT ?`), and scan returns each row's
// value with its rowid. A failure is yielded once, last.
func stream[T any](ctx context.Context, s *Store, q string, args []any, scan func(*sql.Rows) (T, int64, error)) iter.Seq2[T, error] {
	return func(yield func(T, error) bool) {
		var zero T
		last := int64(-1 << 63)
		for {
			batch, lastID, err := chunk(ctx, s, q, append(args[:len(args):len(args)], last, streamChunk), scan)
			if err != nil {
				yield(zero, err)
				return
			}
			for _, v := range batch {
				if !yield(v, nil) {
					return
				}
			}
			if len(batch) < streamChunk {
				return
			}
			last = lastID
		}
	}
}

// chunk reads one chunk of a stream and the last rowid in it.
func chunk[T any](ctx context.Context, s *Store, q string, args []any, scan func(*sql.Rows) (T, int64, error)) ([]T, int64, error) {
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var out []T
	var last int64
	for rows.Next() {
		v, id, err := scan(rows)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, v)
		last = id
	}
	return out, last, rows.Err()
}
