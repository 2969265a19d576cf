// Package pipeline runs Kent's stages over files: ingest (format readers),
// clean (which asks lang for languages), segment, attrib (quotes), estimate
// (judgements), names (mentions), then the store. Files are
// read and processed by a pool of workers while a single writer stores
// articles in batches; bounded channels between them give back-pressure, so
// memory stays flat however large the pile of news is.
package pipeline

import (
	"cmp"
	"context"
	"io"
	"log/slog"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/attrib"
	"github.com/kentnews/kent/clean"
	"github.com/kentnews/kent/estimate"
	"github.com/kentnews/kent/ingest"
	"github.com/kentnews/kent/lang"
	"github.com/kentnews/kent/lexicon"
	"github.com/kentnews/kent/names"
	"github.com/kentnews/kent/question"
	"github.com/kentnews/kent/segment"
	"github.com/kentnews/kent/story"
	"github.com/kentnews/kent/tokens"
)

// Processor turns what a reader found into a cleaned, segmented article.
type Processor struct {
	Cleaner   *clean.Cleaner
	Segmenter *segment.Segmenter
	Quotes    *attrib.Extractor
	Estimates *estimate.Extractor
	Names     *names.Finder
	// Questions keys each judgement (question.Matcher.Keys) so that a
	// brief reads only the judgements that can bear on its question.
	Questions *question.Matcher
	// Limits bound one article (text, paragraphs, sentences, quotes,
	// judgements); zero fields take ingest.DefaultLimits.
	Limits ingest.Limits
}

// NewProcessor builds the cleaning and segmentation stages for the given
// languages (lang.DefaultCodes if none), with the language detector in Fast
// mode.
func NewProcessor(codes ...string) (*Processor, error) { return NewProcessorMode(lang.Fast, codes...) }

// NewProcessorMode is NewProcessor with a chosen language detection mode.
func NewProcessorMode(mode lang.Mode, codes ...string) (*Processor, error) {
	lex, err := lexicon.Default()
	if err != nil {
		return nil, err
	}
	det, err := lang.NewMode(mode, codes...)
	if err != nil {
		return nil, err
	}
	finder, err := names.NewFinder(lex)
	if err != nil {
		return nil, err
	}
	qm, err := question.New(lex)
	if err != nil {
		return nil, err
	}
	quotes, err := attrib.New(lex)
	if err != nil {
		return nil, err
	}
	return &Processor{Cleaner: clean.New(lex, det), Segmenter: segment.New(lex), Quotes: quotes, Estimates: estimate.New(lex), Names: finder, Questions: qm}, nil
}

// Process cleans and segments one document. It returns EINVALID if nothing
// of the article is left after cleaning. What a bound cut is in the
// article's Warnings.
func (p *Processor) Process(d ingest.Doc) (*kent.Article, error) {
	a, _, err := p.ProcessBounded(d)
	return a, err
}

// ProcessBounded is Process that also returns what the bounds cut, one
// line each naming the source and the bound.
func (p *Processor) ProcessBounded(d ingest.Doc) (*kent.Article, []string, error) {
	a, warn, _, err := p.processUnless(d, nil)
	return a, warn, err
}

