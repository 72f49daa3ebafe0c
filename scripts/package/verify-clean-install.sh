#!/usr/bin/env bash
# Proves that the Debian package installs and works on a system without Swift:
#
#   scripts/package/verify-clean-install.sh [DEB]
#
#  1. builds the package (`make deb`; or takes DEB, whose commit is then checked for its form only)
#     and checks it: lintian shows no error, ldd of the packaged govnet lists no Swift runtime, the
#     manual page and the three completions are inside;
#  2. checks `make install DESTDIR=… PREFIX=/usr/local` installs exactly the five files and
#     `make uninstall` removes them all;
#  3. creates a clean Debian root with debootstrap (minbase, the build machine's release, no Swift
#     toolchain), installs the package there with `apt-get install ./govnet_….deb` (Depends and
#     Recommends from the Debian mirror), and as a non-root user in an empty folder runs
#     `govnet --version`, `govnet validate`, `govnet report` and `govnet render` on a bundled network
#     copied in, and checks what they print and write: the version and commit, the report's files, and
#     report.md and the CSV tables byte for byte against the same run on the build machine.
#
# Needs root (debootstrap and chroot). Step 3 is skipped, with the reason and exit status 0, only
# when this machine cannot create the clean root (no debootstrap, no mirror reachable, chroot not
# permitted); every other failure exits non-zero. The mirror is $GOVNET_DEBIAN_MIRROR (default
# http://deb.debian.org/debian). .ci/run runs this script under a time limit.
set -euo pipefail
cd "$(dirname "$0")/../.."
say() { echo "verify-clean-install: $*"; }
fail() { echo "verify-clean-install: FAILED: $*" >&2; exit 1; }
start=$(date +%s)
elapsed() { echo "$(( $(date +%s) - start )) s"; }

[ "$(id -u)" -eq 0 ] || { echo "verify-clean-install: needs root (debootstrap, chroot); run it with sudo" >&2; exit 69; }
scripts/setup/deps.sh package

