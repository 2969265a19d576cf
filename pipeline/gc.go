package pipeline

import (
	"os"
	"runtime/debug"
)

// IngestMemory is the heap an ingest keeps to unless GOMEMLIMIT says
// otherwise. The models a multilingual run loads (a syntax model and the
// language-ID models per language) stay live, some 150 MB, and without a
// limit the collector let the heap grow to twice that: 440–485 MB of RSS
// on a real multilingual corpus. Below the limit nothing changes; near it
// the collector runs more often, so RSS stays under 400 MB. The limit is
// soft: a run that needs more still completes.
const IngestMemory = 280 << 20

// IngestGC lets the heap grow to five times what is live before a
// collection, up to IngestMemory (as a brief does). What stays live is
// mostly the models, which every collection marks again, while an
// article's analysis allocates ~0.6 MB that dies with it: at twice the
// live heap the collector ran every ~150 articles of BenchmarkIngest and
// marking was 5–6 % of its CPU, plus the workers' assists.
const IngestGC = 400

// TuneGC sets the collector for an ingest — IngestMemory and IngestGC —
// unless the environment sets GOMEMLIMIT or GOGC. Output does not depend
// on it. kent ingest calls it, and so does BenchmarkIngest, so the
// benchmark measures what the command runs.
func TuneGC() {
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(IngestMemory)
	}
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(IngestGC)
	}
}
