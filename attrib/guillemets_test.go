package attrib_test

import (
	"testing"

	"github.com/kentnews/kent"
)

// French sets its guillemets off with a space, plain or no-break: the words
// between them are a direct quote of the reported speaker, without the
// spaces, before and after the frame.
func TestSpacedFrenchGuillemets(t *testing.T) {
	checkAll(t, []langCase{
		{"fr", "« Nous ne rejoindrons pas l'alliance », a déclaré Anna Berg, ministre des affaires étrangères.", want{"Anna Berg", "Nous ne rejoindrons pas l'alliance", kent.QuoteDirect}},
		{"fr", "Anna Berg a déclaré : « Le gouvernement restera neutre cette année. »", want{"Anna Berg", "Le gouvernement restera neutre cette année.", kent.QuoteDirect}},
		{"fr", "«\u00a0Le calendrier est trop court\u00a0», a ajouté Paul Roux.", want{"Paul Roux", "Le calendrier est trop court", kent.QuoteDirect}},
		{"fr", "«\u202fIl faut attendre\u202f», estime l'économiste Marc Petit.", want{"Marc Petit", "Il faut attendre", kent.QuoteDirect}},
		{"it", "«Non aderiremo all'alleanza», ha dichiarato Anna Berg.", want{"Anna Berg", "Non aderiremo all'alleanza", kent.QuoteDirect}},
		{"es", "Anna Berg afirmó: «El gobierno seguirá siendo neutral este año».", want{"Anna Berg", "El gobierno seguirá siendo neutral este año", kent.QuoteDirect}},
	})
}

// An honorific before a surname ("M. Sánchez", "Mme Berg", "el Sr. Gómez",
// "il sig. Rossi") is no part of the name and no bar to the speaker.
func TestHonorificSurnameSpeaks(t *testing.T) {
	checkAll(t, []langCase{
		{"fr", "Pedro Sánchez est à Oslo.\n\n« L'Espagne s'est engagée à reconnaître un État », a déclaré M. Sánchez depuis Oslo.", want{"Pedro Sánchez", "L'Espagne s'est engagée", kent.QuoteDirect}},
		{"fr", "« Nous restons neutres », a affirmé Mme Berg.", want{"Berg", "Nous restons neutres", kent.QuoteDirect}},
		{"es", "«España reconocerá a Palestina», dijo el Sr. Gómez en Oslo.", want{"Gómez", "España reconocerá", kent.QuoteDirect}},
		{"it", "«La Spagna riconoscerà la Palestina», ha detto il sig. Rossi a Oslo.", want{"Rossi", "La Spagna riconoscerà", kent.QuoteDirect}},
	})
}
