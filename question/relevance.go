package question

import (
	"slices"
	"strings"

	"github.com/kentnews/kent"
)

// Relevance is how a judgement's proposition stands to a question.
type Relevance struct {
	About   bool   // it bears on the question: pooled, or shown apart if conditional
	Invert  bool   // it is about the event's opposite, a refusal of it, or the question is negative
	Subject bool   // the proposition names the question's subject
	Family  bool   // the proposition's predicate is the question's family (or its opposite)
	Reason  string // why it is set aside, when it shares something but is not about the question
	// Implied is the proposition's own family when it is not the
	// question's but implies it (a coalition's collapse, of an early
	// election): the judgement is about the question through it.
	Implied string
	// Topic is set when the proposition has no event of its own ("this
	// option is unlikely", "Wahrscheinlichkeit: gering") and is about the
	// question's event as its article's title names it; it says so.
	Topic string
	// Apart says why a judgement about the question's event is shown apart
	// from the pool: it expects the event before the question's bound
	// where that says little of it, or says that an implying event is
	// unlikely. (A time after the bound is another event: About is false.)
	Apart string
	// Later says why a judgement is read against the question's event: it
	// expects the event at the earliest after the question's bound ("2025
	// or later" of "by April 2024").
	Later string
	// Rival names the person other than the question's whose defeat in
	// the race the question asks about the proposition judges: read as
	// its complement, the question's person's win.
	Rival string
}

// About reports whether a judgement bears on the question.
func (m *Matcher) About(q Question, j kent.Judgement) bool { return m.Relevance(q, j).About }

// Relevance decides whether a judgement's proposition is about the
// question's event: it names the question's subject (any spelling,
// inflection or transliteration; a leader or capital for a country), its
// predicate is the question's family — or two of its legacy concepts
// (war, enter) — and an organisation it names as object is the question's.
// "mass protests are unlikely" is not about a war; "accession is
// unlikely" is about joining; "will stay out" and "will refuse to join"
// are about joining, read inverted.
func (m *Matcher) Relevance(q Question, j kent.Judgement) Relevance {
	return m.relevance(q, j, false)
}

