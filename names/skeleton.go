package names

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kentnews/kent/lexicon"
)

// skeletonFolds unify the letters that differ between the spellings of one
// foreign name across scripts after Key has romanised it: German and Polish
// ch for the Russian х (Tichanovskaja, Cichanouska), th for t, the soft c of
// Belarusian ці for the Russian ти (Ціханоўская, Тихановская), c for k
// before a hard vowel or consonant (Macron, Макрон), French eau for о
// (Trudeau, Трюдо), z for s (German writes
// the Russian з as s: Sacharowa, Захарова) while zh stays apart.
var skeletonFolds = strings.NewReplacer(
	"eau", "o", "zh", "Z", "ch", "h", "th", "t", "ci", "ti", "dzi", "di", "dze", "de",
	"ca", "ka", "co", "ko", "cu", "ku", "cr", "kr", "cl", "kl", "ck", "k", "q", "k",
	"z", "s",
)

// Skeleton returns the key people's names are merged by: Key with the
// vowels inside the word dropped (Trump, Трамп; Biden, Байден; Harris,
// Харрис), the letters that vary between transliterations folded (see
// skeletonFolds), a v or u between a vowel and a consonant dropped (the
// Belarusian ў: Ціханоўская, Тихановская, Tsikhanouskaya; a final one is
// a v: Някляеў, Некляев) and a final z
// after l, n or r read as ts (Scholz, Шольц). The first letter and a final
// vowel stay (an initial h reads as g: Harris, Гарріс, Харрис): Zakharova and Zakharov, Navalnaya and Navalny keep apart.
//
// Two spellings are read as the other script hears them: a Turkish or
// Azerbaijani c (a word or name with ı, ğ or ə: İnce, Индже; Cabbarov,
// Джаббаров) is дж, and a word-initial ye is the Russian е (Yermak,
// Ермак; Yeltsin, Ельцин).
func Skeleton(word string) string {
	return skeletonOf(french(Key(word), word), turkic(word))
}

// french reads the silent endings of French names as Russian, Ukrainian
// and Belarusian spell them, given a key and the spelling it is of: a
// Latin -ault, -aud, -aut, -aux or -eaux is a vowel (Renault, Рено;
// Arnaud, Арно; Perrault, Перро), and a Cyrillic -ье or -ьє after a
// consonant is the French -ier (Barnier, Барнье, Барньє; Didier, Дидье),
// whose r Latin keeps: the key gains it. Other keys are returned as they
// are.
func french(key, spelling string) string {
	low := strings.ToLower(spelling)
	for _, end := range []string{"eaux", "ault", "aud", "aut", "aux"} {
		if len(low) > len(end)+2 && strings.HasSuffix(low, end) && isASCII(low) {
			if k, ok := strings.CutSuffix(key, strings.ReplaceAll(end, "eaux", "eauks")); ok {
				return k + "o"
			}
			if k, ok := strings.CutSuffix(key, strings.ReplaceAll(end, "aux", "auks")); ok {
				return k + "o"
			}
		}
	}
	for _, end := range []string{"ье", "ьє"} {
		if stem, ok := strings.CutSuffix(low, end); ok && utf8.RuneCountInString(stem) >= 2 {
			if r, _ := utf8.DecodeLastRuneInString(stem); !strings.ContainsRune("аеёиоуыэюяіїєў", r) {
				return key + "r"
			}
		}
	}
	return key
}

// turkic reports whether a spelling is Turkish or Azerbaijani by the
// letters only those alphabets have (ı, İ, ğ, ə): its c is дж.
func turkic(s string) bool { return strings.ContainsAny(s, "ıİğĞəƏ") }

// turkicC writes a Turkish c (not the ch Key makes of ç) as dzh.
func turkicC(k string) string {
	if !strings.Contains(k, "c") {
		return k
	}
	var b strings.Builder
	for i := 0; i < len(k); i++ {
		if k[i] == 'c' && (i+1 == len(k) || k[i+1] != 'h') {
			b.WriteString("dzh")
			continue
		}
		b.WriteByte(k[i])
	}
	return b.String()
}

