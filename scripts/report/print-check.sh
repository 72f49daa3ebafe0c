#!/usr/bin/env bash
# Prints a report to PDF with headless Chromium (the report's print stylesheet: A4, a page per section)
# and checks the paper copy: every department name of the all-departments table is in the PDF text
# (pdftotext, poppler-utils), whole, and no page is wider than A4 (pdfinfo; 595.3 pt).
# Usage: scripts/report/print-check.sh REPORT_DIR [OUT.pdf]
set -euo pipefail
dir=${1:?usage: print-check.sh REPORT_DIR [OUT.pdf]}
pdf=${2:-$dir/report.pdf}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "print-check: no Chromium found" >&2; exit 2; }
command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null || { echo "print-check: pdftotext/pdfinfo missing (poppler-utils)" >&2; exit 2; }
page="file://$(cd "$dir" && pwd)/report.html"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
timeout 180 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions \
  --no-pdf-header-footer --print-to-pdf="$pdf" "$page" >/dev/null 2>&1 || true
[ -s "$pdf" ] || { echo "print-check: Chromium wrote no PDF" >&2; exit 1; }

# Page sizes: every page at most A4 wide (595.28 pt, 0.5 pt tolerance for rounding).
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
pdfinfo -f 1 -l "$pages" "$pdf" | awk '/^Page +[0-9]+ size:/ { if ($4 > 595.8) { print "print-check: page " $2 " is " $4 " pt wide (A4: 595.3)"; bad = 1 } } END { exit bad }' >&2

# The department names: the first column of departments.csv (written beside the report). Names are
# compared without spaces, since pdftotext may break a long name across a line of the table.
pdftotext -layout "$pdf" "$work/report.txt"
tr -d ' \n' < "$work/report.txt" > "$work/flat.txt"
python3 - "$dir/departments.csv" "$work/flat.txt" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8-sig")))
text = open(sys.argv[2], encoding="utf-8").read()
names = [r[0] for r in rows[1:] if r]
missing = [n for n in names if "".join(n.split()) not in text]
if missing:
    print(f"print-check: {len(missing)} of {len(names)} department names are not in the PDF text: {missing[:10]}", file=sys.stderr)
    sys.exit(1)
print(f"print-check: all {len(names)} department names are in the PDF text")
PY
echo "print-check: $pdf has $pages A4 pages"