// relevance is Relevance for a judgement in an article whose topic is the
// question's subject (its title or another judgement's sentence names it):
// there, a proposition on the question's event that names no other place
// or organisation ("default will not happen in any case", "only 10% for
// this year") is about the subject, as a pronoun or a dropped subject
// would be.
func (m *Matcher) relevance(q Question, j kent.Judgement, topic bool) Relevance {
	var r Relevance
	// The sentence's entities name the holder too: a leader who judges
	// does not make the event the country's ("Orbán said new sanctions
	// are unlikely").
	words := m.notLeaderHolder(q, append(fields(j.Proposition.Text), j.Proposition.Entities...), j.Holder)
	// "We will not interfere": a categorical "we" is the holder's side.
	own := false
	if anyone(q) {
		// "Will the ceasefire hold?", "Will there be a recession in
		// 2025?": a question that names no one asks about the event
		// wherever the articles put it.
		own, r.Subject = true, true
	} else {
		we := j.Categorical && j.Holder != nil && m.holderIs(q, j.Holder.Name)
		own = we || m.names(q, words) || m.namesOffice(q, fields(j.Proposition.Text)) || m.namesHome(q, fields(j.Proposition.Text), j.Language)
		r.Subject = own || topic && !m.namesOther(q, m.notThird(j, m.notSource(j.Proposition.Text, m.notHolder(m.notSetting(q, words), j.Holder))))
		// Without a parse, a person the proposition itself names, not the
		// question's, makes it theirs, whoever the sentence before named
		// (surfaceperson.go).
		r.Subject = r.Subject && !(m.surfaceOtherPerson(q, j) && !m.names(q, m.notThird(j, fields(j.Proposition.Text))))
		r.Subject = r.Subject && !m.selfEvent(q, j)
		// "einen Rücktritt von Scholz": the proposition gives its event to
		// another person, whoever the sentence before named.
		r.Subject = r.Subject && !(m.otherOwner(q, j) && !m.names(q, fields(j.Proposition.Text)))
	}
	r.Family, r.Invert = m.family(q, j.Proposition.Events)
	if m.outOfObject(q, j.Proposition.Events, words) {
		r.Family, r.Invert = true, !m.flipped(j.Proposition.Events)
	} else if !r.Family {
		r.Family = m.intoObject(q, j.Proposition.Events, words)
	}
	rivals := false
	if !r.Family && (m.personsChance(q, j) || m.pronounsChance(q, j)) {
		r.Family = true
	} else if !r.Family && m.rivalsChance(q, j) {
		// The rival's name in the figure's own words decides, whoever
		// the sentence before named ("Анна Варга отстает. Букмекеры
		// дают Петеру Линду шансы в 70%").
		r.Family, rivals = true, true
	}
	// "шансы Педру Нуну Сантуша на победу невелики": a rival's event,
	// however the article's topic is the question's person.
	var other string
	if (!own || rivals) && r.Family && !anyone(q) {
		if other = m.anotherPerson(q, j); other != "" {
			r.Subject = false
			// A rival's defeat in the race ("Харрис проиграет"), in an
			// article on the question's person, is read as the person's
			// win: the complement of the rival's. So is a rival's likely
			// win or favourite status ("Haavisto är fortfarande klar
			// favorit"): with one winner, the person's chance is at most
			// its complement. A rival's slim chances are set aside (one
			// of several rivals may be named: "Santos's chances are slim"
			// says little of who wins).
			if topic && m.byName[q.Family].Contest && (r.Invert || rivalLikely(j, r.Invert)) {
				r.Subject, r.Invert, r.Rival = true, !r.Invert, other
			}
		}
	}
	// An intention's actor is the subject of the event it announces,
	// whoever reports it: "La Norvège se dit prête à reconnaître un État
	// palestinien" is Norway's recognition in an article on Spain's.
	if a := j.Proposition.Actor; a != "" && !rivals {
		if aw := fields(a); m.names(q, aw) || m.holderIs(q, a) {
			r.Subject = true
		} else if m.namesOther(q, aw) {
			r.Subject = false
			if other == "" {
				other = a
			}
		}
	}
	if m.ParseFrames && (r.Subject || r.Family || m.sentenceShares(q, j)) {
		if why := m.byFrame(q, j, &r); why != "" {
			r.Reason = "about something else: " + kent.Clip(j.Proposition.Text, 100) + " (" + why + ")"
			if q.Negated {
				r.Invert = !r.Invert
			}
			return r
		}
	}
	if q.Negated {
		r.Invert = !r.Invert
	}
	r.About = r.Subject && r.Family
	if r.About {
		r.Implied = m.implying(q, j.Proposition.Events)
	}
	// A part named only in the sentence before ("not in the first round.
	// In the second, his chances are even") is not this proposition's.
	if part := m.narrower(q, m.textConcepts(j.Proposition.Text)); r.About && part != "" {
		r.About = false
		r.Reason = "about something else: " + kent.Clip(j.Proposition.Text, 100) + " (" + part + ", a part of " + familyName(q) + ", not the whole)"
		return r
	}
	if other := m.forecastFamily(q, j); r.About && other != "" {
		r.About = false
		r.Reason = "about something else: " + kent.Clip(j.Proposition.Text, 100) + " (the forecast is of " + other + ", not " + familyName(q) + ")"
		return r
	}
	if w := m.precondition(q, j.Proposition.Text); r.About && w != "" {
		r.About = false
		r.Reason = "about something else: " + kent.Clip(j.Proposition.Text, 100) + " (being ready for " + familyName(q) + ", «" + w + "», a precondition, not whether it comes)"
		return r
	}
	if n := m.counted(q, j.Proposition.Text); r.About && n != "" {
		r.About = false
		r.Reason = "about something else: " + kent.Clip(j.Proposition.Text, 100) + " (a number of them, «" + n + "», not whether " + familyName(q) + " comes)"
		return r
	}
	switch {
	case r.About && q.Object != nil:
		// The holder's own organisation named in the sentence ("Jürgen
		// Matthes vom Institut der deutschen Wirtschaft rechnet mit …")
		// is who judges, not another object of the event.
		if other := m.otherObject(q, m.notHolder(words, j.Holder)); other != "" {
			r.About = false
			r.Reason = "about something else: " + kent.Clip(j.Proposition.Text, 100) + " (another object: " + other + ")"
		}
	case r.About:
	case r.Subject && anyone(q):
		r.Reason = "about something else: " + kent.Clip(j.Proposition.Text, 100) + " (the predicate is not " + familyName(q) + ")"
	case r.Subject:
		r.Reason = "about something else: " + kent.Clip(j.Proposition.Text, 100) + " (names " + subjectName(q) + "; the predicate is not " + familyName(q) + ")"
	case r.Family && other != "":
		r.Reason = "about something else: " + kent.Clip(j.Proposition.Text, 100) + " (another subject: its subject is " + other + ", not " + subjectName(q) + ")"
	case r.Family:
		r.Reason = "about something else: " + kent.Clip(j.Proposition.Text, 100) + " (" + familyName(q) + ", but not of " + subjectName(q) + ")"
	}
	return r
}

