#!/usr/bin/env python3
"""The demo: runs the plugin's algorithms headless through qgis_process on the sample data
of Den Haag, writes every output into out/bronnenstrategie.gpkg and prints a summary.

Each step is one algorithm; steps are listed in STEPS below (one entry per algorithm).
"""

import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import qgisproc  # noqa: E402

OUT = REPO / "out"
GPKG = OUT / "bronnenstrategie.gpkg"
SAMPLE = REPO / "resources" / "sample" / "denhaag_sample.gpkg"


def sample(layer):
    """Input URI of a sample layer."""
    return "{}|layername={}".format(SAMPLE, layer)


def table(name):
    """Output URI of a table in out/bronnenstrategie.gpkg."""
    return "ogr:dbname='{}' table=\"{}\" (geom)".format(GPKG, name)


def _fmt(value, digits=1):
    try:
        return "{:,.{}f}".format(float(value), digits)
    except (TypeError, ValueError):
        return str(value)


# (title, algorithm id, parameters, summary(results) -> str). Add one entry per algorithm.
STEPS = [
    (
        "Soil energy: thermal radius of the WKO wells",
        "bronnenstrategie:thermalradius",
        {
            "INPUT": sample("wko_wells"),
            "VOLUME_FIELD": "volume_m3",
            "SYSTEM_FIELD": "system_id",
            "SCREEN_TOP_FIELD": "screen_top",
            "SCREEN_BOTTOM_FIELD": "screen_bottom",
            "OUTPUT": table("wells_thermal_radius"),
            "OUTPUT_AREAS": table("wells_thermal_radius_circles"),
        },
        lambda r: "{} wells computed ({} skipped with a warning); thermal radius "
                  "{} m to {} m".format(r["N_WELLS"], r["N_SKIPPED"], _fmt(r["MIN_R_TH"]),
                                         _fmt(r["MAX_R_TH"])),
    ),
    # --- add the steps of the other algorithms below this line ---------------------------
]


def main():
    if not SAMPLE.exists():
        raise SystemExit("The sample data is missing: run 'make setup' first.")
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    summary = []
    started = time.time()
    for i, (title, alg, params, describe) in enumerate(STEPS, 1):
        print("[{}/{}] {} ({}) ...".format(i, len(STEPS), title, alg), flush=True)
        t0 = time.time()
        try:
            result = qgisproc.run_json(alg, params)
        except RuntimeError as exc:
            print(exc, file=sys.stderr)
            raise SystemExit("demo: {} failed".format(alg)) from exc
        results = result.get("results", {})
        line = describe(results)
        summary.append((title, line))
        print("      {} ({:.1f} s)".format(line, time.time() - t0), flush=True)
    print()
    print("Bronnenstrategie demo on the sample data of Den Haag "
          "({:.0f} s)".format(time.time() - started))
    print("=" * 72)
    for title, line in summary:
        print("- {}:\n    {}".format(title, line))
    print("Output: {}".format(GPKG))
    extra = sorted(p.name for p in OUT.iterdir() if p != GPKG and not p.name.endswith("-wal")
                   and not p.name.endswith("-shm"))
    if extra:
        print("Also written in {}: {}".format(OUT, ", ".join(extra)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
