package attrib_test

import (
	"slices"
	"testing"

	"github.com/kentnews/kent/attrib"
)

// A verb in an adverbial clause ("wenn", "weil") has its own subject right
// after the subordinator, even where the parse joins the clause to the
// one before; the subordinator is not part of the source. Sentences
// written for this test.
func TestSubordinateClauseSource(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Dieser Logik folgt auch der Kanzler der Republik , wenn er neue Abgaben , zum Beispiel auf Benzin , ankündigt oder wenn er die Rente infrage stellt .", "ankündigt | er | "},
		{"Ein Angriff im Netz hat eine ganz andere Wirkung als ein Angriff auf der Straße , weil die Zahl derjenigen , die davon etwas erfahren , groß ist und weil Betroffene im Netz diese viel stärker empfinden als jemand , der nur einmal beleidigt wird .", "empfinden | Betroffene | "},
	}
	for _, c := range cases {
		got := events("de", c.text, attrib.CueLemmas{"de": {"empfinden"}})
		if !slices.ContainsFunc(got, func(g string) bool { return len(g) >= len(c.want) && g[:len(c.want)] == c.want }) {
			t.Errorf("%q: no event %q in %q", c.text, c.want, got)
		}
	}
}
