package estimate_test

import "testing"

// Being ready, prepared or willing to act is the actor's word that it
// will: a likely judgement of the event held by the actor, or by one who
// reports it; negated, an unlikely one. Wanting to is a preference, not
// an intention, and a readiness asked about ("готова ли …") is no one's
// word.
func TestReadyToAct(t *testing.T) {
	cases := []struct{ lang, text, cue, band, holder, actor string }{
		{"en", "Prime Minister Ana Rusu said Moldova was ready to leave the alliance.", "was ready to", "likely", "Ana Rusu", "Moldova"},
		{"en", "Moldova is not prepared to leave the alliance, Prime Minister Ana Rusu said.", "prepared to", "unlikely", "Ana Rusu", ""},
		{"de", "Rusu sagte, Moldau sei bereit, aus dem Bündnis auszutreten.", "sei bereit", "likely", "Rusu", "Moldau"},
		{"fr", "La Norvège se dit prête à reconnaître un État palestinien.", "se dit prête à", "likely", "La Norvège", "La Norvège"},
		{"es", "El Gobierno de Noruega está dispuesto a reconocer el Estado palestino.", "está dispuesto a", "likely", "El Gobierno de Noruega", "Noruega"},
		{"it", "La Norvegia è pronta a riconoscere lo Stato palestinese.", "è pronta a", "likely", "La Norvegia", "La Norvegia"},
		{"pl", "Premier Anna Rusu oświadczyła, że Mołdawia jest gotowa wystąpić z sojuszu.", "jest gotowa", "likely", "Anna Rusu", "Mołdawia"},
		{"ru", "Руссу заявила, что Молдавия готова выйти из альянса.", "готова", "likely", "Руссу", "Молдавия"},
		{"uk", "Північна Корея готова надіслати війська до Росії.", "готова", "likely", "Північна Корея", "Північна Корея"},
		{"sv", "Norge är redo att erkänna Palestina.", "är redo att", "likely", "Norge", "Norge"},
		// Announcing or deciding to act is the same word given.
		{"ru", "Правительство Молдавии заявило о намерении выйти из альянса.", "заявило о намерении", "likely", "Правительство Молдавии", "-"},
		{"uk", "Уряд Молдови оголосив про намір вийти з альянсу.", "оголосив про намір", "likely", "Уряд Молдови", "-"},
		{"sv", "Regeringen beslutade att lämna alliansen.", "beslutade att", "likely", "Regeringen", "-"},
		{"fi", "Hallitus ilmoitti aikovansa erota liitosta.", "ilmoitti aikovansa", "likely", "Hallitus", "-"},
		{"nl", "De regering kondigde aan het bondgenootschap te verlaten.", "kondigde aan", "likely", "De regering", "-"},
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
		if c.actor == "-" {
			continue
		}
		if j.Proposition.Actor != c.actor {
			t.Errorf("%s %q: actor %q, want %q", c.lang, c.text, j.Proposition.Actor, c.actor)
		}
	}
	// Asked, not said: a question word right after the readiness, or
	// opening the clause whose event the intending verb would take.
	for _, c := range []struct{ lang, text, cue string }{
		{"ru", "Споры о том, готова ли Болгария перейти на евро, не утихают.", "готова"},
		{"de", "Ob die Sanktionen aufgehoben werden, plant die EU im Mai zu entscheiden.", "plant"},
		{"de", "Die Ukraine will bis 2030 der EU beitreten.", "will"},
		{"pl", "Mniej niż jedna czwarta Szkotów chce referendum.", "chce"},
	} {
		if j := find(judge(t, c.lang, c.text), c.cue); j != nil {
			t.Errorf("%s %q: want no judgement at %q, got %s (%s)", c.lang, c.text, c.cue, j.Band, j.Cue)
		}
	}
}

