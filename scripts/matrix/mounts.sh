#!/usr/bin/env bash
# Mounts and unmounts what a root of the test matrix needs to run the tests:
#   mounts.sh mount ROOT [CHECKOUT]   /proc, /sys, /dev, /dev/pts, /dev/shm (+ the checkout at
#                                     the same path inside the root)
#   mounts.sh umount ROOT             undoes it (safe to repeat)
#   mounts.sh copy-host-files ROOT    the host's CA bundle, pip settings and resolv.conf
set -euo pipefail
action="$1"
ROOT="$(realpath -m "$2")"
CHECKOUT="${3:-}"

case "$action" in
  mount)
    mountpoint -q "$ROOT/proc" || mount -t proc proc "$ROOT/proc"
    mountpoint -q "$ROOT/sys" || mount --bind /sys "$ROOT/sys"
    mountpoint -q "$ROOT/dev" || mount --bind /dev "$ROOT/dev"
    mkdir -p "$ROOT/dev/pts" "$ROOT/dev/shm"
    mountpoint -q "$ROOT/dev/pts" || mount --bind /dev/pts "$ROOT/dev/pts"
    mountpoint -q "$ROOT/dev/shm" || mount -t tmpfs -o mode=1777 shm "$ROOT/dev/shm"
    chmod 1777 "$ROOT/tmp"
    if [[ -n "$CHECKOUT" ]]; then
      mkdir -p "$ROOT$CHECKOUT"
      mountpoint -q "$ROOT$CHECKOUT" || mount --bind "$CHECKOUT" "$ROOT$CHECKOUT"
    fi
    ;;
  umount)
    [[ -d "$ROOT" ]] || exit 0
    # deepest first: everything mounted below the root
    for point in $(awk -v r="$ROOT/" '{ if (index($2 "/", r) == 1) print $2 }' /proc/mounts | sort -r); do
      umount "$point" 2>/dev/null || umount -l "$point"
    done
    ;;
  copy-host-files)
    mkdir -p "$ROOT/etc/ssl/certs"
    [[ -f /etc/ssl/certs/ca-certificates.crt ]] && cp /etc/ssl/certs/ca-certificates.crt "$ROOT/etc/ssl/certs/ca-certificates.crt"
    [[ -f /etc/pip.conf ]] && cp /etc/pip.conf "$ROOT/etc/pip.conf"
    cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
    ;;
  *) echo "usage: mounts.sh mount|umount|copy-host-files ROOT [CHECKOUT]" >&2; exit 2 ;;
esac
