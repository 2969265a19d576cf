package pipeline

import (
	"testing"
)

// A role word the lexicon does not list, before a person's full name,
// is shown as the holder's role, not as part of the name: the names
// finder knows where the person's name starts, and the tagger that the
// word before it is a common noun. A group of an organisation
// ("Ökonomen der Deutschen Bank") is held as that group, whole. The
// articles are invented.
func TestUnlistedRoleBeforeAName(t *testing.T) {
	for _, c := range []struct {
		lang, body, cue, name, role string
	}{
		{"de", "Die Völkerrechtlerin Julia Hahn hält einen Beitritt des Landes in diesem Jahr für fraglich. Die Regierung in Berlin schweigt dazu bisher.", "fraglich", "Julia Hahn", "Völkerrechtlerin"},
		{"ru", "Юрист Мария Белова сомневается, что вступление страны в этом году вероятно. Правительство пока молчит.", "вероятно", "Мария Белова", "Юрист"},
		{"uk", "Правозахисниця Олена Мельник вважає, що вступ країни цього року малоймовірний. Уряд поки мовчить.", "малоймовірний", "Олена Мельник", "Правозахисниця"},
		{"de", "Ökonomen der Deutschen Bank erwarten, dass der Beitritt wahrscheinlich noch in diesem Jahr kommt. Die Regierung in Berlin schweigt dazu bisher.", "wahrscheinlich", "Ökonomen der Deutschen Bank", ""},
		{"de", "Die Regierung in Berlin schweigt dazu bisher. Einen raschen Beitritt hält der Experte Markus Lenz für unwahrscheinlich.", "unwahrscheinlich", "Markus Lenz", "Experte"},
		{"de", "Hans Peter Kramer hält einen Beitritt des Landes in diesem Jahr für unwahrscheinlich. Die Regierung in Berlin schweigt dazu bisher.", "unwahrscheinlich", "Hans Peter Kramer", ""},
	} {
		text := "Streit um den Beitritt\n\nPublished: 2024-05-01 | Testblatt\n\n" + c.body + "\n"
		a, err := testProc(t).Process(docText(c.lang+".txt", text))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, j := range a.Judgements {
			if j.Cue != c.cue {
				continue
			}
			found = true
			if j.Holder == nil || j.Holder.Name != c.name || j.Holder.Role != c.role {
				t.Errorf("%s: %q held by %+v, want %q with role %q", c.lang, c.cue, j.Holder, c.name, c.role)
			}
		}
		if !found {
			t.Errorf("%s: no judgement %q in %q", c.lang, c.cue, c.body)
		}
	}
}
