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
