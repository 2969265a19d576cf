// Package brief renders an outlook (package question) for people and
// programs: a terminal text readable at 80 columns (colour only on a
// terminal), Markdown, a self-contained HTML page with SVG charts that
// opens with no network, and JSON that follows outlook.schema.json. Every
// line that shows a number cites its holder, outlet, language, date and
// the words in their original language; nothing is translated or invented.
package brief

import (
	_ "embed"
	"encoding/json"
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

// JSON writes the outlook as indented JSON.
func JSON(w io.Writer, o *kent.Outlook) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(o)
}

// Text writes the outlook for a terminal, wrapped at width columns.
func Text(w io.Writer, o *kent.Outlook, color bool, width int) error {
	if width <= 20 {
		width = 80
	}
	bold, dim, green, red, yellow, reset := "", "", "", "", "", ""
	if color {
		bold, dim, green, red, yellow, reset = "\x1b[1m", "\x1b[2m", "\x1b[32m", "\x1b[31m", "\x1b[33m", "\x1b[0m"
	}
	p := &printer{w: w, width: width}
	p.line(bold + o.Question + reset)
	if o.Understood != nil {
		p.wrap("Understood: "+o.Understood.Summary, "", "  ")
	}
	if o.Pooled == nil {
		p.line("No judgement in the articles bears on this question (%d articles read).", o.Articles)
	} else {
		dirColor := yellow
		switch o.Direction {
		case "against":
			dirColor = red
		case "for":
			dirColor = green
		}
		p.line("%sOutlook: %.2f — %s%s (%s) · leaning %s%s%s", bold, *o.Pooled, bandWords(o.Band), reset, scaleOf(o).Title, dirColor, o.Direction, reset)
		p.line("%d independent holders · spread %.2f–%.2f · %d articles read", o.Holders, o.Spread.Min, o.Spread.Max, o.Articles)
	}
	if len(o.Series) > 0 {
		var parts []string
		for _, pt := range o.Series {
			parts = append(parts, fmt.Sprintf("%s %.2f (%d)", pt.Date.Format("2006-01-02"), pt.P, pt.Holders))
		}
		note := ""
		if last := o.Series[len(o.Series)-1]; last.Holders < o.Holders {
			note = fmt.Sprintf(" — dated judgements only, %d of %d holders", last.Holders, o.Holders)
		}
		age := ""
		if o.Method.VoiceAgeDays > 0 {
			age = fmt.Sprintf("; a voice counts %d days", o.Method.VoiceAgeDays)
		}
		p.wrap("How it moved (window starting, pooled, holders"+age+"): "+strings.Join(parts, " → ")+note, "", "")
	}
	if d := o.Disagreement; d != nil {
		p.wrap("Sources disagree — for: "+strings.Join(d.For, "; ")+" · against: "+strings.Join(d.Against, "; "), "", "")
	}
	section := func(title string, cs []kent.Contribution, showP bool) {
		if len(cs) == 0 {
			return
		}
		p.line("")
		p.line(bold + title + reset)
		for _, c := range cs {
			head := ""
			if showP {
				head = fmt.Sprintf("%.2f %-15s ", c.P, bandWords(c.Band))
			}
			p.wrap(head+who(c), "  ", "  ")
			p.wrap(fmt.Sprintf("%s«%s» · %s · %s · %s · %s%s", dim, c.Cue, c.Kind, c.Language, orDash(c.Outlet), date(c), reset), "     ", "     ")
			p.wrap("“"+c.Words+"”", "     ", "     ")
			p.line("     %s%s%s", dim, cite(c), reset)
			var notes []string
			if c.TimeFrame != "" {
				notes = append(notes, "time frame: "+c.TimeFrame)
			}
			if c.Trend != "" {
				notes = append(notes, "trend "+c.Trend)
			}
			if c.Reason != "" {
				notes = append(notes, c.Reason)
			}
			for _, a := range c.AlsoIn {
				notes = append(notes, "same voice also in "+a)
			}
			for _, n := range notes {
				p.wrap(dim+n+reset, "     ", "     ")
			}
		}
	}
	section("Who holds which view (pooled, strongest first)", o.Contributions, true)
	section("Shown apart: conditional judgements (not pooled)", o.Conditional, true)
	// Set-aside judgements get one line each; bare possibilities ("could",
	// "may") about other things are only counted.
	if len(o.SetAside) > 0 {
		p.line("")
		p.line(bold + "Set aside: in these articles, but about something else" + reset)
		modals := 0
		for _, c := range o.SetAside {
			if c.Kind == "modal" {
				modals++
				continue
			}
			p.wrap(fmt.Sprintf("%s «%s» (%s, %s): %s", c.Holder, c.Cue, c.Language, orDash(c.Outlet), strings.TrimPrefix(c.Reason, "about something else: ")), "  ", "     ")
		}
		if modals > 0 {
			p.line("  and %d bare possibilities (may, could, might) about other things", modals)
		}
	}
	p.line("")
	p.wrap(fmt.Sprintf("%sMethod: %s, extremizing factor %.2g, one voice per holder per %s; weights: %s.%s", dim, o.Method.Name, o.Method.Extremize, o.Method.Window, o.Method.Weights, reset), "", "")
	return p.err
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

type printer struct {
	w     io.Writer
	width int
	err   error
}

func (p *printer) line(format string, args ...any) {
	if p.err != nil {
		return
	}
	_, p.err = fmt.Fprintf(p.w, format+"\n", args...)
}

// wrap prints s word-wrapped, first line after first, others after indent.
// Escape sequences do not count toward the width.
func (p *printer) wrap(s, first, indent string) {
	words := strings.Fields(s)
	cur := first
	curLen := visible(first)
	started := false
	for _, wd := range words {
		l := visible(wd)
		if started && curLen+1+l > p.width {
			p.line("%s", cur)
			cur, curLen, started = indent, visible(indent), false
		}
		if started {
			cur += " "
			curLen++
		}
		cur += wd
		curLen += l
		started = true
	}
	if started {
		p.line("%s", cur)
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
	fmt.Fprintf(&b, "_Method: %s, extremizing factor %.2g, one voice per holder per %s; weights: %s._\n", o.Method.Name, o.Method.Extremize, o.Method.Window, o.Method.Weights)
	_, err := io.WriteString(w, b.String())
	return err
}

func mdEscape(s string) string {
	r := strings.NewReplacer("*", "\\*", "_", "\\_", "[", "\\[", "]", "\\]", "<", "&lt;", ">", "&gt;", "`", "\\`")
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > 600 {
		s = string([]rune(s)[:600]) + "…"
	}
	return r.Replace(Printable(s))
}
