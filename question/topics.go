package question

import (
	"hash/maphash"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kentnews/kent"
)

// Relevances decides how each judgement stands to the question, on all
// cores: it is most of a brief's work after reading the store. An article
// whose topic is the question's subject lends it to propositions on the
// question's event that name no other (see relevance); only articles with
// such a proposition are read for their topic.
func (m *Matcher) Relevances(q Question, hits []kent.JudgementHit) []Relevance {
	return m.RelevancesWith(q, hits, nil)
}

// RelevancesWith is Relevances that takes the decisions on distinct
// judgements d remembers and remembers those it makes (d may be nil).
func (m *Matcher) RelevancesWith(q Question, hits []kent.JudgementHit, d *Decided) []Relevance {
	rel := make([]Relevance, len(hits))
	d = d.of(m, q)
	seed := maphash.MakeSeed()
	if d != nil {
		seed = d.seed
	}
	same, hashes := sameAsSeeded(seed, hits) // each distinct judgement is decided once
	var known []bool
	if d != nil {
		known = make([]bool, len(hits))
		for i := range hits {
			if int(same[i]) == i {
				rel[i], known[i] = d.find(hashes[i], &hits[i].Judgement, false)
			}
		}
	}
	m.parallel(len(hits), func(i int) {
		if int(same[i]) == i && (known == nil || !known[i]) {
			rel[i] = m.relevance(q, hits[i].Judgement, false)
		}
	})
	if d != nil {
		for i := range hits {
			if int(same[i]) == i && !known[i] {
				d.add(hashes[i], hits[i].Judgement, false, rel[i])
			}
		}
	}
	for i, k := range same {
		rel[i] = rel[k]
	}
	need := map[string]bool{}
	for i, r := range rel {
		if r.Family && !r.Subject {
			need[hits[i].ArticleID] = true
		}
	}
	if len(need) > 0 {
		topic := m.topics(q, hits, need)
		inTopic := map[int32]Relevance{}
		for i, h := range hits {
			if topic[h.ArticleID] && rel[i].Family && !rel[i].Subject {
				r, ok := inTopic[same[i]]
				if !ok && d != nil {
					r, ok = d.find(hashes[i], &h.Judgement, true)
					inTopic[same[i]] = r
				}
				if !ok {
					r = m.relevance(q, h.Judgement, true)
					inTopic[same[i]] = r
					if d != nil {
						d.add(hashes[i], h.Judgement, true, r)
					}
				}
				rel[i] = r
			}
		}
	}
	m.titleEvents(q, hits, rel, same)
	m.apart(q, hits, rel)
	return rel
}

