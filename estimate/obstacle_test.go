package estimate_test

import "testing"

// An obstacle in the way of the event makes it unlikely ("big gaps stand
// in the way of a deal", "stoją na przeszkodzie", "стоят на пути"); with
// nothing in the way it is likely.
func TestObstaclesInTheWay(t *testing.T) {
	for _, c := range []struct{ lang, text, band string }{
		{"en", "Big gaps still stand in the way of a deal, the official Ann Lee said.", "unlikely"},
		{"de", "Große Differenzen stehen einer Einigung im Weg, sagte der Diplomat Paul Roth.", "unlikely"},
		{"fr", "Selon le diplomate Paul Martin, de profonds désaccords font obstacle à un accord.", "unlikely"},
		{"pl", "Duże różnice stoją na przeszkodzie porozumieniu – powiedział dyplomata Jan Nowak.", "unlikely"},
		{"ru", "«Большие разногласия стоят на пути соглашения», – сказал дипломат Иван Петров.", "unlikely"},
		{"uk", "«Великі розбіжності стоять на заваді угоді», – сказав дипломат Іван Петренко.", "unlikely"},
		{"sv", "Stora skillnader står i vägen för en uppgörelse, säger diplomaten Anna Berg.", "unlikely"},
		{"nl", "Het geschil staat in de weg, zei diplomaat Jan Jansen.", "unlikely"},
		{"en", "Nothing stands in the way of a deal now, the official Ann Lee said.", "likely"},
		{"de", "Einer Einigung steht nichts mehr im Weg, sagte der Diplomat Paul Roth.", "likely"},
		{"pl", "Nic nie stoi na przeszkodzie porozumieniu – powiedział dyplomata Jan Nowak.", "likely"},
	} {
		js := judgeIn(t, c.lang, c.text)
		if len(js) != 1 || js[0].Band != c.band {
			t.Errorf("%s %q: want one %s judgement, got %+v", c.lang, c.text, c.band, js)
		}
	}
}