// skeletonOf is Skeleton of a key; turkic reads its c as дж.
func skeletonOf(k string, turkic bool) string {
	if turkic {
		k = turkicC(k)
	}
	if len(k) > 3 && strings.HasPrefix(k, "ye") {
		k = k[1:] // Yermak, Ермак: the Russian initial е is ye
	}
	if n := len(k); n > 2 && k[n-1] == 'z' && strings.IndexByte("lnr", k[n-2]) >= 0 {
		k = k[:n-1] + "c"
	}
	k = respell(k)
	k = skeletonFolds.Replace(k)
	if n := len(k); n > 3 && k[n-1] == 'u' && (k[n-2] == 'a' || k[n-2] == 'e') {
		// A final Belarusian ў is the Russian в: Станіслаў, Станислав;
		// Някляеў, Некляев. (-оў is -u already: Key reads ou as u.)
		k = k[:n-1] + "v"
	}
	if len(k) < 3 {
		return strings.ReplaceAll(k, "Z", "zh")
	}
	out := make([]byte, 0, len(k))
	if k[0] == 'h' {
		out = append(out, 'g') // Harris, Гарріс (Ukrainian г for h), Харрис
	} else {
		out = append(out, k[0])
	}
	for i := 1; i < len(k)-1; i++ {
		c := k[i]
		if isVowel(c) {
			continue
		}
		if (c == 'v' || c == 'u') && isVowel(k[i-1]) && !isVowel(k[i+1]) {
			continue
		}
		if c == out[len(out)-1] {
			continue
		}
		out = append(out, c)
	}
	if last := k[len(k)-1]; last != out[len(out)-1] || len(k) == 1 {
		out = append(out, last)
	}
	if len(out) < 2 {
		out = []byte(collapse(k)) // Cook is not Kuku: one letter would not tell names apart
	}
	return strings.ReplaceAll(string(out), "Z", "zh")
}

// initial is the first letter a given name is compared by, with the
// variation at the start of East Slavic names folded: Yevgeny and Evgeny,
// Oleksandr and Aleksandr (Belarusian writes о as а: Алег, Oleg),
// Uladzimir and Vladimir.
func initial(firstKey string) string {
	if firstKey == "" {
		return ""
	}
	if strings.HasPrefix(firstKey, "ye") {
		firstKey = firstKey[1:]
	}
	if strings.HasPrefix(firstKey, "dzh") {
		return "y" // Джо, Joe (Key writes j as y)
	}
	if firstKey[0] == 'o' {
		return "a"
	}
	if firstKey[0] == 'u' && len(firstKey) > 1 && !isVowel(firstKey[1]) {
		return "v" // Belarusian у for в: Уладзімір, Vladimir
	}
	return firstKey[:1]
}

// respell unifies how Russian and Ukrainian spell the sounds of Western
// names: an initial German St/Sp is Шт/Шп (Steinmeier, Штайнмайер), the
// English j is дж (Jake, Джейк), the h of "John" is silent (Johnson,
// Джонсон), a final -ce is -с (Pence, Пенс).
func respell(k string) string {
	if len(k) > 4 && (strings.HasPrefix(k, "sht") || strings.HasPrefix(k, "shp")) {
		k = "s" + k[2:]
	}
	if strings.HasPrefix(k, "dzh") {
		k = "y" + k[3:]
	}
	k = strings.Replace(k, "ohn", "on", 1)
	if n := len(k); n > 3 && strings.HasSuffix(k, "ce") {
		k = k[:n-2] + "s"
	}
	return k
}

// firstConsonants is the consonant frame of a given name's key across
// scripts: the letters that vary between transliterations folded (as for
// surnames, and Polish rz for ж: Andrzej, Анджей) and the vowels after the
// first letter dropped, so that Joe and Джо, Kyrylo and Кирилл, Dmytro and
// Дмитрий, Mychajło and Михаил agree.
func firstConsonants(key string) string {
	k := skeletonFolds.Replace(dzh.Replace(strings.ReplaceAll(key, "rz", "zh")))
	if len(k) == 0 {
		return ""
	}
	out := []byte{k[0]}
	for i := 1; i < len(k); i++ {
		if !isVowel(k[i]) && k[i] != out[len(out)-1] {
			out = append(out, k[i])
		}
	}
	return string(out)
}

