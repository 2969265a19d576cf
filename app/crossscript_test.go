package app_test

import (
	"context"
	"testing"

	"github.com/kentnews/kent/app"
)

// One person quoted in English and in Russian is found by either spelling
// of the name, whole or surname alone, and with or without the role the
// article puts before it; another first name finds neither.
func TestSpeakersJoinAcrossScripts(t *testing.T) {
	dir := t.TempDir()
	// Written for this test.
	writeArticles(t, dir, map[string]string{
		"en.txt": "Trump says tariffs will stay\n\nWashington, 3 March 2025. US President Donald Trump said on Monday that the new tariffs on steel would remain in force for at least a year. \"We are not going to back down on this,\" Trump told reporters at the White House.\n",
		"ru.txt": "Трамп пообещал сохранить пошлины\n\nВашингтон, 4 марта 2025 года. Президент США Дональд Трамп заявил в понедельник, что новые пошлины на сталь останутся в силе как минимум год. «Мы не собираемся отступать», — сказал Трамп журналистам в Белом доме.\n",
	})
	ctx := context.Background()
	svc := service(t)
	if rep, err := svc.Ingest(ctx, app.IngestRequest{Paths: []string{dir}, Workers: 1}); err != nil || rep.New != 2 {
		t.Fatalf("ingest: %+v %v", rep, err)
	}
	for _, speaker := range []string{"Трамп", "Trump", "Donald Trump", "Дональд Трамп", "D. Trump"} {
		res, err := svc.Quotes(ctx, app.QuotesRequest{Speaker: speaker})
		if err != nil {
			t.Fatal(err)
		}
		langs := map[string]bool{}
		for _, h := range res.Hits {
			langs[h.Language] = true
		}
		if !langs["en"] || !langs["ru"] {
			t.Errorf("--speaker %q found quotes in %v, want en and ru", speaker, langs)
		}
	}
	for _, other := range []string{"Ivanka Trump", "Иванка Трамп", "Trumpf"} {
		if res, _ := svc.Quotes(ctx, app.QuotesRequest{Speaker: other}); res.Total != 0 {
			t.Errorf("--speaker %q found %d quotes of Donald Trump", other, res.Total)
		}
	}
}
