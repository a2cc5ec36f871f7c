#!/usr/bin/env bash
# The test matrix: the whole test suite and the demo on this machine's QGIS ("host") and on
# the QGIS releases of the Debian roots in scripts/matrix/envs.sh (built or reused by
# build_root.sh), each with its versions, its pytest summary and the demo's key figures
# compared with the host's. `make test` runs all; `make test QGIS=3.40` one.
#
#   scripts/matrix/run.sh [all|host|3.40|3.44 ...]
#
# Environment: BRONNENSTRATEGIE_ROOTS (where the roots are kept, default .roots/),
# PYTEST_ARGS (extra pytest arguments for every environment, e.g. "-x").
# The newest environment may fail to build (a package missing upstream): the run says why
# and goes on. Any other failure (a root that cannot be built, a failing test, different
# figures) makes the exit status non-zero.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
# shellcheck source=envs.sh
source "$HERE/envs.sh"
OUT="$REPO/out/matrix"
SUMMARY=()
FAILED=0
PASSED_ALL=0 FAILED_ALL=0 SKIPPED_ALL=0

versions_py='
import platform, sys
from qgis.core import Qgis
from qgis.PyQt.QtCore import QT_VERSION_STR
try:
    from osgeo import gdal
    gdal_version = gdal.__version__
except ImportError:
    gdal_version = "?"
import shapely
geos = getattr(shapely, "geos_version_string", None)
if geos is None:  # shapely 1.8
    import shapely.geos
    geos = shapely.geos.geos_version_string.split("-")[0]
print("QGIS {} | Qt {} | Python {} | GDAL {} | shapely {} (GEOS {})".format(
    Qgis.version().split("-")[0], QT_VERSION_STR, platform.python_version(), gdal_version,
    shapely.__version__, geos))
'

pytest_summary() {  # the last line of pytest's output that holds its counts
  grep -E '^=*.*([0-9]+ (passed|failed|error|errors|skipped))' "$1" | tail -n 1 | sed -E 's/=+//g; s/^ +| +$//g'
}

count_tests() {  # adds the counts of a pytest summary line to the totals
  local line="$1" n
  n=$(grep -oE '[0-9]+ passed' <<< "$line" | grep -oE '[0-9]+' || true); PASSED_ALL=$((PASSED_ALL + ${n:-0}))
  n=$(grep -oE '[0-9]+ failed' <<< "$line" | grep -oE '[0-9]+' || true); FAILED_ALL=$((FAILED_ALL + ${n:-0}))
  n=$(grep -oE '[0-9]+ errors?' <<< "$line" | grep -oE '[0-9]+' || true); FAILED_ALL=$((FAILED_ALL + ${n:-0}))
  n=$(grep -oE '[0-9]+ skipped' <<< "$line" | grep -oE '[0-9]+' || true); SKIPPED_ALL=$((SKIPPED_ALL + ${n:-0}))
}

record() {  # env versions pytest demo seconds status
  SUMMARY+=("$(printf '%-5s | %-62s | %-44s | %-26s | %5s s | %s' "$@")")
}

run_host() {
  local log="$OUT/host.log" started=$SECONDS status=ok demo=ok versions tests
  echo "=== host: this machine's QGIS"
  bash "$REPO/scripts/setup.sh"
  (cd "$REPO" && .venv/bin/python -m ruff check .) || { status=FAILED; echo "ruff failed"; }
  (cd "$REPO" && .venv/bin/python -m ruff format --check .) || { status=FAILED; echo "ruff format: run scripts/tidy.sh"; }
  # the type check of core/ (settings in pyproject.toml); once, here: core/ is pure Python
  (cd "$REPO" && .venv/bin/python -m mypy) || { status=FAILED; echo "mypy failed"; }
  versions=$(cd "$REPO" && QT_QPA_PLATFORM=offscreen .venv/bin/python -c "$versions_py" 2>/dev/null | tail -n 1)
  echo "host: $versions"
  # shellcheck disable=SC2086
  if ! (cd "$REPO" && .venv/bin/python -m pytest -q -p no:randomly ${PYTEST_ARGS:-}) 2>&1 | tee "$log"; then
    status=FAILED
  fi
  tests=$(pytest_summary "$log")
  count_tests "$tests"
  if ! bash "$REPO/scripts/test_compat.sh" 2>&1 | tee "$OUT/host-compat.log"; then
    status=FAILED
  fi
  count_tests "$(pytest_summary "$OUT/host-compat.log")"
  tests="$tests; core on shapely 2: $(pytest_summary "$OUT/host-compat.log")"
  if ! (cd "$REPO" && /usr/bin/python3 scripts/demo.py --out "$OUT/demo-host" --figures "$OUT/host-figures.json") > "$OUT/host-demo.log" 2>&1; then
    tail -n 20 "$OUT/host-demo.log"
    demo="demo FAILED"; status=FAILED
  else
    demo="demo: $(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$OUT/host-figures.json") key figures"
  fi
  record host "$versions" "$tests" "$demo" "$((SECONDS - started))" "$status"
  [[ $status == ok ]] || FAILED=1
}

