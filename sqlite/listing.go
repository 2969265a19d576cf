package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/kentnews/kent"
)

// querier is what a listing part reads through: the store's one
// connection, or one of the listing pool's.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// listCache is the page cache of a listing connection (KiB): a listing
// reads each page of its part about once, so the writer's 32 MB would only
// add to a brief's peak.
const listCache = "8192"

// listConns returns the connections a whole listing reads its parts
// through, one per core, and a function that hands them back. SQLite was
// half of a brief over 100,000 articles on one core while the other
// waited: the parts are disjoint ranges of article ids, each on its own
// connection of a read-only pool (WAL readers do not wait for each other
// or for a writer, and see what was committed). With one core, or when
// the pool cannot be opened, the listing is one part on the store's own
// connection.
func (s *Store) listConns(ctx context.Context) ([]querier, func()) {
	one := []querier{s.db}
	n := min(runtime.GOMAXPROCS(0), 16)
	if n < 2 {
		return one, func() {}
	}
	s.listOnce.Do(func() {
		db, err := sql.Open("sqlite", dsn(s.Path, s.readOnly)+"&_pragma=query_only(1)&_pragma=cache_size(-"+listCache+")")
		if err != nil {
			return
		}
		db.SetMaxOpenConns(n)
		db.SetMaxIdleConns(n)
		s.listers, s.listN = db, n
	})
	if s.listers == nil {
		return one, func() {}
	}
	n = min(n, s.listN) // the pool's size, if there are more cores now
	// The connections are taken together: two listings at once, each
	// holding one and waiting for another, would wait forever.
	s.listMu.Lock()
	defer s.listMu.Unlock()
	var conns []*sql.Conn
	release := func() {
		for _, c := range conns {
			c.Close()
		}
	}
	var out []querier
	for range n {
		c, err := s.listers.Conn(ctx)
		if err != nil {
			break
		}
		conns = append(conns, c)
		out = append(out, c)
	}
	if len(out) < 2 {
		release()
		return one, func() {}
	}
	return out, release
}

// idRange is a range of article ids [lo, hi), either end open when
// empty: a part of a listing. Article ids are hex digests, so splitting
// the first digit's range evenly splits the articles; any other id still
// falls in exactly one part.
type idRange struct{ lo, hi string }

// part is part i of n.
func part(i, n int) idRange {
	const digits = "0123456789abcdef"
	var r idRange
	if i > 0 {
		r.lo = digits[i*16/n : i*16/n+1]
	}
	if i < n-1 {
		r.hi = digits[(i+1)*16/n : (i+1)*16/n+1]
	}
	return r
}

func (r idRange) all() bool { return r.lo == "" && r.hi == "" }

// cond is the condition that column col is in the range.
func (r idRange) cond(col string) (string, []any) {
	var cond string
	var args []any
	if r.lo != "" {
		cond += ` AND ` + col + ` >= ?`
		args = append(args, r.lo)
	}
	if r.hi != "" {
		cond += ` AND ` + col + ` < ?`
		args = append(args, r.hi)
	}
	return cond, args
}

// filter keeps the ids in the range.
func (r idRange) filter(ids []string) []string {
	if r.all() {
		return ids
	}
	var out []string
	for _, id := range ids {
		if (r.lo == "" || id >= r.lo) && (r.hi == "" || id < r.hi) {
			out = append(out, id)
		}
	}
	return out
}

// listPart is one part of a whole listing as it is read.
type listPart struct {
	q     querier
	where string
	args  []any
	n     int                 // rows counted
	hits  []kent.JudgementHit // in the listing's array while they fit
	from  []storedJudgement
	facts map[string]*articleFacts
	err   error
}

