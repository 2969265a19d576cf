package brief

import (
	"bufio"
	"bytes"
	"io"
)

// writeIndented writes compact JSON (as json.Marshal makes it: no space
// outside strings) indented as json.Indent with prefix "" does it, byte for
// byte, through a buffer. json.Encoder's own indenting steps a scanner
// through every byte into a second whole copy of the output: a brief over
// 100,000 articles writes 40 MB of JSON, and that pass was a tenth of its
// CPU time.
func writeIndented(w io.Writer, src []byte, indent string) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	depth := 0
	needIndent := false // after { or [: indent before the next token, unless it closes
	newline := func() {
		bw.WriteByte('\n')
		for range depth {
			bw.WriteString(indent)
		}
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if needIndent && c != '}' && c != ']' {
			needIndent = false
			depth++
			newline()
		}
		switch c {
		case '"':
			// A string, copied whole: its end is the first quote that no
			// backslash escapes.
			j := i + 1
			for j < len(src) {
				k := bytes.IndexAny(src[j:], "\"\\")
				if k < 0 {
					j = len(src)
					break
				}
				j += k
				if src[j] == '\\' {
					j += 2
					continue
				}
				break
			}
			end := min(j+1, len(src))
			bw.Write(src[i:end])
			i = end - 1
		case '{', '[':
			needIndent = true
			bw.WriteByte(c)
		case ',':
			bw.WriteByte(c)
			newline()
		case ':':
			bw.WriteString(": ")
		case '}', ']':
			if needIndent {
				needIndent = false // {} and [] stay empty
			} else {
				depth--
				newline()
			}
			bw.WriteByte(c)
		default:
			bw.WriteByte(c)
		}
	}
	return bw.Flush()
}
