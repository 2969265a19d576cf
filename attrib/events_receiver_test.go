package attrib_test

import (
	"strings"
	"testing"

	"github.com/kentnews/kent/attrib"
)

// Cues whose subject is not who speaks: a hearer or reader (the source is
// who was heard), and a subject that is what is said or known. The
// sentences are written for this test.
func TestReceiverAndMessageSubjects(t *testing.T) {
	checkEvents(t, []eventCase{
		// "gehört" is read as "hören", not "gehören"; the hearer is no source
		{"de", "Ich habe von der Ministerin gehört, dass die Steuer steigt.", "gehört", "von der Ministerin", "dass die Steuer steigt", []string{"hören"}},
		{"de", "Was wir von der Kollegin Weber gehört haben, beruhigt uns nicht.", "gehört", "von der Kollegin Weber", "*", []string{"hören"}},
		{"de", "Wir haben in der Anhörung niemand gehört, der das bestritten hat.", "gehört", "niemand", "*", []string{"hören"}},
		{"de", "Die Leser lesen in dem Bericht, dass die Preise steigen.", "lesen", "", "*", []string{"lesen"}},
		// the subject of "lauten", "bekannt sein" is what is said or known
		{"de", "Die Antwort der Regierung lautet: Wir warten ab.", "lautet", "", "*", []string{"lauten"}},
		{"de", "Die Gefahr ist seit Jahren bekannt.", "bekannt", "", "Die Gefahr", []string{"bekennen", "bekannt"}},
	})
}

// A support verb the learnt cue list holds ("stellen", "teilen") reports
// speech with a cue noun, a clause or "infrage", and is no cue where it
// puts or shares things. The sentences are written for this test.
func TestBoundCues(t *testing.T) {
	extra := attrib.CueLemmas{"de": {"stellen", "teilen", "finden", "halten"}}
	for _, text := range []string{
		"Die Gemeinde stellt dem Verein einen Raum zur Verfügung.",
		"Die beiden Eltern teilen sich die Betreuung der Kinder.",
		"Der Verband hat seine Interessen über alles gestellt.",
		"Die Gemeinden finden keine Lösung für den Verkehr.",
		"Die Bürger halten sich an die Regeln.",
	} {
		for _, g := range events("de", text, extra) {
			if cue, _, _ := strings.Cut(g, " | "); cue == "stellt" || cue == "teilen" || cue == "gestellt" || cue == "finden" || cue == "halten" {
				t.Errorf("%q: a support verb without a cue noun is a cue: %q", text, g)
			}
		}
	}
	checkEvents(t, []eventCase{
		{"de", "Die Opposition stellt den ganzen Plan infrage.", "stellt", "Die Opposition", "*", []string{"stellen"}},
		{"de", "Die Verbände finden den Entwurf enttäuschend.", "finden", "Die Verbände", "*", []string{"finden"}},
		{"de", "Wir halten diesen Weg für falsch.", "halten", "Wir", "*", []string{"halten"}},
		{"de", "Ich finde, dass wir mehr tun müssen.", "finde", "Ich", "dass wir mehr tun müssen", []string{"finden"}},
		{"de", "Das finde ich, ehrlich gesagt, ziemlich dreist.", "finde", "ich", "*", []string{"finden"}},
	})
}

// A prepositional source cue split by a possessive ("aus unserer Sicht")
// is held by the possessive, whatever its person. The sentences are
// written for this test.
func TestPossessivePrepCue(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Der Entwurf greift aus unserer Sicht viel zu kurz.", "aus … Sicht", "unserer", "Der Entwurf greift … viel zu kurz", nil},
		{"de", "Aus Ihrer Sicht ist die Reform gescheitert.", "Aus … Sicht", "Ihrer", "ist die Reform gescheitert", nil},
	})
}

// "danke" and "bitte" beside a first-person subject are the verbs danken
// and bitten, however the tagger reads them; alone they are particles.
// The sentences are written for this test.
func TestVerbReadings(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Ich danke Ihnen für die offenen Worte.", "danke", "Ich", "*", nil},
		{"de", "Deshalb bitte ich Sie, dem Vorschlag zuzustimmen.", "bitte", "ich", "*", nil},
		{"de", "Jeder weiß, dass die Kosten weiter steigen.", "weiß", "Jeder", "dass die Kosten weiter steigen", []string{"wissen"}},
	})
	for _, g := range events("de", "Kommen Sie bitte nach vorne, danke.", nil) {
		if strings.HasPrefix(g, "bitte |") || strings.HasPrefix(g, "danke |") {
			t.Errorf("a particle is a cue: %q", g)
		}
	}
}

// "gehört" without an auxiliary is "gehören" (belongs), however the
// tagger reads its form. The sentence is written for this test.
func TestGehörtWithoutAuxiliary(t *testing.T) {
	for _, g := range events("de", "Zur ganzen Wahrheit gehört auch, dass die Kosten steigen.", attrib.CueLemmas{"de": {"hören"}}) {
		if strings.HasPrefix(g, "gehört |") {
			t.Errorf("'gehört' of belonging is a cue: %q", g)
		}
	}
}

// A predicate adjective the tagger reads as an adverb or a determiner
// ("dankbar", "einig") is a cue with the copula and held by the subject.
// The sentences are written for this test.
func TestPredicateReadings(t *testing.T) {
	checkEvents(t, []eventCase{
		{"de", "Ich bin dankbar, dass die Länder mitziehen.", "bin dankbar", "Ich", "*", []string{"dankbar"}},
		{"de", "Wir sind uns einig, dass die Reform kommen muss.", "sind … einig", "Wir", "*", nil},
	})
}
