package names

import (
	"testing"

	"github.com/kentnews/kent"
)

// An institution's acronym and its names in several languages are one key;
// a name that only begins with an organisation, or a person's name that
// begins like one, is not the organisation.
func TestOrgKeyJoinsNamesNotPeople(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"EZB", "ECB"},
		{"the European Central Bank", "ECB"},
		{"die EZB", "ECB"},
		{"Европейский центральный банк", "ECB"},
		{"Europejski Bank Centralny", "ECB"},
		{"ISW", "ISW"},
		{"The Institute for the Study of War", "ISW"},
		{"Institut für Kriegsstudien", "ISW"},
		{"Instytut Studiów nad Wojną", "ISW"},
		{"Інститут вивчення війни", "ISW"},
		{"Kiel Institute for the World Economy", "IfW"},
		{"Institut für Weltwirtschaft", "IfW"},
		{"Хезболлы", "Hezbollah"},
		{"Deutsche Bank", "DeutscheBank"},
		{"der Deutschen Bank", "DeutscheBank"},
		{"Goldman Sachs", "GoldmanSachs"},
		{"Сбербанк", "Sberbank"},
		{"Сбербанка", "Sberbank"},
		{"PKO BP", "PKOBP"},
		{"Danske Bank", "DanskeBank"},
		{"ECB President Christine Lagarde", ""},
		{"Bank of England economists", ""},
		{"Natoli", ""},
		{"Donald Trump", ""},
		{"officials in Kyiv", ""},
	} {
		if got := OrgKey(c.name); got != c.want {
			t.Errorf("OrgKey(%q) = %q, want %q", c.name, got, c.want)
		}
	}
	if k := SpeakerKey("Институт изучения войны"); k != SpeakerKey("ISW") || k.Surname != "org:ISW" {
		t.Errorf("SpeakerKey: %v and %v, want both org:ISW", k, SpeakerKey("ISW"))
	}
}

// KeySpeakers keys a holder cut short before the organisation's lower-case
// words by the organisation the text goes on to name, and never keys a
// person the article names as an organisation.
func TestKeySpeakersOrganisations(t *testing.T) {
	a := &kent.Article{
		Language: "ru",
		Text:     "Институт изучения войны считает это маловероятным. Natoli said so too.",
		Mentions: []kent.Mention{{Name: "Natoli", Text: "Natoli", Kind: kent.SpeakerPerson}},
		Judgements: []kent.Judgement{
			{Holder: &kent.Speaker{Name: "Институт", Kind: kent.SpeakerPerson}},
			{Holder: &kent.Speaker{Name: "Natoli", Kind: kent.SpeakerPerson}},
		},
	}
	KeySpeakers(a)
	if got := a.Judgements[0].Holder.Key.Surname; got != "org:ISW" {
		t.Errorf("«Институт» of «Институт изучения войны» keyed %q, want org:ISW", got)
	}
	if got := a.Judgements[1].Holder.Key.Surname; got != "natoli" {
		t.Errorf("the person Natoli keyed %q, want natoli", got)
	}
}
