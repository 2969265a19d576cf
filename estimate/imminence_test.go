package estimate_test

import (
	"strings"
	"testing"
)

// An imminent phrase says the event is about to happen: a very likely
// judgement on it, in every language, held by whom the sentence names.
func TestImminenceIsVeryLikely(t *testing.T) {
	for _, c := range []struct{ lang, text, cue, holder string }{
		{"en", "An offensive on the city is imminent, the analyst Ann Lee said.", "imminent", "Ann Lee"},
		{"de", "Die lange geplante Offensive steht kurz bevor, sagte der Analyst Paul Roth.", "steht kurz bevor", "Paul Roth"},
		{"fr", "L'offensive est imminente, a déclaré l'analyste Paul Martin.", "imminente", "Paul Martin"},
		{"pl", "Ofensywa jest tuż-tuż – ocenił analityk Jan Nowak.", "tuż-tuż", "Jan Nowak"},
		{"ru", "«Наступление начнётся вот-вот», – сказал аналитик Иван Петров.", "вот-вот", "Иван Петров"},
		{"uk", "«Наступ почнеться ось-ось», – сказав аналітик Іван Петренко.", "ось-ось", "Іван Петренко"},
		{"sv", "En offensiv är nära förestående, säger analytikern Anna Berg.", "nära förestående", "Anna Berg"},
		{"fi", "Hyökkäys on käsillä, arvioi tutkija Matti Virtanen.", "on käsillä", "Matti Virtanen"},
		{"es", "Según el analista Juan Pérez, la ofensiva es inminente.", "inminente", "Juan Pérez"},
		{"it", "Secondo l'analista Marco Rossi, l'offensiva è imminente.", "imminente", "Marco Rossi"},
		{"nl", "Volgens analist Jan Jansen is een offensief op handen.", "op handen", "Jan Jansen"},
	} {
		js := judgeIn(t, c.lang, c.text)
		j := find(js, c.cue)
		if j == nil || j.Band != "very_likely" {
			t.Errorf("%s %q: want very_likely at %q, got %+v", c.lang, c.text, c.cue, js)
			continue
		}
		if j.Holder == nil || !strings.Contains(j.Holder.Name, c.holder) {
			t.Errorf("%s %q: holder %+v, want %q", c.lang, c.text, j.Holder, c.holder)
		}
	}
}

// A hedge or a belief before an imminent phrase governs it: "unlikely to
// be imminent" is unlikely, a denied belief that it is imminent is
// against, and only one judgement is read.
func TestImminenceUnderAHedge(t *testing.T) {
	for _, c := range []struct{ lang, text, cue, band string }{
		{"en", "Israeli analysts say a Rafah invasion is unlikely to be imminent.", "unlikely to", "unlikely"},
		{"en", "Experts do not expect the offensive to be imminent.", "do not expect", "unlikely"},
		{"de", "Sicherheitsexperten gehen dennoch nicht davon aus, dass die Offensive unmittelbar bevorsteht.", "davon aus", "unlikely"},
		{"fr", "Selon l'analyste Paul Martin, il est peu probable que l'offensive soit imminente.", "peu probable", "unlikely"},
		{"pl", "Analityk Jan Nowak uważa, że to mało prawdopodobne, by ofensywa była tuż-tuż.", "mało prawdopodobne", "unlikely"},
		{"sv", "Det är osannolikt att en offensiv är nära förestående, säger analytikern Anna Berg.", "osannolikt", "unlikely"},
		{"it", "Secondo l'analista Marco Rossi, è improbabile che l'offensiva sia imminente.", "improbabile", "unlikely"},
	} {
		js := judgeIn(t, c.lang, c.text)
		if len(js) != 1 || js[0].Cue != c.cue || js[0].Band != c.band {
			t.Errorf("%s %q: want one %s judgement at %q, got %+v", c.lang, c.text, c.band, c.cue, js)
		}
	}
	// In a that-clause no one holds, imminence is what someone feigns or
	// fears, not the article's view.
	for _, c := range []struct{ lang, text string }{
		{"sv", "Ryssland har genomfört kampanjer för att ge sken av att ett anfall är nära förestående."},
		{"en", "Moscow ran campaigns to create the impression that an attack was imminent."},
		{"de", "Moskau wollte den Eindruck erwecken, dass ein Angriff kurz bevorsteht."},
	} {
		if js := judgeIn(t, c.lang, c.text); len(js) > 0 {
			t.Errorf("%s %q: want no judgement, got %+v", c.lang, c.text, js)
		}
	}
}

// A near-future time in a clause with a future is a very likely forecast
// ("the order will be given in the coming days"); denied ("не в
// ближайшее время") it is against; a hedge keeps its own band, and with
// no future ("talks resumed") it judges nothing.
func TestImminentTimesWithAFuture(t *testing.T) {
	for _, c := range []struct{ lang, text, cue, band string }{
		{"en", "The order to enter the city will be given in the coming days, the minister Ann Lee said.", "in the coming days", "very_likely"},
		{"ru", "Галант заявил, что приказ о входе армии в город будет отдан в ближайшее время.", "в ближайшее время", "very_likely"},
		{"uk", "«Наступ почнеться найближчим часом», – сказав аналітик Іван Петренко.", "найближчим часом", "very_likely"},
		{"de", "„Die Offensive wird in den nächsten Tagen beginnen“, sagte der Minister Paul Roth.", "in den nächsten Tagen", "very_likely"},
		{"fr", "Selon le ministre Paul Martin, l'offensive commencera dans les prochains jours.", "dans les prochains jours", "very_likely"},
		{"it", "Secondo il ministro Marco Rossi, l'offensiva sarà lanciata nei prossimi giorni.", "nei prossimi giorni", "very_likely"},
		{"ru", "«Это произойдёт не в ближайшее время», – сказал политолог Андрей Колесник.", "в ближайшее время", "very_unlikely"},
		{"fr", "Selon le ministre Paul Martin, l'offensive pourrait commencer dans les prochains jours.", "pourrait", "roughly_even"},
		{"de", "Die Offensive könnte schon in den kommenden Tagen beginnen, sagte der Minister Paul Roth.", "könnte", "roughly_even"},
		{"en", "A ceasefire deal could be signed in the coming days, the mediator Ann Lee said.", "could", "roughly_even"},
	} {
		js := judgeIn(t, c.lang, c.text)
		if len(js) != 1 || js[0].Cue != c.cue || js[0].Band != c.band {
			t.Errorf("%s %q: want one %s judgement at %q, got %+v", c.lang, c.text, c.band, c.cue, js)
		}
	}
	for _, c := range []struct{ lang, text string }{
		{"en", "Officials said talks resumed in the coming days after the attack."},
		{"pl", "W najbliższych dniach minister odwiedził Kijów i Lwów."},
	} {
		if js := judgeIn(t, c.lang, c.text); len(js) > 0 {
			t.Errorf("%s %q: no future, want no judgement, got %+v", c.lang, c.text, js)
		}
	}
}
