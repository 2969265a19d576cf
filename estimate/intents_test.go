package estimate_test

import "testing"

// An intending verb with an event in its clause is a likely judgement of
// that event held by its subject; negated, an unlikely one. One who
// reports the intention holds it instead.
func TestIntendingVerbs(t *testing.T) {
	cases := []struct{ lang, text, cue, band, holder string }{
		{"en", "The Scottish government intends to hold a referendum in October 2023.", "intends to", "likely", "government"},
		{"en", "Analysts said the government does not intend to hold a referendum this year.", "intend to", "unlikely", "Analysts"},
		{"de", "Die Regierung beabsichtigt, ein Embargo auf russisches Gas zu verhängen.", "beabsichtigt", "likely", "Die Regierung"},
		{"pl", "Rząd zamierza uznać Palestynę jeszcze przed latem.", "zamierza", "likely", "Rząd"},
		{"ru", "Правительство намерено объявить мобилизацию весной.", "намерено", "likely", "Правительство"},
		{"uk", "Уряд має намір визнати Палестину до літа.", "має намір", "likely", "Уряд"},
		{"sv", "Regeringen planerar att erkänna Palestina före sommaren.", "planerar att", "likely", "Regeringen"},
		{"fr", "Nicola Sturgeon promet d'organiser un nouveau référendum le 19 octobre 2023.", "promet", "likely", "Nicola Sturgeon"},
		{"es", "El Gobierno tiene previsto reconocer a Palestina antes del verano.", "tiene previsto", "likely", "El Gobierno"},
		{"it", "Il governo intende riconoscere la Palestina entro l'estate.", "intende", "likely", "Il governo"},
		{"fi", "Hallitus aikoo tunnustaa Palestiinan ennen kesää.", "aikoo", "likely", "Hallitus"},
		// An event noun fronted before the verb is its object: the
		// sentence is the article's own report.
		{"pl", "Uznanie Palestyny zapowiedziała również Hiszpania.", "zapowiedziała", "likely", ""},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Band != c.band {
			t.Errorf("%s %q: want %s at %q, got\n%s", c.lang, c.text, c.band, c.cue, dump(js))
			continue
		}
		if h := holderAt(t, js, c.cue); h != c.holder {
			t.Errorf("%s %q: holder %q, want %q", c.lang, c.text, h, c.holder)
		}
	}
	// A verb of intent with no event in its clause judges nothing.
	for _, c := range []struct{ lang, text string }{
		{"en", "The minister intends to travel to Brussels on Monday."},
		{"pl", "Minister zamierza w poniedziałek pojechać do Brukseli."},
		{"ru", "Министр намерен в понедельник поехать в Брюссель."},
	} {
		if js := judge(t, c.lang, c.text); len(js) > 0 {
			t.Errorf("%s %q: want no judgement, got\n%s", c.lang, c.text, dump(js))
		}
	}
}

// Stated indecision and "too early to say" are about even; "no one
// doubts" is almost certain, and the "no one" who doubts holds nothing.
func TestIndecisionAndNoOneDoubts(t *testing.T) {
	cases := []struct{ lang, text, cue, band, holder string }{
		{"en", "The president has not yet decided whether to withdraw from the race.", "has not yet decided", "roughly_even", ""},
		{"de", "Der Präsident habe sich noch nicht entschieden, ob er aus dem Rennen aussteigt, sagte ein Vertrauter.", "noch nicht entschieden", "roughly_even", "Vertrauter"},
		{"pl", "Jest zbyt wcześnie, by mówić o wycofaniu się Rosjan z Chersonia.", "zbyt wcześnie, by", "roughly_even", ""},
		{"pl", "Nie wiadomo, czy Rosjanie wycofają się z Chersonia.", "Nie wiadomo, czy", "roughly_even", ""},
		{"ru", "Эксперт считает, что пока рано говорить о выводе войск из Херсона.", "пока рано говорить", "roughly_even", "Эксперт"},
		{"uk", "Експерт вважає, що зарано говорити про виведення військ з Херсона.", "зарано говорити", "roughly_even", "Експерт"},
		{"sv", "Statsministern har ännu inte bestämt sig för om det blir ett nyval.", "har ännu inte bestämt sig", "roughly_even", ""},
		{"en", "No one doubts that the government will fall on Wednesday.", "No one doubts that", "almost_certain", ""},
		{"de", "Niemand zweifelt daran, dass die Regierung am Mittwoch stürzt.", "Niemand zweifelt", "almost_certain", ""},
		{"pl", "Nikt nie wątpi, że rząd upadnie w środę.", "Nikt nie wątpi", "almost_certain", ""},
		{"ru", "Никто не сомневается, что правительство уйдёт в отставку.", "Никто не сомневается", "almost_certain", ""},
		{"uk", "Ніхто не сумнівається, що уряд піде у відставку.", "Ніхто не сумнівається", "almost_certain", ""},
		{"sv", "Ingen tvivlar på att regeringen faller på onsdag.", "Ingen tvivlar på", "almost_certain", ""},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Band != c.band {
			t.Errorf("%s %q: want %s at %q, got\n%s", c.lang, c.text, c.band, c.cue, dump(js))
			continue
		}
		if h := holderAt(t, js, c.cue); h != c.holder {
			t.Errorf("%s %q: holder %q, want %q", c.lang, c.text, h, c.holder)
		}
	}
}
