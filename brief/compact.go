package brief

import (
	"bytes"
	"encoding/json"
	"fmt"
	"runtime"
	"sync"

	"github.com/kentnews/kent"
)

// chunkItems is how many contributions one encoding task takes.
const chunkItems = 256

// compactJSON is the outlook as json.Encoder without HTML escaping writes
// it. The three lists of contributions are nearly all of a large brief's
// bytes (40 MB over 100,000 stored articles, a fifth of the brief's time
// on one core): they are encoded in chunks on all cores and put in place
// of the nulls the rest of the outlook is encoded with. A list encodes as
// its elements joined by commas in brackets, so the bytes are the same.
func compactJSON(o *kent.Outlook) ([]byte, error) {
	lists := []struct {
		key   string
		items []kent.Contribution
	}{{"contributions", o.Contributions}, {"conditional", o.Conditional}, {"set_aside", o.SetAside}}
	shell := *o
	shell.Contributions, shell.Conditional, shell.SetAside = nil, nil, nil
	head, err := encodeCompact(&shell)
	if err != nil {
		return nil, err
	}
	type chunk struct {
		list, from, to int
		out            []byte
		err            error
	}
	var chunks []*chunk
	for l, list := range lists {
		for from := 0; from < len(list.items); from += chunkItems {
			chunks = append(chunks, &chunk{list: l, from: from, to: min(from+chunkItems, len(list.items))})
		}
	}
	next := make(chan *chunk, len(chunks))
	for _, c := range chunks {
		next <- c
	}
	close(next)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(len(chunks), 1)) {
		wg.Go(func() {
			for c := range next {
				b, err := encodeCompact(lists[c.list].items[c.from:c.to])
				// "[a,b]\n": the elements without brackets and newline
				if err == nil && (len(b) < 3 || b[0] != '[' || b[len(b)-2] != ']') {
					err = fmt.Errorf("a list of contributions encoded as %.40q", b)
				}
				if err == nil {
					b = b[1 : len(b)-2]
				}
				c.out, c.err = b, err
			}
		})
	}
	wg.Wait()
	size := len(head)
	for _, c := range chunks {
		if c.err != nil {
			return nil, c.err
		}
		size += len(c.out) + 1
	}
	out := bytes.NewBuffer(make([]byte, 0, size+2*len(lists)))
	rest, at := head, 0
	for l, list := range lists {
		// A JSON string holds a quote only escaped, so this is the key,
		// and the first is the top level's: no field before the lists
		// has them.
		null := []byte(`"` + list.key + `":null`)
		i := bytes.Index(rest, null)
		if i < 0 {
			return nil, fmt.Errorf("the outlook encoded without %s", null)
		}
		out.Write(rest[:i+len(null)-len("null")])
		rest = rest[i+len(null):]
		if list.items == nil {
			out.WriteString("null")
			continue
		}
		out.WriteByte('[')
		for first := true; at < len(chunks) && chunks[at].list == l; at++ {
			if !first {
				out.WriteByte(',')
			}
			first = false
			out.Write(chunks[at].out)
		}
		out.WriteByte(']')
	}
	out.Write(rest)
	return out.Bytes(), nil
}

// encodeCompact is v as json.Encoder without HTML escaping writes it, with
// its newline.
func encodeCompact(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
