package names

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/tokens"
)

// found is a mention before the article-wide checks: whether something
// beside it says it is a person (a given name, a title, a reporting verb).
type found struct {
	kent.Mention
	evidence bool
	// lazy, when set, is evidence that needs the sentence tagged: keep
	// tags it only if nothing else keeps the mention (see lazyEvidence).
	lazy *lazyEvidence
}

// lazyEvidence is a speech verb beside a run that is evidence of a person
// only if the tagger agrees: an opener it calls a proper noun, or a run it
// does not call common words throughout ("Die Regierung sagte"). Most such
// runs are surnames the article names with evidence elsewhere, so the
// sentence is tagged only when that is not so.
type lazyEvidence struct {
	tag    *sentTags
	run    []word
	opener bool
}

func (l *lazyEvidence) holds() bool {
	if l.opener {
		return l.tag.around(l.run) && l.run[0].tagged().UPOS == "PROPN"
	}
	return !(l.tag.around(l.run) && commonRun(l.run))
}

// context is what stands beside a run: the words before and after it.
type context struct {
	prev, next, after *word  // after: the next word even across punctuation
	ws                []word // the sentence's words; run is ws[lo:hi]
	lo, hi            int
	tag               *sentTags // tags words around a run on demand
}

func around(ws []word, run []word) context {
	var c context
	first := sort.Search(len(ws), func(k int) bool { return ws[k].start >= run[0].start })
	last := first + len(run) - 1
	if first > 0 && !run[0].gap {
		c.prev = &ws[first-1]
	}
	if last+1 < len(ws) {
		c.after = &ws[last+1]
		if !ws[last+1].gap {
			c.next = &ws[last+1]
		}
	}
	c.ws, c.lo, c.hi = ws, first, last+1
	return c
}

// addNameWords reads a language's reporting verbs, articles and place stems.
func (f *Finder) addNameWords(l *lexicon.Language) {
	for _, v := range l.Attribution.Verbs {
		if !strings.Contains(v, " ") {
			f.verbs[v] = true
		}
	}
	for _, w := range l.Attribution.Sources {
		if !strings.Contains(w, " ") {
			f.sources[w] = true
		}
	}
	for _, w := range l.Names.Articles {
		f.articles[w] = true
		if l.Attribution.NounsCapitalised {
			f.nounArticles[l.Code+":"+w] = true
		}
	}
	for _, w := range l.Names.PlacePreps {
		f.placePreps[l.Code+":"+w] = true
	}
	for _, w := range l.Names.Surnames {
		f.surnames[wellKnownKey(w)] = true
	}
	for _, w := range l.Names.Saints {
		f.saints[w] = true
	}
	for _, w := range l.Names.Things {
		f.things[w] = true
	}
	for _, w := range l.Names.Emphatics {
		f.emphatics[l.Code+":"+w] = true
	}
	for _, w := range l.Names.Organisations {
		f.orgNames[w] = true
		f.orgNames[w[:min(len(w), 3)]+"…"] = true // orgName's quick test: "yle…" for "Ylelle"
	}
	for _, w := range l.Names.PlaceWords {
		f.placeWords[w] = true
	}
	for _, w := range l.Names.Titles {
		f.titles[w] = true
	}
	for _, w := range l.Names.Speech {
		if utf8.RuneCountInString(w) >= 4 {
			f.speechStems[w[:2]] = append(f.speechStems[w[:2]], w)
		} else {
			f.verbs[w] = true
		}
	}
	for _, p := range l.Names.Places {
		if r := []rune(p); !strings.Contains(p, " ") && len(r) >= 2 {
			f.cities[string(r[:2])] = append(f.cities[string(r[:2])], p)
		}
	}
}

// starts reports whether a name run can start at ws[i]: a capitalised word
// that is no function word, month or hedge — unless it is a given name
// followed by a capitalised word ("April Ryan").
func (f *Finder) starts(ws []word, i int) bool {
	w := ws[i]
	if !w.cap {
		return false
	}
	// An article opening a sentence ("Einen Schub erwartet man") is no
	// name; the noun after it is a common one (classify).
	if !f.stop[w.low] && !(w.first && f.articles[w.low]) {
		return true
	}
	return i+1 < len(ws) && ws[i+1].cap && !ws[i+1].gap && !f.stop[ws[i+1].low] && f.inflect.First(w.text, "")
}