// A speaker's own future in the first person is a categorical forecast
// of the event, held by the speaker: "Nous quitterons l'alliance",
// "Abandonaremos la alianza", "Ми вийдемо з альянсу", "Wystąpię z
// sojuszu".
func TestFirstPersonFutures(t *testing.T) {
	cases := []struct{ lang, text, cue, holder string }{
		{"fr", "« Nous quitterons l'alliance », a déclaré Ana Rusu.", "quitterons", "Ana Rusu"},
		{"es", "«Abandonaremos la alianza», dijo la primera ministra Ana Rusu.", "Abandonaremos", "Ana Rusu"},
		{"uk", "«Ми вийдемо з альянсу», — сказала прем'єрка Анна Руссу.", "вийдемо", "Анна Руссу"},
		{"pl", "„Wystąpię z sojuszu” – powiedział Jan Kowalski.", "Wystąpię", "Jan Kowalski"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Band != "very_likely" {
			t.Errorf("%s %q: want very_likely at %q, got\n%s", c.lang, c.text, c.cue, dump(js))
			continue
		}
		if h := holderAt(t, js, c.cue); h != c.holder {
			t.Errorf("%s %q: holder %q, want %q", c.lang, c.text, h, c.holder)
		}
	}
}

// A threat to act is an intention under its condition: "threatened to
// leave the alliance if …" is a conditional judgement of leaving, held
// by who threatens.
func TestThreatsAreConditionalIntentions(t *testing.T) {
	cases := []struct{ lang, text, cue, holder string }{
		{"en", "Moldova threatened to leave the alliance if it did not answer its questions.", "threatened to", "Moldova"},
		{"pl", "Mołdawia zagroziła we wtorek, że opuści sojusz, jeśli sojusz nie odpowie na jej pytania.", "zagroziła", "Mołdawia"},
		{"ru", "Молдавия пригрозила выйти из альянса, если он не ответит на её вопросы.", "пригрозила", "Молдавия"},
		{"es", "Moldavia amenazó con abandonar la alianza si no responde a sus preguntas.", "amenazó con", "Moldavia"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Condition == "" {
			t.Errorf("%s %q: want a conditional judgement at %q, got\n%s", c.lang, c.text, c.cue, dump(js))
			continue
		}
		if h := holderAt(t, js, c.cue); h != c.holder {
			t.Errorf("%s %q: holder %q, want %q", c.lang, c.text, h, c.holder)
		}
	}
	// "droht", "grozi", "грозит" alone say an event looms, not a threat.
	for _, c := range []struct{ lang, text, cue string }{
		{"pl", "Polsce grozi recesja.", "grozi"},
		{"ru", "России грозит дефолт.", "грозит"},
	} {
		if j := find(judge(t, c.lang, c.text), c.cue); j != nil && j.Band == "likely" && j.Holder != nil {
			t.Errorf("%s %q: read as a threat held by %q", c.lang, c.text, j.Holder.Name)
		}
	}
}

// A speaker's own intention in the first person ("I am not going to
// resign", "Я не собираюсь уходить в отставку", "Je n'ai pas l'intention
// de démissionner") is the speaker's word, like a third person's.
func TestFirstPersonIntentions(t *testing.T) {
	cases := []struct{ lang, text, cue, band, holder string }{
		{"en", "\"I am not going to resign,\" Prime Minister John Smith said.", "am not going to", "almost_no_chance", "John Smith"},
		{"ru", "«Я не собираюсь уходить в отставку», — сказал премьер Иван Петров.", "собираюсь", "unlikely", "Иван Петров"},
		{"uk", "«Я не збираюся йти у відставку», — сказав прем'єр Іван Петренко.", "збираюся", "unlikely", "Іван Петренко"},
		{"fr", "« Je n'ai pas l'intention de démissionner », a déclaré le Premier ministre Jean Dupont.", "n'ai pas l'intention", "unlikely", "Jean Dupont"},
		{"de", "„Ich bin bereit, zurückzutreten“, sagte Kanzler Hans Weber.", "bin bereit", "likely", "Hans Weber"},
		{"es", "«Estoy dispuesto a dimitir», dijo el presidente Juan Pérez.", "Estoy dispuesto a", "likely", "Juan Pérez"},
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
