package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"runtime"
)

// Stored reports whether an article with exactly this ID is stored. Ingest
// asks it before the costly stages (segmentation, attribution, estimates,
// names), since Put would leave a stored article untouched anyway: reading
// a folder again costs little more than cleaning it. It reads through a
// pool of its own, so workers can ask while the writer holds its
// transaction: in WAL mode readers do not wait for a writer, and they see
// what was committed.
func (s *Store) Stored(ctx context.Context, id string) (bool, error) {
	s.readOnce.Do(func() {
		db, err := sql.Open("sqlite", dsn(s.Path, false))
		if err != nil {
			s.readErr = err
			return
		}
		db.SetMaxOpenConns(runtime.GOMAXPROCS(0))
		db.SetMaxIdleConns(runtime.GOMAXPROCS(0))
		s.read = db
		// prepared once: preparing the query each time was half its cost
		s.stored, s.readErr = db.PrepareContext(ctx, `SELECT 1 FROM articles WHERE id = ?`)
	})
	if s.readErr != nil {
		return false, s.readErr
	}
	var one int
	err := s.stored.QueryRowContext(ctx, id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}
