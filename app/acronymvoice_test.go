package app_test

import (
	"context"
	"testing"

	"github.com/kentnews/kent/app"
	"github.com/kentnews/kent/question"
)

// An institute Kent's organisation list does not know, introduced under
// its English, Ukrainian and Polish names with its acronym in parentheses
// and named by the acronym alone in German and Russian, is one holder: one
// voice in the brief, shown by its spelled-out name, the other four
// articles its copies.
func TestUnlistedInstituteByItsAcronymOneVoice(t *testing.T) {
	dir := t.TempDir()
	// Written for this test: the institute is invented.
	writeArticles(t, dir, map[string]string{
		"en.txt": "Nordic centre on the German economy\n\nOslo, 3 March 2026. The Nordic Centre for Fiscal Research (NCFR) said on Monday that a recession in Germany this year is unlikely.\n",
		"uk.txt": "Центр про економіку Німеччини\n\nОсло, 4 березня 2026 року. Північний центр фіскальних досліджень (NCFR) вважає, що рецесія в Німеччині цього року малоймовірна.\n",
		"pl.txt": "Ośrodek o gospodarce Niemiec\n\nOslo, 5 marca 2026. Nordycki Ośrodek Badań Fiskalnych (NCFR) uważa, że recesja w Niemczech w tym roku jest mało prawdopodobna.\n",
		"de.txt": "NCFR zur deutschen Wirtschaft\n\nOslo, 6. März 2026. Das NCFR hält eine Rezession in Deutschland in diesem Jahr für unwahrscheinlich.\n",
		"ru.txt": "NCFR о немецкой экономике\n\nОсло, 7 марта 2026 года. Эксперты NCFR считают, что рецессия в Германии в этом году маловероятна.\n",
	})
	res, err := service(t).Brief(context.Background(), app.BriefRequest{Question: question.Question{Text: "Will Germany enter a recession in 2026?"}, Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	o := res.Outlook
	if o.Holders != 1 || len(o.Contributions) != 1 || len(o.Contributions[0].AlsoIn) != 4 {
		for _, c := range o.Contributions {
			t.Logf("voice %q (%s) also in %v", c.Holder, c.Language, c.AlsoIn)
		}
		t.Fatalf("%d independent holders, %d voices; want the institute once, its four other articles as copies", o.Holders, len(o.Contributions))
	}
	if h := o.Contributions[0].Holder; h != "Nordic Centre for Fiscal Research" {
		t.Errorf("the voice is shown as %q, want the institute's spelled-out name", h)
	}
}
