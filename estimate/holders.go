package estimate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/tokens"
)

// holderSkip is how many lower-case words may stand between a holder and
// its verb: "Nate Silver's model gives", "economists now expect".
const holderSkip = 2

// sentenceHolder returns whose judgement a cue outside any quote is, read
// from its sentence: the name or group after a source phrase ("according
// to Polymarket", "zdaniem ekspertów", "laut Ifo"), else the subject of a
// reporting or estimating verb before the cue ("Polymarket gave Biden a
// 55% chance", "FiveThirtyEight ocenia szanse", "46 of 73 economists now
// expect"). A pronoun source ("in his view", "selon lui") is the holder
// the article named last. nil means the article's own voice.
func (s *sentence) sentenceHolder(i, end int) *kent.Speaker {
	r, toks := s.r, s.toks
	if m := s.marketHolder(); m != nil {
		return m // "Laut der Deutschen Bank preisen die Märkte … ein" (views.go)
	}
	if g := s.venueGroup(); g != nil {
		return g // "Trump gilt auf den Wettseiten als Favorit" (venuegroups.go)
	}
	for k := 0; k < i; k++ {
		if n := r.sources.Len(toks, k); n > 0 {
			if h := s.nameAt(k+n, i); h != nil {
				return h
			}
			if h := s.pluralSource(k+n, i); h != nil {
				return h // "selon plusieurs informations" (chains.go); no source later sentences go on with
			}
		}
	}
	for k := end; k < len(toks); k++ {
		if n := r.sources.Len(toks, k); n > 0 && toks[k].Word && (k+n == len(toks) || !toks[k+n].Word && toks[k+n].Low != "'" && toks[k+n].Low != "’") {
			if h := s.publisher(); h != nil {
				return h // "«…», — йдеться в публікації.": the publication the article named just before
			}
		}
	}
	if a := s.passiveAgent(i, end); a != nil {
		return a // "a first cut is expected in June by analysts"
	}
	if p := s.proxyShows(i); p != nil {
		return p // "A poll shows that …", "Z sondażu wynika, że …" (proxyshows.go)
	}
	for k := range toks {
		if n := r.pronounSources.Len(toks, k); toks[k].Word && n > 0 {
			if s.pluralAt(k, n) {
				if g := s.groupAntecedent(); g != nil {
					return g // "Analitycy … . Ich zdaniem …" (plurals.go)
				}
			}
			if o := s.orgEarlier(k); o != nil {
				return o // "Die Bank stellte in Aussicht: „…“, heißt es in ihrer Erklärung"
			}
			return s.antecedent()
		}
	}
	for v := max(i, end-1); v >= 0; v-- { // the cue itself may be the verb: "не ожидают"
		if !toks[v].Word || r.reporting.Len(toks, v) == 0 && r.estimating.Len(toks, v) == 0 && r.expect.Len(toks, v) == 0 || r.verbBlockers.Len(toks, v) > 0 {
			continue // no verb, or one that reports nothing here ("Gorzej zapowiada się …")
		}
		if v < i && s.deniedSpeech(v) {
			continue // "Der Regierungschef habe nicht gesagt, dass …": its subject said no such thing (deniedspeech.go)
		}
		if s.pronounSubject(v) {
			if s.pluralSubject(v) {
				if g := s.groupAntecedent(); g != nil {
					return g // "Analysts … . They said …" (plurals.go)
				}
			}
			if a := s.antecedent(); a != nil {
				return a // "Han säger nu att …", "Тепер він каже": whom the pronoun stands for
			}
			continue
		}
		if h := s.sharedSubject(v); h != nil && !s.nobody(h) {
			return h // "Erik Holm är docent vid Lunds universitet och tror …" (sharedsubject.go)
		}
		h, from := s.subjectBefore(v)
		if h != nil && s.passiveVerb(v) {
			continue // "EU leaders are expected to approve …": whom it is expected of (passivecue.go)
		}
		if s.r.verbSecond && h != nil && !s.describedName(h) {
			// "Die Chancen von Santos … schätzt die Analystin Petra Lang
			// auf 20 Prozent": a role and a name after the verb are its
			// subject, and the phrase before it the object.
			if a := s.roleNameAfter(v); a != nil {
				return a
			}
		}
		if s.r.verbSecond && (from > 1 && !s.describedFromStart(from) || h == nil) {
			// A phrase fronted before the verb: the subject follows it.
			if a := s.subjectAfter(v); a != nil {
				return a
			}
		}
		if h == nil {
			h = s.coordinatedSubject(v) // "Riksbanken sänkte räntan i maj och sade att …"
		}

		if h != nil && !s.nobody(h) {
			return h
		}
		if opensClause(toks, v) {
			if a := s.subjectOfFrame(v); a != nil {
				return a // "Jak ostrzegła agencja, …", "Однако, считает эксперт, …"
			}
		}
	}
	// A frame after the judgement: "…, estime l'économiste", "… – pisze
	// Jakub Gajda", "…, tror experten".
	if s.invertedFrame(end) {
		return s.antecedent() // "« Nous ne pensons pas … », nuance-t-il"
	}
	for v := end; v < len(toks); v++ {
		if toks[v].Word && v > 1 && (r.reporting.Len(toks, v) > 0 || r.estimating.Len(toks, v) > 0) {
			if d := s.orgDescription(v - 1); d > end && toks[d-1].Low == "," {
				// "…, the bank said in a statement": the bank named last (resolve)
				return &kent.Speaker{Name: s.a.Text[toks[d].Start:toks[v-1].End], Kind: "group"}
			}
		}
		if toks[v].Word && v > 0 && opensClause(toks, v) && (r.reporting.Len(toks, v) > 0 || r.estimating.Len(toks, v) > 0) {
			if w := v - 1; toks[w].Word && w > end {
				// ", he added", ", Berg said": the one word between is the subject.
				if s.r.hold.pronouns[toks[w].Low] {
					if s.pluralAt(w, 1) {
						if g := s.groupAntecedent(); g != nil {
							return g // "…, they said"
						}
					}
					return s.antecedent()
				}
				if isCapitalised(toks[w].Text) {
					return s.speaker(w, w+1)
				}
			}
			return s.subjectOfFrame(v)
		}
	}
	if h := s.colonEvidence(end); h != nil {
		return h // "… — лишь вопрос времени: опрошенные эксперты уже не сомневаются, что …" (colonevidence.go)
	}
	if h := s.viewHolder(); h != nil {
		return h // "Pour Lukas Macek, … est « irréaliste »"
	}
	if h := s.quotedSubject(i); h != nil {
		return h // "Andrew Martin … n'écarte pas un geste, « mais nous pensons que mai est plus probable »"
	}
	return s.speechRun(i) // "… expects a hike. Il devrait y avoir …" (speech.go)
}