// givenCode is what a stored key keeps of a given name: its initial (folded
// as initial folds it) and the sound class of the first consonant after it,
// or "-" when it has none, so that people who share a surname and a first
// letter stay apart (Joe "y-", Jill "yl"; Vitali "vt", Wladimir "vl") while
// one name's spellings across scripts and languages agree (Джо, Joe;
// Владимир, Volodymyr, Uladzimir, Włodzimierz; Mikhail, Michail, Mychajło).
// An initial alone ("J.", "V.") keeps its letter alone, which
// kent.NameKey.Matches takes for any name it begins. turkic reads a c as дж.
func givenCode(word string, turkic bool) string {
	k := givenKey(word)
	ini := initial(k)
	if ini == "" || utf8.RuneCountInString(strings.Trim(word, ".")) < 2 {
		return ini
	}
	rest := k[1:]
	switch {
	case strings.HasPrefix(k, "dzh"):
		rest = k[3:] // Джо, Joe
	case strings.HasPrefix(k, "dz"):
		rest = k[2:] // Belarusian дз for д: Дзмітрый, Dmitry
	case strings.HasPrefix(k, "ye"):
		rest = k[2:] // Yevgeny, Evgeny
	}
	if !isVowel(k[0]) && strings.HasPrefix(rest, "h") {
		rest = rest[1:] // th, ch, sh: Theresa, Тереза; Charles, Чарльз
	}
	rest = strings.Replace(rest, "ohn", "on", 1) // John, Джон
	if turkic {
		rest = turkicC(rest)
	}
	rest = skeletonFolds.Replace(rest)
	for i := 0; i < len(rest); i++ {
		if c := givenClass(rest[i]); c != 0 {
			return ini + string(c)
		}
	}
	return ini + "-"
}

// givenClass is the class of a consonant of a given name's key that its
// spellings across scripts keep: k, g, h (Ihor, Igor; Mikhail, Michael) are
// one, as are the sibilants and affricates (s, z, c, sh: Wojciech, Войцех),
// t and d, p and b, v and f; 0 for a vowel or anything else.
func givenClass(c byte) byte {
	switch c {
	case 'k', 'g', 'h', 'q', 'x':
		return 'k'
	case 's', 'z', 'c', 'Z':
		return 's'
	case 't', 'd':
		return 't'
	case 'p', 'b':
		return 'p'
	case 'v', 'f', 'w':
		return 'f'
	case 'l', 'r', 'm', 'n':
		return c
	}
	return 0
}

// frenchFirst are the French lexicon's given names (names.first of
// fr.yaml), lower case.
var frenchFirst = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	if fr := lexicon.MustDefault().Get("fr"); fr != nil {
		for _, w := range fr.Names.First {
			out[w] = true
		}
	}
	return out
})

// givenKey is the key of a given name as the other script hears it: Key,
// with the Cyrillic эн, ен before т, д, н or ж read as the English a they
// spell (Энтони, Ентоні: Antony; Эндрю: Andrew; Энн: Ann; not Энрико,
// Enrico), a French given name's j read as ж, its ch as ш, its qu as к
// and a final -s or -es left unsounded (Jean, Жан; Jacques, Жак; Michel,
// Мишель), as Russian, Ukrainian and Belarusian news spell them. Other
// names keep Key.
func givenKey(word string) string {
	parts := strings.Split(strings.ToLower(word), "-") // Jean-Jacques
	if isCyrillic(word) {
		if k, r := Key(word), []rune(parts[0]); len(r) > 2 && (r[0] == 'э' || r[0] == 'е') && r[1] == 'н' && strings.ContainsRune("тднж", r[2]) {
			return "a" + k[1:] // the English a of Anthony, Andrew, Angela: Энтони, Ентоні, Эндрю
		}
		return Key(word)
	}
	if !frenchFirst()[parts[0]] {
		return Key(word)
	}
	var b strings.Builder
	for _, p := range parts {
		k := Key(p)
		if strings.HasPrefix(k, "y") {
			k = "zh" + k[1:]
		}
		k = frenchSounds.Replace(k)
		if len(k) > 3 { // a final -s, -es is silent: Jacques, Жак; Nicolas, Николя
			k = strings.TrimSuffix(strings.TrimSuffix(k, "s"), "e")
		}
		if n := len(k); n > 2 && k[n-1] == 'c' {
			k = k[:n-1] + "k" // a final c is к: Luc, Люк; Éric, Эрик
		}
		b.WriteString(k)
	}
	return b.String()
}

var frenchSounds = strings.NewReplacer("ch", "sh", "cqu", "k", "qu", "k")