// processUnless is ProcessBounded that stops once the article's identity
// is known when stored says the article is stored already: the store would
// keep what it has, so segmenting and analysing it again would be wasted.
// Such an article comes back with its identity, source and format only,
// and known set.
func (p *Processor) processUnless(d ingest.Doc, stored func(id string) bool) (_ *kent.Article, _ []string, known bool, _ error) {
	lim := p.Limits.OrDefault()
	capText(&d, lim)
	res := p.Cleaner.Clean(clean.Input{
		Text: d.Text, Blocks: d.Blocks, Title: d.Title, Outlet: d.Outlet,
		Author: d.Author, Published: d.Published, Language: d.Language,
	})
	a := &kent.Article{
		Source: d.Source, Format: d.Format, URL: d.URL, Title: res.Title, Outlet: res.Outlet,
		Author: res.Author, Published: res.Published, Language: res.Language, Blocks: res.Blocks,
	}
	var sb strings.Builder
	size := 0
	for _, b := range res.Blocks {
		if b.Kind == kent.BlockBody {
			size += len(b.Text) + 2
		}
	}
	sb.Grow(size) // the text in one allocation, not one per doubling
	for _, b := range res.Blocks {
		if b.Kind != kent.BlockBody {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		start := sb.Len()
		sb.WriteString(b.Text)
		for _, sp := range splitParagraph(sb.String(), kent.Span{Start: start, End: sb.Len()}, lim.Paragraph) {
			a.Paragraphs = append(a.Paragraphs, kent.Paragraph{Span: sp, Language: b.Language})
		}
	}
	a.Text = sb.String()
	if strings.TrimSpace(a.Text) == "" {
		return nil, d.Warnings, false, kent.Errorf(kent.EINVALID, "%s: no article text left after cleaning", d.Source)
	}
	// The identity is set on the article only once the stages are done,
	// as it always was.
	var id, hash string
	if stored != nil {
		id, hash = kent.ArticleIdentity(a.Outlet, a.Text)
		if stored(id) {
			return &kent.Article{ID: id, TextHash: hash, Source: d.Source, Format: d.Format}, d.Warnings, true, nil
		}
	}
	for i := range a.Paragraphs {
		para := &a.Paragraphs[i]
		code := para.Language
		if code == "" {
			code = a.Language
		}
		para.Sentences = splitSentences(a.Text, p.Segmenter.Sentences(a.Text, para.Span, code), lim.SentenceWords)
	}
	// One token pass for every stage that reads words; the tokens are not
	// stored, so they go once the stages are done.
	tb := tokenBufs.Get().(*[]kent.Token)
	a.Tokens = tokens.AppendArticle((*tb)[:0], a)
	a.Quotes, a.Warnings = p.Quotes.Extract(a)
	a.Judgements = p.Estimates.Extract(a, a.Quotes)
	a.Mentions = p.Names.Find(a)
	if toks := a.Tokens; cap(toks) <= maxPooledTokens {
		// No stage keeps a token: the array serves the next article.
		clear(toks)
		*tb = toks[:0]
		tokenBufs.Put(tb)
	}
	a.Tokens = nil
	names.KeySpeakers(a)
	if p.Questions != nil {
		for i := range a.Judgements {
			a.Judgements[i].Keys = p.Questions.Keys(a.Judgements[i])
		}
	}
	if id == "" {
		id, hash = kent.ArticleIdentity(a.Outlet, a.Text)
	}
	a.ID, a.TextHash = id, hash
	warn := append(d.Warnings, capFindings(a, lim)...)
	a.Warnings = append(a.Warnings, warn...)
	return a, warn, false, a.Validate()
}

// tokenBufs holds token arrays for processUnless: an article's tokens
// were the largest allocation of its analysis.
var tokenBufs = sync.Pool{New: func() any { return new([]kent.Token) }}

// maxPooledTokens bounds the arrays tokenBufs keeps (about 100 bytes a
// token).
const maxPooledTokens = 1 << 15

// Report says what an ingest run did.
type Report struct {
	Files    int     `json:"files"`
	Articles int     `json:"articles"` // articles read and cleaned
	New      int     `json:"new"`      // stored for the first time
	Existing int     `json:"existing"` // already in the store
	Errors   []error `json:"-"`
	// Warnings say what a bound cut from an article that was still stored.
	Warnings []string `json:"warnings,omitempty"`
	// Interrupted is set when the run was cancelled (Ctrl-C): what was
	// read by then is stored, the rest is not read.
	Interrupted bool `json:"interrupted,omitempty"`
	// IDs are the articles read in this run, new or already stored.
	IDs []string `json:"-"`
}

// defaultBatch is the most articles one write transaction stores. Every
// article adds rows at scattered places in the key and name indexes, and a
// commit writes each page it changed to the WAL once whatever the number of
// rows on it: 2,000 articles in batches of 50 wrote 217 MB, in batches of
// 500 110 MB, and the writer took a fifth less CPU (BenchmarkStore). The
// writer still commits at least once a second, so at ingest's pace a batch
// rarely fills and a run that dies loses about a second of work, as before.
const defaultBatch = 500

// handOver is how many processed articles may wait for the writer: a
// full batch, so the workers go on analysing while the writer commits one.
// With room for 50 they waited for it: a batch of 500 takes the writer
// about 0.4 CPU-s, in which two workers analyse about 250 articles, and in
// BenchmarkIngest (3,000 articles) the workers stood blocked for 2.8 s in
// all, against 13 ms with room for 400. Memory stays bounded by two
// batches of processed articles (peak RSS 275 and 261 MB in those runs).
const handOver = defaultBatch

// Runner ingests files into a store.
type Runner struct {
	Proc    *Processor
	Store   kent.ArticleStore
	Workers int
	// BatchSize is the most articles one write transaction stores (default
	// defaultBatch); pending articles are also written at least once a
	// second, so a run that dies loses little.
	BatchSize int
	// Progress, if set, is called after each file with the bytes done so
	// far and the total.
	Progress func(done, total int64)
	// Stdin is read for the path "-".
	Stdin io.Reader
	Log   *slog.Logger
	// Reanalyse runs every stage on articles the store has already, as
	// before stores could tell; they are still not stored again. By
	// default an article whose identity (outlet and cleaned text) is
	// stored is only cleaned, then counted as Existing.
	Reanalyse bool
	// InFlightText bounds the article text (bytes) processed and not yet
	// stored (default inFlightText).
	InFlightText int
	// Stories, if set, assigns stories to the articles stored, once at the
	// end of the run so they do not depend on the workers' timing, and
	// they are listed without re-clustering the store. A failure there
	// is logged and left to the next run: the articles are stored.
	Stories *story.Keeper
}

// Run ingests every file under paths (folders recursively; "-" is stdin).
// A file that cannot be read is reported in Report.Errors and the rest of
// the batch goes on; the returned error is for failures of the store itself.
// When ctx is cancelled, the articles read so far are still stored and the
// report says Interrupted.
func (r *Runner) Run(ctx context.Context, paths []string) (Report, error) {
	var rep Report
	files, total, errs := r.list(paths)
	rep.Errors = append(rep.Errors, errs...)
	rep.Files = len(files)
	workers := r.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batch := r.BatchSize
	if batch <= 0 {
		batch = defaultBatch
	}
	log := r.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}

	// work stops the readers on Ctrl-C or a store failure; the writer
	// still stores what reached it.
	work, stop := context.WithCancel(ctx)
	defer stop()
	fileCh := make(chan file)
	artCh := make(chan result, min(batch, handOver))
	budget := newTextBudget(cmp.Or(r.InFlightText, inFlightText))
	stored := r.storedCheck(work)
	var mu sync.Mutex // guards rep.Errors and rep.Warnings while workers run
	report := func(errs []error, warns []string) {
		mu.Lock()
		defer mu.Unlock()
		for _, e := range errs {
			log.Debug("skipped", "error", e.Error())
		}
		rep.Errors = append(rep.Errors, errs...)
		rep.Warnings = append(rep.Warnings, warns...)
	}
	var done atomic.Int64

	go func() {
		defer close(fileCh)
		for _, f := range files {
			select {
			case fileCh <- f:
			case <-work.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range fileCh {
				r.processFile(work, f.path, stored, report, func(res result) {
					res.cost = budget.share(len(res.a.Text))
					if !budget.take(work, res.cost) {
						return
					}
					select {
					case artCh <- res:
					case <-work.Done():
						budget.give(res.cost)
					}
				})
				if r.Progress != nil {
					r.Progress(done.Add(f.size), total)
				}
			}
		}()
	}
	finished := make(chan struct{})
	go func() { wg.Wait(); close(artCh); close(finished) }()

	w := &writer{store: r.Store, ctx: context.WithoutCancel(ctx), batch: batch, stop: stop, rep: &rep, seen: map[string]bool{}, budget: budget}
	w.run(artCh, ctx.Done())
	// Stories are assigned after the writes, not beside them; Ctrl-C
	// stops this too and leaves them to the next run.
	if r.Stories != nil && ctx.Err() == nil {
		if err := assignStories(ctx, r.Stories); err != nil {
			log.Warn("stories not assigned; the next run or `kent stories` assigns them", "error", err.Error())
		}
	}
	// A reader blocked on a pipe with no writer cannot be interrupted:
	// after Ctrl-C it gets a moment to stop, not the power to hang the run.
	select {
	case <-finished:
	case <-time.After(2 * time.Second):
	}
	mu.Lock()
	defer mu.Unlock()
	out := rep
	out.Errors, out.Warnings = slices.Clone(rep.Errors), slices.Clone(rep.Warnings)
	out.Interrupted = ctx.Err() != nil
	return out, w.err
}

// result is what a worker hands the writer: a processed article, or only
// the identity of one the store has already (known).
type result struct {
	a     *kent.Article
	known bool
	cost  int // the bytes of the in-flight budget it holds
}

// storedChecker is a store that can say cheaply whether an article is in
// it (sqlite.Store).
type storedChecker interface {
	Stored(ctx context.Context, id string) (bool, error)
}

// storedCheck returns what tells the workers that an article is stored
// already, or taken by another worker in this run (a copy of a file, a
// syndicated text met twice in one outlet's feed), so they skip its
// analysis; nil when Reanalyse is set. A failed look-up counts as not
// stored: the article is analysed and the writer leaves the stored copy as
// it is.
func (r *Runner) storedCheck(ctx context.Context) func(id string) bool {
	if r.Reanalyse {
		return nil
	}
	c, _ := r.Store.(storedChecker)
	if n, err := r.Store.Count(ctx); err == nil && n == 0 {
		// A new store: only this run's copies can be known, and asking
		// would cost about 2 % of the run.
		c = nil
	}
	var taken sync.Map
	return func(id string) bool {
		if _, dup := taken.LoadOrStore(id, true); dup {
			return true
		}
		if c == nil {
			return false
		}
		ok, err := c.Stored(ctx, id)
		return err == nil && ok
	}
}

// processFile reads one file as a stream and hands each article to emit as
// soon as it is processed; errors and bound warnings go to report.
func (r *Runner) processFile(ctx context.Context, path string, stored func(string) bool, report func([]error, []string), emit func(result)) {
	name := path
	// A bug in one stage must cost one file, not the batch: report it like
	// any other failure, naming the file.
	defer func() {
		if p := recover(); p != nil {
			report([]error{kent.Errorf(kent.EINTERNAL, "%s: internal error, please report: %v", name, p)}, nil)
		}
	}()
	in, name, err := r.open(path)
	if err != nil {
		report([]error{err}, nil)
		return
	}
	defer in.Close()
	lim := r.Proc.Limits.OrDefault()
	errs := ingest.Stream(name, ctxReader{ctx, in}, lim, func(d ingest.Doc) {
		if ctx.Err() != nil {
			return
		}
		res, warn, err := r.process(d, stored)
		report(nil, warn)
		if err != nil {
			report([]error{err}, nil)
			return
		}
		emit(res)
	})
	if ctx.Err() != nil {
		return // interrupted: the reader's error says only that
	}
	report(errs, nil)
}

// process runs the stages on one document; a panic costs that document.
func (r *Runner) process(d ingest.Doc, stored func(string) bool) (res result, warn []string, err error) {
	defer func() {
		if p := recover(); p != nil {
			res, err = result{}, kent.Errorf(kent.EINTERNAL, "%s: internal error, please report: %v", d.Source, p)
		}
	}()
	res.a, warn, res.known, err = r.Proc.processUnless(d, stored)
	return res, warn, err
}

// ctxReader stops reading when the run is cancelled.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}