// opensClause reports whether the verb at v opens a clause of its own: it
// follows a comma, a dash or a colon, or one word after such a mark or the
// sentence's start ("Jak ostrzegła", "Как считает").
func opensClause(toks []kent.Token, v int) bool {
	mark := func(k int) bool {
		if k < 0 {
			return true
		}
		switch toks[k].Low {
		case ",", "–", "—", "-", ":", "(", ".":
			return true
		}
		return false
	}
	// Not the sentence's first word: "Asked whether Putin could …" is no
	// inverted frame.
	return v >= 1 && (mark(v-1) || toks[v-1].Word && mark(v-2))
}

// frameReach is how many words after a clause-opening verb its subject may
// start: "считает экономист Иван Петров", "estime l'économiste".
const frameReach = 4

// subjectOfFrame reads the subject after a verb that opens a clause: a
// name (role words before it left out), a group or role noun, or a
// pronoun, which stands for the holder the article named last.
func (s *sentence) subjectOfFrame(v int) *kent.Speaker {
	r, toks, hr := s.r, s.toks, s.r.hold
	k := v + max(1, r.estimating.Len(toks, v), r.reporting.Len(toks, v))
	for n := 0; k < len(toks) && n < 2 && !toks[k].Word && tokens.IsQuoteMark(toks[k].Low) && toks[k].Low != "'" && toks[k].Low != "’"; n++ {
		k++ // a name in quote marks: "ocenia „DGP”", "пишет «Коммерсант»"
	}
	if k < len(toks) && !toks[k].Word && toks[k].Low != "'" && toks[k].Low != "’" {
		// No subject after it: a language that drops the subject ("…,
		// ostrzegła.", "Jak ostrzegła, …") means whom it spoke of last.
		return s.antecedent()
	}
	for n := 0; k < len(toks) && n < frameReach; n++ {
		t := toks[k]
		if !t.Word {
			if t.Low == "'" || t.Low == "’" {
				k++
				continue
			}
			return nil
		}
		if k+1 < len(toks) && (toks[k+1].Low == "'" || toks[k+1].Low == "’") && utf8.RuneCountInString(t.Low) <= 2 {
			k += 2 // an elided article: "l'économiste"
			continue
		}
		low := t.Low
		if i := strings.LastIndexAny(low, "'’"); i >= 0 {
			_, size := utf8.DecodeRuneInString(low[i:])
			low = low[i+size:] // "l'économiste" as one token
		}
		switch {
		case r.complementizers.Len(toks, k) > 0 || r.interrogatives.Len(toks, k) > 0:
			return nil // "asked whether Putin …": a clause, not a subject
		case hr.pronouns[low]:
			return s.antecedent()
		case isCapitalised(t.Text) && !hr.articles[t.Low] && !hr.isRole(low):
			return s.speaker(k, s.nameRunEnd(k, len(toks), 4)) // "said Luis de Guindos"
		case r.groups.Len(toks, k) > 0 || hr.isRole(low) || hr.isOrg(low):
			if a := s.nameAfterRole(k); a != nil {
				if a.Role == "" && hr.isRole(low) {
					a.Role = t.Text
				}
				return a // "экономист Иван Петров", "представитель министерства Омар Хаддад"
			}
			return &kent.Speaker{Name: s.a.Text[t.Start:t.End], Kind: "group"}
		case hr.articles[t.Low] || r.function[t.Low]:
		case hr.months[low] && !isCapitalised(t.Text),
			utf8.RuneCountInString(low) <= 3 && !isCapitalised(t.Text) && k+1 < len(toks) && hr.months[toks[k+1].Low]:
			// "– ocenił we wtorek Jan Nowak", "заявил во вторник глава
			// банка": a weekday between the verb and its subject.
		case n < frameReach-1 && s.roleAhead(k+1, k+frameReach-n):
			// An adjective before the role: "sagte ein israelischer
			// Regierungsvertreter".
		case k > v+1 && s.r.function[toks[k-1].Low] && s.groupByStem(k):
			return &kent.Speaker{Name: t.Text, Kind: "group"} // "…, считают в разведке" (framegroup.go)
		default:
			return nil
		}
		k++
	}
	return nil
}

