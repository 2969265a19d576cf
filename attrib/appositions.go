package attrib

import (
	"github.com/kentnews/kent/tokens"
	"strings"
)

// isApposition accepts ", a Belarus expert at …," or ", ISW," but not a
// clause between commas: an apposition names a role, a group or an
// organisation early on, or is an acronym.
func (d *doc) isApposition(a, z int, r *rules) bool {
	if z-a == 1 && (tokens.IsAcronym(d.toks[a].Text) || isAge(d.toks[a].Text)) || d.describedBy(a, z, r) {
		return true
	}
	for x := a; x < z && x < a+7; x++ {
		w := d.toks[x].Low
		if r.roleWords.has(w) || r.groups.has(w) || r.orgWords[w] {
			return true
		}
	}
	return false
}

// apposition reads role and affiliation from ", a Belarus expert at the
// Center for European Policy Analysis think tank,": the affiliation is the
// capitalised run that names an organisation (or follows an affiliation
// preposition), the role is what comes before it.
func (d *doc) apposition(a, z int, r *rules) (role, aff string) {
	// Each capitalised run scores 2 for a capitalised organisation word
	// (University, Center), 1 for a lower-case one (institutet) or an
	// affiliation preposition before it; the best run is the affiliation.
	bestA, bestZ, bestScore := -1, -1, 0
	for x := a; x < z; {
		if !d.isCap(d.toks[x]) || tokens.IsAcronym(d.toks[x].Text) && z-a == 1 {
			x++
			continue
		}
		y := x
		score := 0
		for y < z && d.toks[y].Word {
			t := d.toks[y]
			joins := r.connectors[t.Low] && (y+1 < z && d.isCap(d.toks[y+1]) || y+2 < z && r.connectors[d.toks[y+1].Low] && d.isCap(d.toks[y+2]))
			if !d.isCap(t) && !joins && !r.orgWords[t.Low] {
				break
			}
			if r.orgWords[t.Low] {
				if d.isCap(t) {
					score = max(score, 4)
				} else {
					score = max(score, 3)
				}
			}
			y++
		}
		if x > a && r.affPreps[d.toks[x-1].Low] || x > a+1 && r.function[d.toks[x-1].Low] && r.affPreps[d.toks[x-2].Low] {
			score = max(score, 1)
		}
		if score > bestScore {
			bestA, bestZ, bestScore = x, y, score
		}
		x = y
	}
	for z > a && !d.toks[z-1].Word {
		z--
	}
	start := a
	for start < z && r.function[d.toks[start].Low] && !r.affPreps[d.toks[start].Low] {
		start++
	}
	if bestA < 0 {
		return strings.TrimSpace(d.text(start, z)), ""
	}
	// The role ends before the preposition that introduces the affiliation.
	re := bestA
	for re > start && (r.function[d.toks[re-1].Low] || r.affPreps[d.toks[re-1].Low]) {
		re--
	}
	return d.text(start, re), d.text(bestA, bestZ)
}

// appositionAfter reads the apposition after a name that ends at k (", a
// former … colonel,") into n.
func (d *doc) appositionAfter(n *np, k, se int, r *rules) {
	if k >= se || d.toks[k].Text != "," {
		return
	}
	a, z := k+1, k+1
	for z < se && d.toks[z].Text != "," && d.toks[z].Text != ";" && z-a < 30 && d.inQuote[z] < 0 && !isMarkToken(d.toks[z].Text) {
		z++
	}
	if z <= a || !d.isApposition(a, z, r) {
		return
	}
	n.hasApposite, n.appStart, n.appEnd = true, a, z
	if z < se && d.toks[z].Text == "," {
		n.appEnd = z + 1
	}
	d.fillApposition(n, a, z, r)
}

// fillApposition sets n's affiliation, and its role unless the name already
// had one, from the apposition in tokens [a, z).
func (d *doc) fillApposition(n *np, a, z int, r *rules) {
	if z-a == 1 && isAge(d.toks[a].Text) {
		return // "Mendez, 64, said": an age names no role
	}
	role, aff := d.apposition(a, z, r)
	if n.role == "" {
		n.role = role
	}
	n.aff = aff
}

// isAge accepts a person's age set off after the name: "Mendez, 64,".
func isAge(s string) bool {
	if len(s) < 1 || len(s) > 3 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
