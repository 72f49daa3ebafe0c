#!/usr/bin/env bash
# Regenerates the README's images in docs/images/ with govnet itself (render + report) and headless
# Chromium for the report screenshot. Usage: scripts/readme/images.sh [GOVNET]
set -euo pipefail
cd "$(dirname "$0")/../.."
govnet=${1:-.build/debug/govnet}
[ -x "$govnet" ] || swift build --product govnet >/dev/null
out=docs/images
mkdir -p "$out"
"$govnet" render networks/hubei-city-post-reform.yaml -o "$out/hubei-post-reform-bottlenecks.png" \
  --highlight bottlenecks --size-by betweenness --label zh --title "市应急联动网络（改革后）：瓶颈部门与脆弱联系"
"$govnet" render networks/hubei-city-pre-reform.yaml -o "$out/hubei-pre-reform-information.png" \
  --mechanism information --highlight bottlenecks --size-by in_degree --title "Information sharing before the reform: mostly one way, upward"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$govnet" report networks/hubei-city-post-reform.yaml --compare networks/hubei-city-pre-reform.yaml \
  --mapping networks/hubei-city-reform-mapping.csv -o "$tmp/report" --quiet
scripts/report/browser-check.sh "$tmp/report" "$out/report-screenshot.png"
