package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
)

// A store written before speakers carried keys (migrations 001–005, with
// full-name keys in speaker_key and holder_key) opens, and its speakers and
// holders are found by key afterwards.
func TestStoreFromBeforeNameKeysIsBackfilled(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, mustExec := oldStore(t, path, 5)
	text := "Vytis Jurkonis said officials in Kyiv found it unlikely."
	mustExec(`INSERT INTO articles (id, text_hash, source, format, text, paragraphs, blocks, ingested_at) VALUES ('a1', 'h1', 'old.txt', 'text', ?, '[]', '[]', '2022-01-01T00:00:00Z')`, text)
	mustExec(`INSERT INTO quotes (article_id, idx, kind, text, span_start, span_end, speaker, speaker_key, speaker_json, sentence)
		VALUES ('a1', 0, 'direct', 'it', 0, 2, 'Vytis Jurkonis', 'vytis yurkonis', '{"name":"Vytis Jurkonis","kind":"person","mention":"Jurkonis","mention_span":{"start":0,"end":0}}', 0),
		       ('a1', 1, 'direct', 'so', 0, 2, 'Jurkonis', 'yurkonis', '{"name":"Jurkonis","kind":"person","mention":"Jurkonis","mention_span":{"start":0,"end":0}}', 0)`)
	mustExec(`INSERT INTO judgements (article_id, idx, cue, value, holder, holder_key, json)
		VALUES ('a1', 0, 'unlikely', 0.2, 'officials in Kyiv', 'oficials in kyiv', '{"cue":"unlikely","holder":{"name":"officials in Kyiv","kind":"group","mention":"","mention_span":{"start":0,"end":0}}}')`)
	db.Close()

	s := openAt(t, path)
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

// oldStore creates a store at path with the migrations numbered up to upto
// applied, as an older Kent left it, and returns it open with a helper that
// fails the test on a bad statement.
func oldStore(t *testing.T, path string, upto int) (*sql.DB, func(q string, args ...any)) {
	t.Helper()
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
	entries, err := migrations.ReadDir("migrations")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		// The version is the file's number, as Open reads it, not its
		// position: numbers may be skipped (013 and 014 never were written).
		v, err := strconv.Atoi(strings.SplitN(e.Name(), "_", 2)[0])
		if err != nil {
			t.Fatalf("migration %s: %v", e.Name(), err)
		}
		if v > upto {
			break
		}
		body, err := migrations.ReadFile("migrations/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		mustExec(string(body))
		mustExec(`INSERT INTO schema_migrations VALUES (?, '2022-01-01T00:00:00Z')`, v)
	}
	return db, mustExec
}

// A store from before migration 019 kept one row per article and distinct
// mention; opened now, it keeps them as one row per article, and the
// mentions are read back as before: the same rows, in the order they were
// stored, filtered by kind.
func TestMentionsFromBeforeOneRowPerArticle(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, mustExec := oldStore(t, path, 18)
	for _, id := range []string{"a2", "a1"} {
		mustExec(`INSERT INTO articles (id, text_hash, source, format, text, paragraphs, blocks, ingested_at, language) VALUES (?, ?, ?, 'text', 'x', '[]', '[]', '2022-01-01T00:00:00Z', 'de')`, id, "h"+id, id+".txt")
	}
	mustExec(`INSERT INTO mentions (article_id, kind, key, text, name, count) VALUES
		('a2', 'person', 'scholz', 'Scholz', 'Olaf Scholz', 3),
		('a1', 'place', 'berlin', 'Berlin', 'Berlin', 1),
		('a2', 'place', 'berlin', 'Berlins', 'Berlin', 2),
		('a1', 'person', 'scholz', 'Scholzens "Satz"', 'Scholz', 1)`)
	db.Close()

	s := openAt(t, path)
	var got []string
	for r, err := range s.MentionRows(context.Background(), kent.MentionQuery{}) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, strings.Join([]string{r.ArticleID, r.Language, r.Kind, r.Key, r.Text, r.Name, strconv.Itoa(r.Count)}, "|"))
	}
	want := []string{
		"a2|de|person|scholz|Scholz|Olaf Scholz|3",
		"a2|de|place|berlin|Berlins|Berlin|2",
		"a1|de|place|berlin|Berlin|Berlin|1",
		`a1|de|person|scholz|Scholzens "Satz"|Scholz|1`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("mentions after migration:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var places []string
	for r, err := range s.MentionRows(context.Background(), kent.MentionQuery{Kind: "place"}) {
		if err != nil {
			t.Fatal(err)
		}
		places = append(places, r.ArticleID+"|"+r.Text)
	}
	if strings.Join(places, " ") != "a2|Berlins a1|Berlin" {
		t.Errorf("places after migration: %q", places)
	}
}
