// Package brief renders an outlook (package question) for people and
// programs: a terminal text readable at 80 columns (colour only on a
// terminal), Markdown, a self-contained HTML page with SVG charts that
// opens with no network, and JSON that follows outlook.schema.json. Every
// line that shows a number cites its holder, outlet, language, date and
// the words in their original language; nothing is translated or invented.
package brief

import (
	_ "embed"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
)

// Schema is the JSON Schema of the JSON form, version kent.OutlookSchema.
//
//go:embed outlook.schema.json
var Schema []byte

// JSON writes the outlook as indented JSON, as json.Encoder with
// SetIndent("", "  ") and no HTML escaping writes it (writeIndented says
// why not through it).
func JSON(w io.Writer, o *kent.Outlook) error {
	compact, err := compactJSON(o)
	if err != nil {
		return err
	}
	return writeIndented(w, compact, "  ")
}

func who(c kent.Contribution) string {
	var extra []string
	if c.Role != "" {
		extra = append(extra, c.Role)
	}
	if c.Affiliation != "" {
		extra = append(extra, c.Affiliation)
	}
	if c.HolderKind == "outlet" {
		extra = append(extra, "the article's own voice")
	}
	if len(extra) == 0 {
		return c.Holder
	}
	return c.Holder + " (" + strings.Join(extra, ", ") + ")"
}

func date(c kent.Contribution) string {
	if c.Published.IsZero() {
		return "date unknown"
	}
	return c.Published.Format("2006-01-02")
}

// scaleOf returns the scale an outlook's bands are on: the one it names,
// else the lexicons' default.
func scaleOf(o *kent.Outlook) *kent.Scale {
	lex := lexicon.MustDefault()
	if sc, err := lex.Scale(o.Scale); err == nil {
		return sc
	}
	return lex.DefaultScale()
}

func bandWords(b string) string {
	if b == "" {
		return "stance only"
	}
	return strings.ReplaceAll(b, "_", " ")
}

func orDash(s string) string {
	if s == "" {
		return "outlet unknown"
	}
	return s
}

// printer gathers whole lines and writes them in blocks of about 64 KB:
// a brief over a large store is a few hundred thousand lines, and a write
// to the terminal each was a system call each (and the terminal filter's
// pass each). Blocks end at a line's end, so no colour code is split
// between two writes.
type printer struct {
	w     io.Writer
	width int
	err   error
	buf   []byte
}

func (p *printer) line(format string, args ...any) {
	if p.err != nil {
		return
	}
	if s, ok := args0(args); format == "%s" && ok {
		p.buf = append(append(p.buf, s...), '\n')
	} else {
		p.buf = fmt.Appendf(p.buf, format+"\n", args...)
	}
	if len(p.buf) >= 64<<10 {
		p.flush()
	}
}

// args0 is a lone string argument.
func args0(args []any) (string, bool) {
	if len(args) != 1 {
		return "", false
	}
	s, ok := args[0].(string)
	return s, ok
}

// flush writes what is gathered; it returns the first error of any write.
func (p *printer) flush() error {
	if p.err == nil && len(p.buf) > 0 {
		_, p.err = p.w.Write(p.buf)
	}
	p.buf = p.buf[:0]
	return p.err
}

// wrap prints s word-wrapped, first line after first, others after indent.
// Escape sequences do not count toward the width.
func (p *printer) wrap(s, first, indent string) {
	if p.err != nil {
		return
	}
	start := len(p.buf)
	p.buf = append(p.buf, first...)
	curLen := visible(first)
	started := false
	for wd := range strings.FieldsSeq(s) {
		l := visible(wd)
		if started && curLen+1+l > p.width {
			p.buf = append(append(p.buf, '\n'), indent...)
			curLen, started = visible(indent), false
		}
		if started {
			p.buf = append(p.buf, ' ')
			curLen++
		}
		p.buf = append(p.buf, wd...)
		curLen += l
		started = true
	}
	if !started {
		p.buf = p.buf[:start] // no words: no line, not even first
		return
	}
	p.buf = append(p.buf, '\n')
	if len(p.buf) >= 64<<10 {
		p.flush()
	}
}

