# GovNet — common tasks. `make demo` runs the main job on the bundled networks (the before/after report of
# Xiangyang from its own published plans);
# `make test` runs the tests.
SWIFT ?= swift
# Build configuration of the govnet that `make build`, `man`, `completions`, `install` and `deb` use.
CONFIG ?= release
GOVNET = .build/$(CONFIG)/govnet
# On Linux the Swift runtime and Foundation are linked into govnet (--static-swift-stdlib), so an
# installed govnet runs without a Swift toolchain (macOS has the Swift runtime in the system).
ifeq ($(shell uname -s),Linux)
STATIC_STDLIB ?= --static-swift-stdlib
endif
SWIFT_BUILD = $(SWIFT) build -c $(CONFIG) $(STATIC_STDLIB)
# The semantic version, from its one place in the sources.
VERSION := $(shell sed -n 's/.*static let string = "\(.*\)".*/\1/p' Sources/GovNet/GovNetVersion.swift)
# System dependencies (one list, shared with .ci/run): checked, and installed when run as root.
DEPS = scripts/setup/deps.sh
# The Python the tests and oracle scripts run (pinned NetworkX and python-igraph, made by $(DEPS) test).
export GOVNET_TEST_PYTHON ?= $(CURDIR)/.venv-test/bin/python

.PHONY: build demo test bench fixtures networks clean

build:
	$(DEPS) build
	$(SWIFT_BUILD) --product govnet

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
# the bytes are reproducible) and bash/zsh/fish completions, into .build/share (the bash script without
# its '#!' line: bash-completion sources it).
SHARE = .build/share
MAN_DATE ?= $(shell git log -1 --format=%cs 2>/dev/null || echo 2026-01-01)
.PHONY: man completions install
man: build
	$(SWIFT_BUILD) --product generate-manual
	mkdir -p $(SHARE)/man/man1
	.build/$(CONFIG)/generate-manual $(GOVNET) --date $(MAN_DATE) -o $(SHARE)/man/man1

completions: build
	mkdir -p $(SHARE)/completions
	$(GOVNET) --generate-completion-script bash > $(SHARE)/completions/govnet.bash.tmp
	sed '1{/^#!/d;}' $(SHARE)/completions/govnet.bash.tmp > $(SHARE)/completions/govnet.bash
	rm $(SHARE)/completions/govnet.bash.tmp
	$(GOVNET) --generate-completion-script zsh > $(SHARE)/completions/_govnet
	$(GOVNET) --generate-completion-script fish > $(SHARE)/completions/govnet.fish

# `make install PREFIX=~/.local` (default /usr/local; DESTDIR for staging): the binary, the manual
# page and the completions where bash-completion, zsh and fish look for them. `make uninstall` (same
# PREFIX and DESTDIR) removes exactly these five files.
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
MANDIR ?= $(PREFIX)/share/man
BASHCOMPDIR ?= $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR ?= $(PREFIX)/share/zsh/site-functions
FISHCOMPDIR ?= $(PREFIX)/share/fish/vendor_completions.d
INSTALLED = $(BINDIR)/govnet $(MANDIR)/man1/govnet.1 $(BASHCOMPDIR)/govnet $(ZSHCOMPDIR)/_govnet \
    $(FISHCOMPDIR)/govnet.fish
.PHONY: uninstall deb
install: build man completions
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) \
	    $(DESTDIR)$(FISHCOMPDIR)
	install -m 755 $(GOVNET) $(DESTDIR)$(BINDIR)/govnet
	install -m 644 $(SHARE)/man/man1/govnet.1 $(DESTDIR)$(MANDIR)/man1/govnet.1
	install -m 644 $(SHARE)/completions/govnet.bash $(DESTDIR)$(BASHCOMPDIR)/govnet
	install -m 644 $(SHARE)/completions/_govnet $(DESTDIR)$(ZSHCOMPDIR)/_govnet
	install -m 644 $(SHARE)/completions/govnet.fish $(DESTDIR)$(FISHCOMPDIR)/govnet.fish

uninstall:
	rm -f $(addprefix $(DESTDIR),$(INSTALLED))

# `make deb`: dist/govnet_$(VERSION)_amd64.deb (Debian/Ubuntu), built with dpkg-deb from what
# `make install PREFIX=/usr` stages (zsh completion in Debian's vendor-completions), with the control
# file, Depends computed by dpkg-shlibdeps, md5sums, copyright and changelog (scripts/package/deb.sh).
DEB_STAGE = .build/deb/root
# `make version` prints the semantic version (for scripts: one place to read it).
.PHONY: version
version:
	@echo $(VERSION)
.PHONY: deb-tools
deb-tools:
	scripts/package/deb.sh --check-tools
deb: deb-tools build man completions
	rm -rf $(DEB_STAGE)
	$(MAKE) install DESTDIR=$(CURDIR)/$(DEB_STAGE) PREFIX=/usr ZSHCOMPDIR=/usr/share/zsh/vendor-completions
	scripts/package/deb.sh $(DEB_STAGE) $(VERSION) dist
