package question_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/question"
)

// A holder heard in several weeks is one holder in the headline: what
// they say last is pooled, their earlier voice is listed with that reason
// and counts in the series only. A voice that changed its mind does not
// outvote, or drag back, the view it holds now.
func TestHeadlinePoolsEachHoldersLatestVoice(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Joe Biden withdraw from the presidential race?"})
	if err != nil {
		t.Fatal(err)
	}
	june := time.Date(2024, 6, 3, 0, 0, 0, 0, time.UTC)
	var hits []kent.JudgementHit
	hits = append(hits, judgements(t, p, "en", "Analyst Anna Smith said Biden is very unlikely to withdraw from the race.", "a", june)...)
	hits = append(hits, judgements(t, p, "de", "Die Analystin Anna Smith sagte, ein Rückzug Bidens sei unwahrscheinlich.", "b", june.AddDate(0, 0, 7))...)
	hits = append(hits, judgements(t, p, "en", "Analyst Anna Smith said Biden will very likely withdraw from the race.", "c", june.AddDate(0, 0, 28))...)
	hits = append(hits, judgements(t, p, "en", "Analyst Bob Jones said Biden is likely to withdraw from the race.", "d", june.AddDate(0, 0, 28))...)
	o := m.Outlook(q, hits, 4, question.Options{Now: june.AddDate(0, 1, 0)})
	if o.Holders != 2 || o.Pooled == nil || *o.Pooled < 0.55 {
		t.Fatalf("want 2 holders pooled for (Smith's latest voice and Jones); holders %d pooled %v: %+v", o.Holders, o.Pooled, o.Contributions)
	}
	earlier := 0
	for _, c := range o.Contributions {
		if strings.Contains(c.Reason, "an earlier voice of this holder") {
			earlier++
			if c.Holder != "Anna Smith" || c.P >= 0.5 {
				t.Errorf("the earlier voice is Smith's against: %+v", c)
			}
		}
	}
	if len(o.Contributions) != 4 || earlier != 2 {
		t.Errorf("want Smith's two earlier voices listed with their reason (nothing vanishes): %d contributions, %d earlier: %+v", len(o.Contributions), earlier, o.Contributions)
	}
	if len(o.Series) != 3 || o.Series[0].P >= 0.5 || o.Series[2].P <= 0.5 {
		t.Errorf("the series follows Smith from against to for: %+v", o.Series)
	}
}

// "I think it is unlikely" is one statement: unlikely, held by the one
// who thinks it, not a likely and an unlikely averaged to even. A denied
// belief opening an estimate turns it round ("I do not think it is
// likely" is unlikely). A second statement after a comma stays its own.
func TestBeliefOpeningAnEstimateIsOneStatement(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Ukraine join the European Union by 2030?"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "I think that Ukraine is unlikely to join the EU by 2030, said analyst Anna Smith."},
		{"en", "I do not think it is likely that Ukraine will join the EU by 2030, said analyst Anna Smith."},
		{"de", "„Ich denke, dass ein EU-Beitritt der Ukraine bis 2030 unwahrscheinlich ist“, sagte der Politologe Max Weber."},
		{"de", "Die Politologin Anna Schmidt glaubt nicht, dass die Ukraine bis 2030 wahrscheinlich der EU beitritt."},
		{"pl", "– Myślę, że wejście Ukrainy do UE do 2030 roku jest mało prawdopodobne – powiedział ekspert Jan Nowak."},
		{"ru", "«Я думаю, что Украина вряд ли вступит в ЕС до 2030 года», – сказал эксперт Иван Петров."},
		{"uk", "«Я думаю, що Україна навряд чи вступить до ЄС до 2030 року», – сказав експерт Олег Шевченко."},
		{"sv", "– Jag tror att det är osannolikt att Ukraina går med i EU före 2030, säger analytikern Anna Berg."},
		{"fi", "– Uskon, että Ukraina tuskin liittyy EU:hun vuoteen 2030 mennessä, sanoo tutkija Matti Virtanen."},
	} {
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "x", time.Time{}), 1, question.Options{})
		if o.Pooled == nil || *o.Pooled >= 0.45 || len(o.Contributions) != 1 {
			t.Errorf("%s %q: want one voice against; pooled %v %+v", c.lang, c.text, o.Pooled, o.Contributions)
			continue
		}
		opener := false
		for _, s := range o.SetAside {
			opener = opener || strings.Contains(s.Reason, "one statement")
		}
		if !opener {
			t.Errorf("%s: the belief that opens the estimate is listed set aside with its reason: %+v", c.lang, o.SetAside)
		}
	}
	for lang, text := range map[string]string{
		"en": "Anna Smith thinks Ukraine will join the EU by 2030, but another enlargement is unlikely.",
		"de": "Anna Schmidt erwartet einen EU-Beitritt der Ukraine bis 2030; eine weitere Erweiterung ist unwahrscheinlich.",
	} {
		o := m.Outlook(q, judgements(t, p, lang, text, "x", time.Time{}), 1, question.Options{})
		for _, s := range o.SetAside {
			if strings.Contains(s.Reason, "one statement") {
				t.Errorf("%s: two statements across a clause break read as one: %+v", lang, s)
			}
		}
	}
}

