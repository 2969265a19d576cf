package estimate_test

import "testing"

// A group after the frame holds the judgement with the organisation it
// belongs to, whatever stands before the organisation's name: an article
// ("die Ökonomen der …"), a description ("the Swiss bank UBS", "der
// Schweizer Großbank UBS"), or a compound name in the genitive
// ("аналитики Сбербанка", not a person named "Сбербанка").
func TestGroupWithDescribedOwner(t *testing.T) {
	checkHolders(t, []holderCase{
		{"en", "A rate cut in December is unlikely, wrote economists at the Swiss bank UBS.", "unlikely", "economists at the Swiss bank UBS"},
		{"en", "\"A cut in March is likely,\" said analysts at the Swiss bank UBS.", "likely", "analysts at the Swiss bank UBS"},
		{"de", "Eine Zinssenkung im Dezember ist unwahrscheinlich, schreiben die Ökonomen der Schweizer Großbank UBS.", "unwahrscheinlich", "Ökonomen der Schweizer Großbank UBS"},
		{"de", "Eine Zinssenkung im Juni ist wahrscheinlich, schrieben Fachleute der italienischen Großbank Unicredit.", "wahrscheinlich", "Fachleute der italienischen Großbank Unicredit"},
		{"ru", "Снижение ключевой ставки в декабре маловероятно, считают аналитики Сбербанка.", "маловероятно", "аналитики Сбербанка"},
		{"uk", "Зниження ставки у грудні малоймовірне, вважають аналітики Ощадбанку.", "малоймовірне", "аналітики Ощадбанку"},
	})
}