// personsChance reports whether a stated number or odds is the question's
// person's chance in the race the question asks about: in a contest
// ("win the election"), a figure that names the person and no event of
// its own ("Trump står nu i 1,85", "Trump hatte eine Chance von 60 %")
// is what the person is given to win.
func (m *Matcher) personsChance(q Question, j kent.Judgement) bool {
	if j.Scale != "numeric" || q.Subject == nil || q.Subject.Kind != "person" || !m.byName[q.Family].Contest {
		return false
	}
	if key, _ := m.ownFamilies(j); key {
		return false
	}
	return namesPerson(q.Subject, fields(j.Proposition.Text))
}

// rivalsChance is personsChance for a rival: a figure that names another
// person and no event of its own, in a race the question asks about
// ("Bookmakers give Peter Lind a 70% chance", "Kamala Harris kommt nur
// auf 38,9 %"), is what the rival is given to win. Relevance then reads a
// likely one as the complement for the question's person, in an article
// on them, and sets a slim one aside, as it does a rival's words.
func (m *Matcher) rivalsChance(q Question, j kent.Judgement) bool {
	if j.Scale != "numeric" || q.Subject == nil || q.Subject.Kind != "person" || !m.byName[q.Family].Contest {
		return false
	}
	if key, _ := m.ownFamilies(j); key {
		return false
	}
	return m.anotherPerson(q, j) != ""
}

// anyone reports whether the question names no subject and no place: it
// asks about its event wherever it comes.
func anyone(q Question) bool { return q.Subject == nil && len(q.Places) == 0 }

