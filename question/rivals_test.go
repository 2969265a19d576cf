package question_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// In an article on the question's candidate, a rival's chances of winning
// are not the candidate's: they are set aside as another subject, the
// rival named, in any script and case (one of several rivals may be named:
// "Fiala's chances are slim" says little of who wins). A rival's defeat
// ("Фиала проиграет") is read as its complement, the candidate's win. The
// candidate's own chances stay as they are.
func TestRivalInRace(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Andrej Babiš win the Czech parliamentary election?")
	d := time.Date(2025, 9, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, title, text, rival string }{
		{"en", "Babiš leads before the vote", "Andrej Babiš leads the polls. Analyst John Smith said Petr Fiala is unlikely to win the election.", "Fiala"},
		{"de", "Babiš vor der Wahl", "Andrej Babiš führt in den Umfragen. Ein Sieg von Petr Fiala ist unwahrscheinlich, sagte der Politologe Jan Berg.", "Fiala"},
		{"fr", "Babiš en tête avant le scrutin", "Andrej Babiš est en tête des sondages. Selon le politologue Jean Martin, une victoire de Petr Fiala est peu probable.", "Fiala"},
		{"ru", "Бабиш перед выборами", "Андрей Бабиш лидирует в опросах. Политолог Иван Петров считает, что шансы Петра Фиалы на победу невелики.", "Фиалы"},
		{"uk", "Бабіш перед виборами", "Андрей Бабіш лідирує в опитуваннях. Політолог Іван Петренко вважає, що шанси Петра Фіали на перемогу невеликі.", "Фіали"},
		{"sv", "Babiš inför valet", "Andrej Babiš leder i opinionsmätningarna. Statsvetaren Jan Berg säger att Petr Fiala sannolikt inte vinner valet.", "Petr"},
		{"es", "Babiš, favorito en las elecciones", "Andrej Babiš lidera las encuestas. Según el politólogo Juan García, es poco probable que Petr Fiala gane las elecciones.", "Fiala"},
	} {
		hits := titled(t, p, c.lang, c.title, c.text, d)
		h, r := find(t, m, q, hits, c.rival)
		if r.About || !strings.Contains(r.Reason, "another subject") || !strings.Contains(r.Reason, c.rival) {
			t.Errorf("%s: %q of a question on Babiš: %+v, want set aside as another subject, %s", c.lang, h.Proposition.Text, r, c.rival)
		}
	}
	for _, c := range []struct{ lang, title, text, rival string }{
		{"en", "Babiš leads before the vote", "Andrej Babiš leads the polls. Analyst John Smith said Petr Fiala will probably lose the election.", "Fiala"},
		{"ru", "Бабиш перед выборами", "Андрей Бабиш лидирует в опросах. Политолог Иван Петров уверен, что Петр Фиала проиграет выборы.", "Фиала"},
	} {
		hits := titled(t, p, c.lang, c.title, c.text, d)
		h, r := find(t, m, q, hits, c.rival)
		if !r.About || r.Invert || !strings.Contains(r.Rival, c.rival) {
			t.Errorf("%s: %q of a question on Babiš: %+v, want about, read as his win (rival %s)", c.lang, h.Proposition.Text, r, c.rival)
		}
	}
	// The candidate's own chances: not a rival's, not inverted.
	hits := titled(t, p, "en", "Babiš leads before the vote", "Andrej Babiš leads the polls. Analyst John Smith said he is likely to win the election.", d)
	if _, r := find(t, m, q, hits, "likely to win"); !r.About || r.Invert || r.Rival != "" {
		t.Errorf("his own chances: %+v, want about, as they are", r)
	}
}

