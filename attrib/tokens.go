package attrib

import (
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// isCap reports whether t may be part of a name: a capitalised word of two
// letters or more ("I" and initials alone are not names) that is no month
// or weekday.
func (d *doc) isCap(t kent.Token) bool {
	if !t.Word || len(t.Text) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) && !d.e.calendar[t.Low]
}
