package kent

// Mention is a name in an article's text: a person, an organisation or a
// place, with the key that makes its spellings one entity. Created by
// package names.
type Mention struct {
	Text string `json:"text"`
	Span Span   `json:"span"`
	Kind string `json:"kind"` // person, organisation, place
	// Key identifies the entity across articles, languages and scripts:
	// "place:BY", "person:a lukashenko", "org:institute for the study of war".
	Key string `json:"key"`
	// Name is the entity's fullest form in this article ("Vytis Jurkonis"
	// for a mention "Yurkonis").
	Name string `json:"name"`
}
