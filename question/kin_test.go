package question_test

import (
	"strings"
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// Of a question on an invasion, a judgement that the country will (not)
// attack, or that there will (not) be a war, is a judgement on the
// invasion itself (lexicon kin:), in every language; one on losing the
// war is not.
func TestKinConceptsStandForTheFamily(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Russia invade Ukraine before March 2022?")
	feb := time.Date(2022, 2, 8, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text, dir string }{
		{"en", "Analyst Anna Smith said Russia is unlikely to attack Ukraine.", "against"},
		{"de", "Der Politologe Max Weber hält einen russischen Angriff auf die Ukraine für wahrscheinlich.", "for"},
		{"pl", "Analityk Jan Kowalski uważa, że Rosja raczej nie zaatakuje Ukrainy.", "against"},
		{"ru", "Политолог Иван Петров уверен, что Россия не нападет на Украину.", "against"},
		{"uk", "Політолог Іван Петренко вважає, що велика війна Росії проти України малоймовірна.", "against"},
		{"sv", "Statsvetaren Per Olsson bedömer att det är sannolikt att Ryssland anfaller Ukraina.", "for"},
	} {
		hits := judgements(t, p, c.lang, c.text, "k-"+c.lang, feb)
		o := m.Outlook(q, hits, 1, question.Options{Now: feb})
		if len(o.Contributions) != 1 || o.Direction != c.dir {
			t.Errorf("%s: pooled %+v, direction %q, set aside %+v; want one judgement %s", c.lang, o.Contributions, o.Direction, o.SetAside, c.dir)
		}
	}
	// Another family in the judgement decides: losing the war is no
	// judgement on starting it.
	hits := judgements(t, p, "en", "Analyst Bob Jones said Russia is likely to lose the war against Ukraine.", "k-lose", feb)
	if o := m.Outlook(q, hits, 1, question.Options{Now: feb}); len(o.Contributions) != 0 {
		t.Errorf("losing the war pooled as an invasion: %+v", o.Contributions)
	}
	// A question without kin keeps its own family: an attack is no
	// judgement on joining an alliance.
	q = understand(t, m, "Will Finland join NATO by 2023?")
	hits = judgements(t, p, "en", "Analyst Anna Smith said Russia is unlikely to attack Finland.", "k-nato", feb)
	if o := m.Outlook(q, hits, 1, question.Options{Now: feb}); len(o.Contributions) != 0 {
		t.Errorf("an attack pooled as membership: %+v", o.Contributions)
	}
}

// "Before 2023" excludes its year strictly, but news writes it for "by
// 2023" too: it is the bound of a question by the end of 2022 and of one
// by 2023, in every language with such a preposition; a year word may
// stand between ("ennen vuotta 2023").
func TestBeforeAYearMatchesEitherBound(t *testing.T) {
	m, p, _ := setup(t)
	may := time.Date(2022, 5, 2, 0, 0, 0, 0, time.UTC)
	cases := []struct{ lang, text string }{
		{"en", "Analyst Anna Smith said Finland is likely to join NATO before 2023."},
		{"de", "Der Politologe Max Weber hält einen NATO-Beitritt Finnlands vor 2023 für wahrscheinlich."},
		{"fi", "Tutkija Matti Virtanen arvioi, että Suomi liittyy Natoon todennäköisesti ennen vuotta 2023."},
		{"sv", "Statsvetaren Per Olsson bedömer att Finland sannolikt går med i Nato före 2023."},
		{"pl", "Analityk Jan Kowalski uważa, że Finlandia prawdopodobnie wejdzie do NATO przed 2023 rokiem."},
		{"fr", "Selon le politologue Paul Martin, la Finlande rejoindra probablement l'OTAN avant 2023."},
	}
	for _, qt := range []string{"Will Finland join NATO by the end of 2022?", "Will Finland join NATO by 2023?"} {
		q := understand(t, m, qt)
		for _, c := range cases {
			hits := judgements(t, p, c.lang, c.text, "b-"+c.lang, may)
			o := m.Outlook(q, hits, 1, question.Options{Now: may})
			if len(o.Contributions) != 1 || o.Direction != "for" {
				t.Errorf("%s, %q: pooled %+v, set aside %+v; want pooled for", c.lang, qt, o.Contributions, o.SetAside)
			}
		}
	}
	// A later year stays another time.
	q := understand(t, m, "Will Finland join NATO by the end of 2022?")
	hits := judgements(t, p, "en", "Analyst Anna Smith said Finland is likely to join NATO before 2025.", "b-later", may)
	if o := m.Outlook(q, hits, 1, question.Options{Now: may}); len(o.Contributions) != 0 {
		t.Errorf("likely before 2025 of a question by 2022: pooled %+v", o.Contributions)
	}
}

// A month word that is also a function word of another language (German
// "Sie" is a Polish abbreviation of August) is no time without a day
// beside it: "Sie halte eine Invasion für möglich" is on the question's
// window, not after it.
func TestFunctionWordIsNoMonth(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Russia invade Ukraine before March 2022?")
	feb := time.Date(2022, 2, 1, 0, 0, 0, 0, time.UTC)
	hits := judgements(t, p, "de", "Die Sicherheitsforscherin Julia Hahn sieht das anders. Sie halte eine russische Invasion in die Ukraine für wahrscheinlich.", "m-de", feb)
	o := m.Outlook(q, hits, 1, question.Options{Now: feb})
	for _, s := range o.SetAside {
		if strings.Contains(s.Reason, "another time") {
			t.Errorf("«Sie» read as a month: %s", s.Reason)
		}
	}
	if len(o.Contributions) != 1 {
		t.Errorf("pooled %+v, set aside %+v; want the judgement pooled", o.Contributions, o.SetAside)
	}
}

// Of a question on resigning, a leader forced out (ouster, kin of resign)
// leaves office just the same; surviving the next confidence vote is
// staying on; and a title the tagger took for the verb ("premiärminister
// Oliver Hart avgår") does not hide the clause's own predicate.
func TestForcedOutStandsForResigning(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Oliver Hart resign as prime minister before the end of 2022?")
	june := time.Date(2022, 6, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text, dir string }{
		{"en", "Political scientist Tom Fisher said it was likely that Oliver Hart would be forced out by his own party.", "for"},
		{"en", "Pollster Jane Cole said Oliver Hart would probably survive the next confidence vote.", "against"},
		{"de", "Der Politologe Max Weber hält einen Sturz von Oliver Hart für wahrscheinlich.", "for"},
		{"pl", "Politolog Jan Kowalski uważa, że Oliver Hart zostanie raczej odwołany.", "for"},
		{"ru", "Политолог Иван Петров считает, что Оливера Харта, скорее всего, сместят.", "for"},
		{"fr", "Selon le politologue Paul Martin, Oliver Hart sera probablement renversé par son parti.", "for"},
		{"sv", "Statsvetaren Johan Berg bedömer att det är sannolikt att premiärminister Oliver Hart avgår före årsskiftet.", "for"},
	} {
		hits := judgements(t, p, c.lang, c.text, "r-"+c.lang, june)
		o := m.Outlook(q, hits, 1, question.Options{Now: june})
		if len(o.Contributions) != 1 || o.Direction != c.dir {
			t.Errorf("%s %q: pooled %+v, direction %q, set aside %+v; want one judgement %s", c.lang, c.text, o.Contributions, o.Direction, o.SetAside, c.dir)
		}
	}
}

// A government's fall, in the words news uses for it, and its head
// toppled (ouster, kin of collapse) answer a question on its collapse.
func TestGovernmentFallInEveryLanguage(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Michel Barnier's government fall in a no-confidence vote before 2025?")
	nov := time.Date(2024, 11, 28, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"en", "Analyst Anna Smith said the opposition would probably bring down the government of Michel Barnier."},
		{"fr", "Selon le politologue Paul Martin, l'opposition va probablement renverser le gouvernement de Michel Barnier."},
		{"pl", "Zdaniem analityka Jana Kowalskiego upadek gabinetu Michela Barniera jest bardzo prawdopodobny."},
		{"de", "Der Politologe Max Weber hält einen Sturz von Michel Barnier für wahrscheinlich."},
		{"sv", "Statsvetaren Per Olsson bedömer att det är troligt att Michel Barniers regering fälls."},
		{"it", "Secondo il politologo Marco Rossi, l'opposizione potrebbe probabilmente far cadere il governo di Michel Barnier."},
	} {
		hits := judgements(t, p, c.lang, c.text, "g-"+c.lang, nov)
		o := m.Outlook(q, hits, 1, question.Options{Now: nov})
		if len(o.Contributions) != 1 || o.Direction != "for" {
			t.Errorf("%s: pooled %+v, set aside %+v; want one judgement for", c.lang, o.Contributions, o.SetAside)
		}
	}
}

