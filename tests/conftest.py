"""Shared fixtures. The repository is presented to Python and QGIS as the package
``bronnenstrategie`` through a symlink in a temporary plugins folder, whatever the
checkout's folder name is."""

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PLUGINS_DIR = Path(tempfile.mkdtemp(prefix="bronnenstrategie-plugins-"))
(PLUGINS_DIR / "bronnenstrategie").symlink_to(REPO, target_is_directory=True)
# 'python -m pytest' puts the working directory first on sys.path: the repository's own
# processing/ package must not hide QGIS's processing plugin.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != REPO]
sys.modules.pop("processing", None)
for qgis_plugins in ("/usr/share/qgis/python/plugins", "/usr/lib/qgis/python/plugins"):
    if os.path.isdir(qgis_plugins) and qgis_plugins not in sys.path:
        sys.path.append(qgis_plugins)
sys.path.insert(0, str(PLUGINS_DIR))
sys.path.insert(0, str(REPO / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:  # the QGIS fixtures live in their own module so core tests run without QGIS
    from qgis_fixtures import *  # noqa: F403
except ImportError as exc:  # pragma: no cover - only without QGIS
    if "qgis" not in str(exc).lower():
        raise


_EXIT_STATUS = {}


def pytest_sessionfinish(session, exitstatus):
    _EXIT_STATUS["status"] = int(exitstatus)


def pytest_unconfigure(config):
    """Leave without QGIS's own teardown, which can crash (segfault) after a long session
    with many providers, dialogs and layers; the results are all reported by now."""
    if "status" in _EXIT_STATUS and os.environ.get("BRONNENSTRATEGIE_HARD_EXIT", "1") == "1":
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS["status"])
