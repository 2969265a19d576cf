package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"maps"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	gojson "github.com/goccy/go-json"
	"github.com/kentnews/kent"
)

// insertJudgement is followed by judgementWidth values per row.
const insertJudgement = `INSERT INTO judgements (article_id, idx, cue, band, value, holder, holder_surname, holder_initial, holder_skeleton, holder_cyrillic, language, json, keys)
	VALUES `

const judgementWidth = 13

// insertJudgementKeys is followed by (key, article) rows: each key once
// per article, many rows to a statement (one statement per key was a third
// of the writer's time).
const insertJudgementKeys = `INSERT OR IGNORE INTO judgement_keys (key, article_id) VALUES `

func putJudgements(ctx context.Context, rows, keyRows *rowBatch, a *kent.Article) error {
	seen := map[string]bool{} // each key once per article
	var all []string
	for i, j := range a.Judgements {
		var holder string
		var key kent.NameKey
		if j.Holder != nil {
			holder, key = j.Holder.Name, j.Holder.Key
		}
		b, err := json.Marshal(j)
		if err != nil {
			return fmt.Errorf("judgement %d: %w", i, err)
		}
		var keys any // NULL: never computed
		if j.Keys != nil {
			kb, err := json.Marshal(j.Keys)
			if err != nil {
				return fmt.Errorf("judgement %d: %w", i, err)
			}
			keys = string(kb)
		}
		if err := rows.add(ctx, a.ID, i, j.Cue, j.Band, j.Value, holder, key.Surname, key.Initial, key.Skeleton, key.Cyrillic, j.Language, string(b), keys); err != nil {
			return err
		}
		for _, k := range j.Keys {
			if !seen[k] {
				seen[k] = true
				all = append(all, k)
			}
		}
	}
	for _, k := range all {
		if err := keyRows.add(ctx, k, a.ID); err != nil {
			return err
		}
	}
	return nil
}

// decodeJudgement reads a stored judgement and gives its holder back the key
// kept beside it. goccy/go-json decodes the same JSON into the same values
// as encoding/json, five times as fast: decoding was the largest part of a
// brief over a large store.
func decodeJudgement(js []byte, key kent.NameKey, j *kent.Judgement) error {
	if err := gojson.Unmarshal(js, j); err != nil {
		return err
	}
	if j.Holder != nil {
		j.Holder.Key = key
	}
	return nil
}

