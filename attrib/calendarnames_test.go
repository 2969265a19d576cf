package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// A given name that is also a month or its abbreviation ("Jan", "April")
// before a surname, and a surname that abbreviates a month after a given
// name ("Lis", Polish listopad), are part of the speaker's name; a month
// before a day or after "said" is still a date.
func TestMonthWordsInNames(t *testing.T) {
	check(t, "pl", "„Podwyżka stóp jest bardzo prawdopodobna” – powiedział ekonomista Jan Nowak.\n\n„Spadek jest możliwy” – powiedziała analityczka Anna Lis.",
		want{"Jan Nowak", "Podwyżka stóp", kent.QuoteDirect},
		want{"Anna Lis", "Spadek jest możliwy", kent.QuoteDirect})
	check(t, "de", "„Eine Zinserhöhung ist sehr wahrscheinlich“, sagte der Ökonom Jan Berg.",
		want{"Jan Berg", "Eine Zinserhöhung", kent.QuoteDirect})
	check(t, "sv", "”En räntehöjning är trolig”, säger ekonomen Jan Ek.",
		want{"Jan Ek", "En räntehöjning", kent.QuoteDirect})
	check(t, "nl", "„Een renteverhoging is zeer waarschijnlijk”, zei econoom Jan Visser.",
		want{"Jan Visser", "Een renteverhoging", kent.QuoteDirect})
	check(t, "en", "\"A rate rise is very likely,\" said April Ryan, a White House correspondent.",
		want{"April Ryan", "A rate rise", kent.QuoteDirect})
	check(t, "fr", "« Une hausse des taux est très probable », a déclaré l'économiste Jan Novak.",
		want{"Jan Novak", "Une hausse", ""})
	qs := check(t, "en", "\"We will decide in spring,\" the minister said Wednesday.")
	for _, q := range qs {
		if q.Speaker != nil && q.Speaker.Name == "Wednesday" {
			t.Errorf("a weekday became a speaker: %+v", q.Speaker)
		}
	}
}

// Lower-case particles after a given name are part of the surname ("Ursula
// von der Leyen", "Eva de Boer", "Luis de Guindos"), whether the speaker
// comes before or after the cue; "and" between two names is no particle.
func TestParticlesInNames(t *testing.T) {
	check(t, "de", "„Ein Abkommen kommt nicht“, sagte die Präsidentin Ursula von der Leyen.\n\nUrsula von der Leyen sagte, ein Abkommen komme nicht.\n\n„Ein Abkommen kommt“, sagte der Analyst Jan van Dijk.",
		want{"Ursula von der Leyen", "Ein Abkommen kommt nicht", kent.QuoteDirect},
		want{"Ursula von der Leyen", "ein Abkommen komme nicht", kent.QuoteIndirect},
		want{"Jan van Dijk", "Ein Abkommen kommt", kent.QuoteDirect})
	check(t, "nl", "„Een akkoord komt er niet”, zei Eva de Boer.\n\nEva de Boer zei dat een akkoord er niet komt.",
		want{"Eva de Boer", "Een akkoord komt er niet", kent.QuoteDirect},
		want{"Eva de Boer", "een akkoord er niet komt", kent.QuoteIndirect})
	check(t, "en", "\"A deal will come,\" said analyst Eva de Boer.",
		want{"Eva de Boer", "A deal will come", kent.QuoteDirect})
	check(t, "es", "«La inflación bajará», dijo Luis de Guindos.",
		want{"Luis de Guindos", "La inflación bajará", ""})
	check(t, "pl", "„Porozumienie jest blisko” – powiedziała Ursula von der Leyen.",
		want{"Ursula von der Leyen", "Porozumienie jest blisko", kent.QuoteDirect})
	check(t, "it", "«L'accordo è vicino», ha detto Ursula von der Leyen.",
		want{"Ursula von der Leyen", "L'accordo è vicino", ""})
	for _, q := range check(t, "en", "\"No deal,\" said Putin and Lukashenko.") {
		if q.Speaker != nil && q.Speaker.Name == "Putin and Lukashenko" {
			t.Errorf("two people joined by and became one speaker")
		}
	}
}

// In a language that writes months in lower case, a capitalised month
// word inside a sentence is a surname alone too ("– powiedział Lis",
// "Maj"); written for this test.
func TestLowerCaseMonthLanguagesSurnameAlone(t *testing.T) {
	check(t, "pl", "Zdaniem analityka Tomasza Lisa członkostwo jest wykluczone.\n\n– Gruzja nie wstąpi do Sojuszu w tej dekadzie – powiedział Lis.",
		want{"Lis", "Gruzja nie wstąpi", kent.QuoteDirect})
	check(t, "pl", "– Stopy spadną jesienią – powiedział ekonomista Maj.",
		want{"Maj", "Stopy spadną", kent.QuoteDirect})
}