// byFrame corrects the surface reading r with the judgement's parse frame:
// the judged predicate's own family decides the family (lemmas find
// inflected forms; a word of another clause does not count), and a
// subject the parse finds decides the subject. It returns why the
// judgement is about something else when the frame says so, else "".
func (m *Matcher) byFrame(q Question, j kent.Judgement, r *Relevance) string {
	f, ok := m.frameOf(j)
	// A verb of saying as the judged predicate is a misparse: the surface
	// stands. A verb of the event that only begins like one ("визнати",
	// to recognise, and "визнав", admitted) is the event's.
	if !ok || f.verb && m.saying(f.pred) && len(m.events.Concepts([]string{f.pred})) == 0 {
		return ""
	}
	if f.verb && m.roleAsPredicate(f.pred, j.Words) {
		return "" // "premiärminister Oliver Hart avgår": a title tagged as the verb
	}
	if f.talk && r.Family && !m.byName[q.Family].Talk {
		if !talkDenied(j) {
			r.Family = false
			return "talk about " + familyName(q) + " («" + f.pred + "»), not whether " + familyName(q) + " comes"
		}
		// "вопрос о выходе … не обсуждается", "wir werden nicht darüber
		// diskutieren", "not on the agenda": an event not even taken up
		// is judged against, by the rest of its clause.
		f.families = slices.DeleteFunc(f.families, func(c string) bool { return m.byName[c].Talk })
	}
	if why := m.durationReason(q, f, j); why != "" && r.Family {
		r.Family = false
		return why
	}
	if why := m.effectReason(q, f); why != "" && r.Family {
		r.Family = false
		return why
	}
	if len(f.families) > 0 {
		fam, inv := m.family(q, f.families)
		if !fam {
			if cf, ci := m.family(q, f.conj); cf {
				fam, inv = true, ci
			}
		}
		if !fam && len(f.eventSubject) > 0 && !m.anyFlips(f.families) {
			// "шатдаун, вероятно, наступит": the event is the subject of a
			// verb without an object, which only says it comes, whatever
			// family the verb's lemma seems to have ("наступать" is also
			// attacking).
			fam, inv = m.family(q, f.eventSubject)
		}
		if m.outOfObject(q, f.families, fields(j.Words)) {
			fam, inv = true, !m.flipped(f.families) // "Armenien wird die OVKS verlassen": against joining it
		} else if !fam && m.intoObject(q, f.families, fields(j.Words)) {
			fam, inv = true, false
		}
		switch {
		case fam:
			if !r.Family { // the surface saw the whole clause's refusals; keep its reading
				r.Family, r.Invert = true, inv
			}
		case r.Family && m.entering(f.families, q.Family) && slices.Contains(f.within, q.Family):
			// "nie wejdziemy w recesję", "will not go into recession": a
			// verb of entering takes the event its clause names.
		case r.Family && !m.anyPolar(f.families) && !m.sharesConcept(q, f.families):
			r.Family = false
			return "the judged predicate is " + f.pred + ": " + strings.Join(f.families, "+") + ", not " + familyName(q)
		}
	}
	// The sentence names the family, but not in the judged clause: the
	// judgement is about something else ("even if Putin thought of pushing
	// the military …, he is probably realising that this could backfire").
	subjFam, _ := m.family(q, f.eventSubject)
	formFam, _ := m.family(q, f.formFams)
	if !subjFam && !formFam && f.verb && !f.cuePred && len(f.families) == 0 && len(f.within) == 0 && len(f.conj) == 0 && r.Family && !m.saying(f.pred) {
		// A membership that will end is the family ended, whichever verb
		// the parse took for the predicate (outOfObject).
		if fam, _ := m.family(q, m.textConcepts(j.Words)); fam && !m.outOfObject(q, m.textConcepts(j.Words), fields(j.Words)) {
			r.Family = false
			return "the judged predicate is " + f.pred + "; " + familyName(q) + " is in another clause"
		}
	}
	// "Hungary will veto Ukraine's accession": who refuses is not whose
	// event it is.
	// "Rodríguez descarta esa opción": the subject of a cue that is the
	// predicate is the holder, who judges; it says nothing of whose event.
	// Who refuses or vetoes is not whose event it is; who stays out,
	// stays on or loses is (an opposite is its subject's own event).
	if anyone(q) {
		return "" // any subject is the question's
	}
	if w := m.pronounNotSubject(q, f, j); w != "" && r.Subject && !m.names(q, m.notThird(j, fields(j.Proposition.Text))) {
		r.Subject = false
		return "another subject: «" + w + "» cannot stand for " + subjectName(q)
	}
	if len(f.subject) > 0 && !f.pronoun && !m.anyFlipsOf(q, f.families) && !(f.cuePred && holderNamed(j.Holder, f.proper)) && r.Rival == "" {
		// The question's subject named only as a third party ("Canada will
		// impose tariffs on the US") does not make the event its own.
		own := m.names(q, m.notThird(j, fields(j.Proposition.Text)))
		switch {
		case m.names(q, f.subject):
			r.Subject = true
		case r.Subject && (r.Invert || rivalLikely(j, r.Invert)) && m.byName[q.Family].Contest && m.otherPerson(q, f.proper) && (!own || m.rivalFirst(q, f.proper, fields(j.Proposition.Text))):
			// A rival's defeat, or likely win, in the race bears on the
			// question's person's win (see relevance): read as its
			// complement.
			r.Invert, r.Rival = !r.Invert, strings.Join(f.proper, " ")
		case r.Subject && (m.namesOther(q, m.notSetting(q, f.subject)) || m.otherPerson(q, f.proper)) && !own:
			r.Subject = false
			return "another subject: its subject is " + strings.Join(f.subject, " ") + ", not " + subjectName(q)
		case r.Subject && !q.Joint && q.Object != nil && m.names(q, fields(j.Proposition.Text)) && m.namesEntity(q.Object, m.notThird(j, f.subject)) && m.byObject(f.families):
			// "NATO will not extend an invitation to Ukraine": the
			// object invites, the question's subject is invited.
		case r.Subject && !q.Joint && q.Object != nil && !own && m.names(q, fields(j.Proposition.Text)) && m.namesEntity(q.Object, m.notThird(j, f.subject)):
			// "Canada will impose tariffs on the US" of a question on US
			// tariffs on Canada: the roles are turned, another event.
			r.Subject = false
			return "its subject is " + strings.Join(f.subject, " ") + ", the question's object; " + subjectName(q) + " is only a third party in it"
		}
	}
	return ""
}