// allJudgements lists every judgement that where selects, in the order a
// paged listing has (publication time as stored, none last; article id;
// place in the article). It reads the judgements without their articles
// and then each article's facts once: joining the articles row by row
// read the same article up to a dozen times and gave every hit copies of
// its strings. Each row is decoded as it is read, from a buffer used again
// for the next, so the stored JSON is never held whole. The parts (see
// listConns) are read at once, into one array.
func (s *Store) allJudgements(ctx context.Context, q kent.JudgementQuery) ([]kent.JudgementHit, int, error) {
	conns, release := []querier{s.db}, func() {}
	// Only a listing read through an index of article ids is split: the
	// parts of a scan would each read every row.
	if len(q.Keys) > 0 || len(q.ArticleIDs) > 0 {
		conns, release = s.listConns(ctx)
	}
	defer release()
	parts := make([]*listPart, len(conns))
	for i, c := range conns {
		r := idRange{}
		if len(conns) > 1 {
			r = part(i, len(conns))
		}
		where, args, err := judgementFilter(q, r)
		if err != nil {
			return nil, 0, err
		}
		parts[i] = &listPart{q: c, where: where, args: args, facts: map[string]*articleFacts{}}
	}
	// The rows are counted first (the keys' index answers that without
	// reading a judgement), so the hits are allocated once at their size:
	// a slice grown by appending copied every hit about twice and held
	// the old and the new array at once, a sixth of the brief's peak.
	eachPart(parts, func(p *listPart) {
		p.err = p.q.QueryRowContext(ctx, `SELECT COUNT(*) FROM judgements j WHERE `+p.where, p.args...).Scan(&p.n)
	})
	n := 0
	for _, p := range parts {
		if p.err != nil {
			return nil, 0, p.err
		}
		n += p.n
	}
	out := make([]kent.JudgementHit, n)
	from := make([]storedJudgement, n) // each hit's article and place in it
	base := 0
	for _, p := range parts {
		p.hits, p.from = out[base:base:base+p.n], from[base:base:base+p.n]
		base += p.n
	}
	decoded := newDecodedJSON(n)
	eachPart(parts, func(p *listPart) {
		if p.err = p.read(ctx, decoded); p.err == nil {
			p.err = readFacts(ctx, p.q, p.facts)
		}
		// A whole listing passes through up to the cache's pages and
		// reads none of them again: handed back, they are not part of
		// what the caller does next with the hits (a brief over 100,000
		// articles peaked 60 MB lower). A failure to shrink costs only
		// that memory.
		p.q.ExecContext(ctx, `PRAGMA shrink_memory`)
	})
	for _, p := range parts {
		if p.err != nil {
			return nil, 0, p.err
		}
	}
	// A part that found more or fewer rows than it counted (an ingest
	// committed in between) left its array: the parts are joined anew.
	whole := true
	base = 0
	for _, p := range parts {
		whole = whole && len(p.hits) == p.n && (p.n == 0 || &p.hits[0] == &out[base])
		base += p.n
	}
	if !whole {
		out, from = nil, nil
		for _, p := range parts {
			out, from = append(out, p.hits...), append(from, p.from...)
		}
	}
	for i, r := range from {
		a, h := r.article, &out[i]
		h.ArticleID, h.Title, h.Outlet, h.Author, h.Published = a.id, a.title, a.outlet, a.author, a.at
		h.ArticleLanguage, h.Source, h.TextHash, h.URL, h.Lead = a.language, a.source, a.textHash, a.url, a.lead
	}
	order := make([]int32, len(out))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(i, j int32) int {
		x, y := from[i], from[j]
		a, b := x.article, y.article
		if a.published.Valid != b.published.Valid {
			if a.published.Valid {
				return -1
			}
			return 1
		}
		return cmp.Or(strings.Compare(a.published.String, b.published.String), strings.Compare(a.id, b.id), cmp.Compare(x.idx, y.idx))
	})
	permute(out, order)
	return out, len(out), nil
}

// eachPart runs f on every part at once.
func eachPart(parts []*listPart, f func(p *listPart)) {
	if len(parts) == 1 {
		f(parts[0])
		return
	}
	var wg sync.WaitGroup
	for _, p := range parts {
		wg.Go(func() { f(p) })
	}
	wg.Wait()
}

// read reads and decodes the part's judgements.
func (p *listPart) read(ctx context.Context, decoded *decodedJSON) error {
	var last *articleFacts
	var id, js sql.RawBytes
	return eachRow(ctx, p.q, `SELECT j.article_id, j.idx, j.json, j.holder_surname, j.holder_initial, j.holder_skeleton, j.holder_cyrillic FROM judgements j WHERE `+p.where, p.args, func(rows *sql.Rows) error {
		var r storedJudgement
		if err := rows.Scan(&id, &r.idx, &js, &r.key.Surname, &r.key.Initial, &r.key.Skeleton, &r.key.Cyrillic); err != nil {
			return err
		}
		// One article's rows come together: a string per article, not per row.
		if last == nil || last.id != string(id) {
			if last = p.facts[string(id)]; last == nil {
				last = &articleFacts{id: string(id)}
				p.facts[last.id] = last
			}
		}
		r.article = last
		if len(p.hits) < cap(p.hits) {
			p.hits = p.hits[:len(p.hits)+1] // zero since it was made
		} else {
			p.hits = append(p.hits, kent.JudgementHit{})
		}
		j := &p.hits[len(p.hits)-1].Judgement
		if at, h, ok := decoded.find(js); ok && at.key == r.key {
			*j = *at.j // a copy: see decodedJSON
		} else {
			if err := decodeJudgement(js, r.key, j); err != nil {
				return fmt.Errorf("judgement %d of article %s: %w", r.idx, last.id, err)
			}
			if !ok {
				decoded.add(h, j, r.key)
			}
		}
		p.from = append(p.from, r)
		return nil
	})
}

// eachRow runs q on one connection and calls scan for each row.
func eachRow(ctx context.Context, db querier, q string, args []any, scan func(*sql.Rows) error) error {
	rows, err := db.QueryContext(ctx, q, args...)
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