// Outside a race, another person's event is not the question's person's,
// though the article is on them: it is set aside as another subject, in
// any script — a successor's nomination of a question on withdrawing, a
// minister's resignation of one on the prime minister's.
func TestAnotherPersonIsAnotherSubject(t *testing.T) {
	m, p, _ := setup(t)
	d := time.Date(2024, 7, 10, 0, 0, 0, 0, time.UTC)
	q := understand(t, m, "Will Joe Biden withdraw from the 2024 presidential race?")
	for _, c := range []struct{ lang, title, text, rival string }{
		{"en", "Biden under pressure", "Joe Biden faces calls to step aside. Analyst John Smith said Kamala Harris is likely to become the candidate if he steps aside.", "Harris"},
		{"it", "Biden sotto pressione", "Joe Biden resiste alle pressioni. Il mercato ha alzato al 31% le probabilità che Kamala Harris diventi la candidata democratica.", "Harris"},
	} {
		hits := titled(t, p, c.lang, c.title, c.text, d)
		h, r := find(t, m, q, hits, c.rival)
		if r.About {
			t.Errorf("%s: %q of a question on Biden withdrawing: %+v, want set aside", c.lang, h.Proposition.Text, r)
		}
	}
	q = understand(t, m, "Will Pedro Sánchez resign as prime minister?")
	for _, c := range []struct{ lang, title, text, other string }{
		{"en", "Sánchez under pressure", "Pedro Sánchez is under pressure. Analyst John Smith said Yolanda Díaz is likely to resign.", "Díaz"},
		{"es", "Sánchez, bajo presión", "Pedro Sánchez está bajo presión. Según el analista Juan García, es probable que Yolanda Díaz dimita.", "Díaz"},
		{"de", "Sánchez unter Druck", "Pedro Sánchez steht unter Druck. Ein Rücktritt von Yolanda Díaz ist wahrscheinlich, sagte der Politologe Jan Berg.", "Díaz"},
		{"ru", "Санчес под давлением", "Педро Санчес находится под давлением. Политолог Иван Петров считает, что отставка Иоланды Диас вероятна.", "Диас"},
		{"pl", "Sánchez pod presją", "Pedro Sánchez jest pod presją. Ekspertka Anna Nowak uważa, że dymisja Yolandy Díaz jest prawdopodobna.", "Díaz"},
		{"fr", "Sánchez sous pression", "Pedro Sánchez est sous pression. Selon le politologue Jean Martin, une démission de Yolanda Díaz est probable.", "Díaz"},
	} {
		hits := titled(t, p, c.lang, c.title, c.text, d)
		h, r := find(t, m, q, hits, c.other)
		if r.About || r.Reason == "" {
			t.Errorf("%s: %q of a question on Sánchez resigning: %+v, want set aside with a reason", c.lang, h.Proposition.Text, r)
		}
	}
}

// The holder's employer, named before the holder ("Nordean ekonomistin
// Jan von Gerichin mukaan", "Commerzbank-Chefvolkswirt"), is who speaks,
// not whose the event is: a forecast of the ECB's cut in an article on
// the ECB stays the ECB's.
func TestHolderEmployerIsNoSubject(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the ECB cut interest rates in June 2024?")
	d := time.Date(2024, 5, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, title, text, words string }{
		{"fi", "EKP:n korkopäätös lähestyy", "EKP kokoontuu kesäkuussa. Nordean ekonomistin Jan von Gerichin mukaan kesäkuun koronlasku on käytännössä lukittu.", "lukittu"},
		{"en", "ECB decision nears", "The ECB meets in June. A rate cut in June is all but certain, said Nordea economist Jan von Gerich.", "certain"},
		{"de", "EZB vor der Entscheidung", "Die EZB tagt im Juni. Commerzbank-Chefvolkswirt Jörg Krämer hält eine Zinssenkung im Juni für so gut wie sicher.", "sicher"},
		{"sv", "ECB inför beslutet", "ECB sammanträder i juni. Enligt Nordeas chefekonom Annika Winsth är en räntesänkning i juni mycket sannolik.", "sannolik"},
		{"pl", "EBC przed decyzją", "EBC zbiera się w czerwcu. Zdaniem ekonomisty Pekao Jana Kowalskiego obniżka stóp w czerwcu jest bardzo prawdopodobna.", "prawdopodobna"},
		{"ru", "ЕЦБ перед решением", "ЕЦБ соберётся в июне. По словам экономиста Nordea Яна фон Гериха, снижение ставки в июне весьма вероятно.", "вероятно"},
	} {
		hits := titled(t, p, c.lang, c.title, c.text, d)
		h, r := find(t, m, q, hits, c.words)
		if !r.About {
			t.Errorf("%s: %q (holder %+v) of a question on the ECB: %+v, want about", c.lang, h.Proposition.Text, h.Holder, r)
		}
	}
}

