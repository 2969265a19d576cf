// Package sqlite is Kent's embedded store: articles in SQLite through the
// pure-Go driver modernc.org/sqlite (no C toolchain needed), with an FTS5
// index over titles and cleaned text. Schema changes are numbered .sql files
// in migrations/, applied in order when a database is opened.
package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "modernc.org/sqlite"

	"github.com/kentnews/kent"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Store implements kent.Store on one SQLite file.
type Store struct {
	db   *sql.DB
	Path string
	// read is Stored's pool, opened on first use.
	readOnce sync.Once
	read     *sql.DB
	stored   *sql.Stmt
	readErr  error
}

// noSnapshot makes a new store replay every migration instead of getting
// schemaSQL at once (for the test that compares the two).
var noSnapshot = false

var _ kent.Store = (*Store)(nil)

// DefaultPath returns where Kent keeps its database unless told otherwise:
// $KENT_DB, else kent.db in the user's data directory
// ($XDG_DATA_HOME/kent or ~/.local/share/kent).
func DefaultPath() string {
	if p := os.Getenv("KENT_DB"); p != "" {
		return p
	}
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "kent.db"
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "kent", "kent.db")
}

// Open opens (creating if needed) the database at path and migrates it.
func Open(path string) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, kent.Errorf(kent.EINVALID, "cannot create database directory %s: %v", dir, err)
		}
	}
	return openDSN(path, false)
}

func openDSN(path string, readOnly bool) (*Store, error) {
	// Two processes creating one new store at once can meet SQLite's
	// SQLITE_BUSY without its busy handler: switching a fresh file to WAL,
	// or a schema read turning into a write, fails at once rather than
	// wait. The open is tried again for as long as the busy timeout.
	deadline := time.Now().Add(openBusyFor)
	for wait := 10 * time.Millisecond; ; wait = min(2*wait, 500*time.Millisecond) {
		s, err := openOnce(path, readOnly)
		if err == nil || !busy(err) || time.Now().Add(wait).After(deadline) {
			return s, err
		}
		time.Sleep(wait)
	}
}

// openBusyFor is how long an open waits for another process's lock: the
// DSN's busy timeout.
const openBusyFor = 30 * time.Second

func busy(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "SQLITE_BUSY") || strings.Contains(msg, "database is locked")
}

func openOnce(path string, readOnly bool) (*Store, error) {
	db, err := sql.Open("sqlite", dsn(path, readOnly))
	if err != nil {
		return nil, err
	}
	// One writer at a time is what SQLite allows anyway; a single
	// connection also makes the WAL pragmas apply everywhere.
	db.SetMaxOpenConns(1)
	s := &Store{db: db, Path: path}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, storeError(path, err)
	}
	return s, nil
}