// runEnd returns the end of the run of capitalised words from ws[i]; a
// month or other stop word that is also a given name does not cut it.
func (f *Finder) runEnd(ws []word, i int) int {
	j := i + 1
	for j < len(ws) && !ws[j].gap {
		low := ws[j].low
		if ws[j].cap && (!f.stop[low] || f.inflect.First(ws[j].text, "")) {
			j++
			continue
		}
		// One or two lower-case connectors before a capitalised word:
		// "Institute for the Study", "Ursula von der Leyen".
		k := j
		for k < len(ws) && k-j < 2 && f.connect[ws[k].low] && !ws[k].cap && (k == j || !ws[k].gap && !f.and[ws[j].low]) {
			k++ // a second one not after "and": "Scholz und der Kanzler" is two
		}
		if k > j && k < len(ws) && ws[k].cap && !ws[k].gap {
			j = k + 1
			continue
		}
		break
	}
	return j
}

// isRole reports whether a capitalised word is a title: a role word, or a
// compound built on one ("Präsidentenberater", "Regierungssprecher").
func (f *Finder) isRole(w string) bool {
	var buf [64]byte
	low := appendLower(buf[:0], w) // asked of most capitalised words: no copy
	if f.roles[string(low)] {
		return true
	}
	if len(low) < 9 {
		return false
	}
	// A role word with a case ending of up to four letters ("prezydentowi",
	// "министрами", "presidentille") is a role; a longer compound that
	// starts with one is whatever its head is ("Expertenwissens",
	// "Präsidentenwahl", "Ministerium"), so only a compound that ends in a
	// role word counts ("Präsidentenberater", "Regierungssprecher").
	for _, r := range f.roleEnds[string(low[:3])] {
		if len(low) > len(r)+2 && string(low[:len(r)]) == r && utf8.RuneCount(low[len(r):]) <= 4 {
			return true
		}
	}
	for _, r := range f.roleEnds[string(low[len(low)-3:])] {
		if len(low) > len(r)+2 && string(low[len(low)-len(r):]) == r {
			return true
		}
	}
	return false
}

// indexRoles indexes the role words of five letters or more by their first
// and last three bytes, for isRole's compounds.
func (f *Finder) indexRoles() {
	f.roleEnds = map[string][]string{}
	for r := range f.roles {
		if utf8.RuneCountInString(r) < 5 {
			continue
		}
		f.roleEnds[r[:3]] = append(f.roleEnds[r[:3]], r)
		if r[len(r)-3:] != r[:3] {
			f.roleEnds[r[len(r)-3:]] = append(f.roleEnds[r[len(r)-3:]], r)
		}
	}
}

