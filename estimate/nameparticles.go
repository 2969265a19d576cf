package estimate

// Surname particles inside a holder's name: "Jan de Vries", "Luis de
// Guindos", "Ursula von der Leyen", "Anna van der Berg". The capitalised
// runs that read a subject stop at a lower-case word; these let them go on
// over a chain of particles (all.yaml's names.particles) that a capitalised
// word closes. Where every noun has a capital (German), a chain may not
// open with an article ("sagte Anna der Zeitung": the paper is the verb's
// object), though "von der", "van den" may go on with one.

// particleChain returns the index of the capitalised word that closes a
// chain of up to three surname particles starting at e, or -1 when the
// words at e are no such chain.
func (s *sentence) particleChain(e int) int {
	t, r := s.toks, s.r
	for j := e; j < len(t) && j < e+4; j++ {
		if !t[j].Word {
			return -1
		}
		if isCapitalised(t[j].Text) {
			if j == e {
				return -1
			}
			return j
		}
		if !r.particles[t[j].Low] || j == e && r.hold.nounsCap && r.hold.articles[t[j].Low] {
			return -1
		}
	}
	return -1
}

// nameRunEnd returns the end of the name that starts with the capitalised
// word at k: capitalised words and particle chains between them, at most
// width words, before limit.
func (s *sentence) nameRunEnd(k, limit, width int) int {
	t := s.toks
	e := k
	for e < limit && e < k+width && t[e].Word {
		if isCapitalised(t[e].Text) {
			e++
			continue
		}
		if c := s.particleChain(e); e > k && c > e && c < limit {
			e = c
			continue
		}
		break
	}
	return e
}

// nameRunStart returns the start of the name that ends with the
// capitalised word at k - 1 (end = k), going back over capitalised words
// and particle chains between them.
func (s *sentence) nameRunStart(k int) int {
	t := s.toks
	for k > 0 && t[k-1].Word {
		if isCapitalised(t[k-1].Text) {
			k--
			continue
		}
		j := k - 1
		for j > 0 && j > k-4 && t[j].Word && !isCapitalised(t[j].Text) && s.r.particles[t[j].Low] {
			j--
		}
		if j < k-1 && t[j].Word && isCapitalised(t[j].Text) && s.particleChain(j+1) == k {
			k = j
			continue
		}
		break
	}
	return k
}
