package sqlite

import (
	"context"
	"database/sql"
	"strings"
)

// maxRowsPerInsert is how many rows one multi-row INSERT carries. Each
// statement execution costs a round through database/sql and the driver
// whatever it carries, and an article brings about a hundred rows (quotes,
// mentions, judgements, keys): one statement per row was most of the
// writer's time. 64 rows of the widest table (17 columns) stay far below
// SQLite's limit on parameters.
const maxRowsPerInsert = 64

// rowBatch gathers the rows of one table within a transaction and inserts
// them many to a statement, in the order they were added, so rowids come
// out as they would one row at a time.
type rowBatch struct {
	tx    *sql.Tx
	head  string // "INSERT ... INTO t (a, b) VALUES "
	tuple string // "(?, ?)"
	width int
	args  []any
	stmts map[int]*sql.Stmt // by row count; closed with the transaction
}

// newRowBatch returns a batch for head, an INSERT up to and including
// VALUES, whose rows have width columns.
func newRowBatch(tx *sql.Tx, head string, width int) *rowBatch {
	return &rowBatch{tx: tx, head: head, width: width, tuple: "(?" + strings.Repeat(", ?", width-1) + ")", stmts: map[int]*sql.Stmt{}}
}

// add queues one row (exactly width values) and inserts a full statement's
// worth when it has one.
func (b *rowBatch) add(ctx context.Context, vals ...any) error {
	b.args = append(b.args, vals...)
	if len(b.args) >= maxRowsPerInsert*b.width {
		return b.flush(ctx)
	}
	return nil
}

// flush inserts the queued rows.
func (b *rowBatch) flush(ctx context.Context) error {
	n := len(b.args) / b.width
	if n == 0 {
		return nil
	}
	st, ok := b.stmts[n]
	if !ok {
		var err error
		st, err = b.tx.PrepareContext(ctx, b.head+b.tuple+strings.Repeat(", "+b.tuple, n-1))
		if err != nil {
			return err
		}
		b.stmts[n] = st
	}
	_, err := st.ExecContext(ctx, b.args...)
	clear(b.args) // let the strings go
	b.args = b.args[:0]
	return err
}
