package clean

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	brRe  = regexp.MustCompile(`(?i)<br\s*/?>`)
	tagRe = regexp.MustCompile(`(?i)</?(p|b|i|em|strong|span|a|div|small|u|sup|sub)(\s[^<>]{0,200})?>`)
)

// SplitBlocks splits raw text into blocks: one per line, except that
// hard-wrapped paragraphs (several lines of similar length not ending in
// punctuation) are joined back. Stray <br> and inline tags from scrapers are
// removed and HTML entities decoded.
func SplitBlocks(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	if strings.ContainsRune(text, '<') {
		text = brRe.ReplaceAllString(text, "\n")
		text = tagRe.ReplaceAllString(text, "")
	}
	if strings.ContainsRune(text, '&') {
		text = html.UnescapeString(text)
	}
	var out []string
	for _, chunk := range strings.Split(text, "\n\n") {
		lines := strings.Split(strings.Trim(chunk, "\n"), "\n")
		if hardWrapped(lines) {
			if t := tidy(strings.Join(lines, " ")); t != "" {
				out = append(out, t)
			}
			continue
		}
		for _, l := range lines {
			if t := tidy(l); t != "" {
				out = append(out, t)
			}
		}
	}
	return out
}

func hardWrapped(lines []string) bool {
	if len(lines) < 3 {
		return false
	}
	wrapped := 0
	for _, l := range lines[:len(lines)-1] {
		n := utf8.RuneCountInString(strings.TrimSpace(l))
		if n >= 40 && n <= 100 && !endsSentence(l) {
			wrapped++
		}
	}
	return wrapped*10 >= (len(lines)-1)*7
}

// tidy collapses white space (including no-break spaces) and trims.
func tidy(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsSpace(r) && r != ' ' }) && !strings.Contains(s, "  ") {
		return strings.TrimSpace(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

func endsSentence(t string) bool {
	t = strings.TrimRight(t, " ”’\"'»)]")
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == '.' || r == '!' || r == '?' || r == '…'
}
