#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer and ThreadSanitizer, each in its own scratch
# folder (.build-asan, .build-tsan; git-ignored by .build-*/). Not part of .ci/run: each build plus run
# takes far longer than the CI budget on a small machine.
# Usage: scripts/sanitize.sh [address|thread|all] [swift test filter]
set -uo pipefail
cd "$(dirname "$0")/.."
which=${1:-all}
filter=${2:-}
status=0
run() {  # $1 = address|thread, $2 = scratch folder
  echo "== $1 sanitizer ($2)"
  local args=(--scratch-path "$2" --sanitize="$1")
  [ -n "$filter" ] && args+=(--filter "$filter")
  # TSan: report and keep going; ASan: halt on the first error. Leak checking is on for ASan.
  if ASAN_OPTIONS="detect_leaks=1:halt_on_error=1" LSAN_OPTIONS="suppressions=$PWD/scripts/fuzz/lsan.supp" TSAN_OPTIONS="halt_on_error=0:second_deadlock_stack=1" \
     swift test "${args[@]}" 2>&1 | tee "$2.log" | grep -E "WARNING: ThreadSanitizer|ERROR: AddressSanitizer|SUMMARY:|Test run with|error:" ; then :; fi
  if grep -qE "WARNING: ThreadSanitizer|ERROR: AddressSanitizer|ERROR: LeakSanitizer|✘ Test run" "$2.log"; then
    echo "   $1 sanitizer: problems found (see $2.log)"; status=1
  elif grep -q "Test run with .* passed" "$2.log"; then
    echo "   $1 sanitizer: clean"
  else
    echo "   $1 sanitizer: did not complete (see $2.log)"; status=1
  fi
}
case $which in
  address) run address .build-asan ;;
  thread) run thread .build-tsan ;;
  all) run address .build-asan; run thread .build-tsan ;;
  *) echo "usage: $0 [address|thread|all] [filter]"; exit 64 ;;
esac
exit $status
