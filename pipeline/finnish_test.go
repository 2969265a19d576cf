package pipeline

import (
	"os"
	"strings"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/ingest"
)

// Finnish was added as data (a lexicon file, lingua's model, place and
// organisation names): an article in it is detected as Finnish, its quotes
// have their speakers, its judgements their holders and bands, and the
// case forms of one name ("Virtanen", "Virtasen") are one person. Finnish
// has no syntax model, so every stage reads surface patterns. The fixture
// is invented (testdata/fi_korot.txt).
func TestFinnishArticle(t *testing.T) {
	text, err := os.ReadFile("testdata/fi_korot.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := testProc(t).Process(ingest.Doc{Source: "fi_korot.txt", Format: kent.FormatText, Text: string(text)})
	if err != nil {
		t.Fatal(err)
	}
	if a.Language != "fi" {
		t.Fatalf("language %q, want fi", a.Language)
	}
	speakers := map[string]string{} // quote start -> speaker
	for _, q := range a.Quotes {
		if q.Speaker != nil {
			speakers[q.Text] = q.Speaker.Name
		}
	}
	for start, want := range map[string]string{
		"Pidän epätodennäköisenä":            "Anna Virtanen", // "…", sanoo X
		"inflaatio hidastuu syksyllä":        "Virtasen",      // X:n mukaan
		"Palkat nousevat nopeasti":           "Lehtonen",      // – …, X sanoi
		"EKP nostaa korkoja todennäköisesti": "Lehtosen",      // X:n arvion mukaan
	} {
		found := false
		for text, sp := range speakers {
			if strings.HasPrefix(text, start) || strings.Contains(text, start) {
				found = true
				if !strings.Contains(sp, want) {
					t.Errorf("quote %q: speaker %q, want %q", start, sp, want)
				}
			}
		}
		if !found {
			t.Errorf("no attributed quote %q (quotes: %v)", start, speakers)
		}
	}
	type got struct{ holder, band string }
	judged := map[string]got{}
	for _, j := range a.Judgements {
		h := ""
		if j.Holder != nil {
			h = j.Holder.Name
		}
		judged[j.Cue] = got{h, j.Band}
	}
	for cue, want := range map[string]got{
		"epätodennäköisenä": {"Anna Virtanen", "unlikely"},
		"todennäköisesti":   {"Lehtosen", "likely"},
		"30 prosenttia":     {"Liisa Mäkinen", "unlikely"},
		"tuskin":            {"Mäkisen", "unlikely"},
	} {
		g, ok := judged[cue]
		if !ok {
			t.Errorf("no judgement at %q (%v)", cue, judged)
			continue
		}
		if !strings.Contains(g.holder, want.holder) || g.band != want.band {
			t.Errorf("%q: held by %q, band %s; want %q, %s", cue, g.holder, g.band, want.holder, want.band)
		}
	}
	// One key per person whatever the case: Virtanen/Virtasen,
	// Lehtonen/Lehtosen, Mäkinen/Mäkisen; EKP is the ECB, not a person.
	keys := map[string]map[string]bool{}
	for _, m := range a.Mentions {
		for _, sur := range []string{"Virta", "Lehto", "Mäki"} {
			if m.Kind == kent.SpeakerPerson && (strings.HasPrefix(m.Text, sur) || strings.Contains(m.Text, " "+sur)) {
				if keys[sur] == nil {
					keys[sur] = map[string]bool{}
				}
				keys[sur][m.Key] = true
			}
		}
		if m.Text == "EKP" && m.Kind == kent.SpeakerPerson {
			t.Errorf("EKP read as a person")
		}
	}
	for sur, ks := range keys {
		if len(ks) != 1 {
			t.Errorf("%s…: %d keys %v, want one", sur, len(ks), ks)
		}
	}
	if len(keys) != 3 {
		t.Errorf("people found: %v, want Virtanen, Lehtonen, Mäkinen", keys)
	}
	// A holder named in the genitive ("Mäkisen mukaan") is keyed by the
	// base form, as the same person named in full.
	holderKeys := map[string]kent.NameKey{}
	for _, j := range a.Judgements {
		if j.Holder != nil {
			holderKeys[j.Holder.Name] = j.Holder.Key
		}
	}
	if k1, k2 := holderKeys["Mäkisen"], holderKeys["Liisa Mäkinen"]; k1.Surname == "" || k1.Surname != k2.Surname {
		t.Errorf("Mäkisen keyed %+v, Liisa Mäkinen %+v", k1, k2)
	}
}

// "ettei" is "että" (that) and "ei" (not) in one word: the clause it opens
// is negated, in the judgement's proposition and in the reported words.
func TestFinnishNegatingComplementizer(t *testing.T) {
	text := "Korot ja hallitus\n\nEkonomisti Anna Virtanen pitää epätodennäköisenä, ettei EKP nosta korkoja heinäkuussa.\n\nPääministeri Petteri Orpo kertoi tiistaina, ettei hän aio erota.\n"
	a, err := testProc(t).Process(ingest.Doc{Source: "ettei.txt", Format: kent.FormatText, Text: text})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, j := range a.Judgements {
		if j.Cue == "epätodennäköisenä" {
			found = true
			if !j.Proposition.Negated || j.Band != "unlikely" || !strings.Contains(j.Proposition.Text, "nosta korkoja") {
				t.Errorf("judgement %s on %q negated %v; want unlikely on a negated raise", j.Band, j.Proposition.Text, j.Proposition.Negated)
			}
		}
	}
	if !found {
		t.Error("no judgement at «epätodennäköisenä»")
	}
	for _, q := range a.Quotes {
		if strings.Contains(q.Text, "aio erota") && !strings.HasPrefix(q.Text, "ettei") {
			t.Errorf("reported words %q lose their negation", q.Text)
		}
	}
}
