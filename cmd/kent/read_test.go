package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// demo is the demo corpus ingested once for the package's read tests:
// ingesting it again for each test was most of their time under -race.
var demo struct {
	once sync.Once
	dir  string
	err  error
}

// demoStore returns a store of the demo corpus of the test's own (a copy,
// so a test that writes, as the first `kent stories` does, changes no
// other's), ingested with one worker, so that ingest order (and with it
// story numbering) is the files' order.
func demoStore(t *testing.T) string {
	t.Helper()
	demo.once.Do(func() {
		if demo.dir, demo.err = os.MkdirTemp("", "kent-demo-"); demo.err != nil {
			return
		}
		if r := runKent(t, filepath.Join(demo.dir, "kent.db"), "", "ingest", "--workers", "1", "../../examples/belarus"); r.code != 0 {
			demo.err = fmt.Errorf("ingest: exit %d: %s", r.code, r.stderr)
		}
	})
	if demo.err != nil {
		t.Fatal(demo.err)
	}
	db := filepath.Join(t.TempDir(), "kent.db")
	for _, suffix := range []string{"", "-wal", "-shm"} {
		data, err := os.ReadFile(filepath.Join(demo.dir, "kent.db"+suffix))
		if errors.Is(err, fs.ErrNotExist) && suffix != "" {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(db+suffix, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

func TestMain(m *testing.M) {
	code := m.Run()
	if demo.dir != "" {
		os.RemoveAll(demo.dir)
	}
	os.Exit(code)
}

// entries splits a listing into its blank-line separated entries.
func entries(out string) []string {
	return strings.Split(strings.TrimSuffix(out, "\n\n"), "\n\n")
}

func TestQuotesCommand(t *testing.T) {
	db := demoStore(t)
	jurkonis := "Vytis Jurkonis (political analyst, Vilnius University's Institute of International Relations and Political Science)\n  b84762513bb47069 · Lrytas.lt · en · 2022-04-14\n"
	for _, spelling := range []string{"Yurkonis", "Jurkonis", "V. Jurkonis", "Юрконис"} {
		r := runKent(t, db, "", "quotes", "--speaker", spelling)
		es := entries(r.stdout)
		if r.code != 0 || len(es) != 19 { // with two "According to him, …"
			t.Fatalf("--speaker %s: exit %d, %d quotes, want 19: %s", spelling, r.code, len(es), r.stderr)
		}
		for _, e := range es {
			if !strings.HasPrefix(e, jurkonis) {
				t.Errorf("--speaker %s lists another speaker:\n%s", spelling, e)
			}
		}
		if !strings.Contains(es[0], "  indirect «thinks»: “both Putin and Lukashenko are aware that the direct involvement of the Belarusians in the war could backfire on them") {
			t.Errorf("first Jurkonis quote:\n%s", es[0])
		}
	}
	if r := runKent(t, db, "", "quotes", "--speaker", "A. Jurkonis"); r.code != 0 || r.stdout != "no quotes\n" {
		t.Errorf("another first name: %q", r.stdout)
	}
	all := entries(runKent(t, db, "", "quotes", "--all", "--limit", "1000").stdout)
	attributed := entries(runKent(t, db, "", "quotes", "--limit", "1000").stdout)
	if len(all) <= len(attributed) || strings.Contains(strings.Join(attributed, ""), "(unattributed)") || !strings.Contains(strings.Join(all, ""), "(unattributed)") {
		t.Errorf("--all: %d quotes, attributed %d", len(all), len(attributed))
	}
	if es := entries(runKent(t, db, "", "quotes", "--lang", "sv", "--limit", "2").stdout); len(es) != 2 || !strings.Contains(es[0], " · sv · ") {
		t.Errorf("--lang sv --limit 2: %q", es)
	}
	// Pages: --offset skips what earlier pages showed.
	if page := entries(runKent(t, db, "", "quotes", "--limit", "3", "--offset", "2").stdout); len(page) != 3 || page[0] != attributed[2] || page[2] != attributed[4] {
		t.Errorf("--limit 3 --offset 2: %q", page)
	}
	var hits []struct {
		Speaker   struct{ Name, Role string }
		ArticleID string `json:"article_id"`
		Kind      string
	}
	r := runKent(t, db, "", "quotes", "--json", "--speaker", "Hedenskog")
	if err := json.Unmarshal([]byte(r.stdout), &hits); err != nil || len(hits) != 4 || hits[0].Speaker.Name != "Jakob Hedenskog" || hits[0].ArticleID != "16d76e7415d4f6ac" {
		t.Errorf("--json: %+v %v", hits, err)
	}
	if r := runKent(t, db, "", "quotes", "--speaker", "!!"); r.code != exitUsage || !strings.Contains(r.stderr, `speaker "!!" has no letters`) {
		t.Errorf("speaker without letters: exit %d %s", r.code, r.stderr)
	}
}

func TestEstimatesCommand(t *testing.T) {
	db := demoStore(t)
	r := runKent(t, db, "", "estimates", "--holder", "Hedenskog")
	want := "Jakob Hedenskog (analytiker för Östeuropastudier, Utrikespolitiska institutet) · unlikely (0.20–0.45, point 0.33) «osannolikt»\n" +
		"  16d76e7415d4f6ac · — · sv · date unknown\n  about: “Belarus direkt ger sig in i kriget”\n\n"
	if r.code != 0 || !strings.HasPrefix(r.stdout, want) || len(entries(r.stdout)) != 3 {
		t.Errorf("--holder Hedenskog:\n%s", r.stdout)
	}
	// A group is found by its words.
	r = runKent(t, db, "", "estimates", "--holder", "officials in Kyiv")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "officials in Kyiv") {
		t.Errorf("--holder officials in Kyiv:\n%s", r.stdout)
	}
	// The same judgement on another scale; numbers are stated as numbers.
	r = runKent(t, db, "", "estimates", "--scale", "kent1964", "--holder", "Hedenskog")
	if !strings.Contains(r.stdout, "· probably_not (0.20–0.45, point 0.33) «osannolikt»") {
		t.Errorf("--scale kent1964:\n%s", r.stdout)
	}
	all := runKent(t, db, "", "estimates").stdout
	for _, w := range []string{"Lrytas.lt (the article's own voice) · roughly_even (0.45–0.55, point 0.50) «may» · possibility", "· time frame: in the near future"} {
		if !strings.Contains(all, w) {
			t.Errorf("estimates lack %q", w)
		}
	}
	if es := entries(runKent(t, db, "", "estimates", "--limit", "3").stdout); len(es) != 3 {
		t.Errorf("--limit 3: %d", len(es))
	}
	var hits []struct {
		Cue    string
		Band   string
		Holder *struct{ Name string }
	}
	if err := json.Unmarshal([]byte(runKent(t, db, "", "estimates", "--json", "--lang", "sv").stdout), &hits); err != nil || len(hits) == 0 || hits[0].Cue != "osannolikt" || hits[0].Band != "unlikely" {
		t.Errorf("--json --lang sv: %+v %v", hits, err)
	}
	if r := runKent(t, db, "", "estimates", "--scale", "nato"); r.code != exitUsage || !strings.Contains(r.stderr, `unknown scale "nato"`) {
		t.Errorf("unknown scale: exit %d %s", r.code, r.stderr)
	}
}

func TestEntitiesCommand(t *testing.T) {
	db := demoStore(t)
	r := runKent(t, db, "", "entities", "--kind", "person", "--limit", "3")
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if r.code != 0 || len(lines) != 3 {
		t.Fatalf("exit %d, %d lines:\n%s", r.code, len(lines), r.stdout)
	}
	// 35: "Alexander Lukashenkothe" in the demo text is Lukashenko too.
	if !strings.HasPrefix(lines[0], "person        Alexander Lukashenko                5 articles,  35 mentions  ") ||
		!strings.Contains(lines[0], "Aleksandr Lukasjenko · Alexander Lukashenko") {
		t.Errorf("one Lukashenko whatever the spelling:\n%s", lines[0])
	}
	if !strings.Contains(r.stdout, "Vladimir Putin                      4 articles,  23 mentions  [en sv]  Putin · Putins · Putin’s · Vladimir Putin") {
		t.Errorf("Putin:\n%s", r.stdout)
	}
	var es []struct {
		Key, Kind, Name string
		Articles        int
	}
	if err := json.Unmarshal([]byte(runKent(t, db, "", "entities", "--json", "--kind", "place").stdout), &es); err != nil || len(es) == 0 || es[0].Kind != "place" {
		t.Fatalf("--json --kind place: %+v %v", es, err)
	}
	if es[0].Key != "place:BY" || es[0].Articles != 5 {
		t.Errorf("Belarus is not the most widely named place: %+v", es[0])
	}
	if r := runKent(t, db, "", "entities", "--kind", "planet"); r.code != exitUsage || !strings.Contains(r.stderr, `unknown --kind "planet"`) {
		t.Errorf("unknown kind: exit %d %s", r.code, r.stderr)
	}
}

func TestStoriesCommand(t *testing.T) {
	db := demoStore(t)
	r := runKent(t, db, "", "stories")
	// The story's first article is the earliest published (then by ID),
	// whatever order ingest stored them in.
	want := "story 1 · 5 articles · en 4, sv 1 · Lrytas.lt\n  Will Belarusian troops enter war in Ukraine?\n"
	if r.code != 0 || r.stdout != want {
		t.Errorf("stories:\n%s\nwant:\n%s", r.stdout, want)
	}
	var ss []struct {
		ID        int
		Articles  []string
		Languages map[string]int
	}
	if err := json.Unmarshal([]byte(runKent(t, db, "", "stories", "--json").stdout), &ss); err != nil || len(ss) != 1 || len(ss[0].Articles) != 5 || ss[0].Languages["sv"] != 1 {
		t.Errorf("--json: %+v %v", ss, err)
	}
	// A threshold no pair of articles reaches splits them apart.
	if r := runKent(t, db, "", "stories", "--threshold", "0.99"); strings.Count(r.stdout, "story ") < 2 {
		t.Errorf("--threshold 0.99:\n%s", r.stdout)
	}
	// A read-only command never creates a store: a missing one is exit 4.
	if r := runKent(t, filepath.Join(t.TempDir(), "empty.db"), "", "stories"); r.code != 4 || r.stdout != "" || !strings.Contains(r.stderr, "no store at") {
		t.Errorf("missing store: exit %d %q %q", r.code, r.stdout, r.stderr)
	}
}
