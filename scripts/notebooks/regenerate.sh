#!/usr/bin/env bash
# Regenerates notebooks-data/ (the tidy tables of every network in networks/ and of the Hubei
# before/after comparison) with `govnet export`.
#
#   scripts/notebooks/regenerate.sh               # debug govnet (built if out of date), into notebooks-data/
#   scripts/notebooks/regenerate.sh --release     # release govnet
#   scripts/notebooks/regenerate.sh --out DIR     # into DIR instead (used by check-stale.sh)
#   GOVNET=/path/to/govnet scripts/notebooks/regenerate.sh   # a given binary, no build
#
# Only the data folders are replaced; notebooks-data/README.md and the notebooks stay as they are.
set -euo pipefail
cd "$(dirname "$0")/../.."

out=notebooks-data
config=debug
while [ $# -gt 0 ]; do
  case "$1" in
    --release) config=release ;;
    --debug) config=debug ;;
    --out) out="$2"; shift ;;
    *) echo "regenerate.sh: unknown option $1" >&2; exit 64 ;;
  esac
  shift
done

govnet="${GOVNET:-}"
if [ -z "$govnet" ]; then
  # Always let SwiftPM bring the binary up to date: a stale binary would write stale tables.
  if ! log="$(swift build -c "$config" --product govnet 2>&1)"; then
    echo "$log" >&2
    exit 1
  fi
  govnet=".build/$config/govnet"
fi

# Every curated network (sorted, so the order never depends on the file system).
mapfile -t files < <(find networks -name '*.yaml' | LC_ALL=C sort)

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$govnet" export -q -o "$tmp" "${files[@]}" \
  --compare networks/hubei-city-pre-reform.yaml networks/hubei-city-post-reform.yaml \
  --mapping networks/hubei-city-reform-mapping.csv --compare-name hubei-city-reform

mkdir -p "$out"
# Replace the data folders (and only them): drop folders that no export produces any more.
for d in "$out"/*/; do
  [ -d "$d" ] || continue
  case "$(basename "$d")" in .*) continue ;; esac
  rm -rf "$d"
done
cp -R "$tmp"/. "$out"/
echo "regenerate.sh: wrote $(find "$tmp" -type f | wc -l | tr -d ' ') files in $(find "$tmp" -mindepth 1 -maxdepth 1 -type d | wc -l | tr -d ' ') folders to $out/"
