package sqlite

import (
	"hash/maphash"
	"sync"

	"github.com/kentnews/kent"
)

// decodedJSON remembers which stored judgement JSON a listing has decoded
// already, by a 128-bit hash of its bytes, so that a judgement stored again
// byte for byte (the same wire copy in several outlets, an article under two
// addresses) is decoded once and its copies share the decoded strings and
// slices: decoding was a fifth of reading a large store, and the shared
// strings are held once. Callers must not change a listed judgement's
// slices or holder in place (none does: they are read, and copied out into
// contributions). Two different texts share a 128-bit hash with a
// probability of about n²/2¹²⁹, below 10⁻²⁷ for a million judgements.
// The parts of a listing read at once share one (it locks).
type decodedJSON struct {
	seeds [2]maphash.Seed
	mu    sync.Mutex
	at    map[[2]uint64]decodedAt
}

// decodedAt is a judgement decoded once, with the holder key stored beside
// it: a copy whose key differs is decoded afresh.
type decodedAt struct {
	j   *kent.Judgement
	key kent.NameKey
}

func newDecodedJSON(n int) *decodedJSON {
	return &decodedJSON{seeds: [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}, at: make(map[[2]uint64]decodedAt, n)}
}

func (d *decodedJSON) hash(js []byte) [2]uint64 {
	return [2]uint64{maphash.Bytes(d.seeds[0], js), maphash.Bytes(d.seeds[1], js)}
}

// find returns the judgement decoded from the same bytes, if any, and the
// bytes' hash for add. The judgement is complete: add is called after it
// is decoded, and not changed after.
func (d *decodedJSON) find(js []byte) (decodedAt, [2]uint64, bool) {
	h := d.hash(js)
	d.mu.Lock()
	at, ok := d.at[h]
	d.mu.Unlock()
	return at, h, ok
}

// add records that j (with the holder key key) was decoded from the bytes
// of hash h, unless another was first.
func (d *decodedJSON) add(h [2]uint64, j *kent.Judgement, key kent.NameKey) {
	d.mu.Lock()
	if _, ok := d.at[h]; !ok {
		d.at[h] = decodedAt{j, key}
	}
	d.mu.Unlock()
}