func visible(s string) int {
	n := 0
	esc := false
	for _, r := range s {
		switch {
		case r == '\x1b':
			esc = true
		case esc && r == 'm':
			esc = false
		case !esc:
			n++
		}
	}
	return n
}

// Markdown writes the outlook as Markdown.
func Markdown(w io.Writer, o *kent.Outlook) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", mdEscape(o.Question))
	if o.Understood != nil {
		fmt.Fprintf(&b, "_Understood: %s_\n\n", mdEscape(o.Understood.Summary))
	}
	if o.Pooled == nil {
		fmt.Fprintf(&b, "No judgement in the %d articles read bears on this question.\n\n", o.Articles)
	} else {
		fmt.Fprintf(&b, "**Outlook: %.2f — %s** (%s), leaning **%s**. %d independent holders, spread %.2f–%.2f, %d articles read.\n\n",
			*o.Pooled, bandWords(o.Band), scaleOf(o).Title, o.Direction, o.Holders, o.Spread.Min, o.Spread.Max, o.Articles)
	}
	if len(o.Series) > 0 {
		b.WriteString("| window starting | pooled | holders |\n|---|---|---|\n")
		for _, pt := range o.Series {
			fmt.Fprintf(&b, "| %s | %.2f | %d |\n", pt.Date.Format("2006-01-02"), pt.P, pt.Holders)
		}
		b.WriteString("\n")
	}
	if d := o.Disagreement; d != nil {
		fmt.Fprintf(&b, "**Sources disagree.** For: %s. Against: %s.\n\n", mdEscape(strings.Join(d.For, "; ")), mdEscape(strings.Join(d.Against, "; ")))
	}
	table := func(title string, cs []kent.Contribution, showP bool) {
		if len(cs) == 0 {
			return
		}
		fmt.Fprintf(&b, "## %s\n\n", title)
		for _, c := range cs {
			p := ""
			if showP {
				p = fmt.Sprintf("**%.2f** %s — ", c.P, bandWords(c.Band))
			}
			fmt.Fprintf(&b, "- %s%s, «%s» (%s; %s, %s, %s)\n  > %s\n", p, mdEscape(who(c)), mdEscape(c.Cue), mdEscape(c.Kind), mdCite(c), mdEscape(c.Language), date(c), mdEscape(c.Words))
			if c.Reason != "" {
				fmt.Fprintf(&b, "\n  _%s_\n", mdEscape(c.Reason))
			}
			for _, a := range c.AlsoIn {
				fmt.Fprintf(&b, "\n  _same voice also in %s_\n", mdEscape(a))
			}
		}
		b.WriteString("\n")
	}
	table("Who holds which view", o.Contributions, true)
	table("Shown apart: conditional judgements", o.Conditional, true)
	table("Set aside: about something else", o.SetAside, false)
	fmt.Fprintf(&b, "_Method: %s, extremizing factor %.2g, one voice per holder per %s%s; weights: %s._\n", o.Method.Name, o.Method.Extremize, o.Method.Window, voiceAge(o), o.Method.Weights)
	_, err := io.WriteString(w, b.String())
	return err
}

// mdEscaper is built once: building it for every string escaped was most
// of a Markdown brief's time over a large store.
var mdEscaper = strings.NewReplacer("*", "\\*", "_", "\\_", "[", "\\[", "]", "\\]", "<", "&lt;", ">", "&gt;", "`", "\\`")

func mdEscape(s string) string {
	r := mdEscaper
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > 600 {
		s = string([]rune(s)[:600]) + "…"
	}
	return r.Replace(Printable(s))
}

// voiceAge says how long a holder's voice counts, as every
// format's method line does ("" when it never ages out).
func voiceAge(o *kent.Outlook) string {
	if o.Method.VoiceAgeDays <= 0 {
		return ""
	}
	fade := ""
	if o.Method.HalfLifeDays > 0 {
		fade = fmt.Sprintf(", weighing half as much per %d days older", o.Method.HalfLifeDays)
	}
	return fmt.Sprintf("; a voice counts %d days after it was heard%s, in the headline (from the newest voice) and the series", o.Method.VoiceAgeDays, fade)
}