// classify turns a capitalised run into mentions: titles are dropped from
// people's names, a place in front of a name is a place of its own
// ("kanclerz Niemiec Olaf Scholz"), a run of place words is a place, and a
// person needs evidence — a given name, a title, a reporting verb beside it;
// one without is kept only if the article names the person with evidence
// elsewhere (keep).
func (f *Finder) classify(text string, run []word, c context, lang string) []found {
	// German puts no genitive article before a person's name: a run after
	// "des" or "eines" that does not open with a role is a noun phrase
	// ("Kontrollen des Nils Entwicklungen": the Nile's). ("die", "der",
	// "dem" may be relative pronouns or stand before a description:
	// "den Schotten James Watt".)
	afterArticle := lang == "de" && c.prev != nil && (c.prev.low == "des" || c.prev.low == "eines") && !f.isRole(run[0].text) && !f.titles[run[0].low]
	titled := c.prev != nil && !c.prev.cap && (f.roles[c.prev.low] || f.titles[c.prev.low]) ||
		c.after != nil && !c.after.cap && f.roles[c.after.low] // "Gomery, przewodniczący komisji"
	var out []found
	for len(run) > 1 {
		low := run[0].low
		switch {
		case f.isRole(run[0].text) || f.titles[low]:
			run, titled = run[1:], true // "President Vladimir Putin", "Präsidentenberater X"
		case run[0].first && !f.inflect.First(run[0].text, lang) && (f.verbs[low] || f.sources[low] || f.isRole(run[1].text) || f.inflect.First(run[1].text, lang) || f.leadPlace(run[1:], lang)):
			run = run[1:] // "Słowa Donalda Tuska", "Вчера Канцлер …", "Enligt Lukasjenkos": a sentence's first word
		case run[0].first && eastAsianFamily(run[0].text) == "" && eastAsianFull(text[run[1].start:run[len(run)-1].end]):
			run = run[1:] // "Визит Си Цзиньпина": a word opens the sentence before a Chinese or Korean name
		case run[0].first && f.commonOpener(run, lang, c):
			run = run[1:] // "Decyzja Łukaszenki", "Брифинг Захаровой": a common noun opens the sentence
		case f.givenInside(run, lang) > 0:
			k := f.givenInside(run, lang)
			out = append(out, f.classify(text, run[:k], context{tag: c.tag}, lang)...)
			run = run[k:] // "Ośrodka Studiów Wschodnich Kamila Kłysińskiego": a name starts at its given name
		case f.caseBreak(run, lang) > 0:
			k := f.caseBreak(run, lang)
			out = append(out, f.classify(text, run[:k], context{prev: c.prev, tag: c.tag}, lang)...)
			run, c.prev = run[k:], nil // "Zdaniem Jana Nowaka Johnson nie …": two names in two cases (casebreak.go)
		case f.genitiveEnd(run, lang) > 0:
			k := f.genitiveEnd(run, lang)
			out = append(out, f.classify(text, run[:k], context{prev: c.prev, tag: c.tag}, lang)...)
			run, c.prev = run[k:], nil // "Angela Merkels Nachfolger": the name ends at its genitive
			if len(run) == 1 && !f.inflect.First(run[0].text, lang) {
				return out // the noun the genitive qualifies ("Clintons Beziehungen")
			}
		case f.leadPlace(run, lang):
			out = append(out, f.classify(text, run[:1], context{tag: c.tag}, lang)...)
			run, titled = run[1:], true // "kanclerz Niemiec Olaf Scholz": the country is a place of its own
		case f.affiliationCut(run, c.next, lang) > 0:
			k := f.affiliationCut(run, c.next, lang)
			out = append(out, f.classify(text, run[:k], context{prev: c.prev, tag: c.tag}, lang)...)
			body := run[k:]
			for len(body) > 0 && !body[0].cap {
				body = body[1:] // "von der": the body's name starts at its first capital
			}
			for _, m := range f.classify(text, body, context{tag: c.tag}, lang) {
				if m.Kind == kent.SpeakerPerson {
					// No person: the body's words, or the genitive of a
					// body whose word follows ("Nordean pankista").
					m.Kind, m.Key, m.evidence, m.lazy = kent.SpeakerOrganisation, orgMentionKey(m.Name), false, nil
				}
				out = append(out, m)
			}
			return out // "Jussi Laine Nordean pankista", "Jan Weber von der Universität Mannheim"
		case f.trailPlace(run, lang):
			out = append(out, f.classify(text, run[:len(run)-1], context{prev: c.prev, tag: c.tag}, lang)...)
			run = run[len(run)-1:] // "Sanna Korhonen Helsingin yliopistosta": the affiliation's place is its own
		default:
			goto classified
		}
	}
classified:
	if len(run) == 0 {
		return out
	}
	span := kent.Span{Start: run[0].start, End: run[len(run)-1].end}
	name := text[span.Start:span.End]
	m := found{Mention: kent.Mention{Text: name, Span: span, Name: name}}
	if f.thing(text, run, c, span) {
		return out // a product, event, award or title: no person, place or body
	}
	if f.saint(text, run, span) {
		m.Kind, m.Key = "place", "place:"+FullKey(name) // "St. Michael", "Casa Santa Marta": a church or place
		return append(out, m)
	}
	if f.orgName(run, lang) {
		m.Kind, m.Key = kent.SpeakerOrganisation, orgMentionKey(name) // "Microsoft announced"
		return append(out, m)
	}
	org := false
	for _, w := range run {
		if f.orgWords[w.low] {
			org = true
		}
	}
	p0 := ""
	if len(run) <= 2 {
		p0 = f.place(run[0].text)
	}
	switch {
	case org || len(run) == 1 && tokens.IsAcronym(run[0].text):
		m.Kind, m.Key = kent.SpeakerOrganisation, orgMentionKey(name)
	case len(run) <= 2 && p0 != "":
		m.Kind, m.Key = "place", "place:"+p0
		if strings.Contains(p0, "/leader") {
			m.Kind, m.evidence = kent.SpeakerPerson, true
		}
	case c.prev != nil && f.placePreps[lang+":"+c.prev.text] && !f.inflect.First(run[0].text, lang) && !f.titles[run[0].low]:
		// "в Вашингтоне", "w Londynie": keyed by the base form's skeleton
		m.Kind, m.Key = "place", "place:"+Skeleton(f.inflect.Lemma(run[len(run)-1].text, lang, "", nil))
	case len(run) == 1 && run[0].first && utf8.RuneCountInString(run[0].text) >= 3:
		// A sentence opener: kept if a role follows it after a comma, it is
		// a well-known surname ("Трюдо пригласит"), a speech verb follows
		// a word the tagger calls a proper noun — or the article names that
		// person elsewhere (keep).
		m.Kind = kent.SpeakerPerson
		// ("Gomery, przewodniczący komisji": a role after a comma, not "Deras
		// chef", their boss).
		roleAfter := c.next == nil && c.after != nil && !c.after.cap && f.roles[c.after.low]
		m.evidence = roleAfter || f.knownSurname(run[0].text, lang)
		if !m.evidence && f.speech(c) && c.tag.can() {
			m.lazy = &lazyEvidence{tag: c.tag, run: run, opener: true}
		}
	case len(run) == 1 && utf8.RuneCountInString(run[0].text) < 3 && eastAsianFamily(run[0].text) == "":
		return out
	case len(run) == 1 && c.prev != nil && f.articles[c.prev.low]:
		return out // "die Regierung", "the Kremlin": a noun, not a name
	case afterArticle && !titled:
		return out
	case len(run) == 1 && f.bareGivenPair(text, run[0], c, lang) || len(run) == 1 && f.loneGenitive(text, run[0], c, lang):
		return out
	case len(run) == 2 && len(f.inflect.agreement[lang].oblique) > 0 && !f.inflect.First(run[0].text, lang) && !f.isRole(run[0].text) &&
		f.place(run[1].text) != "" && !strings.Contains(f.place(run[1].text), "/leader") &&
		c.tag.around(run) && (run[0].tagged().UPOS == "ADJ" || run[0].tagged().UPOS == "NOUN"):
		// "Южный Камерун", "Области Варшавы": a common word (so the
		// tagger says: not Христофор before Колумб) before a place names
		// a region or body of it, not a person. Asked only where names
		// decline (pl, ru, uk, be), where such runs are mistaken for a
		// given name and surname.
		m.Kind, m.Key = "place", "place:"+FullKey(name)
	default:
		m.Kind = kent.SpeakerPerson
		speech := f.speech(c)
		m.evidence = titled || f.anyGiven(run, lang) || f.knownSurname(run[len(run)-1].text, lang) || eastAsianFull(name)
		// "Die Regierung sagte": a common noun beside a speech verb is no
		// evidence; the run stays a person only if the article or the store
		// names one by it.
		if !m.evidence && speech {
			if c.tag.can() {
				m.lazy = &lazyEvidence{tag: c.tag, run: run}
			} else {
				m.evidence = true
			}
		}
	}
	return append(out, m)
}

