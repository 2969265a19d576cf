package app

import (
	"cmp"
	"context"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/pipeline"
	"github.com/kentnews/kent/question"
)

// BriefRequest asks for an outlook on a question.
type BriefRequest struct {
	// Question is asked in any language; places and concepts left empty
	// are derived from its text.
	Question question.Question
	// Paths, if any, are ingested first and only their articles briefed;
	// with none the whole store is.
	Paths    []string
	Progress func(done, total int64) // of the ingest, if set
	// Since and Until bound the articles' publication time; zero is open.
	Since, Until time.Time
	// Extremize is the factor on the pooled mean log-odds (1 or 0: none).
	Extremize float64
	// Window is "day" or "week" (the default): one voice per holder in it.
	Window string
	// VoiceAge is how long a holder's voice counts in the series after it
	// was heard: 0 is question.DefaultVoiceAge, negative never ages out.
	VoiceAge time.Duration
	// HalfLife is how fast an older voice fades: 0 is
	// question.DefaultHalfLife, negative never fades.
	HalfLife time.Duration
}

// BriefResult is the outlook and, when paths were given, what reading them
// did.
type BriefResult struct {
	Outlook kent.Outlook
	// Ingest is set when the request had paths, also when the error says
	// that none of them could be read, so the caller can report why.
	Ingest *pipeline.Report
}

// Brief answers a question from the judgements Kent has read: it resolves
// the question, ingests the request's paths if any, reads the judgements
// that fall in the period and pools those that bear on the question.
func (s *Service) Brief(ctx context.Context, req BriefRequest) (BriefResult, error) {
	var res BriefResult
	lex, err := lexicon.Default()
	if err != nil {
		return res, err
	}
	m, err := question.New(lex)
	if err != nil {
		return res, err
	}
	// Understand reads the question's frame (subject, event family, object,
	// polarity, time) and says what it lacks when it cannot.
	q, err := m.Understand(req.Question)
	if err != nil {
		return res, err
	}
	jq := kent.JudgementQuery{Since: req.Since, Until: req.Until}
	var articles int
	if len(req.Paths) > 0 {
		rep, err := s.Ingest(ctx, IngestRequest{Paths: req.Paths, Progress: req.Progress})
		if err != nil {
			return res, err
		}
		res.Ingest = &rep
		jq.ArticleIDs = rep.IDs
		articles = len(kent.Unique(rep.IDs))
		if articles == 0 {
			return res, kent.Errorf(kent.EINVALID, "no article could be read from %s", strings.Join(req.Paths, ", "))
		}
	} else if articles, err = s.Store.Count(ctx); err != nil {
		return res, err
	}
	// The judgements on the event alone are decided while the subject's
	// are read (candidates); the outlook takes those decisions.
	decided := m.Decided(q)
	hits, err := s.candidates(ctx, m, q, jq, decided)
	if err != nil {
		return res, err
	}
	res.Outlook = m.Outlook(q, hits, articles, question.Options{Extremize: req.Extremize, Window: req.Window, VoiceAge: req.VoiceAge, HalfLife: req.HalfLife, Decided: decided})
	return res, nil
}

// candidates reads the judgements of jq that can bear on q. Only a
// judgement that has one of the question's keys (its subject, its event
// concepts) can be pooled or set aside with a reason; the rest of an
// article is set aside too when one of its judgements bears on the
// question, since nothing in such an article vanishes from the brief. So
// the articles that name the subject are read whole; of the others, only
// the judgements on the question's event, and the whole article only when
// one of those bears on the question after all (its title names the
// subject, or the parse finds it). Judgements in other articles could
// neither be pooled nor set aside, so they are never decoded. The
// decisions on the event's judgements are remembered in d.
func (s *Service) candidates(ctx context.Context, m *question.Matcher, q question.Question, jq kent.JudgementQuery, d *question.Decided) ([]kent.JudgementHit, error) {
	keys := m.QueryKeys(q)
	subject, event := splitKeys(keys)
	if len(subject) == 0 || len(event) == 0 {
		jq.Keys = keys
		hits, _, err := s.Store.Judgements(ctx, jq)
		return hits, err
	}
	// The judgements on the event alone are read first and decided on the
	// other core while the subject's articles are read: a brief over a
	// large store spent a tenth of its time waiting for one, then the other.
	alone := jq
	alone.Keys, alone.OwnKeys, alone.ExceptKeys = event, true, subject
	others, _, err := s.Store.Judgements(ctx, alone)
	if err != nil {
		return nil, err
	}
	decided := make(chan []question.Relevance, 1)
	go func() { decided <- m.RelevancesWith(q, others, d) }()
	whole := jq
	whole.Keys = subject
	hits, _, err := s.Store.Judgements(ctx, whole)
	rel := <-decided
	if err != nil || len(others) == 0 {
		return hits, err
	}
	in := map[string]bool{}
	for _, h := range hits {
		in[h.ArticleID] = true
	}
	expand := map[string]bool{}
	for i, r := range rel {
		// An article in both readings (judgements never keyed beside
		// keyed ones) is read whole too, so its order is the store's.
		if r.About || in[others[i].ArticleID] {
			expand[others[i].ArticleID] = true
		}
	}
	if len(expand) > 0 {
		kept := others[:0]
		for _, h := range others {
			if !expand[h.ArticleID] {
				kept = append(kept, h)
			}
		}
		hits = slices.DeleteFunc(hits, func(h kent.JudgementHit) bool { return expand[h.ArticleID] })
		read := jq
		read.ArticleIDs = slices.Sorted(maps.Keys(expand))
		more, _, err := s.Store.Judgements(ctx, read)
		if err != nil {
			return nil, err
		}
		others = append(kept, more...)
		slices.SortStableFunc(others, storeOrder)
	}
	return mergeHits(hits, others), nil
}

// storeOrder is the order of a store's listing, by article: publication
// time (none last), then article id. Hits of one article keep their order.
func storeOrder(a, b kent.JudgementHit) int {
	if a.Published.IsZero() != b.Published.IsZero() {
		if a.Published.IsZero() {
			return 1
		}
		return -1
	}
	return cmp.Or(a.Published.Compare(b.Published), strings.Compare(a.ArticleID, b.ArticleID))
}

// mergeHits merges two listings in store order that share no article.
func mergeHits(a, b []kent.JudgementHit) []kent.JudgementHit {
	out := make([]kent.JudgementHit, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if storeOrder(b[0], a[0]) < 0 {
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	return append(append(out, a...), b...)
}

// splitKeys separates a question's query keys into its subject's (places,
// organisations, people) and its event's ("e:" keys).
func splitKeys(keys []string) (subject, event []string) {
	for _, k := range keys {
		if strings.HasPrefix(k, "e:") {
			event = append(event, k)
		} else {
			subject = append(subject, k)
		}
	}
	return subject, event
}
