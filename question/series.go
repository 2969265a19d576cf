package question

import (
	"fmt"
	"sort"
	"time"

	"github.com/kentnews/kent"
)

// series is the outlook as of each dated window: each holder's latest
// voice, if it is not older than the voice age, fading with its age at
// that window as the headline's voices do at the newest.
func series(voices []voice, opt Options) []kent.Point {
	var out []kent.Point
	for _, w := range voiceWindows(voices) {
		latest := map[string]voice{}
		for _, v := range voices {
			if v.window.IsZero() || v.window.After(w) || opt.VoiceAge > 0 && w.Sub(v.window) > opt.VoiceAge {
				continue
			}
			if old, ok := latest[v.key]; !ok || v.window.After(old.window) {
				latest[v.key] = v
			}
		}
		var cs []kent.Contribution
		for _, v := range latest {
			cs = append(cs, faded(v.c, v.window, w, opt.HalfLife, false))
		}
		if p, ok := pool(cs, opt.Extremize); ok {
			out = append(out, kent.Point{Date: w, P: p, Holders: len(latest)})
		}
	}
	return out
}

// voiceWindows is the dated windows the voices were heard in, oldest first.
func voiceWindows(voices []voice) []time.Time {
	var windows []time.Time
	seen := map[time.Time]bool{}
	for _, v := range voices {
		if !v.window.IsZero() && !seen[v.window] {
			seen[v.window] = true
			windows = append(windows, v.window)
		}
	}
	sort.Slice(windows, func(a, b int) bool { return windows[a].Before(windows[b]) })
	return windows
}

// newestWindow is the latest window any voice was heard in; zero when no
// voice is dated.
func newestWindow(voices []voice) time.Time {
	var newest time.Time
	for _, v := range voices {
		if v.window.After(newest) {
			newest = v.window
		}
	}
	return newest
}

// aged reports whether a voice heard in window w is older than the voice
// age at now: the outlook, like the series' last point, pools what holders
// say now, and a forecast made before a turn of events (a court ruling, a
// debate) stops counting. An undated voice cannot be aged; it stays.
func aged(w, now time.Time, age time.Duration) bool {
	return age > 0 && !w.IsZero() && !now.IsZero() && now.Sub(w) > age
}

// days says a voice age in days.
func days(age time.Duration) string {
	return fmt.Sprintf("%d days", int(age.Hours()/24))
}
