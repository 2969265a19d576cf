package attrib

// IsComplementizer reports whether word (lower case) introduces reported
// speech in language lang: "that", "dass", "że". Evaluations use it to mark
// content as attribution corpora do, the complementizer included.
func (e *Extractor) IsComplementizer(lang, word string) bool {
	return e.rulesFor(lang).complementizers[word]
}
