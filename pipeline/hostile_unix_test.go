//go:build unix

package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/kentnews/kent/sqlite"
)

// A FIFO, a device, a symlink loop and a link to a file in a folder: each
// is reported with its reason (or followed once), none hangs the run.
func TestFoldersWithLinksFIFOsAndDevices(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, "../examples/belarus/000_b53c41c42f077bc6.txt", filepath.Join(dir, "a.txt"))
	other := t.TempDir()
	copyFile(t, "../examples/belarus/001_f15f1aa9a78ce15d.txt", filepath.Join(other, "b.txt"))
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe"), 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	os.Symlink(dir, filepath.Join(dir, "loop"))
	os.Symlink(other, filepath.Join(dir, "other"))
	os.Symlink(filepath.Join(dir, "nowhere"), filepath.Join(dir, "broken"))

	st, err := sqlite.Open(filepath.Join(t.TempDir(), "kent.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rep, err := (&Runner{Proc: testProc(t), Store: st}).Run(context.Background(), []string{dir, "/dev/zero"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.New != 2 {
		t.Errorf("stored %d, want a.txt and other/b.txt", rep.New)
	}
	var msgs []string
	for _, e := range rep.Errors {
		msgs = append(msgs, e.Error())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{
		"/pipe: a FIFO (named pipe), not a file",
		"/loop: symbolic link to " + mustReal(t, dir) + ", a folder already read (a loop); not followed",
		"/broken: broken symbolic link",
		"/dev/zero: a device, not a file",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("errors %q lack %q", all, want)
		}
	}
	if len(msgs) != 4 {
		t.Errorf("errors %q", msgs)
	}
}

func mustReal(t *testing.T, p string) string {
	r, err := filepath.EvalSymlinks(p)
	if err != nil {
		t.Fatal(err)
	}
	return r
}
