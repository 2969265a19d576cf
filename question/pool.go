package question

import (
	"fmt"
	"math"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
)

// Options tune pooling.
type Options struct {
	// Extremize multiplies the pooled mean log-odds. 1 leaves it as is;
	// Satopää et al. (2014, IJF 30:344–356) found factors above 1 better
	// on geopolitical questions when forecasters share information.
	Extremize float64
	// Window is "week" (default) or "day": a holder counts once per window.
	Window string
	Now    time.Time
	// VoiceAge is how long a holder's voice counts in the series after it
	// was heard: a point pools each holder's latest voice of that age or
	// younger, so the series follows what people say now, not what they
	// said once. 0 is DefaultVoiceAge; a negative age never ages out.
	VoiceAge time.Duration
}

// DefaultVoiceAge is eight weeks: long enough to bridge the gaps between
// one expert's interviews, short enough that a forecast made before a turn
// of events (a debate, a data release) stops counting within two months.
const DefaultVoiceAge = 8 * 7 * 24 * time.Hour

// Weights by kind of judgement: how much one holder's statement moves the
// pool. A possibility ("may", "could") or a bare stance ("no evidence
// that") says less about how likely something is than an estimative word or
// a number; a party's categorical promise ("we will not") is a statement of
// intent more than an estimate.
var Weights = map[string]float64{"words": 1, "numeric": 1, "categorical": 0.5, "modal": 0.25, "stance": 0.25}

const weightsDoc = "words 1, numeric 1, categorical 0.5, modal 0.25, stance-only 0.25; conditionals are shown apart and not pooled"

