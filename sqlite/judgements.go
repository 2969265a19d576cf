package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
)

const insertJudgement = `INSERT INTO judgements (article_id, idx, cue, band, value, holder, holder_key, language, json)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`

func putJudgements(ctx context.Context, st *sql.Stmt, a *kent.Article) error {
	for i, j := range a.Judgements {
		holder, key := "", ""
		if j.Holder != nil {
			holder, key = j.Holder.Name, names.FullKey(j.Holder.Name)
		}
		b, err := json.Marshal(j)
		if err != nil {
			return err
		}
		if _, err := st.ExecContext(ctx, a.ID, i, j.Cue, j.Band, j.Value, holder, key, j.Language, string(b)); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) articleJudgements(ctx context.Context, id string) ([]kent.Judgement, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT json FROM judgements WHERE article_id = ? ORDER BY idx`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []kent.Judgement
	for rows.Next() {
		var js string
		if err := rows.Scan(&js); err != nil {
			return nil, err
		}
		var j kent.Judgement
		if err := json.Unmarshal([]byte(js), &j); err != nil {
			return nil, err
		}
		out = append(out, j)
	}
	return out, rows.Err()
}

// Judgements implements kent.Store. A holder matches whatever the spelling;
// Author selects the articles' own voice.
func (s *Store) Judgements(ctx context.Context, q kent.JudgementQuery) ([]kent.JudgementHit, error) {
	if q.Limit <= 0 {
		q.Limit = 1000
	}
	sqlq := `SELECT j.json, j.holder, a.id, a.title, a.outlet, a.author, a.published, a.language, a.source, a.text_hash, a.url
		FROM judgements j JOIN articles a ON a.id = j.article_id WHERE 1=1`
	var args []any
	if q.Holder != "" {
		f := strings.Fields(names.FullKey(q.Holder))
		if len(f) == 0 {
			return nil, kent.Errorf(kent.EINVALID, "holder %q has no letters", q.Holder)
		}
		sqlq += ` AND (j.holder_key = ? OR j.holder_key LIKE ? OR lower(j.holder) LIKE ?)`
		args = append(args, f[len(f)-1], "% "+f[len(f)-1], "%"+strings.ToLower(q.Holder)+"%")
	}
	if len(q.ArticleIDs) > 0 {
		sqlq += ` AND j.article_id IN (SELECT value FROM json_each(?))`
		ids, _ := json.Marshal(q.ArticleIDs)
		args = append(args, string(ids))
	}
	if q.Language != "" {
		sqlq += ` AND j.language = ?`
		args = append(args, strings.ToLower(q.Language))
	}
	sqlq, args = publishedWithin(sqlq, args, q.Since, q.Until)
	sqlq += ` ORDER BY a.published IS NULL, a.published, a.id, j.idx LIMIT ?`
	args = append(args, q.Limit)
	rows, err := s.db.QueryContext(ctx, sqlq, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	// Rows are read in one pass and their JSON decoded by all cores: on a
	// store of 10,000 articles decoding is most of a brief's time.
	var out []kent.JudgementHit
	var raws []string
	for rows.Next() {
		var h kent.JudgementHit
		var js, holder string
		var published sql.NullString
		if err := rows.Scan(&js, &holder, &h.ArticleID, &h.Title, &h.Outlet, &h.Author, &published, &h.ArticleLanguage, &h.Source, &h.TextHash, &h.URL); err != nil {
			return nil, err
		}
		if q.Holder != "" && !names.SameName(q.Holder, holder) && !strings.Contains(strings.ToLower(holder), strings.ToLower(q.Holder)) {
			continue
		}
		if published.Valid {
			h.Published, _ = time.Parse(time.RFC3339, published.String)
		}
		out = append(out, h)
		raws = append(raws, js)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	workers := runtime.GOMAXPROCS(0)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(out); i += workers {
				if err := json.Unmarshal([]byte(raws[i]), &out[i].Judgement); err != nil && errs[w] == nil {
					errs[w] = fmt.Errorf("judgement %d of article %s: %w", i, out[i].ArticleID, err)
				}
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}
