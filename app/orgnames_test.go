package app_test

import (
	"context"
	"testing"

	"github.com/kentnews/kent/app"
	"github.com/kentnews/kent/question"
)

// One institute under three names in three languages — its English name,
// its Polish name with its seat ("w Kilonii"), its Ukrainian name with the
// city as an adjective — is one holder: one voice in the brief, its other
// articles its copies.
func TestOneInstituteUnderThreeNamesOneVoice(t *testing.T) {
	dir := t.TempDir()
	// Written for this test.
	writeArticles(t, dir, map[string]string{
		"en.txt": "Kiel institute on the German economy\n\nKiel, 3 March 2026. The Kiel Institute for the World Economy said on Monday that a recession in Germany this year is unlikely.\n",
		"pl.txt": "Instytut z Kilonii o gospodarce Niemiec\n\nKilonia, 4 marca 2026. Instytut Gospodarki Światowej w Kilonii uważa, że recesja w Niemczech w tym roku jest mało prawdopodobna.\n",
		"uk.txt": "Інститут з Кіля про економіку Німеччини\n\nКіль, 5 березня 2026 року. Кільський інститут світової економіки вважає, що рецесія в Німеччині цього року малоймовірна.\n",
	})
	res, err := service(t).Brief(context.Background(), app.BriefRequest{Question: question.Question{Text: "Will Germany enter a recession in 2026?"}, Paths: []string{dir}})
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
}