// lemmatize turns people's names into their base forms, word by word
// (Inflector.Bases: the printed forms of the article vote), and keys them.
// A name's case and gender follow from its sentence too: an inflected
// given name or a preposition before it puts the surname in a case form
// ("Donalda Tuska" → Donald Tusk, "u Єльцина" → Єльцин), and a man's or a
// woman's given name or speech verb keeps the other's surname form away.
//
// hints are the tagger's lemmas of proper nouns by printed form (may be
// empty): the Inflector takes one when the endings allow it.
func (f *Finder) lemmatize(text string, ms []found, lang string, hints map[string]string) {
	var ps []Printed
	for _, m := range ms {
		if m.Kind == kent.SpeakerPerson {
			p := Printed{Words: strings.Fields(m.Text), Before: wordBefore(text, m.Span.Start)}
			if v := wordBefore(text, m.Span.Start); f.says(v) {
				p.Verb = v
			} else if v := wordAfter(text, m.Span.End); f.says(v) {
				p.Verb = v
			}
			ps = append(ps, p)
		}
	}
	// Well-known surnames and the store's people count as seen base forms.
	// Lemmas asks of every candidate base form of every word, the same
	// few many times: each is keyed once an article.
	knownMemo := map[string]bool{}
	known := func(w string) bool {
		k, ok := knownMemo[w]
		if !ok {
			k = f.surnames[wellKnownKey(w)] || f.Known != nil && f.Known("person:"+surnameSkeleton(w))
			knownMemo[w] = k
		}
		return k
	}
	bases := f.inflect.Bases(ps, lang, known, hints)
	keys := map[string]string{}
	n := 0
	for i := range ms {
		m := &ms[i]
		if m.Kind != kent.SpeakerPerson {
			continue
		}
		ws := bases[n]
		n++
		m.Name = strings.Join(ws, " ")
		if k, ok := keys[m.Name]; ok {
			m.Key = k
		} else {
			m.Key = personKey(m.Name)
			keys[m.Name] = m.Key
		}
		if !m.evidence && f.Known != nil && f.Known(m.Key) {
			m.evidence = true
		}
	}
}

