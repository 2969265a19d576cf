package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/kentnews/kent"
)

// insertQuote is followed by quoteWidth values per row.
const insertQuote = `INSERT INTO quotes
	(article_id, idx, kind, text, span_start, span_end, speaker, speaker_surname, speaker_initial, speaker_skeleton, speaker_cyrillic, speaker_json, cue, cue_start, cue_end, sentence, language)
	VALUES `

const quoteWidth = 17

func putQuotes(ctx context.Context, rows *rowBatch, a *kent.Article) error {
	for i, q := range a.Quotes {
		var name, js string
		var key kent.NameKey
		if q.Speaker != nil {
			name, key = q.Speaker.Name, q.Speaker.Key
			b, err := json.Marshal(q.Speaker)
			if err != nil {
				return fmt.Errorf("quote %d: %w", i, err)
			}
			js = string(b)
		}
		if err := rows.add(ctx, a.ID, i, string(q.Kind), q.Text, q.Span.Start, q.Span.End, name, key.Surname, key.Initial, key.Skeleton, key.Cyrillic, js,
			q.Cue, q.CueSpan.Start, q.CueSpan.End, q.Sentence, q.Language); err != nil {
			return err
		}
	}
	return nil
}

const quoteCols = `q.kind, q.text, q.span_start, q.span_end, q.speaker_json, q.speaker_surname, q.speaker_initial, q.speaker_skeleton, q.speaker_cyrillic,
	q.cue, q.cue_start, q.cue_end, q.sentence, q.language`

func scanQuote(sc interface{ Scan(...any) error }, extra ...any) (kent.Quote, error) {
	var q kent.Quote
	var kind, sp string
	var key kent.NameKey
	dest := append([]any{&kind, &q.Text, &q.Span.Start, &q.Span.End, &sp, &key.Surname, &key.Initial, &key.Skeleton, &key.Cyrillic,
		&q.Cue, &q.CueSpan.Start, &q.CueSpan.End, &q.Sentence, &q.Language}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return q, err
	}
	q.Kind = kent.QuoteKind(kind)
	if sp != "" {
		q.Speaker = &kent.Speaker{}
		if err := json.Unmarshal([]byte(sp), q.Speaker); err != nil {
			return q, fmt.Errorf("corrupt speaker: %w", err)
		}
		q.Speaker.Key = key
	}
	return q, nil
}

func (s *Store) articleQuotes(ctx context.Context, id string) ([]kent.Quote, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+quoteCols+` FROM quotes q WHERE q.article_id = ? ORDER BY q.idx`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []kent.Quote
	for rows.Next() {
		q, err := scanQuote(rows)
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", id, err)
		}
		out = append(out, q)
	}
	return out, rows.Err()
}

// Quotes implements kent.QuoteStore.
func (s *Store) Quotes(ctx context.Context, q kent.QuoteQuery) ([]kent.QuoteHit, int, error) {
	from := `FROM quotes q JOIN articles a ON a.id = q.article_id WHERE 1=1`
	var args []any
	if !q.Speaker.IsZero() {
		cond, kargs := keyMatches("q.speaker", q.Speaker)
		from += ` AND ` + cond
		args = append(args, kargs...)
	}
	if q.Language != "" {
		from += ` AND q.language = ?`
		args = append(args, strings.ToLower(q.Language))
	}
	if q.Attributed {
		from += ` AND q.speaker != ''`
	}
	var out []kent.QuoteHit
	total, err := s.list(ctx, quoteCols+`, a.id, a.title, a.outlet, a.published`, from, args,
		`a.published IS NULL, a.published, a.id, q.idx`, q.Page, func(rows *sql.Rows) error {
			var h kent.QuoteHit
			var published sql.NullString
			quote, err := scanQuote(rows, &h.ArticleID, &h.Title, &h.Outlet, &published)
			if err != nil {
				return err
			}
			h.Quote = quote
			if h.Published, err = parseTime(published); err != nil {
				return fmt.Errorf("article %s: %w", h.ArticleID, err)
			}
			out = append(out, h)
			return nil
		})
	return out, total, err
}

// keyMatches is kent.NameKey.Matches on the key columns named prefix_surname,
// prefix_initial, prefix_skeleton and prefix_cyrillic: the surname keys are
// equal, or the skeletons are across scripts; a missing initial on either
// side matches.
func keyMatches(prefix string, k kent.NameKey) (string, []any) {
	cond := `(` + prefix + `_surname = ?`
	args := []any{k.Surname}
	if k.Skeleton != "" {
		cond += ` OR ` + prefix + `_skeleton = ? AND ` + prefix + `_cyrillic != ?`
		args = append(args, k.Skeleton, k.Cyrillic)
	}
	// kent.NameKey's initialsAgree: an initial alone ("J.") finds any given
	// name it begins.
	i := prefix + `_initial`
	cond += `) AND (? = '' OR ` + i + ` = '' OR ` + i + ` = ? OR length(?) = 1 AND substr(` + i + `, 1, 1) = ? OR length(` + i + `) = 1 AND ` + i + ` = substr(?, 1, 1))`
	return cond, append(args, k.Initial, k.Initial, k.Initial, k.Initial, k.Initial)
}
