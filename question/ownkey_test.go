package question_test

import (
	"strings"
	"testing"
	"time"
)

// A clause whose own predicate is another key family does not borrow the
// question's family from the sentence before because it names the same
// person: "Erdogan said Putin may want to put an end to the war", after a
// sentence on mobilising, is about ending the war and set aside (it was
// pooled as a judgement on mobilising). Ending a war or a conflict is a
// ceasefire in every language's lexicon, its verbs too ("mettere fine al
// conflitto", "den Krieg beenden", "zakończyć wojnę", "закончить войну").
func TestOwnKeyFamilyIsNotBorrowed(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Russia declare a general or partial mobilisation in 2022?")
	day := time.Date(2022, 9, 21, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, title, text, words string }{
		{"en", "Putin's speech delayed", "Analysts expect that Putin will announce a partial mobilisation. Erdogan said Putin may want to put an end to the war.", "end to the war"},
		{"it", "Putin, discorso rinviato", "Gli analisti ipotizzano che Putin possa annunciare una mobilitazione parziale. Secondo Erdogan Putin potrebbe voler mettere fine al conflitto.", "fine al conflitto"},
		{"fr", "Le discours de Poutine reporté", "Les analystes pensent que Poutine va annoncer une mobilisation partielle. Selon Erdogan, Poutine pourrait vouloir mettre fin à la guerre.", "fin à la guerre"},
		{"de", "Putins Rede verschoben", "Analysten erwarten, dass Putin eine Teilmobilmachung verkündet. Laut Erdogan könnte Putin den Krieg beenden wollen.", "Krieg beenden"},
		{"pl", "Przemówienie Putina przełożone", "Analitycy uważają, że Putin ogłosi częściową mobilizację. Według Erdogana Putin może chcieć zakończyć wojnę.", "zakończyć wojnę"},
		{"ru", "Обращение Путина перенесли", "Аналитики полагают, что Путин объявит частичную мобилизацию. По словам Эрдогана, Путин, возможно, хочет закончить войну.", "закончить войну"},
		{"es", "Putin aplaza su discurso", "Los analistas creen que Putin anunciará una movilización parcial. Según Erdogan, Putin podría querer poner fin a la guerra.", "fin a la guerra"},
		{"uk", "Звернення Путіна перенесли", "Аналітики вважають, що Путін оголосить часткову мобілізацію. За словами Ердогана, Путін, можливо, хоче закінчити війну.", "закінчити війну"},
	} {
		hits := titled(t, p, c.lang, c.title, c.text, day)
		rel := m.Relevances(q, hits)
		for i, h := range hits {
			if strings.Contains(h.Proposition.Text, c.words) && rel[i].About {
				t.Errorf("%s: %q (events %v) taken as about mobilising: %+v", c.lang, h.Proposition.Text, h.Proposition.Events, rel[i])
			}
		}
	}
}

// A word that only begins like an event's stem is not that event: French
// "accordait" (granted) is no agreement, English "easing back to 55%" no
// rate cut. A figure given in such words is the question's: it was set
// aside as about a deal or a rate cut once a clause with a key family of
// its own stopped borrowing the question's from the sentence before
// (TestOwnKeyFamilyIsNotBorrowed).
func TestLookalikeStemIsNoEvent(t *testing.T) {
	m, p, _ := setup(t)
	day := time.Date(2024, 10, 1, 0, 0, 0, 0, time.UTC)
	q := understand(t, m, "Will Donald Trump win the 2024 US presidential election?")
	hits := titled(t, p, "fr", "Les chances de Trump selon Nate Silver", "Le modèle de Nate Silver donne désormais 55 % de chances de victoire à Donald Trump. En septembre, il lui accordait 52,4 %.", day)
	if h, r := find(t, m, q, hits, "52,4"); !r.About {
		t.Errorf("%q (events %v): %+v, want about Trump's win", h.Proposition.Text, h.Proposition.Events, r)
	}
	q = understand(t, m, "Will Joe Biden withdraw from the 2024 presidential race?")
	day = time.Date(2024, 7, 10, 0, 0, 0, 0, time.UTC)
	hits = titled(t, p, "en", "Biden's dropout odds reach 63%", "Before the first debate on June 27, bettors gave only a 19% chance of Biden dropping out. A day after the debate the probability jumped to 42%, and it peaked at 63% on July 3 before easing back to 55%.", day)
	rel, found := m.Relevances(q, hits), false
	for i, h := range hits {
		if !strings.Contains(h.Cue, "63") {
			continue
		}
		found = true
		if !rel[i].About {
			t.Errorf("%q (events %v): %+v, want about Biden's withdrawal", h.Proposition.Text, h.Proposition.Events, rel[i])
		}
	}
	if !found {
		t.Errorf("no judgement at 63%%: %+v", hits)
	}
}
