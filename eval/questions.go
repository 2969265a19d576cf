package eval

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/pipeline"
	"github.com/kentnews/kent/question"
)

// QuestionScore counts one question in one language (or all of them).
type QuestionScore struct {
	Docs, Gold, Right    int
	Pooled, PooledE      int // pooled judgements, and those at an about-E gold assessment
	PooledOther, NotGold int // pooled at an other: assessment, pooled at no gold cue
	Direction            string
	GoldDirection        string
	SeriesOK, SeriesN    int // dated gold documents whose direction the series has at that date
	// Questions counts the questions scored, DirectionOK those whose pooled
	// direction is the gold's, Understood those whose subject Kent read as
	// the gold's kind of entity.
	Questions, DirectionOK, Understood int
}

// Questions runs every question folder under dir: it processes the
// fixtures, briefs the question on them and scores strict recall of the
// gold assessments, the precision of what was pooled, the pooled direction
// and the series, per question and language. It returns the totals. When
// misses is not nil, each gold assessment Kent gets wrong is listed there
// with what is wrong.
func Questions(dir string, proc *pipeline.Processor, lex *lexicon.Set, w, misses io.Writer) (QuestionScore, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return QuestionScore{}, err
	}
	m, err := question.New(lex)
	if err != nil {
		return QuestionScore{}, err
	}
	var total QuestionScore
	fmt.Fprintf(w, "%-24s %-4s %4s %9s %6s %11s %6s %-16s %s\n", "question", "lang", "docs", "recall", "", "pooled E/n", "P", "direction", "series")
	for _, e := range entries {
		goldPath := filepath.Join(dir, e.Name(), "gold.yaml")
		if !e.IsDir() || !exists(goldPath) {
			continue
		}
		s, err := scoreQuestion(filepath.Join(dir, e.Name()), m, proc, lex.DefaultScale(), w, misses)
		if err != nil {
			return total, err
		}
		total.add(s)
		total.Questions++
		if s.Direction == s.GoldDirection {
			total.DirectionOK++
		}
		total.Understood += s.Understood
	}
	fmt.Fprintf(w, "total: %d questions, %d understood as the gold's kind of subject, %d with the gold's direction\n", total.Questions, total.Understood, total.DirectionOK)
	fmt.Fprintf(w, "total: strict recall %d/%d = %.3f; pooled precision %d/%d = %.3f (%d at other: assessments, %d at no gold cue); series %d/%d dated documents agree\n",
		total.Right, total.Gold, ratio(total.Right, total.Gold), total.PooledE, total.Pooled, ratio(total.PooledE, total.Pooled),
		total.PooledOther, total.NotGold, total.SeriesOK, total.SeriesN)
	return total, nil
}