version=$(make --no-print-directory -s version)
if [ $# -ge 1 ]; then
  commit=""   # a package built elsewhere: its commit is checked for its form only
elif commit=$(git rev-parse --verify --quiet HEAD 2>/dev/null); then
  commit=$(printf %s "$commit" | cut -c1-12)
  git diff --no-ext-diff --quiet HEAD -- || commit="$commit-modified"
else
  commit=""   # a source archive: the commit is whatever the package says (checked for its form only)
fi

# 1. The package.
if [ $# -ge 1 ]; then
  deb=$1
else
  say "building the package (make deb)"
  make deb
  deb=dist/govnet_${version}_$(dpkg --print-architecture).deb
fi
[ -f "$deb" ] || fail "no package at $deb"
say "$deb: $(du -k "$deb" | cut -f1) KB; lintian"
lintian --fail-on error "$deb" || fail "lintian reports errors for $deb"
work=$(mktemp -d)
root=""
cleanup() {
  if [ -n "$root" ]; then
    for m in proc dev/pts dev; do mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"; done
    rm -rf --one-file-system "$root"
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 143' TERM INT   # a time limit or ^C still unmounts and removes the root
dpkg-deb -x "$deb" "$work/unpacked"
for f in usr/bin/govnet usr/share/man/man1/govnet.1.gz usr/share/bash-completion/completions/govnet \
         usr/share/zsh/vendor-completions/_govnet usr/share/fish/vendor_completions.d/govnet.fish \
         usr/share/doc/govnet/copyright usr/share/doc/govnet/changelog.gz; do
  [ -s "$work/unpacked/$f" ] || fail "the package lacks /$f"
done
ldd "$work/unpacked/usr/bin/govnet" > "$work/ldd.txt"
if grep -E 'libswift|libFoundation|libdispatch|libBlocksRuntime|not found' "$work/ldd.txt"; then
  fail "the packaged govnet needs the Swift runtime or a missing library (ldd above)"
fi
say "ldd: $(awk '{print $1}' "$work/ldd.txt" | grep -v '^linux-vdso' | xargs)"

# 2. make install / make uninstall into a staging folder.
dest=$work/destdir
make --no-print-directory install DESTDIR="$dest" PREFIX=/usr/local > "$work/install.log"
(cd "$dest" && find . -type f | LC_ALL=C sort) > "$work/installed.txt"
cat > "$work/expected.txt" <<'EOF'
./usr/local/bin/govnet
./usr/local/share/bash-completion/completions/govnet
./usr/local/share/fish/vendor_completions.d/govnet.fish
./usr/local/share/man/man1/govnet.1
./usr/local/share/zsh/site-functions/_govnet
EOF
diff -u "$work/expected.txt" "$work/installed.txt" || fail "make install did not install exactly the five files"
make --no-print-directory uninstall DESTDIR="$dest" PREFIX=/usr/local > /dev/null
left=$(find "$dest" -type f)
[ -z "$left" ] || fail "make uninstall left: $left"
say "make install put the five files in place and make uninstall removed them ($(elapsed))"

# The reference run on this machine: the packaged binary on the same network.
network=networks/xiangyang
files="xiangyang-post-reform.yaml xiangyang-pre-reform.yaml xiangyang-reform-mapping.csv"
mkdir "$work/reference"
for f in $files; do cp "$network/$f" "$work/reference/"; done
(cd "$work/reference" && "$work/unpacked/usr/bin/govnet" report xiangyang-post-reform.yaml \
   --compare xiangyang-pre-reform.yaml --mapping xiangyang-reform-mapping.csv -o report > "$work/out" 2> "$work/err") ||
  fail "govnet report on this machine: $(cat "$work/err")"

# 3. A clean Debian root without Swift.
skip() { say "SKIPPED the clean-system check: this machine cannot create a clean Debian root ($*)"; exit 0; }
suite=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
[ -n "$suite" ] || skip "no VERSION_CODENAME in /etc/os-release"
mirror=${GOVNET_DEBIAN_MIRROR:-http://deb.debian.org/debian}
root=$(mktemp -d /var/tmp/govnet-clean-root.XXXXXX)
chmod 755 "$root"   # mktemp's 0700 would shut the user out of the root's /
say "debootstrap --variant=minbase $suite from $mirror ($(elapsed))"
if ! debootstrap --variant=minbase "$suite" "$root" "$mirror" > "$work/debootstrap.log" 2>&1; then
  tail -5 "$work/debootstrap.log" >&2
  skip "debootstrap $suite failed; log above"
fi
chroot "$root" /bin/true 2>/dev/null || skip "chroot into $root is not permitted"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
  DEBIAN_FRONTEND=noninteractive "$@"; }
has_swift() {
  in_root sh -c 'command -v swift || command -v swiftc' > /dev/null ||
    [ -n "$(find "$root" -xdev \( -name 'libswift*' -o -name 'libFoundation*.so*' \) -print -quit)" ]
}
! has_swift || fail "the clean root has a Swift toolchain or runtime"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$root/proc" 2>/dev/null || say "(/proc not mounted in the root; continuing)"
printf '#!/bin/sh\nexit 101\n' > "$root/usr/sbin/policy-rc.d" && chmod 755 "$root/usr/sbin/policy-rc.d"
cp "$deb" "$root/tmp/"
say "apt-get install ./$(basename "$deb") in the clean root ($(elapsed))"
in_root apt-get update -qq > "$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get update in the clean root"; }
in_root sh -c "cd /tmp && apt-get install -y -qq ./$(basename "$deb")" >> "$work/apt.log" 2>&1 ||
  { tail -20 "$work/apt.log" >&2; fail "apt-get install of the package in the clean root"; }
in_root dpkg -s govnet | grep -q '^Status: install ok installed' || fail "dpkg does not list govnet as installed"
! has_swift || fail "installing the package brought a Swift toolchain or runtime"
in_root bash -c '. /usr/share/bash-completion/completions/govnet && complete -p govnet' > /dev/null ||
  fail "the bash completion does not load"

# As a user, in an empty folder: the network copied in, then the commands.
in_root useradd --create-home --shell /bin/sh analyst
mkdir "$root/home/analyst/work"
for f in $files; do cp "$network/$f" "$root/home/analyst/work/"; done
in_root chown -R analyst:analyst /home/analyst/work
uid=$(in_root id -u analyst) gid=$(in_root id -g analyst)
as_user() { chroot --userspec="$uid:$gid" "$root" /usr/bin/env -i PATH=/usr/bin:/bin LANG=C.UTF-8 \
  HOME=/home/analyst sh -c "cd /home/analyst/work && $1" > "$work/out" 2> "$work/err"; }

as_user 'govnet --version' || fail "govnet --version: $(cat "$work/err")"
printed=$(cat "$work/out")
if [ -n "$commit" ]; then
  [ "$printed" = "$version (commit $commit)" ] || fail "govnet --version printed '$printed', expected '$version (commit $commit)'"
else
  echo "$printed" | grep -Eqx "$version \(commit ([0-9a-f]{12}(-modified)?|unknown)\)" ||
    fail "govnet --version printed '$printed'"
fi
say "govnet --version: $printed"

as_user 'govnet validate xiangyang-post-reform.yaml xiangyang-pre-reform.yaml' || fail "govnet validate: $(cat "$work/err")"
[ "$(grep -c ': ok — ' "$work/out")" -eq 2 ] || fail "govnet validate printed: $(cat "$work/out")"
say "govnet validate: $(tr '\n' ' ' < "$work/out")"

as_user 'govnet report xiangyang-post-reform.yaml --compare xiangyang-pre-reform.yaml --mapping xiangyang-reform-mapping.csv -o report' ||
  fail "govnet report: $(cat "$work/err")"
! grep -v '^govnet: wrote [0-9]* files to report/ ' "$work/err" || fail "govnet report warned (above)"
report=$root/home/analyst/work/report
for f in report.html report.md network.svg comparison-overlay.svg findings.csv; do
  [ -s "$report/$f" ] || fail "the report lacks $f"
done
[ "$(stat -c %u "$report/report.html")" = "$uid" ] || fail "report.html is not the user's"
grep -q "<footer>GovNet $version</footer>" "$report/report.html" || fail "report.html lacks its footer"
[ "$(grep -c '<svg' "$report/report.html")" -ge 2 ] || fail "report.html lacks its diagrams"
(cd "$work/reference/report" && find . -type f \( -name '*.md' -o -name '*.csv' \) | LC_ALL=C sort) > "$work/compared.txt"
[ -s "$work/compared.txt" ] || fail "the reference report has no Markdown or CSV files"
while read -r f; do
  cmp -s "$work/reference/report/$f" "$report/$f" || fail "report/$f differs from the build machine's"
done < "$work/compared.txt"
say "govnet report: $(find "$report" -type f | wc -l) files; $(wc -l < "$work/compared.txt") Markdown and CSV files identical to the build machine's"

# Chinese names drawn with the recommended CJK font: no warning about a missing font.
as_user 'govnet render xiangyang-post-reform.yaml -o network.png' || fail "govnet render: $(cat "$work/err")"
[ ! -s "$work/err" ] || fail "govnet render warned: $(cat "$work/err")"
[ "$(head -c 8 "$root/home/analyst/work/network.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
  fail "network.png is not a PNG"
say "govnet render: network.png ($(du -k "$root/home/analyst/work/network.png" | cut -f1) KB)"
say "passed on a clean $suite root without Swift ($(elapsed) in all)"