// titleEvents reads a proposition that names no event of its own — one
// that speaks of "this option", "the outcome of the vote", "a move by
// June", or has no more than three words and no figure in a short sentence ("Wahrscheinlichkeit: gering",
// "To odległa perspektywa") — as about the event its article's title
// names, when that is the question's and the title or the proposition
// names the question's subject and the proposition no other.
func (m *Matcher) titleEvents(q Question, hits []kent.JudgementHit, rel []Relevance, same []int32) {
	type title struct {
		fam, inv, subject bool
	}
	// By title and lead, what t is read from: the copies of a wire story
	// in several outlets are read once.
	titles := map[[2]string]title{}
	generic := map[int32]bool{} // by distinct judgement (sameAs)
	for i, h := range hits {
		r := &rel[i]
		if r.About || h.Title == "" {
			continue
		}
		t, ok := titles[[2]string{h.Title, h.Lead}]
		if !ok {
			ws := fields(h.Title)
			tc := m.textConcepts(h.Title)
			t.fam, t.inv = m.family(q, tc)
			if t.inv && slices.Contains(tc, q.Family) && !m.flipped(tc) {
				// "Riksbank wird Zinsen halten und Senkung signalisieren":
				// a title naming the event and its opposite leaves a move
				// its article speaks of ("Daten sprechen für einen Schritt
				// im Mai") to the event itself.
				t.inv = false
			}
			if !t.fam && h.Lead != "" {
				// A title that only teases ("Another country may enter the
				// euro area") leaves the event to the lead, as news writes
				// it: "Bulgaria is ready to adopt the euro from 2026".
				t.fam, t.inv = m.family(q, m.textConcepts(h.Lead))
			}
			t.subject = m.names(q, ws) || m.namesOffice(q, ws)
			if !t.subject && h.Lead != "" {
				ls := fields(h.Lead)
				t.subject = m.names(q, ls) || m.namesOffice(q, ls)
			}
			titles[[2]string{h.Title, h.Lead}] = t
		}
		if !t.fam || !t.subject && !r.Subject {
			continue
		}
		g, ok := generic[same[i]]
		if !ok {
			g = m.generic(q, h.Judgement)
			generic[same[i]] = g
		}
		if !g {
			continue
		}
		words := fields(h.Proposition.Text)
		if m.namesOther(q, m.notThird(h.Judgement, m.notHolder(m.notSource(h.Proposition.Text, words), h.Holder))) || m.anotherPerson(q, h.Judgement) != "" {
			continue
		}
		// A verb of its own is a predicate of its own: "… was sich auf den
		// Termin auswirken würde" is an effect on the date, not the event.
		// So is a verb of saying or thinking, whose clause is another
		// ("Putin probably understands that such a move would backfire").
		// A proposition longer than three words must show, parsed, that it
		// has none: a parse that fails says nothing.
		if !m.short(h.Judgement) && !m.timeOnly(strings.Fields(h.Proposition.Text)) {
			if f, ok := m.frameOf(h.Judgement); !m.ParseFrames || (!ok || f.verb && !f.cuePred) && !f.anaphor {
				continue
			}
		}
		_, flips := m.ownFamilies(h.Judgement)
		*r = Relevance{About: true, Subject: true, Family: true, Invert: t.inv != flips != q.Negated,
			Topic: "the event its article's title names: «" + kent.Clip(h.Title, 80) + "»"}
	}
}

// generic reports whether a proposition names no event of its own: a
// noun that stands for an event named elsewhere, or at most three words
// (short), and no key family in its own words (those borrowed from the
// sentence before do not count). The cheap tests come first: most
// propositions have words of their own.
func (m *Matcher) generic(q Question, j kent.Judgement) bool {
	ws := fields(j.Proposition.Text)
	if len(ws) == 0 {
		return false
	}
	low := lower(ws)
	if m.timeOnly(strings.Fields(j.Proposition.Text)) {
		return true // a forecaster's pick: "März", "2025 oder später"
	}
	if !m.shortWords(ws, j) {
		found := false
		m.anaphors.Match(low, func(string, int) { found = true })
		if !found {
			return false
		}
	}
	key := false
	m.events.Match(low, func(c string, _ int) { key = key || m.byName[c].Key })
	return !key
}

// timeOnly reports whether words name nothing but a time: a month, a
// year, "or later", a unit word after a year ("2025 год") and function
// words — a forecaster's pick of when the event named elsewhere comes.
func (m *Matcher) timeOnly(ws []string) bool {
	times := 0
	for k, w := range ws {
		w = strings.ToLower(strings.Trim(w, ".,;:\"'“”„«»()"))
		switch {
		case w == "":
		case yearTok.MatchString(w) || monthNumber(w) > 0 || seasonMonth(w) > 0:
			times++
		case timeWords().laterWords[w] || m.function[w]:
		case k > 0 && yearTok.MatchString(strings.Trim(ws[k-1], ".,\"'“”„«»")) && utf8.RuneCountInString(w) <= 5:
		default:
			return false
		}
	}
	return times > 0
}

// short reports whether a proposition has at most three words and no
// figure, in a sentence of at most eight: "Wahrscheinlichkeit: gering";
// not "1 Prozent erwartet", nor the answer "Probably." to a question its
// long sentence asks.
func (m *Matcher) short(j kent.Judgement) bool {
	return m.shortWords(fields(j.Proposition.Text), j)
}

