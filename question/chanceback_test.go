package question_test

import (
	"testing"
	"time"
)

// A chance noun whose complement is a pronoun for the event named before
// ("the chances of that", "szansa na to", "шансы на это", "die Chancen
// dafür", "chansen för det"), or that has no complement at all ("pero el
// índice de probabilidad es muy alto"), judges that event: the judgement
// is pooled as about the question, where it was silently dropped as
// sharing neither subject nor event.
func TestChanceNounRefersBack(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Ukraine be invited to join NATO at the Vilnius summit?")
	at := time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct{ lang, text, cue string }{
		{"en", "Kyiv hoped that Ukraine would be invited to join NATO in Vilnius. The chances of that were very slim, a diplomat said.", "very slim"},
		{"pl", "Kijów liczył, że Ukraina zostanie zaproszona do NATO w Wilnie. Szansa na to była bardzo niewielka, powiedział dyplomata.", "bardzo niewielka"},
		{"ru", "Киев надеялся, что Украину пригласят в НАТО в Вильнюсе. Шансы на это были очень невелики, сказал дипломат.", "очень невелики"},
		{"uk", "Київ сподівався, що Україну запросять до НАТО у Вільнюсі. Шанси на це були дуже малі, сказав дипломат.", "дуже малі"},
		{"de", "Kiew hoffte, dass die Ukraine in Vilnius in die NATO eingeladen wird. Die Chancen dafür waren sehr gering, sagte ein Diplomat.", "sehr gering"},
		{"sv", "Kiev hoppades att Ukraina skulle bjudas in till Nato i Vilnius. Chansen för det var mycket liten, sade en diplomat.", "mycket liten"},
		{"es", "Kiev confiaba en que Ucrania fuera invitada a la OTAN en Vilna. Pero el índice de probabilidad era muy bajo, dijo un diplomático.", "muy bajo"},
	}
	for _, c := range cases {
		hits := judgements(t, p, c.lang, c.text, "chance-"+c.lang, at)
		h, r := find(t, m, q, hits, c.cue)
		if !r.About || r.Invert || h.Value >= 0.5 {
			t.Errorf("%s: %q (proposition %q, events %v, %.2f): %+v, want pooled as unlikely to be invited", c.lang, h.Cue, h.Proposition.Text, h.Proposition.Events, h.Value, r)
		}
	}
	// A complement of its own is not the event before: the risk of
	// something else stays set aside.
	hits := judgements(t, p, "en", "Kyiv hoped that Ukraine would be invited to join NATO in Vilnius. The chances of a ceasefire in the summer are slim, a diplomat said.", "chance-en2", at)
	if h, r := find(t, m, q, hits, "slim"); r.About {
		t.Errorf("%q (events %v): %+v, want not about the invitation", h.Proposition.Text, h.Proposition.Events, r)
	}
}

// A compound chance noun ("Erfolgsaussichten", "framgångschanserna",
// "slaagkansen") stands for the event as its head alone does: after a
// "but" in a new paragraph, "doch die Erfolgsaussichten sind gering" is
// about the agreement its sentence names before it (it was dropped as
// sharing neither subject nor event).
func TestCompoundChanceNounRefersBack(t *testing.T) {
	m, p, _ := setup(t)
	q := understand(t, m, "Will Iran and the United States agree to restore the 2015 nuclear deal in 2022?")
	at := time.Date(2022, 8, 5, 0, 0, 0, 0, time.UTC)
	cases := []struct{ lang, text, cue string }{
		{"de", "Iran und die USA verhandeln in Wien.\n\nBeide Seiten betonen ihre Bereitschaft zu einem Atomabkommen, doch die Erfolgsaussichten sind gering.", "gering"},
		{"sv", "Iran och USA förhandlar i Wien.\n\nBåda sidor säger sig vilja nå ett nytt kärnavtal, men framgångschanserna är små.", "små"},
		{"nl", "Iran en de VS onderhandelen in Wenen.\n\nBeide kanten zeggen een nieuw atoomakkoord te willen, maar de slaagkansen zijn klein.", "klein"},
	}
	for _, c := range cases {
		hits := judgements(t, p, c.lang, c.text, "compound-"+c.lang, at)
		h, r := find(t, m, q, hits, c.cue)
		if !r.About || h.Value >= 0.5 {
			t.Errorf("%s: %q (proposition %q, events %v, %.2f): %+v, want pooled as unlikely", c.lang, h.Cue, h.Proposition.Text, h.Proposition.Events, h.Value, r)
		}
	}
}
