package storetest

import (
	"fmt"
	"time"

	"github.com/kentnews/kent"
	"github.com/kentnews/kent/names"
)

// day is a publication time at noon UTC.
func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC) }

// article builds a valid article of one paragraph and one sentence, with a
// dropped chrome block, as the pipeline would hand it to a store.
func article(outlet, lang, title, text string, published time.Time) *kent.Article {
	return &kent.Article{
		ID: kent.ArticleID(outlet, text), TextHash: kent.TextHash(text), Source: outlet + ".txt", Format: kent.FormatText,
		Outlet: outlet, Language: lang, Title: title, Text: text, Published: published,
		Paragraphs: []kent.Paragraph{{Span: kent.Span{End: len(text)}, Language: lang, Sentences: []kent.Sentence{{Span: kent.Span{End: len(text)}}}}},
		Blocks:     []kent.Block{{Text: text, Kind: kent.BlockBody, Language: lang}, {Text: "This site uses Akismet to reduce spam.", Kind: kent.BlockDrop, Reason: "site chrome"}},
		Warnings:   []string{},
	}
}

// speaker is a person as attrib finds them, keyed as the names stage keys
// them.
func speaker(name, mention string) *kent.Speaker {
	return &kent.Speaker{Name: name, Kind: kent.SpeakerPerson, Mention: mention, Key: names.SpeakerKey(name)}
}

// quote is a quote of the whole text by sp (nil: unattributed).
func quote(a *kent.Article, sp *kent.Speaker) kent.Quote {
	return kent.Quote{Text: a.Text, Span: kent.Span{End: len(a.Text)}, Kind: kent.QuoteDirect, Speaker: sp, Cue: "said", Language: a.Language}
}

// judgement is a judgement of the whole text held by holder (nil: the
// article's own voice).
func judgement(a *kent.Article, cue, band string, value float64, holder *kent.Speaker) kent.Judgement {
	return kent.Judgement{Cue: cue, Language: a.Language, Words: a.Text, Band: band, Value: value, Low: value - 0.1, High: value + 0.1,
		Scale: "icd203", Holder: holder, Proposition: kent.Proposition{Text: a.Text, Span: kent.Span{End: len(a.Text)}, Events: []string{"enter"}}}
}

// mention is a name the article prints, keyed like package names keys it.
func mention(kind, key, text, name string) kent.Mention {
	return kent.Mention{Text: text, Kind: kind, Key: key, Name: name}
}

// corpus is the suite's shared fixture: five articles in four languages,
// one of them a copy of another under a second outlet, one undated.
type corpus struct {
	sv, lt, ltCopy, en, ru *kent.Article
}

func (c corpus) all() []*kent.Article { return []*kent.Article{c.sv, c.lt, c.ltCopy, c.en, c.ru} }

func newCorpus() corpus {
	var c corpus
	c.sv = article("svt.se", "sv", "Belarus och kriget", "ISW skriver att det är osannolikt att Belarus går in i kriget, säger Jakob Hedenskog.", day(2022, 3, 1))
	hedenskog := speaker("Jakob Hedenskog", "Jakob Hedenskog")
	c.sv.Quotes = []kent.Quote{quote(c.sv, hedenskog)}
	c.sv.Judgements = []kent.Judgement{judgement(c.sv, "osannolikt", "unlikely", 0.33, hedenskog)}
	c.sv.Judgements[0].Keys = []string{"e:enter", "n:hdnskg", "p:BY"}
	c.sv.Mentions = []kent.Mention{mention("place", "place:BY", "Belarus", "Belarus"), mention("person", "person:y hedenskog", "Jakob Hedenskog", "Jakob Hedenskog")}

	lt := "Vytis Jurkonis teigė, kad Lukašenka mažai tikėtina siųs karius."
	c.lt = article("lrytas.lt", "lt", "Lukašenka ir kariai", lt, day(2022, 4, 14))
	c.ltCopy = article("delfi.lt", "lt", "Lukašenka ir kariai", lt, day(2022, 4, 14))
	for _, a := range []*kent.Article{c.lt, c.ltCopy} {
		jurkonis := speaker("Vytis Jurkonis", "Jurkonis")
		a.Quotes = []kent.Quote{quote(a, jurkonis)}
		a.Judgements = []kent.Judgement{judgement(a, "mažai tikėtina", "unlikely", 0.2, jurkonis)}
		a.Judgements[0].Keys = []string{"n:lkshnk", "n:yrknis", "p:BY"}
		a.Mentions = []kent.Mention{mention("person", "person:v yurkonis", "Vytis Jurkonis", "Vytis Jurkonis"), mention("person", "person:lukashenko", "Lukašenka", "Lukašenka")}
	}

	c.en = article("example.com", "en", "Lukashenko says no troops", "Lukashenko said no troops would go; officials in Kyiv said it was very unlikely. Yurkonis agreed.", time.Time{})
	c.en.Quotes = []kent.Quote{quote(c.en, speaker("Alexander Lukashenko", "Lukashenko")), quote(c.en, nil), quote(c.en, speaker("Yurkonis", "Yurkonis"))}
	officials := &kent.Speaker{Name: "officials in Kyiv", Kind: kent.SpeakerGroup, Mention: "officials in Kyiv", Key: names.SpeakerKey("officials in Kyiv")}
	// "very unlikely" is keyed; "no troops" was never keyed.
	c.en.Judgements = []kent.Judgement{judgement(c.en, "very unlikely", "very_unlikely", 0.1, officials), judgement(c.en, "no troops", "", 0.5, nil)}
	c.en.Judgements[0].Keys = []string{"p:UA"}
	c.en.Mentions = []kent.Mention{mention("person", "person:a lukashenko", "Lukashenko", "Alexander Lukashenko"), mention("person", "person:a lukashenko", "Lukashenko", "Alexander Lukashenko"),
		mention("place", "place:UA", "Kyiv", "Kyiv")}

	c.ru = article("tass.ru", "ru", "Лукашенко об армии", "Лукашенко заявил, что белорусская армия не вступит в войну.", day(2022, 5, 2))
	c.ru.Quotes = []kent.Quote{quote(c.ru, speaker("Александр Лукашенко", "Лукашенко"))}
	c.ru.Mentions = []kent.Mention{mention("person", "person:a lukashenko", "Лукашенко", "Александр Лукашенко"), mention("place", "place:BY", "белорусская", "Беларусь")}
	return c
}

// filler returns n short articles, for listings and streams longer than a
// page or a chunk.
func filler(n int) []*kent.Article {
	out := make([]*kent.Article, n)
	for i := range out {
		out[i] = article("filler.example", "en", fmt.Sprintf("Filler %d", i), fmt.Sprintf("Filler article number %d about nothing in particular.", i), day(2023, 1, 1).Add(time.Duration(i)*time.Hour))
	}
	return out
}
