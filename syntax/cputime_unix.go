//go:build unix

package syntax

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used, so speed is measured per
// core even on a machine shared with other work.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