// Talking about an event is not the event: "Congress will likely discuss
// the annexation", "über eine Annexion beraten", "обсудят аннексию" are
// set aside with why, in every language; the event itself stays.
func TestTalkAboutEventIsNotEvent(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the United States annex Greenland by 2026?")
	d := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, talk, event string }{
		{"en", "Analyst John Smith said the US Congress is likely to discuss the annexation of Greenland.", "Analyst Anna Lee said the United States is unlikely to annex Greenland."},
		{"de", "Der Analyst Jan Berg sagte, der US-Kongress werde wahrscheinlich über eine Annexion Grönlands beraten.", "Die Analystin Anna Roth sagte, die USA würden Grönland wahrscheinlich nicht annektieren."},
		{"fr", "Selon l'analyste Jean Martin, le Congrès américain va probablement débattre de l'annexion du Groenland.", "Selon l'analyste Anne Dubois, il est peu probable que les États-Unis annexent le Groenland."},
		{"es", "Según el analista Juan García, el Congreso de Estados Unidos probablemente discutirá la anexión de Groenlandia.", "Según la analista Ana López, es poco probable que Estados Unidos anexione Groenlandia."},
		{"ru", "По словам аналитика Ивана Петрова, Конгресс США, вероятно, обсудит аннексию Гренландии.", "По словам аналитика Анны Ивановой, США вряд ли аннексируют Гренландию."},
		{"pl", "Zdaniem analityka Jana Kowalskiego Kongres USA prawdopodobnie będzie dyskutować o aneksji Grenlandii.", "Zdaniem analityczki Anny Nowak USA raczej nie zaanektują Grenlandii."},
		{"sv", "Enligt analytikern Jan Berg kommer den amerikanska kongressen sannolikt att diskutera en annektering av Grönland.", "Enligt analytikern Anna Lind kommer USA sannolikt inte att annektera Grönland."},
	} {
		hits := judgements(t, p, c.lang, c.talk, "x-"+c.lang, d)
		if len(hits) == 0 {
			t.Errorf("%s: no judgement in %q", c.lang, c.talk)
		}
		for i, r := range m.Relevances(q, hits) {
			if r.About || !strings.Contains(r.Reason, "talk about") && !strings.Contains(r.Reason, "discuss") {
				t.Errorf("%s: %q: %+v, want set aside (talk, not the event)", c.lang, hits[i].Proposition.Text, r)
			}
		}
		hits = judgements(t, p, c.lang, c.event, "y-"+c.lang, d)
		judged := false
		for _, r := range m.Relevances(q, hits) {
			judged = judged || r.About
		}
		if !judged {
			t.Errorf("%s: %q not about the annexation: %+v", c.lang, c.event, hits)
		}
	}
}

// A causative's effect ("breite Zölle die Preise steigen lassen
// könnten") is what the event does, not whether it comes.
func TestCausativeEffect(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the United States impose tariffs on goods from Canada and Mexico by the end of February 2025?")
	hits := titled(t, p, "de", "Trump plant Zölle gegen Kanada und Mexiko", "Trump will Zölle gegen Kanada und Mexiko verhängen. Experten warnen, dass breite Zölle die Preise für Konsumgüter in den USA deutlich steigen lassen könnten.", time.Date(2025, 1, 21, 0, 0, 0, 0, time.UTC))
	if h, r := find(t, m, q, hits, "Preise"); r.About || !strings.Contains(r.Reason, "effect") {
		t.Errorf("%q: %+v, want set aside as an effect", h.Proposition.Text, r)
	}
}

// In a race with one winner, a rival's likely win or favourite status
// bounds the question's person's chance from above: at most its
// complement. "Fiala is the clear favourite" of a question on Babiš is
// read against Babiš, in every language; a rival's slim chances say
// little (several rivals may run) and stay set aside.
func TestRivalFavouriteIsAgainst(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Andrej Babiš win the Czech parliamentary election?")
	d := time.Date(2025, 9, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, title, text, rival string }{
		{"en", "Babiš and Fiala before the vote", "Andrej Babiš is campaigning hard. Analyst John Smith said Petr Fiala is likely to win the election.", "Fiala"},
		{"en", "Babiš and Fiala before the vote", "Andrej Babiš is campaigning hard. Petr Fiala is still the clear favourite in the election, the latest poll shows.", "Fiala"},
		{"sv", "Babiš och Fiala inför valet", "Andrej Babiš kampanjar hårt. Petr Fiala är fortfarande klar favorit inför valet, visar den senaste mätningen.", "Fiala"},
		{"de", "Babiš und Fiala vor der Wahl", "Andrej Babiš kämpft um Stimmen. Ein Sieg von Petr Fiala bei der Wahl ist wahrscheinlich, sagte der Politologe Jan Berg.", "Fiala"},
		{"ru", "Бабиш и Фиала перед выборами", "Андрей Бабиш ведёт кампанию. Политолог Иван Петров уверен, что Петр Фиала победит на выборах.", "Фиала"},
		{"pl", "Babiš i Fiala przed wyborami", "Andrej Babiš prowadzi kampanię. Zdaniem politologa Jana Nowaka Petr Fiala prawdopodobnie wygra wybory.", "Fiala"},
	} {
		hits := titled(t, p, c.lang, c.title, c.text, d)
		h, r := find(t, m, q, hits, c.rival)
		if !r.About || !strings.Contains(r.Rival, c.rival) {
			t.Errorf("%s: %q of a question on Babiš: %+v, want about, read against him (rival %s)", c.lang, h.Proposition.Text, r, c.rival)
			continue
		}
		o := m.Outlook(q, hits, 1, question.Options{Now: d})
		if o.Pooled == nil || *o.Pooled >= 0.45 {
			t.Errorf("%s: %q pooled %v, want against Babiš", c.lang, h.Words, o.Pooled)
		}
	}
}
