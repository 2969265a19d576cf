package syntax

import "embed"

// Models trained on treebanks whose licences allow any use (CC BY-SA 4.0,
// LGPL-LR); see models/README.md.
//
//go:embed models/en.model models/de.model models/fr.model models/es.model models/nl.model models/sv.model models/ru.model models/be.model models/lt.model
var freeModels embed.FS

func init() { registerFS(freeModels, "en", "de", "fr", "es", "nl", "sv", "ru", "be", "lt") }
