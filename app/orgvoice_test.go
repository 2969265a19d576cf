package app_test

import (
	"context"
	"testing"

	"github.com/kentnews/kent/app"
	"github.com/kentnews/kent/question"
)

// One institute named in English, German and Russian (the Institute for the
// Study of War, Institut für Kriegsstudien, Институт изучения войны) is one
// holder: one voice in the brief's pooled list, its other articles its
// copies, and `kent quotes`/`kent estimates` find all three by its acronym.
func TestOneInstituteOneVoice(t *testing.T) {
	dir := t.TempDir()
	// Written for this test.
	writeArticles(t, dir, map[string]string{
		"en.txt": "Analysts doubt a swift fall of Kostiantynivka\n\nWashington, 3 March 2026. The Institute for the Study of War said on Monday that Russian forces are unlikely to capture Kostiantynivka this year.\n",
		"de.txt": "Analysten zweifeln an schnellem Fall von Kostiantynivka\n\nWashington, 4. März 2026. Das Institut für Kriegsstudien hält es für unwahrscheinlich, dass russische Truppen Kostiantynivka in diesem Jahr erobern werden.\n",
		"ru.txt": "Аналитики сомневаются в скором падении Константиновки\n\nВашингтон, 5 марта 2026 года. Институт изучения войны считает маловероятным, что российские войска захватят Константиновку в этом году.\n",
	})
	ctx := context.Background()
	svc := service(t)
	res, err := svc.Brief(ctx, app.BriefRequest{Question: question.Question{Text: "Will Russian forces capture Kostiantynivka in 2026?"}, Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	o := res.Outlook
	if o.Holders != 1 || len(o.Contributions) != 1 || len(o.Contributions[0].AlsoIn) != 2 {
		for _, c := range o.Contributions {
			t.Logf("voice %q (%s) also in %v", c.Holder, c.Language, c.AlsoIn)
		}
		t.Fatalf("%d independent holders, %d voices; want the institute once, its two other articles as copies", o.Holders, len(o.Contributions))
	}
	for _, spelling := range []string{"ISW", "Institute for the Study of War", "Институт изучения войны"} {
		res, err := svc.Estimates(ctx, app.EstimatesRequest{Holder: spelling})
		if err != nil {
			t.Fatal(err)
		}
		langs := map[string]bool{}
		for _, h := range res.Hits {
			langs[h.Language] = true
		}
		if len(langs) != 3 {
			t.Errorf("kent estimates --holder %q: judgements in %v, want en, de and ru", spelling, langs)
		}
	}
}

// `kent quotes --speaker EZB` finds the European Central Bank quoted in
// English, German and Russian, by any of its names.
func TestOneBankOneSpeaker(t *testing.T) {
	dir := t.TempDir()
	// Written for this test.
	writeArticles(t, dir, map[string]string{
		"en.txt": "ECB holds rates\n\nFrankfurt, 3 March 2026. \"Rates will stay where they are for now,\" the European Central Bank said in a statement on Thursday.\n",
		"de.txt": "EZB lässt Zinsen unverändert\n\nFrankfurt, 3. März 2026. „Die Zinsen bleiben vorerst, wo sie sind“, teilte die EZB am Donnerstag mit.\n",
		"ru.txt": "ЕЦБ сохранил ставки\n\nФранкфурт, 3 марта 2026 года. «Ставки пока останутся на прежнем уровне», — заявил Европейский центральный банк в четверг.\n",
	})
	ctx := context.Background()
	svc := service(t)
	if rep, err := svc.Ingest(ctx, app.IngestRequest{Paths: []string{dir}, Workers: 1}); err != nil || rep.New != 3 {
		t.Fatalf("ingest: %+v %v", rep, err)
	}
	for _, speaker := range []string{"EZB", "European Central Bank", "ЕЦБ"} {
		res, err := svc.Quotes(ctx, app.QuotesRequest{Speaker: speaker})
		if err != nil {
			t.Fatal(err)
		}
		langs := map[string]bool{}
		for _, h := range res.Hits {
			langs[h.Language] = true
		}
		if len(langs) != 3 {
			t.Errorf("--speaker %q found quotes in %v, want en, de and ru", speaker, langs)
		}
	}
}
