// Package meta reads article metadata out of text: publication dates through
// go-dateparser (github.com/markusmobius/go-dateparser), outlets from URLs
// and domain-shaped lines, and authors from bylines.
//
// go-dateparser builds a language's data (about 24 MB and 0.3 s for German
// with English) the first time a date in that language reaches it (Kent's
// copy in third_party/go-dateparser builds each locale on first use), and
// the parser itself is set up lazily too: ingesting pages whose dates come
// from HTML metadata never pays for it.
package meta

import (
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"

	dps "github.com/markusmobius/go-dateparser"

	"github.com/kentnews/kent/lexicon"
)

var (
	parserOnce sync.Once
	parser     *dps.Parser
)

// dateLangs are the languages whose dates FindDate reads in their own
// words: the languages Kent has a lexicon for (lexicon/data), so adding a
// language is a data change here too. go-dateparser knows far more locales
// than Kent; TestEveryLexiconLanguageReadsItsDates checks it knows these.
var dateLangs = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{"en": true}
	if lex, err := lexicon.Default(); err == nil {
		for _, c := range lex.Codes() {
			out[c] = true
		}
	}
	return out
})

// FindDate returns the first date found in text written in language lang
// ("en" if lang is unknown to the parser). now anchors relative and partial
// dates ("Friday, March 11"). Dates are returned in UTC unless the text gives
// a zone.
func FindDate(text, lang string, now time.Time) (time.Time, bool) {
	if t, ok := fastDate(text, lang); ok {
		return t, true
	}
	parserOnce.Do(func() { parser = &dps.Parser{} })
	if !dateLangs()[lang] {
		lang = "en"
	}
	langs := []string{lang}
	if lang != "en" {
		// Scraped pages in Lithuanian or Polish often print English dates.
		langs = append(langs, "en")
	}
	cfg := &dps.Configuration{
		Languages:             langs,
		CurrentTime:           now,
		DefaultTimezone:       time.UTC,
		PreferredDateSource:   dps.Past,
		IgnoreSurroundingText: true,
	}
	if lang != "en" || strings.Count(text, ".") >= 2 {
		// Numeric dates outside the US are day-first, and so is "03.05.2022"
		// whatever the language: nobody writes month.day.year with dots.
		cfg.DateOrder = dps.DMY
	}
	// Parse honours the day-first order of numeric dates ("03.05.2022"),
	// which Search ignores; Search finds a date among other words ("Apr 14,
	// 2022, 1:52 PM, updated …"), where Parse fails. Each costs about a
	// millisecond, so only the likelier one runs first.
	numeric := strings.Count(text, ".") >= 2 || strings.Count(text, "/") >= 2
	if numeric {
		if d, err := parser.Parse(cfg, text); err == nil && !d.IsZero() && yearAgrees(text, d.Time) {
			return d.Time, true
		}
	}
	for _, l := range langs {
		res, err := parser.SearchWithLanguage(cfg, l, text)
		if err != nil {
			continue
		}
		for _, r := range res {
			if !r.Date.IsZero() && hasYearOrDayDigits(r.Text) && yearAgrees(text, r.Date.Time) {
				return r.Date.Time, true
			}
		}
	}
	if !numeric {
		if d, err := parser.Parse(cfg, text); err == nil && !d.IsZero() && hasYearOrDayDigits(text) && yearAgrees(text, d.Time) {
			return d.Time, true
		}
	}
	return time.Time{}, false
}

var yearInText = regexp.MustCompile(`\b(19|20)\d\d\b`)

// yearAgrees rejects a parse whose year the text does not print when it
// prints one: the parser falls back to today on words it cannot place
// ("Publicerad 14.03.2022 kl. 09:12" read as today).
func yearAgrees(text string, d time.Time) bool {
	years := yearInText.FindAllString(text, -1)
	if years == nil {
		return true
	}
	y := d.Format("2006")
	for _, s := range years {
		if s == y {
			return true
		}
	}
	return false
}

// A date with no digits ("today", "Friday") is not a publication date.
func hasYearOrDayDigits(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

var domainLine = regexp.MustCompile(`(?i)^(?:www\.)?([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6})/?$`)

// DomainLine returns the domain if line is nothing but a site's domain name
// ("Lrytas.lt"), the way scraped pages print their outlet.
func DomainLine(line string) (string, bool) {
	m := domainLine.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		return "", false
	}
	return m[1], true
}

// URLLine returns the address if line is nothing but an http(s) URL, the way
// scrapers print an article's address above its text.
func URLLine(line string) (string, bool) {
	line = strings.TrimSpace(line)
	if !strings.HasPrefix(line, "http://") && !strings.HasPrefix(line, "https://") || strings.ContainsAny(line, " \t") {
		return "", false
	}
	if u, err := url.Parse(line); err != nil || u.Host == "" {
		return "", false
	}
	return line, true
}

// OutletFromURL returns the host of a URL without "www.", or "".
func OutletFromURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// fastLayouts are numeric and English forms Go's time package reads
// directly, tried on the start of a line before go-dateparser (about a
// millisecond a call) is asked. Day-first numeric forms only: nobody writes
// month.day.year with dots.
var fastLayouts = []string{
	"2006-01-02T15:04:05Z07:00", "2006-01-02 15:04", "2006-01-02",
	"02.01.2006 15:04", "2.1.2006 15:04", "02.01.2006, 15:04", "2.1.2006, 15:04", "02.01.2006", "2.1.2006",
	"Jan 2, 2006, 3:04 PM", "Jan 2, 2006 3:04 PM", "Jan 2, 2006", "January 2, 2006",
	"2 January 2006", "2 Jan 2006",
}

func fastDate(text, lang string) (time.Time, bool) {
	f := strings.Fields(strings.TrimSpace(text))
	for n := min(len(f), 5); n >= 1; n-- {
		cand := strings.TrimRight(strings.Join(f[:n], " "), ",;|")
		for _, l := range fastLayouts {
			english := strings.ContainsAny(l, "JP")
			if english && lang != "en" && lang != "" {
				continue // month names are the language's own elsewhere
			}
			if t, err := time.Parse(l, cand); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}
