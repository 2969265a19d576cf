//go:build !kent_nocommercial

package syntax

import "embed"

// Models trained on non-commercial treebanks (Polish PDB, Ukrainian IU,
// Italian ISDT: CC BY-NC-SA). Build with -tags kent_nocommercial to leave
// them out; see models/README.md.
//
//go:embed models/pl.model models/uk.model models/it.model
var ncModels embed.FS

func init() { registerFS(ncModels, "pl", "uk", "it") }
