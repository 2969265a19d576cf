package syntax

import (
	"slices"
	"testing"
)

// One news sentence per language: the names in it must come out as PROPN,
// the listed words with their lemma.
var known = []struct {
	lang, text string
	propn      []string
	lemmas     map[string]string
}{
	{"en", "Donald Tusk said on Monday that Poland would not send troops.", []string{"Donald", "Tusk", "Poland"}, map[string]string{"said": "say", "would": "would"}},
	{"de", "Bundeskanzler Olaf Scholz sagte am Montag in Berlin, dass die Regierung verhandeln werde.", []string{"Olaf", "Scholz", "Berlin"}, map[string]string{"sagte": "sagen"}},
	{"fr", "Emmanuel Macron a déclaré lundi à Paris que la France ne participera pas.", []string{"Macron", "Paris", "France"}, map[string]string{"déclaré": "déclarer"}},
	{"es", "Pedro Sánchez dijo el lunes en Madrid que España no enviará tropas.", []string{"Pedro", "Sánchez", "Madrid", "España"}, map[string]string{"tropas": "tropa"}},
	{"it", "Giorgia Meloni ha detto lunedì a Roma che l'Italia non invierà truppe.", []string{"Meloni", "Roma"}, map[string]string{"truppe": "truppa"}},
	{"nl", "Premier Mark Rutte zei maandag in Amsterdam dat Nederland geen troepen stuurt.", []string{"Mark", "Rutte", "Amsterdam", "Nederland"}, nil},
	{"sv", "Statsminister Ulf Kristersson sade på måndagen i Stockholm att Sverige inte skickar trupper.", []string{"Ulf", "Kristersson", "Stockholm", "Sverige"}, nil},
	{"pl", "Premier Donald Tusk powiedział w poniedziałek, że spotka się z Olafem Scholzem w Warszawie.", []string{"Donald", "Tusk", "Warszawie"}, map[string]string{"powiedział": "powiedzieć", "Warszawie": "Warszawa"}},
	{"ru", "Канцлер Олаф Шольц заявил в понедельник в Берлине, что Германия не пошлёт войска.", []string{"Олаф", "Шольц", "Берлине", "Германия"}, map[string]string{"заявил": "заявить", "Берлине": "Берлин"}},
	{"uk", "Президент Володимир Зеленський заявив у понеділок у Києві, що Україна не здасться.", []string{"Володимир", "Києві", "Україна"}, map[string]string{"Києві": "Київ"}},
	{"be", "Прэзідэнт Аляксандр Лукашэнка заявіў у панядзелак у Мінску, што Беларусь не пашле войскі.", []string{"Аляксандр", "Лукашэнка", "Мінску", "Беларусь"}, nil},
	{"lt", "Prezidentas Gitanas Nausėda pirmadienį Vilniuje pareiškė, kad Lietuva nesiųs karių.", []string{"Gitanas", "Nausėda", "Vilniuje", "Lietuva"}, map[string]string{"Vilniuje": "Vilnius"}},
}

func TestEmbeddedModelsTagNews(t *testing.T) {
	for _, k := range known {
		m, ok := ForLanguage(k.lang)
		if !ok {
			if slices.Contains([]string{"pl", "uk", "it"}, k.lang) {
				continue // built with kent_nocommercial
			}
			t.Errorf("no embedded model for %s", k.lang)
			continue
		}
		toks := m.Tag(m.Words(Tokenize(k.text)))
		got := map[string]Token{}
		for _, tok := range toks {
			got[tok.Form] = tok
		}
		for _, w := range k.propn {
			if got[w].UPOS != "PROPN" {
				t.Errorf("%s: %s tagged %q, want PROPN", k.lang, w, got[w].UPOS)
			}
		}
		for w, lemma := range k.lemmas {
			if got[w].Lemma != lemma {
				t.Errorf("%s: lemma of %s = %q, want %q", k.lang, w, got[w].Lemma, lemma)
			}
		}
	}
}

// The names issue's inflected names: the lemma gives the name back.
func TestInflectedNamesLemmatize(t *testing.T) {
	for _, c := range []struct{ lang, text, form, lemma string }{
		{"pl", "Wczoraj rozmawiano o wizycie Donalda Tuska w Berlinie.", "Tuska", "Tusk"},
		{"pl", "Spotkał się z Donaldem Tuskiem.", "Tuskiem", "Tusk"},
		{"ru", "Об этом сообщила пресс-служба Владимира Путина в среду.", "Путина", "Путин"},
		{"ru", "Канцлер встретился с Дональдом Туском.", "Туском", "Туск"},
	} {
		m, ok := ForLanguage(c.lang)
		if !ok {
			continue
		}
		for _, tok := range m.Tag(m.Words(Tokenize(c.text))) {
			if tok.Form == c.form && (tok.Lemma != c.lemma || tok.UPOS != "PROPN") {
				t.Errorf("%s: %s → %s %s, want PROPN %s", c.lang, c.form, tok.UPOS, tok.Lemma, c.lemma)
			}
		}
	}
}

