package names

import (
	"strings"
	"sync"
	"unicode"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

// SpeakerKey returns the key a speaker or holder is looked up by, from any
// spelling of the name: the key of its last word, the initial of its first
// word when it has several (folded like SameName's: Joe, Джо; Oleg, Алег),
// and the last word's cross-script skeleton and script
// (kent.NameKey.Matches: "Трамп" finds "Donald Trump"). A name without
// letters has the zero key. A name that is wholly one listed organisation
// (OrgKey: "EZB", "the European Central Bank", "Европейский центральный
// банк") has that organisation's key, "org:ECB", in every language.
func SpeakerKey(name string) kent.NameKey {
	if org := OrgKey(name); org != "" {
		return kent.NameKey{Surname: "org:" + org}
	}
	return nameKey(name)
}

// nameKey is SpeakerKey without the organisation list: the key of a
// person's name.
func nameKey(name string) kent.NameKey {
	if ea, ok := eastAsianName(name); ok && ea.given != "" {
		return eastAsianKey(ea, name)
	}
	f := strings.Fields(FullKey(name))
	if len(f) == 0 {
		return kent.NameKey{}
	}
	k := kent.NameKey{Surname: f[len(f)-1]}
	w := strings.Fields(name)
	if len(f) > 1 {
		k.Initial = initial(f[0])
		if len(w) == len(f) {
			k.Initial = givenCode(w[0], turkic(name))
		}
	}
	k.Skeleton, k.Cyrillic = crossScript(k.Surname, w[len(w)-1], turkic(name), frenchReading(name))
	return k
}

// Rekey returns the key of a row stored before keys joined scripts, from
// the stored name and the surname key and initial stored beside it (the
// base form the names stage chose then): the initial is folded again when
// the name's first word gives it, and the skeleton and script are added.
func Rekey(name, surname, init string) kent.NameKey {
	if ea, ok := eastAsianName(name); ok && ea.given != "" {
		return eastAsianKey(ea, name)
	}
	k := kent.NameKey{Surname: surname, Initial: init}
	w := strings.Fields(name)
	if len(w) == 0 || surname == "" {
		return k
	}
	if first := Key(w[0]); len(w) > 1 && init != "" && (strings.HasPrefix(first, init[:1]) || initial(first) == init[:1]) {
		k.Initial = givenCode(w[0], turkic(name))
	}
	k.Skeleton, k.Cyrillic = crossScript(surname, w[len(w)-1], turkic(name), frenchReading(name))
	return k
}

// crossScript returns what joins a surname across scripts, from its key and
// its spelling: the skeleton of the key, with the silent final e of English
// spellings dropped (Pence, Blake, Блейк), and the spelling's script and
// Cyrillic orthography (Някляеў, Некляев join as Trump and Трамп do), or
// for a long skeleton its Latin orthography (latinOrthography). A
// name spelled in Turkish or Azerbaijani letters anywhere (turkic: Muharrem
// İnce) has its c read as дж; a French one (fr: frenchReading, Jacques
// Chirac) is read as French (frenchSurname: Ширак).
func crossScript(surnameKey, spelling string, turkic, fr bool) (skeleton string, script kent.Script) {
	k := french(Key(surnameKey), spelling)
	if fr {
		k = frenchSurname(k, spelling)
	}
	if romanceH(k, spelling) {
		k = k[1:]
	}
	skeleton, script = strings.TrimSuffix(skeletonOf(k, turkic), "e"), scriptOf(spelling)
	if script == kent.ScriptLatin && (len(skeleton) >= 5 || len(skeleton) == 4 && slavicOw(spelling)) {
		script = latinOrthography(spelling) // Selenskyj, Zełenski, Zelensky
	}
	return skeleton, script
}

// romanceH reports whether a Latin surname opens with an h that Russian,
// Ukrainian and Belarusian news do not write, read from its own shape when
// no French given name says so (frenchSurname): an h and a vowel, and a
// Spanish accent or a Romance ending, -o or -a or an -e after two
// consonants (Hernández, Эрнандес; Hidalgo,
// Идальго; Hollande, Олланд; Herrera, Эррера). An English Holland,
// Harris or Hale keeps its h (Холланд, Харрис, Хейл); only the Latin
// spelling loses it, so Cyrillic skeletons stay as they were.
func romanceH(key, spelling string) bool {
	low := strings.ToLower(spelling)
	if len(key) < 5 || key[0] != 'h' || !isVowel(key[1]) || !isASCII(key) || !strings.HasPrefix(low, "h") {
		return false
	}
	if strings.ContainsAny(low, "áéíóúñ") {
		return true // Hernández, Эрнандес: Spanish by its accents
	}
	n := len(key)
	switch key[n-1] {
	case 'o', 'a':
		return true
	case 'e':
		return !isVowel(key[n-2]) && !isVowel(key[n-3])
	}
	return false
}

// slavicOw reports whether a Latin spelling ends in -ow or -ew, the Polish
// and German spelling of the Russian -ов, -ев: it tells a transliteration
// of a shorter surname too (Umjerow, Umierow, Umerov).
func slavicOw(spelling string) bool {
	low := strings.ToLower(spelling)
	return strings.HasSuffix(low, "ow") || strings.HasSuffix(low, "ew")
}

// latinOrthography tells the Latin transliterations of Slavic names apart
// by the letters only one of them uses, as orthography does the Cyrillic
// ones: Polish (ł, ś, ż, sz, cz, rz: Zełenski, Ławrow), German (ä, ö, ü,
// sch, a final -yj, -ij, -ow, -ew: Selenskyj, Umjerow) or English and the
// rest (Zelensky, Umerov).
func latinOrthography(s string) kent.Script {
	low := strings.ToLower(s)
	switch {
	case strings.ContainsAny(low, "ąćęłńóśźż") || strings.Contains(low, "sz") || strings.Contains(low, "cz") || strings.Contains(low, "rz"):
		return kent.ScriptPolish
	case strings.ContainsAny(low, "äöüß") || strings.Contains(low, "sch"):
		return kent.ScriptGerman
	}
	if slavicOw(low) && strings.Contains(low[:len(low)-2], "ie") {
		return kent.ScriptPolish // Umierow: Polish writes е after a consonant ie, German je
	}
	for _, end := range []string{"yj", "ij", "ow", "ew"} {
		if strings.HasSuffix(low, end) {
			return kent.ScriptGerman
		}
	}
	if slavicEnd(low) && vowelY(low) {
		return kent.ScriptLatinY // Tymoshenko, Timoshenko
	}
	return kent.ScriptLatin
}

// slavicEnd reports whether a lower-case Latin surname ends as East Slavic
// surnames do (-enko, -uk, -ov, -ev, -in, -sky and -skyi): only there is a
// y between consonants the transliteration of и.
func slavicEnd(low string) bool {
	for _, end := range []string{"enko", "uk", "ov", "ev", "in", "sky", "skyi", "skyy", "ych"} {
		if strings.HasSuffix(low, end) {
			return true
		}
	}
	return false
}

// vowelY reports whether a lower-case word has a y between two consonants
// (Tymoshenko, Hrytsenko), the English spelling of a Ukrainian и.
func vowelY(low string) bool {
	for i := 1; i+1 < len(low); i++ {
		if low[i] == 'y' && !isVowel(low[i-1]) && !isVowel(low[i+1]) && isLetter(low[i-1]) && isLetter(low[i+1]) {
			return true
		}
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' }

// KeySpeakers sets the key of every quote's speaker and judgement's holder in
// the article, so that stores can find them by key whatever the spelling.
// An inflected name is keyed by its base form (the article's mentions are
// the evidence: "Tuska" by "Tusk"), and a person's is shown in it where
// that is safe (Inflector.shown: "Marka Kowalskiego" is Marek Kowalski). An
// article names few people many times, so each name is keyed once.
func KeySpeakers(a *kent.Article) {
	type keyed struct {
		name, shown string
		key         kent.NameKey
	}
	var done []keyed
	seen := map[string]bool{}
	persons := map[string]string{} // a person mention's text or name → its fullest name
	places := map[string]bool{}    // the words of the places and organisations named
	for _, m := range a.Mentions {
		if m.Kind != kent.SpeakerPerson {
			for _, w := range strings.Fields(m.Text) {
				places[strings.ToLower(w)] = true
			}
		}
		if m.Kind == kent.SpeakerPerson {
			for _, w := range strings.Fields(m.Name) {
				seen[strings.ToLower(w)] = true
			}
			persons[m.Name] = m.Name
			if _, ok := persons[m.Text]; !ok {
				persons[m.Text] = m.Name
			}
		}
	}
	in := defaultInflector()
	base := func(name string) string {
		ws := strings.Fields(name)
		for i, w := range ws {
			ws[i] = in.Lemma(w, a.Language, "", func(s string) bool { return seen[s] })
		}
		return strings.Join(ws, " ")
	}
	set := func(sp *kent.Speaker) {
		if sp == nil {
			return
		}
		for _, k := range done {
			if k.name == sp.Name {
				sp.Key, sp.Name = k.key, k.shown
				return
			}
		}
		splitRole(sp, persons, seen, places, a.Language)
		name := sp.Name
		acr := acronymVoice(a.Text, sp)
		switch {
		case acr != "" && sp.Kind != kent.SpeakerPerson && textOrg(a.Text, name) == "":
			// "Эксперты NCFR": a group the names finder may also have
			// read as a person is its organisation's voice (acronymvoice.go)
			sp.Key = kent.NameKey{Surname: "org:" + acr}
		case sp.Kind == kent.SpeakerPerson && personName(name, persons) != name || persons[name] != "":
			// A person the article names is never an organisation,
			// whatever the list says.
			// The mention's name is its base form already, its case and
			// gender read from its sentence: lemmatised again by the
			// article's words alone, Анна Смирнова could take the
			// surname of a Смирнов the article names.
			full := personName(name, persons)
			sp.Key = nameKey(full)
			if sp.Kind == kent.SpeakerPerson {
				sp.Name = in.shown(name, full, a.Language)
			}
		case textOrg(a.Text, name) != "":
			sp.Key = kent.NameKey{Surname: "org:" + textOrg(a.Text, name)}
			if f := strings.Fields(sp.Name); len(f) >= 2 && articles()[f[0]] && sp.Kind != kent.SpeakerPerson {
				// "Ökonomen der Deutschen Bank": the bank is the
				// affiliation, shown without the article its case
				// took ("Deutschen Bank"). Only a lower-case one: "The
				// Economist" keeps its own.
				sp.Name = strings.Join(f[1:], " ")
			}
		case acr != "":
			sp.Key = kent.NameKey{Surname: "org:" + acr} // (acronymvoice.go)
			if f := strings.Fields(sp.Name); len(f) == 2 && articles()[strings.ToLower(f[0])] && sp.Kind != kent.SpeakerPerson {
				sp.Name = f[1] // "Das NCFR" is the NCFR
			}
		default:
			sp.Key = SpeakerKey(base(name))
		}
		done = append(done, keyed{name, sp.Name, sp.Key})
	}
	for i := range a.Quotes {
		set(a.Quotes[i].Speaker)
	}
	for i := range a.Judgements {
		set(a.Judgements[i].Holder)
	}
}

// personName returns the person a speaker's name ends in, as the article
// names that person: a speaker read with a role before the name ("US
// President Donald Trump", "Президент США Дональд Трамп") is keyed by the
// person mention "Donald Trump", so that the role's first letter is not
// taken for an initial. A name that ends in no mention stays.
func personName(name string, persons map[string]string) string {
	f := strings.Fields(name)
	for i := range f {
		if full, ok := persons[strings.Join(f[i:], " ")]; ok {
			return full
		}
	}
	return name
}

// orgIndex is the organisation list (lexicon/places/organisations.yaml),
// loaded once; nil when it fails to load (a test of package lexicon
// reports that), so names then key organisations like other names.
var orgIndex = sync.OnceValue(func() *lexicon.OrgIndex {
	ix, err := lexicon.LoadOrganisations()
	if err != nil {
		return nil
	}
	return ix
})

// articles are the words an organisation's name may start with that are
// not part of it ("the ISW", "die EZB"): every language's articles.
var articles = sync.OnceValue(func() map[string]bool {
	set := lexicon.MustDefault()
	out := map[string]bool{}
	for _, c := range set.Codes() {
		for _, a := range set.Get(c).Names.Articles {
			out[strings.ToLower(a)] = true
		}
	}
	return out
})

// OrgKey returns the key of the listed organisation a speaker's or
// holder's whole name is ("ECB" for "EZB", "the European Central Bank" or
// "Europejski Bank Centralny"), or "". The whole name must be the
// organisation's: "ECB President Christine Lagarde" and "Bank of England
// economists" are not the bank. One word counts only as an acronym or a
// listed name in full, not as a name's stem ("Natoli" is not NATO).
func OrgKey(name string) string {
	if k := wholeOrgKey(name); k != "" {
		return k
	}
	// "Instytut Gospodarki Światowej w Kilonii", "the ECB in Frankfurt":
	// an organisation and its seat after a preposition of place is the
	// organisation.
	w := strings.Fields(name)
	if n := len(w); n >= 3 && placePreps()[w[n-2]] && unicode.IsUpper([]rune(w[n-1])[0]) && wholeOrgKey(w[n-1]) == "" {
		return wholeOrgKey(strings.Join(w[:n-2], " "))
	}
	return ""
}

// placePreps are every language's prepositions of place (names'
// place_preps): "w", "in", "в", "i".
var placePreps = sync.OnceValue(func() map[string]bool {
	set := lexicon.MustDefault()
	out := map[string]bool{}
	for _, c := range set.Codes() {
		for _, p := range set.Get(c).Names.PlacePreps {
			out[p] = true
		}
	}
	return out
})

// wholeOrgKey is OrgKey for a name that is the organisation's and nothing
// more.
func wholeOrgKey(name string) string {
	ix := orgIndex()
	w := strings.Fields(name)
	if ix == nil || len(w) == 0 {
		return ""
	}
	if len(w) > 1 && articles()[strings.ToLower(w[0])] {
		w = w[1:]
	}
	k := ix.At(w)
	if k == "" {
		return ""
	}
	if len(w) == 1 {
		return oneWordOrg(ix, w[0], k)
	}
	if ix.At(w[:len(w)-1]) == k { // the name goes on past the organisation's
		return ""
	}
	return k
}

// oneWordOrg returns k when the word is organisation k's acronym as
// written, or one of its listed names with at most a case ending (two
// letters) after a stem of five letters or more ("Hisbollah",
// "Хезболлы"); else "". A shorter stem must be the whole word, so a
// surname that begins like a short name ("Natoli", "nato") is no
// organisation. A party's stem of six letters or more is its own, with
// any ending: Finnish and Swedish inflect it at length ("kokoomuksesta",
// "Sverigedemokraternas").
func oneWordOrg(ix *lexicon.OrgIndex, word, k string) string {
	low := strings.ToLower(word)
	if ix.At([]string{low}) != k {
		return k // not by a lower-case name: by the acronym as written
	}
	r := []rune(low)
	stem := len(r)
	for stem > 1 && ix.At([]string{string(r[:stem-1])}) == k {
		stem--
	}
	if stem == len(r) || stem >= 5 && len(r)-stem <= 2 {
		return k
	}
	if ix.Party(k) && stem >= 6 {
		return k // a party's stem is its own ("Sverigedemokraterna", "kokoomuksen", "Единороссы")
	}
	return ""
}

// textOrg returns the listed organisation a holder's name is, read on in
// the article's text where the name stands: a name cut short before the
// organisation's lower-case words ("Институт" of "Институт изучения
// войны", "Instytut Studiów" of "Instytut Studiów nad Wojną") is the
// organisation when the text goes on into its whole name. The longest
// reading that is wholly one organisation wins; "" when none is.
func textOrg(text, name string) string {
	if org := OrgKey(name); org != "" {
		return org
	}
	i := strings.Index(text, name)
	n := len(strings.Fields(name))
	if i < 0 || n == 0 {
		return ""
	}
	// The fields from the name on, at most n+5 of them: splitting the
	// whole rest of the article made this quadratic in its length.
	var w []string
	for f := range strings.FieldsSeq(text[i:]) {
		if len(w) == n+5 {
			break
		}
		w = append(w, f)
	}
	for j, x := range w {
		w[j] = strings.TrimFunc(x, func(r rune) bool { return unicode.IsPunct(r) && r != '-' && r != '\'' })
	}
	for k := len(w); k > n; k-- {
		if org := OrgKey(strings.Join(w[:k], " ")); org != "" {
			return org
		}
	}
	return ""
}

// eastAsianKey is the speaker key of a Chinese or Korean name: the family
// name's key stands for the surname and the given name's syllable classes
// for the initial, in every script (Kim Jong Un and Ким Чен Ын match; Kim
// Yo Jong does not).
func eastAsianKey(ea eastAsian, name string) kent.NameKey {
	return kent.NameKey{Surname: ea.family, Initial: ea.given, Skeleton: ea.family, Cyrillic: scriptOf(name)}
}

// shown is the name to show for a person printed as printed, whom the
// article's mentions name full (their base form, the finder's): full when
// it cannot turn a woman into a man, printed otherwise. A surname printed
// with a woman's -a that loses it ("Смирнова" → Смирнов, "Tuska" → Tusk)
// needs a man's given name in full to say so (Donald Tusk; Анна Смирнова
// keeps her -a, and a surname alone keeps its printed form), and a
// surname only women bear is never shown otherwise (Kowalska).
func (in *Inflector) shown(printed, full, lang string) string {
	pw, fw := strings.Fields(printed), strings.Fields(full)
	if len(pw) == 0 || len(fw) == 0 || full == printed || len(in.agreement[lang].oblique) == 0 {
		return printed // only where names decline word by word (pl, ru, uk, be): not "Lukas" for Luka
	}
	p, f := pw[len(pw)-1], fw[len(fw)-1]
	if Skeleton(p) != Skeleton(f) && !sameSurname(p, f) {
		return printed // another name, not a case form of it
	}
	if in.womansSurname(p, lang, nil) && !strings.EqualFold(p, f) {
		return printed
	}
	gender := in.Gender(full, lang)
	if endsInA(p) && !endsInA(f) && gender != genderMan {
		return printed
	}
	// As many words as printed: "Tuska" is shown as Tusk, not Donald
	// Tusk; words before the name (a role) stay as printed.
	if len(fw) > len(pw) {
		fw = fw[len(fw)-len(pw):]
	}
	return strings.Join(append(pw[:len(pw)-len(fw):len(pw)-len(fw)], fw...), " ")
}
