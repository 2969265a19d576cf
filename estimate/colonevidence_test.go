package estimate_test

import "testing"

// A judgement summed up before a colon belongs to the source whose view
// the colon then gives.
func TestJudgementBeforeAColonHeldByTheSourceAfterIt(t *testing.T) {
	checkHolders(t, []holderCase{
		{"ru", "Выход Армении из ОДКБ — лишь вопрос времени: опрошенные «Известиями» эксперты уже не сомневаются, что это случится.", "вопрос времени", "эксперты"},
		{"de", "Eine Zinssenkung im Juni ist nur eine Frage der Zeit: Die befragten Ökonomen zweifeln nicht mehr daran.", "nur eine Frage der Zeit", "befragten Ökonomen"},
		// A colon that opens the writer's own account gives no one.
		{"en", "A cut in June is unlikely: inflation rose again in May.", "unlikely", ""},
	})
}
