#!/usr/bin/env python3
"""Benchmark of the well-conflict search: 1,000 / 10,000 / 50,000 synthetic wells.

Not a test. Times the core function ``soilenergy.well_conflicts`` (cKDTree query_pairs +
exact filter) and, with ``--qgis``, the whole algorithm ``bronnenstrategie:wellconflicts``
through processing.run on a memory layer (reading, transforming, writing the lines).
Peak memory: tracemalloc peak of the Python allocations (numpy included) for the core;
the process's peak resident set size (ru_maxrss) for the QGIS run.

Wells: doublets (warm + cold, one system each, 3.5 R_th apart, some too close) spread at
the density of the Den Haag centre, about 17 wells per km2, so 10,000 wells cover a
province-sized 590 km2. Usage: /usr/bin/python3 benchmarks/bench_wellconflicts.py [--qgis]
"""

import argparse
import math
import resource
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent


def synthetic_wells(n, seed=3, density_km2=17.0):
    rng = np.random.default_rng(seed)
    n_sys = n // 2
    side = math.sqrt(n / density_km2) * 1000.0
    cx = rng.uniform(0, side, n_sys) + 60000.0
    cy = rng.uniform(0, side, n_sys) + 430000.0
    volume = rng.choice([20000.0, 50000.0, 100000.0, 150000.0], n_sys)
    r = np.sqrt(4.18 * volume / (2.8 * math.pi * 40.0))
    spacing = r * np.where(rng.random(n_sys) < 0.25, 2.2, 3.5)
    angle = rng.uniform(0, math.pi, n_sys)
    dx, dy = spacing / 2 * np.cos(angle), spacing / 2 * np.sin(angle)
    x = np.concatenate([cx - dx, cx + dx])
    y = np.concatenate([cy - dy, cy + dy])
    v = np.concatenate([volume, volume])
    system = np.concatenate([np.arange(n_sys), np.arange(n_sys)])
    warm = np.concatenate([np.ones(n_sys, bool), np.zeros(n_sys, bool)])
    return x, y, v, system, warm


def _plugin_path():
    """Present the checkout as the package ``bronnenstrategie`` (as the tests do)."""
    import tempfile

    if "bronnenstrategie" in sys.modules:
        return
    plugins = Path(tempfile.mkdtemp(prefix="bench-plugins-"))
    (plugins / "bronnenstrategie").symlink_to(REPO, target_is_directory=True)
    sys.path.insert(0, str(plugins))


def bench_core(n):
    _plugin_path()
    import scipy.spatial  # noqa: F401 - imported before timing

    from bronnenstrategie.core import soilenergy as se

    x, y, v, system, warm = synthetic_wells(n)
    tracemalloc.start()
    t0 = time.perf_counter()
    r = se.thermal_radius(v, 40.0)
    res = se.well_conflicts(x, y, r, system, warm)
    dt = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return dt, peak, len(res["i"])


def bench_qgis(sizes):
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _plugin_path()
    from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from qgis import processing

    import bronnenstrategie

    plugin = bronnenstrategie.classFactory(None)
    plugin.initProcessing()
    rows = []
    for n in sizes:
        x, y, v, system, warm = synthetic_wells(n)
        layer = QgsVectorLayer(
            "Point?crs=EPSG:28992&field=sys:integer&field=temp:string" "&field=vol:double",
            "w",
            "memory",
        )
        feats = []
        for k in range(len(x)):
            f = QgsFeature(layer.fields())
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x[k], y[k])))
            f.setAttributes([int(system[k]), "warm" if warm[k] else "koud", float(v[k])])
            feats.append(f)
        layer.dataProvider().addFeatures(feats)
        t0 = time.perf_counter()
        res = processing.run(
            "bronnenstrategie:wellconflicts",
            {
                "INPUT": layer,
                "VOLUME_FIELD": "vol",
                "SYSTEM_FIELD": "sys",
                "TEMPERATURE_FIELD": "temp",
                "OUTPUT": "memory:",
            },
        )
        dt = time.perf_counter() - t0
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
        rows.append((n, dt, rss, res["N_CONFLICTS"]))
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument(
        "--qgis", action="store_true", help="also time the whole algorithm through processing.run"
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    print("core soilenergy.well_conflicts")
    print("{:>8s} {:>10s} {:>14s} {:>10s}".format("wells", "time s", "peak MB (py)", "conflicts"))
    for n in sizes:
        dt, peak, n_conf = bench_core(n)
        print(f"{n:>8d} {dt:>10.3f} {peak / 1e6:>14.1f} {n_conf:>10d}")
    if args.qgis:
        print("algorithm bronnenstrategie:wellconflicts (processing.run, memory layers)")
        print("{:>8s} {:>10s} {:>14s} {:>10s}".format("wells", "time s", "max RSS MB", "conflicts"))
        for n, dt, rss, n_conf in bench_qgis(sizes):
            print(f"{n:>8d} {dt:>10.3f} {rss:>14.1f} {n_conf:>10d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
