package brief

import (
	"bufio"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/kentnews/kent"
)

// HTML writes a self-contained page: inline CSS and SVG, no scripts, no
// fonts or images from elsewhere, so it opens offline.
func HTML(w io.Writer, o *kent.Outlook) error {
	// The template writes many small pieces (a few for every field of
	// every contribution): one system call each on a terminal or a file
	// was a fifth of an HTML brief over 100,000 stored articles. The page
	// carries no colour codes, so blocks may end anywhere.
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := page.Execute(bw, view{O: o, Scale: scaleOf(o).Title, Timeline: timeline(o), Positions: positions(o)}); err != nil {
		return err
	}
	return bw.Flush()
}

type view struct {
	O         *kent.Outlook
	Scale     string // the title of the outlook's scale
	Timeline  template.HTML
	Positions template.HTML
}

var funcs = template.FuncMap{
	"p":        func(f float64) string { return fmt.Sprintf("%.2f", f) },
	"band":     bandWords,
	"who":      who,
	"voiceAge": voiceAge,
	"date":     date,
	"deref": func(f *float64) float64 {
		if f == nil {
			return 0
		}
		return *f
	},
	"day":  func(c kent.Point) string { return c.Date.Format("2006-01-02") },
	"join": strings.Join,
	"link": safeURL,
}

