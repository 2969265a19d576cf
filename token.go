package kent

// Token is a word or a punctuation mark of an article's text, as package
// tokens splits it: the one word layer attrib, estimate and names read.
type Token struct {
	Start, End int    // byte offsets into Article.Text
	Text       string // as printed
	Low        string // Text in lower case
	Word       bool   // letters and digits ("U.S.", "Wit-Rusland", "SEB:s"), not punctuation
	Sentence   int    // index among the article's sentences (Article.SentenceSpans)
	Paragraph  int    // index into Article.Paragraphs
}
