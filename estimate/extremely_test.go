package estimate_test

import "testing"

// "Extremely unlikely" is 0–5% and "extremely likely" 95–100% in the IPCC
// AR5 calibrated language (Mastrandrea et al. 2010), the scale that
// defines the phrase: a band beyond "very", as "highly unlikely" already
// reads 5% to survey readers (zonination). So in every language.
func TestExtremelyIsBeyondVery(t *testing.T) {
	wantBandHeld(t, "almost_no_chance", []cueCase{
		{"en", "The analyst said a deal this year is extremely unlikely.", "extremely unlikely", "analyst"},
		{"de", "Ein Abkommen in diesem Jahr sei extrem unwahrscheinlich, sagte der Analyst.", "extrem unwahrscheinlich", "Analyst"},
		{"fr", "Un accord cette année est extrêmement improbable, estime l'analyste.", "extrêmement improbable", "l'analyste"},
		{"ru", "Соглашение в этом году чрезвычайно маловероятно, считает аналитик.", "чрезвычайно маловероятно", "аналитик"},
		{"uk", "Угода цього року надзвичайно малоймовірна, вважає аналітик.", "надзвичайно малоймовірна", "аналітик"},
		{"pl", "Porozumienie w tym roku jest skrajnie mało prawdopodobne, uważa analityk.", "skrajnie mało prawdopodobne", "analityk"},
		{"sv", "Ett avtal i år är extremt osannolikt, säger analytikern.", "extremt osannolikt", "analytikern"},
		{"es", "Un acuerdo este año es extremadamente improbable, según el analista.", "extremadamente improbable", "el analista"},
	})
	wantBandHeld(t, "almost_certain", []cueCase{
		{"en", "The analyst said a deal this year is extremely likely.", "extremely likely", "analyst"},
		{"de", "Ein Abkommen in diesem Jahr sei äußerst wahrscheinlich, sagte der Analyst.", "äußerst wahrscheinlich", "Analyst"},
		{"fr", "Un accord cette année est extrêmement probable, estime l'analyste.", "extrêmement probable", "l'analyste"},
		{"sv", "Ett avtal i år är extremt sannolikt, säger analytikern.", "extremt sannolikt", "analytikern"},
		{"ru", "Соглашение в этом году чрезвычайно вероятно, считает аналитик.", "чрезвычайно вероятно", "аналитик"},
		{"fi", "Sopimus tänä vuonna on äärimmäisen todennäköinen, arvioi analyytikko.", "äärimmäisen todennäköinen", "analyytikko"},
	})
}
