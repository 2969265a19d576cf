// Command vettool is `go vet` for Kent's own packages, by the vet the Go
// toolchain ships (go vet -vettool=bin/vettool), without analysing every
// dependency again.
//
// go vet runs vet on each dependency of the packages it checks too, in a
// "facts only" mode: it parses and type-checks the dependency from source
// to pass facts (which functions are printf wrappers, which never return)
// to the packages that import it, and reports nothing about it. Kent's
// ~450 dependencies include the pure-Go SQLite and its C library (13 MB of
// generated Go) and all of the standard library: typing them again was
// most of vet's time and a third of a cold `make test`. This tool answers
// those calls for packages outside the module with no facts and passes
// every call about Kent's own packages, and every other request, to the
// real vet. What is lost: facts from dependencies (a printf wrapper
// defined in a third-party package); the standard library's print
// functions are known to vet by name, and every check of Kent's own code
// runs as before, with its own packages' facts.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

// module is the import path prefix of the packages vetted in full.
const module = "github.com/kentnews/kent"

func main() {
	vet := os.Getenv("KENT_VET")
	if vet == "" {
		vet = filepath.Join(runtime.GOROOT(), "pkg", "tool", runtime.GOOS+"_"+runtime.GOARCH, "vet")
	}
	args := os.Args[1:]
	if len(args) == 1 && args[0] == "-V=full" {
		// The go command caches vet's results under this line: it must
		// differ from the real vet's, whose results for a dependency hold
		// facts where this tool's hold none.
		out, err := exec.Command(vet, args...).Output()
		if err != nil {
			fail(err)
		}
		fmt.Println(versionLine(string(out)))
		return
	}
	if len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg") && skip(args[len(args)-1]) {
		return
	}
	cmd := exec.Command(vet, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		if x, ok := err.(*exec.ExitError); ok {
			os.Exit(x.ExitCode())
		}
		fail(err)
	}
}

// versionLine marks the real vet's -V=full line as this tool's: a release
// toolchain's whole line is the cache key, a development one's the build ID
// that ends it.
func versionLine(real string) string {
	f := strings.Fields(real)
	if n := len(f); n > 0 && strings.HasPrefix(f[n-1], "buildID=") {
		f[n-1] += "-kentowndeps"
		return strings.Join(f, " ")
	}
	return strings.Join(append(f, "kent-owndeps"), " ")
}

// skip reports whether the call described by the config file only asks
// for a dependency's facts, and if so writes the empty facts file the go
// command expects.
func skip(cfgPath string) bool {
	raw, err := os.ReadFile(cfgPath)
	if err != nil {
		return false
	}
	var cfg struct {
		ImportPath string
		VetxOnly   bool
		VetxOutput string
	}
	if json.Unmarshal(raw, &cfg) != nil || !cfg.VetxOnly || cfg.VetxOutput == "" || ours(cfg.ImportPath) {
		return false
	}
	if err := os.WriteFile(cfg.VetxOutput, nil, 0o666); err != nil {
		fail(err)
	}
	return true
}

// ours reports whether an import path (a test variant is written
// "path [path.test]") is one of the module's packages.
func ours(path string) bool {
	path, _, _ = strings.Cut(path, " ")
	return path == module || strings.HasPrefix(path, module+"/")
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "vettool:", err)
	os.Exit(1)
}
