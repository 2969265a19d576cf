package brief

import (
	"fmt"
	"io"
	"strings"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/question"
)

// style holds the terminal escapes Text uses; all are empty without colour.
type style struct {
	bold, dim, green, red, yellow, reset string
}

func newStyle(color bool) style {
	if !color {
		return style{}
	}
	return style{"\x1b[1m", "\x1b[2m", "\x1b[32m", "\x1b[31m", "\x1b[33m", "\x1b[0m"}
}

// textBrief writes one outlook for a terminal.
type textBrief struct {
	p *printer
	s style
	o *kent.Outlook
}

// Text writes the outlook for a terminal, wrapped at width columns.
func Text(w io.Writer, o *kent.Outlook, color bool, width int) error {
	if width <= 20 {
		width = 80
	}
	t := &textBrief{p: &printer{w: w, width: width}, s: newStyle(color), o: o}
	t.headline()
	t.series()
	if d := o.Disagreement; d != nil {
		t.p.wrap("Sources disagree — for: "+strings.Join(d.For, "; ")+" · against: "+strings.Join(d.Against, "; "), "", "")
	}
	t.section("Who holds which view (pooled, strongest first)", o.Contributions, true)
	t.section("Shown apart: conditional judgements (not pooled)", o.Conditional, true)
	t.setAside()
	t.p.line("")
	t.p.wrap(fmt.Sprintf("%sMethod: %s, extremizing factor %.2g, one voice per holder per %s; weights: %s.%s", t.s.dim, o.Method.Name, o.Method.Extremize, o.Method.Window, o.Method.Weights, t.s.reset), "", "")
	return t.p.flush()
}

// headline is the question, how it was understood and the pooled outlook.
func (t *textBrief) headline() {
	p, s, o := t.p, t.s, t.o
	p.line(s.bold + o.Question + s.reset)
	if o.Understood != nil {
		p.wrap("Understood: "+o.Understood.Summary, "", "  ")
	}
	if o.Pooled == nil {
		p.line("No judgement in the articles bears on this question (%d articles read).", o.Articles)
		return
	}
	dirColor := s.yellow
	switch o.Direction {
	case "against":
		dirColor = s.red
	case "for":
		dirColor = s.green
	}
	p.line("%sOutlook: %.2f — %s%s (%s) · leaning %s%s%s", s.bold, *o.Pooled, bandWords(o.Band), s.reset, scaleOf(o).Title, dirColor, o.Direction, s.reset)
	p.line("%d independent holders · spread %.2f–%.2f · %d articles read", o.Holders, o.Spread.Min, o.Spread.Max, o.Articles)
}

// series is how the outlook moved, one point per window.
func (t *textBrief) series() {
	o := t.o
	if len(o.Series) == 0 {
		return
	}
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
		if o.Method.HalfLifeDays > 0 {
			age += fmt.Sprintf(", half as much per %d days older", o.Method.HalfLifeDays)
		}
	}
	t.p.wrap("How it moved (window starting, pooled, holders"+age+"): "+strings.Join(parts, " → ")+note, "", "")
}

// section lists contributions with their words, citation and notes.
func (t *textBrief) section(title string, cs []kent.Contribution, showP bool) {
	if len(cs) == 0 {
		return
	}
	p, s := t.p, t.s
	p.line("")
	p.line(s.bold + title + s.reset)
	for _, c := range cs {
		head := ""
		if showP {
			head = fmt.Sprintf("%.2f %-15s ", c.P, bandWords(c.Band))
		}
		p.wrap(head+who(c), "  ", "  ")
		p.wrap(fmt.Sprintf("%s«%s» · %s · %s · %s · %s%s", s.dim, c.Cue, c.Kind, c.Language, orDash(c.Outlet), date(c), s.reset), "     ", "     ")
		p.wrap("“"+c.Words+"”", "     ", "     ")
		p.line("     %s%s%s", s.dim, cite(c), s.reset)
		for _, n := range notes(c) {
			p.wrap(s.dim+n+s.reset, "     ", "     ")
		}
	}
}

// notes are a contribution's time frame, trend, reason and copies.
func notes(c kent.Contribution) []string {
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
	return notes
}

// setAside gives set-aside judgements one line each; bare possibilities
// ("could", "may") that share neither the question's subject nor its
// event are only counted. One that shares either (a "may" of the
// question's subject about something else, one set aside as asked or
// opening another) is listed like any other: nothing that bears on the
// question vanishes from the brief.
func (t *textBrief) setAside() {
	if len(t.o.SetAside) == 0 {
		return
	}
	p := t.p
	p.line("")
	p.line(t.s.bold + "Set aside: in these articles, but about something else" + t.s.reset)
	modals := 0
	for _, c := range t.o.SetAside {
		if c.Kind == "modal" && strings.HasPrefix(c.Reason, question.SharesNothing) {
			modals++
			continue
		}
		p.wrap(fmt.Sprintf("%s «%s» (%s, %s): %s", c.Holder, c.Cue, c.Language, orDash(c.Outlet), strings.TrimPrefix(c.Reason, "about something else: ")), "  ", "     ")
		// A reader checking why it was set aside needs the source too.
		p.line("     %s%s%s", t.s.dim, cite(c), t.s.reset)
	}
	if modals > 0 {
		p.wrap(fmt.Sprintf("and %d bare possibilities (may, could, might) that share neither the question's subject nor its event", modals), "  ", "     ")
	}
}
