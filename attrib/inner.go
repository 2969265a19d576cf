package attrib

import "github.com/kentnews/kent/tokens"

// A frame inside the quote marks between dashes interrupts one quote in
// the Russian, Ukrainian and Belarusian style: «Рецессия в этом году, —
// сказал Иван Петров, — маловероятна». The quote's two parts are the
// speaker's, and the frame between them is not quoted.

// innerFrames adds a frame for each reporting clause set off by ", —" and
// "—" inside quote marks.
func (d *doc) innerFrames() {
	for qi, q := range d.marks {
		oi, ci := d.tokenAt(q.content.Start), d.tokenAt(q.close)
		if oi >= len(d.toks) || ci >= len(d.toks) || ci <= oi {
			continue
		}
		for k := oi + 1; k+1 < ci; k++ {
			if !tokens.IsDash(d.toks[k].Text) || d.toks[k-1].Text != "," || d.inQuote[k] != qi {
				continue
			}
			r := d.rules(k)
			m := r.verbs.Len(d.toks[:ci], k+1)
			if m == 0 {
				continue
			}
			n := d.someone(d.parseAfter(k+1+m, ci, r))
			if !n.ok() && r.proDrop {
				n = np{start: k + 1, end: k + 1 + m, kind: "pronoun"} // "— сказал, —": the verb's ending
			}
			end := max(n.end, n.appEnd)
			if !n.ok() || end+1 >= ci || !(d.toks[end].Text == "," && tokens.IsDash(d.toks[end+1].Text) || tokens.IsDash(d.toks[end].Text)) {
				continue
			}
			d.frames = append(d.frames, &frame{cueStart: k + 1, cueEnd: k + 1 + m, cue: d.text(k+1, k+1+m), np: n, npAfter: true, sent: d.toks[k].Sentence, consumed: true, inner: true})
			break
		}
	}
}

// innerSplit returns the frame that interrupts the quote between tokens oi
// and ci, and where the first part ends and the second starts.
func (d *doc) innerSplit(oi, ci int) (*frame, int, int) {
	for s := d.toks[oi].Sentence; s <= d.toks[ci].Sentence; s++ {
		for _, f := range d.byFrame[s] {
			if !f.inner || f.void || f.speaker == nil || f.cueStart <= oi || f.cueStart >= ci {
				continue
			}
			end1 := f.cueStart - 1 // the dash
			for end1 > oi+1 && !d.toks[end1-1].Word {
				end1--
			}
			start2 := max(f.np.end, f.np.appEnd)
			for start2 < ci && !d.toks[start2].Word {
				start2++
			}
			return f, end1, start2
		}
	}
	return nil, 0, 0
}