func TestEveryLanguageHasAModel(t *testing.T) {
	for _, code := range Languages {
		if _, err := Load(code); err != nil && ModelSize(code) > 0 {
			t.Errorf("%s: embedded model does not load: %v", code, err)
		}
	}
	if _, ok := ForLanguage("xx"); ok {
		t.Error("a model for an unknown language")
	}
	if n := len(Available()); n != 12 && n != 9 {
		t.Errorf("%d models embedded, want 12 (9 with kent_nocommercial)", n)
	}
}

// Models are shared by the pipeline's workers: tagging in parallel must
// give what tagging alone gives.
func TestTagConcurrently(t *testing.T) {
	m, ok := ForLanguage("en")
	if !ok {
		t.Skip("no English model")
	}
	words := Tokenize(known[0].text)
	want := m.Tag(words)
	done := make(chan []Token)
	for range 4 {
		go func() { done <- m.Tag(words) }()
	}
	for range 4 {
		if got := <-done; !slices.Equal(got, want) {
			t.Errorf("concurrent Tag = %v, want %v", got, want)
		}
	}
}

// The main verb of each news sentence heads it.
var roots = map[string]string{"en": "said", "de": "sagte", "fr": "déclaré", "es": "dijo", "it": "detto",
	"nl": "zei", "sv": "sade", "pl": "powiedział", "ru": "заявил", "uk": "заявив", "be": "заявіў", "lt": "pareiškė"}

func TestEmbeddedModelsParseNews(t *testing.T) {
	for _, k := range known {
		m, ok := ForLanguage(k.lang)
		if !ok {
			continue
		}
		toks := m.Parse(m.Words(Tokenize(k.text)))
		var heads []string
		for _, tok := range toks {
			if tok.Head < 0 || tok.Head > len(toks) {
				t.Fatalf("%s: %s has head %d of %d words", k.lang, tok.Form, tok.Head, len(toks))
			}
			if tok.Head == 0 {
				heads = append(heads, tok.Form)
			}
		}
		if want := roots[k.lang]; want != "" && (len(heads) != 1 || heads[0] != want) {
			t.Errorf("%s: roots %q, want [%s]", k.lang, heads, want)
		}
	}
}

// TagNoLemma reads every word as Tag does, in every language, windows of
// a sentence included; it only leaves the lemma out.
func TestTagNoLemmaTagsAsTag(t *testing.T) {
	for _, k := range known {
		m, ok := ForLanguage(k.lang)
		if !ok {
			continue
		}
		forms := m.Words(Tokenize(k.text))
		for lo := 0; lo < len(forms); lo += 3 {
			win := forms[lo:min(len(forms), lo+7)]
			want, got := m.Tag(win), m.TagNoLemma(win)
			for i := range want {
				if got[i].Form != want[i].Form || got[i].UPOS != want[i].UPOS || got[i].Feats != want[i].Feats || got[i].Lemma != "" {
					t.Errorf("%s %q: TagNoLemma %+v, Tag %+v", k.lang, win, got[i], want[i])
				}
			}
		}
	}
}

// TagNoLemmaIn gives the words it is asked for exactly TagNoLemma's UPOS
// and features, in every language, at a window's edges and inside it, and
// every other word its UPOS alone.
func TestTagNoLemmaInReadsAsTagNoLemma(t *testing.T) {
	for _, k := range known {
		m, ok := ForLanguage(k.lang)
		if !ok {
			continue
		}
		forms := m.Words(Tokenize(k.text))
		for lo := 0; lo < len(forms); lo += 2 {
			win := forms[lo:min(len(forms), lo+7)]
			want := m.TagNoLemma(win)
			for from := range win {
				for to := from + 1; to <= min(len(win), from+3); to++ {
					got := m.TagNoLemmaIn(win, from, to)
					for i := range want {
						read := i >= from && i < to
						if got[i].UPOS != want[i].UPOS || read && got[i].Feats != want[i].Feats {
							t.Errorf("%s %q [%d,%d) word %d: TagNoLemmaIn %+v, TagNoLemma %+v", k.lang, win, from, to, i, got[i], want[i])
						}
					}
				}
			}
		}
	}
}
