package names

import (
	"iter"
	"slices"
	"strings"
	"testing"

	"github.com/kentnews/kent"
)

func rowsOf(rs ...kent.MentionRow) iter.Seq2[kent.MentionRow, error] {
	return func(yield func(kent.MentionRow, error) bool) {
		for _, r := range rs {
			if !yield(r, nil) {
				return
			}
		}
	}
}

// Rows a store wrote under older keys — before cross-script, East Asian and
// organisation-list keys, or with an ending left on — join today's rows:
// one Lukashenko in pl, be, ru, sv, en and de, one Xi, one ECB; Kim Yo Jong
// stays apart from her brother.
func TestEntitiesRekeyStoredRows(t *testing.T) {
	row := func(id, lang, kind, key, text, name string) kent.MentionRow {
		return kent.MentionRow{ArticleID: id, Language: lang, Kind: kind, Key: key, Text: text, Name: name, Count: 1}
	}
	es, err := Entities(rowsOf(
		row("a1", "en", "person", "person:a lukashenko", "Alexander Lukashenko", "Alexander Lukashenko"),
		row("a2", "pl", "person", "person:lukaszenki", "Łukaszenki", "Łukaszenki"), // stored before the ending was known
		row("a2", "pl", "person", "person:a lkshnko", "Aleksandra Łukaszenki", "Aleksander Łukaszenka"),
		row("a3", "be", "person", "person:a lukashenka", "Лукашэнкі", "Аляксандр Лукашэнка"),
		row("a4", "ru", "person", "person:a lukashenko", "Лукашенко", "Александр Лукашенко"),
		row("a5", "sv", "person", "person:lukasjenkos", "Lukasjenkos", "Lukasjenko"),
		row("a6", "de", "person", "person:a lukaschenko", "Lukaschenkos", "Alexander Lukaschenko"),
		row("a7", "en", "person", "person:x yinping", "Xi Jinping", "Xi Jinping"),
		row("a8", "ru", "person", "person:s czinpin", "Си Цзиньпина", "Си Цзиньпин"),
		row("a7", "en", "person", "person:ksi", "Xi", "Xi"),
		row("a7", "en", "person", "person:k yong un", "Kim Jong Un", "Kim Jong Un"),
		row("a9", "uk", "person", "person:k yo chzhon", "Кім Йо Чжон", "Kim Yo Jong"),
		row("a1", "de", "organisation", "org:ezb", "EZB", "EZB"),
		row("a4", "en", "organisation", "org:european central bank", "the European Central Bank", "European Central Bank"),
		row("a4", "ru", "place", "place:BY", "Беларуси", "Беларусь"),
	))
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]kent.Entity{} // by every spelling
	for _, e := range es {
		for _, v := range e.Variants {
			byName[v] = e
		}
	}
	luka := es[0]
	if luka.Articles != 6 || !slices.Contains(luka.Variants, "Łukaszenki") || !slices.Contains(luka.Variants, "Lukasjenkos") || strings.Join(luka.Languages, " ") != "be de en pl ru sv" {
		t.Errorf("one Lukashenko with every form: %+v", luka)
	}
	if xi := byName["Xi Jinping"]; xi.Articles != 2 || xi.Mentions != 3 || strings.Join(xi.Languages, " ") != "en ru" {
		t.Errorf("one Xi Jinping in both scripts: %+v (all: %+v)", xi, es)
	}
	if kim := byName["Kim Jong Un"]; kim.Articles != 1 || kim.Mentions != 1 {
		t.Errorf("Kim Jong Un merged with his sister: %+v", kim)
	}
	if ecb := byName["EZB"]; ecb.Key != "org:ECB" || ecb.Mentions != 2 {
		t.Errorf("one ECB: %+v", ecb)
	}
	if len(es) != 6 {
		t.Errorf("%d entities, want 6 (Lukashenko, Xi, Kim Jong Un, Kim Yo Jong, ECB, Belarus): %+v", len(es), es)
	}
}