// Outlook pools the judgements that bear on q into a cited outlook.
func (m *Matcher) Outlook(q Question, hits []kent.JudgementHit, articles int, opt Options) kent.Outlook {
	if opt.Extremize <= 0 {
		opt.Extremize = 1
	}
	if opt.Window != "day" {
		opt.Window = "week"
	}
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	if opt.VoiceAge == 0 {
		opt.VoiceAge = DefaultVoiceAge
	}
	if q.Subject == nil || q.Family == "" {
		q, _ = m.Understand(q) // a caller that set only places and concepts
	}
	frame := m.Frame(q)
	o := kent.Outlook{
		Schema: kent.OutlookSchema, Question: q.Text, QuestionID: q.ID, Places: q.Places, Concepts: q.Concepts, Understood: &frame,
		GeneratedAt: opt.Now.UTC(), Articles: articles, Scale: m.scale.Name,
		Method:        kent.Method{Name: "weighted mean of log-odds", Extremize: opt.Extremize, Window: opt.Window, Weights: weightsDoc, VoiceAgeDays: max(0, int(opt.VoiceAge.Hours()/24))},
		Contributions: []kent.Contribution{}, Conditional: []kent.Contribution{}, SetAside: []kent.Contribution{}, Series: []kent.Point{},
	}
	relevantArticle := map[string]bool{}
	rel := m.Relevances(q, hits)
	for i, h := range hits {
		if rel[i].About {
			relevantArticle[h.ArticleID] = true
		}
	}
	type group struct {
		key     string
		window  time.Time
		members []kent.Contribution
	}
	groups := map[string]*group{}
	var order []string
	for i, h := range hits {
		c := m.contribution(h, rel[i].Invert)
		switch {
		case !rel[i].About:
			// Nothing that shares the subject or the event vanishes.
			if rel[i].Reason != "" || relevantArticle[h.ArticleID] {
				c.Reason = rel[i].Reason
				if c.Reason == "" {
					c.Reason = "about something else: " + kent.Clip(h.Proposition.Text, 120)
				}
				o.SetAside = append(o.SetAside, c)
			}
			continue
		case h.Condition != "":
			c.Reason = "conditional: only if " + kent.Clip(h.Condition, 120)
			o.Conditional = append(o.Conditional, c)
			continue
		}
		w := window(h.Published, opt.Window)
		key := holderKey(h) + "|" + w.Format("2006-01-02")
		g := groups[key]
		if g == nil {
			g = &group{key: key, window: w}
			groups[key] = g
			order = append(order, key)
		}
		g.members = append(g.members, c)
	}
	// One voice per holder and window: the members' log-odds are averaged,
	// the strongest statement stands for them, the rest are its copies.
	type voice struct {
		c      kent.Contribution
		window time.Time
		key    string
	}
	var voices []voice
	for _, k := range order {
		g := groups[k]
		sort.SliceStable(g.members, func(a, b int) bool { return g.members[a].Weight > g.members[b].Weight })
		rep := g.members[0]
		var sw, sl float64
		for _, mb := range g.members {
			sw += mb.Weight
			sl += mb.Weight * logit(mb.P)
		}
		rep.P = round(sigmoid(sl / sw))
		rep.Band = m.band(rep)
		for _, mb := range g.members[1:] {
			rep.AlsoIn = append(rep.AlsoIn, fmt.Sprintf("%s (%s, %s): «%s»", orDash(mb.Outlet), mb.Language, mb.ArticleID, mb.Cue))
		}
		voices = append(voices, voice{rep, g.window, strings.SplitN(k, "|", 2)[0]})
	}
	sort.SliceStable(voices, func(a, b int) bool { return voices[a].c.Weight > voices[b].c.Weight })
	var pooled []kent.Contribution
	for _, v := range voices {
		pooled = append(pooled, v.c)
	}
	o.Contributions = append(o.Contributions, pooled...)
	if p, ok := pool(pooled, opt.Extremize); ok {
		b := m.scale.For(p)
		o.Pooled, o.Band, o.Direction = &p, b.Name(), direction(b)
		o.Holders = len(voices)
		o.Spread = spread(pooled)
	}
	// The outlook as of each dated window: each holder's latest voice, if
	// it is not older than the voice age.
	var windows []time.Time
	seenW := map[time.Time]bool{}
	for _, v := range voices {
		if !v.window.IsZero() && !seenW[v.window] {
			seenW[v.window] = true
			windows = append(windows, v.window)
		}
	}
	sort.Slice(windows, func(a, b int) bool { return windows[a].Before(windows[b]) })
	for _, w := range windows {
		latest := map[string]voice{}
		for _, v := range voices {
			if v.window.IsZero() || v.window.After(w) || opt.VoiceAge > 0 && w.Sub(v.window) > opt.VoiceAge {
				continue
			}
			if old, ok := latest[v.key]; !ok || v.window.After(old.window) {
				latest[v.key] = v
			}
		}
		var cs []kent.Contribution
		for _, v := range latest {
			cs = append(cs, v.c)
		}
		if p, ok := pool(cs, opt.Extremize); ok {
			o.Series = append(o.Series, kent.Point{Date: w, P: p, Holders: len(latest)})
		}
	}
	var forH, againstH []string
	for _, c := range pooled {
		if c.Weight < 0.5 {
			continue
		}
		switch direction(m.scale.For(c.P)) {
		case "for":
			forH = append(forH, c.Holder)
		case "against":
			againstH = append(againstH, c.Holder)
		}
	}
	if len(forH) > 0 && len(againstH) > 0 {
		o.Disagreement = &kent.Disagreement{For: kent.Unique(forH), Against: kent.Unique(againstH)}
	}
	return o
}

// Relevances decides how each judgement stands to the question, on all
// cores: it is most of a brief's work after reading the store. An article
// whose topic is the question's subject lends it to propositions on the
// question's event that name no other (see relevance); only articles with
// such a proposition are read for their topic.
func (m *Matcher) Relevances(q Question, hits []kent.JudgementHit) []Relevance {
	rel := make([]Relevance, len(hits))
	m.parallel(len(hits), func(i int) { rel[i] = m.relevance(q, hits[i].Judgement, false) })
	need := map[string]bool{}
	for i, r := range rel {
		if r.Family && !r.Subject {
			need[hits[i].ArticleID] = true
		}
	}
	if len(need) == 0 {
		return rel
	}
	topic := m.topics(q, hits, need)
	for i, h := range hits {
		if topic[h.ArticleID] && rel[i].Family && !rel[i].Subject {
			rel[i] = m.relevance(q, h.Judgement, true)
		}
	}
	return rel
}

// parallel runs f(0..n-1) on all cores.
func (m *Matcher) parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < n; i += workers {
				f(i)
			}
		}()
	}
	wg.Wait()
}

// topics returns which of the needed articles have the question's subject
// as topic: their title or a judgement's sentence names it.
func (m *Matcher) topics(q Question, hits []kent.JudgementHit, need map[string]bool) map[string]bool {
	out := map[string]bool{}
	seen := map[string]bool{}
	for _, h := range hits {
		if !need[h.ArticleID] || out[h.ArticleID] {
			continue
		}
		if !seen[h.ArticleID] {
			seen[h.ArticleID] = true
			if m.names(q, fields(h.Title)) {
				out[h.ArticleID] = true
				continue
			}
		}
		if m.names(q, fields(h.Words)) {
			out[h.ArticleID] = true
		}
	}
	return out
}

