//go:build !unix

package syntax

import "time"

var parseStart = time.Now()

// parseCPUTime falls back to wall time where getrusage is missing.
func parseCPUTime() time.Duration { return time.Since(parseStart) }
