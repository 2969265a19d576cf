package syntax

// MaxModelBytes is the size budget of one language's model file.
const MaxModelBytes = 3_000_000

// without returns a copy of l without the weights smaller than minQ
// quantisation steps, rows left empty dropped with them.
func (l *linear) without(minQ int16) *linear {
	out := &linear{nclass: l.nclass, scale: l.scale, rows: newRowTable(l.rows.len())}
	for k, sp := range l.rows.all() {
		off := len(out.ents)
		for _, e := range l.ents[sp.off : sp.off+sp.n] {
			if e.w >= minQ || e.w <= -minQ {
				out.ents = append(out.ents, e)
			}
		}
		if n := len(out.ents) - off; n > 0 {
			out.rows.put(k, span{uint32(off), uint32(n)})
		}
	}
	return out
}

// fit prunes the smallest weights, in rising steps, until the marshalled
// model fits in maxBytes, and returns the file. The tagger holds most of
// the weights and loses least by it; the lemmatizer, whose unknown-word
// scripts hang on small weights, is pruned eight times more lightly.
func (m *Model) fit(maxBytes int) ([]byte, error) {
	data, err := m.MarshalBinary()
	orig := *m.tag
	lem := m.lemma.model
	for _, q := range []int16{16, 64, 128, 256, 512, 1024, 2048, 4096, 8192} {
		if err != nil || len(data) <= maxBytes {
			break
		}
		t := orig
		t.upos, t.morph = orig.upos.without(q), orig.morph.without(q)
		if orig.upos2 != nil {
			t.upos2 = orig.upos2.without(q)
		}
		m.tag = &t
		m.lemma.model = lem.without(q / 8)
		data, err = m.MarshalBinary()
	}
	return data, err
}

// MarshalFit is MarshalBinary within MaxModelBytes: when the file would be
// larger, the smallest weights of the tagger and lemmatizer are dropped
// (the model is changed accordingly).
func (m *Model) MarshalFit() ([]byte, error) { return m.fit(MaxModelBytes) }
