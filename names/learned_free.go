package names

import "embed"

// Learned endings from treebanks whose licences allow any use (CC BY-SA
// 4.0); each table's header names its treebank.
//
//go:embed endings/free/*.tsv
var freeEndings embed.FS

func init() { endingFS = append(endingFS, fsDir{freeEndings, "endings/free"}) }
