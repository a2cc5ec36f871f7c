#!/usr/bin/env bash
# Installs what the plugin's demo and tests need, if it is missing:
#   - QGIS and the Python packages from Debian (one GDAL/GEOS/PROJ/numpy for all),
#   - a venv (with the system site packages) holding the test tools pytest-qgis, ruff and mypy,
#   - the Dutch translation (.qm) and the sample data.
# Safe to run again: it only installs what is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

APT_PACKAGES=(qgis python3-qgis qgis-providers python3-geopandas python3-rasterio
  python3-shapely python3-numpy python3-scipy python3-pytest python3-hypothesis
  python3-matplotlib python3-venv python3-pip qttools5-dev-tools pyqt5-dev-tools
  poppler-utils xvfb
  time  # /usr/bin/time -v: peak memory of qgis_process in benchmarks/, smoke-tested by make test
  postgresql python3-psycopg2)  # PostGIS register tests (PostGIS itself below)
if [[ "${1:-}" == "--print-packages" ]]; then  # for the test matrix's roots (scripts/matrix)
  echo "${APT_PACKAGES[@]}"
  exit 0
fi

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    SUDO=sudo
  else
    SUDO=
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# PostGIS's package name carries PostgreSQL's major version (Debian 12:
# postgresql-15-postgis-3, Debian 13: postgresql-17-postgis-3): take the installed one's.
PG_MAJOR=$(ls /usr/lib/postgresql 2>/dev/null | sort -n | tail -n 1)
if [[ -n "$PG_MAJOR" ]]; then
  POSTGIS="postgresql-$PG_MAJOR-postgis-3"
  status=$(dpkg-query -W -f='${Status}' "$POSTGIS" 2>/dev/null || true)
  if [[ "$status" != "install ok installed" ]]; then
    echo "setup: installing $POSTGIS"
    [[ $(id -u) -ne 0 ]] && SUDO=sudo || SUDO=
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$POSTGIS" >/dev/null
  fi
fi

VENV="$ROOT/.venv"
if [[ ! -x "$VENV/bin/python" ]]; then
  echo "setup: creating the test venv in .venv (with the system site packages)"
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
if ! "$VENV/bin/python" -c "import pytest_qgis, ruff, mypy" 2>/dev/null; then
  echo "setup: installing pytest-qgis, ruff and mypy into .venv"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$ROOT/requirements-dev.txt"
fi

# Headless Qt and PROJ's data for every Python started from the venv (pytest-qgis starts
# QGIS before any conftest runs, so the tests cannot set these themselves).
SITE=$("$VENV/bin/python" -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")
echo "import os; os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen'); os.environ.setdefault('PROJ_DATA', '/usr/share/proj')" > "$SITE/bronnenstrategie_env.pth"

/usr/bin/python3 "$ROOT/scripts/i18n.py" build
QT_QPA_PLATFORM=offscreen PROJ_DATA=/usr/share/proj /usr/bin/python3 "$ROOT/scripts/sample/make_sample_data.py" --quiet
echo "setup: ready"
