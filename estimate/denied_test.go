package estimate_test

import (
	"slices"
	"testing"
)

// A stated intention denied is one judgement in every language: unlikely,
// held by the one who does not mean to act, or by the one who reports it;
// with an infinitive complement, an inflected verb, a negation written
// inside the phrase ("hat nicht vor", "neketina") or standing apart from
// it ("ettei hän aio"). It is never the categorical "no" of the article's
// voice.
func TestDeniedIntentions(t *testing.T) {
	cases := []struct{ lang, text, cue, holder string }{
		{"en", "The prime minister does not intend to resign.", "intend to", "minister"},
		{"en", "The Kremlin has no plans to declare a mobilisation.", "plans to", "The Kremlin"},
		{"en", "Biden said he has no intention of stepping aside.", "has no intention of", "Biden"},
		{"de", "Der Kanzler hat nicht vor, zurückzutreten.", "hat nicht vor", "Der Kanzler"},
		{"de", "Merz denkt nicht daran, zurückzutreten.", "denkt nicht daran", "Merz"},
		{"fr", "Le Premier ministre n'a pas l'intention de démissionner.", "n'a pas l'intention", "ministre"},
		{"es", "El presidente no tiene intención de dimitir.", "tiene intención de", "presidente"},
		{"it", "Il premier non intende dimettersi.", "intende", "premier"},
		{"pl", "Prezydent nie zamierza wycofać się z wyścigu.", "zamierza", "Prezydent"},
		{"pl", "Premier nie zamierza podać się do dymisji, powiedział rzecznik.", "zamierza", "rzecznik"},
		{"ru", "Премьер не намерен уходить в отставку.", "намерен", "Премьер"},
		{"ru", "Российские военные не планируют ее покидать, заявил в среду заместитель главы администрации Кирилл Стремоусов.", "планируют", "Кирилл Стремоусов"},
		{"uk", "Прем'єр не збирається йти у відставку.", "збирається", "Прем'єр"},
		{"uk", "Президент не планує виходити з перегонів.", "планує", "Президент"},
		{"be", "Прэм'ер не збіраецца сыходзіць у адстаўку.", "збіраецца", "Прэм'ер"},
		{"lt", "Premjeras neketina atsistatydinti.", "neketina", "Premjeras"},
		{"sv", "Statsministern har inte för avsikt att avgå.", "har inte för avsikt att", "Statsministern"},
		{"sv", "Statsministern planerar inte att avgå.", "planerar inte att", "Statsministern"},
		{"fi", "Pääministeri ei aio erota.", "aio", "Pääministeri"},
		{"fi", "Marin sanoi, ettei hän aio erota.", "aio", "Marin"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Band != "unlikely" || j.Categorical {
			t.Errorf("%s %q: want a denied intention (unlikely, not categorical) at %q, got\n%s", c.lang, c.text, c.cue, dump(js))
			continue
		}
		if h := holderAt(t, js, c.cue); h != c.holder {
			t.Errorf("%s %q: holder %q, want %q", c.lang, c.text, h, c.holder)
		}
	}
}

// The event of a German infinitive clause is read through its "zu":
// "zurückzutreten" is a resignation, "auszusteigen" a withdrawal.
func TestGermanInfixInfinitives(t *testing.T) {
	for text, event := range map[string]string{
		"Der Kanzler hat nicht vor, zurückzutreten.":                "resign",
		"Der Präsident hat nicht vor, aus dem Rennen auszusteigen.": "withdraw",
	} {
		js := judge(t, "de", text)
		if j := find(js, "hat nicht vor"); j == nil || !slices.Contains(j.Proposition.Events, event) {
			t.Errorf("%q: want the proposition's event %s, got\n%s", text, event, dump(js))
		}
	}
}

// An adverb of firm expectation next to an expecting verb makes it very
// likely: "rechnet fest mit", "fully expects", "w pełni oczekuje",
// "твердо рассчитывает"; denied, it stays the mirror of likely.
func TestFirmExpectations(t *testing.T) {
	cases := []struct{ lang, text, cue, band string }{
		{"de", "Der Minister rechnet fest mit einer Zinssenkung im Juni.", "rechnet", "very_likely"},
		{"en", "The minister fully expects a rate cut in June.", "expects", "very_likely"},
		{"pl", "Minister w pełni oczekuje obniżki stóp w czerwcu.", "oczekuje", "very_likely"},
		{"ru", "Министр твердо рассчитывает на снижение ставки в июне.", "рассчитывает", "very_likely"},
		{"uk", "Міністр твердо розраховує на зниження ставки в червні.", "розраховує", "very_likely"},
		{"fr", "Le ministre prévoit fermement une baisse des taux en juin.", "prévoit", "very_likely"},
		{"de", "Der Minister rechnet mit einer Zinssenkung im Juni.", "rechnet mit", "likely"},
		{"en", "The minister expects a rate cut in June.", "expects", "likely"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		if j := find(js, c.cue); j == nil || j.Band != c.band {
			t.Errorf("%s %q: want %s at %q, got\n%s", c.lang, c.text, c.band, c.cue, dump(js))
		}
	}
}

// A modal verb in an infinitive ("nicht gewinnen zu können") says what
// one is able to do: it is no hedge of its own.
func TestModalInInfinitiveIsNoHedge(t *testing.T) {
	js := judge(t, "de", "Er fürchtet, im November nicht gewinnen zu können.")
	if j := find(js, "können"); j != nil {
		t.Errorf("want no hedge at «können», got\n%s", dump(js))
	}
	js = judge(t, "de", "Die Regierung könnte im Juni zurücktreten.")
	if j := find(js, "könnte"); j == nil || j.Band != "roughly_even" {
		t.Errorf("want the modal «könnte» read, got\n%s", dump(js))
	}
}

// A refusal to act ("refuses to resign", "odmawia", "отказывается",
// "weigert sich") is an intention not to: unlikely, about the refused
// event, and read against it once (the refusal is in the band, so the
// question does not turn it round again).
func TestRefusalsAreAgainstOnce(t *testing.T) {
	setup(t)
	cases := []struct{ lang, question, text, cue string }{
		{"en", "Will Pedro Sánchez resign?", "The Spanish prime minister Pedro Sánchez refuses to resign, his spokesman said on Monday.", "refuses to"},
		{"de", "Wird Pedro Sánchez zurücktreten?", "Der spanische Ministerpräsident Pedro Sánchez weigert sich, zurückzutreten.", "weigert sich"},
		{"pl", "Czy Pedro Sánchez poda się do dymisji?", "Hiszpański premier Pedro Sánchez odmawia podania się do dymisji.", "odmawia"},
		{"ru", "Уйдет ли Педро Санчес в отставку?", "Премьер-министр Испании Педро Санчес отказался уходить в отставку.", "отказался"},
		{"uk", "Чи піде Педро Санчес у відставку?", "Прем'єр-міністр Іспанії Педро Санчес відмовляється йти у відставку.", "відмовляється"},
		{"fr", "Pedro Sánchez va-t-il démissionner ?", "Le Premier ministre espagnol Pedro Sánchez refuse de démissionner.", "refuse de"},
		{"it", "Pedro Sánchez si dimetterà?", "Il premier spagnolo Pedro Sánchez si rifiuta di dimettersi.", "si rifiuta di"},
		{"sv", "Kommer Pedro Sánchez att avgå?", "Spaniens premiärminister Pedro Sánchez vägrar att avgå.", "vägrar"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Band != "unlikely" {
			t.Errorf("%s %q: want unlikely at %q, got\n%s", c.lang, c.text, c.cue, dump(js))
			continue
		}
		if r := qm.Relevance(qm.Parse(c.question), *j); !r.About || r.Invert {
			t.Errorf("%s %q: want about %q and not inverted, got about=%v invert=%v (%s)", c.lang, c.text, c.question, r.About, r.Invert, r.Reason)
		}
	}
	// A refusal with no event judges nothing: "refused to comment".
	for _, c := range []struct{ lang, text, cue string }{
		{"en", "The prime minister refused to comment on the report, his spokesman said.", "refused to"},
		{"pl", "Premier odmówił komentarza w tej sprawie, powiedział rzecznik rządu.", "odmówił"},
	} {
		if js := judge(t, c.lang, c.text); find(js, c.cue) != nil {
			t.Errorf("%s %q: want no judgement at %q, got\n%s", c.lang, c.text, c.cue, dump(js))
		}
	}
}

// One who rules the event out holds that judgement: the verb's subject,
// where no one else reports it.
func TestRulingOutIsItsSubjects(t *testing.T) {
	cases := []struct{ lang, text, cue, holder string }{
		{"en", "The president ruled out stepping down before the election.", "ruled out", "president"},
		{"pl", "Premier wykluczył dymisję przed wyborami.", "wykluczył", "Premier"},
		{"ru", "Премьер исключил свою отставку до выборов.", "исключил", "Премьер"},
		{"uk", "Прем'єр виключив свою відставку до виборів.", "виключив", "Прем'єр"},
		{"fr", "Le Premier ministre a exclu de démissionner avant les élections.", "a exclu", "ministre"},
		{"sv", "Statsministern uteslöt att avgå före valet.", "uteslöt", "Statsministern"},
	}
	for _, c := range cases {
		js := judge(t, c.lang, c.text)
		if j := find(js, c.cue); j == nil || j.Band != "almost_no_chance" {
			t.Errorf("%s %q: want almost_no_chance at %q, got\n%s", c.lang, c.text, c.cue, dump(js))
			continue
		}
		if h := holderAt(t, js, c.cue); h != c.holder {
			t.Errorf("%s %q: holder %q, want %q", c.lang, c.text, h, c.holder)
		}
	}
}
