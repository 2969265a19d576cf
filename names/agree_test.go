package names_test

import (
	"strings"
	"testing"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/names"
)

// A name's case and gender follow from its sentence where its endings
// cannot tell: an inflected given name or a preposition puts the surname in
// a case form, a man's given name keeps a woman's surname form from his
// surname, and a woman's given name or verb keeps a man's from hers.
func TestBasesAgreeWithTheSentence(t *testing.T) {
	in := names.NewInflector(lexicon.MustDefault())
	for _, tc := range []struct {
		lang  string
		name  names.Printed
		hints map[string]string // a tagger's or the learnt word ends' lemmas
		also  []string          // other names of the article
		want  string
	}{
		// A man's given name in a case form: his surname is in one too.
		{"pl", names.Printed{Words: []string{"Donalda", "Tuska"}}, nil, nil, "Donald Tusk"},
		{"pl", names.Printed{Words: []string{"Tadeuszowi", "Nowakowi"}}, nil, nil, "Tadeusz Nowak"},
		{"be", names.Printed{Words: []string{"Уладзіміра", "Някляева"}}, nil, nil, "Уладзімір Някляеў"},
		{"uk", names.Printed{Words: []string{"Олександра", "Мельника"}}, nil, nil, "Олександр Мельник"},
		// A Belarusian -аву after a man's dative is his, not a woman's
		// accusative, whatever the learnt word ends guess.
		{"be", names.Printed{Words: []string{"Дзмітрыю", "Канавалаву"}}, map[string]string{"Канавалаву": "Канавалава"}, nil, "Дзмітрый Канавалаў"},
		{"be", names.Printed{Words: []string{"Сяргею", "Грыцу"}}, map[string]string{"Грыцу": "Грыца"}, nil, "Сяргей Грыц"},
		// After a preposition a name is no nominative.
		{"pl", names.Printed{Words: []string{"Nalepy"}, Before: "od"}, nil, nil, "Nalepa"},
		{"ru", names.Printed{Words: []string{"Кулебы"}, Before: "у"}, nil, nil, "Кулеба"},
		{"uk", names.Printed{Words: []string{"Єльцина"}, Before: "у"}, nil, nil, "Єльцин"},
		{"uk", names.Printed{Words: []string{"Коваля"}, Before: "Для"}, nil, nil, "Коваль"}, // not Ковалй
		// The dative of a name in -a: after a man's given name in a form
		// only the dative has, or a preposition of the dative alone; a
		// man's locative ("o Trumpie", "Олафе Шольце") keeps its consonant.
		{"pl", names.Printed{Words: []string{"Tadeuszowi", "Nalepie"}}, nil, nil, "Tadeusz Nalepa"},
		{"pl", names.Printed{Words: []string{"Nalepie"}, Before: "dzięki"}, nil, nil, "Nalepa"},
		{"pl", names.Printed{Words: []string{"Trumpie"}, Before: "o"}, nil, nil, "Trump"},
		{"ru", names.Printed{Words: []string{"Олегу", "Кулебе"}}, nil, nil, "Олег Кулеба"},
		{"ru", names.Printed{Words: []string{"Олафе", "Шольце"}}, nil, nil, "Олаф Шольц"},
		{"uk", names.Printed{Words: []string{"Кулебі"}, Before: "завдяки"}, nil, nil, "Кулеба"},
		// Polish names in -o decline as those in -a: a tagger's -o for a
		// printed -a is not taken ("do Arasyba").
		{"pl", names.Printed{Words: []string{"Arasyba"}, Before: "do"}, map[string]string{"Arasyba": "Arasybo"}, nil, "Arasyb"},
		// Without either, an ambiguous form stays as printed.
		{"ru", names.Printed{Words: []string{"Кулебы"}}, nil, nil, "Кулебы"},
		// A woman stays a woman: her given name, a surname only women
		// bear, or her verb keep the article's man of that surname away.
		{"ru", names.Printed{Words: []string{"Анна", "Смирнова"}}, nil, []string{"Смирнов"}, "Анна Смирнова"},
		{"ru", names.Printed{Words: []string{"Смирнова"}, Verb: "сказала"}, nil, []string{"Смирнов"}, "Смирнова"},
		{"ru", names.Printed{Words: []string{"Смирнова"}, Verb: "сказал"}, nil, []string{"Смирнов"}, "Смирнов"},
		{"pl", names.Printed{Words: []string{"Jana", "Kowalska"}}, nil, nil, "Jan Kowalska"},
		{"ru", names.Printed{Words: []string{"Петрова"}, Before: "г-жа"}, nil, []string{"Петров"}, "Петрова"},
		{"ru", names.Printed{Words: []string{"Петрова"}, Before: "г-на"}, nil, []string{"Петров"}, "Петров"},
		{"pl", names.Printed{Words: []string{"Anny", "Muchy"}}, nil, nil, "Anna Mucha"},
		{"be", names.Printed{Words: []string{"Любоў", "Кавалёва"}}, map[string]string{"Кавалёва": "Кавалёў"}, nil, "Любоў Кавалёва"},
		// A woman's given name the surname endings would cut is no case
		// form: "Тацяна" is not "Тацян".
		{"be", names.Printed{Words: []string{"Тацяна", "Бародкіна"}}, nil, nil, "Тацяна Бародкіна"},
		// A man's name in -a is a man's (Kuba), a foreign surname after a
		// man's genitive stays when no ending fits a man ("Roberta Hue").
		{"pl", names.Printed{Words: []string{"Kuby", "Nalepy"}}, nil, nil, "Kuba Nalepa"},
		{"pl", names.Printed{Words: []string{"Roberta", "Hue"}}, nil, nil, "Robert Hue"},
		// A given name in the nominative keeps its surname in it, whatever
		// a sure ending (-ta) or a learnt guess makes of it alone.
		{"pl", names.Printed{Words: []string{"Jacek", "Piechota"}}, map[string]string{"Piechota": "Piechot"}, nil, "Jacek Piechota"},
		{"pl", names.Printed{Words: []string{"Jakub", "Gajda"}}, map[string]string{"Gajda": "Gajd"}, nil, "Jakub Gajda"},
		// Languages without case endings on names are left alone, the
		// genitive -s aside.
		{"de", names.Printed{Words: []string{"Olaf", "Scholz"}, Before: "von"}, nil, nil, "Olaf Scholz"},
		{"sv", names.Printed{Words: []string{"Magdalena", "Anderssons"}}, nil, []string{"Andersson"}, "Magdalena Andersson"},
		{"en", names.Printed{Words: []string{"Kamala", "Harris"}, Before: "with", Verb: "said"}, nil, nil, "Kamala Harris"},
	} {
		ns := []names.Printed{tc.name}
		for _, a := range tc.also {
			ns = append(ns, names.Printed{Words: strings.Fields(a)})
		}
		got := strings.Join(in.Bases(ns, tc.lang, nil, tc.hints)[0], " ")
		if got != tc.want {
			t.Errorf("%s %q (before %q, verb %q): %q, want %q", tc.lang, strings.Join(tc.name.Words, " "), tc.name.Before, tc.name.Verb, got, tc.want)
		}
	}
}

