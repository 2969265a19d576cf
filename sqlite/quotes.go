package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
)

const insertQuote = `INSERT INTO quotes
	(article_id, idx, kind, text, span_start, span_end, speaker, speaker_key, speaker_json, cue, cue_start, cue_end, sentence, language)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

func putQuotes(ctx context.Context, st *sql.Stmt, a *kent.Article) error {
	for i, q := range a.Quotes {
		name, key, js := "", "", ""
		if q.Speaker != nil {
			name, key = q.Speaker.Name, names.FullKey(q.Speaker.Name)
			b, _ := json.Marshal(q.Speaker)
			js = string(b)
		}
		if _, err := st.ExecContext(ctx, a.ID, i, string(q.Kind), q.Text, q.Span.Start, q.Span.End, name, key, js,
			q.Cue, q.CueSpan.Start, q.CueSpan.End, q.Sentence, q.Language); err != nil {
			return err
		}
	}
	return nil
}

const quoteCols = `q.kind, q.text, q.span_start, q.span_end, q.speaker_json, q.cue, q.cue_start, q.cue_end, q.sentence, q.language`

func scanQuote(sc interface{ Scan(...any) error }, extra ...any) (kent.Quote, error) {
	var q kent.Quote
	var kind, sp string
	dest := append([]any{&kind, &q.Text, &q.Span.Start, &q.Span.End, &sp, &q.Cue, &q.CueSpan.Start, &q.CueSpan.End, &q.Sentence, &q.Language}, extra...)
	if err := sc.Scan(dest...); err != nil {
		return q, err
	}
	q.Kind = kent.QuoteKind(kind)
	if sp != "" {
		q.Speaker = &kent.Speaker{}
		if err := json.Unmarshal([]byte(sp), q.Speaker); err != nil {
			return q, err
		}
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
			return nil, err
		}
		out = append(out, q)
	}
	return out, rows.Err()
}

// Quotes implements kent.Store. A speaker matches whatever the spelling:
// "Yurkonis" finds quotes stored under "Vytis Jurkonis".
func (s *Store) Quotes(ctx context.Context, q kent.QuoteQuery) ([]kent.QuoteHit, error) {
	if q.Limit <= 0 {
		q.Limit = 100
	}
	sqlq := `SELECT ` + quoteCols + `, a.id, a.title, a.outlet, a.published, q.speaker
		FROM quotes q JOIN articles a ON a.id = q.article_id WHERE 1=1`
	var args []any
	var surname string
	if q.Speaker != "" {
		f := strings.Fields(names.FullKey(q.Speaker))
		if len(f) == 0 {
			return nil, kent.Errorf(kent.EINVALID, "speaker %q has no letters", q.Speaker)
		}
		surname = f[len(f)-1]
		sqlq += ` AND (q.speaker_key = ? OR q.speaker_key LIKE ?)`
		args = append(args, surname, "% "+surname)
	}
	if q.Language != "" {
		sqlq += ` AND q.language = ?`
		args = append(args, strings.ToLower(q.Language))
	}
	if q.Attributed {
		sqlq += ` AND q.speaker != ''`
	}
	sqlq += ` ORDER BY a.published IS NULL, a.published, a.id, q.idx LIMIT ?`
	args = append(args, q.Limit)
	rows, err := s.db.QueryContext(ctx, sqlq, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []kent.QuoteHit
	for rows.Next() {
		var h kent.QuoteHit
		var published sql.NullString
		var speaker string
		quote, err := scanQuote(rows, &h.ArticleID, &h.Title, &h.Outlet, &published, &speaker)
		if err != nil {
			return nil, err
		}
		if q.Speaker != "" && !names.SameName(q.Speaker, speaker) {
			continue
		}
		h.Quote = quote
		if published.Valid {
			h.Published, _ = time.Parse(time.RFC3339, published.String)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}