// Of a question on a government's fall, a judgement that it survives the
// confidence vote (staying in office, the opposite of resigning, a kin of
// the collapse) is one against the fall, in every language.
func TestSurvivingTheVoteIsAgainstTheFall(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the Dutch government fall before the end of 2024?")
	sep := time.Date(2024, 9, 10, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"en", "Analyst Anna Smith said the Dutch government will almost certainly survive the confidence vote."},
		{"de", "Der Politologe Max Weber sagte, die niederländische Regierung werde das Misstrauensvotum sehr wahrscheinlich überstehen."},
		{"pl", "Analityk Jan Kowalski uważa, że holenderski rząd niemal na pewno przetrwa głosowanie."},
		{"ru", "Политолог Иван Петров уверен, что правительство Нидерландов скорее всего переживет вотум недоверия."},
		{"sv", "Statsvetaren Per Olsson bedömer att den nederländska regeringen med stor sannolikhet överlever omröstningen."},
		{"fi", "Tutkija Matti Virtanen arvioi, että Alankomaiden hallitus selviää luottamusäänestyksestä lähes varmasti."},
	} {
		hits := judgements(t, p, c.lang, c.text, "s-"+c.lang, sep)
		o := m.Outlook(q, hits, 1, question.Options{Now: sep})
		if len(o.Contributions) != 1 || o.Direction != "against" {
			t.Errorf("%s: pooled %+v, direction %q, set aside %+v; want one judgement against", c.lang, o.Contributions, o.Direction, o.SetAside)
		}
	}
}

