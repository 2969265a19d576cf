package segment

import (
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

func split(t *testing.T, lang, text string) []string {
	t.Helper()
	s := New(lexicon.MustDefault())
	var out []string
	for _, sen := range s.Sentences(text, kent.Span{Start: 0, End: len(text)}, lang) {
		out = append(out, text[sen.Start:sen.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	cases := []struct {
		lang, text string
		want       []string
	}{
		{"en", "Mr. Smith went to Washington. He said “No need.” Then he left.",
			[]string{"Mr. Smith went to Washington.", "He said “No need.”", "Then he left."}},
		{"en", "“The Russians need corpses,” he said. “You really need manpower.”",
			[]string{"“The Russians need corpses,” he said.", "“You really need manpower.”"}},
		{"en", "So the idea of filling with Belarusians. . . would actually make sense. Others are skeptical.",
			[]string{"So the idea of filling with Belarusians. . . would actually make sense.", "Others are skeptical."}},
		{"en", "The U.S. official, Gen. Milley, spoke at 1:52 p.m. on Monday. Prices rose 3.5 percent.",
			[]string{"The U.S. official, Gen. Milley, spoke at 1:52 p.m. on Monday.", "Prices rose 3.5 percent."}},
		{"lt", "A. Goštauto g. 12A, LT-01108, Vilnius. Kitas sakinys.",
			[]string{"A. Goštauto g. 12A, LT-01108, Vilnius.", "Kitas sakinys."}},
		{"sv", "Det var bl.a. ISW som skrev det. Hedenskog höll med.",
			[]string{"Det var bl.a. ISW som skrev det.", "Hedenskog höll med."}},
		{"de", "Das Treffen fand am 14. April statt. Es ging u.a. um Truppen, z. B. Panzer. Was nun?",
			[]string{"Das Treffen fand am 14. April statt.", "Es ging u.a. um Truppen, z. B. Panzer.", "Was nun?"}},
		// A surname that is also a month's abbreviation ends a sentence;
		// after a day the abbreviation does not.
		{"pl", "To mało prawdopodobne – uważa ekspert Adam Lis. Że Pjongjang przystąpi do wojny, wydaje się wątpliwe.",
			[]string{"To mało prawdopodobne – uważa ekspert Adam Lis.", "Że Pjongjang przystąpi do wojny, wydaje się wątpliwe."}},
		{"pl", "Spotkanie odbyło się 15 Lis. Warszawa przyjęła gości.",
			[]string{"Spotkanie odbyło się 15 Lis. Warszawa przyjęła gości."}},
		// Before a day, too: the US order of a date.
		{"en", "Trump said he may put tariffs on Canada on Feb. 1, not on his first day. Talks went on.",
			[]string{"Trump said he may put tariffs on Canada on Feb. 1, not on his first day.", "Talks went on."}},
		{"pl", "Prof. Kowalski, m.in. ekspert, powiedział to w 2022 r. w Warszawie. Dodał: nie.",
			[]string{"Prof. Kowalski, m.in. ekspert, powiedział to w 2022 r. w Warszawie.", "Dodał: nie."}},
		{"ru", "По словам проф. Иванова, т.е. эксперта, это маловероятно. Он добавил, что войска не пойдут!",
			[]string{"По словам проф. Иванова, т.е. эксперта, это маловероятно.", "Он добавил, что войска не пойдут!"}},
		{"uk", "Це сказав ген. Залужний. «Ми готові», — додав він.",
			[]string{"Це сказав ген. Залужний.", "«Ми готові», — додав він."}},
		{"sv", "– Det är en relation. Putin bestämmer, säger Jakob Hedenskog.",
			[]string{"– Det är en relation.", "Putin bestämmer, säger Jakob Hedenskog."}},
	}
	for _, c := range cases {
		got := split(t, c.lang, c.text)
		if len(got) != len(c.want) {
			t.Errorf("%s %q:\n got %q\nwant %q", c.lang, c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s %q:\n got %q\nwant %q", c.lang, c.text, got, c.want)
				break
			}
		}
	}
}

func TestParagraphsKeepOffsets(t *testing.T) {
	text := "First para.\n\n  Second para.  \n\n\n\nThird."
	ps := Paragraphs(text)
	want := []string{"First para.", "Second para.", "Third."}
	if len(ps) != len(want) {
		t.Fatalf("got %d paragraphs", len(ps))
	}
	for i, p := range ps {
		if text[p.Start:p.End] != want[i] {
			t.Errorf("paragraph %d = %q", i, text[p.Start:p.End])
		}
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("Mr. A. B. said “x. y.” . . . Z?! «Q»")
	f.Add("…")
	s := New(lexicon.MustDefault())
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, sen := range s.Sentences(text, kent.Span{Start: 0, End: len(text)}, "en") {
			if sen.Start < last || sen.End > len(text) || sen.Start >= sen.End {
				t.Fatalf("bad span %+v after %d in %q", sen, last, text)
			}
			last = sen.End
		}
	})
}
