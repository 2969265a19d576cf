package estimate_test

import "testing"

// A verb of occurrence in the future after an event word is a categorical
// forecast that the event happens; negated, that it does not. Another
// clause's hedge does not take the forecast away.
func TestOccurrenceForecasts(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "The minister said the referendum will take place this year.", "referendum"},
		{"ru", "Министр заявил, что референдум пройдет уже в 2024 году.", "referendum"},
		{"pl", "Minister zapewnił, że referendum odbędzie się jesienią.", "referendum"},
		{"es", "El ministro dijo que la anexión sucederá en julio.", "annex"},
		{"de", "Der Minister sagte, dass das Referendum im Herbst stattfinden wird.", "referendum"},
		{"it", "Secondo il ministro il referendum si terrà in autunno.", "referendum"},
		{"fr", "Selon le ministre, le référendum aura lieu à l'automne.", "referendum"},
		{"uk", "Міністр заявив, що референдум відбудеться восени.", "referendum"},
	}, "almost_certain")
	checkIdioms(t, []idiomCase{
		{"it", "Il referendum non si farà quest'anno, ha detto il ministro.", "referendum"},
		{"pl", "Minister powiedział, że referendum nie odbędzie się w tym roku.", "referendum"},
		{"de", "Der Minister sagte, dass das Referendum nicht stattfinden wird.", "referendum"},
		{"fi", "Ministerin mukaan kansanäänestys ei tule toteutumaan tänä vuonna.", "referendum"},
		{"sv", "Ministern sade att folkomröstningen inte blir av i år.", "referendum"},
		{"fr", "Selon le ministre, le référendum n'aura pas lieu cette année.", "referendum"},
		{"it", "Il referendum non si farà per ora: la corte ha stabilito che il parlamento non può indirlo da solo.", "referendum"},
	}, "almost_no_chance")
}

// A verb of occurrence with no event family word before it (a concert
// taking place) forecasts nothing.
func TestOccurrenceNeedsAnEventBefore(t *testing.T) {
	for lang, text := range map[string]string{
		"en": "The concert will take place on Monday.",
		"ru": "Концерт пройдет в понедельник.",
		"pl": "Koncert odbędzie się w poniedziałek.",
		"es": "El concierto se celebrará el lunes.",
		"it": "Il concerto si terrà lunedì.",
		"de": "Das Konzert wird am Montag stattfinden.",
	} {
		for _, j := range judge(t, lang, text) {
			if j.Categorical {
				t.Errorf("%s %q: want no forecast, got %q (%s)", lang, text, j.Cue, j.Band)
			}
		}
	}
}

// What happens is the occurrence verb's subject, never the holder: with
// no one named as saying it, the forecast is the article's own.
func TestOccurrenceSubjectIsNotTheHolder(t *testing.T) {
	for _, c := range []idiomCase{
		{"it", "Il referendum sull'indipendenza della Catalogna non si farà, almeno per ora.", "referendum"},
		{"es", "El referéndum de independencia de Cataluña no se celebrará este año.", "referendum"},
		{"pl", "Referendum w sprawie niepodległości Katalonii nie odbędzie się w tym roku.", "referendum"},
		{"ru", "Референдум о независимости Каталонии не состоится в этом году.", "referendum"},
		{"de", "Das Referendum über die Unabhängigkeit Kataloniens wird nicht stattfinden.", "referendum"},
		{"fr", "Le référendum sur l'indépendance de la Catalogne n'aura pas lieu cette année.", "referendum"},
	} {
		j := aboutEvent(judge(t, c.lang, c.text), c.event)
		if j == nil {
			t.Errorf("%s %q: no judgement about %s", c.lang, c.text, c.event)
			continue
		}
		if h := holderName(j); h != "" || j.Band != "almost_no_chance" {
			t.Errorf("%s %q: %s held by %q, want almost_no_chance, the article's own", c.lang, c.text, j.Band, h)
		}
	}
}
