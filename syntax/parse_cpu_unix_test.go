//go:build unix

package syntax

import (
	"syscall"
	"time"
)

// parseCPUTime is the process's user+system CPU time: on a shared machine it
// measures tokens per core-second where wall time would not.
func parseCPUTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
