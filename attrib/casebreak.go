package attrib

import "github.com/kentnews/kent"

// caseBreakReach is the most words of a source's name CaseBreak reads.
const caseBreakReach = 4

// endAtCase ends a person named after a source cue where the name's case
// ending stops: "Zdaniem politologa Jana Nowaka Johnson nie wygra …" and
// "По мнению Ивана Петрова Байден …" name two people in one capitalised
// run, the source in the genitive the cue governs and the subject of what
// it says in its base form (names.Inflector.CaseBreak decides). The
// source keeps its own name; the rest goes back to the reported clause.
func (d *doc) endAtCase(n *np) {
	if n.kind != kent.SpeakerPerson || n.end-n.start < 3 || d.e.inflect == nil {
		return
	}
	ws := make([]string, 0, caseBreakReach)
	for k := n.start; k < n.end && len(ws) < caseBreakReach; k++ {
		if !d.toks[k].Word {
			return
		}
		ws = append(ws, d.toks[k].Text)
	}
	if k := d.e.inflect.CaseBreak(ws, d.lang(n.start)); k > 0 {
		n.end = n.start + k
		if n.tail > n.end {
			n.tail = n.end
		}
	}
}