// The names stage reads a name's case from its sentence: "u Єльцина" and
// "Уладзіміра Някляева" are keyed by their base forms, and a woman who
// shares a man's surname keeps her own key.
func TestFinderAgreesNamesWithTheirSentence(t *testing.T) {
	p := processor(t)
	for _, tc := range []struct {
		lang, text string
		want       map[string]string // mention → name
	}{
		{"be", "Паводле Уладзіміра Някляева, улада не саступіць. Пра гэта заявіў паэт.",
			map[string]string{"Уладзіміра Някляева": "Уладзімір Някляеў"}},
		{"pl", "Według Bogdana Niechcica rząd upadnie. Tak uważa ekspert.",
			map[string]string{"Bogdana Niechcica": "Bogdan Niechcic"}},
		{"ru", "Анна Смирнова сказала, что выборы пройдут. Сергей Смирнов с ней не согласен.",
			map[string]string{"Анна Смирнова": "Анна Смирнова", "Сергей Смирнов": "Сергей Смирнов"}},
	} {
		a := process(t, p, tc.lang, tc.text)
		got := map[string]string{}
		for _, m := range a.Mentions {
			if m.Kind == kent.SpeakerPerson {
				got[m.Text] = m.Name
			}
		}
		for text, name := range tc.want {
			if got[text] != name {
				t.Errorf("%s: %q named %q, want %q (all: %v)", tc.lang, text, got[text], name, got)
			}
		}
	}
}

// A speaker named in a case form is shown in the base form where that
// cannot turn a woman into a man, and keyed by the base form her or his
// sentence gives: Анна Смирнова is never keyed or shown as a Смирнов the
// article also names.
func TestSpeakersShownInTheirBaseForm(t *testing.T) {
	p := processor(t)
	for _, tc := range []struct {
		lang, text string
		want       map[string]string // speaker as printed → as shown
		surname    map[string]string // speaker as shown → key's surname
	}{
		{"pl", "Zdaniem Jacka Kurskiego rząd raczej nie upadnie. „To mało prawdopodobne” – powiedziała Joanna Kluzik.",
			map[string]string{"Jacka Kurskiego": "Jacek Kurski", "Joanna Kluzik": "Joanna Kluzik"}, map[string]string{"Jacek Kurski": "kurski"}},
		{"ru", "По словам Анны Смирновой, выборы, скорее всего, пройдут. Сергей Смирнов сказал, что это маловероятно. «Это невозможно», — сказала Смирнова.",
			map[string]string{"Анны Смирновой": "Анна Смирнова", "Смирнова": "Смирнова", "Сергей Смирнов": "Сергей Смирнов"},
			map[string]string{"Анна Смирнова": "smirnova", "Смирнова": "smirnova", "Сергей Смирнов": "smirnov"}},
		{"uk", "На думку Олександра Мельника, війна навряд чи закінчиться.",
			map[string]string{"Олександра Мельника": "Олександр Мельник"}, nil},
	} {
		a := process(t, p, tc.lang, tc.text)
		got := map[string]string{}
		keys := map[string]string{}
		for _, q := range a.Quotes {
			if q.Speaker != nil {
				got[q.Speaker.Mention] = q.Speaker.Name
				keys[q.Speaker.Name] = q.Speaker.Key.Surname
			}
		}
		for printed, shown := range tc.want {
			if got[printed] != shown {
				t.Errorf("%s: speaker %q shown as %q, want %q (all: %v)", tc.lang, printed, got[printed], shown, got)
			}
		}
		for shown, sur := range tc.surname {
			if keys[shown] != sur {
				t.Errorf("%s: speaker %q keyed by surname %q, want %q", tc.lang, shown, keys[shown], sur)
			}
		}
	}
}
