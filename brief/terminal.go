package brief

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Article text is hostile input: a title can hold escape sequences that
// rename the terminal, clear the screen or move the cursor. Everything Kent
// prints for people goes through Printable or a Terminal writer, which show
// control characters instead of obeying them.

// Printable returns s with control characters made visible: C0 controls as
// their Unicode pictures (ESC → ␛, CR → ␍), DEL as ␡, C1 controls and
// bidirectional overrides as <U+XXXX>, invalid UTF-8 as U+FFFD. Tabs and
// newlines stay.
func Printable(s string) string {
	if safe(s) {
		return s
	}
	var b strings.Builder
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		b.WriteString(visibleRune(r, size))
	}
	return b.String()
}

func safe(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\t' && c != '\n' || c >= 0x7f {
			return !strings.ContainsFunc(s, hidden) && utf8.ValidString(s)
		}
	}
	return true
}

func hidden(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' || r >= 0x7f && r <= 0x9f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

func visibleRune(r rune, size int) string {
	switch {
	case r == utf8.RuneError && size <= 1:
		return "\uFFFD"
	case r < 0x20 && r != '\t' && r != '\n':
		return string(rune(0x2400 + r))
	case r == 0x7f:
		return "\u2421"
	case hidden(r):
		return fmt.Sprintf("<U+%04X>", r)
	}
	return string(r)
}

// kentColours are the only escape sequences a Terminal writer lets through,
// and only when colour is on: the ones Kent's own output uses.
var kentColours = []string{"\x1b[0m", "\x1b[1m", "\x1b[2m", "\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[36m"}

// Terminal returns a writer that makes control characters visible in all
// that passes through it. With colour on it lets Kent's own colour codes
// through (a hostile text can at most change a colour, never move the
// cursor or rename the window).
func Terminal(w io.Writer, colour bool) io.Writer {
	return &terminal{w: w, colour: colour}
}

type terminal struct {
	w      io.Writer
	colour bool
	tail   []byte // an incomplete UTF-8 sequence from the last write
}

// Unwrap returns the writer underneath, for output meant for programs.
func (t *terminal) Unwrap() io.Writer { return t.w }

func (t *terminal) Write(p []byte) (int, error) {
	data := append(t.tail, p...)
	t.tail = nil
	var b strings.Builder
	for i := 0; i < len(data); {
		c := data[i]
		if c == 0x1b && t.colour {
			if code := colourAt(data[i:]); code != "" {
				b.WriteString(code)
				i += len(code)
				continue
			}
		}
		if c >= 0x20 && c < 0x7f || c == '\t' || c == '\n' {
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 && !utf8.FullRune(data[i:]) && len(data)-i < utf8.UTFMax {
			t.tail = append([]byte(nil), data[i:]...) // finished by the next write
			break
		}
		b.WriteString(visibleRune(r, size))
		i += size
	}
	if _, err := io.WriteString(t.w, b.String()); err != nil {
		return 0, err
	}
	return len(p), nil
}

func colourAt(b []byte) string {
	for _, c := range kentColours {
		if len(b) >= len(c) && string(b[:len(c)]) == c {
			return c
		}
	}
	return ""
}
