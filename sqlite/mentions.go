package sqlite

import (
	"context"
	"database/sql"
	"iter"

	"github.com/kentnews/kent"
)

// insertMention is followed by mentionWidth values per row.
const insertMention = `INSERT INTO mentions (article_id, kind, key, text, name, count) VALUES `

const mentionWidth = 6

// putMentions stores one row per distinct mention with its count.
func putMentions(ctx context.Context, rows *rowBatch, a *kent.Article) error {
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
		if err := rows.add(ctx, a.ID, m.Kind, m.Key, m.Text, m.Name, counts[k{m.Key, m.Text}]); err != nil {
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
