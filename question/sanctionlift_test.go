package question_test

import (
	"testing"
	"time"

	"github.com/kentnews/kent/question"
)

// Easing, suspending or relaxing sanctions is lifting them, in every
// language: "the EU will probably ease its sanctions" is for a question on
// lifting them. Only "lift sanctions" and a few fixed phrases were known,
// so the sanctions noun alone made every such judgement one on imposing
// sanctions, against the lifting asked about (0.25–0.33 for likely voices).
func TestEasingAndSuspendingSanctionsAreLifting(t *testing.T) {
	m, p, _ := setup(t)
	for _, c := range []struct{ q, lang, text string }{
		{"Will the European Union lift its sanctions on Iran by 2026?", "en", "The EU is likely to begin easing sanctions on Iran next month, said the diplomat John Smith."},
		{"Will the European Union lift its sanctions on Iran by 2026?", "en", "The EU will probably suspend its sanctions on Iran, said the diplomat John Smith."},
		{"Will the European Union lift its sanctions on Iran by 2026?", "de", "Die EU wird die Sanktionen gegen Iran wahrscheinlich lockern, sagte der Diplomat Hans Müller."},
		{"Wird die EU die Sanktionen gegen Iran bis 2026 aufheben?", "de", "Die EU wird die Strafmaßnahmen gegen Iran wahrscheinlich außer Kraft setzen, sagte der Diplomat Hans Müller."},
		{"Czy UE zniesie sankcje wobec Iranu do 2026 roku?", "pl", "UE prawdopodobnie zawiesi sankcje wobec Iranu, powiedział dyplomata Jan Kowalski."},
		{"Снимет ли ЕС санкции с Ирана до 2026 года?", "ru", "ЕС, вероятно, смягчит санкции против Ирана, сказал дипломат Иван Петров."},
		{"Чи скасує ЄС санкції проти Ірану до 2026 року?", "uk", "ЄС, ймовірно, призупинить санкції проти Ірану, сказав дипломат Іван Петренко."},
		{"Kommer EU att häva sanktionerna mot Iran före 2026?", "sv", "EU kommer sannolikt att lätta på sanktionerna mot Iran, säger diplomaten Erik Lind."},
		{"Poistaako EU Iranin vastaiset pakotteet vuoteen 2026 mennessä?", "fi", "EU todennäköisesti keventää Iranin vastaisia pakotteita, sanoi diplomaatti Matti Virtanen."},
		{"L'UE lèvera-t-elle les sanctions contre l'Iran d'ici 2026 ?", "fr", "L'UE va probablement alléger les sanctions contre l'Iran, a déclaré le diplomate Jean Dupont."},
	} {
		q, err := m.Understand(question.Question{Text: c.q})
		if err != nil {
			t.Fatal(err)
		}
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "x", time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)), 1, question.Options{})
		if o.Pooled == nil || o.Direction != "for" {
			t.Errorf("%s %q: want one voice for lifting; pooled %v %+v set aside %+v", c.lang, c.text, o.Pooled, o.Contributions, o.SetAside)
		}
	}
}

// Imposing new sanctions is still against lifting them, and suspending
// sanctions is against a question on imposing them.
func TestImposingSanctionsIsAgainstLifting(t *testing.T) {
	m, p, _ := setup(t)
	for _, c := range []struct{ q, lang, text string }{
		{"Will the European Union lift its sanctions on Iran by 2026?", "en", "The EU will probably impose new sanctions on Iran, said the diplomat John Smith."},
		{"Will the European Union impose new sanctions on Iran by 2026?", "en", "The EU will probably suspend its sanctions on Iran, said the diplomat John Smith."},
		{"Wird die EU neue Sanktionen gegen Iran verhängen?", "de", "Die EU wird die Sanktionen gegen Iran wahrscheinlich aussetzen, sagte der Diplomat Hans Müller."},
	} {
		q, err := m.Understand(question.Question{Text: c.q})
		if err != nil {
			t.Fatal(err)
		}
		o := m.Outlook(q, judgements(t, p, c.lang, c.text, "x", time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)), 1, question.Options{})
		if o.Pooled == nil || o.Direction != "against" {
			t.Errorf("%s %q: want one voice against; pooled %v %+v set aside %+v", c.lang, c.text, o.Pooled, o.Contributions, o.SetAside)
		}
	}
}
