#!/usr/bin/env bash
# Fails (exit 1) when the committed notebooks-data/ tables differ from what `govnet export` writes now,
# naming every stale, missing or unexpected file. Pass --release to use the release build; GOVNET=…
# to use a given binary.
set -euo pipefail
cd "$(dirname "$0")/../.."

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
scripts/notebooks/regenerate.sh "$@" --out "$tmp/fresh" >/dev/null

# Data files only: README.md, notebooks and checkpoints are not generated.
list() { (cd "$1" && find . -mindepth 2 -type f ! -path '*/.ipynb_checkpoints/*' | LC_ALL=C sort); }
list notebooks-data > "$tmp/committed.txt" 2>/dev/null || : > "$tmp/committed.txt"
list "$tmp/fresh" > "$tmp/expected.txt"

stale=0
while IFS= read -r f; do
  if [ ! -f "notebooks-data/$f" ]; then
    echo "check-stale: missing: notebooks-data/${f#./}"; stale=1
  elif ! cmp -s "notebooks-data/$f" "$tmp/fresh/$f"; then
    echo "check-stale: stale: notebooks-data/${f#./}"; stale=1
  fi
done < "$tmp/expected.txt"
while IFS= read -r f; do
  if [ ! -f "$tmp/fresh/$f" ]; then
    echo "check-stale: not produced by govnet export any more: notebooks-data/${f#./}"; stale=1
  fi
done < "$tmp/committed.txt"

if [ "$stale" -ne 0 ]; then
  echo "check-stale: notebooks-data/ is stale; run 'make notebooks-data' and commit the result" >&2
  exit 1
fi
echo "check-stale: notebooks-data/ matches govnet export ($(wc -l < "$tmp/expected.txt" | tr -d ' ') files)"
