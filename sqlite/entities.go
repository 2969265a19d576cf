package sqlite

import (
	"context"
	"database/sql"
	"sort"
	"strings"

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

// Entities implements kent.Store: mentions grouped by key across articles.
// A surname-only person key ("person:lukashenko") joins the one full-name
// entity with that surname when there is exactly one.
func (s *Store) Entities(ctx context.Context, kind string, limit int) ([]kent.Entity, error) {
	q := `SELECT key, kind, name, text, article_id, count FROM mentions`
	var args []any
	if kind != "" {
		q += ` WHERE kind = ?`
		args = append(args, kind)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	type acc struct {
		e        kent.Entity
		names    map[string]int
		variants map[string]bool
		articles map[string]bool
	}
	byKey := map[string]*acc{}
	for rows.Next() {
		var key, k, name, text, art string
		var count int
		if err := rows.Scan(&key, &k, &name, &text, &art, &count); err != nil {
			return nil, err
		}
		a := byKey[key]
		if a == nil {
			a = &acc{e: kent.Entity{Key: key, Kind: k}, names: map[string]int{}, variants: map[string]bool{}, articles: map[string]bool{}}
			byKey[key] = a
		}
		a.names[name] += count
		a.variants[text] = true
		a.articles[art] = true
		a.e.Mentions += count
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// Surname-only people join their full-name entity when it is unique.
	bySurname := map[string][]string{}
	for key, a := range byKey {
		if a.e.Kind == kent.SpeakerPerson && strings.Contains(key, " ") {
			sur := key[strings.LastIndex(key, " ")+1:]
			bySurname[sur] = append(bySurname[sur], key)
		}
	}
	for key, a := range byKey {
		if a.e.Kind != kent.SpeakerPerson || strings.Contains(key, " ") {
			continue
		}
		full := bySurname[strings.TrimPrefix(key, "person:")]
		if len(full) != 1 {
			continue
		}
		t := byKey[full[0]]
		for n, c := range a.names {
			t.names[n] += c
		}
		for v := range a.variants {
			t.variants[v] = true
		}
		for x := range a.articles {
			t.articles[x] = true
		}
		t.e.Mentions += a.e.Mentions
		delete(byKey, key)
	}
	var out []kent.Entity
	for _, a := range byKey {
		// The commonest full name; a surname alone only if nothing fuller.
		best, n := "", -1
		for name, c := range a.names {
			full := strings.Contains(name, " ")
			bestFull := strings.Contains(best, " ")
			if full && !bestFull || full == bestFull && (c > n || c == n && len(name) > len(best)) {
				best, n = name, c
			}
		}
		a.e.Name = best
		for v := range a.variants {
			a.e.Variants = append(a.e.Variants, v)
		}
		sort.Strings(a.e.Variants)
		a.e.Articles = len(a.articles)
		out = append(out, a.e)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Articles != out[j].Articles {
			return out[i].Articles > out[j].Articles
		}
		return out[i].Mentions > out[j].Mentions || out[i].Mentions == out[j].Mentions && out[i].Key < out[j].Key
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// StoryInputs returns every stored article's ID, language and text in the
// order they were ingested, for streaming story clustering.
func (s *Store) StoryInputs(ctx context.Context) ([]kent.StoryInput, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, language, title, text, outlet, published FROM articles ORDER BY rowid`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []kent.StoryInput
	for rows.Next() {
		var in kent.StoryInput
		var pub sql.NullString
		if err := rows.Scan(&in.ID, &in.Language, &in.Title, &in.Text, &in.Outlet, &pub); err != nil {
			return nil, err
		}
		in.Published = pub.String
		out = append(out, in)
	}
	return out, rows.Err()
}
