package estimate_test

import "testing"

// A quoted denial ("It is not true", "To bzdura", "Non è vero") answers
// what its sentence says the speaker was asked about: almost no chance
// of that event.
func TestDenialsAnswerTheQuestionAsked(t *testing.T) {
	checkIdioms(t, []idiomCase{
		{"en", "Asked about a general mobilisation, the spokesman replied: \"It is not true. It is nonsense.\"", "mobilise"},
		{"pl", "Zapytany o mobilizację rzecznik odpowiedział: „To nieprawda. To bzdura”.", "mobilise"},
		{"de", "Auf die Frage nach einer Mobilmachung sagte der Sprecher: „Das ist nicht wahr.“", "mobilise"},
		{"es", "Preguntado por una movilización, el portavoz respondió: «No es cierto».", "mobilise"},
		{"it", "Interrogato sulla mobilitazione, il portavoce ha risposto: «Non è vero».", "mobilise"},
		{"sv", "Tillfrågad om en mobilisering svarade talespersonen: ”Det stämmer inte.”", "mobilise"},
		{"ru", "«Это чушь», — ответил министр на вопрос о возможной мобилизации.", "mobilise"},
	}, "almost_no_chance")
}