// direction is where a band lies on its scale: against below the middle,
// for above it, even in it.
func direction(b kent.Band) string {
	switch b.Side() {
	case -1:
		return "against"
	case 1:
		return "for"
	}
	return "even"
}

// band is the band of a contribution's P(event) on the outlook's scale,
// so that its line and the headline name a value the same way; a stance
// without a degree has none.
func (m *Matcher) band(c kent.Contribution) string {
	if c.Kind == "stance" {
		return ""
	}
	return m.scale.For(c.P).Name()
}

// contribution reads a judgement as P(event): its value, inverted when the
// proposition is negative ("that Belarus will not send troops") or when
// relevance says so: about staying out ("unlikely that Belarus will stay
// out" is for), a refusal, or a negative question.
func (m *Matcher) contribution(h kent.JudgementHit, opposite bool) kent.Contribution {
	j := h.Judgement
	kind := "words"
	switch {
	case j.Scale == "numeric":
		kind = "numeric"
	case j.Categorical:
		kind = "categorical"
	case j.Modal:
		kind = "modal"
	case j.Band == "":
		kind = "stance"
	}
	p := j.Value
	invert := j.Proposition.Negated != opposite
	reason := ""
	if invert {
		p = 1 - p
		reason = "the proposition is negative, or about the event's opposite or a refusal of it: read inverted"
	}
	c := kent.Contribution{
		Holder: h.Outlet, HolderKind: "outlet", P: round(p), Weight: Weights[kind], Kind: kind,
		Cue: j.Cue, Words: j.Words, Language: j.Language, Outlet: h.Outlet, Published: h.Published,
		ArticleID: h.ArticleID, Source: h.Source, URL: h.URL, TimeFrame: j.TimeFrame, Trend: j.Trend, Condition: j.Condition,
		Reason: reason, Proposition: j.Proposition.Text,
	}
	if c.Holder == "" {
		c.Holder = "the article (" + h.Source + ")"
		if h.Title != "" {
			c.Holder = "the article “" + kent.Clip(h.Title, 60) + "”"
		}
	}
	if j.Holder != nil {
		c.Holder, c.HolderKind, c.Role, c.Affiliation = j.Holder.Name, j.Holder.Kind, j.Holder.Role, j.Holder.Affiliation
	}
	c.Band = m.band(c)
	return c
}

// holderKey identifies a voice across outlets, languages and spellings: a
// speaker by the key of their name; an article's own voice by its text,
// so a syndicated copy is the same voice.
func holderKey(h kent.JudgementHit) string {
	if h.Holder != nil {
		return "speaker:" + names.FullKey(h.Holder.Name)
	}
	return "text:" + h.TextHash
}

func window(t time.Time, size string) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	if size == "day" {
		return d
	}
	return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7)) // the Monday
}

// pool is the weighted mean of log-odds, extremized.
func pool(cs []kent.Contribution, a float64) (float64, bool) {
	var sw, sl float64
	for _, c := range cs {
		sw += c.Weight
		sl += c.Weight * logit(c.P)
	}
	if sw == 0 {
		return 0, false
	}
	return round(sigmoid(a * sl / sw)), true
}

func spread(cs []kent.Contribution) kent.Spread {
	s := kent.Spread{Min: 1, Max: 0}
	var ls []float64
	for _, c := range cs {
		s.Min, s.Max = math.Min(s.Min, c.P), math.Max(s.Max, c.P)
		ls = append(ls, logit(c.P))
	}
	mean := 0.0
	for _, l := range ls {
		mean += l
	}
	mean /= float64(len(ls))
	v := 0.0
	for _, l := range ls {
		v += (l - mean) * (l - mean)
	}
	s.StdDev = round(math.Sqrt(v / float64(len(ls))))
	return s
}

// logit keeps probabilities off 0 and 1, where log-odds are infinite.
func logit(p float64) float64 {
	p = math.Max(0.01, math.Min(0.99, p))
	return math.Log(p / (1 - p))
}

func sigmoid(l float64) float64 { return 1 / (1 + math.Exp(-l)) }

func round(p float64) float64 { return math.Round(p*1000) / 1000 }

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