// A future inside an indirect question is asked, not forecast: "the
// question whether Biden will withdraw is open" pools nothing as near
// certain, and the asked forecast is set aside with its reason. "Czy"
// and "чи" ask only at the start of a clause: "prędzej czy później"
// (sooner or later) is a forecast.
func TestAskedFutureIsNoForecast(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Joe Biden withdraw from the presidential race?"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "The question whether Biden will withdraw is open, said analyst Anna Smith."},
		{"en", "Analyst Anna Smith wondered whether Biden will withdraw from the race."},
		{"en", "“We will see whether Biden will withdraw,” said analyst Anna Smith."},
		{"sv", "Frågan huruvida Biden kommer att hoppa av är öppen, säger analytikern Anna Berg."},
		{"sv", "– Vi får se huruvida Biden kommer att hoppa av, säger analytikern Anna Berg."},
		{"pl", "– Zobaczymy, czy Biden wycofa się z wyścigu – powiedział ekspert Jan Nowak."},
		{"de", "Der Politologe Max Weber sagte, es bleibe die Frage, ob Biden aussteigen wird."},
		{"ru", "«Вопрос в том, выйдет ли Байден из гонки», – сказал эксперт Иван Петров."},
		{"uk", "«Питання в тому, чи вийде Байден з перегонів», – сказав експерт Олег Шевченко."},
	} {
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "x", time.Time{}), 1, question.Options{})
		for _, pc := range o.Contributions {
			if pc.P > 0.6 {
				t.Errorf("%s %q: an open question pooled for: %+v", c.lang, c.text, pc)
			}
		}
		for _, s := range o.SetAside {
			if s.Kind == "categorical" && !strings.Contains(s.Reason, "asked, not forecast") {
				t.Errorf("%s: the asked future is set aside as asked: %+v", c.lang, s)
			}
		}
	}
	for lang, text := range map[string]string{
		"pl": "– Prędzej czy później Biden wycofa się z wyścigu – powiedział ekspert Jan Nowak.",
		"en": "“Biden will withdraw from the race,” said analyst Anna Smith.",
	} {
		o := m.Outlook(q, judgements(t, p, lang, text, "x", time.Time{}), 1, question.Options{})
		if o.Pooled == nil || *o.Pooled < 0.6 {
			t.Errorf("%s %q: a forecast, pooled for; got %v %+v", lang, text, o.Pooled, o.SetAside)
		}
	}
}

// A judgement that staying on is unlikely is for a resignation, in every
// language ("stay in office" is the family's opposite in English too).
func TestUnlikelyToStayIsForResigning(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Pedro Sánchez resign as prime minister?"})
	if err != nil {
		t.Fatal(err)
	}
	for lang, text := range map[string]string{
		"en": "Analyst Anna Smith said it is unlikely that Sánchez will stay in office.",
		"de": "Der Politologe Max Weber hält es für unwahrscheinlich, dass Sánchez im Amt bleibt.",
		"pl": "Ekspert Jan Nowak uważa, że Sánchez raczej nie utrzyma się u władzy.",
		"ru": "Эксперт Иван Петров считает, что Санчес вряд ли останется на посту.",
		"uk": "Експерт Олег Шевченко вважає, що Санчес навряд чи залишиться на посаді.",
		"sv": "Analytikern Anna Berg bedömer att det är osannolikt att Sánchez sitter kvar.",
		"fi": "Tutkija Matti Virtanen pitää epätodennäköisenä, että Sánchez pysyy virassa.",
	} {
		o := m.Outlook(q, judgements(t, p, lang, text, "x", time.Time{}), 1, question.Options{})
		if o.Pooled == nil || *o.Pooled <= 0.55 {
			t.Errorf("%s %q: want pooled for a resignation; got %v, set aside %+v", lang, text, o.Pooled, o.SetAside)
		}
	}
}

// Two estimates joined by "and" are two statements, whatever the first
// one's clause takes in: the second is not turned round by the first.
func TestCoordinatedEstimatesStayTwo(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Iran and the world powers restore the JCPOA in 2022?"})
	if err != nil {
		t.Fatal(err)
	}
	hs := judgements(t, p, "en", "Iran hardens its stance in the JCPOA talks. Analyst Anna Smith wrote that the prospects for reviving the JCPOA remain bleak and that Tehran has likely moved on from the deal.", "x", time.Time{})
	o := m.Outlook(q, hs, 1, question.Options{})
	if len(o.Contributions) != 1 || len(o.Contributions[0].AlsoIn) != 1 {
		t.Fatalf("want Smith's one voice with both statements: %+v", o.Contributions)
	}
	for _, c := range append(o.Contributions, o.SetAside...) {
		if strings.Contains(c.Reason, "one statement") || strings.Contains(c.Reason, "turned round") {
			t.Errorf("two statements read as one: %+v", c)
		}
	}
}

// A market's number that a candidate abandons the race is a judgement on
// withdrawing, in the Romance languages' multiword forms too.
func TestAbandoningTheRaceIsWithdrawing(t *testing.T) {
	m, p, _ := setup(t)
	q, err := m.Understand(question.Question{Text: "Will Joe Biden withdraw from the presidential race?"})
	if err != nil {
		t.Fatal(err)
	}
	for lang, text := range map[string]string{
		"fr": "Selon le marché de paris Polymarket, la probabilité que Biden abandonne la course est de 80 %.",
		"it": "Secondo Polymarket, la probabilità che Biden abbandoni la corsa è salita al 70%.",
		"es": "Según Polymarket, la probabilidad de que Biden abandone la carrera es del 75 %.",
		"en": "According to Polymarket, the probability that Biden will drop out of the race is 75%.",
		"de": "Laut Polymarket liegt die Wahrscheinlichkeit, dass Biden aus dem Rennen aussteigt, bei 75 Prozent.",
		"pl": "Według Polymarket prawdopodobieństwo, że Biden wycofa się z wyścigu, wynosi 75 procent.",
	} {
		o := m.Outlook(q, judgements(t, p, lang, text, "x", time.Time{}), 1, question.Options{})
		if o.Pooled == nil || *o.Pooled < 0.6 {
			t.Errorf("%s %q: want the market's number pooled for; got %v, set aside %+v", lang, text, o.Pooled, o.SetAside)
		}
	}
}
