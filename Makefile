# GovNet — common tasks. `make demo` runs the main job on the bundled networks (the before/after report of
# Xiangyang from its own published plans);
# `make test` runs the tests.
SWIFT ?= swift
GOVNET = .build/release/govnet
# System dependencies (one list, shared with .ci/run): checked, and installed when run as root.
DEPS = scripts/setup/deps.sh
# The Python the tests and oracle scripts run (pinned NetworkX and python-igraph, made by $(DEPS) test).
export GOVNET_TEST_PYTHON ?= $(CURDIR)/.venv-test/bin/python

.PHONY: build demo test bench fixtures networks clean

build:
	$(DEPS) build
	$(SWIFT) build -c release --product govnet

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