func (s *QuestionScore) add(o QuestionScore) {
	s.Docs += o.Docs
	s.Gold += o.Gold
	s.Right += o.Right
	s.Pooled += o.Pooled
	s.PooledE += o.PooledE
	s.PooledOther += o.PooledOther
	s.NotGold += o.NotGold
	s.SeriesOK += o.SeriesOK
	s.SeriesN += o.SeriesN
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// scoreQuestion scores one question folder and prints its rows.
func scoreQuestion(dir string, m *question.Matcher, proc *pipeline.Processor, sc *kent.Scale, w, misses io.Writer) (QuestionScore, error) {
	g, err := ReadQuestionGold(filepath.Join(dir, "gold.yaml"))
	if err != nil {
		return QuestionScore{}, err
	}
	// A question Kent cannot read is scored all the same: Understood says so.
	q, _ := m.Understand(question.Question{Text: g.Question.Text})
	r := questionRun{dir: dir, id: g.Question.ID, q: q, m: m, proc: proc, sc: sc, misses: misses}
	byLang := map[string]*QuestionScore{}
	hitsByLang := map[string][]kent.JudgementHit{}
	var all []kent.JudgementHit
	var goldSeries []goldPoint
	var docs []scoredDoc
	for _, d := range g.Documents {
		s := byLang[d.Language]
		if s == nil {
			s = &QuestionScore{}
			byLang[d.Language] = s
		}
		sd, err := r.document(d, s)
		if err != nil {
			return QuestionScore{}, err
		}
		docs = append(docs, sd)
		all = append(all, sd.hits...)
		hitsByLang[d.Language] = append(hitsByLang[d.Language], sd.hits...)
		if p, ok := docDirection(d.Published, d.Assessments); ok {
			goldSeries = append(goldSeries, p)
		}
	}
	r.pooled(docs)
	total := r.languages(w, g, byLang, hitsByLang)
	o := m.Outlook(q, all, len(g.Documents), question.Options{Now: time.Now()})
	total.Direction, total.GoldDirection = orNone(o.Direction), g.Expected.Direction
	total.SeriesOK, total.SeriesN = seriesAgreement(o.Series, goldSeries, sc)
	if understoodKind(q, g) {
		total.Understood = 1
	}
	pooled := "no pooled value"
	if o.Pooled != nil {
		pooled = fmt.Sprintf("pooled %.3f %s, %d holders; gold %v", *o.Pooled, o.Band, o.Holders, g.Expected.Between)
	}
	printQuestionRow(w, g.Question.ID, "all", total, fmt.Sprintf("%d/%d  %s", total.SeriesOK, total.SeriesN, pooled))
	fmt.Fprintf(w, "    understood: %s\n    series: %s\n    gold series: %s\n", understood(m, q), seriesText(o.Series), g.Expected.Series)
	return total, nil
}

// understoodKind reports whether Kent read the question's subject as the
// gold's kind of entity (a country is a place, an alliance an organisation).
func understoodKind(q question.Question, g QuestionGold) bool {
	if q.Subject == nil {
		return false
	}
	return q.Subject.Kind == map[string]string{"country": "place", "alliance": "organisation"}[g.Question.Subject.Kind] ||
		q.Subject.Kind == g.Question.Subject.Kind
}

// questionRun is what scoring one question's documents needs.
type questionRun struct {
	dir, id string
	q       question.Question
	m       *question.Matcher
	proc    *pipeline.Processor
	sc      *kent.Scale
	misses  io.Writer
}

// scoredDoc is one fixture's judgements, with what scoring what was
// pooled from them needs.
type scoredDoc struct {
	d        QuestionDocument
	s        *QuestionScore
	hits     []kent.JudgementHit
	sentence func(kent.Judgement) string
}

// document processes one fixture, adds its strict recall to s, and returns
// its judgements.
func (r questionRun) document(d QuestionDocument, s *QuestionScore) (scoredDoc, error) {
	a, err := processFile(r.dir, d.File, r.proc)
	if err != nil {
		return scoredDoc{}, err
	}
	if t, ok := goldDate(d.Published); ok && a.Published.IsZero() {
		a.Published = t // the fixture's dateline, where the cleaner did not lift it
	}
	s.Docs++
	hits := a.JudgementHits()
	sents := a.SentenceSpans()
	sentence := func(j kent.Judgement) string {
		return kent.NormalizeText(sentenceOf(a, sents, j))
	}
	rels := r.m.Relevances(r.q, hits)
	for _, ga := range d.Assessments {
		s.Gold++
		if why := strictMatch(ga, a.Judgements, sentence, rels, r.sc, r.m.Conditional); why == "" {
			s.Right++
		} else if r.misses != nil {
			fmt.Fprintf(r.misses, "  miss %s/%s: %s «%s» — %s\n", r.id, d.File, orAuthor(ga.Source), ga.Cue, why)
		}
	}
	return scoredDoc{d: d, s: s, hits: hits, sentence: sentence}, nil
}

// pooled adds to each document's score what the outlook on all the
// question's judgements pools from it: the brief's own placements
// (question.Placements), not a reading of relevance beside them, so a
// judgement the brief sets aside (one opening another in its clause, one
// asked, one expected at another time, an expectation reported as past,
// a later figure not averaged in) is not counted as pooled.
func (r questionRun) pooled(docs []scoredDoc) {
	var all []kent.JudgementHit
	for _, sd := range docs {
		all = append(all, sd.hits...)
	}
	place := r.m.Placements(r.q, all, question.Options{Now: time.Now()})
	k := 0
	for _, sd := range docs {
		for _, h := range sd.hits {
			p := place[k]
			k++
			if p != question.Pooled {
				continue
			}
			sd.s.Pooled++
			switch ga, ok := goldAt(sd.d.Assessments, h.Judgement, sd.sentence); {
			case !ok:
				sd.s.NotGold++
				wrongPool(r.misses, r.id, sd.d.File, "no gold cue", h.Judgement, sd.sentence)
			case ga.aboutE():
				sd.s.PooledE++
			default:
				sd.s.PooledOther++
				wrongPool(r.misses, r.id, sd.d.File, "gold "+ga.About, h.Judgement, sd.sentence)
			}
		}
	}
}

// languages prints one row per language, in order, each with the outlook
// on that language's judgements, and returns their sum.
func (r questionRun) languages(w io.Writer, g QuestionGold, byLang map[string]*QuestionScore, hitsByLang map[string][]kent.JudgementHit) QuestionScore {
	var total QuestionScore
	langs := make([]string, 0, len(byLang))
	for l := range byLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		s := byLang[l]
		o := r.m.Outlook(r.q, hitsByLang[l], s.Docs, question.Options{Now: time.Now()})
		s.Direction, s.GoldDirection = orNone(o.Direction), g.Expected.Direction
		printQuestionRow(w, g.Question.ID, l, *s, "")
		total.add(*s)
	}
	return total
}

