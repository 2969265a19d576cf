// Package names turns the spellings of a name into one key, so that one
// person is one person whatever the language or script: Lukashenko,
// Lukasjenko, Лукашенко; Jurkonis and Yurkonis; Łukaszenka, Lukašenka and
// Лукашэнка.
//
// The key is built in steps that each remove one kind of difference:
// Cyrillic is romanised, letters with a háček or a stroke are spelled out
// the way transliterations spell them (š→sh, č→ch, ž→zh, ł→l), remaining
// diacritics are dropped, and the usual spelling variants between languages
// are unified (sz/sj/sch→sh, cz/tj/tsch→ch, kh→h, j→y, oe/ou→u, w→v,
// doubled letters). Different names stay apart: Lukashenko and Lukashevich
// have different keys.
package names

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"

	"golang.org/x/text/unicode/norm"
)

var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'ґ': "g", 'д': "d", 'е': "e", 'ё': "yo", 'є': "ye",
	'ж': "zh", 'з': "z", 'и': "i", 'і': "i", 'ї': "yi", 'й': "y", 'к': "k", 'л': "l", 'м': "m",
	'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ў': "u", 'ф': "f",
	'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e",
	'ю': "yu", 'я': "ya", '\'': "", '’': "", 'ʼ': "",
}

var special = map[rune]string{
	'š': "sh", 'č': "ch", 'ž': "zh", 'ł': "l", 'ß': "ss", 'ø': "o", 'æ': "ae", 'œ': "oe",
	'đ': "d", 'ř': "rzh", 'ś': "s", 'ć': "ch", 'ź': "z", 'ż': "zh", 'ı': "i",
	// Turkish and Romanian letters as Russian and Ukrainian news spell them:
	// Kılıçdaroğlu, Кылычдароглу; Ţiriac, Цирияк.
	'ç': "ch", 'ş': "sh", 'ș': "sh", 'ţ': "ts", 'ț': "ts",
}

// variants are applied in order; earlier ones must not create later ones'
// inputs by accident (sj before j→y).
var variants = strings.NewReplacer(
	"tsch", "ch", "sch", "sh", "shch", "sh", "sz", "sh", "sj", "sh", "cz", "ch", "tj", "ch",
	"kh", "h", "zh", "zh", "oe", "u", "ou", "u", "w", "v", "ph", "f", "ck", "k", "ts", "c", "tz", "c",
)

// foldMarks drops combining marks after decomposition. (A shared
// transform.Chain would be faster but is not safe for concurrent use.)
func foldMarks(s string) string {
	if isASCII(s) || utf8.ValidString(s) && norm.NFD.QuickSpanString(s) == len(s) && !hasMark(s) {
		return s // nothing to decompose or drop: most names
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// appendLower appends strings.ToLower(s) to dst, byte for byte: a map
// looked up by a lowered word (m[string(b)]) then copies nothing.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:]) // a bad byte is U+FFFD, as strings.Map writes it
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}

// isLower reports whether strings.ToLower(s) == s, without lowering s.
func isLower(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToLower(r) != r {
			return false
		}
		i += size
	}
	return true
}

// hasMark reports whether s holds a combining mark.
func hasMark(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			return true
		}
	}
	return false
}

// Key returns the comparison key of one word of a name.
func Key(word string) string {
	if k, ok := keyCache.get(word); ok {
		return k
	}
	var b strings.Builder
	for _, r := range strings.ToLower(word) {
		if s, ok := cyrillic[r]; ok {
			b.WriteString(s)
		} else if s, ok := special[r]; ok {
			b.WriteString(s)
		} else if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	s := b.String()
	if !isASCII(s) {
		s = foldMarks(s) // decomposition is the costly step; most names skip it
	}
	s = variants.Replace(s)
	s = strings.ReplaceAll(s, "j", "y")
	s = collapse(s)
	for _, end := range []string{"iy", "ij", "yi", "ii"} {
		if strings.HasSuffix(s, end) {
			s = strings.TrimSuffix(s, end) + "i"
		}
	}
	if n := len(s); n > 3 && s[n-1] == 'y' && !isVowel(s[n-2]) {
		s = s[:n-1] + "i" // Zelensky, Zelenskyi, Зеленський
	}
	if strings.HasSuffix(s, "enka") && len(s) > 6 {
		s = strings.TrimSuffix(s, "a") + "o" // Belarusian and Polish -enka for -enko: Lukašenka, Łukaszenka
	}
	if n := len(s); n > 4 && s[n-1] == 'r' && s[n-2] == 'e' && !isVowel(s[n-3]) {
		s = s[:n-2] + "r" // Alexander, Aleksandr; Peter, Petr
	}
	return keyCache.put(word, strings.ReplaceAll(collapse(s), "x", "ks"))
}

// collapse drops doubled letters, which come and go between
// transliterations (Zelenskyy, Zelensky; Mikhail, Michail).
func collapse(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i] == s[i-1] {
			continue
		}
		out = append(out, s[i])
	}
	return string(out)
}

