#!/usr/bin/env bash
# Writes the Debian changelog of the package (debian/changelog format) from CHANGELOG.md, so the two
# never disagree:
#
#   scripts/package/debian-changelog.sh CHANGELOG.md PACKAGE "MAINTAINER <EMAIL>"
#
# Each '## VERSION — YYYY-MM-DD' section becomes one entry, newest first; its '### Heading' lines become
# '[ Heading ]' and every paragraph or '- ' item a '*' item wrapped at 78 columns.
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 CHANGELOG.md PACKAGE MAINTAINER" >&2; exit 64; }
changelog=$1 package=$2 maintainer=$3

# One line per item: V<tab>version<tab>date, H<tab>heading, I<tab>item text (continuations joined).
LC_ALL=C.UTF-8 awk '
  function flush() { if (item != "") print "I\t" item; item = "" }
  /^## / { flush(); split($0, f, " "); print "V\t" f[2] "\t" f[4]; inside = 1; next }
  !inside { next }
  /^### / { flush(); sub(/^### /, ""); print "H\t" $0; next }
  /^- / { flush(); sub(/^- /, ""); item = $0; next }
  /^[ \t]*$/ { flush(); next }
  { sub(/^[ \t]+/, ""); item = (item == "" ? $0 : item " " $0) }
  END { flush() }
' "$changelog" | {
  first=1
  while IFS=$'\t' read -r kind a b; do
    case $kind in
      V)
        [ $first -eq 1 ] || printf '\n -- %s  %s\n\n' "$maintainer" "$date"
        first=0
        date=$(LC_ALL=C date -u -d "$b 00:00:00" -R)
        printf '%s (%s) unstable; urgency=medium\n\n' "$package" "$a" ;;
      H) printf '\n  [ %s ]\n' "$a" ;;
      I) printf '%s\n' "$a" | fold -s -w 74 | sed -e '1s/^/  * /' -e '2,$s/^/    /' -e 's/ *$//' ;;
    esac
  done
  [ $first -eq 1 ] || printf '\n -- %s  %s\n' "$maintainer" "$date"
}