func printQuestionRow(w io.Writer, id, lang string, s QuestionScore, extra string) {
	mark := "ok"
	if s.Direction != s.GoldDirection {
		mark = "WRONG"
	}
	fmt.Fprintf(w, "%-24s %-4s %4d %4d/%-4d %.2f %5d/%-5d %.2f %-7s/%-7s %-5s %s\n", id, lang, s.Docs, s.Right, s.Gold, ratio(s.Right, s.Gold),
		s.PooledE, s.Pooled, ratio(s.PooledE, s.Pooled), s.Direction, s.GoldDirection, mark, extra)
}

// strictMatch returns "" when a judgement at the gold assessment's words
// has its holder, its band (or number's band, or stance) and the right
// answer to "is it about the question's event", else what is wrong.
func strictMatch(ga GoldAssessment, js []kent.Judgement, sentence func(kent.Judgement) string, rels []question.Relevance, sc *kent.Scale, conditional func(kent.Judgement) bool) string {
	band := ga.Band
	if band == "" && ga.Number != nil {
		band = sc.For(*ga.Number).Name()
	}
	gcue := kent.NormalizeText(ga.Cue)
	why := "no judgement at these words"
	for ji, j := range js {
		if !strings.Contains(sentence(j), gcue) || !strings.Contains(gcue, kent.NormalizeText(j.Cue)) {
			continue
		}
		if ga.Conditional || !conditional(j) {
			// A condition that things go on as they are is pooled as
			// said; and where the gold reads a condition too, the stance
			// under it is what its stance says ("Armenia will leave if
			// …": for), so Kent's condition is no other stance. (Whether
			// Kent sees every condition the gold reads is not scored
			// here.)
			j.Condition = ""
		}
		if why = judge(ga.Source, band, ga.Stance, ga.About, eventSide(j, rels[ji].About && rels[ji].Invert, sc), rels[ji].About); why == "" {
			return ""
		}
		if rels[ji].Apart != "" && strings.HasPrefix(why, "taken as about") {
			why += " (shown apart: " + rels[ji].Apart + ")"
		}
	}
	return why
}

func orAuthor(s *string) string {
	if s == nil {
		return "author"
	}
	return *s
}

// seriesAgreement counts the gold documents whose direction the outlook's
// series shows at their date (its latest point up to the end of that week).
func seriesAgreement(series []kent.Point, gold []goldPoint, sc *kent.Scale) (ok, n int) {
	for _, g := range gold {
		n++
		var at *kent.Point
		for i := range series {
			if !series[i].Date.After(g.date) {
				at = &series[i]
			}
		}
		if at == nil {
			continue
		}
		switch sc.For(at.P).Side() {
		case 1:
			if g.dir == "for" {
				ok++
			}
		case -1:
			if g.dir == "against" {
				ok++
			}
		}
	}
	return ok, n
}

func seriesText(ps []kent.Point) string {
	var b []string
	for _, p := range ps {
		b = append(b, fmt.Sprintf("%s %.2f (%d)", p.Date.Format("2006-01-02"), p.P, p.Holders))
	}
	if len(b) == 0 {
		return "—"
	}
	return strings.Join(b, ", ")
}

// understood says what Kent read the question as.
func understood(m *question.Matcher, q question.Question) string {
	return m.Frame(q).Summary
}

// wrongPool lists, with --misses, a judgement pooled where the gold has no
// assessment on the question's event: what it said and in which sentence.
func wrongPool(misses io.Writer, id, file, why string, j kent.Judgement, sentence func(kent.Judgement) string) {
	if misses == nil {
		return
	}
	fmt.Fprintf(misses, "  pooled %s/%s: «%s» (%s) — %s; in: %s\n", id, file, j.Cue, j.Band, why, sentence(j))
}

// eventSide is a judgement as it bears on its proposition's event, the way
// the gold gives bands: "wird der EU nicht beitreten", a categorical
// forecast of a negative clause, is almost no chance of joining; so is a
// judgement relevance reads turned round (invert: "will stay out", a
// rival's clear favourite status), the way Kent pools it.
func eventSide(j kent.Judgement, invert bool, sc *kent.Scale) kent.Judgement {
	if j.Proposition.Negated == invert || j.Band == "" {
		return j
	}
	b, ok := sc.Band(j.Band)
	if !ok {
		return j
	}
	m := b.Mirror()
	j.Band, j.Value = m.Name(), 1-j.Value
	return j
}
