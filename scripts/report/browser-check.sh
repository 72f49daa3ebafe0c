#!/usr/bin/env bash
# Loads a report in headless Chromium: fails when the page logs a console error or its inline script did
# not run (the sortable tables mark themselves data-sortable="ready"), and saves a screenshot.
# Usage: scripts/report/browser-check.sh REPORT_DIR [SCREENSHOT.png]
set -euo pipefail
dir=${1:?usage: browser-check.sh REPORT_DIR [SCREENSHOT.png]}
shot=${2:-$dir/screenshot.png}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then echo "browser-check: no Chromium found" >&2; exit 2; fi
page="file://$(cd "$dir" && pwd)/report.html"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions
       --disable-background-networking --disable-sync --metrics-recording-only --enable-logging=stderr --v=0)
dom=$(timeout 120 "$browser" "${flags[@]}" --dump-dom "$page" 2>"$log" || true)
if grep -q "CONSOLE" "$log"; then
  echo "browser-check: console messages while loading $page:" >&2
  grep "CONSOLE" "$log" >&2
  exit 1
fi
if ! grep -q 'data-sortable="ready"' <<<"$dom"; then
  echo "browser-check: the report's script did not run (no sortable table became ready)" >&2
  exit 1
fi
for section in summary findings departments methods; do
  grep -q "id=\"$section\"" <<<"$dom" || { echo "browser-check: section '$section' missing" >&2; exit 1; }
done
timeout 120 "$browser" "${flags[@]}" --window-size=1280,2200 --screenshot="$shot" "$page" 2>/dev/null >/dev/null || true
[ -s "$shot" ] || { echo "browser-check: no screenshot was written" >&2; exit 1; }
echo "browser-check: $page rendered without console errors; screenshot $shot"
