package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// A person named after a description set off by a comma ("said the
// spokesman of the ministry, Majed al-Ansari") holds what was said; an
// affiliation after the name ("Diego Bayón von Harmon Consulting") is not
// the speaker; a role before the name opens the clause with it; a
// prepositional phrase or source after the cue ("erklärte in der ARD, …",
// "betonen laut dpa, …") is neither speaker nor content.
func TestDescriptionsAffiliationsAndAdjuncts(t *testing.T) {
	checkAll(t, []langCase{
		{"en", "The talks were close to a deal, said the spokesman of the foreign ministry, Majed al-Ansari.", want{"Majed al-Ansari", "The talks were close to a deal", kent.QuoteIndirect}},
		{"de", "Eine Einigung sei sehr nah, sagte der Sprecher des katarischen Außenministeriums, Madschid al-Ansari.", want{"Madschid al-Ansari", "Eine Einigung sei sehr nah", kent.QuoteIndirect}},
		{"pl", "Rozmowy są bliskie porozumienia, powiedział rzecznik ministerstwa spraw zagranicznych, Jan Kowalski.", want{"Jan Kowalski", "Rozmowy są bliskie porozumienia", kent.QuoteIndirect}},
		{"ru", "Переговоры близки к соглашению, заявил официальный представитель министерства, Иван Петров.", want{"Иван Петров", "Переговоры близки к соглашению", kent.QuoteIndirect}},
		{"de", "Damit sei zu rechnen gewesen, sagt der Politikexperte Diego Bayón von Harmon Consulting: „Das war tatsächlich zu erwarten.“", want{"Diego Bayón", "Das war tatsächlich zu erwarten", kent.QuoteDirect}},
		{"en", "A recession is unlikely this year, said economist Diego Bayón of Harmon Consulting.", want{"Diego Bayón", "A recession is unlikely", kent.QuoteIndirect}},
		{"sv", "En recession är osannolik i år, säger ekonomen Lena Berg vid Handelshögskolan i Stockholm.", want{"Lena Berg", "En recession är osannolik", kent.QuoteIndirect}},
		{"uk", "Рецесія цього року малоймовірна, сказав економіст Андрій Коваль з Київської школи економіки.", want{"Андрій Коваль", "Рецесія цього року", kent.QuoteIndirect}},
		{"de", "Der Osteuropa-Experte Alexander Libman von der Freien Universität Berlin erklärte in der ARD, die Gläubiger könnten nicht an ihr Geld kommen.", want{"Alexander Libman", "die Gläubiger könnten", kent.QuoteIndirect}},
		{"de", "Deka-Chefvolkswirt Ulrich Kater schätzte die Chancen auf einen Ausfall als gering ein.", want{"Ulrich Kater", "die Chancen auf einen Ausfall", kent.QuoteIndirect}},
		{"de", "Andere Experten betonen laut dpa, ein solcher Ausfall wäre vor allem technischer Natur.", want{"Andere Experten", "ein solcher Ausfall wäre", kent.QuoteIndirect}},
	})
}

// Every inflected form of a reporting verb is a cue, and a noun source
// cue ("nach Darstellung X") is no part of the source's name.
func TestMoreForms(t *testing.T) {
	checkAll(t, []langCase{
		{"de", "Für Scholz kommt das nicht infrage, versichern Vertraute.", want{"Vertraute", "Für Scholz kommt das nicht infrage", kent.QuoteIndirect}},
		{"de", "Eine Waffenruhe ist nach Darstellung Katars in Reichweite.", want{"Katars", "Eine Waffenruhe ist", kent.QuoteIndirect}},
		{"ru", "Эксперты не ждут снижения инфляции в этом году.", want{"Эксперты", "снижения инфляции", kent.QuoteIndirect}},
		{"uk", "Експерти не чекають зниження інфляції цього року.", want{"Експерти", "зниження інфляції", kent.QuoteIndirect}},
	})
}

// A group source that ends its sentence takes in the words that qualify
// it, and the content stops before the source ("…, according to two
// people familiar with the talks.").
func TestGroupSourceWithPostmodifier(t *testing.T) {
	qs := check(t, "en", "The tariffs will take effect on July 1, according to two people familiar with the talks.",
		want{"two people familiar with the talks", "The tariffs will take effect on July 1", kent.QuoteIndirect})
	for _, q := range qs {
		if q.Text != "The tariffs will take effect on July 1" {
			t.Errorf("content runs into the source: %q", q.Text)
		}
	}
	check(t, "en", "His chief of staff said the decision had been made over the holidays.",
		want{"chief of staff", "the decision had been made", kent.QuoteIndirect})
	check(t, "pl", "Zdaniem ekspertów gospodarka skurczy się w przyszłym roku.",
		want{"ekspertów", "gospodarka skurczy się", kent.QuoteIndirect})
}