// roleAhead reports whether a role or group word (or, where every noun is
// capitalised, a noun) stands in toks[from:to], with only words between.
func (s *sentence) roleAhead(from, to int) bool {
	for j := from; j < to && j < len(s.toks) && s.toks[j].Word; j++ {
		if s.r.hold.isRole(s.toks[j].Low) || s.r.groups.Len(s.toks, j) > 0 || s.r.hold.nounsCap && isCapitalised(s.toks[j].Text) {
			return true
		}
	}
	return false
}

// coordinatedSubject reads the subject of a verb that a coordinator joins
// to the sentence's first verb: the name opening the sentence, when only
// lower-case words (and no clause of its own) stand between ("Riksbanken
// sänkte styrräntan i maj och sade att …", "The ECB cut rates and said …").
func (s *sentence) coordinatedSubject(v int) *kent.Speaker {
	r, toks := s.r, s.toks
	// The word before the verb is the coordinator ("and", "och"), not an
	// auxiliary: "Still, some analysts think an attack cannot be ruled
	// out" has no subject "Still".
	if v < 3 || !toks[v-1].Word || !r.conjunctions[toks[v-1].Low] || isCapitalised(toks[v-1].Text) {
		return nil
	}
	k := 0
	if toks[0].Word && r.hold.dets[toks[0].Low] {
		k = 1
	}
	e := k
	for e < v && e < k+4 && toks[e].Word && isCapitalised(toks[e].Text) {
		e++
	}
	if e == k || e >= v-1 {
		return nil
	}
	for j := e; j < v-1; j++ {
		t := toks[j]
		if t.Word && (isCapitalised(t.Text) || r.complementizers.Len(toks, j) > 0 || r.hold.pronouns[t.Low]) {
			return nil // another subject or a clause of its own
		}
		if !t.Word && t.Low != "," {
			return nil
		}
	}
	return s.speaker(k, e)
}

