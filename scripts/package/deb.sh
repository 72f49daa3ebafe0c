#!/usr/bin/env bash
# Builds the Debian package from a staged installation: `make deb` runs
#
#   scripts/package/deb.sh STAGE VERSION OUTDIR
#
# after `make install DESTDIR=STAGE PREFIX=/usr`. It strips the binary, compresses the manual page,
# adds /usr/share/doc/govnet/{copyright,changelog.gz} (the Debian changelog, made from CHANGELOG.md) and the
# lintian override of the LibYAML copy Yams carries, computes
# Depends with dpkg-shlibdeps from the libraries govnet links (the Graphviz runtime, libc…), writes
# DEBIAN/control and DEBIAN/md5sums and builds OUTDIR/govnet_VERSION_ARCH.deb with dpkg-deb (owner
# root, files dated by the last commit: the same binary gives the same package bytes).
# `deb.sh --check-tools` only checks that the packaging tools are installed (make deb runs it first).
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in dpkg-deb dpkg-shlibdeps strip gzip; do
  command -v "$tool" >/dev/null || { echo "deb: $tool is missing: apt-get install dpkg-dev binutils" >&2; exit 69; }
done
[ "${1:-}" != --check-tools ] || exit 0
[ $# -eq 3 ] || { echo "usage: $0 STAGE VERSION OUTDIR  (or --check-tools)" >&2; exit 64; }
stage=$1 version=$2 outdir=$3
[ -x "$stage/usr/bin/govnet" ] || { echo "deb: $stage/usr/bin/govnet missing: run make install DESTDIR=$stage PREFIX=/usr" >&2; exit 66; }
arch=$(dpkg --print-architecture)
maintainer=${DEB_MAINTAINER:-GovNet maintainers <maintainers@users.noreply.r-seed-edc819d3.example>}
# Dates in the package: the last commit's (a source archive without Git: the newest CHANGELOG.md entry).
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null ||
  date -d "$(sed -n 's/^## [^ ]* — \([0-9-]*\).*/\1/p' CHANGELOG.md | head -1)" +%s)}

# As dh_strip and dh_installman do: no symbol table, compressed manual page, 0644/0755 modes.
strip --remove-section=.comment --remove-section=.note --strip-unneeded "$stage/usr/bin/govnet"
gzip -9nf "$stage/usr/share/man/man1/govnet.1"
doc=$stage/usr/share/doc/govnet
install -d "$doc"
install -m 644 scripts/package/copyright "$doc/copyright"
scripts/package/debian-changelog.sh CHANGELOG.md govnet "$maintainer" | gzip -9n > "$doc/changelog.gz"
chmod 644 "$doc/changelog.gz"
# The one lintian error a Swift program carrying Yams cannot avoid, explained where lintian shows it.
install -d "$stage/usr/share/lintian/overrides"
cat > "$stage/usr/share/lintian/overrides/govnet" <<'OVERRIDES'
# Yams, the YAML library govnet reads network files with, compiles its own copy of LibYAML (its
# CYaml target) into the program; a Swift package cannot link the system libyaml in its place.
govnet: embedded-library libyaml [usr/bin/govnet]
OVERRIDES
chmod 644 "$stage/usr/share/lintian/overrides/govnet"

# Depends: the packages of the shared libraries govnet links, with the versions their symbols need.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/debian"
printf 'Source: govnet\n\nPackage: govnet\nArchitecture: any\n' > "$work/debian/control"
binary=$(realpath "$stage/usr/bin/govnet")
depends=$(cd "$work" && dpkg-shlibdeps -O "$binary" 2>"$work/shlibdeps.err" | sed -n 's/^shlibs:Depends=//p') || true
if [ -z "$depends" ]; then
  echo "deb: dpkg-shlibdeps found no dependencies:" >&2; cat "$work/shlibdeps.err" >&2; exit 70
fi
case $depends in
  *libgvc6*) ;;
  *) echo "deb: Depends lacks the Graphviz runtime (libgvc6): $depends" >&2; exit 70 ;;
esac
# zlib inflates and deflates Excel workbooks (ZIPFoundation links libz dynamically).
case $depends in
  *zlib1g*) ;;
  *) echo "deb: Depends lacks zlib (zlib1g), which Excel workbooks need: $depends" >&2; exit 70 ;;
esac
if ldd "$binary" | grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime'; then
  echo "deb: govnet links the Swift runtime dynamically; build it with --static-swift-stdlib" >&2; exit 70
fi

install -d -m 755 "$stage/DEBIAN"
cat > "$stage/DEBIAN/control" <<CONTROL
Package: govnet
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $(du -sk --exclude=DEBIAN "$stage" | cut -f1)
Depends: $depends
Recommends: fonts-wqy-microhei | fonts-noto-cjk
Section: science
Priority: optional
Description: analyse collaborative-governance (emergency linkage) networks
 GovNet reads the departments that must act together in an emergency and
 the ties between them by mechanism (command, information sharing, material
 support, supervision, joint operations) with each department's
 responsibilities, from YAML, JSON, CSV or the formats of other network
 tools. It finds where coordination breaks down (single points of failure,
 one-way information, overloaded hubs, responsibility gaps), compares
 networks before and after a reform, draws diagrams with Graphviz and writes
 HTML and Markdown reports in English or Chinese.
 .
 A CJK font is recommended so that Chinese names in diagrams render as
 glyphs.
CONTROL
(cd "$stage" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 md5sum) \
  > "$stage/DEBIAN/md5sums"
chmod 644 "$stage/DEBIAN/control" "$stage/DEBIAN/md5sums"
find "$stage" -type d -exec chmod 755 {} +
find "$stage" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +

mkdir -p "$outdir"
deb=$outdir/govnet_${version}_${arch}.deb
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "deb: $deb ($(du -k "$deb" | cut -f1) KB)"
echo "deb: Depends: $depends"
