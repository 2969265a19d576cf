package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"iter"
	"strings"

	"github.com/kentnews/kent"
)

// StoryInputs implements kent.StoryStore.
func (s *Store) StoryInputs(ctx context.Context, after int64) iter.Seq2[kent.StoryInput, error] {
	return stream(ctx, s, `SELECT rowid, id, language, title, text, outlet, published FROM articles WHERE rowid > max(?, ?) ORDER BY rowid LIMIT ?`, []any{after},
		func(rows *sql.Rows) (kent.StoryInput, int64, error) {
			var in kent.StoryInput
			var pub sql.NullString
			if err := rows.Scan(&in.Seq, &in.ID, &in.Language, &in.Title, &in.Text, &in.Outlet, &pub); err != nil {
				return in, 0, err
			}
			var err error
			if in.Published, err = parseTime(pub); err != nil {
				return in, 0, fmt.Errorf("article %s: %w", in.ID, err)
			}
			return in, in.Seq, nil
		})
}

// StoryKeys streams the ingest position, ID and publication date of the
// stored articles after ingest position after, in ingest order: what
// orders them for story assignment, without their texts.
func (s *Store) StoryKeys(ctx context.Context, after int64) iter.Seq2[kent.StoryInput, error] {
	return stream(ctx, s, `SELECT rowid, id, published FROM articles WHERE rowid > max(?, ?) ORDER BY rowid LIMIT ?`, []any{after},
		func(rows *sql.Rows) (kent.StoryInput, int64, error) {
			var in kent.StoryInput
			var pub sql.NullString
			if err := rows.Scan(&in.Seq, &in.ID, &pub); err != nil {
				return in, 0, err
			}
			var err error
			if in.Published, err = parseTime(pub); err != nil {
				return in, 0, fmt.Errorf("article %s: %w", in.ID, err)
			}
			return in, in.Seq, nil
		})
}

// StoryInputsAt returns the stored articles at the ingest positions seqs,
// in that order (a position with no article is left out): story
// assignment reads a run's articles in a canonical order, a chunk at a
// time, not in the order they happened to be stored.
func (s *Store) StoryInputsAt(ctx context.Context, seqs []int64) ([]kent.StoryInput, error) {
	at := make(map[int64]kent.StoryInput, len(seqs))
	for start := 0; start < len(seqs); start += 500 {
		part := seqs[start:min(start+500, len(seqs))]
		args := make([]any, len(part))
		for i, q := range part {
			args[i] = q
		}
		rows, err := s.db.QueryContext(ctx, `SELECT rowid, id, language, title, text, outlet, published FROM articles
			WHERE rowid IN (?`+strings.Repeat(", ?", len(part)-1)+`)`, args...)
		if err != nil {
			return nil, s.failure(err)
		}
		for rows.Next() {
			var in kent.StoryInput
			var pub sql.NullString
			if err := rows.Scan(&in.Seq, &in.ID, &in.Language, &in.Title, &in.Text, &in.Outlet, &pub); err != nil {
				rows.Close()
				return nil, s.failure(err)
			}
			if in.Published, err = parseTime(pub); err != nil {
				rows.Close()
				return nil, fmt.Errorf("article %s: %w", in.ID, err)
			}
			at[in.Seq] = in
		}
		if err := rows.Close(); err != nil {
			return nil, s.failure(err)
		}
		if err := rows.Err(); err != nil {
			return nil, s.failure(err)
		}
	}
	out := make([]kent.StoryInput, 0, len(seqs))
	for _, q := range seqs {
		if in, ok := at[q]; ok {
			out = append(out, in)
		}
	}
	return out, nil
}

// StoryState implements kent.StoryStore.
func (s *Store) StoryState(ctx context.Context) (st kent.StoryState, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT upto, snapshot, snapshot_upto FROM story_state WHERE id = 1`).Scan(&st.Upto, &st.Snapshot, &st.SnapshotUpto)
	return st, s.failure(err)
}

// AssignStories implements kent.StoryStore.
func (s *Store) AssignStories(ctx context.Context, from int64, as []kent.StoryAssignment, snapshot []byte) (err error) {
	defer func() { err = s.failure(err) }()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var upto int64
	if err := tx.QueryRowContext(ctx, `SELECT upto FROM story_state WHERE id = 1`).Scan(&upto); err != nil {
		return err
	}
	if upto != from {
		return kent.Errorf(kent.ECONFLICT, "stories were assigned up to %d meanwhile, not %d", upto, from)
	}
	ins, err := tx.PrepareContext(ctx, `INSERT INTO story_members (seq, article_id, story) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	for _, a := range as {
		if a.Seq <= upto {
			return kent.Errorf(kent.EINVALID, "story assignment for %s at %d is not after %d", a.ArticleID, a.Seq, upto)
		}
		if _, err := ins.ExecContext(ctx, a.Seq, a.ArticleID, a.Story); err != nil {
			return err
		}
		upto = a.Seq
	}
	if _, err := tx.ExecContext(ctx, `UPDATE story_state SET upto = ? WHERE id = 1`, upto); err != nil {
		return err
	}
	if snapshot != nil {
		if _, err := tx.ExecContext(ctx, `UPDATE story_state SET snapshot = ?, snapshot_upto = ? WHERE id = 1`, snapshot, upto); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// Stories implements kent.StoryStore.
func (s *Store) Stories(ctx context.Context, p kent.Page) ([]kent.StoredStory, int, error) {
	var out []kent.StoredStory
	byID := map[int]int{}
	total, err := s.list(ctx, `story`, `FROM (SELECT story, COUNT(*) AS n FROM story_members GROUP BY story)`, nil, `n DESC, story`, p,
		func(rows *sql.Rows) error {
			var st kent.StoredStory
			if err := rows.Scan(&st.ID); err != nil {
				return err
			}
			byID[st.ID] = len(out)
			out = append(out, st)
			return nil
		})
	if err != nil {
		return nil, 0, s.failure(err)
	}
	// Members are read for the page's stories only, a bounded number of
	// placeholders per query.
	for start := 0; start < len(out); start += 500 {
		part := out[start:min(start+500, len(out))]
		args := make([]any, len(part))
		for i, st := range part {
			args[i] = st.ID
		}
		rows, err := s.db.QueryContext(ctx, `SELECT m.story, m.article_id, a.title, a.language, a.outlet
			FROM story_members m JOIN articles a ON a.rowid = m.seq
			WHERE m.story IN (?`+strings.Repeat(", ?", len(part)-1)+`) ORDER BY m.story, a.published IS NOT NULL, a.published, m.article_id`, args...)
		if err != nil {
			return nil, 0, s.failure(err)
		}
		for rows.Next() {
			var id int
			var m kent.StoryMember
			if err := rows.Scan(&id, &m.ArticleID, &m.Title, &m.Language, &m.Outlet); err != nil {
				rows.Close()
				return nil, 0, s.failure(err)
			}
			st := &out[byID[id]]
			st.Members = append(st.Members, m)
		}
		if err := rows.Close(); err != nil {
			return nil, 0, s.failure(err)
		}
		if err := rows.Err(); err != nil {
			return nil, 0, s.failure(err)
		}
	}
	return out, total, nil
}
