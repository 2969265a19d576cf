package pipeline

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/kentnews/kent"
)

type file struct {
	path string
	size int64
}

// notArticles are file name endings that never hold news: source code,
// configuration and packages, which a folder of articles often sits beside.
var notArticles = map[string]string{
	".go": "Go source code", ".py": "Python source code", ".js": "JavaScript source code",
	".ts": "TypeScript source code", ".c": "C source code", ".h": "C source code",
	".cc": "C++ source code", ".cpp": "C++ source code", ".rs": "Rust source code",
	".java": "Java source code", ".rb": "Ruby source code", ".sh": "a shell script",
	".yaml": "a YAML file", ".yml": "a YAML file", ".toml": "a TOML file", ".mod": "a Go module file",
	".sum": "a checksum file", ".css": "a style sheet", ".sql": "an SQL script",
	".zip": "a zip archive", ".tar": "a tar archive", ".7z": "a 7-Zip archive",
	".png": "an image", ".jpg": "an image", ".jpeg": "an image", ".gif": "an image", ".webp": "an image",
	".pdf": "a PDF document", ".exe": "a program", ".so": "a shared library", ".db": "a database",
}

// skipReason says why path is not read as articles, or "" if it is: a
// device, a FIFO (reading one could wait for ever), a socket, or a name
// that says source code, configuration or a binary format.
func skipReason(path string, fi fs.FileInfo) string {
	switch m := fi.Mode(); {
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO (named pipe), not a file; pipe it to kent ingest - instead"
	case m&fs.ModeDevice != 0 || m&fs.ModeCharDevice != 0:
		return "a device, not a file"
	case m&fs.ModeSocket != 0:
		return "a socket, not a file"
	case m.IsDir():
		return "a folder"
	case !m.IsRegular():
		return "not a regular file"
	}
	if what, ok := notArticles[strings.ToLower(filepath.Ext(path))]; ok {
		return what + ", not articles"
	}
	return ""
}

// open opens one input: "-" is standard input.
func (r *Runner) open(path string) (io.ReadCloser, string, error) {
	if path == "-" {
		if r.Stdin == nil {
			return nil, "<stdin>", kent.Errorf(kent.EINVALID, "<stdin>: no standard input")
		}
		return io.NopCloser(r.Stdin), "<stdin>", nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, path, fileError(path, err)
	}
	return f, path, nil
}

func fileError(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return kent.Errorf(kent.ENOTFOUND, "%s: no such file or directory", path)
	case errors.Is(err, fs.ErrPermission):
		return kent.Errorf(kent.EINVALID, "%s: permission denied", path)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return kent.Errorf(kent.EINVALID, "%s: %v", path, pe.Err)
	}
	return kent.Errorf(kent.EINVALID, "%s: %v", path, err)
}

// list expands folders into the files under them, skipping hidden ones.
// Symbolic links inside folders are followed once: a link back into a
// folder already read (a loop) is reported, not followed. Files that are
// not articles are reported with the reason.
func (r *Runner) list(paths []string) (files []file, total int64, errs []error) {
	w := walker{seen: map[string]bool{}}
	for _, p := range paths {
		if p == "-" {
			w.files = append(w.files, file{path: "-"})
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			w.errs = append(w.errs, fileError(p, err))
			continue
		}
		if fi.IsDir() {
			w.dir(p)
			continue
		}
		w.add(p, fi)
	}
	return w.files, w.total, w.errs
}

type walker struct {
	files []file
	total int64
	errs  []error
	seen  map[string]bool // real paths of the folders walked
}

func (w *walker) add(path string, fi fs.FileInfo) {
	if why := skipReason(path, fi); why != "" {
		w.errs = append(w.errs, kent.Errorf(kent.EINVALID, "%s: %s", path, why))
		return
	}
	w.files = append(w.files, file{path, fi.Size()})
	w.total += fi.Size()
}

// realPath is path with every link resolved, absolute.
func realPath(path string) (string, error) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", err
	}
	return filepath.Abs(real)
}

func (w *walker) dir(root string) {
	real, err := realPath(root)
	if err != nil {
		w.errs = append(w.errs, fileError(root, err))
		return
	}
	w.seen[real] = true
	// A trailing separator makes WalkDir enter a root that is a link.
	start := strings.TrimSuffix(root, string(filepath.Separator)) + string(filepath.Separator)
	err = filepath.WalkDir(start, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			w.errs = append(w.errs, fileError(path, err))
			return nil
		}
		if path == start {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if rel, err := filepath.Rel(start, path); err == nil {
				w.seen[filepath.Join(real, rel)] = true
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			w.link(path)
			return nil
		}
		info, err := d.Info()
		if err != nil {
			w.errs = append(w.errs, fileError(path, err))
			return nil
		}
		w.add(path, info)
		return nil
	})
	if err != nil {
		w.errs = append(w.errs, fmt.Errorf("%s: %w", root, err))
	}
}

// link follows a symbolic link found in a folder, once.
func (w *walker) link(path string) {
	fi, err := os.Stat(path)
	if err != nil {
		w.errs = append(w.errs, kent.Errorf(kent.EINVALID, "%s: broken symbolic link", path))
		return
	}
	if !fi.IsDir() {
		w.add(path, fi)
		return
	}
	real, err := realPath(path)
	if err != nil {
		w.errs = append(w.errs, fileError(path, err))
		return
	}
	if w.seen[real] {
		w.errs = append(w.errs, kent.Errorf(kent.EINVALID, "%s: symbolic link to %s, a folder already read (a loop); not followed", path, real))
		return
	}
	w.dir(path)
}