// FullKey returns the key of a whole name, word by word.
func FullKey(name string) string {
	f := strings.Fields(name)
	for i, w := range f {
		f[i] = Key(w)
	}
	return strings.Join(f, " ")
}

// SameName reports whether two names can denote the same person: the
// surnames agree (sameSurname), and, where both give a first name, the
// first names agree, one is the other's initial, or they share the initial
// and are close (Mikhail, Michail; not Anna, Analyst).
func SameName(a, b string) bool {
	if same, ok := sameEastAsian(a, b); ok {
		return same // Xi Jinping, Си Цзиньпин; not Kim Yo Jong
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	fa, fb := strings.Fields(FullKey(a)), strings.Fields(FullKey(b))
	if len(fa) == 0 || len(fb) == 0 || len(fa) != len(wa) || len(fb) != len(wb) {
		return false
	}
	if !sameSurname(wa[len(wa)-1], wb[len(wb)-1]) {
		return false
	}
	if len(fa) == 1 || len(fb) == 1 {
		return true
	}
	x, y := dzh.Replace(fa[0]), dzh.Replace(fb[0]) // Justin, Джастин
	if x == y || (len(x) == 1 || len(y) == 1) && initial(x) == initial(y) || Jaro(x, y) >= 0.85 {
		return true
	}
	// Uladzimir and Volodymyr, Mike and Майк: one initial, one skeleton
	// after it (an English silent e aside).
	if initial(x) == initial(y) && strings.TrimSuffix(Skeleton(wa[0])[1:], "e") == strings.TrimSuffix(Skeleton(wb[0])[1:], "e") {
		return true
	}
	// Across scripts a given name is spelled by its consonants: Joe, Джо;
	// Kyrylo, Кирилл; Andrzej, Анджей. A French ç is s (François,
	// Франсуа), where Key reads the Turkish ch.
	if isCyrillic(wa[0]) != isCyrillic(wb[0]) && (firstConsonants(fa[0]) == firstConsonants(fb[0]) ||
		firstConsonants(givenKey(wa[0])) == firstConsonants(givenKey(wb[0])) || // Jean-Jacques, Жан-Жак
		firstConsonants(Key(cedilla.Replace(wa[0]))) == firstConsonants(Key(cedilla.Replace(wb[0])))) {
		return true
	}
	// An inflected given name ("Antony'ego Blinkena", "Donalda Tuska").
	in := defaultInflector()
	for _, c := range in.candidates(wa[0], "") {
		if Key(c.form) == fb[0] {
			return true
		}
	}
	for _, c := range in.candidates(wb[0], "") {
		if Key(c.form) == fa[0] {
			return true
		}
	}
	return initial(x) == initial(y) && Jaro(x, y) >= 0.8
}

// sameSurname: the keys are equal or nearly so (Jaro similarity ≥ 0.9 and
// the same last letter — Selenskyj and Zelensky, not Lukashenko and
// Lukashevich, Harris and Harrison), the skeletons are equal across
// scripts (Trump, Трамп), or a base form the case endings allow for one
// is the other ("Tuskiem", "Tusk"; "Шольцем", "Scholz").
func sameSurname(a, b string) bool {
	ka, kb := Key(a), Key(b)
	if ka == "" || kb == "" {
		return false
	}
	if ka == kb || iy.Replace(ka) == iy.Replace(kb) || Jaro(ka, kb) >= 0.9 && ka[len(ka)-1] == kb[len(kb)-1] {
		return true // Shoigu, Shoygu
	}
	// Vowels are spelled by convention across scripts (Trump, Трамп; the
	// silent e of Pence, Пенс), but tell names apart within one (Scholz,
	// Schulz).
	sa, sb := Skeleton(a), Skeleton(b)
	if (isCyrillic(a) != isCyrillic(b) || orthography(a) != orthography(b)) && (sa == sb || strings.TrimSuffix(sa, "e") == strings.TrimSuffix(sb, "e")) {
		return true
	}
	if isCyrillic(a) != isCyrillic(b) && (silentH(a, sb) || silentH(b, sa) || frenchSkeleton(a, sb) || frenchSkeleton(b, sa)) {
		return true
	}
	in := defaultInflector()
	for _, c := range in.candidates(a, "") {
		if !c.given && (Skeleton(c.form) == sb || isCyrillic(a) != isCyrillic(b) && silentH(b, Skeleton(c.form))) {
			return true
		}
	}
	for _, c := range in.candidates(b, "") {
		if !c.given && (Skeleton(c.form) == sa || isCyrillic(a) != isCyrillic(b) && silentH(a, Skeleton(c.form))) {
			return true
		}
	}
	return false
}

// silentH reports whether a Latin spelling that opens with h and a vowel
// has, without the h, the skeleton other (a Cyrillic spelling's): French
// and Spanish do not sound an initial h (Hollande, Олланд; Hidalgo,
// Идальго). A key keeps the h (it reads as г, х: Harris, Гарріс, Харрис),
// so this joins the names pair by pair only.
func silentH(latin, other string) bool {
	if isCyrillic(latin) || len(latin) < 4 || latin[0] != 'H' && latin[0] != 'h' || !isVowel(latin[1]|0x20) {
		return false
	}
	trim := func(s string) string { return strings.TrimSuffix(s, "e") }
	return trim(Skeleton(latin[1:])) == trim(other)
}

// frenchSkeleton reports whether a Latin surname read as French
// (frenchSurname: Chirac, Ширак; Jospin, Жоспен) has the skeleton other,
// a Cyrillic spelling's, a final e aside. Pair by pair only, as silentH.
func frenchSkeleton(latin, other string) bool {
	if isCyrillic(latin) {
		return false
	}
	trim := func(s string) string { return strings.TrimSuffix(s, "e") }
	return trim(skeletonOf(frenchSurname(french(Key(latin), latin), latin), false)) == trim(other)
}

var (
	cedilla = strings.NewReplacer("ç", "s", "Ç", "S")
	iy      = strings.NewReplacer("y", "i")
	dzh     = strings.NewReplacer("dzh", "y") // Key writes j as y
)

// defaultInflector reads the embedded lexicons' endings once.
var defaultInflector = sync.OnceValue(func() *Inflector { return NewInflector(lexicon.MustDefault()) })

// Jaro returns the Jaro similarity of two strings (1 = equal). Written here
// because the common Go implementation is GPL-licensed.
func Jaro(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	if len(ra) == 0 || len(rb) == 0 {
		return 0
	}
	window := max(len(ra), len(rb))/2 - 1
	window = max(window, 0)
	ma, mb := make([]bool, len(ra)), make([]bool, len(rb))
	m := 0
	for i, r := range ra {
		for j := max(0, i-window); j < min(len(rb), i+window+1); j++ {
			if !mb[j] && rb[j] == r {
				ma[i], mb[j] = true, true
				m++
				break
			}
		}
	}
	if m == 0 {
		return 0
	}
	t, j := 0, 0
	for i := range ra {
		if !ma[i] {
			continue
		}
		for !mb[j] {
			j++
		}
		if ra[i] != rb[j] {
			t++
		}
		j++
	}
	fm := float64(m)
	return (fm/float64(len(ra)) + fm/float64(len(rb)) + (fm-float64(t)/2)/fm) / 3
}

func isCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// orthography tells the Cyrillic spellings apart by the letters only one
// of them has: "be" for ў (Някляеў), "uk" for ї, є, ґ, the і Russian lacks
// (shared with Belarusian, but ў decides that) or the Ukrainian feminine
// -ська, -цька (Тихановська), "" otherwise. A Belarusian or Ukrainian and a
// Russian spelling of one name differ in their vowels as two scripts do
// (Някляеў, Некляев), so their skeletons compare them.
func orthography(s string) string {
	switch {
	case strings.ContainsAny(s, "ўЎ"):
		return "be"
	case strings.ContainsAny(s, "їєґіЇЄҐІ"), strings.HasSuffix(s, "ська"), strings.HasSuffix(s, "цька"):
		return "uk"
	}
	return ""
}

// scriptOf is the script a name's key records (kent.Script): Latin (any
// non-Cyrillic script), or which Cyrillic orthography.
func scriptOf(s string) kent.Script {
	if !isCyrillic(s) {
		return kent.ScriptLatin
	}
	switch orthography(s) {
	case "be":
		return kent.ScriptBelarusian
	case "uk":
		return kent.ScriptUkrainian
	}
	return kent.ScriptCyrillic
}

func isVowel(c byte) bool { return strings.IndexByte("aeiouy", c) >= 0 }

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
