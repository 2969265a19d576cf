package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
)

// A store written before cross-script keys (migrations 001–008) opens, and
// its speakers and holders are found by the other script's spelling
// afterwards: "Трамп" finds "Donald Trump", "Lukashenko" finds "Лукашенко".
func TestStoreFromBeforeCrossScriptKeysIsRekeyed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, mustExec := oldStore(t, path, 8)
	mustExec(`INSERT INTO articles (id, text_hash, source, format, text, paragraphs, blocks, ingested_at) VALUES ('a1', 'h1', 'old.txt', 'text', 'x', '[]', '[]', '2022-01-01T00:00:00Z')`)
	mustExec(`INSERT INTO quotes (article_id, idx, kind, text, span_start, span_end, speaker, speaker_surname, speaker_initial, speaker_json, sentence)
		VALUES ('a1', 0, 'direct', 'it', 0, 2, 'Donald Trump', 'trump', 'd', '{"name":"Donald Trump","kind":"person","mention":"Trump","mention_span":{"start":0,"end":0}}', 0),
		       ('a1', 1, 'direct', 'so', 0, 2, 'Olaf Scholz', 'sholc', 'o', '{"name":"Olaf Scholz","kind":"person","mention":"Scholz","mention_span":{"start":0,"end":0}}', 0)`)
	mustExec(`INSERT INTO judgements (article_id, idx, cue, value, holder, holder_surname, holder_initial, json)
		VALUES ('a1', 0, 'маловероятно', 0.2, 'Александр Лукашенко', 'lukashenko', 'a', '{"cue":"маловероятно","holder":{"name":"Александр Лукашенко","kind":"person","mention":"","mention_span":{"start":0,"end":0}}}')`)
	db.Close()

	s := openAt(t, path)
	ctx := context.Background()
	qs, total, err := s.Quotes(ctx, kent.QuoteQuery{Speaker: names.SpeakerKey("Трамп")})
	if err != nil || total != 1 || qs[0].Speaker.Name != "Donald Trump" {
		t.Fatalf("Трамп after migration: %d quotes, %v", total, err)
	}
	if qs[0].Speaker.Key != names.SpeakerKey("Donald Trump") {
		t.Errorf("re-keyed %+v, a new row keys %+v", qs[0].Speaker.Key, names.SpeakerKey("Donald Trump"))
	}
	if _, total, _ := s.Quotes(ctx, kent.QuoteQuery{Speaker: names.SpeakerKey("Шольц")}); total != 1 {
		t.Errorf("Шольц found %d quotes, want Olaf Scholz's", total)
	}
	if _, total, _ := s.Quotes(ctx, kent.QuoteQuery{Speaker: names.SpeakerKey("Martin Schulz")}); total != 0 {
		t.Errorf("Schulz (one script, another name) found %d quotes", total)
	}
	js, total, err := s.Judgements(ctx, kent.JudgementQuery{Holder: names.SpeakerKey("Lukashenko")})
	if err != nil || total != 1 || js[0].Holder.Key != names.SpeakerKey("Александр Лукашенко") {
		t.Errorf("Lukashenko after migration: %+v %v", js, err)
	}
}

// A store written before keys told Cyrillic orthographies apart
// (migrations 001–011) opens, and a Belarusian speaker is found by the
// Russian spelling afterwards: "Некляев" finds "Уладзімір Някляеў".
func TestStoreFromBeforeOrthographyIsRekeyed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, mustExec := oldStore(t, path, 11)
	mustExec(`INSERT INTO articles (id, text_hash, source, format, text, paragraphs, blocks, ingested_at) VALUES ('a1', 'h1', 'old.txt', 'text', 'x', '[]', '[]', '2022-01-01T00:00:00Z')`)
	old := names.SpeakerKey("Уладзімір Някляеў")
	mustExec(`INSERT INTO quotes (article_id, idx, kind, text, span_start, span_end, speaker, speaker_surname, speaker_initial, speaker_skeleton, speaker_cyrillic, speaker_json, sentence)
		VALUES ('a1', 0, 'direct', 'it', 0, 2, 'Уладзімір Някляеў', ?, ?, ?, 1, '{"name":"Уладзімір Някляеў","kind":"person","mention":"Някляеў","mention_span":{"start":0,"end":0}}', 0)`, old.Surname, old.Initial, old.Skeleton)
	db.Close()

	s := openAt(t, path)
	qs, total, err := s.Quotes(context.Background(), kent.QuoteQuery{Speaker: names.SpeakerKey("Владимир Некляев")})
	if err != nil || total != 1 {
		t.Fatalf("Некляев after migration: %d quotes, %v", total, err)
	}
	if qs[0].Speaker.Key != old {
		t.Errorf("re-keyed %+v, a new row keys %+v", qs[0].Speaker.Key, old)
	}
}

