#!/usr/bin/env python3
"""The demo: the whole heat-source strategy on the sample data of Den Haag, headless.

Runs ``bronnenstrategie:runstrategy`` through qgis_process (the plugin made visible by
scripts/qgisproc.py), which runs every algorithm of the plugin on the sample GeoPackage,
fills a claims register, checks it for conflicts, exports a STOP GIO, computes the heat
balance and writes the report, all into out/. Its progress is shown as it runs; at the end
this script prints the key figures, read back from the files written.
"""

import argparse
import json
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import qgisproc  # noqa: E402

OUT = REPO / "out"
SAMPLE = REPO / "resources" / "sample" / "denhaag_sample.gpkg"


def query(gpkg, sql, default=None):
    """Rows of an SQL query on a GeoPackage; ``default`` when the table is missing."""
    try:
        with sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True) as db:
            return db.execute(sql).fetchall()
    except sqlite3.Error:
        return default


def results_of(stdout):
    """The 'Results' section of qgis_process's text output as a dict of strings."""
    results = {}
    if "Results" not in stdout:
        return results
    for line in stdout.split("Results", 1)[1].splitlines():
        match = re.match(r"^([A-Z_0-9]+):\t(.*)$", line)
        if match:
            results[match.group(1)] = match.group(2)
    return results


def summary(results, seconds):
    gpkg = OUT / "bronnenstrategie.gpkg"
    lines = [
        "",
        "Bronnenstrategie demo on the sample data of Den Haag " f"({seconds:.0f} s)",
        "=" * 72,
    ]
    wells = query(gpkg, "SELECT count(*), min(r_th), max(r_th) FROM thermalradius_output")
    if wells and wells[0][0]:
        n, lo, hi = wells[0]
        lines.append(
            f"Soil energy: {n} wells; thermal radius {lo:.1f} m (smallest) to {hi:.1f} m "
            "(largest)"
        )
    conflicts = query(gpkg, "SELECT kind, count(*) FROM wellconflicts_output GROUP BY kind")
    if conflicts:
        lines.append("  well conflicts: " + ", ".join(f"{c} {k}" for k, c in conflicts))
    per_aquifer = query(
        gpkg,
        "SELECT coalesce(aquifer_a, '?'), count(*) FROM "
        "wellconflicts_output WHERE kind NOT IN ('closed_open', "
        "'closed_closed') GROUP BY 1 ORDER BY 1",
    )
    if per_aquifer:
        lines.append(
            "  well conflicts per aquifer: " + ", ".join(f"aquifer {a} {c}" for a, c in per_aquifer)
        )
    areas = query(gpkg, "SELECT count(*), sum(area_ha) FROM interferenceareas_output")
    if areas and areas[0][0]:
        lines.append("  candidate interference areas: {} ({:.0f} ha)".format(*areas[0]))
        columns = [
            row[1]
            for row in query(gpkg, "PRAGMA table_info(interferenceareas_output)", [])
            if str(row[1]).startswith("usage_") and row[1] != "usage_fraction"
        ]
        if columns:
            usage = query(
                gpkg,
                "SELECT {} FROM interferenceareas_output".format(
                    ", ".join(f'max("{c}")' for c in columns)
                ),
            )
            lines.append(
                "  aquifer use per aquifer (largest of a candidate area): "
                + ", ".join(
                    "{} {:.1%}".format(c[len("usage_") :].replace("_", " "), v or 0.0)
                    for c, v in zip(columns, usage[0])
                )
            )
    zones = query(gpkg, "SELECT zone_check, count(*) FROM warmcoldzones_check GROUP BY 1")
    if zones:
        lines.append("  warm/cold zone check: " + ", ".join(f"{c} {k}" for k, c in sorted(zones)))
    geo = query(
        gpkg,
        "SELECT count(*), sum(power_mw), sum(heat_tj) FROM "
        "geothermalbuffers_sites WHERE kind = 'permanent_site'",
    )
    if geo and geo[0][0]:
        lines.append(
            f"Deep geothermal: {geo[0][0]} locations, {geo[0][1]:.0f} MW, "
            f"{geo[0][2] / 1000.0:.2f} PJ/yr"
        )
    quay = query(gpkg, "SELECT count(*), sum(delivered_gj) FROM quaypotential_segments")
    if quay and quay[0][0]:
        lines.append(
            f"Aquathermal (TEO): {quay[0][0]} quay segments, {quay[0][1] / 1e6:.2f} PJ/yr delivered"
        )
    tea = query(gpkg, "SELECT sum(delivered_gj) FROM wastewaterheat_points")
    if tea and tea[0][0]:
        lines.append(f"Aquathermal (TEA): {tea[0][0] / 1e6:.2f} PJ/yr delivered")
    sites = query(gpkg, "SELECT rank, score, why FROM wossiting_sites ORDER BY rank LIMIT 3")
    if sites:
        lines.append("Best WOS sites:")
        for rank, score, why in sites:
            lines.append(f"  {rank}. score {score:.2f}: {why}")
    balance = query(gpkg, "SELECT class, demand, supply, balance, unit FROM heatbalance_table")
    if balance:
        lines.append("Heat balance (after the cascade HT -> MT -> LT):")
        for cls, demand, supply, bal, unit in balance:
            lines.append(
                f"  {cls:5s} demand {demand:6.2f}  supply {supply:6.2f}  balance {bal:+6.2f} {unit}"
            )
    lines.append(
        "Spatial claims: {} in the register, {} conflicts for the college".format(
            results.get("N_CLAIMS", "?"), results.get("N_CONFLICTS", "?")
        )
    )
    lines.append("")
    lines.append(f"Written in {OUT}:")
    for path in sorted(OUT.iterdir()):
        if path.suffix in (".gpkg-wal", ".gpkg-shm"):
            continue
        lines.append(f"  {path.name:28s} {path.stat().st_size:>10,d} bytes")
    return "\n".join(lines)


