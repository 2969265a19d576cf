package kent

// Token is a word or a punctuation mark of an article's text, as package
// tokens splits it: the one word layer attrib, estimate and names read.
type Token struct {
	Start, End int    // byte offsets into Article.Text
	Text       string // as printed
	Low        string // Text in lower case
	Word       bool   // letters and digits ("U.S.", "Wit-Rusland", "SEB:s"), not punctuation
	// Key is tokens.Key(Low), set where package tokens makes the token,
	// so that phrase lookups do not hash the word again for every phrase
	// list they try; 0 when not set (a token built by hand), and whoever
	// changes Low sets it again or to 0.
	Key       uint32
	Sentence  int // index among the article's sentences (Article.SentenceSpans)
	Paragraph int // index into Article.Paragraphs
}
