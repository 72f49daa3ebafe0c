#!/usr/bin/env bash
# The one list of GovNet's system dependencies. `make demo`, `make test` and `.ci/run` call this first.
#
#   scripts/setup/deps.sh build   what building govnet and drawing diagrams needs: make,
#                                 pkg-config, the Graphviz development files (pkg-config libgvc),
#                                 zlib's development files (pkg-config zlib, for Excel workbooks),
#                                 a CJK font (fc-list :lang=zh) so Chinese names render as glyphs
#   scripts/setup/deps.sh package build + what `make deb` and scripts/package/verify-clean-install.sh
#                                 need: dpkg-dev (dpkg-shlibdeps), binutils (strip), lintian and
#                                 debootstrap
#   scripts/setup/deps.sh test    build + what the tests and CI need: headless Chromium (report browser
#                                 check and printing), poppler-utils (pdftotext, pdfinfo), python3 with venv, and the virtual environment .venv-test/
#                                 holding the pinned packages of scripts/setup/requirements-test.txt
#                                 (NetworkX and python-igraph for the read-back and oracle suites)
#
# As root (CI, containers) it installs what is missing with apt-get, non-interactively. As any other
# user it prints the exact command to run and exits 69 (EX_UNAVAILABLE) before anything is compiled.
# The virtual environment is created as the calling user (it lives in the clone, no root needed).
#
# Tests find the Python to use in GOVNET_TEST_PYTHON (the Makefile exports it as the absolute path of
# .venv-test/bin/python; Tests/GovNetTestSupport/TestPython.swift falls back to that path, then python3).
# `scripts/setup/deps.sh python` prints that path.
set -euo pipefail
cd "$(dirname "$0")/../.."
level=${1:-test}
venv=.venv-test
requirements=scripts/setup/requirements-test.txt

case $level in
  build|package|test) ;;
  python) echo "$PWD/$venv/bin/python"; exit 0 ;;
  *) echo "usage: $0 build|package|test|python" >&2; exit 64 ;;
esac

# Fills `missing` with the Debian packages whose check fails.
check() {
  missing=()   # Debian package names
  command -v make >/dev/null 2>&1 || missing+=(make)
  command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
  pkg-config --exists libgvc 2>/dev/null || missing+=(libgraphviz-dev)
  # zlib: ZIPFoundation inflates and deflates Excel workbooks (.xlsx) with it (pkg-config zlib).
  pkg-config --exists zlib 2>/dev/null || missing+=(zlib1g-dev)
  (command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh 2>/dev/null | grep -q .) || missing+=(fontconfig fonts-wqy-microhei)
  if [ "$level" = package ]; then
    command -v dpkg-shlibdeps >/dev/null 2>&1 || missing+=(dpkg-dev)
    command -v strip >/dev/null 2>&1 || missing+=(binutils)
    command -v lintian >/dev/null 2>&1 || missing+=(lintian)
    command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
  fi
  if [ "$level" = test ]; then
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
    # pdftotext and pdfinfo read the report printed to PDF (scripts/report/print-check.sh).
    command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
    command -v python3 >/dev/null 2>&1 || missing+=(python3)
    # Debian splits venv and ensurepip out of python3; python3 -m venv fails without them.
    python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || missing+=(python3-venv)
  fi
  return 0
}

check
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "deps: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    # The checks again: an installed package that still fails its check would otherwise surface later
    # as a compiler error about graphviz/gvc.h.
    check
    if [ "${#missing[@]}" -gt 0 ]; then
      echo "deps: still missing after apt-get install: ${missing[*]}" >&2
      echo "deps: (is pkg-config finding libgvc.pc? try: pkg-config --modversion libgvc; fc-list :lang=zh)" >&2
      exit 69
    fi
  else
    echo "deps: missing system packages: ${missing[*]}" >&2
    echo "deps: install them, then run make again:" >&2
    echo "" >&2
    echo "    sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    echo "" >&2
    exit 69
  fi
fi

if [ "$level" = test ]; then
  # (Re)build the virtual environment when it is missing or its pins differ from the requirements file.
  stamp=$venv/requirements-test.txt
  if [ ! -x "$venv/bin/python" ] || ! cmp -s "$requirements" "$stamp"; then
    echo "deps: preparing $venv/ ($(grep -v '^#' "$requirements" | xargs))"
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements"
    cp "$requirements" "$stamp"
  fi
fi