def key_figures(results):
    """The demo's key figures as numbers, for comparing runs on different QGIS versions
    (scripts/matrix/compare_figures.py)."""
    gpkg = OUT / "bronnenstrategie.gpkg"
    figures = {}

    def put(prefix, rows, names):
        for row in rows or []:
            for name, value in zip(names, row):
                figures[f"{prefix}.{name}"] = value

    put(
        "wells",
        query(
            gpkg, "SELECT count(*), min(r_th), max(r_th), sum(r_th) " "FROM thermalradius_output"
        ),
        ("n", "min_r_th", "max_r_th", "sum_r_th"),
    )
    for kind, count in (
        query(
            gpkg, "SELECT kind, count(*) FROM wellconflicts_output " "GROUP BY kind ORDER BY kind"
        )
        or []
    ):
        figures["wellconflicts." + str(kind)] = count
    put(
        "interferenceareas",
        query(gpkg, "SELECT count(*), sum(area_ha) FROM " "interferenceareas_output"),
        ("n", "area_ha"),
    )
    put(
        "geothermal",
        query(
            gpkg,
            "SELECT count(*), sum(power_mw), sum(heat_tj) FROM "
            "geothermalbuffers_sites WHERE kind = 'permanent_site'",
        ),
        ("n", "power_mw", "heat_tj"),
    )
    put(
        "quay",
        query(gpkg, "SELECT count(*), sum(delivered_gj) FROM quaypotential_segments"),
        ("n", "delivered_gj"),
    )
    put(
        "tea",
        query(gpkg, "SELECT count(*), sum(delivered_gj) FROM wastewaterheat_points"),
        ("n", "delivered_gj"),
    )
    for rank, score in (
        query(gpkg, "SELECT rank, score FROM wossiting_sites ORDER BY rank " "LIMIT 3") or []
    ):
        figures[f"wos.score_{rank}"] = score
    for cls, demand, supply, bal in (
        query(
            gpkg, "SELECT class, demand, supply, balance FROM " "heatbalance_table ORDER BY class"
        )
        or []
    ):
        figures[f"heatbalance.{cls}.demand"] = demand
        figures[f"heatbalance.{cls}.supply"] = supply
        figures[f"heatbalance.{cls}.balance"] = bal
    for key in ("N_CLAIMS", "N_CONFLICTS"):
        try:
            figures["claims." + key] = float(results[key])
        except (KeyError, ValueError):
            figures["claims." + key] = None
    return figures


def main(argv=None):
    global OUT
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(OUT), help="output folder (default: out/)")
    parser.add_argument("--figures", help="also write the key figures to this JSON file")
    args = parser.parse_args(argv)
    OUT = Path(args.out).resolve()
    if not SAMPLE.exists():
        raise SystemExit("The sample data is missing: run 'make setup' first.")
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    started = time.time()
    command = [
        qgisproc.qgis_process_binary(),
        "run",
        "bronnenstrategie:runstrategy",
        "--",
        f"INPUT={SAMPLE}",
        f"OUTPUT_FOLDER={OUT}",
    ]
    print("Running: qgis_process run bronnenstrategie:runstrategy (progress below)", flush=True)
    proc = subprocess.Popen(
        command,
        env=qgisproc.plugin_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        bufsize=1,
    )
    captured = []
    for line in proc.stdout:
        captured.append(line)
        if not line.startswith("<string>") and "setapi" not in line:
            sys.stdout.write(line)
            sys.stdout.flush()
    if proc.wait() != 0:
        raise SystemExit(f"demo: runstrategy failed (exit {proc.returncode})")
    results = results_of("".join(captured))
    print(summary(results, time.time() - started))
    if args.figures:
        Path(args.figures).write_text(json.dumps(key_figures(results), indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
