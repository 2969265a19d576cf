package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"iter"

	gojson "github.com/goccy/go-json"
	"github.com/kentnews/kent"
)

// insertMention is followed by mentionWidth values per row: one row per
// article, its distinct mentions in a JSON array (migration 019).
const insertMention = `INSERT INTO mentions (article_id, entries) VALUES `

const mentionWidth = 2

// putMentions stores an article's distinct mentions with their counts, in
// the order each was first found, as one row: [[kind, key, text, name,
// count], ...]. An article without mentions stores no row.
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
	if len(order) == 0 {
		return nil
	}
	entries := make([][5]any, len(order))
	for i, m := range order {
		entries[i] = [5]any{m.Kind, m.Key, m.Text, m.Name, counts[k{m.Key, m.Text}]}
	}
	js, err := json.Marshal(entries)
	if err != nil {
		return err
	}
	return rows.add(ctx, a.ID, string(js))
}

// MentionRows implements kent.MentionStore: each stored article's mentions
// in the order they were stored, read a chunk of articles at a time.
func (s *Store) MentionRows(ctx context.Context, q kent.MentionQuery) iter.Seq2[kent.MentionRow, error] {
	const sqlq = `SELECT rowid, article_id, (SELECT language FROM articles WHERE id = article_id), entries FROM mentions WHERE rowid > ? ORDER BY rowid LIMIT ?`
	articles := stream(ctx, s, sqlq, nil, func(rows *sql.Rows) ([]kent.MentionRow, int64, error) {
		var id int64
		var article, language string
		var entries []byte
		if err := rows.Scan(&id, &article, &language, &entries); err != nil {
			return nil, 0, err
		}
		out, err := decodeMentions(article, language, entries, q.Kind)
		return out, id, err
	})
	return func(yield func(kent.MentionRow, error) bool) {
		for rs, err := range articles {
			if err != nil {
				yield(kent.MentionRow{}, err)
				return
			}
			for _, r := range rs {
				if !yield(r, nil) {
					return
				}
			}
		}
	}
}

// decodeMentions reads one article's stored mentions, those of kind only
// when kind is given.
func decodeMentions(article, language string, entries []byte, kind string) ([]kent.MentionRow, error) {
	var raw [][5]any
	if err := gojson.Unmarshal(entries, &raw); err != nil {
		return nil, fmt.Errorf("article %s: corrupt mentions: %w", article, err)
	}
	out := make([]kent.MentionRow, 0, len(raw))
	for _, e := range raw {
		r := kent.MentionRow{ArticleID: article, Language: language}
		var ok [5]bool
		r.Kind, ok[0] = e[0].(string)
		r.Key, ok[1] = e[1].(string)
		r.Text, ok[2] = e[2].(string)
		r.Name, ok[3] = e[3].(string)
		n, isNum := e[4].(float64)
		ok[4] = isNum
		r.Count = int(n)
		if ok != [5]bool{true, true, true, true, true} {
			return nil, fmt.Errorf("article %s: corrupt mention %v", article, e)
		}
		if kind == "" || r.Kind == kind {
			out = append(out, r)
		}
	}
	return out, nil
}