// wordBefore returns the word that ends at text[:at] but for spaces, ""
// when punctuation or the text's start comes first.
func wordBefore(text string, at int) string {
	at = min(max(at, 0), len(text))
	end := len(strings.TrimRightFunc(text[:at], unicode.IsSpace))
	start := end
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		start -= size
	}
	return text[start:end]
}

// wordAfter returns the word that starts text[at:] but for spaces, "" when
// punctuation or the text's end comes first.
func wordAfter(text string, at int) string {
	at = min(max(at, 0), len(text))
	rest := strings.TrimLeftFunc(text[at:], unicode.IsSpace)
	end := 0
	for end < len(rest) {
		r, size := utf8.DecodeRuneInString(rest[end:])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		end += size
	}
	return rest[:end]
}

// keep drops people without evidence unless an evidenced mention in the
// article shares their surname key, then resolves surnames and acronyms.
func (f *Finder) keep(fs []found) []kent.Mention {
	sure := map[string]bool{}
	for _, m := range fs {
		if m.Kind == kent.SpeakerPerson && m.evidence {
			sure[surnameKey(m.Key)] = true
		}
	}
	// Lazy evidence is looked at, in text order, only where no evidenced
	// mention keeps the surname already.
	for i := range fs {
		m := &fs[i]
		if m.Kind == kent.SpeakerPerson && !m.evidence && m.lazy != nil && !sure[surnameKey(m.Key)] && m.lazy.holds() {
			m.evidence = true
			sure[surnameKey(m.Key)] = true
		}
	}
	out := make([]kent.Mention, 0, len(fs))
	for _, m := range fs {
		if m.Kind == kent.SpeakerPerson && !m.evidence && !sure[surnameKey(m.Key)] {
			continue
		}
		out = append(out, m.Mention)
	}
	f.resolve(out)
	return out
}

func surnameKey(key string) string { return key[strings.LastIndexAny(key, ": ")+1:] }

// personKey is the first name's initial and the surname's skeleton: one
// person however the name is transliterated (Aleksandr, Alexander,
// Aliaksandr; Tsikhanouskaya, Тихановская) — or the surname alone when no
// first name is given.
func personKey(name string) string {
	if ea, ok := eastAsianName(name); ok && ea.given != "" {
		return "person:" + ea.key() // Xi Jinping, Си Цзиньпин
	}
	if fam := eastAsianFamily(name); fam != "" && isCyrillic(name) {
		return "person:" + fam // "Си" alone: the family name of "Xi Jinping"
	}
	f := strings.Fields(name)
	sur := surnameSkeleton(strings.TrimSuffix(strings.TrimSuffix(f[len(f)-1], "’s"), "'s"))
	if len(f) == 1 {
		return "person:" + sur
	}
	first := initial(givenKey(f[0]))
	if first == "" {
		return "person:" + sur
	}
	return "person:" + first + " " + sur
}

// surnameSkeleton is a surname's part of a person key: its Skeleton, a
// final silent e dropped as the speaker keys drop it (Borne, Борн; Pence,
// Пенс).
func surnameSkeleton(w string) string {
	s := Skeleton(w)
	if len(s) > 2 {
		s = strings.TrimSuffix(s, "e")
	}
	return s
}
