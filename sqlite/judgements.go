package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

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
// kept beside it.
func decodeJudgement(js string, key kent.NameKey, j *kent.Judgement) error {
	if err := json.Unmarshal([]byte(js), j); err != nil {
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
		var js string
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
	from := `FROM judgements j JOIN articles a ON a.id = j.article_id WHERE 1=1`
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
		from += ` AND (` + strings.Join(holder, ` OR `) + `)`
	}
	if len(q.ArticleIDs) > 0 {
		ids, err := json.Marshal(q.ArticleIDs)
		if err != nil {
			return nil, 0, err
		}
		from += ` AND j.article_id IN (SELECT value FROM json_each(?))`
		args = append(args, string(ids))
	}
	if len(q.Keys) > 0 {
		// One OR of two indexed terms (the key index's articles by the
		// judgements' primary key, the unkeyed by their partial index):
		// a set of rowids built first cost most of a brief on 100,000
		// articles.
		cond, kargs := keysMatch(q.Keys)
		from += ` AND (j.article_id IN (SELECT k.article_id FROM judgement_keys k WHERE ` + cond + `) OR j.keys IS NULL)`
		args = append(args, kargs...)
	}
	if q.Language != "" {
		from += ` AND j.language = ?`
		args = append(args, strings.ToLower(q.Language))
	}
	from, args = publishedWithin(from, args, q.Since, q.Until)
	var out []kent.JudgementHit
	var raws []string
	var keys []kent.NameKey
	var order []hitOrder // unpaged only: sorted here, not by SQLite
	cols := `j.json, j.holder_surname, j.holder_initial, j.holder_skeleton, j.holder_cyrillic, a.id, a.title, a.outlet, a.author, a.published, a.language, a.source, a.text_hash, a.url, j.idx`
	scan := func(rows *sql.Rows) error {
		var h kent.JudgementHit
		var js string
		var key kent.NameKey
		var published sql.NullString
		var idx int
		if err := rows.Scan(&js, &key.Surname, &key.Initial, &key.Skeleton, &key.Cyrillic, &h.ArticleID, &h.Title, &h.Outlet, &h.Author, &published, &h.ArticleLanguage, &h.Source, &h.TextHash, &h.URL, &idx); err != nil {
			return err
		}
		var err error
		if h.Published, err = parseTime(published); err != nil {
			return fmt.Errorf("article %s: %w", h.ArticleID, err)
		}
		order = append(order, hitOrder{i: len(out), null: !published.Valid, published: published.String, idx: idx})
		out = append(out, h)
		raws = append(raws, js)
		keys = append(keys, key)
		return nil
	}
	var total int
	if q.Limit <= 0 && q.Offset <= 0 {
		// The whole listing: its total is its length, and sorting the
		// rows here spares SQLite a sort of every row with its JSON.
		if err := s.each(ctx, `SELECT `+cols+` `+from, args, scan); err != nil {
			return nil, 0, err
		}
		out, raws, keys = sortHits(order, out, raws, keys)
		total = len(out)
	} else {
		var err error
		total, err = s.list(ctx, cols, from, args, `a.published IS NULL, a.published, a.id, j.idx`, q.Page, scan)
		if err != nil {
			return nil, 0, err
		}
	}
	if err := decodeAll(out, raws, keys); err != nil {
		return nil, 0, err
	}
	return out, total, nil
}

// hitOrder is a hit's place in a listing: by publication time as stored
// (none last), then article id, then place in the article — the order
// SQLite gives a paged listing.
type hitOrder struct {
	i         int
	null      bool
	published string
	idx       int
}

func sortHits(order []hitOrder, out []kent.JudgementHit, raws []string, keys []kent.NameKey) ([]kent.JudgementHit, []string, []kent.NameKey) {
	slices.SortFunc(order, func(x, y hitOrder) int {
		if x.null != y.null {
			if x.null {
				return 1
			}
			return -1
		}
		return cmp.Or(strings.Compare(x.published, y.published), strings.Compare(out[x.i].ArticleID, out[y.i].ArticleID), cmp.Compare(x.idx, y.idx))
	})
	o := make([]kent.JudgementHit, len(out))
	r := make([]string, len(out))
	k := make([]kent.NameKey, len(out))
	for n, h := range order {
		o[n], r[n], k[n] = out[h.i], raws[h.i], keys[h.i]
	}
	return o, r, k
}

// keysMatch is the condition on judgement_keys k that one of keys holds: equal,
// or for a key ending in "*" in the range of keys that begin with the rest.
func keysMatch(keys []string) (string, []any) {
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
			conds = append(conds, `k.key >= ?`)
			args = append(args, prefix)
			continue
		}
		// Keys are compared byte by byte: the prefix with its last byte
		// raised by one is the first key past the range.
		conds = append(conds, `(k.key >= ? AND k.key < ?)`)
		args = append(args, prefix, prefix[:len(prefix)-1]+string([]byte{prefix[len(prefix)-1] + 1}))
	}
	if len(exact) > 0 {
		js, _ := json.Marshal(exact)
		conds = append(conds, `k.key IN (SELECT value FROM json_each(?))`)
		args = append(args, string(js))
	}
	return `(` + strings.Join(conds, ` OR `) + `)`, args
}

// decodeAll decodes the judgements' JSON on all cores: on a store of 10,000
// articles decoding is most of a brief's time.
func decodeAll(out []kent.JudgementHit, raws []string, keys []kent.NameKey) error {
	workers := runtime.GOMAXPROCS(0)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(out); i += workers {
				if err := decodeJudgement(raws[i], keys[i], &out[i].Judgement); err != nil && errs[w] == nil {
					errs[w] = fmt.Errorf("judgement %d of article %s: %w", i, out[i].ArticleID, err)
				}
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
