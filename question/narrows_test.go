package question_test

import (
	"strings"
	"testing"
	"time"
)

// A part or stage of the question's event (data: narrows: in all.yaml) —
// the popular vote, a primary — is set aside with that reason on a
// question on winning the election; the whole event in the same words is
// pooled.
func TestPartOfTheEventIsSetAside(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Donald Trump win the 2024 US presidential election?")
	oct := time.Date(2024, 10, 7, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, part, whole string }{
		{"en", "The analyst Ann Lee said Trump is likely to win the popular vote.", "The analyst Ann Lee said Trump is likely to win the election."},
		{"de", "Trump werde wahrscheinlich die meisten Stimmen landesweit gewinnen, sagte die Analystin Eva Roth.", "Trump werde die Wahl wahrscheinlich gewinnen, sagte die Analystin Eva Roth."},
		{"fr", "Selon l'analyste Paul Martin, Trump remportera probablement le vote populaire.", "Selon l'analyste Paul Martin, Trump remportera probablement l'élection."},
		{"es", "Según el analista Juan Pérez, Trump probablemente ganará el voto popular.", "Según el analista Juan Pérez, Trump probablemente ganará las elecciones."},
		{"it", "Secondo l'analista Marco Rossi, Trump probabilmente vincerà il voto popolare.", "Secondo l'analista Marco Rossi, Trump probabilmente vincerà le elezioni."},
		{"sv", "Enligt analytikern Anna Berg kommer Trump sannolikt att vinna flest röster totalt.", "Enligt analytikern Anna Berg kommer Trump sannolikt att vinna valet."},
		{"pl", "Analityk Jan Nowak uważa, że Trump prawdopodobnie wygra prawybory.", "Analityk Jan Nowak uważa, że Trump prawdopodobnie wygra wybory."},
		{"ru", "По словам аналитика Ивана Петрова, Трамп, вероятно, победит на праймериз.", "По словам аналитика Ивана Петрова, Трамп, вероятно, победит на выборах."},
	} {
		hits := judgements(t, p, c.lang, c.part, "n-"+c.lang, oct)
		if len(hits) == 0 {
			t.Fatalf("%s: no judgement in %q", c.lang, c.part)
		}
		rel := m.Relevances(q, hits)
		if rel[0].About || !strings.Contains(rel[0].Reason, "a part of win") {
			t.Errorf("%s %q: %+v, want set aside as a part of winning", c.lang, c.part, rel[0])
		}
		hits = judgements(t, p, c.lang, c.whole, "w-"+c.lang, oct)
		if len(hits) == 0 {
			t.Fatalf("%s: no judgement in %q", c.lang, c.whole)
		}
		if rel := m.Relevances(q, hits); !rel[0].About {
			t.Errorf("%s %q: %+v, want about the question", c.lang, c.whole, rel[0])
		}
	}
	// A question on the part itself is answered by it.
	q = understand(t, m, "Will Donald Trump win the popular vote in 2024?")
	hits := judgements(t, p, "en", "The analyst Ann Lee said Trump is likely to win the popular vote.", "pv", oct)
	if rel := m.Relevances(q, hits); len(rel) == 0 || !rel[0].About {
		t.Errorf("a question on the popular vote: %+v, want about it", rel)
	}
}

