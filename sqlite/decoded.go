package sqlite

import "hash/maphash"

// decodedJSON remembers which stored judgement JSON a listing has decoded
// already, by a 128-bit hash of its bytes, so that a judgement stored again
// byte for byte (the same wire copy in several outlets, an article under two
// addresses) is decoded once and its copies share the decoded strings and
// slices: decoding was a fifth of reading a large store, and the shared
// strings are held once. Callers must not change a listed judgement's
// slices or holder in place (none does: they are read, and copied out into
// contributions). Two different texts share a 128-bit hash with a
// probability of about n²/2¹²⁹, below 10⁻²⁷ for a million judgements.
type decodedJSON struct {
	seeds [2]maphash.Seed
	at    map[[2]uint64]int
}

func newDecodedJSON(n int) *decodedJSON {
	return &decodedJSON{seeds: [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}, at: make(map[[2]uint64]int, n)}
}

func (d *decodedJSON) hash(js []byte) [2]uint64 {
	return [2]uint64{maphash.Bytes(d.seeds[0], js), maphash.Bytes(d.seeds[1], js)}
}

// find returns the index of the hit decoded from the same bytes, if any,
// and the bytes' hash for add.
func (d *decodedJSON) find(js []byte) (int, [2]uint64, bool) {
	h := d.hash(js)
	i, ok := d.at[h]
	return i, h, ok
}

// add records that hit i was decoded from the bytes of hash h.
func (d *decodedJSON) add(h [2]uint64, i int) { d.at[h] = i }
