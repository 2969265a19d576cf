/*
 * Copyright © 2021-present Peter M. Stahl pemistahl@gmail.com
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 * http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either expressed or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package lingua

import (
	"fmt"
	"regexp"
	"unicode"
)

type alphabet int

const (
	arabic alphabet = iota
	armenian
	bengali
	cyrillic
	devanagari
	georgian
	greek
	gujarati
	gurmukhi
	han
	hangul
	hebrew
	hiragana
	katakana
	latin
	tamil
	telugu
	thai
)

// matches reports whether text is one or more letters of the alphabet's
// script. Kent: read rune by rune from the script's table instead of by the
// regular expression ^\p{Script}+$ (the same table; see alphabetTables and
// its test), which cost Kent's ingest ten times as much.
func (alphabet alphabet) matches(text string) bool {
	if alphabet < 0 || int(alphabet) >= len(alphabetTables) || text == "" {
		return false
	}
	table := alphabetTables[alphabet]
	for _, r := range text {
		if !unicode.Is(table, r) {
			return false
		}
	}
	return true
}

// alphabetTables are the Unicode scripts of the alphabets, in their order;
// the regular expressions below name the same scripts.
var alphabetTables = []*unicode.RangeTable{
	arabic:     unicode.Arabic,
	armenian:   unicode.Armenian,
	bengali:    unicode.Bengali,
	cyrillic:   unicode.Cyrillic,
	devanagari: unicode.Devanagari,
	georgian:   unicode.Georgian,
	greek:      unicode.Greek,
	gujarati:   unicode.Gujarati,
	gurmukhi:   unicode.Gurmukhi,
	han:        unicode.Han,
	hangul:     unicode.Hangul,
	hebrew:     unicode.Hebrew,
	hiragana:   unicode.Hiragana,
	katakana:   unicode.Katakana,
	latin:      unicode.Latin,
	tamil:      unicode.Tamil,
	telugu:     unicode.Telugu,
	thai:       unicode.Thai,
}

// alphabetRegexp is the regular expression upstream matched text with.
func (alphabet alphabet) regexp() *regexp.Regexp {
	return []*regexp.Regexp{
		arabicChars, armenianChars, bengaliChars, cyrillicChars, devanagariChars, georgianChars,
		greekChars, gujaratiChars, gurmukhiChars, hanChars, hangulChars, hebrewChars,
		hiraganaChars, katakanaChars, latinChars, tamilChars, teluguChars, thaiChars,
	}[alphabet]
}

func (alphabet alphabet) supportedLanguages() (languages []Language) {
	for _, language := range AllLanguages() {
		for _, script := range language.alphabets() {
			if script == alphabet {
				languages = append(languages, language)
			}
		}
	}
	return
}

func allAlphabetsSupportingSingleLanguage() map[alphabet]Language {
	alphabets := make(map[alphabet]Language)
	for _, alphabet := range allAlphabets() {
		supportedLanguages := alphabet.supportedLanguages()
		if len(supportedLanguages) == 1 {
			alphabets[alphabet] = supportedLanguages[0]
		}
	}
	return alphabets
}

func allAlphabets() []alphabet {
	alphabets := make([]alphabet, thai+1)
	for i := 0; i <= int(thai); i++ {
		alphabets[i] = alphabet(i)
	}
	return alphabets
}

var (
	arabicChars     = createRegexp("Arabic")
	armenianChars   = createRegexp("Armenian")
	bengaliChars    = createRegexp("Bengali")
	cyrillicChars   = createRegexp("Cyrillic")
	devanagariChars = createRegexp("Devanagari")
	georgianChars   = createRegexp("Georgian")
	greekChars      = createRegexp("Greek")
	gujaratiChars   = createRegexp("Gujarati")
	gurmukhiChars   = createRegexp("Gurmukhi")
	hanChars        = createRegexp("Han")
	hangulChars     = createRegexp("Hangul")
	hebrewChars     = createRegexp("Hebrew")
	hiraganaChars   = createRegexp("Hiragana")
	katakanaChars   = createRegexp("Katakana")
	latinChars      = createRegexp("Latin")
	tamilChars      = createRegexp("Tamil")
	teluguChars     = createRegexp("Telugu")
	thaiChars       = createRegexp("Thai")
)

func createRegexp(charClass string) *regexp.Regexp {
	return regexp.MustCompile(fmt.Sprintf("^\\p{%v}+$", charClass))
}
