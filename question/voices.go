package question

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
)

// group is the contributions of one holder in one window.
type group struct {
	key     string
	window  time.Time
	members []kent.Contribution
	hits    []int // the index of each member's judgement among the hits
	// later marks the members not averaged in: a holder's later figure
	// in the same article (laterFigures); set by voices.
	later map[int]bool
}

// voice is one holder's pooled statement in one window.
type voice struct {
	c      kent.Contribution
	window time.Time
	key    string
}

// voices makes one voice per holder and window: the members' log-odds are
// averaged, the strongest statement stands for them, the rest are its
// copies. The strongest voices come first.
func (m *Matcher) voices(groups []*group) []voice {
	var voices []voice
	for _, g := range groups {
		g.sortByWeight()
		rep := g.members[0]
		var sw, sl float64
		later := laterFigures(g.members)
		g.later = later
		for i, mb := range g.members {
			if later[i] {
				continue
			}
			sw += mb.Weight
			sl += mb.Weight * logit(mb.P)
		}
		rep.P = round(sigmoid(sl / sw))
		rep.Band = m.band(rep)
		for i, mb := range g.members[1:] {
			note := ""
			if later[i+1] {
				note = " (a later figure of theirs in that article: not averaged in)"
			}
			rep.AlsoIn = append(rep.AlsoIn, fmt.Sprintf("%s (%s, %s): «%s»%s", orDash(mb.Outlet), mb.Language, mb.ArticleID, mb.Cue, note))
		}
		voices = append(voices, voice{rep, g.window, strings.SplitN(g.key, "|", 2)[0]})
	}
	sort.SliceStable(voices, func(a, b int) bool { return voices[a].c.Weight > voices[b].c.Weight })
	return voices
}

// sortByWeight puts the group's strongest members first, keeping each
// member's hit index beside it.
func (g *group) sortByWeight() {
	order := make([]int, len(g.members))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return g.members[order[a]].Weight > g.members[order[b]].Weight })
	members, hits := make([]kent.Contribution, len(order)), make([]int, len(order))
	for k, i := range order {
		members[k], hits[k] = g.members[i], g.hits[i]
	}
	g.members, g.hits = members, hits
}

// laterFigures marks, among one voice's members, each number after the
// holder's first in the same article. News leads with the holder's figure
// now ("Polymarket gives a 55% chance") and follows it with other figures:
// what it was before ("up from 19%", "two days earlier 33%"), the other
// candidate's share ("against 33.7% for Biden"), a peak; averaging them
// with the first blurs the holder's figure towards even. Members come in
// text order within an article (the sort by weight is stable).
func laterFigures(members []kent.Contribution) map[int]bool {
	later := map[int]bool{}
	first := map[string]bool{}
	for i, mb := range members {
		if mb.Kind != "numeric" {
			continue
		}
		if first[mb.ArticleID] {
			later[i] = true
		}
		first[mb.ArticleID] = true
	}
	return later
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
	if kind == "categorical" && invert && j.Value == m.firmFor() {
		// An unhedged forecast of the event's opposite ("will stay out",
		// "wird sich heraushalten"): estimate banded it very likely for its
		// own proposition; against the event it is a refusal of a change,
		// as firm as a "will not" (firmFor).
		p = round(1 - m.scale.Highest().Mid())
	}
	if kind == "categorical" && p > m.firmFor() {
		p = m.firmFor()
		reason = strings.TrimPrefix(reason+"; ", "; ") + "a categorical forecast that it happens: pooled as " + m.scale.For(p).Words()
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
// person by the cluster personKeys put their name's key in; a listed
// organisation by its key whatever its name's language ("EZB", "European
// Central Bank" are org:ECB; names.KeySpeakers), never a person; any other
// holder by the key of its name; an article's own voice by its text, so a
// syndicated copy is the same voice.
func holderKey(h kent.JudgementHit, persons map[kent.NameKey]string) string {
	if h.Holder != nil {
		if strings.HasPrefix(h.Holder.Key.Surname, "org:") {
			return h.Holder.Key.Surname // keyed so when read (names.KeySpeakers)
		}
		if org := names.OrgKey(h.Holder.Name); org != "" && h.Holder.Kind != kent.SpeakerPerson {
			return "org:" + org // stored before organisations had keys
		}
		if k, ok := persons[h.Holder.Key]; ok {
			return k
		}
		return "speaker:" + names.FullKey(h.Holder.Name)
	}
	return "text:" + h.TextHash
}

// personKeys puts the people holding the hits' judgements into one cluster
// per person, by their names' stored keys: the key of the name's base form,
// so the printed form does not matter ("Lehtosen", "Kowalskiego" are keyed
// by Lehtonen, Kowalski), and keys that match across scripts (Trump,
// Трамп) join. A surname alone joins the one person of that surname who has
// a given name; with two such people ("Ed", "David Miliband") it stays a
// voice of its own, since Kent cannot tell which of them spoke.
func personKeys(hits []kent.JudgementHit) map[kent.NameKey]string {
	var full, bare []kent.NameKey
	seen := map[kent.NameKey]bool{}
	for _, h := range hits {
		if h.Holder == nil || h.Holder.Kind != kent.SpeakerPerson || h.Holder.Key.IsZero() || strings.HasPrefix(h.Holder.Key.Surname, "org:") || seen[h.Holder.Key] {
			continue
		}
		seen[h.Holder.Key] = true
		if h.Holder.Key.Initial == "" {
			bare = append(bare, h.Holder.Key)
		} else {
			full = append(full, h.Holder.Key)
		}
	}
	out := make(map[kent.NameKey]string, len(seen))
	var reps []kent.NameKey // one key per person with a given name
	for _, k := range full {
		out[k] = "person:" + k.Surname + "/" + k.Initial
		for _, r := range reps {
			if k.Matches(r) {
				out[k] = out[r]
				break
			}
		}
		if out[k] == "person:"+k.Surname+"/"+k.Initial {
			reps = append(reps, k)
		}
	}
	for _, k := range bare {
		out[k] = "person:" + k.Surname
		var match []kent.NameKey
		for _, r := range reps {
			if k.Matches(r) {
				match = append(match, r)
			}
		}
		if len(match) == 1 {
			out[k] = out[match[0]]
		}
	}
	return out
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

// firmFor is the value a categorical forecast that the event happens
// ("will join", "вступит", "wird beitreten") is pooled at: the middle of
// the band below the top (very likely, 0.875 on ICD 203), not the top.
// estimate bands an unhedged future so (forecasts.go unhedged), so `kent
// estimates` and the brief agree on it. A forecast estimate leaves at the
// top (certainty said: "will certainly", "is sure that … will"; a stated
// occurrence: "will take place", "has begun"; the opposite of a "will
// not": "will not stay out") is pooled here at this value too, and its
// line in the brief says so: without the cap, one "sucederá en julio" at
// the top tipped a question the other holders left open.
// Read at the top (0.97), one such "will" at half weight outweighed two
// hedged judgements ("likely") of other holders. The development
// questions' gold, written by people reading the articles, gives the nine
// such forecasts it bands very likely five times, almost certain three
// times and likely once: very likely is their median. A categorical "will
// not" keeps its band: in the same gold it is almost no chance as often as
// anything else, and a refusal of a change is firmer than a forecast of
// one.
func (m *Matcher) firmFor() float64 {
	return m.scale.Highest().Step(-1).Mid()
}
