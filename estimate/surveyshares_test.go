package estimate_test

import "testing"

// In a sentence that names a survey, the whole a figure is a share of is
// its respondents, whoever they are, and the survey holds their answer:
// "A Savanta poll for The Scotsman found that 53 per cent of Scots thought
// a referendum unlikely" is the poll's, not the Scots'.
func TestSurveyHoldsAShareOfItsRespondents(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "A Norpoll survey for The Highlander found that 53 per cent of Highlanders thought a referendum this year unlikely.", "unlikely", "Norpoll survey"},
		{"en", "A Norpoll survey found that 53 per cent of Scots thought a referendum this year unlikely.", "unlikely", "Norpoll survey"},
		{"de", "Eine Forsa-Umfrage ergab, dass 53 Prozent der Bayern eine Neuwahl in diesem Jahr für unwahrscheinlich halten.", "unwahrscheinlich", "Forsa-Umfrage"},
		{"pl", "Sondaż CBOS pokazał, że 53 proc. Ślązaków uważa przedterminowe wybory za mało prawdopodobne.", "mało prawdopodobne", "Sondaż CBOS"},
		{"sv", "En Novus-mätning visar att 53 procent av skåningarna tror att ett extraval är osannolikt.", "osannolikt", "Novus-mätning"},
	})
}