func (m *Matcher) shortWords(ws []string, j kent.Judgement) bool {
	return len(ws) <= 3 && !strings.ContainsAny(j.Proposition.Text, "0123456789") && len(fields(j.Words)) <= 8
}

// ownFamilies reports whether the proposition's own words name a key
// family, and whether they name one that turns an event around
// ("aplazarse", "postpone").
func (m *Matcher) ownFamilies(j kent.Judgement) (key, flips bool) {
	cs := m.textConcepts(j.Proposition.Text)
	for _, c := range cs {
		key = key || m.byName[c].Key
	}
	return key, m.flipped(cs) // two flips cancel
}

// apart marks the judgements about the question's event that are shown
// apart from the pool, with why: those on an implying event said to be
// unlikely (a coalition that holds may still fall to early elections
// another way), and those that expect the event before the question's
// bound where that says little of it (timeApart). One that expects it
// after the bound, or was said after it had passed, is about a later
// event and is set aside as not about the question, with the time.
func (m *Matcher) apart(q Question, hits []kent.JudgementHit, rel []Relevance) {
	qp, timed := m.questionPeriod(q)
	for i, h := range hits {
		r := &rel[i]
		if !r.About {
			continue
		}
		p := h.Value
		if h.Proposition.Negated != r.Invert {
			p = 1 - p
		}
		var ps []period
		if timed {
			ps = m.judgedPeriods(h.Judgement, h.Published)
		}
		switch {
		case r.Implied != "" && p < 0.5:
			r.Apart = r.Implied + " implies " + q.Family + ", but it is held unlikely here: that says little of " + q.Family + ", which may come about otherwise"
		case timed && q.Family != "ceasefire" && afterWar(h.Proposition.Text) != "":
			// "Україна не отримає запрошення після закінчення війни" of a
			// question on the July summit: a time with no date, after a
			// war's end the question does not ask about.
			r.About = false
			r.Reason = "another time: «" + afterWar(h.Proposition.Text) + "» puts it after the war, not by the question's «" + q.TimeBound + "»"
		case timed && anotherYear(qp, ps):
			// "growth of 1.5% in 2024" of "a recession in 2023": a year is
			// not another's.
			r.About = false
			r.Reason = "about another year: " + kent.Clip(h.Proposition.Text, 100) + " (the question asks about " + q.TimeBound + ")"
		case timed && laterThanBound(qp, ps, p, namesFirst(h.Proposition.Text)):
			// "2025 or later" or "the first cut in June" of a question "by
			// April 2024": that it comes no earlier than after the bound is
			// that it does not come by it.
			r.Invert = !r.Invert
			r.Later = "it expects the event no earlier than after the question's «" + q.TimeBound + "»: read as against it by then"
		case timed:
			why, later := m.timeApart(q, qp, h.Judgement, ps, h.Published, r.Invert)
			if later {
				// "possible only at the summit in 2024" of a question on
				// July 2023: a later event, not the question's, set aside
				// with the time that makes it another.
				r.About, r.Reason = false, why
				continue
			}
			r.Apart = why
		}
	}
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
// as topic: their title, their lead or a judgement's sentence names it.
func (m *Matcher) topics(q Question, hits []kent.JudgementHit, need map[string]bool) map[string]bool {
	out := map[string]bool{}
	seen := map[string]bool{}
	// By sentence and holder, whether the sentence names the subject: a
	// sentence's judgements, and the copies of a wire story, ask it again.
	named := map[[2]string]bool{}
	setting := m.settingNames(q)
	for _, h := range hits {
		if !need[h.ArticleID] || out[h.ArticleID] {
			continue
		}
		if !seen[h.ArticleID] {
			seen[h.ArticleID] = true
			// A title may name only the event ("Zinswende im April?"):
			// the lead then says whose it is.
			t, l := fields(h.Title), m.notLeaderHolder(q, fields(h.Lead), h.Holder)
			if m.topicWords(q, t, setting) || m.topicWords(q, l, setting) || m.homeTopic(q, h.Language, append(t, l...)) {
				out[h.ArticleID] = true
				continue
			}
		}
		k := [2]string{h.Words, ""}
		if h.Holder != nil {
			k[1] = h.Holder.Name // all notLeaderHolder reads of it
		}
		v, ok := named[k]
		if !ok {
			v = m.names(q, m.notLeaderHolder(q, fields(h.Words), h.Holder))
			named[k] = v
		}
		if v {
			out[h.ArticleID] = true
		}
	}
	return out
}

// topicWords reports whether a title's or lead's words name the question's
// subject: by name or office, by the country a central bank serves
// ("Japon : … la fin des taux négatifs" of the Bank of Japan), or by a
// name the question gives where its event happens ("a Gaza ceasefire":
// "Koniec wojny w Strefie Gazy").
func (m *Matcher) topicWords(q Question, ws, setting []string) bool {
	if len(ws) == 0 {
		return false
	}
	if m.names(q, ws) || m.namesOffice(q, ws) {
		return true
	}
	if cc := m.bankOf[subjectKey(q)]; cc != "" {
		for _, w := range ws {
			if slices.Contains(m.placesOf(w), cc) {
				return true
			}
		}
	}
	for _, w := range ws {
		if !isUpper(w) {
			continue
		}
		for _, k := range setting {
			if place, ok := strings.CutPrefix(k, "@"); ok {
				if slices.Contains(m.placesOf(w), place) {
					return true
				}
			} else if samePerson(k, w) {
				return true
			}
		}
	}
	return false
}

// settingNames returns the name keys of the capitalised words of the
// question that are no place, organisation, month, office or part of its
// subject's or object's name: a place Kent does not know, where the event
// happens ("Gaza" in "Will Israel and Hamas agree a Gaza ceasefire?").
// Of a sited family (a deal, a truce, talks) a place Kent knows that is
// neither subject nor object is such a setting too, given as "@" and its
// key: "Koniec wojny w Strefie Gazy" is on the question's truce.
func (m *Matcher) settingNames(q Question) []string {
	own := map[string]bool{}
	for _, e := range []*kent.FrameEntity{q.Subject, q.Object} {
		if e != nil {
			for _, w := range fields(e.Name) {
				own[strings.ToLower(w)] = true
			}
		}
	}
	var out []string
	for i, w := range fields(q.Text) {
		low := strings.ToLower(w)
		switch {
		case i == 0 || !isUpper(w) || utf8.RuneCountInString(w) < 4 || own[low] || m.function[low] || m.roles[low]:
		case len(m.placesOf(w)) > 0:
			if m.byName[q.Family].Sited {
				for _, p := range m.placesOf(w) {
					if !m.entityPlace(q.Subject, p) && !m.entityPlace(q.Object, p) {
						out = append(out, "@"+p)
					}
				}
			}
		case monthNumber(low) > 0 || m.offices[low] != "" || len(m.orgs.Find([]string{w})) > 0:
		default:
			if k := surnameKey(w); len(k) >= 2 {
				out = append(out, k)
			}
		}
	}
	return out
}

// entityPlace reports whether place p is the entity's own key.
func (m *Matcher) entityPlace(e *kent.FrameEntity, p string) bool {
	return e != nil && e.Key == p
}

// homeTopic reports whether an article in lang is on the question's
// subject country because lang is that country's own ("Neuwahlen im
// Juni?" in German news is Germany's) and its title and lead name no
// other place.
func (m *Matcher) homeTopic(q Question, lang string, ws []string) bool {
	cc := m.home[lang]
	if cc == "" || q.Subject == nil || q.Subject.Kind != "place" || q.Subject.Key != cc {
		return false
	}
	for _, w := range ws {
		for _, p := range m.placesOf(w) {
			if p != cc && !strings.Contains(p, "/") {
				return false
			}
		}
	}
	return true
}