// A verb of thinking that the parse takes as the judged predicate
// ("estime que l'accord n'est plus très loin") is the holder's: the event
// in its that-clause is what is judged.
func TestThinkingVerbIsTheHolders(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Iran and the world powers restore the nuclear deal in 2022?")
	aug := time.Date(2022, 8, 22, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"fr", "Le chercheur Paul Martin estime que l'accord sur le nucléaire iranien n'est plus très loin."},
		{"en", "The researcher Ann Lee believes that a deal with Iran is no longer far off."},
		{"de", "Der Forscher Paul Roth glaubt, dass eine Einigung über das iranische Atomabkommen nicht mehr weit entfernt ist."},
		{"it", "Il ricercatore Marco Rossi ritiene che l'accordo sul nucleare iraniano non è più lontano."},
		{"ru", "Исследователь Иван Петров считает, что соглашение по иранской ядерной программе уже не за горами."},
		{"es", "El investigador Juan Pérez cree que el acuerdo nuclear con Irán ya no está lejos."},
	} {
		hits := judgements(t, p, c.lang, c.text, "t-"+c.lang, aug)
		if len(hits) == 0 {
			t.Errorf("%s: no judgement in %q", c.lang, c.text)
			continue
		}
		if rel := m.Relevances(q, hits); !rel[0].About || hits[0].Value <= 0.5 {
			t.Errorf("%s %q: %+v (p %.2f), want a likely judgement about the deal", c.lang, c.text, rel[0], hits[0].Value)
		}
	}
}

// A pick of a time is about the event its article's title names; one
// that names only an earliest time after the question's bound ("2025 or
// later" of "by April 2024") is read against the event by then, with why;
// one before the bound is for it.
func TestPicksAgainstTheBound(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the Bank of Japan raise its policy rate and end negative interest rates by April 2024?")
	feb := time.Date(2024, 2, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, title, lead, text, early, late string }{
		{"de", "Ökonomen erwarten Ende der Negativzinsen in Japan im April", "Die Bank of Japan dürfte im April die Negativzinsen beenden, sagen Ökonomen.", "Zwei Banken tippten auf März. Zwei weitere setzten auf 2025 oder später.", "März", "2025 oder später"},
		{"en", "Economists see the Bank of Japan ending negative rates in April", "Most economists expect the Bank of Japan to end negative rates in April.", "Two banks picked March. The remaining twelve selected 2025 or later.", "March", "2025 or later"},
		{"fr", "Les économistes voient la Banque du Japon mettre fin aux taux négatifs en avril", "La Banque du Japon devrait mettre fin aux taux négatifs en avril, selon les économistes.", "Deux banques ont choisi mars. Deux autres misent sur 2025 ou plus tard.", "mars", "2025 ou plus tard"},
		{"sv", "Ekonomer väntar sig att Japans centralbank höjer räntan i april", "Japans centralbank väntas höja räntan i april, enligt ekonomer.", "Två banker valde mars. Två andra tippar på 2025 eller senare.", "mars", "2025 eller senare"},
		{"pl", "Ekonomiści: Bank Japonii podniesie stopy procentowe w kwietniu", "Bank Japonii prawdopodobnie podniesie stopy procentowe w kwietniu – uważają ekonomiści.", "Dwa banki wybrały marzec. Pięciu ekonomistów wybrało 2025 lub później.", "marzec", "2025 lub później"},
		{"ru", "Экономисты ждут отмены отрицательных ставок Банком Японии в апреле", "Банк Японии, вероятно, отменит отрицательные ставки в апреле, считают экономисты.", "Два банка выбрали март. Трое аналитиков назвали 2025 год или позже.", "март", "2025 год или позже"},
	} {
		hits := titled(t, p, c.lang, c.title, c.lead+"\n\n"+c.text, feb)
		rel := m.Relevances(q, hits)
		seen := 0
		for i, h := range hits {
			switch h.Proposition.Text {
			case c.early:
				seen++
				if !rel[i].About || rel[i].Invert || rel[i].Apart != "" {
					t.Errorf("%s: a pick of %s: %+v, want pooled for", c.lang, c.early, rel[i])
				}
			case c.late:
				seen++
				if !rel[i].About || !rel[i].Invert || rel[i].Later == "" {
					t.Errorf("%s: a pick of %s: %+v, want pooled against, with why", c.lang, c.late, rel[i])
				}
			}
		}
		if seen != 2 {
			t.Errorf("%s: %d picks read, want 2: %+v", c.lang, seen, hits)
		}
	}
}
