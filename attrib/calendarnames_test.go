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
		want{"Jan Novak", "« Une hausse", ""})
	qs := check(t, "en", "\"We will decide in spring,\" the minister said Wednesday.")
	for _, q := range qs {
		if q.Speaker != nil && q.Speaker.Name == "Wednesday" {
			t.Errorf("a weekday became a speaker: %+v", q.Speaker)
		}
	}
}
