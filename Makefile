# GovNet — common tasks. `make demo` runs the main job on the bundled networks (the before/after report of
# Xiangyang from its own published plans);
# `make test` runs the tests.
SWIFT ?= swift
# Build configuration of the govnet that `make build`, `man`, `completions` and `install` use.
CONFIG ?= release
GOVNET = .build/$(CONFIG)/govnet
# System dependencies (one list, shared with .ci/run): checked, and installed when run as root.
DEPS = scripts/setup/deps.sh
# The Python the tests and oracle scripts run (pinned NetworkX and python-igraph, made by $(DEPS) test).
export GOVNET_TEST_PYTHON ?= $(CURDIR)/.venv-test/bin/python

.PHONY: build demo test bench fixtures networks clean

build:
	$(DEPS) build
	$(SWIFT) build -c $(CONFIG) --product govnet

demo: build
	$(GOVNET) validate --quiet networks/*.yaml networks/emon/*.yaml networks/florentine/*.yaml networks/xiangyang/*.yaml
	$(GOVNET) report networks/xiangyang/xiangyang-post-reform.yaml \
	    --compare networks/xiangyang/xiangyang-pre-reform.yaml --mapping networks/xiangyang/xiangyang-reform-mapping.csv -o report
	@echo "open report/report.html"

test:
	$(DEPS) test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench:
	$(SWIFT) run -c release govnet-bench

# Recompute the NetworkX oracle fixtures (with the pinned packages of the test environment).
fixtures:
	$(DEPS) test
	$(GOVNET_TEST_PYTHON) scripts/oracle/generate.py

clean:
	rm -rf .build

# Regenerate notebooks-data/ (tidy tables of every network, for notebooks) with govnet export.
# CI fails when the committed tables are stale (scripts/notebooks/check-stale.sh).
.PHONY: notebooks-data
notebooks-data:
	scripts/notebooks/regenerate.sh

# The manual page (govnet.1, by swift-argument-parser's generate-manual; dated by the last commit so
# the bytes are reproducible) and bash/zsh/fish completions, into .build/share.
SHARE = .build/share
MAN_DATE ?= $(shell git log -1 --format=%cs 2>/dev/null || echo 2026-01-01)
.PHONY: man completions install
man: build
	$(SWIFT) build -c $(CONFIG) --product generate-manual
	mkdir -p $(SHARE)/man/man1
	.build/$(CONFIG)/generate-manual $(GOVNET) --date $(MAN_DATE) -o $(SHARE)/man/man1

completions: build
	mkdir -p $(SHARE)/completions
	$(GOVNET) --generate-completion-script bash > $(SHARE)/completions/govnet.bash
	$(GOVNET) --generate-completion-script zsh > $(SHARE)/completions/_govnet
	$(GOVNET) --generate-completion-script fish > $(SHARE)/completions/govnet.fish

# `make install PREFIX=~/.local` (default /usr/local; DESTDIR for staging): the binary, the manual
# page and the completions where bash-completion, zsh and fish look for them.
PREFIX ?= /usr/local
install: build man completions
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	    $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	    $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 755 $(GOVNET) $(DESTDIR)$(PREFIX)/bin/govnet
	install -m 644 $(SHARE)/man/man1/govnet.1 $(DESTDIR)$(PREFIX)/share/man/man1/govnet.1
	install -m 644 $(SHARE)/completions/govnet.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/govnet
	install -m 644 $(SHARE)/completions/_govnet $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_govnet
	install -m 644 $(SHARE)/completions/govnet.fish $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/govnet.fish