// nameAt reads a capitalised name or a group noun starting at k, before
// limit.
func (s *sentence) nameAt(k, limit int) *kent.Speaker {
	toks := s.toks
	if e := s.nameRunEnd(k, limit, limit-k); e > k {
		return s.speaker(k, s.orgNameEnd(k, e, limit)) // "По мнению Министерства обороны России, …" (orgnames.go)
	}
	if k < limit && toks[k].Word && s.r.groups.Len(toks, k) > 0 {
		return &kent.Speaker{Name: s.a.Text[toks[k].Start:toks[k].End], Kind: "group"}
	}
	// A role ("по мнению американиста", "selon l'analyste"), which stands
	// for the person it describes (antecedents.go).
	for j := k; j < limit && j < k+3; j++ {
		if !toks[j].Word {
			if toks[j].Low == "'" || toks[j].Low == "’" {
				continue
			}
			break
		}
		if !s.r.hold.isRole(toks[j].Low) && !s.r.hold.isOrg(toks[j].Low) && orgWord(s.r.hold, toks[j].Low) {
			return s.orgNamedLast(toks[j]) // "według agencji": the agency named last
		}
		if s.r.hold.isRole(toks[j].Low) || s.r.hold.isOrg(toks[j].Low) {
			// "selon l'analyste", "według agencji": the description stands
			// for whom the article named last that it fits (resolve).
			return &kent.Speaker{Name: s.a.Text[toks[j].Start:toks[j].End], Kind: "group"}
		}
		if !s.r.hold.articles[toks[j].Low] {
			break
		}
	}
	return nil
}