// byObject reports whether a family the question's object does to its
// subject (lexicon: by_object, an invitation) is among cs.
func (m *Matcher) byObject(cs []string) bool {
	for _, c := range cs {
		if m.byName[c].ByObject {
			return true
		}
	}
	return false
}

// rivalLikely reports whether a judgement of a rival's event in a race
// holds the rival's win likely: its value read as the chance of the
// proposition's event (negated: turned round), and of the rival's win
// where the event is its opposite (a defeat).
func rivalLikely(j kent.Judgement, defeat bool) bool {
	p := j.Value
	if j.Proposition.Negated != defeat {
		p = 1 - p
	}
	return p > 0.55
}

// sentenceShares reports whether the judgement's sentence names the
// question's subject or family outside the proposition the surface cut:
// "новые выборы в Германии, вероятно, пройдут весной" has its subject
// before the cue. The parse frame then decides.
func (m *Matcher) sentenceShares(q Question, j kent.Judgement) bool {
	ws := fields(j.Words)
	if m.names(q, ws) {
		return true
	}
	fam, _ := m.family(q, m.textConcepts(j.Words))
	return fam
}

// entering reports whether a predicate's families are only those of
// entering something (lexicon: into), which takes the event its clause
// names as the one judged: "wejść w recesję", "вступить в рецессию".
func (m *Matcher) entering(fams []string, family string) bool {
	for _, c := range fams {
		// Entering into the question's own family ("wejdzie do wojny" of
		// a question on joining) is read with its object (intoObject).
		if into := m.byName[c].Into; into == "" || into == family {
			return false
		}
	}
	return len(fams) > 0
}

// anyFlipsOf is anyFlips but for flips the question's family absorbs: of
// a question on a veto, who blocks is whose event it is.
func (m *Matcher) anyFlipsOf(q Question, cs []string) bool {
	for _, c := range cs {
		if m.byName[c].Flips && !m.byName[q.Family].AbsorbsFlip(c) {
			return true
		}
	}
	return false
}

// anyFlips reports whether a family that turns the event around (refuse,
// veto, postpone) is among cs.
func (m *Matcher) anyFlips(cs []string) bool {
	for _, c := range cs {
		if m.byName[c].Flips {
			return true
		}
	}
	return false
}

// precondition returns the words of a proposition that say its subject is
// ready or ripe for the question's event ("it's not ready for membership",
// "nie jest gotowa do członkostwa", "не готова к вступлению"), or "":
// a phrase of being ready, with a word of the question's family in it or
// within three words after it.
func (m *Matcher) precondition(q Question, text string) string {
	ws := fields(text)
	low := lower(ws)
	for _, ph := range m.preconditions {
		for i := 0; i+len(ph) <= len(low); i++ {
			ok := true
			for k, st := range ph {
				ok = ok && strings.HasPrefix(low[i+k], st)
			}
			if !ok {
				continue
			}
			end := min(len(ws), i+len(ph)+3)
			if fam, _ := m.family(q, m.textConcepts(strings.Join(ws[i:end], " "))); fam {
				return strings.Join(ws[i:end], " ")
			}
		}
	}
	return ""
}

// talkDenied reports whether a judgement says the talk it is about will
// not happen: its own proposition read below even ("is not being
// discussed", "will not discuss").
func talkDenied(j kent.Judgement) bool {
	p := j.Value
	if j.Proposition.Negated {
		p = 1 - p
	}
	return p < 0.5
}

// rivalFirst reports whether the rival the parse takes for the subject
// (proper) is named in words before the question's person, who then
// stands only as whom the rival runs against: "Simion is expected to
// win the run-off against Dan", "Simion dürfte Dan schlagen".
func (m *Matcher) rivalFirst(q Question, proper, words []string) bool {
	var rival []string
	for _, p := range proper {
		rival = append(rival, strings.Fields(p)...)
	}
	for i, w := range words {
		if m.names(q, words[:i+1]) {
			return false
		}
		if slices.Contains(rival, w) {
			return true
		}
	}
	return false
}