func (s *Store) migrate() error {
	if err := s.ensureMigrationsTable(); err != nil {
		return err
	}
	names, versions, err := migrationFiles()
	if err != nil {
		return err
	}
	if !noSnapshot {
		if err := s.createFresh(versions); err != nil {
			return err
		}
	}
	for i, name := range names {
		v := versions[i]
		if s.applied(v) {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		tx, err := s.db.Begin()
		if err != nil {
			return err
		}
		// Another process may have applied it while this one waited for
		// the write lock.
		var n int
		if err := tx.QueryRow(`SELECT COUNT(*) FROM schema_migrations WHERE version = ?`, v).Scan(&n); err != nil || n > 0 {
			tx.Rollback()
			if err != nil {
				return err
			}
			continue
		}
		if _, err := tx.Exec(string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %v", name, err)
		}
		if step := goSteps[v]; step != nil {
			if err := step(tx); err != nil {
				tx.Rollback()
				return fmt.Errorf("migration %s: %v", name, err)
			}
		}
		if _, err := tx.Exec(`INSERT INTO schema_migrations VALUES (?, ?)`, v, time.Now().UTC().Format(time.RFC3339)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}

// migrationFiles lists the migrations in order with their numbers.
func migrationFiles() (names []string, versions []int, err error) {
	names, err = fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return nil, nil, err
	}
	sort.Strings(names)
	for _, name := range names {
		v, err := strconv.Atoi(strings.SplitN(filepath.Base(name), "_", 2)[0])
		if err != nil {
			return nil, nil, fmt.Errorf("migration %s: name must start with its number", name)
		}
		versions = append(versions, v)
	}
	return names, versions, nil
}

// Close closes the database.
func (s *Store) Close() error {
	if s.read != nil {
		s.read.Close()
	}
	return s.db.Close()
}

// Put implements kent.ArticleStore.
func (s *Store) Put(ctx context.Context, articles []*kent.Article) (_ []bool, err error) {
	defer func() { err = s.failure(err) }()
	for _, a := range articles {
		if err := a.Validate(); err != nil {
			return nil, err
		}
	}
	// The rows an article brings reference it, and Put inserts the
	// article first in the same transaction (or skips its rows when it is
	// stored already), so the foreign-key check each row would make — a
	// look-up of the article's ID, one for each of ~40 rows an article —
	// can never fail here: it is turned off for this transaction on the
	// store's one connection (7 % of the writer's CPU in BenchmarkStore)
	// and on again before anything else can use the connection.
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "PRAGMA foreign_keys = OFF"); err != nil {
		return nil, err
	}
	defer func() {
		if _, err := conn.ExecContext(context.WithoutCancel(ctx), "PRAGMA foreign_keys = ON"); err != nil {
			// Never hand back a connection without the checks: the pool
			// drops this one and opens a new one with them.
			conn.Raw(func(any) error { return driver.ErrBadConn })
		}
	}()
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	ins, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO articles
		(id, text_hash, source, format, url, title, outlet, author, published, language, text, paragraphs, blocks, ingested_at, warnings)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return nil, err
	}
	// The rows an article brings (quotes, mentions, judgements, keys) are
	// inserted many to a statement once every article is in, in the same
	// order as one at a time, so rowids are the same.
	quotes := newRowBatch(tx, insertQuote, quoteWidth)
	mentions := newRowBatch(tx, insertMention, mentionWidth)
	judgements := newRowBatch(tx, insertJudgement, judgementWidth)
	keys := newRowBatch(tx, insertJudgementKeys, 2)
	var rowids []int64 // the articles stored, for the search index
	added := make([]bool, len(articles))
	now := time.Now().UTC()
	for i, a := range articles {
		if a.IngestedAt.IsZero() {
			a.IngestedAt = now
		}
		paras, blocks, warnings, err := articleJSON(a)
		if err != nil {
			return nil, err
		}
		res, err := ins.ExecContext(ctx, a.ID, a.TextHash, a.Source, string(a.Format), a.URL, a.Title, a.Outlet, a.Author,
			timeOrNull(a.Published), a.Language, a.Text, paras, blocks, a.IngestedAt.Format(time.RFC3339Nano), warnings)
		if err != nil {
			return nil, fmt.Errorf("storing %s: %w", a.Source, err)
		}
		if n, err := res.RowsAffected(); err != nil || n == 0 {
			if err != nil {
				return nil, fmt.Errorf("storing %s: %w", a.Source, err)
			}
			continue // already stored: ingest is idempotent
		}
		rowid, err := res.LastInsertId()
		if err != nil {
			return nil, fmt.Errorf("storing %s: %w", a.Source, err)
		}
		rowids = append(rowids, rowid)
		if err := putQuotes(ctx, quotes, a); err != nil {
			return nil, fmt.Errorf("storing quotes of %s: %w", a.Source, err)
		}
		if err := putMentions(ctx, mentions, a); err != nil {
			return nil, fmt.Errorf("storing mentions of %s: %w", a.Source, err)
		}
		if err := putJudgements(ctx, judgements, keys, a); err != nil {
			return nil, fmt.Errorf("storing judgements of %s: %w", a.Source, err)
		}
		added[i] = true
	}
	for _, b := range []*rowBatch{quotes, mentions, judgements, keys} {
		if err := b.flush(ctx); err != nil {
			return nil, fmt.Errorf("storing quotes, mentions and judgements: %w", err)
		}
	}
	// The search index last, in one statement: FTS5 writes what it holds
	// in memory to disk whenever a later statement of the transaction opens
	// a savepoint (every multi-row insert does), which made one small index
	// segment per article and merges of them all.
	if len(rowids) > 0 {
		ids, err := json.Marshal(rowids)
		if err != nil {
			return nil, err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts(rowid, title, text)
			SELECT rowid, title, text FROM articles WHERE rowid IN (SELECT value FROM json_each(?)) ORDER BY rowid`, string(ids)); err != nil {
			return nil, fmt.Errorf("indexing %d articles: %w", len(rowids), err)
		}
		// What listings cite of each article (migration 020), read back
		// from the rows just written, whose pages are still in the cache.
		if _, err := tx.ExecContext(ctx, insertFacts, string(ids)); err != nil {
			return nil, fmt.Errorf("storing the facts of %d articles: %w", len(rowids), err)
		}
	}
	return added, tx.Commit()
}

// articleJSON encodes the parts of an article kept as JSON columns.
func articleJSON(a *kent.Article) (paras, blocks, warnings string, err error) {
	p, err := json.Marshal(a.Paragraphs)
	if err != nil {
		return "", "", "", fmt.Errorf("storing %s: paragraphs: %w", a.Source, err)
	}
	b, err := json.Marshal(storedBlocks(a))
	if err != nil {
		return "", "", "", fmt.Errorf("storing %s: blocks: %w", a.Source, err)
	}
	w, err := json.Marshal(a.Warnings)
	if err != nil {
		return "", "", "", fmt.Errorf("storing %s: warnings: %w", a.Source, err)
	}
	return string(p), string(b), string(w), nil
}

func timeOrNull(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(time.RFC3339)
}

const articleCols = `id, text_hash, source, format, url, title, outlet, author, published, language, text, paragraphs, blocks, ingested_at, warnings`

// Get implements kent.ArticleStore.
func (s *Store) Get(ctx context.Context, id string) (*kent.Article, error) {
	id = strings.TrimSpace(id)
	if id == "" || strings.ContainsAny(id, "%_") {
		return nil, kent.Errorf(kent.EINVALID, "invalid article ID %q", id)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+articleCols+` FROM articles WHERE id LIKE ? || '%' ORDER BY id LIMIT 2`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var found []*kent.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, err
		}
		found = append(found, a)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	switch len(found) {
	case 0:
		return nil, kent.Errorf(kent.ENOTFOUND, "no article with ID %s", id)
	case 1:
		a := found[0]
		qs, err := s.articleQuotes(ctx, a.ID)
		if err != nil {
			return nil, err
		}
		a.Quotes = qs
		if a.Judgements, err = s.articleJudgements(ctx, a.ID); err != nil {
			return nil, err
		}
		return a, nil
	}
	return nil, kent.Errorf(kent.EINVALID, "ID prefix %s matches more than one article; give more of it", id)
}

func scanArticle(rows *sql.Rows) (*kent.Article, error) {
	var a kent.Article
	var format, paras, blocks, ingested, warnings string
	var published sql.NullString
	if err := rows.Scan(&a.ID, &a.TextHash, &a.Source, &format, &a.URL, &a.Title, &a.Outlet, &a.Author,
		&published, &a.Language, &a.Text, &paras, &blocks, &ingested, &warnings); err != nil {
		return nil, err
	}
	a.Format = kent.Format(format)
	var err error
	if a.Published, err = parseTime(published); err != nil {
		return nil, fmt.Errorf("article %s: %w", a.ID, err)
	}
	if a.IngestedAt, err = time.Parse(time.RFC3339Nano, ingested); err != nil {
		return nil, fmt.Errorf("article %s: corrupt ingest time: %w", a.ID, err)
	}
	if err := json.Unmarshal([]byte(paras), &a.Paragraphs); err != nil {
		return nil, fmt.Errorf("article %s: corrupt paragraphs: %w", a.ID, err)
	}
	if err := json.Unmarshal([]byte(blocks), &a.Blocks); err != nil {
		return nil, fmt.Errorf("article %s: corrupt blocks: %w", a.ID, err)
	}
	if err := json.Unmarshal([]byte(warnings), &a.Warnings); err != nil {
		return nil, fmt.Errorf("article %s: corrupt warnings: %w", a.ID, err)
	}
	restoreBlocks(&a)
	return &a, nil
}

// Copies implements kent.ArticleStore.
func (s *Store) Copies(ctx context.Context, a *kent.Article) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM articles WHERE text_hash = ? AND id != ? ORDER BY id`, a.TextHash, a.ID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// Count implements kent.ArticleStore.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles`).Scan(&n)
	return n, err
}

// storedBlocks leaves out the text of kept blocks: it is Article.Text,
// paragraph by paragraph, and storing it twice cost a third of the row.
func storedBlocks(a *kent.Article) []kent.Block {
	out := make([]kent.Block, len(a.Blocks))
	for i, b := range a.Blocks {
		out[i] = b
		if b.Kind == kent.BlockBody {
			out[i].Text = ""
		}
	}
	return out
}

// restoreBlocks puts the paragraphs' text back into the kept blocks, which
// are the paragraphs in order.
func restoreBlocks(a *kent.Article) {
	p := 0
	for i := range a.Blocks {
		if a.Blocks[i].Kind == kent.BlockBody && a.Blocks[i].Text == "" && p < len(a.Paragraphs) {
			a.Blocks[i].Text = a.SpanText(a.Paragraphs[p].Span)
			p++
		}
	}
}

// parseTime reads a stored publication time; NULL is the zero time.
func parseTime(t sql.NullString) (time.Time, error) {
	if !t.Valid {
		return time.Time{}, nil
	}
	p, err := time.Parse(time.RFC3339, t.String)
	if err != nil {
		return time.Time{}, fmt.Errorf("corrupt publication time %q", t.String)
	}
	return p, nil
}
