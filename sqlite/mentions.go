package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"iter"

	"github.com/kentnews/kent"
)

const insertMention = `INSERT INTO mentions (article_id, kind, key, text, name, count) VALUES (?, ?, ?, ?, ?, ?)`

// putMentions stores one row per distinct mention with its count.
func putMentions(ctx context.Context, st *sql.Stmt, a *kent.Article) error {
	type k struct{ key, text string }
	counts := map[k]int{}
	var order []kent.Mention
	for _, m := range a.Mentions {
		x := k{m.Key, m.Text}
		if counts[x] == 0 {
			order = append(order, m)
		}
		counts[x]++
	}
	for _, m := range order {
		if _, err := st.ExecContext(ctx, a.ID, m.Kind, m.Key, m.Text, m.Name, counts[k{m.Key, m.Text}]); err != nil {
			return err
		}
	}
	return nil
}

// MentionRows implements kent.MentionStore.
func (s *Store) MentionRows(ctx context.Context, q kent.MentionQuery) iter.Seq2[kent.MentionRow, error] {
	const cols = `SELECT rowid, article_id, (SELECT language FROM articles WHERE id = article_id), kind, key, text, name, count FROM mentions`
	sqlq := cols + ` WHERE rowid > ?`
	var args []any
	if q.Kind != "" {
		sqlq = cols + ` WHERE kind = ? AND rowid > ?`
		args = append(args, q.Kind)
	}
	return stream(ctx, s, sqlq+` ORDER BY rowid LIMIT ?`, args, func(rows *sql.Rows) (kent.MentionRow, int64, error) {
		var r kent.MentionRow
		var id int64
		err := rows.Scan(&id, &r.ArticleID, &r.Language, &r.Kind, &r.Key, &r.Text, &r.Name, &r.Count)
		return r, id, err
	})
}

// StoryInputs implements kent.StoryStore.
func (s *Store) StoryInputs(ctx context.Context) iter.Seq2[kent.StoryInput, error] {
	return stream(ctx, s, `SELECT rowid, id, language, title, text, outlet, published FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?`, nil,
		func(rows *sql.Rows) (kent.StoryInput, int64, error) {
			var in kent.StoryInput
			var id int64
			var pub sql.NullString
			if err := rows.Scan(&id, &in.ID, &in.Language, &in.Title, &in.Text, &in.Outlet, &pub); err != nil {
				return in, 0, err
			}
			var err error
			if in.Published, err = parseTime(pub); err != nil {
				return in, 0, fmt.Errorf("article %s: %w", in.ID, err)
			}
			return in, id, nil
		})
}
