package lang

import (
	"strings"
	"sync"
	"testing"
)

func TestDetectTwelveLanguages(t *testing.T) {
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]string{
		"en": "Analysts say Lukashenko has limited ability to resist Russian pressure to join the fight.",
		"sv": "Men liksom ISW bedömer Hedenskog det som osannolikt att Belarus direkt ger sig in i kriget.",
		"nl": "Volgens de Amerikaanse inlichtingendiensten is het steeds waarschijnlijker dat soldaten uit Wit-Rusland gaan vechten.",
		"lt": "Visos teisės saugomos. Kopijuoti, dauginti, platinti galima tik gavus raštišką sutikimą.",
		"de": "Es ist sehr unwahrscheinlich, dass Minsk in absehbarer Zeit Soldaten in die Ukraine schickt.",
		"fr": "Selon les analystes, il est peu probable que la Biélorussie envoie des troupes en Ukraine.",
		"pl": "Zdaniem ekspertów udział białoruskiego wojska w wojnie jest mało prawdopodobny.",
		"ru": "По словам аналитика, маловероятно, что Беларусь отправит войска на Украину.",
		"uk": "За словами аналітика, малоймовірно, що Білорусь відправить війська в Україну.",
		"be": "Паводле слоў аналітыка, малаверагодна, што Беларусь адправіць войскі ва Украіну.",
		"es": "Según los analistas, es poco probable que Bielorrusia envíe tropas a Ucrania.",
		"it": "Secondo gli analisti, è improbabile che la Bielorussia invii truppe in Ucraina.",
	}
	var wg sync.WaitGroup
	for want, text := range cases {
		wg.Add(1)
		go func() { // the detector is shared by pipeline workers
			defer wg.Done()
			if got, conf := d.Detect(text); got != want {
				t.Errorf("Detect(%q) = %s (%.2f), want %s", text, got, conf, want)
			}
		}()
	}
	wg.Wait()
}

func TestDetectNoLetters(t *testing.T) {
	d, _ := New("en", "de")
	if got, _ := d.Detect("12.04.2022 — 13:58 (1)"); got != "" {
		t.Errorf("digits only: got %q", got)
	}
}

func TestNewRejectsUnknownCode(t *testing.T) {
	if _, err := New("en", "xx"); err == nil || !strings.Contains(err.Error(), "xx") {
		t.Fatalf("err = %v", err)
	}
}

func TestSampleCutsAtWordBoundary(t *testing.T) {
	s := strings.Repeat("Łukaszenka mówi ", 100)
	got := Sample(s, 50)
	if len(got) > 50 || strings.HasSuffix(got, "Łukasz") || !strings.HasPrefix(s, got) {
		t.Fatalf("Sample = %q", got)
	}
}

// A text in a language Kent has no lexicon for is "und", not the nearest
// language it knows; names in other alphabets do not make a text foreign.
func TestDetectUndetermined(t *testing.T) {
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{
		"cs": "Podle analytiků je velmi nepravděpodobné, že běloruská armáda vstoupí do války na Ukrajině, řekl ředitel ústavu.",
		"tr": "Analistlere göre Belarus ordusunun Ukrayna'daki savaşa katılması çok düşük bir ihtimal olarak görülüyor.",
	} {
		if got, _ := d.Detect(text); got != Undetermined {
			t.Errorf("%s: got %q, want %q", name, got, Undetermined)
		}
	}
	for want, text := range map[string]string{
		"en": "The opposition leader met the Polish foreign ministry spokesman Łukasz Jasina in Warsaw on Monday, and they talked about the war, the ministry said.",
		"pl": "Spotkanie z Sviatlaną Tsikhanouską i Vytisem Jurkonisem odbyło się w poniedziałek w Warszawie, podało ministerstwo.",
		// Finnish has a lexicon and a model since it was added as data.
		"fi": "Pidän epätodennäköisenä, että keskuspankki nostaa korkoja jo heinäkuussa, sanoo ekonomisti Anna Virtanen. Hänen mukaansa inflaatio hidastuu syksyllä.",
	} {
		if got, _ := d.Detect(text); got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

func TestConfirms(t *testing.T) {
	d, _ := New()
	cs := "Podle analytiků je velmi nepravděpodobné, že běloruská armáda vstoupí do války na Ukrajině, řekl ředitel ústavu."
	if d.Confirms("pl", cs) || !d.Confirms("pl", "Zdaniem ekspertów udział białoruskiego wojska w wojnie jest mało prawdopodobny.") {
		t.Error("Czech passed as Polish, or Polish refused")
	}
}

// A short text whose n-grams lean to one language but whose words are
// another's function words is in the other: a Finnish place name does not
// make a French sentence Finnish. A short text with no function words
// keeps lingua's answer.
func TestShortTextFollowsFunctionWords(t *testing.T) {
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]string{
		"Il habite à Oulu.":                        "fr",
		"Pääministeri erosi tehtävästään.":         "fi",
		"Keskuspankki nosti ohjauskorkoa.":         "fi",
		"Hän sanoi, että korot nousevat syksyllä.": "fi",
	} {
		if got, _ := d.Detect(text); got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}
