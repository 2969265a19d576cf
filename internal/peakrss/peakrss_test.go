package peakrss

import (
	"runtime"
	"testing"
)

// The peak grows with memory touched and falls back after Reset.
func TestPeakFollowsMemory(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("VmHWM is Linux's")
	}
	Reset()
	before := MB()
	big := make([]byte, 64<<20)
	for i := range big {
		big[i] = 1
	}
	grown := MB()
	runtime.KeepAlive(big)
	if grown < before+50 {
		t.Fatalf("peak %0.f MB after touching 64 MB, %0.f before", grown, before)
	}
	big = nil
	Reset()
	if after := MB(); after > grown-50 {
		t.Errorf("peak %0.f MB after reset, %0.f before it", after, grown)
	}
}
