#!/usr/bin/env bash
# Regenerates the README's images in docs/images/ with govnet itself (render + report) and headless
# Chromium for the report screenshot. Usage: scripts/readme/images.sh [GOVNET]
set -euo pipefail
cd "$(dirname "$0")/../.."
govnet=${1:-.build/debug/govnet}
[ -x "$govnet" ] || swift build --product govnet >/dev/null
out=docs/images
mkdir -p "$out"
# The real city first: Xiangyang from its own published plans (documentary data).
"$govnet" render networks/xiangyang/xiangyang-post-reform.yaml -o "$out/xiangyang-post-reform-flood-hq.png" \
  --mechanism membership --mechanism drafting --mechanism information --mechanism operation \
  --label zh --layout neato --color-by kind --title "襄阳市防汛抗旱指挥部（改革后）：成员单位、市防办与协议（文献数据）"
"$govnet" render networks/xiangyang/xiangyang-pre-reform.yaml -o "$out/xiangyang-pre-reform-drafting.png" \
  --mechanism drafting --label zh --layout neato --color-by kind --title "襄樊市专项应急预案的承办与协办单位（2006，文献数据）"
# The illustrative Hubei pair (teaching and tests).
"$govnet" render networks/hubei-city-post-reform.yaml -o "$out/hubei-post-reform-bottlenecks.png" \
  --highlight bottlenecks --size-by betweenness --label zh --title "示意性模型：市应急联动网络（改革后）的瓶颈部门与脆弱联系"
"$govnet" render networks/hubei-city-pre-reform.yaml -o "$out/hubei-pre-reform-information.png" \
  --mechanism information --highlight bottlenecks --size-by in_degree --title "In this illustrative model: information sharing before the reform, mostly one way, upward"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$govnet" report networks/xiangyang/xiangyang-post-reform.yaml --compare networks/xiangyang/xiangyang-pre-reform.yaml \
  --mapping networks/xiangyang/xiangyang-reform-mapping.csv -o "$tmp/report" --quiet
scripts/report/browser-check.sh "$tmp/report" "$out/report-screenshot.png"
