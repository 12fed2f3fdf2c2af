# Two commands for a fresh Debian machine with the Swift toolchain (see README):
#   make run    installs what is missing, builds a release binary and opens it
#   make test   installs what is missing and runs every test (what CI runs)
# Recipes use bash for `command -v` and arrays.
SHELL := /bin/bash
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# System packages the build and the tests need: ncurses headers (pkg-config ncursesw), tmux for end-to-end tests.
APT_PACKAGES := libncurses-dev pkg-config tmux

.PHONY: deps run build test bench lint man completions clean

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

# The command-line and end-to-end tests run the release binary that `build` makes, built once here.
test: build
	swift test

bench: build
	swift run -c release dualtohoku-bench .build/release/dualtohoku

lint:
	swift format lint --recursive Sources Tests Plugins

# The man page and shell completions come from swift-argument-parser.
man:
	mkdir -p .build/man
	swift package --allow-writing-to-package-directory generate-manual --output-directory .build/man
	@echo "man page: .build/man/dualtohoku.1 (man .build/man/dualtohoku.1)"

completions: build
	mkdir -p .build/completions
	for shell in bash zsh fish; do .build/release/dualtohoku --generate-completion-script $$shell > .build/completions/dualtohoku.$$shell; done
	@echo "completions: .build/completions/"

clean:
	rm -rf .build