// subjectBefore reads the subject of the verb at v: a capitalised run, or
// a group noun with up to three words before it, after at most holderSkip
// lower-case words. from is the token it starts at (-1 for none).
func (s *sentence) subjectBefore(v int) (h *kent.Speaker, from int) {
	r, toks := s.r, s.toks
	k := v - 1
	for skipped := 0; k >= 0 && skipped <= holderSkip; k-- {
		t := toks[k]
		if !t.Word {
			if t.Low == "'" || t.Low == "’" {
				continue
			}
			if b := insertBefore(toks, k); b >= 0 {
				k = b // "IMK (Düsseldorf) puts", "FiveThirtyEight, the site he founded, said"
				continue
			}
			if h, from := s.appositiveName(k); h != nil {
				return h, from // "The foreign minister, Mihai Popescu, said"
			}
			return nil, -1
		}
		if r.groups.Len(toks, k) > 0 {
			from := k
			for from > 0 && from > k-3 && toks[from-1].Word && (!isCapitalised(toks[from-1].Text) || from == 1) && !s.prepObject(from-1) {
				from--
			}
			return &kent.Speaker{Name: s.a.Text[toks[from].Start:toks[k].End], Kind: "group"}, from
		}
		if isCapitalised(t.Text) {
			if k > 0 && toks[k-1].Word && r.function[toks[k-1].Low] && !r.connectors[toks[k-1].Low] && !r.hold.dets[toks[k-1].Low] {
				// "Un responsable du Hamas joint à Doha estime": a name after
				// a preposition is no subject; the role before it may be.
				if g := s.roleBefore(k - 1); g != nil {
					return g, k
				}
			}
			break
		}
		if r.hold.isRole(t.Low) && !isCapitalised(t.Text) {
			name := t.Text
			if i := strings.LastIndexAny(name, "'’"); i >= 0 {
				_, size := utf8.DecodeRuneInString(name[i:])
				name = name[i+size:]
			}
			return &kent.Speaker{Name: name, Kind: "group"}, k // "l'analyste estime"
		}
		if d := s.orgDescription(k); d >= 0 {
			// "The bank expects", "the central bank said": the description
			// stands for the organisation named last that it fits (resolve).
			return &kent.Speaker{Name: s.a.Text[toks[d].Start:t.End], Kind: "group"}, d
		}
		skipped++
	}
	if k < 0 || !toks[k].Word || !isCapitalised(toks[k].Text) {
		return nil, -1
	}
	end := k + 1
	for k > 0 {
		if toks[k-1].Word && (isCapitalised(toks[k-1].Text) || r.connectors[toks[k-1].Low] && k > 1 && isCapitalised(toks[k-2].Text)) {
			k--
			continue
		}
		if j := s.nameRunStart(k); j < k {
			k = j // "Jan de Vries said"
			continue
		}
		break
	}
	if k == 0 && end == 1 && r.function[toks[0].Low] {
		return nil, -1 // a capitalised function word opening the sentence
	}
	if g, from := s.ownedGroup(k, end); g != nil {
		return g, from // "правительство Польши считает", "rząd Mołdawii jest przekonany"
	}
	if k == 0 && end-k >= 2 && r.function[toks[0].Low] && !r.hold.dets[toks[0].Low] && !r.connectors[toks[0].Low] {
		k = 1 // "Although Trump has announced …": the conjunction opening the sentence is no part of the name
	}
	if p := s.personBeforeAff(k); p != nil {
		f, _ := s.locate(p)
		return p, f // "Avi Dichter of the Likud party insisted": the person, not the party
	}
	if sp := s.speakerBefore(k); sp != nil {
		f, _ := s.locate(sp)
		return sp, f // "Суслов в интервью РИА Новости заявил": not the outlet (addressee.go)
	}
	k = s.pastRole(k, end)
	return s.speaker(k, end), k
}

// roleNameAfter reads a role and the name it describes right after the
// verb at v, an article or adjective allowed before the role ("schätzt
// die Analystin Petra Lang", "bedömer analytikern Maria Berg"); nil when
// none stands there.
func (s *sentence) roleNameAfter(v int) *kent.Speaker {
	r, toks, hr := s.r, s.toks, s.r.hold
	k := v + max(1, r.estimating.Len(toks, v), r.reporting.Len(toks, v), r.expect.Len(toks, v))
	for n := 0; n < 2 && k < len(toks) && toks[k].Word && hr.articles[toks[k].Low]; n++ {
		k++
	}
	if k >= len(toks) || !toks[k].Word || !(hr.isRole(toks[k].Low) || hr.endsInGroup(toks[k].Low) && !hr.endsInPlural(toks[k].Low)) {
		return nil
	}
	e := k + 1
	for e < len(toks) && e < k+5 && toks[e].Word && isCapitalised(toks[e].Text) {
		e++
	}
	if e-(k+1) < 2 || e-(k+1) > 3 {
		return nil
	}
	return s.speaker(k+1, e)
}