// A store written before skeletons read a Turkish c as дж and an initial
// ye as е (migrations 001–012) opens, and its speakers are found by the
// Russian spelling afterwards: "Индже" finds "Muharrem İnce", "Ермак"
// finds "Andriy Yermak".
func TestStoreFromBeforeTurkicSkeletonsIsRekeyed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, mustExec := oldStore(t, path, 12)
	mustExec(`INSERT INTO articles (id, text_hash, source, format, text, paragraphs, blocks, ingested_at) VALUES ('a1', 'h1', 'old.txt', 'text', 'x', '[]', '[]', '2022-01-01T00:00:00Z')`)
	// The keys migration 012 left: the skeletons of the keys as they were.
	mustExec(`INSERT INTO quotes (article_id, idx, kind, text, span_start, span_end, speaker, speaker_surname, speaker_initial, speaker_skeleton, speaker_cyrillic, speaker_json, sentence)
		VALUES ('a1', 0, 'direct', 'it', 0, 2, 'Muharrem İnce', 'ince', 'm', 'inc', 0, '{"name":"Muharrem İnce","kind":"person","mention":"İnce","mention_span":{"start":0,"end":0}}', 0),
		       ('a1', 1, 'direct', 'so', 0, 2, 'Andriy Yermak', 'yermak', 'a', 'yrmk', 0, '{"name":"Andriy Yermak","kind":"person","mention":"Yermak","mention_span":{"start":0,"end":0}}', 0),
		       ('a1', 2, 'direct', 'no', 0, 2, 'Joe Biden', 'biden', 'y', 'bdn', 0, '{"name":"Joe Biden","kind":"person","mention":"Biden","mention_span":{"start":0,"end":0}}', 0),
		       ('a1', 3, 'direct', 'yes', 0, 2, 'Jill Biden', 'biden', 'y', 'bdn', 0, '{"name":"Jill Biden","kind":"person","mention":"Biden","mention_span":{"start":0,"end":0}}', 0)`)
	mustExec(`INSERT INTO judgements (article_id, idx, cue, value, holder, holder_surname, holder_initial, holder_skeleton, holder_cyrillic, keys, json)
		VALUES ('a1', 0, 'unlikely', 0.2, 'Muharrem İnce', 'ince', 'm', 'inc', 0, '["n:nc"]', '{"cue":"unlikely","holder":{"name":"Muharrem İnce","kind":"person","mention":"","mention_span":{"start":0,"end":0}}}')`)
	db.Close()

	s := openAt(t, path)
	ctx := context.Background()
	for _, c := range []struct{ asked, want string }{{"Мухаррем Индже", "Muharrem İnce"}, {"Андрей Ермак", "Andriy Yermak"}} {
		qs, total, err := s.Quotes(ctx, kent.QuoteQuery{Speaker: names.SpeakerKey(c.asked)})
		if err != nil || total != 1 || qs[0].Speaker.Name != c.want {
			t.Fatalf("%s after migration: %d quotes, %v", c.asked, total, err)
		}
		if qs[0].Speaker.Key != names.SpeakerKey(c.want) {
			t.Errorf("re-keyed %+v, a new row keys %+v", qs[0].Speaker.Key, names.SpeakerKey(c.want))
		}
	}
	// Joe and Jill Biden, one key before, are two people after; an
	// initial alone or the surname finds both.
	for _, c := range []struct {
		asked string
		want  []string
	}{{"Джилл Байден", []string{"Jill Biden"}}, {"Joe Biden", []string{"Joe Biden"}}, {"J. Biden", []string{"Joe Biden", "Jill Biden"}}, {"Biden", []string{"Joe Biden", "Jill Biden"}}} {
		qs, _, err := s.Quotes(ctx, kent.QuoteQuery{Speaker: names.SpeakerKey(c.asked)})
		var got []string
		for _, q := range qs {
			got = append(got, q.Speaker.Name)
		}
		if err != nil || strings.Join(got, ", ") != strings.Join(c.want, ", ") {
			t.Errorf("%s after migration: %v (%v), want %v", c.asked, got, err, c.want)
		}
	}
	js, total, err := s.Judgements(ctx, kent.JudgementQuery{Holder: names.SpeakerKey("Индже")})
	if err != nil || total != 1 {
		t.Errorf("Индже's judgements after migration: %+v %v", js, err)
	}
}

