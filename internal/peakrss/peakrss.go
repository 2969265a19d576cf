// Package peakrss reads and resets the process's peak resident memory, for
// benchmarks that report it (Linux; elsewhere the peak reads 0).
package peakrss

import (
	"os"
	"runtime/debug"
	"strconv"
	"strings"
)

// MB returns the peak resident memory of this process in MB (VmHWM), 0
// where the system does not say.
func MB() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			kb, _ := strconv.ParseFloat(strings.Fields(l)[1], 64)
			return kb / 1024
		}
	}
	return 0
}

// Reset returns freed memory to the system and resets the peak to what
// the process holds now ("5" to clear_refs), so that the next MB is the
// peak of what follows.
func Reset() {
	debug.FreeOSMemory()
	os.WriteFile("/proc/self/clear_refs", []byte("5"), 0o644)
}