// Of a question on a ceasefire holding, a judgement that it will break
// down, be broken or collapse is one against it (ceasefire-breakdown, the
// ceasefire's opposite), in every language; one that it holds is for it.
func TestCeasefireBreakdownIsAgainstItsHolding(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the ceasefire between Israel and Hezbollah hold until March 2025?")
	dec := time.Date(2024, 12, 5, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text, dir string }{
		{"en", "Analyst Sarah Cohen said the ceasefire between Israel and Hezbollah will probably collapse.", "against"},
		{"de", "Ein Zusammenbruch der Waffenruhe zwischen Israel und der Hisbollah ist eher unwahrscheinlich, sagte die Analystin Julia Schmitt.", "for"},
		{"uk", "Аналітик Петро Бондар вважає, що перемир'я між Ізраїлем і Хезболлою, ймовірно, зірветься.", "against"},
		{"fi", "Tutkija Jari Koski pitää epätodennäköisenä, että Israelin ja Hizbollahin tulitauko romahtaa.", "for"},
		{"pl", "Analityk Jan Kowalski uważa, że zerwanie rozejmu między Izraelem a Hezbollahem jest bardzo prawdopodobne.", "against"},
		{"sv", "Analytikern Per Olsson bedömer att vapenvilan mellan Israel och Hizbollah sannolikt bryts.", "against"},
		{"ru", "Политолог Иван Петров считает, что перемирие между Израилем и Хезболлой, скорее всего, сохранится.", "for"},
	} {
		hits := judgements(t, p, c.lang, c.text, "c-"+c.lang, dec)
		o := m.Outlook(q, hits, 1, question.Options{Now: dec})
		if len(o.Contributions) != 1 || o.Direction != c.dir {
			t.Errorf("%s: pooled %+v, direction %q, set aside %+v; want one judgement %s", c.lang, o.Contributions, o.Direction, o.SetAside, c.dir)
		}
	}
}

// "The first cut is likely in June" of a question "by May" says no cut
// before June: read against it by then, in every language (first_words).
func TestFirstTimeAfterTheBoundIsAgainst(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will the ECB cut interest rates by May 2025?")
	mar := time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ lang, text string }{
		{"en", "Economist Anna Smith said the first rate cut by the ECB is likely in June 2025."},
		{"de", "Der Ökonom Max Weber hält die erste Zinssenkung der EZB im Juni 2025 für wahrscheinlich."},
		{"sv", "Ekonomen Per Olsson bedömer att ECB:s första räntesänkning sannolikt kommer i juni 2025."},
		{"pl", "Ekonomista Jan Kowalski uważa, że pierwsza obniżka stóp przez EBC jest prawdopodobna w czerwcu 2025 roku."},
		{"ru", "Экономист Иван Петров считает, что первое снижение ставки ЕЦБ вероятно в июне 2025 года."},
		{"fi", "Ekonomisti Matti Virtanen pitää todennäköisenä, että EKP:n ensimmäinen koronlasku tulee kesäkuussa 2025."},
	} {
		hits := judgements(t, p, c.lang, c.text, "f-"+c.lang, mar)
		o := m.Outlook(q, hits, 1, question.Options{Now: mar})
		if len(o.Contributions) != 1 || o.Direction != "against" {
			t.Errorf("%s: pooled %+v, direction %q, set aside %+v; want one judgement against", c.lang, o.Contributions, o.Direction, o.SetAside)
		}
	}
}