// A store written before skeletons read French names' silent endings and
// given names as Cyrillic spells them (migrations 001–015) opens, and its
// speakers are found by the Russian and Ukrainian spellings afterwards:
// "Мишель Барнье" finds "Michel Barnier", "Барньє" too, "Жан-Жак Руссо"
// finds "Jean-Jacques Rousseau".
func TestStoreFromBeforeFrenchSkeletonsIsRekeyed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, mustExec := oldStore(t, path, 15)
	mustExec(`INSERT INTO articles (id, text_hash, source, format, text, paragraphs, blocks, ingested_at) VALUES ('a1', 'h1', 'old.txt', 'text', 'x', '[]', '[]', '2022-01-01T00:00:00Z')`)
	// The keys migration 015 left: the skeletons and codes as they were.
	mustExec(`INSERT INTO quotes (article_id, idx, kind, text, span_start, span_end, speaker, speaker_surname, speaker_initial, speaker_skeleton, speaker_cyrillic, speaker_json, sentence)
		VALUES ('a1', 0, 'direct', 'it', 0, 2, 'Michel Barnier', 'barnier', 'mk', 'brnr', 0, '{"name":"Michel Barnier","kind":"person","mention":"Barnier","mention_span":{"start":0,"end":0}}', 0),
		       ('a1', 1, 'direct', 'so', 0, 2, 'Jean-Jacques Rousseau', 'ruseau', 'yn', 'rso', 0, '{"name":"Jean-Jacques Rousseau","kind":"person","mention":"Rousseau","mention_span":{"start":0,"end":0}}', 0)`)
	db.Close()

	s := openAt(t, path)
	ctx := context.Background()
	for _, c := range []struct{ asked, want string }{{"Мишель Барнье", "Michel Barnier"}, {"Барньє", "Michel Barnier"}, {"Жан-Жак Руссо", "Jean-Jacques Rousseau"}} {
		qs, total, err := s.Quotes(ctx, kent.QuoteQuery{Speaker: names.SpeakerKey(c.asked)})
		if err != nil || total != 1 || qs[0].Speaker.Name != c.want {
			t.Fatalf("%s after migration: %d quotes, %v", c.asked, total, err)
		}
		if qs[0].Speaker.Key != names.SpeakerKey(c.want) {
			t.Errorf("re-keyed %+v, a new row keys %+v", qs[0].Speaker.Key, names.SpeakerKey(c.want))
		}
	}
}

// A store written before keys dropped a Latin spelling's silent h
// (migrations 001–017) opens, and its speakers are found by the Cyrillic
// spelling afterwards: "Олланд" finds "François Hollande", "Идальго"
// finds "Anne Hidalgo".
func TestStoreFromBeforeSilentHIsRekeyed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, mustExec := oldStore(t, path, 17)
	mustExec(`INSERT INTO articles (id, text_hash, source, format, text, paragraphs, blocks, ingested_at) VALUES ('a1', 'h1', 'old.txt', 'text', 'x', '[]', '[]', '2022-01-01T00:00:00Z')`)
	// Keys as migration 017 left them: the h still in the skeleton.
	mustExec(`INSERT INTO quotes (article_id, idx, kind, text, span_start, span_end, speaker, speaker_surname, speaker_initial, speaker_skeleton, speaker_cyrillic, speaker_json, sentence)
		VALUES ('a1', 0, 'direct', 'it', 0, 2, 'François Hollande', 'hollande', 'fr', 'hlnd', 0, '{"name":"François Hollande","kind":"person","mention":"Hollande","mention_span":{"start":0,"end":0}}', 0),
		       ('a1', 1, 'direct', 'so', 0, 2, 'Anne Hidalgo', 'hidalgo', 'an', 'hdlg', 0, '{"name":"Anne Hidalgo","kind":"person","mention":"Hidalgo","mention_span":{"start":0,"end":0}}', 0)`)
	db.Close()

	s := openAt(t, path)
	ctx := context.Background()
	for _, c := range []struct{ asked, want string }{{"Франсуа Олланд", "François Hollande"}, {"Анн Идальго", "Anne Hidalgo"}} {
		qs, total, err := s.Quotes(ctx, kent.QuoteQuery{Speaker: names.SpeakerKey(c.asked)})
		if err != nil || total != 1 || qs[0].Speaker.Name != c.want {
			t.Fatalf("%s after migration: %d quotes, %v", c.asked, total, err)
		}
		// The stored surname (the base form the names stage chose) stays;
		// the skeleton the Cyrillic spelling shares is the new one.
		if got, want := qs[0].Speaker.Key, names.SpeakerKey(c.want); got.Skeleton != want.Skeleton || got.Initial != want.Initial {
			t.Errorf("re-keyed %+v, a new row keys %+v", got, want)
		}
	}
}
