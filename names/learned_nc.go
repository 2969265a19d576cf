//go:build !kent_nocommercial

package names

import "embed"

// Learned endings from non-commercial treebanks (Polish PDB, Ukrainian IU:
// CC BY-NC-SA 4.0). Build with -tags kent_nocommercial to leave them out,
// as the syntax models built on them are.
//
//go:embed endings/nc/*.tsv
var ncEndings embed.FS

func init() { endingFS = append(endingFS, fsDir{ncEndings, "endings/nc"}) }
