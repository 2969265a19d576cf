package names_test

import (
	"fmt"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/pipeline"
)

func TestExploreSyntax(t *testing.T) {
	p, err := pipeline.NewProcessor()
	if err != nil {
		t.Fatal(err)
	}
	texts := [][2]string{
		{"pl", "Słowa Tuska zaskoczyły wszystkich, powiedział rzecznik."},
		{"pl", "Premier spotkał się z Tuskiem w Gdańsku."},
		{"pl", "Decyzja Łukaszenki zaskoczyła opozycję."},
		{"pl", "Opozycja krytykuje Łukaszenkę od lat."},
		{"pl", "Premier Donalda Tuska powiedział, że rząd się nie zmieni."},
		{"ru", "Визит Шольца длился день."},
		{"ru", "Журналисты встретились с Шольцем в Берлине."},
		{"ru", "Брифинг Захаровой начался в полдень."},
		{"de", "Die Regierung sagte, der Krieg werde dauern. Verhandlungen seien nicht geplant, sagte Minister Boris Pistorius."},
		{"de", "Regierung und Opposition streiten. Krieg ist kein Mittel, sagte die Kanzlerin."},
	}
	for _, c := range texts {
		a := process(t, p, c[0], c[1])
		p.Names.Tagger = nil
		b := process(t, p, c[0], c[1])
		p.Names.Tagger = nil
		fmt.Println(c[0], c[1])
		fmt.Println("  with:   ", persons(a))
		fmt.Println("  without:", persons(b))
		p, _ = pipeline.NewProcessor()
	}
}

func persons(a *kent.Article) []string {
	var out []string
	for _, m := range a.Mentions {
		out = append(out, m.Kind+":"+m.Text+"→"+m.Name)
	}
	return out
}
