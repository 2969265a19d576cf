package sqlite

import (
	"database/sql"
	"fmt"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
)

// goSteps are the parts of migrations SQL cannot do, run in the migration's
// transaction after its SQL.
var goSteps = map[int]func(*sql.Tx) error{
	10: rekeyCrossScript,
	12: rekeyCrossScript, // the Cyrillic orthography joins the script (kent.Script)
	15: rekeyCrossScript, // given-name codes; Turkish c as дж, an initial ye as е in skeletons
	16: rekeyCrossScript, // French names' silent endings (Барнье, Рено) and given names (Жан, Мишель)
	17: rekeyCrossScript, // French surnames after a French given name (Ширак, Олланд); Энтони as Antony
	18: rekeyCrossScript, // a silent Latin h (Hollande, Hidalgo) and one-letter spellings (Tymoshenko, Timoshenko)
}

// rekeyCrossScript gives the speakers and holders stored before migration
// 010 their cross-script skeleton and folded initial (names.Rekey), from
// the keys already stored (the base form the names stage chose) and the
// stored name.
func rekeyCrossScript(tx *sql.Tx) error {
	for _, t := range []struct{ table, name, prefix string }{
		{"quotes", "speaker", "speaker"},
		{"judgements", "holder", "holder"},
	} {
		if err := rekeyTable(tx, t.table, t.name, t.prefix); err != nil {
			return fmt.Errorf("re-keying %s: %w", t.table, err)
		}
	}
	return nil
}

func rekeyTable(tx *sql.Tx, table, nameCol, prefix string) error {
	rows, err := tx.Query(`SELECT rowid, ` + nameCol + `, ` + prefix + `_surname, ` + prefix + `_initial FROM ` + table + ` WHERE ` + prefix + `_surname != ''`)
	if err != nil {
		return err
	}
	type row struct {
		id  int64
		key kent.NameKey
	}
	var todo []row
	for rows.Next() {
		var r row
		var name, surname, initial string
		if err := rows.Scan(&r.id, &name, &surname, &initial); err != nil {
			rows.Close()
			return err
		}
		r.key = names.Rekey(name, surname, initial)
		todo = append(todo, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	st, err := tx.Prepare(`UPDATE ` + table + ` SET ` + prefix + `_initial = ?, ` + prefix + `_skeleton = ?, ` + prefix + `_cyrillic = ? WHERE rowid = ?`)
	if err != nil {
		return err
	}
	defer st.Close()
	for _, r := range todo {
		if _, err := st.Exec(r.key.Initial, r.key.Skeleton, r.key.Cyrillic, r.id); err != nil {
			return err
		}
	}
	return nil
}
