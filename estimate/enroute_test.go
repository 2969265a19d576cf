package estimate_test

import "testing"

// Forces on their way to where the event would happen ("are on their way
// to Ukraine to join the invasion", "unterwegs nach", "en camino hacia",
// "på väg till", "matkalla") are a likely judgement of it: the move has
// begun. Where nothing the lexicon knows as an event is named, the cue
// stands alone and bears on no question.
func TestEnRoute(t *testing.T) {
	wantBandHeld(t, "likely", []cueCase{
		{"en", "Thousands of North Korean troops are on their way to Ukraine to join the Russian invasion.", "on their way to", ""},
		{"de", "Tausende nordkoreanische Soldaten sind unterwegs nach Russland, um in der Ukraine zu kämpfen.", "unterwegs nach", ""},
		{"es", "Miles de soldados norcoreanos están en camino hacia Ucrania para luchar.", "en camino hacia", ""},
		{"sv", "Tiotusentals nordkoreanska marktrupper är på väg till Ukraina för att delta i den ryska invasionen.", "på väg till", ""},
		{"fi", "Tuhannet pohjoiskorealaiset sotilaat ovat matkalla Ukrainaan taistelemaan.", "matkalla", ""},
	})
}
