#!/usr/bin/env bash
# The pure calculations (core/) against shapely 2 and a newer scipy, as on Debian 13,
# while the QGIS tests run with Debian 12's shapely 1.8: core/ must work with both.
# A separate venv without the system site packages; numpy stays below 2 like Debian's.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VENV="$ROOT/.venv-compat"
if [[ ! -x "$VENV/bin/python" ]]; then
  /usr/bin/python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import shapely, scipy, pytest, hypothesis, matplotlib; assert shapely.__version__ >= '2'" 2>/dev/null; then
  echo "test_compat: installing shapely 2, numpy < 2, scipy, pytest, hypothesis, matplotlib into .venv-compat"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check \
    "shapely>=2.0,<3" "numpy>=1.24,<2" scipy pytest hypothesis matplotlib
fi
"$VENV/bin/python" -c "import shapely, numpy, scipy; print('test_compat: shapely', shapely.__version__, 'numpy', numpy.__version__, 'scipy', scipy.__version__)"
cd "$ROOT"
"$VENV/bin/python" -m pytest -q -p no:cacheprovider --import-mode=importlib tests/core
