#!/usr/bin/env bash
# Builds (or reuses) a Debian root filesystem holding one QGIS release from Debian's
# packages, for the test matrix (scripts/matrix/run.sh).
#
#   scripts/matrix/build_root.sh 3.40     # Debian 13 (trixie): QGIS 3.40
#   scripts/matrix/build_root.sh 3.44     # Debian sid: QGIS 3.44
#
# The roots live in $BRONNENSTRATEGIE_ROOTS (default: .roots/ in the checkout, git-ignored),
# one folder per environment. A root is reused while its stamp (the suite, the Debian
# package list of scripts/setup.sh plus the extra packages below, requirements-dev.txt and
# REVISION below) is unchanged; otherwise it is built anew. Needs root, debootstrap (installed
# when missing) and Debian's mirror; about 3 minutes per root on a 2-core machine.
# Exit status: 0 built or reused, 3 the environment cannot be built (reason on stderr).
set -euo pipefail

main() {
  local HERE REPO ENV_NAME ROOTS TARGET MIRROR STAGE STAMP REVISION started log
  HERE="$(cd "$(dirname "$0")" && pwd)"
  REPO="$(cd "$HERE/../.." && pwd)"
  ENV_NAME="${1:?usage: build_root.sh 3.40|3.44}"
  # shellcheck source=envs.sh
  source "$HERE/envs.sh"
  env_config "$ENV_NAME"   # sets SUITE, QGIS_SERIES
  ROOTS="${BRONNENSTRATEGIE_ROOTS:-$REPO/.roots}"
  TARGET="$ROOTS/$ENV_NAME"
  MIRROR="${BRONNENSTRATEGIE_MIRROR:-http://deb.debian.org/debian}"

  # the Debian packages: the ones scripts/setup.sh installs on a host, plus what a bare
  # root lacks (git: scripts/package.py builds the zip from the tracked files)
  local -a PACKAGES
  read -r -a PACKAGES <<< "$(bash "$REPO/scripts/setup.sh" --print-packages)"
  PACKAGES+=(ca-certificates locales tzdata procps git)
  REVISION=1  # raise it when a change to this script needs the roots built anew
  STAMP="$(printf '%s\n' "$REVISION" "$SUITE" "${PACKAGES[@]}" | cat - "$REPO/requirements-dev.txt" | sha256sum | cut -d' ' -f1)"

  if [[ -f "$TARGET/.bronnenstrategie-stamp" && "$(cat "$TARGET/.bronnenstrategie-stamp")" == "$STAMP" ]]; then
    echo "build_root: $ENV_NAME (Debian $SUITE) is up to date in $TARGET"
    return 0
  fi
  if [[ $(id -u) -ne 0 ]]; then
    fail "debootstrap and chroot need root"
  fi
  if ! command -v debootstrap >/dev/null; then
    echo "build_root: installing debootstrap"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; } \
      || fail "debootstrap is not installed and could not be installed"
  fi
  mkdir -p "$ROOTS"
  STAGE="$TARGET.partial"
  rm -rf --one-file-system "$STAGE"
  echo "build_root: debootstrap Debian $SUITE into $STAGE"
  started=$SECONDS
  if ! debootstrap --variant=minbase --include=ca-certificates "$SUITE" "$STAGE" "$MIRROR" \
      > "$ROOTS/$ENV_NAME.debootstrap.log" 2>&1; then
    tail -n 5 "$ROOTS/$ENV_NAME.debootstrap.log" >&2
    fail "debootstrap failed: $(grep -E '^E:' "$ROOTS/$ENV_NAME.debootstrap.log" | tail -n 1) (log: $ROOTS/$ENV_NAME.debootstrap.log)"
  fi
  echo "build_root: debootstrap done in $((SECONDS - started)) s"
  # sid's and testing's Release files may be past their Valid-Until on a frozen mirror
  cat > "$STAGE/etc/apt/apt.conf.d/90bronnenstrategie" <<APT
Acquire::Check-Valid-Until "false";
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Dpkg::Use-Pty "false";
APT
  # no services start inside the root while packages are installed
  printf '#!/bin/sh\nexit 101\n' > "$STAGE/usr/sbin/policy-rc.d"
  chmod 755 "$STAGE/usr/sbin/policy-rc.d"
  bash "$HERE/mounts.sh" copy-host-files "$STAGE"

  echo "build_root: apt-get install ${#PACKAGES[@]} packages into $ENV_NAME"
  log="$ROOTS/$ENV_NAME.apt.log"
  # PostGIS's package name carries PostgreSQL's major version: installed after PostgreSQL
  if ! in_stage "$STAGE" bash -c '
      set -e
      apt-get update -q
      apt-get install -y -q "$@"
      pg=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
      apt-get install -y -q "postgresql-$pg-postgis-3"
      apt-get clean' apt "${PACKAGES[@]}" > "$log" 2>&1; then
    grep -E '^E:|Unable to locate|has no installation candidate|Depends:' "$log" | head -n 8 >&2 || tail -n 8 "$log" >&2
    fail "apt-get install failed: $(grep -E '^E:' "$log" | head -n 1) (log: $log)"
  fi
  local version
  version=$(chroot "$STAGE" dpkg-query -W -f='${Version}' qgis-providers 2>/dev/null || true)
  case "$version" in
    "$QGIS_SERIES".*) ;;
    *) fail "Debian $SUITE has QGIS '$version', not $QGIS_SERIES" ;;
  esac
  echo "build_root: QGIS $version installed ($((SECONDS - started)) s)"

  # the test tools in a venv of the root (with Debian's packages), not in the checkout
  local -a tools
  read -r -a tools <<< "$(grep -E '^[A-Za-z]' "$REPO/requirements-dev.txt" | sed 's/ *#.*//' | tr '\n' ' ')"
  if ! in_stage "$STAGE" bash -c '
      python3 -m venv --system-site-packages /opt/venv && /opt/venv/bin/python -m pip install -q "$@"
      ' pip "${tools[@]}" >> "$log" 2>&1; then
    tail -n 5 "$log" >&2
    fail "pip could not install the test tools ${tools[*]} (log: $log)"
  fi
  local site
  site=$(chroot "$STAGE" /opt/venv/bin/python -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")
  echo "import os; os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen'); os.environ.setdefault('PROJ_DATA', '/usr/share/proj')" > "$STAGE$site/bronnenstrategie_env.pth"
  echo "$STAMP" > "$STAGE/.bronnenstrategie-stamp"
  if [[ -d "$TARGET" ]]; then
    echo "build_root: replacing the outdated $TARGET"
    rm -rf --one-file-system "$TARGET"
  fi
  mv "$STAGE" "$TARGET"
  echo "build_root: $ENV_NAME ready in $TARGET ($((SECONDS - started)) s)"
}

fail() { echo "build_root: cannot build $ENV_NAME (Debian $SUITE): $*" >&2; exit 3; }

# a command in the root being built, with /proc, /dev etc. mounted in a private mount
# namespace (nothing stays mounted afterwards, whatever happens)
in_stage() {
  local stage="$1"; shift
  unshare --mount --propagation private bash -c '
    set -e
    bash "$1" mount "$2"
    stage="$2"; shift 2
    exec chroot "$stage" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
      LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1 "$@"
  ' in_stage "$(dirname "$0")/mounts.sh" "$stage" "$@"
}

main "$@"
