"""The plugin loads in a QGIS without scipy, shapely, geopandas, rasterio or matplotlib.

A subprocess blocks those imports (sys.modules[name] = None makes 'import name' fail),
loads the plugin as qgis_process does and checks that every algorithm is still listed and
that each one needing a missing package says so through canExecute, with the command.
"""

import json
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent

SCRIPT = r"""
import json, os, sys
for name in ("scipy", "shapely", "geopandas", "rasterio", "matplotlib", "pyproj", "fiona"):
    sys.modules[name] = None
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
import bronnenstrategie
plugin = bronnenstrategie.classFactory(None)
plugin.initProcessing()
report = {}
for alg in plugin.provider.algorithms():
    ok, message = alg.canExecute()
    report[alg.name()] = [ok, message, alg.required_modules()]
print("REPORT" + json.dumps(report))
sys.stdout.flush()
os._exit(0)
"""


def test_plugin_loads_without_optional_packages(tmp_path):
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "bronnenstrategie").symlink_to(TESTS.parent, target_is_directory=True)
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(plugins)], capture_output=True, text=True, timeout=120
    )
    assert "REPORT" in proc.stdout, proc.stdout + proc.stderr
    report = json.loads(proc.stdout.split("REPORT", 1)[1])
    # every algorithm file still loads and registers (14 or more algorithms)
    for name in (
        "thermalradius",
        "wellconflicts",
        "geothermalbuffers",
        "quaypotential",
        "wossiting",
        "addclaims",
        "exportgio",
        "heatbalance",
    ):
        assert name in report, name
    for name, (ok, message, modules) in report.items():
        blocked = {"scipy", "shapely", "geopandas", "rasterio", "matplotlib"} & set(modules)
        if blocked:
            assert not ok, name
            assert "apt install" in message and "python3-" in message, (name, message)
    assert report["wossiting"][0] is False and "python3-scipy" in report["wossiting"][1]
    assert report["thermalradius"][0] is True
    # algorithms that use shapely say so
    for name in (
        "wellconflicts",
        "geothermalbuffers",
        "quaypotential",
        "addclaims",
        "claimconflicts",
        "exportgio",
    ):
        assert report[name][0] is False and "python3-shapely" in report[name][1], name
