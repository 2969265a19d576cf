package sqlite

import (
	"errors"
	"net/url"
	"os"
	"strconv"
	"strings"

	"github.com/kentnews/kent"
)

// writerCache bounds the store's page cache. Each cached page costs about
// twice its size in the pure-Go SQLite's allocator: a 32 MB cache held
// some 50 MB more than an 8 MB one at the peak of a heavy ingest (the dev
// articles, 3,000 short and 400 of 100 KB: 407 MB peak RSS with 32 MB,
// 380 MB with 16 MB, 365 MB with 8 MB; CPU within the machine's noise).
// 16 MB keeps that run under the 400 MB goal with room for larger files.
const writerCache = 16 << 20

// dsn is how Kent opens a store. Write transactions begin IMMEDIATE, so two
// processes writing one store queue for the lock (up to the busy timeout)
// instead of one failing with SQLITE_BUSY when its read turns into a write;
// WAL lets readers go on while a writer works. A writer keeps up to 16 MB
// of pages in its cache (writerCache; SQLite's default is 2 MB): every
// article adds rows at scattered places in the key and name indexes, and
// with the default cache about a tenth of the writer's time went to
// reading those pages back. Statement journals (multi-row inserts open them) stay in memory.
// The WAL is copied back into the database every 4,000 pages (16 MB), not
// every 1,000: a page changed by several batches in between is copied
// once (BenchmarkStore: 12 % less CPU).
func dsn(path string, readOnly bool) string {
	q := "_busy_timeout=30000&_txlock=immediate&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(1)&_pragma=cache_size(-" + strconv.Itoa(writerCache>>10) + ")&_pragma=temp_store(MEMORY)&_pragma=wal_autocheckpoint(4000)"
	if readOnly {
		q = "mode=ro&_busy_timeout=30000&_pragma=foreign_keys(1)&_pragma=query_only(1)"
	}
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q
}

// OpenExisting opens the store at path for reading and writing, or only
// for reading when the file or its folder is read-only. Unlike Open it never
// creates a store: a missing path is an error naming it, so a read-only
// command with a mistyped --db does not leave an empty store behind.
func OpenExisting(path string) (*Store, error) {
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil, kent.Errorf(kent.EINTERNAL, "no store at %s (kent ingest creates one; --db or KENT_DB chooses another)", path)
	case err != nil:
		return nil, storeError(path, err)
	case fi.IsDir():
		return nil, kent.Errorf(kent.EINTERNAL, "store %s is a folder, not a database file", path)
	}
	if writable(path) {
		return openDSN(path, false)
	}
	return openDSN(path, true)
}

// writable reports whether path and its folder (for the WAL files) can be
// written by this process.
func writable(path string) bool {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return false
	}
	f.Close()
	dir := path[:max(strings.LastIndexByte(path, os.PathSeparator), 0)]
	if dir == "" {
		dir = "."
	}
	probe, err := os.CreateTemp(dir, ".kent-probe-*")
	if err != nil {
		return false
	}
	probe.Close()
	os.Remove(probe.Name())
	return true
}

// storeError says what is wrong with the store at path in words; its exit
// status is the store's (4).
func storeError(path string, err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "file is not a database") || strings.Contains(msg, "SQLITE_NOTADB"):
		return kent.Errorf(kent.EINTERNAL, "%s is not a Kent store (not an SQLite database)", path)
	case strings.Contains(msg, "SQLITE_FULL") || strings.Contains(msg, "disk is full") || strings.Contains(msg, "no space left"):
		return kent.Errorf(kent.EINTERNAL, "store %s: the disk is full", path)
	case strings.Contains(msg, "readonly") || strings.Contains(msg, "SQLITE_READONLY") || strings.Contains(msg, "SQLITE_CANTOPEN"):
		return kent.Errorf(kent.EINTERNAL, "store %s cannot be opened for writing: %v", path, err)
	}
	return kent.Errorf(kent.EINTERNAL, "store %s: %v", path, err)
}

// ensureMigrationsTable creates the migrations table unless it is there; a
// read-only store that has it needs nothing written.
func (s *Store) ensureMigrationsTable() error {
	var n int
	if err := s.db.QueryRow(`SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	_, err := s.db.Exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`)
	return err
}

// applied reports whether migration v is in the store.
func (s *Store) applied(v int) bool {
	var n int
	return s.db.QueryRow(`SELECT COUNT(*) FROM schema_migrations WHERE version = ?`, v).Scan(&n) == nil && n > 0
}

// failure names the store in an error of the store itself (a full disk, a
// read-only file, a lock held too long), not the article being written
// when it struck; errors about an article pass unchanged.
func (s *Store) failure(err error) error {
	if err == nil || kent.ErrorCode(err) != kent.EINTERNAL {
		return err
	}
	msg := err.Error()
	for _, m := range []string{"SQLITE_FULL", "disk is full", "no space left", "SQLITE_READONLY", "readonly", "SQLITE_BUSY", "database is locked", "SQLITE_IOERR", "disk I/O error"} {
		if strings.Contains(msg, m) {
			if strings.Contains(msg, "SQLITE_BUSY") || strings.Contains(msg, "database is locked") {
				return kent.Errorf(kent.EINTERNAL, "store %s is busy: another process held its write lock for more than 30 s", s.Path)
			}
			return storeError(s.Path, err)
		}
	}
	return err
}
