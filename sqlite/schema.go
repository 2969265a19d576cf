package sqlite

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// schemaSQL is the schema every migration together leaves in an empty store
// (tables, indexes, the search index and their first rows), written out by
// `go test ./sqlite -run TestSchemaSnapshot -update`. A new store gets it in
// one transaction instead of replaying the migrations one by one: their
// ALTER TABLEs and table rebuilds re-read the whole schema each time, which
// cost a new store 0.2 CPU-seconds (2 s under the race detector, in every
// test that opens one). TestSchemaSnapshot checks that both ways give the
// same schema and rows.
//
//go:embed schema.sql
var schemaSQL string

// schemaVersion is the last migration schemaSQL includes, from its first
// line ("-- version: N").
var schemaVersion = func() int {
	line, _, _ := strings.Cut(schemaSQL, "\n")
	v, err := strconv.Atoi(strings.TrimSpace(strings.TrimPrefix(line, "-- version:")))
	if err != nil {
		panic(fmt.Sprintf("sqlite/schema.sql: first line must be \"-- version: N\", got %q", line))
	}
	return v
}()

// createFresh gives a store without any migration applied and without
// tables of its own the snapshot schema and records migrations 1 to
// schemaVersion as applied. It does nothing to any other store, including
// one another process has just created.
func (s *Store) createFresh(versions []int) error {
	var n int
	if err := s.db.QueryRow(`SELECT COUNT(*) FROM sqlite_master WHERE name != 'schema_migrations'`).Scan(&n); err != nil || n > 0 {
		return err
	}
	tx, err := s.db.Begin() // IMMEDIATE (dsn): the check below holds until commit
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := tx.QueryRow(`SELECT (SELECT COUNT(*) FROM sqlite_master WHERE name != 'schema_migrations') + (SELECT COUNT(*) FROM schema_migrations)`).Scan(&n); err != nil || n > 0 {
		return err
	}
	if _, err := tx.Exec(schemaSQL); err != nil {
		return fmt.Errorf("creating the store's schema: %v", err)
	}
	now := time.Now().UTC().Format(time.RFC3339)
	for _, v := range versions {
		if v > schemaVersion {
			break
		}
		if _, err := tx.Exec(`INSERT INTO schema_migrations VALUES (?, ?)`, v, now); err != nil {
			return err
		}
	}
	return tx.Commit()
}
