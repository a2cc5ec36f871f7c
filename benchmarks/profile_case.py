#!/usr/bin/env python3
"""Profile one benchmark case in-process with cProfile: where does the time go?

Usage: /usr/bin/python3 benchmarks/profile_case.py interferenceareas medium [--top 30]
       [--chain native] [--save out/prof.pstats]

Runs the case once to warm up (imports, caches), then once under cProfile, and prints the
functions with the largest cumulative and own (tottime) time. Only Python frames are seen:
time inside QGIS/GEOS/GDAL C++ shows up as the Python call that entered it.
"""

import argparse
import cProfile
import io
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import cases  # noqa: E402
import run  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("algorithm")
    parser.add_argument("tier", nargs="?", default="medium")
    parser.add_argument("--chain", default="ours", choices=("ours", "native"))
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--save", default="")
    args = parser.parse_args(argv)
    case = cases.by_name(args.algorithm)
    n = case.sizes[args.tier]
    data = case.data(n)
    steps = [(case.alg, case.params(n))] if args.chain == "ours" else case.native(n)
    app, plugin = run._start_qgis()
    from qgis import processing
    from qgis.core import QgsProcessingFeedback

    def once():
        out = tempfile.mkdtemp(prefix="bench-prof-")
        results = []
        t0 = time.perf_counter()
        for alg, params in steps:
            p = {k: run.fill(v, data, out, results) for k, v in params.items()}
            results.append(processing.run(alg, p, feedback=QgsProcessingFeedback()))
        dt = time.perf_counter() - t0
        shutil.rmtree(out, ignore_errors=True)
        return dt, results

    dt, results = once()
    print(
        f"{case.name} {args.chain} n={n} ({case.unit}): warm-up {dt:.2f} s; "
        f"{run.describe(results[-1])}"
    )
    prof = cProfile.Profile()
    prof.enable()
    dt, _ = once()
    prof.disable()
    print(f"profiled run {dt:.2f} s (with profiler overhead)")
    if args.save:
        prof.dump_stats(args.save)
    for key in ("cumulative", "tottime"):
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(key).print_stats(args.top)
        print(f"\n== by {key} ==")
        print("\n".join(ln for ln in buf.getvalue().splitlines() if ln.strip())[:20000])
    sys.stdout.flush()
    import os

    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
