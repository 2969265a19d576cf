package peakrss

import (
	"os"
	"strconv"
	"strings"
)

// CPUSeconds returns the user and system CPU time this process has used
// (Linux; 0 elsewhere). On a machine shared with other work, wall time
// measures the neighbours too; CPU time measures the code.
func CPUSeconds() float64 {
	data, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0
	}
	// The command name (field 2) may hold spaces; fields after its ")"
	// start at field 3, so utime and stime (14, 15) are at 11 and 12.
	s := string(data)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseFloat(f[11], 64)
	st, _ := strconv.ParseFloat(f[12], 64)
	return (u + st) / 100 // USER_HZ, 100 on Linux
}