func (s *Store) articleJudgements(ctx context.Context, id string) ([]kent.Judgement, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT json, holder_surname, holder_initial, holder_skeleton, holder_cyrillic, keys FROM judgements WHERE article_id = ? ORDER BY idx`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []kent.Judgement
	for rows.Next() {
		var js []byte
		var keys sql.NullString
		var key kent.NameKey
		if err := rows.Scan(&js, &key.Surname, &key.Initial, &key.Skeleton, &key.Cyrillic, &keys); err != nil {
			return nil, err
		}
		var j kent.Judgement
		if err := decodeJudgement(js, key, &j); err != nil {
			return nil, fmt.Errorf("article %s: corrupt judgement: %w", id, err)
		}
		if keys.Valid {
			if err := json.Unmarshal([]byte(keys.String), &j.Keys); err != nil {
				return nil, fmt.Errorf("article %s: corrupt judgement keys: %w", id, err)
			}
		}
		out = append(out, j)
	}
	return out, rows.Err()
}

// Judgements implements kent.JudgementStore.
func (s *Store) Judgements(ctx context.Context, q kent.JudgementQuery) ([]kent.JudgementHit, int, error) {
	where, args, err := judgementFilter(q)
	if err != nil {
		return nil, 0, err
	}
	if q.Limit <= 0 && q.Offset <= 0 {
		return s.allJudgements(ctx, where, args)
	}
	var out []kent.JudgementHit
	var stored []storedJudgement
	cols := `j.json, j.holder_surname, j.holder_initial, j.holder_skeleton, j.holder_cyrillic, a.id, a.title, a.outlet, a.author, a.published, a.language, a.source, a.text_hash, a.url, substr(a.text, 1, ` + leadChars + `)`
	scan := func(rows *sql.Rows) error {
		var h kent.JudgementHit
		var js []byte
		var key kent.NameKey
		var published sql.NullString
		if err := rows.Scan(&js, &key.Surname, &key.Initial, &key.Skeleton, &key.Cyrillic, &h.ArticleID, &h.Title, &h.Outlet, &h.Author, &published, &h.ArticleLanguage, &h.Source, &h.TextHash, &h.URL, &h.Lead); err != nil {
			return err
		}
		var err error
		if h.Published, err = parseTime(published); err != nil {
			return fmt.Errorf("article %s: %w", h.ArticleID, err)
		}
		h.Lead = kent.Lead(h.Lead)
		out = append(out, h)
		stored = append(stored, storedJudgement{raw: js, key: key})
		return nil
	}
	from := `FROM judgements j JOIN articles a ON a.id = j.article_id WHERE ` + where
	total, err := s.list(ctx, cols, from, args, `a.published IS NULL, a.published, a.id, j.idx`, q.Page, scan)
	if err != nil {
		return nil, 0, err
	}
	if err := decodeAll(out, stored); err != nil {
		return nil, 0, err
	}
	return out, total, nil
}

// judgementFilter is the condition on judgements j that q sets, with its
// arguments; it names no other table, so a listing reads the judgements
// alone and each article's facts once.
func judgementFilter(q kent.JudgementQuery) (string, []any, error) {
	where := `1=1`
	var args []any
	var holder []string
	if !q.Holder.IsZero() {
		cond, kargs := keyMatches("j.holder", q.Holder)
		holder = append(holder, `(`+cond+`)`)
		args = append(args, kargs...)
	}
	if q.HolderWords != "" {
		holder = append(holder, `instr(lower(j.holder), ?) > 0`)
		args = append(args, strings.ToLower(q.HolderWords))
	}
	if len(holder) > 0 {
		where += ` AND (` + strings.Join(holder, ` OR `) + `)`
	}
	if len(q.ArticleIDs) > 0 {
		ids, err := json.Marshal(q.ArticleIDs)
		if err != nil {
			return "", nil, err
		}
		where += ` AND j.article_id IN (SELECT value FROM json_each(?))`
		args = append(args, string(ids))
	}
	switch {
	case len(q.Keys) > 0 && len(q.ExceptKeys) > 0:
		// The articles with a key but none of the excepted ones, taken
		// apart in the key index before any judgement is read: a
		// judgement of an excepted article was read and then dropped
		// (ExceptKeys leaves out the unkeyed judgements too).
		cond, kargs := keysMatch(q.Keys)
		except, eargs := keysMatch(q.ExceptKeys)
		where += ` AND j.keys IS NOT NULL AND j.article_id IN (SELECT k.article_id FROM judgement_keys k WHERE ` + cond + ` EXCEPT SELECT k.article_id FROM judgement_keys k WHERE ` + except + `)`
		args = append(append(args, kargs...), eargs...)
	case len(q.Keys) > 0:
		// One OR of two indexed terms (the key index's articles by the
		// judgements' primary key, the unkeyed by their partial index):
		// a set of rowids built first cost most of a brief on 100,000
		// articles.
		cond, kargs := keysMatch(q.Keys)
		where += ` AND (j.article_id IN (SELECT k.article_id FROM judgement_keys k WHERE ` + cond + `) OR j.keys IS NULL)`
		args = append(args, kargs...)
	case len(q.ExceptKeys) > 0:
		cond, kargs := keysMatch(q.ExceptKeys)
		where += ` AND j.keys IS NOT NULL AND j.article_id NOT IN (SELECT k.article_id FROM judgement_keys k WHERE ` + cond + `)`
		args = append(args, kargs...)
	}
	if len(q.Keys) > 0 && q.OwnKeys {
		// The judgement's own keys, a short JSON array beside it.
		cond, kargs := keyIn("o.value", q.Keys)
		where += ` AND (j.keys IS NULL OR EXISTS (SELECT 1 FROM json_each(j.keys) o WHERE ` + cond + `))`
		args = append(args, kargs...)
	}
	if q.Language != "" {
		where += ` AND j.language = ?`
		args = append(args, strings.ToLower(q.Language))
	}
	if !q.Since.IsZero() || !q.Until.IsZero() {
		sub, sargs := publishedWithin(`SELECT a.id FROM articles a WHERE 1=1`, nil, q.Since, q.Until)
		where += ` AND j.article_id IN (` + sub + `)`
		args = append(args, sargs...)
	}
	return where, args, nil
}

// storedJudgement is a judgement row before it is decoded.
type storedJudgement struct {
	article *articleFacts
	idx     int
	raw     []byte
	key     kent.NameKey
}

// leadChars is how much of an article's text is read for its lead: the
// lead is cut to kent.LeadChars characters, so this is enough for it.
var leadChars = strconv.Itoa(kent.LeadChars + 1)

// articleFacts are what a judgement hit cites of its article.
type articleFacts struct {
	id, title, outlet, author, language, source, textHash, url, lead string
	published                                                        sql.NullString
	at                                                               time.Time
	found                                                            bool // read by readFacts
}

// allJudgements lists every judgement that where selects, in the order a
// paged listing has (publication time as stored, none last; article id;
// place in the article). It reads the judgements without their articles
// and then each article's facts once: joining the articles row by row
// read the same article up to a dozen times and gave every hit copies of
// its strings. Each row is decoded as it is read, from a buffer used again
// for the next, so the stored JSON is never held whole.
func (s *Store) allJudgements(ctx context.Context, where string, args []any) ([]kent.JudgementHit, int, error) {
	// The rows are counted first (the keys' index answers that without
	// reading a judgement), so the hits are allocated once at their size:
	// a slice grown by appending copied every hit about twice and held
	// the old and the new array at once, a sixth of the brief's peak.
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM judgements j WHERE `+where, args...).Scan(&n); err != nil {
		return nil, 0, err
	}
	facts := map[string]*articleFacts{}
	out := make([]kent.JudgementHit, 0, n)
	from := make([]storedJudgement, 0, n) // each hit's article and place in it
	var last *articleFacts
	decoded := newDecodedJSON(n)
	var id, js sql.RawBytes
	err := s.each(ctx, `SELECT j.article_id, j.idx, j.json, j.holder_surname, j.holder_initial, j.holder_skeleton, j.holder_cyrillic FROM judgements j WHERE `+where, args, func(rows *sql.Rows) error {
		var r storedJudgement
		if err := rows.Scan(&id, &r.idx, &js, &r.key.Surname, &r.key.Initial, &r.key.Skeleton, &r.key.Cyrillic); err != nil {
			return err
		}
		// One article's rows come together: a string per article, not per row.
		if last == nil || last.id != string(id) {
			if last = facts[string(id)]; last == nil {
				last = &articleFacts{id: string(id)}
				facts[last.id] = last
			}
		}
		r.article = last
		out = append(out, kent.JudgementHit{})
		if k, h, ok := decoded.find(js); ok && from[k].key == r.key {
			out[len(out)-1].Judgement = out[k].Judgement // a copy: see decodedJSON
		} else {
			if err := decodeJudgement(js, r.key, &out[len(out)-1].Judgement); err != nil {
				return fmt.Errorf("judgement %d of article %s: %w", r.idx, last.id, err)
			}
			if !ok {
				decoded.add(h, len(out)-1)
			}
		}
		from = append(from, r)
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	if err := s.readFacts(ctx, facts); err != nil {
		return nil, 0, err
	}
	// A whole listing passes through up to the cache's 32 MB of pages
	// (cache_size, for the writer) and reads none of them again: handed
	// back, they are not part of what the caller does next with the hits
	// (a brief over 100,000 articles peaked 60 MB lower). A failure to
	// shrink costs only that memory.
	s.db.ExecContext(ctx, `PRAGMA shrink_memory`)
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

// permute puts hits in order (order[n] is the index of the hit that goes
// to place n) in place, following each cycle: sorting the hits themselves
// moved every one many times, and a sorted copy doubled the memory.
func permute(hits []kent.JudgementHit, order []int32) {
	for start := range order {
		if order[start] < 0 || int(order[start]) == start {
			continue
		}
		tmp := hits[start]
		at := start
		for {
			next := int(order[at])
			order[at] = -1
			if next == start {
				hits[at] = tmp
				break
			}
			hits[at] = hits[next]
			at = next
		}
	}
}

// readFacts fills in the facts of the articles named by the map's keys.
func (s *Store) readFacts(ctx context.Context, facts map[string]*articleFacts) error {
	if len(facts) == 0 {
		return nil
	}
	ids, err := json.Marshal(slices.Collect(maps.Keys(facts)))
	if err != nil {
		return err
	}
	found := 0
	scan := func(rows *sql.Rows) error {
		var f articleFacts
		if err := rows.Scan(&f.id, &f.title, &f.outlet, &f.author, &f.published, &f.language, &f.source, &f.textHash, &f.url, &f.lead); err != nil {
			return err
		}
		a := facts[f.id]
		if a == nil || a.found {
			return nil
		}
		at, err := parseTime(f.published)
		if err != nil {
			return fmt.Errorf("article %s: %w", f.id, err)
		}
		f.at = at
		f.lead = kent.Lead(f.lead)
		f.found = true
		*a = f
		found++
		return nil
	}
	if err := s.each(ctx, `SELECT `+factCols+` FROM article_facts WHERE id IN (SELECT value FROM json_each(?))`, []any{string(ids)}, scan); err != nil || found == len(facts) {
		return err
	}
	// An article written into the store some other way than Put (a copy
	// made in SQL) has no facts row: its own row has the same facts.
	return s.each(ctx, `SELECT id, title, outlet, author, published, language, source, text_hash, url, substr(text, 1, `+leadChars+`) FROM articles WHERE id IN (SELECT value FROM json_each(?))`, []any{string(ids)}, scan)
}

// factCols are the columns of article_facts readFacts reads, in
// articleFacts' order.
const factCols = `id, title, outlet, author, published, language, source, text_hash, url, head`

// insertFacts stores the facts of the articles whose rowids its one
// argument lists (a JSON array), from their rows: the head is the text's
// first kent.LeadChars + 1 characters, cut as the paged listing cuts it.
var insertFacts = `INSERT OR IGNORE INTO article_facts (` + factCols + `)
	SELECT id, title, outlet, author, published, language, source, text_hash, url, substr(text, 1, ` + leadChars + `)
	FROM articles WHERE rowid IN (SELECT value FROM json_each(?))`

// keysMatch is the condition on judgement_keys k that one of keys holds: equal,
// or for a key ending in "*" in the range of keys that begin with the rest.
func keysMatch(keys []string) (string, []any) { return keyIn("k.key", keys) }

// keyIn is the condition that column col holds one of keys (see keysMatch).
func keyIn(col string, keys []string) (string, []any) {
	var conds []string
	var args []any
	var exact []string
	for _, key := range keys {
		prefix, ok := strings.CutSuffix(key, "*")
		if !ok {
			exact = append(exact, key)
			continue
		}
		if prefix == "" || prefix[len(prefix)-1] == 0xff {
			conds = append(conds, col+` >= ?`)
			args = append(args, prefix)
			continue
		}
		// Keys are compared byte by byte: the prefix with its last byte
		// raised by one is the first key past the range.
		conds = append(conds, `(`+col+` >= ? AND `+col+` < ?)`)
		args = append(args, prefix, prefix[:len(prefix)-1]+string([]byte{prefix[len(prefix)-1] + 1}))
	}
	if len(exact) > 0 {
		js, _ := json.Marshal(exact)
		conds = append(conds, col+` IN (SELECT value FROM json_each(?))`)
		args = append(args, string(js))
	}
	return `(` + strings.Join(conds, ` OR `) + `)`, args
}

// decodeAll decodes a page's judgements on all cores (a whole listing
// decodes each row as it reads it: see allJudgements).
func decodeAll(out []kent.JudgementHit, stored []storedJudgement) error {
	workers := runtime.GOMAXPROCS(0)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(out); i += workers {
				if err := decodeJudgement(stored[i].raw, stored[i].key, &out[i].Judgement); err != nil && errs[w] == nil {
					errs[w] = fmt.Errorf("judgement %d of article %s: %w", stored[i].idx, out[i].ArticleID, err)
				}
				stored[i].raw = nil // done with: the garbage collector may take it
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
