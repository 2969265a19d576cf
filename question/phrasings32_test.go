package question_test

import (
	"testing"
	"time"
)

// Questions on a head of government leaving office, asked the ways users
// write them (leave the post, be replaced, lose the job, quit, no longer
// be), read as resigning, whose kin takes a dismissal, in every language:
// not as withdrawing from a race, nor as an ouster that would leave
// resignations out. "no longer be prime minister" asks whether he goes,
// not whether he stays.
func TestLeavingOfficeIsResigning(t *testing.T) {
	m, _, _ := setup(t)
	for _, c := range []struct {
		text    string
		negated bool
	}{
		{"Will Robert Fico leave the post of Slovakia's prime minister by end-March 2026?", false},
		{"Will Fico be replaced as prime minister?", false},
		{"Is Robert Fico going to quit?", false},
		{"Will Robert Fico no longer be prime minister by the end of 2026?", false},
		{"Will Robert Fico lose his job this year?", false},
		{"Wird Robert Fico als Regierungschef abgelöst?", false},
		{"Czy Robert Fico zostanie zastąpiony na stanowisku premiera?", false},
		{"Уйдёт ли Роберт Фицо с поста премьер-министра до конца года?", false},
		{"Чи піде Роберт Фіцо з посади прем'єр-міністра?", false},
		{"Чи замінять Фіцо на посаді прем'єр-міністра цього року?", false},
		{"Emmanuel Macron restera-t-il président jusqu'en 2027 ?", true},
		{"¿Seguirá Pedro Sánchez siendo presidente del Gobierno en 2026?", true},
		{"Blijft Dick Schoof premier tot het einde van het jaar?", true},
	} {
		q := understand(t, m, c.text)
		if q.Family != "resign" || q.Negated != c.negated || q.Subject == nil || q.Subject.Kind != "person" {
			t.Errorf("%q: family %q, negated %v, subject %+v, object %+v; want resign, negated %v, a person", c.text, q.Family, q.Negated, q.Subject, q.Object, c.negated)
		}
	}
}

// A truce agreed or concluded is a ceasefire, not any deal ("agree to a
// truce", "заключено перемирие"), and a Finnish ceasefire (tulitauko) is
// no rate pause (tauko) for all that its word ends in one.
func TestTruceAgreedIsCeasefire(t *testing.T) {
	m, _, _ := setup(t)
	for _, qt := range []string{
		"Will Ukraine and Russia agree to a truce before Christmas?",
		"Будет ли заключено перемирие между Россией и Украиной до конца года?",
		"Чи буде укладено перемир'я між Росією та Україною до кінця року?",
		"Syntyykö Venäjän ja Ukrainan välille tulitauko ennen vuoden loppua?",
	} {
		q := understand(t, m, qt)
		if q.Family != "ceasefire" || q.Negated {
			t.Errorf("%q: family %q, negated %v; want ceasefire, positive", qt, q.Family, q.Negated)
		}
	}
}

// A second term, a new mandate or being the next chancellor is winning
// the office, in every language.
func TestSecondTermIsWinning(t *testing.T) {
	m, _, _ := setup(t)
	for _, qt := range []string{
		"Will Volodymyr Zelensky get a second term?",
		"Получит ли Зеленский второй срок?",
		"Чи отримає Зеленський другий термін?",
		"Wird Markus Söder der nächste Bundeskanzler?",
		"Czy Andrzej Duda zdobędzie drugą kadencję?",
		"Emmanuel Macron obtiendra-t-il un second mandat ?",
	} {
		q := understand(t, m, qt)
		if q.Family != "win" || q.Negated || q.Subject == nil || q.Subject.Kind != "person" {
			t.Errorf("%q: family %q, negated %v, subject %+v; want a person winning", qt, q.Family, q.Negated, q.Subject)
		}
	}
}

// A question on leaving the post, now read as resigning, pools a judgement
// that the person will be dismissed (resign's kin) for it.
func TestLeavingThePostPoolsDismissal(t *testing.T) {
	pooledOne(t, "Will Robert Fico leave the post of prime minister this year?", time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), []struct{ lang, text, dir string }{
		{"en", "Analysts say Robert Fico is likely to be dismissed by parliament this year.", "for"},
	})
}

// Time bounds as forecasting sites write them: a size between a
// preposition and the date is no deadline ("by 25 basis points in June"),
// a month with its part ("end-July"), a deadline over a dated event
// ("before the 2029 election"), "through", "jusqu'en", "fino al", "tot
// het einde van het jaar", "vuoden lopussa".
func TestTimeBoundsAsWritten(t *testing.T) {
	m, _, _ := setup(t)
	for _, c := range []struct{ text, bound string }{
		{"Will the ECB cut rates by 25 basis points in June?", "in June"},
		{"Will Robert Fico leave the post of prime minister by end-July 2026?", "by end-July 2026"},
		{"Will Robert Fico step down before the 2027 election?", "before the 2027 election"},
		{"Will Robert Fico remain in office through 2026?", "through 2026"},
		{"Emmanuel Macron restera-t-il président jusqu'en 2027 ?", "jusqu'en 2027"},
		{"Giorgia Meloni resterà premier fino al 2027?", "fino al 2027"},
		{"Blijft Dick Schoof premier tot het einde van het jaar?", "tot het einde van het jaar"},
		{"Onko Petteri Orpo yhä pääministeri vuoden lopussa?", "vuoden lopussa"},
	} {
		if q := understand(t, m, c.text); q.TimeBound != c.bound {
			t.Errorf("%q: time bound %q, want %q", c.text, q.TimeBound, c.bound)
		}
	}
}

// NATO as Dutch (NAVO) and Belarusian (НАТА) news write it is the
// alliance a question asks about joining.
func TestNATOInEveryLanguage(t *testing.T) {
	m, _, _ := setup(t)
	for _, qt := range []string{"Treedt Oekraïne toe tot de NAVO?", "Ці ўступіць Украіна ў НАТА?"} {
		q := understand(t, m, qt)
		if q.Family != "membership" || q.Object == nil || q.Object.Key != "NATO" {
			t.Errorf("%q: family %q, object %+v; want membership of NATO", qt, q.Family, q.Object)
		}
	}
}

// A German separable verb splits its particle to the question's end
// ("Tritt Moldau vor 2030 der EU bei?", "Tritt Ungarn aus der EU aus?"):
// joining and leaving are read across the words between.
func TestGermanSeparableVerbs(t *testing.T) {
	m, _, _ := setup(t)
	for _, c := range []struct{ text, family, subject string }{
		{"Tritt Moldau vor 2030 der EU bei?", "membership", "MD"},
		{"Tritt Ungarn vor 2030 aus der EU aus?", "withdraw", "HU"},
	} {
		q := understand(t, m, c.text)
		if q.Family != c.family || q.Subject == nil || q.Subject.Key != c.subject || q.Object == nil || q.Object.Key != "EU" {
			t.Errorf("%q: family %q, subject %+v, object %+v; want %s of %s and the EU", c.text, q.Family, q.Subject, q.Object, c.family, c.subject)
		}
	}
}
