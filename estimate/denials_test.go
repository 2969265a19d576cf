package estimate_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// Denying a report of an event ("denied that", "dismissed reports of",
// "bestritt, dass", "a démenti les informations", "negó que", "ha
// smentito le voci", "förnekade att", "kiisti tiedot", "ontkende dat") is
// the denier's judgement against it, very unlikely, in every language:
// a user sees the spokesman as a voice against, not nothing. A future
// inside the denied clause ("ha negato che ci sarà una mobilitazione") is
// the denial's, never a categorical "will" for the event.
func TestDenialsOfReports(t *testing.T) {
	wantBandHeld(t, "very_unlikely", []cueCase{
		{"en", "Dmitry Peskov denied that Russia would declare a mobilisation.", "denied that", "Dmitry Peskov"},
		{"en", "The minister's spokeswoman Anna Berg denied reports that he would resign.", "denied reports", "Anna Berg"},
		{"de", "Regierungssprecher Steffen Hebestreit bestritt, dass ein Rücktritt des Kanzlers bevorstehe.", "bestritt, dass", "Steffen Hebestreit"},
		{"de", "Regierungssprecher Steffen Hebestreit dementierte Berichte über einen Rücktritt des Kanzlers.", "dementierte Berichte", "Steffen Hebestreit"},
		{"fr", "Le porte-parole Dmitri Peskov a démenti les informations sur une mobilisation.", "a démenti les informations", "Dmitri Peskov"},
		{"es", "El portavoz Dmitri Peskov negó que Rusia vaya a declarar una movilización.", "negó que", "Dmitri Peskov"},
		{"it", "Il portavoce Dmitri Peskov ha negato che ci sarà una mobilitazione.", "ha negato che", "Dmitri Peskov"},
		{"sv", "Talespersonen Dmitrij Peskov förnekade att en mobilisering planeras.", "förnekade att", "Dmitrij Peskov"},
		{"fi", "Tiedottaja Dmitri Peskov kiisti tiedot liikekannallepanosta.", "kiisti tiedot", "Dmitri Peskov"},
		{"nl", "Woordvoerder Dmitri Peskov ontkende dat er een mobilisatie komt.", "ontkende dat", "Dmitri Peskov"},
	})
	for _, j := range judge(t, "it", "Il portavoce Dmitri Peskov ha negato che ci sarà una mobilitazione.") {
		if j.Categorical {
			t.Errorf("it: a denied future read as a categorical forecast:\n%s", dump([]kent.Judgement{j}))
		}
	}
}
