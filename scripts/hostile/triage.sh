#!/usr/bin/env bash
# Runs `govnet validate` on every file of the hostile corpus (or the files given) under a 1 GiB
# address-space limit and a 5 s timeout; prints exit code, seconds and the first stderr line.
# Usage: scripts/hostile/triage.sh [GOVNET_BINARY] [FILES...]
set -u
bin=${1:-.build/debug/govnet}; shift || true
files=("$@"); [ ${#files[@]} -eq 0 ] && files=(Tests/GovNetTests/Fixtures/hostile/*)
for f in "${files[@]}"; do
  start=$(date +%s.%N)
  err=$( (ulimit -v 4194304; timeout 5 "$bin" validate "$f") 2>&1 >/dev/null | head -1)
  rc=${PIPESTATUS[0]}
  rc=$( (ulimit -v 4194304; timeout 5 "$bin" validate "$f") >/dev/null 2>&1; echo $?)
  end=$(date +%s.%N)
  printf '%3s %5.2fs %-40s %s\n' "$rc" "$(echo "($end-$start)/2" | bc -l)" "$(basename "$f")" "${err:0:150}"
done
