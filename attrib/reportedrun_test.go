package attrib_test

import (
	"strings"
	"testing"

	"github.com/kentnews/kent"
)

// A quote that is a sentence of its own goes on with whoever the sentence
// before it in the paragraph reports.
func TestBareQuoteAfterReportedSpeech(t *testing.T) {
	checkAll(t, []langCase{
		{"en", "Anna Berg said in parliament that the situation was serious. “A cut in June is unlikely.”", want{"Anna Berg", "A cut in June is unlikely", kent.QuoteDirect}},
		{"de", "Anna Berg sagte im Parlament, die Lage sei ernst. „Eine Zinssenkung ist unwahrscheinlich.“", want{"Anna Berg", "Eine Zinssenkung ist unwahrscheinlich", kent.QuoteDirect}},
		{"ru", "Анна Берг заявила в парламенте, что ситуация серьёзная. «Снижение ставки маловероятно».", want{"Анна Берг", "Снижение ставки маловероятно", kent.QuoteDirect}},
		{"pl", "Anna Nowak powiedziała w Sejmie, że sytuacja jest poważna. „Obniżka stóp jest mało prawdopodobna”.", want{"Anna Nowak", "Obniżka stóp jest mało prawdopodobna", kent.QuoteDirect}},
		{"uk", "Анна Коваль заявила в парламенті, що ситуація серйозна. «Зниження ставки малоймовірне».", want{"Анна Коваль", "Зниження ставки малоймовірне", kent.QuoteDirect}},
	})
	// Two speakers in the sentence before: the quote is no one's.
	qs, _ := extractor.Extract(article("en", "Anna Berg said the situation was serious, while Lars Holm said it was not. “A cut in June is unlikely.”"))
	for _, q := range qs {
		if q.Speaker != nil && q.Text == "A cut in June is unlikely." {
			t.Errorf("quote after two speakers given to %s", q.Speaker.Name)
		}
	}
}

// In a verb-second language a sentence may open with a prepositional
// phrase and name its subject after the verb: that person is whom a later
// "er" or "han" stands for.
func TestSubjectAfterAFrontedPhraseIsAntecedent(t *testing.T) {
	check(t, "de", "Im Parlament machte Nikol Paschinjan die Opposition verantwortlich. Er sagte: „Wir werden nicht zurückkehren.“ Paschinjan regiert seit 2018.",
		want{"Nikol Paschinjan", "Wir werden nicht zurückkehren", kent.QuoteDirect})
	check(t, "de", "Der Premier heißt Nikol Paschinjan.\n\nIm Parlament machte Paschinjan die Opposition verantwortlich. „Wir werden nicht zurückkehren“, sagte er.",
		want{"Nikol Paschinjan", "Wir werden nicht zurückkehren", kent.QuoteDirect})
	check(t, "sv", "I riksdagen kritiserade Lars Holm oppositionen. Han sade: ”En sänkning i juni är osannolik.” Holm är ekonom.",
		want{"Lars Holm", "En sänkning i juni är osannolik", kent.QuoteDirect})
	// The article opening the sentence marks its subject: "Die Bank".
	qs, _ := extractor.Extract(article("de", "Die Bank kritisierte Lukas Weber scharf. „Eine Zinswende ist unwahrscheinlich“, sagte er. Weber widersprach."))
	for _, q := range qs {
		if q.Speaker != nil && q.Speaker.Name == "Lukas Weber" {
			t.Errorf("the object after the verb became the antecedent of %q", q.Text)
		}
	}
}

// A date set off after the weekday of a trailing frame ("on Wednesday,
// June 12.") belongs to the frame: the content is the clause before it,
// not the whole sentence.
func TestDateAfterTheWeekdayOfATrailingFrame(t *testing.T) {
	for lang, text := range map[string]string{
		"en": "Armenia will leave the alliance, Nikol Pashinyan told parliament on Wednesday, June 12.",
		"de": "Armenien werde das Bündnis verlassen, sagte Nikol Paschinjan im Parlament am Mittwoch, 12. Juni.",
	} {
		qs, _ := extractor.Extract(article(lang, text))
		ok := false
		for _, q := range qs {
			if q.Speaker != nil && strings.Contains(q.Speaker.Name, "Pa") && (q.Text == "Armenia will leave the alliance" || q.Text == "Armenien werde das Bündnis verlassen") {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%s: the content runs over the frame's date: %s", lang, dump(qs))
		}
	}
}

// A trailing frame with a title and an addressee ("…, Prime Minister X
// told parliament on Wednesday, June 12, without naming any date.")
// reports the clause before it.
func TestTrailingFrameWithTitleAndAddressee(t *testing.T) {
	check(t, "en", "Armenia will leave the alliance, Prime Minister Nikol Pashinyan told parliament on Wednesday, June 12, without naming any date.",
		want{"Nikol Pashinyan", "Armenia will leave the alliance", kent.QuoteIndirect})
}
