package clean

import (
	"slices"
	"strings"
	"testing"
)

// The link-label lookup that lower-cases ASCII words on the stack finds
// exactly what a lookup of strings.ToLower finds, in any script and case.
func TestLookupLowerIsToLower(t *testing.T) {
	long := strings.Repeat("a", 40)
	m := map[string][]string{"read": {"read more"}, "czytaj": {"czytaj też"}, "читайте": {"читайте також"}, long: {"long"}}
	for _, w := range []string{"READ", "Read", "rEaD", "read", "Reads", "Czytaj", "CZYTAJ", "ЧИТАЙТЕ", "Читайте", strings.ToUpper(long), "", "İstanbul", "Läs"} {
		if got, want := lookupLower(m, w), m[strings.ToLower(w)]; !slices.Equal(got, want) {
			t.Errorf("%q: got %q, want %q", w, got, want)
		}
	}
}
