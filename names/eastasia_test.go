package names

import (
	"strings"
	"testing"
)

// The embedded family-name table loads, and every spelling is keyed.
func TestEastAsiaData(t *testing.T) {
	m, err := parseEastAsia(eastAsiaYAML)
	if err != nil {
		t.Fatal(err)
	}
	if m["си"] != m["xi"] || m["ким"] != m["kim"] || m["lee"] != m["ли"] || m["kim"] == m["xi"] {
		t.Errorf("family keys: xi %q си %q kim %q ким %q lee %q ли %q", m["xi"], m["си"], m["kim"], m["ким"], m["lee"], m["ли"])
	}
	if _, err := parseEastAsia([]byte("surnames:\n  - [Xi]\n")); err == nil || !strings.Contains(err.Error(), "lower-case") {
		t.Errorf("an upper-case spelling: %v", err)
	}
	if _, err := parseEastAsia([]byte("surnames: [")); err == nil {
		t.Error("broken YAML read without error")
	}
}

// Chinese and Korean names join across scripts and romanisations, and a
// relative or namesake with another given name stays apart, in the
// languages whose news name them (Russian and Ukrainian Cyrillic, the
// Latin script of en, de, pl, sv).
func TestEastAsianNames(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Xi Jinping", "Си Цзиньпин", true},        // ru
		{"Xi Jinping", "Сі Цзіньпін", true},        // uk
		{"Си Цзиньпина", "Xi Jinping", true},       // ru genitive
		{"Kim Jong Un", "Ким Чен Ын", true},        // ru
		{"Kim Jong-un", "Kim Jong Un", true},       // en
		{"Yoon Suk Yeol", "Юн Сок Ёль", true},      // ru
		{"Moon Jae-in", "Мун Чжэ Ин", true},        // ru
		{"Li Qiang", "Ли Цян", true},               // ru
		{"Kim Jong Un", "Kim Yo Jong", false},      // sister
		{"Kim Jong Un", "Ким Ё Чжон", false},       // sister, Cyrillic
		{"Kim Jong Un", "Kim Jong Il", false},      // father
		{"Li Qiang", "Li Keqiang", false},          // two premiers
		{"Wang Yi", "Ван Юй", false},               // one vowel apart
		{"Lee Jae-myung", "Lee Jun-seok", false},   // one family name
		{"Kim Kardashian", "Kim Jong Un", false},   // not Korean syllables
		{"Xi Jinping", "Xi Mingze", false},         // daughter
		{"Lukaszenka", "Łukaszenka", true},         // other names as before (pl)
		{"Magdalena Andersson", "Andersson", true}, // sv
		{"Olaf Scholz", "Olaf Scholz", true},       // de
		{"Аляксандр Лукашэнка", "Лукашенко", true}, // be, ru
	} {
		if got := SameName(c.a, c.b); got != c.same {
			t.Errorf("SameName(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
	}
	// The mention key and the speaker key agree across scripts too.
	if a, b := personKey("Xi Jinping"), personKey("Си Цзиньпин"); a != b {
		t.Errorf("mention keys %q and %q", a, b)
	}
	if a, b := personKey("Kim Jong Un"), personKey("Kim Yo Jong"); a == b {
		t.Errorf("Kim Jong Un and Kim Yo Jong share mention key %q", a)
	}
	if !SpeakerKey("Ким Чен Ын").Matches(SpeakerKey("Kim Jong Un")) || SpeakerKey("Kim Yo Jong").Matches(SpeakerKey("Kim Jong Un")) {
		t.Error("speaker keys: Ким Чен Ын should find Kim Jong Un and Kim Yo Jong should not")
	}
	if !Rekey("Юн Сок Ёль", "yun", "").Matches(SpeakerKey("Yoon Suk Yeol")) {
		t.Errorf("a stored row rekeys to %+v, which does not find %+v", Rekey("Юн Сок Ёль", "yun", ""), SpeakerKey("Yoon Suk Yeol"))
	}
}
