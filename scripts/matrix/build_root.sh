#!/usr/bin/env bash
# Builds (or reuses) a Debian root filesystem holding one QGIS release from Debian's
# packages, for the test matrix (scripts/matrix/run.sh).
#
#   scripts/matrix/build_root.sh 3.40     # Debian 13 (trixie): QGIS 3.40
#   scripts/matrix/build_root.sh 3.44     # Debian sid: QGIS 3.44
#
# The roots live in $BRONNENSTRATEGIE_ROOTS (default: .roots/ in the checkout, git-ignored),
# one folder per environment. A root is reused while its stamp (the suite, the Debian
# package list of scripts/setup.sh plus the extra packages below, and this script's text)
# is unchanged; otherwise it is built anew. Needs root, debootstrap and the network to
# Debian's mirror; about 3-6 minutes per root on a 2-core machine.
# Exit status: 0 built or reused, 3 the environment cannot be built (reason on stderr).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
ENV_NAME="${1:?usage: build_root.sh 3.40|3.44}"
# shellcheck source=envs.sh
source "$HERE/envs.sh"
env_config "$ENV_NAME"   # sets SUITE, QGIS_SERIES
ROOTS="${BRONNENSTRATEGIE_ROOTS:-$REPO/.roots}"
TARGET="$ROOTS/$ENV_NAME"
MIRROR="${BRONNENSTRATEGIE_MIRROR:-http://deb.debian.org/debian}"

# the Debian packages: the ones scripts/setup.sh installs on a host, plus what a bare root lacks
read -r -a PACKAGES <<< "$(bash "$REPO/scripts/setup.sh" --print-packages)"
PACKAGES+=(ca-certificates locales tzdata procps)
STAMP="$(printf '%s\n' "$SUITE" "${PACKAGES[@]}" | cat - "$0" "$HERE/envs.sh" | sha256sum | cut -d' ' -f1)"

if [[ -f "$TARGET/.bronnenstrategie-stamp" && "$(cat "$TARGET/.bronnenstrategie-stamp")" == "$STAMP" ]]; then
  echo "build_root: $ENV_NAME ($SUITE) is up to date in $TARGET"
  exit 0
fi

fail() { echo "build_root: cannot build $ENV_NAME ($SUITE): $*" >&2; exit 3; }

if [[ $(id -u) -ne 0 ]]; then
  fail "debootstrap and chroot need root"
fi
if ! command -v debootstrap >/dev/null; then
  echo "build_root: installing debootstrap"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null \
    || fail "debootstrap is not installed and could not be installed"
fi

bash "$HERE/mounts.sh" umount "$TARGET" || true
if [[ -d "$TARGET" ]]; then
  echo "build_root: the package list or the build script changed: building $ENV_NAME anew"
  rm -rf --one-file-system "$TARGET"
fi
mkdir -p "$ROOTS"
STAGE="$TARGET.partial"
bash "$HERE/mounts.sh" umount "$STAGE" || true
rm -rf --one-file-system "$STAGE"
echo "build_root: debootstrap $SUITE into $STAGE"
started=$SECONDS
# The mirror's Release files of sid/testing may be past their Valid-Until on a frozen mirror
if ! debootstrap --variant=minbase --include=ca-certificates "$SUITE" "$STAGE" "$MIRROR" \
    > "$ROOTS/$ENV_NAME.debootstrap.log" 2>&1; then
  tail -n 5 "$ROOTS/$ENV_NAME.debootstrap.log" >&2
  fail "debootstrap failed (log: $ROOTS/$ENV_NAME.debootstrap.log)"
fi
echo "build_root: debootstrap done in $((SECONDS - started)) s"
cat > "$STAGE/etc/apt/apt.conf.d/90bronnenstrategie" <<APT
Acquire::Check-Valid-Until "false";
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Dpkg::Use-Pty "false";
APT
# no services start inside the root while packages are installed
printf '#!/bin/sh\nexit 101\n' > "$STAGE/usr/sbin/policy-rc.d"
chmod 755 "$STAGE/usr/sbin/policy-rc.d"
cp /etc/resolv.conf "$STAGE/etc/resolv.conf" 2>/dev/null || true

trap 'bash "$HERE/mounts.sh" umount "$STAGE"' EXIT
bash "$HERE/mounts.sh" mount "$STAGE"
echo "build_root: apt-get install ${#PACKAGES[@]} packages into $ENV_NAME"
log="$ROOTS/$ENV_NAME.apt.log"
if ! chroot "$STAGE" /usr/bin/env DEBIAN_FRONTEND=noninteractive bash -c \
    'apt-get update -q && apt-get install -y -q "$@"' apt "${PACKAGES[@]}" > "$log" 2>&1; then
  grep -E '^(E:|  [a-z0-9].* : Depends)|Unable to locate|has no installation candidate' "$log" | head -n 8 >&2 || tail -n 8 "$log" >&2
  fail "apt-get install failed (log: $log)"
fi
# PostGIS's package name carries PostgreSQL's major version
PG_MAJOR=$(ls "$STAGE/usr/lib/postgresql" 2>/dev/null | sort -n | tail -n 1)
[[ -n "$PG_MAJOR" ]] || fail "PostgreSQL is not installed"
if ! chroot "$STAGE" /usr/bin/env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q "postgresql-$PG_MAJOR-postgis-3" >> "$log" 2>&1; then
  tail -n 5 "$log" >&2
  fail "postgresql-$PG_MAJOR-postgis-3 could not be installed (log: $log)"
fi
version=$(chroot "$STAGE" dpkg-query -W -f='${Version}' qgis-providers 2>/dev/null || true)
case "$version" in
  "$QGIS_SERIES".*) ;;
  *) fail "Debian $SUITE has QGIS '$version', not $QGIS_SERIES" ;;
esac
chroot "$STAGE" apt-get clean
echo "build_root: QGIS $version installed in $((SECONDS - started)) s"

# the test tools in a venv of the root (with Debian's packages), not in the checkout
bash "$HERE/mounts.sh" copy-host-files "$STAGE"
if ! chroot "$STAGE" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    PIP_DISABLE_PIP_VERSION_CHECK=1 bash -c \
    'python3 -m venv --system-site-packages /opt/venv && /opt/venv/bin/python -m pip install -q "$@"' \
    pip $(grep -E '^[A-Za-z]' "$REPO/requirements-dev.txt" | sed 's/ *#.*//' | tr '\n' ' ') \
    >> "$log" 2>&1; then
  tail -n 5 "$log" >&2
  fail "pip could not install the test tools (log: $log)"
fi
SITE=$(chroot "$STAGE" /opt/venv/bin/python -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")
echo "import os; os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen'); os.environ.setdefault('PROJ_DATA', '/usr/share/proj')" > "$STAGE$SITE/bronnenstrategie_env.pth"
bash "$HERE/mounts.sh" umount "$STAGE"
trap - EXIT
echo "$STAMP" > "$STAGE/.bronnenstrategie-stamp"
mv "$STAGE" "$TARGET"
echo "build_root: $ENV_NAME ready in $TARGET ($((SECONDS - started)) s)"
