package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/attrib"
)

// Messages the parse leaves out: the clause after the cue's colon or
// comma, a modal passive's subject, a copular noun cue's predicate; and a
// reflexive pronoun is no message. The sentences are written for this test.
func TestSpeechEventFallbackRoles(t *testing.T) {
	cases := []struct{ lang, text, want string }{
		// after a colon: the rest of the sentence, in six languages
		{"de", "Herr Müller, ich frage: Warum kommt der Plan so spät?", "frage | ich | Warum kommt der Plan so spät"},
		{"pl", "Minister zapytał: dlaczego plan jest tak spóźniony?", "zapytał | Minister | dlaczego plan jest tak spóźniony"},
		{"ru", "Министр спросил: почему план так запаздывает?", "спросил | Министр | почему план так запаздывает"},
		{"uk", "Міністр запитав: чому план так запізнюється?", "запитав | Міністр | чому план так запізнюється"},
		{"sv", "Ministern frågade: varför är planen så sen?", "frågade | Ministern | varför är planen så sen"},
		{"pl", "Pan minister powiedział: rozmowy się skończyły.", "powiedział | Pan minister | rozmowy się skończyły"},
		// after a comma, a clause with a finite verb of its own (the
		// parser hangs "das sei …" on the comma)
		{"de", "Sie sagen, das sei eine private Entscheidung der Banken.", "sagen | Sie | das sei eine private Entscheidung der Banken"},
		{"de", "Ich denke, in einem sind wir uns einig.", "denke | Ich | in einem sind wir uns einig"},
		{"sv", "Jag tror, det blir svårt.", "tror | Jag | det blir svårt"},
		// "frage mich": the reflexive is who is asked, the message follows
		{"de", "Ich frage mich: Wo waren Sie bei den Verhandlungen?", "frage | Ich | Wo waren Sie bei den Verhandlungen"},
		// a modal passive's subject is what is said, and no one says it
		{"de", "Diese Änderung ist zu begrüßen.", "begrüßen |  | Diese Änderung"},
		// a noun cue as a copula's subject: the predicate is its message
		{"de", "Die richtige Antwort ist eine Reform der Gesetze.", "Antwort |  | eine Reform der Gesetze"},
	}
	for _, c := range cases {
		got := events(c.lang, c.text, nil)
		found := false
		for _, g := range got {
			found = found || g == c.want
		}
		if !found {
			t.Errorf("%s %q: want %q, got %q", c.lang, c.text, c.want, got)
		}
	}
}

// Quote marks that the quote extractor leaves unpaired are quotations
// still: a low mark closed by a straight one, and a long quote whose
// stanzas each open with the mark. A lone mark pairs with nothing.
func TestQuoteMarkSpans(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{`Er rief: „Kommt alle her, es brennt!" Dann lief er fort.`, []string{`„Kommt alle her, es brennt!"`}},
		{`Sie las vor: „Der Winter kam früh. „Die Felder lagen still. „Dann kam der Frühling.“ Alle schwiegen.`,
			[]string{`„Der Winter kam früh. „Die Felder lagen still. „Dann kam der Frühling.“`}},
		{`„Wir kommen morgen“, sagte sie.`, []string{`„Wir kommen morgen“`}},
		{`Ein „ unpaariges Zeichen bleibt allein.`, nil},
	}
	for _, c := range cases {
		a := &kent.Article{Text: c.text, Language: "de", Paragraphs: []kent.Paragraph{{Span: kent.Span{Start: 0, End: len(c.text)}, Language: "de"}}}
		var got []string
		for _, sp := range attrib.QuoteMarkSpans(a) {
			got = append(got, c.text[sp.Start:sp.End])
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: got %q, want %q", c.text, got[i], c.want[i])
			}
		}
	}
}