// describedName reports whether a holder read before a verb is a person's
// name or a role with one ("Petra Lang", "die Analystin Petra Lang"): then
// it is the subject, whatever follows the verb.
func (s *sentence) describedName(h *kent.Speaker) bool {
	from, to := s.locate(h)
	if from < 0 {
		return true
	}
	for k := from; k < to; k++ {
		if s.toks[k].Word && !isCapitalised(s.toks[k].Text) && !s.r.hold.isRole(s.toks[k].Low) {
			return false // "Die Chancen von Santos": a phrase with a preposition in it
		}
	}
	k, role := from, false
	for k < to && (s.r.hold.dets[s.toks[k].Low] || s.r.hold.isRole(s.toks[k].Low) || s.r.hold.endsInGroup(s.toks[k].Low)) {
		role = role || !s.r.hold.dets[s.toks[k].Low]
		k++
	}
	if s.r.hold.nounsCap && k > from && !role {
		return false // "Die Wahrscheinlichkeit": a German noun after its article names no one
	}
	return k < to && to-k <= 4
}

// describedFromStart reports whether the words before token from, from
// the sentence's start, are only an article and role words describing the
// name at from ("Der Ökonom Jan Berger erwartet den Beitritt"): the
// subject opens the sentence, nothing is fronted, and the noun after the
// verb ("den Beitritt") is its object, not the holder.
func (s *sentence) describedFromStart(from int) bool {
	role := false
	for k := 0; k < from; k++ {
		t := s.toks[k]
		switch {
		case !t.Word:
			return false
		case s.r.hold.isRole(t.Low) || s.r.hold.endsInGroup(t.Low):
			role = true
		case !s.r.hold.dets[t.Low]:
			return false
		}
	}
	return role
}

// personBeforeAff reads the person's name before an affiliation that
// starts at k ("Avi Dichter of the Likud party", "Anna Nowak z NBP"): two
// or three capitalised words, none an organisation word, then an
// affiliation preposition and perhaps an article; nil when none stands
// there.
func (s *sentence) personBeforeAff(k int) *kent.Speaker {
	r, toks := s.r, s.toks
	p := k - 1
	if p >= 1 && toks[p].Word && !isCapitalised(toks[p].Text) && !r.affPreps[toks[p].Low] && (r.hold.dets[toks[p].Low] || r.function[toks[p].Low]) && r.affPreps[toks[p-1].Low] {
		p-- // "of the"
	}
	if p < 2 || !toks[p].Word || isCapitalised(toks[p].Text) || !r.affPreps[toks[p].Low] {
		return nil
	}
	e := p
	b := e
	for b > 0 && b > e-3 && toks[b-1].Word && isCapitalised(toks[b-1].Text) && !r.hold.isOrg(toks[b-1].Low) && !r.hold.dets[toks[b-1].Low] {
		b--
	}
	if e-b < 2 || b > 0 && toks[b-1].Word && isCapitalised(toks[b-1].Text) {
		return nil
	}
	if b == 0 && r.function[toks[0].Low] {
		return nil
	}
	return s.speaker(b, e)
}

// prepObject reports whether the word at k is a preposition or the noun a
// preposition right before it governs ("ставки у червні аналітики"):
// neither modifies the group noun after it.
func (s *sentence) prepObject(k int) bool {
	r, toks := s.r, s.toks
	prep := func(j int) bool {
		return toks[j].Word && !isCapitalised(toks[j].Text) && r.function[toks[j].Low] && !r.hold.dets[toks[j].Low] && !r.connectors[toks[j].Low] && s.preposition(j)
	}
	return prep(k) || k > 0 && prep(k-1)
}

func (s *sentence) speaker(from, to int) *kent.Speaker {
	name := strings.TrimSuffix(strings.TrimSuffix(s.a.Text[s.toks[from].Start:s.toks[to-1].End], "'s"), "’s")
	kind := "person"
	if to-from == 1 && utf8.RuneCountInString(name) > 1 && strings.ToUpper(name) == name || strings.ContainsAny(name, ".&") {
		kind = "organisation"
	}
	return &kent.Speaker{Name: name, Kind: kind}
}

func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// insertionReach is the most tokens an inserted phrase between a subject
// and its verb may have.
const insertionReach = 10
