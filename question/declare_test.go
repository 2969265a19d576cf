package question_test

import (
	"testing"
	"time"
)

// The event a forecast names as the object of a verb of declaring,
// ordering or signing, or of a verb coordinated with the judged one, is
// the event judged: "könnte eine Generalmobilmachung verkünden" (a
// compound whose head is the family), "може підписати указ про
// мобілізацію" (a decree on it), "może wypowiedzieć wojnę i ogłosić
// mobilizację" (the second of two verbs under one "may").
func TestDeclaredEventJudged(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Russia declare a mobilisation of its reservists in 2022?")
	sep := time.Date(2022, 9, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct{ lang, text, words string }{
		{"de", "Experten befürchten, Präsident Putin könnte im September eine Generalmobilmachung verkünden.", "Generalmobilmachung"},
		{"de", "Russland könnte bald eine Teilmobilmachung ausrufen, sagte der Analyst Jan Weber.", "Teilmobilmachung"},
		{"uk", "Аналітик Іван Коваль вважає, що Путін може підписати указ про мобілізацію наприкінці вересня.", "указ"},
		{"ru", "Аналитик Иван Петров считает, что Путин может подписать указ о мобилизации в конце сентября.", "указ"},
		{"pl", "Analityk Jan Nowak uważa, że Putin może wypowiedzieć wojnę i ogłosić powszechną mobilizację.", "mobilizację"},
		{"ru", "Аналитик Иван Петров считает, что Путин может объявить войну и провести всеобщую мобилизацию.", "мобилизацию"},
	}
	for _, c := range cases {
		hits := judgements(t, p, c.lang, c.text, "d-"+c.lang, sep)
		if _, r := find(t, m, q, hits, c.words); !r.About {
			t.Errorf("%s: %q not about the mobilisation: %+v", c.lang, c.text, r)
		}
	}
}
