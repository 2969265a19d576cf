// Package clean removes site chrome from article text that a scraper already
// extracted: breadcrumbs, navigation and comment-form lines, sharing and
// app-store lines, publisher imprints in another language, photo credits,
// repeated paragraphs, and a title glued onto the last line. It also lifts
// the title, date line, outlet line and byline out of the body.
//
// Signals that hold in every language come first: position (head, body,
// tail), repetition, line shape, copyright, registry, address and e-mail
// patterns, and a paragraph's language differing from the article's. Phrase
// lists are data (package lexicon) and are only trusted when a phrase covers
// much of a short block or two phrases agree, because dropping a real
// paragraph is worse than keeping a footer line.
//
// Every block keeps its place and the reason it was dropped, so `kent show`
// can print the article as the cleaner saw it.
package clean

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/lang"
	"github.com/kentnews/kent/lexicon"
)

// Input is one article's text and whatever metadata the reader already knows.
type Input struct {
	// Text is raw text; each line is a block unless lines are hard-wrapped.
	Text string
	// Blocks, when set, are paragraphs an HTML extractor already separated;
	// Text is then ignored.
	Blocks    []string
	Title     string
	Outlet    string
	Author    string
	Published time.Time
	// Language, if one of the detector's languages, is trusted instead of
	// detected (a JSONL export or <html lang> that says so).
	Language string
}

// Result is the cleaned article: every block with its verdict, plus metadata
// read from the text.
type Result struct {
	Blocks    []kent.Block
	Title     string
	Outlet    string
	Author    string
	Published time.Time
	Language  string
}

// Cleaner cleans articles. It is safe for concurrent use.
type Cleaner struct {
	det     *lang.Detector
	phrases map[string][]string // chrome phrases of every language, lower case, by first word
	credits []string
	// creditSet holds the one-word credits (agencies: dpa, pap, tass).
	creditSet map[string]bool
	legal     []string
	months    map[string]bool
	// timeWords may stand beside a dateline's date: am, gmt, msk.
	timeWords map[string]bool
	codes     map[string]bool
	// function maps a function word to the languages it belongs to.
	function map[string][]string
	// langLetters holds each language's own non-ASCII letters.
	langLetters map[string]string
	// furn holds link labels, counter words, live badges and dateline words.
	furn furniture
	// Now anchors partial dates; tests set it.
	Now func() time.Time
}

// New returns a cleaner that reads its phrase lists from lex and asks det for
// languages.
func New(lex *lexicon.Set, det *lang.Detector) *Cleaner {
	c := &Cleaner{det: det, phrases: map[string][]string{}, months: map[string]bool{}, timeWords: map[string]bool{}, codes: map[string]bool{}, langLetters: map[string]string{}, function: map[string][]string{}, Now: time.Now}
	c.creditSet = map[string]bool{}
	c.furn = furniture{linkLabels: map[string][]string{}, counters: map[string]bool{}, dateline: map[string]bool{}}
	c.addLanguage(lex.All())
	for _, code := range lex.Codes() {
		c.addLanguage(lex.Get(code))
		c.langLetters[code] = lex.Get(code).Letters
		for _, w := range lex.Get(code).FunctionWords {
			c.function[w] = append(c.function[w], code)
		}
	}
	for _, code := range det.Codes() {
		c.codes[code] = true
	}
	// Longer phrases first so coverage counts the most specific match.
	for _, ps := range c.phrases {
		sort.Slice(ps, func(i, j int) bool { return len(ps[i]) > len(ps[j]) })
	}
	c.furn.sort()
	return c
}

// addLanguage adds one language's chrome phrases, credits, legal forms,
// months and time words to the cleaner's.
func (c *Cleaner) addLanguage(l *lexicon.Language) {
	c.furn.add(l.Cleaning)
	// Reading widgets ("5 min read", "Lesezeit: 3 Min.") are matched like
	// chrome phrases.
	for _, p := range append(slices.Clip(l.Chrome), l.Cleaning.Widgets...) {
		first, _, _ := strings.Cut(p, " ")
		c.phrases[first] = append(c.phrases[first], p)
	}
	for _, w := range l.Credits {
		c.credits = append(c.credits, strings.ToLower(w))
		if !strings.ContainsAny(w, " :.") {
			c.creditSet[strings.ToLower(w)] = true
		}
	}
	c.legal = append(c.legal, l.LegalForms...)
	for _, m := range l.Months {
		c.months[m] = true
	}
	for _, w := range l.TimeWords {
		c.timeWords[w] = true
	}
}

// block is a working copy of one block with the features rules look at.
type block struct {
	text     string
	kind     kent.BlockKind
	reason   string
	lang     string
	conf     float64
	norm     string
	words    int
	sentence bool // ends like a sentence and has a few words
}

// Clean runs every rule over one article.
func (c *Cleaner) Clean(in Input) Result {
	bs := c.cutLinkSets(splitBreadcrumbs(rawBlocks(in)))
	res := Result{Title: strings.TrimSpace(in.Title), Outlet: in.Outlet, Author: in.Author, Published: in.Published}
	res.Language = c.articleLanguage(bs, in.Language)

	c.markTitle(bs, &res)
	c.markRepeats(bs, res.Title)
	bs = c.splitGluedTitle(bs, res.Title)
	c.markChrome(bs)
	structured := in.Blocks != nil
	c.markMeta(bs, &res, structured)
	c.markLanguages(bs, res.Language)
	if !structured {
		// An HTML extractor has already cut the page down to the article;
		// what follows its last sentence there ("Reporting by …; Editing
		// by …") is the article's own.
		c.markTail(bs, &res)
	}

	for _, b := range bs {
		res.Blocks = append(res.Blocks, kent.Block{Text: b.text, Kind: b.kind, Reason: b.reason, Language: b.lang})
	}
	return res
}

// rawBlocks is the article's blocks as the extractor gave them, or its text
// split into blocks.
func rawBlocks(in Input) []string {
	if in.Blocks == nil {
		return SplitBlocks(in.Text)
	}
	var raw []string
	for _, b := range in.Blocks {
		if t := tidy(b); t != "" {
			raw = append(raw, t)
		}
	}
	return raw
}

// splitBreadcrumbs makes working blocks of raw ones, with breadcrumbs set
// apart: they sit at the very top, sometimes glued to the title.
func splitBreadcrumbs(raw []string) []*block {
	var bs []*block
	for i, t := range raw {
		if i < 3 {
			if crumbs, rest, ok := splitBreadcrumb(t); ok {
				if len(strings.Fields(rest)) <= 3 && !endsSentence(rest) {
					// "Startseite › Politik › Ausland": the last crumb has
					// no separator after it but is a crumb all the same.
					crumbs, rest = t, ""
				}
				bs = append(bs, &block{text: crumbs, kind: kent.BlockDrop, reason: "breadcrumb navigation"})
				if rest == "" {
					continue
				}
				t = rest
			}
		}
		bs = append(bs, newBlock(t))
	}
	return bs
}

func newBlock(t string) *block {
	b := &block{text: t, kind: kent.BlockBody, norm: kent.NormalizeText(t)}
	// NormalizeText leaves words joined by single spaces, no space at
	// either end: counting the spaces counts its fields, without them.
	if b.norm != "" {
		b.words = strings.Count(b.norm, " ") + 1
	}
	b.sentence = b.words >= 3 && endsSentence(t)
	return b
}
