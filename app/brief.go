package app

import (
	"context"
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
	hits, err := s.candidates(ctx, m, q, jq)
	if err != nil {
		return res, err
	}
	res.Outlook = m.Outlook(q, hits, articles, question.Options{Extremize: req.Extremize, Window: req.Window, VoiceAge: req.VoiceAge})
	return res, nil
}

// candidates reads the judgements of jq that can bear on q: the store finds
// those with the question's keys (its subject, its event concepts) and the
// rest of their articles, since nothing in an article that bears on the
// question vanishes from the brief (it is set aside). Judgements in other
// articles could neither be pooled nor set aside, so they are never decoded.
func (s *Service) candidates(ctx context.Context, m *question.Matcher, q question.Question, jq kent.JudgementQuery) ([]kent.JudgementHit, error) {
	jq.Keys = m.QueryKeys(q)
	hits, _, err := s.Store.Judgements(ctx, jq)
	return hits, err
}
