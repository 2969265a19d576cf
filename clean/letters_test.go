package clean

import "testing"

// A short paragraph the detector reads as a neighbouring language keeps
// the article's language when it is written with letters that language
// lacks: "Об этом заявил политолог Александр Рар." has э, which Ukrainian
// does not write, so it stays Russian (and its frame keeps its speaker).
func TestShortBlockKeepsArticleLettersLanguage(t *testing.T) {
	r := testCleaner(t).Clean(Input{Language: "ru", Text: "Канцлер Олаф Шольц может лишиться своего поста после распада правящей коалиции, в которую входили три партии.\n\nОб этом заявил политолог Александр Рар."})
	n := 0
	for _, b := range r.Blocks {
		if b.Kind != "body" {
			continue
		}
		n++
		if b.Language != "ru" {
			t.Errorf("block %q read as %q, want ru", b.Text, b.Language)
		}
	}
	if n != 2 {
		t.Errorf("%d body blocks, want 2: %+v", n, r.Blocks)
	}
}
