package sqlite

import (
	"database/sql"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite schema.sql from the migrations")

// A new store gets its schema from schema.sql at once; a store built by
// replaying every migration must come out the same: the same tables,
// indexes and search index, the same rows, the same migrations recorded.
func TestSchemaSnapshot(t *testing.T) {
	dir := t.TempDir()
	noSnapshot = true
	migrated, err := Open(filepath.Join(dir, "migrated.db"))
	noSnapshot = false
	if err != nil {
		t.Fatal(err)
	}
	defer migrated.Close()
	want := schemaOf(t, migrated.db)
	_, versions, err := migrationFiles()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		dump := fmt.Sprintf("-- version: %d\n", versions[len(versions)-1]) +
			"-- The schema migrations/*.sql leave in a new store, for creating one in one\n" +
			"-- step. Generated: go test ./sqlite -run TestSchemaSnapshot -update\n" + dumpSchema(t, migrated.db)
		if err := os.WriteFile("schema.sql", []byte(dump), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if last := versions[len(versions)-1]; schemaVersion != last {
		t.Fatalf("schema.sql has migrations up to %d, the last is %d: run go test ./sqlite -run TestSchemaSnapshot -update", schemaVersion, last)
	}
	fresh, err := Open(filepath.Join(dir, "fresh.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	if got := schemaOf(t, fresh.db); !slices.Equal(got, want) {
		t.Errorf("a new store's schema differs from the migrations' (go test ./sqlite -run TestSchemaSnapshot -update):\n got %q\nwant %q", got, want)
	}
	// Opening it again applies nothing.
	fresh.Close()
	again, err := Open(filepath.Join(dir, "fresh.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if got := schemaOf(t, again.db); !slices.Equal(got, want) {
		t.Errorf("reopened: %q", got)
	}
}

// schemaOf lists a store's schema entries, the rows of its tables (but
// not the migration times) and the migrations recorded.
func schemaOf(t *testing.T, db *sql.DB) []string {
	t.Helper()
	var out []string
	rows, err := db.Query(`SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master ORDER BY type, name`)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var typ, name, tbl, q string
		if err := rows.Scan(&typ, &name, &tbl, &q); err != nil {
			t.Fatal(err)
		}
		out = append(out, typ+" "+name+" "+tbl+" "+q)
		if typ == "table" {
			tables = append(tables, name)
		}
	}
	rows.Close()
	for _, tbl := range tables {
		cols := "*"
		if tbl == "schema_migrations" {
			cols = "version"
		}
		for _, r := range tableRows(t, db, `SELECT `+cols+` FROM "`+tbl+`" ORDER BY 1`) {
			out = append(out, tbl+": "+r)
		}
	}
	return out
}

// tableRows returns each row of a query as SQL literals.
func tableRows(t *testing.T, db *sql.DB, q string) []string {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		lits := make([]string, len(vals))
		for i, v := range vals {
			switch v := v.(type) {
			case nil:
				lits[i] = "NULL"
			case string:
				lits[i] = "'" + strings.ReplaceAll(v, "'", "''") + "'"
			case []byte:
				lits[i] = fmt.Sprintf("X'%X'", v)
			default:
				lits[i] = fmt.Sprint(v)
			}
		}
		out = append(out, strings.Join(lits, ", "))
	}
	return out
}

// dumpSchema writes the statements that rebuild db's schema and rows in an
// empty store that has the migrations table: ordinary tables first, then
// virtual tables (their shadow tables come with them), then indexes.
func dumpSchema(t *testing.T, db *sql.DB) string {
	t.Helper()
	rows, err := db.Query(`SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name != 'schema_migrations'
		ORDER BY CASE WHEN type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' THEN 0 WHEN type = 'table' THEN 1 ELSE 2 END, rowid`)
	if err != nil {
		t.Fatal(err)
	}
	type entry struct{ typ, name, sql string }
	var all []entry
	var virtual []string
	for rows.Next() {
		var e entry
		if err := rows.Scan(&e.typ, &e.name, &e.sql); err != nil {
			t.Fatal(err)
		}
		all = append(all, e)
		if strings.HasPrefix(e.sql, "CREATE VIRTUAL") {
			virtual = append(virtual, e.name)
		}
	}
	rows.Close()
	shadow := func(name string) bool {
		for _, v := range virtual {
			if strings.HasPrefix(name, v+"_") {
				return true
			}
		}
		return false
	}
	var b strings.Builder
	for _, e := range all {
		if shadow(e.name) {
			continue
		}
		b.WriteString(e.sql + ";\n")
		if e.typ == "table" && !strings.HasPrefix(e.sql, "CREATE VIRTUAL") {
			for _, r := range tableRows(t, db, `SELECT * FROM "`+e.name+`"`) {
				fmt.Fprintf(&b, "INSERT INTO \"%s\" VALUES (%s);\n", e.name, r)
			}
		}
	}
	return b.String()
}

// BenchmarkOpenNew creates a new store: the schema at once, or (-migrate)
// every migration replayed.
func BenchmarkOpenNew(b *testing.B) {
	dir := b.TempDir()
	noSnapshot = *replay
	defer func() { noSnapshot = false }()
	for i := range b.N {
		s, err := Open(filepath.Join(dir, fmt.Sprint(i), "kent.db"))
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

var replay = flag.Bool("migrate", false, "BenchmarkOpenNew: replay the migrations")