# Runs a command inside the root $1 with the checkout mounted at the same path; in a private
# mount namespace, so that nothing stays mounted whatever happens.
in_root() {
  local root="$1"; shift
  local gitdir
  gitdir=$(git -C "$REPO" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)
  bash "$HERE/mounts.sh" copy-host-files "$root"
  unshare --mount --propagation private bash -c '
    set -e
    root="$1"; repo="$2"; gitdir="$3"; shift 3
    bash "'"$HERE"'/mounts.sh" mount "$root" "$repo"
    # a git worktree: its .git file points into the main clone, needed by git (package.py)
    if [[ -n "$gitdir" && -d "$gitdir" && "$gitdir" != "$repo/.git" ]]; then
      mkdir -p "$root$gitdir" && mount --bind "$gitdir" "$root$gitdir"
    fi
    exec chroot "$root" /usr/bin/env -i PATH=/opt/venv/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      HOME=/root LANG=C.UTF-8 TZ=UTC QT_QPA_PLATFORM=offscreen PROJ_DATA=/usr/share/proj \
      PYTHONDONTWRITEBYTECODE=1 CI="${CI:-}" \
      BRONNENSTRATEGIE_REQUIRE_POSTGIS="${BRONNENSTRATEGIE_REQUIRE_POSTGIS:-}" \
      bash -c "cd \"$repo\" && \"\$@\"" run "$@"
  ' in_root "$root" "$REPO" "$gitdir" "$@"
}

run_env() {
  local env="$1" newest="$2"
  local log="$OUT/$env.log" started=$SECONDS status=ok demo versions tests rc=0
  local roots="${BRONNENSTRATEGIE_ROOTS:-$REPO/.roots}"
  env_config "$env"
  echo "=== $env: QGIS $QGIS_SERIES from Debian $SUITE"
  bash "$HERE/build_root.sh" "$env" 2> >(tee "$OUT/$env-build.err" >&2) || rc=$?
  if ((rc != 0)); then
    local reason
    reason=$(grep 'cannot build' "$OUT/$env-build.err" | tail -n 1 | sed 's/^build_root: //')
    [[ -n "$reason" ]] || reason="build_root.sh failed (exit $rc)"
    if [[ "$newest" == yes && $rc == 3 ]]; then
      record "$env" "-" "not run: $reason" "-" "$((SECONDS - started))" "skipped (newest, cannot be built)"
    else
      record "$env" "-" "not run: $reason" "-" "$((SECONDS - started))" FAILED
      FAILED=1
    fi
    return 0
  fi
  local root="$roots/$env"
  versions=$(in_root "$root" python3 -c "$versions_py" 2>/dev/null | tail -n 1)
  echo "$env: $versions"
  # shellcheck disable=SC2086
  if ! in_root "$root" python -m pytest -q -p no:randomly ${PYTEST_ARGS:-} 2>&1 | tee "$log"; then
    status=FAILED
  fi
  tests=$(pytest_summary "$log")
  count_tests "$tests"
  if ! in_root "$root" python3 scripts/demo.py --out "$OUT/demo-$env" --figures "$OUT/$env-figures.json" > "$OUT/$env-demo.log" 2>&1; then
    tail -n 20 "$OUT/$env-demo.log"
    demo="demo FAILED"; status=FAILED
  elif [[ -f "$OUT/host-figures.json" ]]; then
    if python3 "$HERE/compare_figures.py" "$OUT/host-figures.json" "$OUT/$env-figures.json" > "$OUT/$env-compare.log"; then
      demo=$(tail -n 1 "$OUT/$env-compare.log" | sed 's/^ *demo: //; s/ key figures, /: /')
      demo="demo same as host ($demo)"
    else
      cat "$OUT/$env-compare.log"
      demo="demo DIFFERS from host"; status=FAILED
    fi
  else
    demo="demo ran (no host figures to compare)"
  fi
  record "$env" "$versions" "$tests" "$demo" "$((SECONDS - started))" "$status"
  [[ $status == ok ]] || FAILED=1
}

main() {
  local targets=("$@") started=$SECONDS
  ((${#targets[@]})) || targets=(all)
  [[ "${targets[*]}" == all ]] && targets=(host "${MATRIX_ENVS[@]}")
  mkdir -p "$OUT"
  local newest="${MATRIX_ENVS[-1]}"
  rm -f "$OUT/host-figures.json"
  if [[ " ${targets[*]} " != *" host "* ]]; then
    echo "=== host: the demo, for its key figures"
    bash "$REPO/scripts/setup.sh" >/dev/null
    (cd "$REPO" && /usr/bin/python3 scripts/demo.py --out "$OUT/demo-host" --figures "$OUT/host-figures.json") > "$OUT/host-demo.log" 2>&1 \
      || echo "the host's demo failed (see $OUT/host-demo.log): the figures cannot be compared"
  fi
  for target in "${targets[@]}"; do
    if [[ $target == host ]]; then
      run_host
    elif env_config "$target" >/dev/null; then
      run_env "$target" "$([[ $target == "$newest" ]] && echo yes || echo no)"
    else
      exit 2
    fi
  done
  echo
  echo "=== Test matrix ($((SECONDS - started)) s in all)"
  printf '%-5s | %-62s | %-44s | %-26s | %7s | %s\n' env versions tests demo time status
  printf '%s\n' "${SUMMARY[@]}"
  printf '%s\n' "${SUMMARY[@]}" > "$OUT/summary.txt"
  echo "matrix: $PASSED_ALL passed, $FAILED_ALL failed, $SKIPPED_ALL skipped" | tee -a "$OUT/summary.txt"
  if ((FAILED)); then
    echo "test matrix: FAILED"
    exit 1
  fi
  echo "test matrix: ok"
}

main "$@"
