package app_test

import (
	"context"
	"testing"

	"github.com/kentnews/kent/app"
	"github.com/kentnews/kent/question"
)

// A title that names only the event ("Rate rise in April?") leaves whose
// event it is to the lead: a judgement whose own sentence names no central
// bank is pooled when the article's first paragraph names the question's,
// both from the files just ingested and from the store afterwards.
func TestLeadNamesTheSubject(t *testing.T) {
	dir := t.TempDir()
	// Written for this test: the judgement sentences name no bank.
	files := map[string]string{
		"en.txt": "Rate rise in April?\n\nThe Bank of Japan meets next week under pressure from wages.\n\nA rate rise in April is very likely, said the economist Anna Berg.\n",
		"de.txt": "Zinswende im April?\n\nDie Bank of Japan tagt in der kommenden Woche.\n\nEine Zinserhöhung im April sei sehr wahrscheinlich, sagte der Ökonom Kenji Sato.\n",
		"pl.txt": "Podwyżka stóp w kwietniu?\n\nBank Japonii zbierze się w przyszłym tygodniu.\n\nPodwyżka stóp w kwietniu jest bardzo prawdopodobna – powiedział ekonomista Jan Nowak.\n",
		"sv.txt": "Räntehöjning i april?\n\nBank of Japan sammanträder nästa vecka.\n\nEn räntehöjning i april är mycket sannolik, säger ekonomen Eva Lind.\n",
		"ru.txt": "Повышение ставки в апреле?\n\nБанк Японии соберётся на следующей неделе.\n\nПовышение ставки в апреле весьма вероятно, сказал экономист Иван Петров.\n",
		"uk.txt": "Підвищення ставки у квітні?\n\nБанк Японії збереться наступного тижня.\n\nПідвищення ставки у квітні дуже ймовірне, сказав економіст Олег Коваль.\n",
	}
	writeArticles(t, dir, files)
	ctx := context.Background()
	svc := service(t)
	q := question.Question{Text: "Will the Bank of Japan raise its policy rate by April 2024?"}
	fresh, err := svc.Brief(ctx, app.BriefRequest{Question: q, Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	stored, err := svc.Brief(ctx, app.BriefRequest{Question: q})
	if err != nil {
		t.Fatal(err)
	}
	for name, res := range map[string]app.BriefResult{"the files": fresh, "the store": stored} {
		langs := map[string]bool{}
		for _, c := range res.Outlook.Contributions {
			langs[c.Language] = true
		}
		if len(langs) < 5 {
			for _, c := range res.Outlook.SetAside {
				t.Logf("set aside (%s): %q: %s", c.Language, c.Words, c.Reason)
			}
			t.Errorf("brief of %s pooled judgements in %v; want the lead to say whose event it is in most of %d languages", name, langs, len(files))
		}
	}
}
