# Two commands for a fresh Debian machine with the Swift toolchain (see README):
#   make run    installs what is missing, builds a release binary and opens it
#   make test   installs what is missing and runs every test (what CI runs)
# Recipes use bash for `command -v` and arrays.
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# System packages the build and the tests need: ncurses headers (pkg-config ncursesw), tmux for end-to-end tests.
APT_PACKAGES := libncurses-dev pkg-config tmux

.PHONY: deps run build test bench lint sanitize man completions install uninstall clean

BINARY := .build/release/dualtohoku
MAN_PAGE := .build/man/dualtohoku.1
COMPLETIONS := .build/completions/dualtohoku.bash .build/completions/dualtohoku.zsh .build/completions/dualtohoku.fish
# GNU conventions: `make install PREFIX=~/.local`, or DESTDIR=/tmp/stage for a package.
PREFIX ?= /usr/local
DESTDIR ?=

deps:
	@missing=(); \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing+=($$p); done; \
	if [ $${#missing[@]} -gt 0 ]; then \
	  echo "Installing: $${missing[*]}"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq "$${missing[@]}"; \
	fi

# The Swift runtime linked statically: about 4 ms less to start, which is what a presenter waits for.
# The touch marks the binary as built from the sources as they are now: SwiftPM does not relink when a source was
# only touched, and the tests refuse a binary older than the sources (Tests/TestSupport/ReleaseBinary.swift).
build: deps
	swift build -c release --product dualtohoku --static-swift-stdlib
	touch .build/release/dualtohoku

run: build
	.build/release/dualtohoku

# The command-line and end-to-end tests run the release binary that `build` makes, built once here, and the
# install test installs it with its man page and completions, made here too (a build from inside `swift test` would
# wait for ever on the lock SwiftPM holds on .build).
test: build man completions
	swift test

# The benchmark compares a search with fzf's (installed here if missing).
bench: build
	@dpkg -s fzf >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq fzf; }
	swift run -c release dualtohoku-bench .build/release/dualtohoku

# The unit, view, reducer and fuzz tests under the address sanitizer (with its leak checker), then the thread
# sanitizer, each in a build folder of its own. The command-line and end-to-end suites run the release binary, which
# no sanitizer builds, so they are left out here. Tests/Sanitizers/ lists what each sanitizer reports that is not ours
# (the harness's leaks; TSan's blind spot for a contended Mutex), with the reason. Under TSan, which runs the fuzz test
# some 50 times slower, its random actions are 2,000 a seed: enough to run every path on several threads.
SANITIZED_SKIP := --skip EndToEndTests --skip CommandLineTests
sanitize: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/Sanitizers/lsan.supp ASAN_OPTIONS=detect_leaks=1:halt_on_error=1 \
	  swift test --scratch-path .build/asan --sanitize=address $(SANITIZED_SKIP)
	TSAN_OPTIONS=suppressions=$(CURDIR)/Tests/Sanitizers/tsan.supp:halt_on_error=1 DUALTOHOKU_FUZZ_ACTIONS=2000 \
	  swift test --scratch-path .build/tsan --sanitize=thread $(SANITIZED_SKIP)

lint:
	swift format lint --recursive Sources Tests Plugins

# The man page and shell completions come from swift-argument-parser, asked of the release binary itself. Not
# `swift package generate-manual`: that plugin rebuilds .build/release/dualtohoku without the static runtime.
# Always made afresh (they follow the binary's options); install makes them only when missing.
man: $(BINARY)
	swift build -c release --product generate-manual
	mkdir -p .build/man
	.build/release/generate-manual $(BINARY) --output-directory .build/man
	@echo "man page: $(MAN_PAGE) (man $(MAN_PAGE))"

completions: $(BINARY)
	mkdir -p .build/completions
	for shell in bash zsh fish; do $(BINARY) --generate-completion-script $$shell > .build/completions/dualtohoku.$$shell; done
	@echo "completions: .build/completions/"

$(MAN_PAGE):
	$(MAKE) man

$(COMPLETIONS):
	$(MAKE) completions

# Only when it is missing: `make install` after `make build` (or `make test`) installs what was built and tested.
$(BINARY):
	$(MAKE) build

# Each file where its shell or man looks for it under PREFIX.
install: $(BINARY) $(MAN_PAGE) $(COMPLETIONS)
	install -D -m 755 $(BINARY) $(DESTDIR)$(PREFIX)/bin/dualtohoku
	install -D -m 644 $(MAN_PAGE) $(DESTDIR)$(PREFIX)/share/man/man1/dualtohoku.1
	install -D -m 644 .build/completions/dualtohoku.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/dualtohoku
	install -D -m 644 .build/completions/dualtohoku.zsh $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_dualtohoku
	install -D -m 644 .build/completions/dualtohoku.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/dualtohoku.fish

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/dualtohoku $(DESTDIR)$(PREFIX)/share/man/man1/dualtohoku.1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions/dualtohoku \
	  $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_dualtohoku \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/dualtohoku.fish

clean:
	rm -rf .build
