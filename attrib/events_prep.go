// Prepositional source cues as speech events: "laut X", "nach Ansicht von X", "aus Sicht der Union".

package attrib

// prepEvents reads the source cues of sentence p that stand before their
// source (the lexicon's sources: "laut", "nach Einschätzung von", "aus
// Sicht", "according to") as speech events: the cue is the phrase
// without its closing article or preposition, the source the noun phrase
// after it, the message the rest of the clause. A document there ("laut
// Gesetzentwurf") names where it is said, not who says it: no source.
// A one-word cue that also compares ("wie") is left to the verb it goes
// with.
func (d *doc) prepEvents(p *sentParse, r *rules, ex set) []SpeechEvent {
	end := p.base + len(p.words)
	var out []SpeechEvent
	for k := p.base; k < end; k++ {
		m := r.sources.Len(d.toks[:end], k)
		if m == 0 {
			if ev, last, ok := d.possessivePrepEvent(p, k, end, r, ex); ok {
				out = append(out, ev) // "aus unserer Sicht"
				k = last
			}
			continue
		}
		if m == 1 && (p.upos(k) != "ADP" || r.function[d.toks[k].Low]) {
			continue // "wie X sagte", a function word, is the verb's; "laut" as an adjective is no cue
		}
		ce := k + m
		for ce > k+1 && (r.determiners[d.toks[ce-1].Low] || r.agentPreps[d.toks[ce-1].Low]) {
			ce-- // "nach Einschätzung des", "nach Ansicht von": the article and "von" go with the source
		}
		cue := make([]int, 0, ce-k)
		for t := k; t < ce; t++ {
			cue = append(cue, t)
		}
		y := -1
		for t := ce; t < end && t < ce+4 && d.toks[t].Word; t++ {
			if u := p.upos(t); u == "NOUN" || u == "PROPN" || u == "PRON" {
				y = t
				break
			}
		}
		if y < 0 {
			continue
		}
		for h := p.head(y); h >= ce && h < y+4 && h > y && (p.upos(h) == "NOUN" || p.upos(h) == "PROPN"); h = p.head(y) {
			y = h // "laut dem Bericht": the head, not a word before it
		}
		ev := SpeechEvent{Lemma: d.toks[k].Low, Cue: d.pieces(cue)}
		src := d.runAfter(p, ce, y, end)
		if !d.document(p, y, r) {
			ev.Source = d.pieces(src)
		} else {
			ev.Medium = d.pieces(src) // "laut Gesetzentwurf"
		}
		srcEnd := src[len(src)-1] + 1
		b, e := d.clauseAround(p, k)
		if e <= srcEnd+1 && e+1 < end {
			_, e = d.clauseAround(p, e+1) // "Laut der Umfrage, …": the clause after the comma
		}
		var msg []int
		for t := b; t < e; t++ {
			if t < k || t >= srcEnd {
				msg = append(msg, t)
			}
		}
		ev.Message, ev.Clause = d.pieces(msg), len(msg) > 0
		out = append(out, ev)
		k = srcEnd - 1
	}
	return out
}

// runAfter lists the words from the cue's end ce through the source's
// head y and its modifiers after it that stay within its phrase, to the
// next punctuation or verb.
func (d *doc) runAfter(p *sentParse, ce, y, end int) []int {
	var out []int
	for t := ce; t <= y; t++ {
		out = append(out, t)
	}
	for t := y + 1; t < end && d.toks[t].Word && p.upos(t) != "VERB" && p.upos(t) != "AUX" && p.under(t, y); t++ {
		out = append(out, t)
	}
	if e := d.articleBreak(out[0], out[len(out)-1]+1, d.rules(ce)); e <= out[len(out)-1] {
		out = out[:e-out[0]] // "der meisten Beobachter | die Wahl"
	}
	return out
}
