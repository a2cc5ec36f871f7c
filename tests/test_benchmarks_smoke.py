"""Smoke test of the benchmark runner (benchmarks/run.py): the smallest size of one
algorithm and its native chain, in-process and through qgis_process, once.

The benchmark itself (``make bench``) is too slow for the test command; this only checks
that the runner works end to end and writes a table with numbers.
"""

import csv
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
RUNNER = REPO / "benchmarks" / "run.py"


def _runner_module():
    sys.path.insert(0, str(REPO / "benchmarks"))
    spec = importlib.util.spec_from_file_location("bench_run", RUNNER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_growth_exponent_by_hand():
    run = _runner_module()
    # n x4 and t x2: k = ln 2 / ln 4 = 0.5; then n x2 and t x2: k = 1
    k = run.growth([(1000, 1.0), (4000, 2.0), (8000, 4.0)])
    assert k[4000] == pytest.approx(0.5)
    assert k[8000] == pytest.approx(1.0)
    # a size without a time gives no exponent
    assert run.growth([(10, None), (100, 1.0)]) == {}


def test_fill_placeholders():
    run = _runner_module()
    results = [{"OUTPUT": "/tmp/x/a.gpkg"}]
    assert run.fill("{data}|layername=wells", "/d.gpkg", "/o", results) == "/d.gpkg|layername=wells"
    assert run.fill(["{out}/b.gpkg"], "/d.gpkg", "/o", results) == ["/o/b.gpkg"]
    assert run.fill("@0:OUTPUT", "/d.gpkg", "/o", results) == "/tmp/x/a.gpkg"
    assert run.fill(250, "/d.gpkg", "/o", results) == 250


@pytest.mark.skipif(
    shutil.which("qgis_process.bin") is None and shutil.which("qgis_process") is None,
    reason="qgis_process not installed",
)
def test_runner_smoke(tmp_path):
    env = dict(os.environ, BENCH_DATA_DIR=str(tmp_path / "data"))
    out = tmp_path / "results"
    proc = subprocess.run(
        [
            sys.executable,
            str(RUNNER),
            "--tier",
            "smoke",
            "--algs",
            "thermalradius",
            "--repeat",
            "1",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    with open(out / "results.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    ours = [r for r in rows if r["algorithm"] == "thermalradius" and r["chain"] == "ours"]
    native = [r for r in rows if r["algorithm"] == "thermalradius" and r["chain"] == "native"]
    assert {r["mode"] for r in ours} == {"inproc", "qgis_process"}
    assert {r["mode"] for r in native} == {"inproc", "qgis_process"}
    for row in ours + native:
        assert row["status"] == "ok", row
        assert row["n"] == "200"
        assert float(row["median_s"]) > 0
        assert float(row["peak_mb"]) > 0
    table = (out / "results.md").read_text().splitlines()
    header = [ln for ln in table if ln.startswith("| algorithm |")]
    assert len(header) == 1
    columns = [c.strip() for c in header[0].strip("|").split("|")]
    lines = [ln for ln in table if ln.startswith("| thermalradius | 200 |")]
    assert len(lines) == 2  # in-process and qgis_process
    label = {"in-process": "inproc", "qgis_process": "qgis_process"}
    for line in lines:
        cells = dict(zip(columns, (c.strip() for c in line.strip("|").split("|"))))
        assert float(cells["ours s"]) > 0
        assert float(cells["native s"]) > 0
        assert float(cells["ours MB"]) > 0
        # ratio = ours / native, from the medians in the CSV (3 decimals; table 2)
        mode = label[cells["mode"]]
        t_ours = float(next(r["median_s"] for r in ours if r["mode"] == mode))
        t_native = float(next(r["median_s"] for r in native if r["mode"] == mode))
        assert float(cells["ratio"]) == pytest.approx(t_ours / t_native, rel=0.03, abs=0.01)
        assert cells["features ours / native"] == "200 / 200"  # one circle per well
