package names

import "strings"

// CaseBreak returns where a run of capitalised words holds two names that
// stand in different cases: a given name and surname in an oblique case
// followed by a name in its base form ("Zdaniem politologa Jana Nowaka
// Johnson nie …", "По мнению Ивана Петрова Байден …"). Slavic languages
// write no comma there, so the run is one only in print: the first name
// ends where its case ending stops. It returns 0 for one name.
//
// The first word must be a known given name printed in a case form (not its
// base form), every word up to the break must carry a case ending with the
// same last letter (the ending a man's given name and surname share), and
// the word at the break must carry no case ending of the language at all —
// so indeclinable names ("Anny Kallas") and names wholly in one case
// ("Władimira Władimirowicza Putina") stay whole.
func (in *Inflector) CaseBreak(run []string, lang string) int {
	if len(run) < 3 || lang == "" || len(in.endings[lang]) == 0 {
		return 0
	}
	w0 := run[0]
	if in.firstName(w0) || !in.First(w0, lang) || len(in.candidates(w0, lang)) == 0 {
		return 0
	}
	for k := 1; k < len(run) && k <= 3; k++ {
		if len(in.candidates(run[k], lang)) == 0 {
			if k >= 2 {
				return k
			}
			return 0
		}
		if !sameCaseLetter(w0, run[k]) {
			if k == 1 && in.adjectivalAgrees(w0, run[1], lang) && len(run) > 2 {
				return 2 // "Jana Kowalskiego Varga": nothing follows such a surname in one name
			}
			return 0
		}
	}
	return 0
}

// adjectivalAgrees reports whether surname is an adjectival surname in the
// case given's ending marks (lexicon names.case_pairs: "Jana
// Kowalskiego", "Ивана Каменского").
func (in *Inflector) adjectivalAgrees(given, surname, lang string) bool {
	g, s := strings.ToLower(given), strings.ToLower(surname)
	for _, p := range in.agreement[lang].casePairs {
		if strings.HasSuffix(g, p[0]) && strings.HasSuffix(s, p[1]) && len(s) > len(p[1])+2 {
			return true
		}
	}
	return false
}

// caseBreak is CaseBreak on a run of the finder's words.
func (f *Finder) caseBreak(run []word, lang string) int {
	if len(run) < 3 {
		return 0
	}
	texts := make([]string, 0, 4)
	for _, w := range run[:min(len(run), 4)] {
		texts = append(texts, w.text)
	}
	return f.inflect.CaseBreak(texts, lang)
}
