package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
)

// A store written before speakers carried keys (migrations 001–005, with
// full-name keys in speaker_key and holder_key) opens, and its speakers and
// holders are found by key afterwards.
func TestStoreFromBeforeNameKeysIsBackfilled(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	mustExec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.Exec(q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	mustExec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`)
	for v, name := range []string{"001_articles.sql", "002_quotes.sql", "003_judgements.sql", "004_mentions.sql", "005_mention_counts.sql"} {
		body, err := migrations.ReadFile("migrations/" + name)
		if err != nil {
			t.Fatal(err)
		}
		mustExec(string(body))
		mustExec(`INSERT INTO schema_migrations VALUES (?, '2022-01-01T00:00:00Z')`, v+1)
	}
	text := "Vytis Jurkonis said officials in Kyiv found it unlikely."
	mustExec(`INSERT INTO articles (id, text_hash, source, format, text, paragraphs, blocks, ingested_at) VALUES ('a1', 'h1', 'old.txt', 'text', ?, '[]', '[]', '2022-01-01T00:00:00Z')`, text)
	mustExec(`INSERT INTO quotes (article_id, idx, kind, text, span_start, span_end, speaker, speaker_key, speaker_json, sentence)
		VALUES ('a1', 0, 'direct', 'it', 0, 2, 'Vytis Jurkonis', 'vytis yurkonis', '{"name":"Vytis Jurkonis","kind":"person","mention":"Jurkonis","mention_span":{"start":0,"end":0}}', 0),
		       ('a1', 1, 'direct', 'so', 0, 2, 'Jurkonis', 'yurkonis', '{"name":"Jurkonis","kind":"person","mention":"Jurkonis","mention_span":{"start":0,"end":0}}', 0)`)
	mustExec(`INSERT INTO judgements (article_id, idx, cue, value, holder, holder_key, json)
		VALUES ('a1', 0, 'unlikely', 0.2, 'officials in Kyiv', 'oficials in kyiv', '{"cue":"unlikely","holder":{"name":"officials in Kyiv","kind":"group","mention":"","mention_span":{"start":0,"end":0}}}')`)
	db.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	qs, total, err := s.Quotes(ctx, kent.QuoteQuery{Speaker: names.SpeakerKey("V. Yurkonis")})
	if err != nil || total != 2 {
		t.Fatalf("quotes by key after migration: %d %v", total, err)
	}
	if qs[0].Speaker.Key != names.SpeakerKey("Vytis Jurkonis") || qs[1].Speaker.Key != names.SpeakerKey("Jurkonis") {
		t.Errorf("backfilled keys: %+v, %+v", qs[0].Speaker.Key, qs[1].Speaker.Key)
	}
	if _, total, _ := s.Quotes(ctx, kent.QuoteQuery{Speaker: names.SpeakerKey("A. Yurkonis")}); total != 1 {
		t.Errorf("another first name found %d quotes, want the one without a first name", total)
	}
	js, total, err := s.Judgements(ctx, kent.JudgementQuery{Holder: names.SpeakerKey("Kyiv")})
	if err != nil || total != 1 || js[0].Holder.Key != names.SpeakerKey("officials in Kyiv") {
		t.Errorf("judgements by key after migration: %+v %v", js, err)
	}
}
