package brief

import (
	"net/url"
	"strings"

	"github.com/kentnews/kent"
)

// Every contribution is cited by its article's address, so an analyst can
// click through to the source: a link in Markdown and HTML, the URL in
// text, the url field in JSON. Only http and https addresses are linked; an
// article without one is cited by the file it was read from.

// safeURL returns u fit to put in a link, or "" if it is not an http(s)
// address. Parentheses, quotes and spaces are percent-encoded so that no
// address can end a Markdown link or an attribute early.
func safeURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" || p.User != nil {
		return ""
	}
	return urlEscaper.Replace(p.String())
}

// urlEscaper is built once, not per citation (a brief cites thousands).
var urlEscaper = strings.NewReplacer("(", "%28", ")", "%29", "\"", "%22", "'", "%27", " ", "%20", "<", "%3C", ">", "%3E", "`", "%60")

// cite is a contribution's source for a terminal: its URL, else its file.
func cite(c kent.Contribution) string {
	if u := safeURL(c.URL); u != "" {
		return u
	}
	return "source: " + c.Source
}

// mdCite is the outlet as a Markdown link to the article, or as text.
func mdCite(c kent.Contribution) string {
	name := mdEscape(orDash(c.Outlet))
	if u := safeURL(c.URL); u != "" {
		return "[" + name + "](" + u + ")"
	}
	return name
}