var page = template.Must(template.New("brief").Funcs(funcs).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.O.Question}} — Kent brief</title>
<style>
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem;margin-bottom:.2rem} h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
.headline{font-size:1.25rem;margin:.5rem 0} .against{color:#b3261e} .for{color:#1b6e20} .even{color:#8a6d00}
.meta,.cite{color:#666;font-size:.9rem} blockquote{margin:.3rem 0 .3rem 1rem;padding-left:.8rem;border-left:3px solid #ccc}
li{margin-bottom:1rem} .p{font-weight:600;font-variant-numeric:tabular-nums} svg{max-width:100%;height:auto}
.note{font-style:italic;color:#555;font-size:.9rem}
</style></head><body>
<h1>{{.O.Question}}</h1>{{with .O.Understood}}<p class="note">Understood: {{.Summary}}</p>{{end}}
{{if .O.Pooled}}<p class="headline">Outlook <span class="p">{{p (deref .O.Pooled)}}</span> — {{band .O.Band}} ({{.Scale}}), leaning <span class="{{.O.Direction}}">{{.O.Direction}}</span></p>
<p class="meta">{{.O.Holders}} independent holders · spread {{p .O.Spread.Min}}–{{p .O.Spread.Max}} · {{.O.Articles}} articles read · generated {{.O.GeneratedAt.Format "2006-01-02 15:04 MST"}}</p>
{{else}}<p class="headline">No judgement in the {{.O.Articles}} articles read bears on this question.</p>{{end}}
{{with .O.Disagreement}}<p><strong>Sources disagree.</strong> For: {{join .For "; "}}. Against: {{join .Against "; "}}.</p>{{end}}
<h2>How the outlook moved</h2>
{{.Timeline}}
<h2>Each holder's position</h2>
{{.Positions}}
{{define "list"}}<ul>{{range .}}<li><span class="p">{{p .P}}</span> {{band .Band}} — <strong>{{who .}}</strong>, «{{.Cue}}»
<div class="cite">{{.Kind}} · {{.Language}} · {{$u := link .URL}}{{if $u}}<a href="{{$u}}" rel="noopener noreferrer">{{if .Outlet}}{{.Outlet}}{{else}}the article{{end}}</a>{{else if .Outlet}}{{.Outlet}}{{else}}outlet unknown{{end}} · {{date .}} · {{.Source}}</div>
<blockquote lang="{{.Language}}">{{.Words}}</blockquote>{{if .TimeFrame}}<div class="note">time frame: {{.TimeFrame}}</div>{{end}}{{if .Trend}}<div class="note">trend {{.Trend}}</div>{{end}}{{if .Reason}}<div class="note">{{.Reason}}</div>{{end}}{{range .AlsoIn}}<div class="note">same voice also in {{.}}</div>{{end}}</li>{{end}}</ul>{{end}}
<h2>Who holds which view</h2>
{{if .O.Contributions}}{{template "list" .O.Contributions}}{{else}}<p>None.</p>{{end}}
{{if .O.Conditional}}<h2>Shown apart: conditional judgements (not pooled)</h2>{{template "list" .O.Conditional}}{{end}}
{{if .O.SetAside}}<h2>Set aside: about something else</h2>{{template "list" .O.SetAside}}{{end}}
<p class="meta">Method: {{.O.Method.Name}}, extremizing factor {{.O.Method.Extremize}}, one voice per holder per {{.O.Method.Window}}{{voiceAge .O}}; weights: {{.O.Method.Weights}}.</p>
</body></html>
`))

// The scale's bands as background stripes, least likely at the bottom.
func bandStripes(sc *kent.Scale, x0, y0, w, h float64) string {
	var b strings.Builder
	for i, band := range sc.Bands() {
		low, high := band.Edges()
		y1 := y0 + h*(1-high)
		y2 := y0 + h*(1-low)
		fill := "#f6f6f6"
		if i%2 == 1 {
			fill = "#ececec"
		}
		fmt.Fprintf(&b, `<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"/>`, x0, y1, w, y2-y1, fill)
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" font-size="10" fill="#888" text-anchor="end">%s</text>`, x0-4, (y1+y2)/2+3, template.HTMLEscapeString(band.Words()))
	}
	return b.String()
}

// timeline draws the pooled value per window over the scale's bands.
func timeline(o *kent.Outlook) template.HTML {
	const W, H, L, T, PW, PH = 720.0, 260.0, 110.0, 10.0, 580.0, 220.0
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %.0f %.0f" role="img" aria-label="pooled outlook over time">`, W, H+20)
	b.WriteString(bandStripes(scaleOf(o), L, T, PW, PH))
	pts := o.Series
	if len(pts) == 0 {
		fmt.Fprintf(&b, `<text x="%.0f" y="%.0f" font-size="13" fill="#555" text-anchor="middle">no dated judgements: no time series</text>`, L+PW/2, T+PH/2)
		if o.Pooled != nil {
			y := T + PH*(1-*o.Pooled)
			fmt.Fprintf(&b, `<line x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f" stroke="#1f4e9c" stroke-dasharray="4 3"/><text x="%.1f" y="%.1f" font-size="11" fill="#1f4e9c">pooled %.2f (undated)</text>`, L, L+PW, y, y, L+4, y-4, *o.Pooled)
		}
		b.WriteString(`</svg>`)
		return template.HTML(b.String())
	}
	first, last := pts[0].Date, pts[len(pts)-1].Date
	span := last.Sub(first).Hours()
	x := func(i int) float64 {
		if span == 0 {
			return L + PW/2
		}
		return L + PW*pts[i].Date.Sub(first).Hours()/span
	}
	var path []string
	for i, pt := range pts {
		path = append(path, fmt.Sprintf("%.1f,%.1f", x(i), T+PH*(1-pt.P)))
	}
	fmt.Fprintf(&b, `<polyline fill="none" stroke="#1f4e9c" stroke-width="2" points="%s"/>`, strings.Join(path, " "))
	if last := pts[len(pts)-1]; last.Holders < o.Holders {
		// Undated judgements have no place on a time axis; say so rather
		// than let the line pass for the whole outlook.
		fmt.Fprintf(&b, `<text x="%.0f" y="%.0f" font-size="11" fill="#555">dated judgements only: %d of %d holders</text>`, L+6, T+14, last.Holders, o.Holders)
	}
	for i, pt := range pts {
		fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="4" fill="#1f4e9c"><title>%s: %.2f from %d holders</title></circle>`, x(i), T+PH*(1-pt.P), pt.Date.Format("2006-01-02"), pt.P, pt.Holders)
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" font-size="10" fill="#333" text-anchor="middle">%s</text>`, x(i), H+12, pt.Date.Format("2006-01-02"))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// positions draws one row per pooled holder: a dot at the probability it
// implies, larger for more weight, coloured by the side it takes (above
// even is for the event, below is against), with a legend.
func positions(o *kent.Outlook) template.HTML {
	cs := o.Contributions
	const L, PW, row = 260.0, 420.0, 26.0
	H := row*float64(len(cs)) + 62
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 %.0f" role="img" aria-label="each holder's position">`, H)
	for _, t := range []float64{0, 0.25, 0.5, 0.75, 1} {
		xx := L + PW*t
		fmt.Fprintf(&b, `<line x1="%.1f" x2="%.1f" y1="10" y2="%.1f" stroke="#ddd"/><text x="%.1f" y="%.1f" font-size="10" fill="#888" text-anchor="middle">%.2f</text>`, xx, xx, H-44, xx, H-30, t)
	}
	if o.Pooled != nil {
		xx := L + PW**o.Pooled
		fmt.Fprintf(&b, `<line x1="%.1f" x2="%.1f" y1="10" y2="%.1f" stroke="#1f4e9c" stroke-dasharray="4 3"/>`, xx, xx, H-44)
	}
	for i, c := range cs {
		y := 24 + row*float64(i)
		label := c.Holder
		if len([]rune(label)) > 38 {
			label = string([]rune(label)[:37]) + "…"
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" font-size="12" text-anchor="end">%s</text>`, L-10, y+4, template.HTMLEscapeString(label))
		fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="%.1f" fill="%s" fill-opacity="0.75"><title>%s: %.2f «%s» (%s)</title></circle>`,
			L+PW*c.P, y, 3+4*c.Weight, side(c.P).colour, template.HTMLEscapeString(c.Holder), c.P, template.HTMLEscapeString(c.Cue), template.HTMLEscapeString(c.Kind))
	}
	for i, s := range sides {
		x := L + 170*float64(i)
		fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="5" fill="%s" fill-opacity="0.75"/><text x="%.1f" y="%.1f" font-size="11" fill="#555">%s</text>`, x, H-10, s.colour, x+9, H-6, s.label)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// sides are the colours of the holder chart, by the side a value takes.
var sides = []struct{ colour, label string }{
	{"#1b7f3b", "for the event (above 0.50)"},
	{"#b3261e", "against it (below 0.50)"},
	{"#777777", "even (0.50)"},
}

func side(p float64) struct{ colour, label string } {
	switch {
	case p > 0.5:
		return sides[0]
	case p < 0.5:
		return sides[1]
	}
	return sides[2]
}
