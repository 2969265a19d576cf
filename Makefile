# Kent's two entry points for a fresh machine: `make demo` and `make test`.
# Go comes from /usr/local/go when it is not on PATH; modules from the Go proxy.
GO ?= $(shell command -v go 2>/dev/null || echo /usr/local/go/bin/go)
BIN := bin/kent
# -s -w drops the symbol table and DWARF debug data: 99 MB -> 89 MB. Stack
# traces keep their function names and lines. LDFLAGS= builds with them.
LDFLAGS ?= -s -w
DEMO_DB := .demo/kent.db

.PHONY: build demo test fuzz fuzz-short fuzz-ci bench eval clean

build:
	$(GO) build -ldflags="$(LDFLAGS)" -o $(BIN) ./cmd/kent

# The main job on the demo corpus: ingest into a fresh embedded store and
# brief the question, in the terminal and as an offline HTML page.
QUESTION ?= Will Belarusian armed forces enter the war against Ukraine?
demo: build
	rm -rf .demo
	$(BIN) --db $(DEMO_DB) brief --question "$(QUESTION)" examples/belarus
	$(BIN) --db $(DEMO_DB) brief --question "$(QUESTION)" --format html --out .demo/brief.html

# Every test, with the race detector, after formatting and vet checks.
# vet is built with -race too: vet needs every dependency compiled, and a
# plain `go vet` compiled all ~400 of them a second time without the race
# detector, which nothing else here reuses. -vet=off: `go test` would rerun a
# subset of the vet checks just run (every analyzer, test files included).
# -ldflags=-w: the ~25 test binaries are linked without DWARF debug data,
# which no test reads (failures and race reports name functions and lines
# from the binary's own tables): a third of each link's CPU time.
# vet runs through internal/vettool: the toolchain's vet on Kent's own
# packages, without type-checking each of the ~450 dependencies again for
# facts only (see that command's doc for what that leaves out).
test:
	@out="$$($(dir $(GO))gofmt -l $$(find . -name "*.go" -not -path "./.*"))"; test -z "$$out" || { echo "gofmt needed: $$out"; exit 1; }
	$(GO) build -o bin/vettool ./internal/vettool
	KENT_VET="$$($(GO) env GOTOOLDIR)/vet" $(GO) vet -race -vettool="$(CURDIR)/bin/vettool" ./...
	$(GO) test -race -vet=off -ldflags=-w -count=1 -timeout 30m ./...
	@# The bundled lingua-go is its own module (./... skips it) and carries
	@# Kent's speed changes: its own tests guard them. -race like the rest,
	@# so a cold run need not compile the standard library a second time.
	cd third_party/lingua-go && $(GO) test -race -ldflags=-w -count=1 ./...

# Every fuzz target, FUZZTIME each. -fuzzminimizetime=0 turns minimisation
# off: by default every input that finds new coverage is first minimised for
# up to a minute, which ate the run (4 executions of FuzzClean in a minute).
# A failing input is still written to testdata/fuzz; minimise it by hand with
# `go test -run=FuzzX/ID -fuzz=FuzzX -fuzzminimizetime=30s`. Seeds are the
# f.Add inputs and each package's testdata/fuzz.
FUZZTIME ?= 30s
FUZZ = $(GO) test -run=^$$ -fuzztime=$(FUZZTIME) -fuzzminimizetime=0
FUZZ_TARGETS = ./clean:FuzzClean ./ingest:FuzzRead ./ingest:FuzzReadWARC ./ingest:FuzzReadJSONL \
	./ingest:FuzzReadText ./ingest:FuzzReadFeed ./ingest:FuzzReadHTML ./segment:FuzzSentences \
	./attrib:FuzzExtract ./estimate:FuzzExtract ./tokens:FuzzSentence
fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do echo "== $$t"; $(FUZZ) -fuzz="^$${t#*:}\$$" "$${t%%:*}"; done

# Ten seconds per target: a quick look, not part of `make test`.
fuzz-short:
	@$(MAKE) --no-print-directory fuzz FUZZTIME=10s

# What CI runs after `make test` (.ci/run): every target for 3,000 new
# inputs, with minimisation off (about 2 minutes on 2 cores, most of it
# building the instrumented tests). A count, not a duration: Go 1.26's fuzz
# coordinator can fail a duration-bounded run with a bare "context deadline
# exceeded" and no crasher when a worker is mid-call at the deadline
# (go.dev/issue/75804, fixed in 1.27); a count has no deadline to race.
fuzz-ci:
	@$(MAKE) --no-print-directory fuzz FUZZTIME=3000x

bench:
	$(GO) test -run=^$$ -bench=. -benchmem ./...

# Accuracy against ../shared/eval (not part of `make test`: it needs that folder).
# BRAT=DIR adds a brat attribution corpus (Source/Cue/Content), which ../shared lacks.
EVAL ?= ../shared/eval
eval: build
	$(BIN) eval outlook $(EVAL)/seeds/gold.yaml examples/belarus
	$(BIN) eval estimates $(EVAL)/seeds/gold.yaml examples/belarus
	$(BIN) eval words $(EVAL)/probability-words/zonination/probly.csv
	$(BIN) eval quotes $(EVAL)/seeds/gold.yaml examples/belarus
	$(BIN) eval redewiedergabe $(EVAL)/attribution/redewiedergabe-de/tsv
	$(BIN) eval spkatt $(EVAL)/attribution/spkatt-de
	$(if $(BRAT),$(BIN) eval attribution $(BRAT))
	$(BIN) eval clean $(EVAL)/seeds/gold.yaml examples/belarus
	$(BIN) eval names eval/names/pairs.tsv
	$(BIN) eval stories $(EVAL)/crosslingual/pud-documents.jsonl
	$(BIN) eval langid $(EVAL)/langid/langid_sentences.tsv
	$(BIN) eval extract $(EVAL)/extraction/scrapinghub
	$(BIN) eval extract $(EVAL)/extraction/trafilatura

clean:
	rm -rf bin .demo
