#!/usr/bin/env python3
"""Benchmark runner: every algorithm in-process and through qgis_process, against the chain
of native QGIS algorithms a GIS specialist would use for the same geometric core.

Usage (``make bench`` / ``make bench-smoke``)::

    /usr/bin/python3 benchmarks/run.py                      # small, medium and large
    /usr/bin/python3 benchmarks/run.py --tier small,medium --algs wellconflicts,claimconflicts
    /usr/bin/python3 benchmarks/run.py --tier smoke --repeat 1 --out /tmp/bench

What it does, per algorithm and size (``benchmarks/cases.py``, data from
``benchmarks/datagen.py``):

- in-process: a worker process starts one QgsApplication with the plugin, then times
  ``processing.run`` ``--repeat`` times (inputs read from and outputs written to
  GeoPackage/GeoTIFF, as a user would); peak memory is the worker's peak resident set size
  (``resource.getrusage``, QGIS itself included; its size after start-up is recorded too),
  and with ``--tracemalloc`` one extra run records the peak of the Python allocations;
- qgis_process: ``/usr/bin/time -v qgis_process --json run ...`` (``scripts/qgisproc.py``
  makes the plugin visible), wall time and "Maximum resident set size", ``--repeat`` times;
- the native chain on the same data in both modes (each step of a chain through
  qgis_process is one call, as a specialist's script would be; time is the sum, peak
  memory the largest step);
- the median of the repeats, the ratio ours / native, the growth exponent k between
  successive sizes (time ~ n^k; through qgis_process net of the start-up time measured
  in the same run) and the performance targets.

Results are merged into ``<out>/results.csv`` (one row per algorithm, size, mode and
chain; rows of earlier runs for other sizes are kept, ``--fresh`` starts over) and the
table ``<out>/results.md`` is rewritten from it (and ``<out>/summary.md``: one line per
algorithm at its largest size, as in the README). Algorithms the plugin does not have (yet)
are skipped with a note. This is not part of ``make test`` (too slow); the smoke test
``tests/test_benchmarks_smoke.py`` runs it at the smoke size.
"""

import argparse
import csv
import datetime
import json
import math
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "scripts"))

CSV_FIELDS = [
    "algorithm",
    "tier",
    "n",
    "unit",
    "mode",
    "chain",
    "status",
    "repeats",
    "median_s",
    "min_s",
    "max_s",
    "times_s",
    "peak_mb",
    "base_mb",
    "py_peak_mb",
    "outputs",
    "note",
    "when",
]
MODES = ("inproc", "qgis_process")
MODE_LABEL = {"inproc": "in-process", "qgis_process": "qgis_process"}
RESULT_TAG = "BENCH_RESULT "


# -- parameters ------------------------------------------------------------------------------
def fill(value, data, out, results):
    """Fill the placeholders of one parameter value (see cases.py)."""
    if isinstance(value, (list, tuple)):
        return [fill(v, data, out, results) for v in value]
    if isinstance(value, str):
        if value.startswith("@") and ":" in value:
            step, name = value[1:].split(":", 1)
            return results[int(step)][name]
        return value.replace("{data}", data).replace("{out}", out)
    return value


def _cli_value(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def describe(results):
    """Short summary of a step's results: feature counts of vector files, numeric outputs."""
    parts = []
    for key in sorted(results):
        value = results[key]
        if isinstance(value, bool):
            continue
        if isinstance(value, (int, float)):
            parts.append(f"{key}={value:g}")
        elif (
            isinstance(value, str)
            and value.lower().endswith((".gpkg", ".fgb", ".gml"))
            and os.path.exists(value.split("|")[0])
        ):
            try:
                from osgeo import ogr

                ds = ogr.Open(value.split("|")[0])
                layer = ds.GetLayer(0) if ds is not None and ds.GetLayerCount() else None
                if layer is not None:
                    parts.append(f"{key}:{layer.GetFeatureCount()}")
                ds = None
            except Exception:  # noqa: BLE001 - informative only
                pass
    return "; ".join(parts)


# -- in-process worker -----------------------------------------------------------------------
def _rss_mb():
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return float("nan")


def _start_qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
    plugins = Path(tempfile.mkdtemp(prefix="bench-plugins-"))
    (plugins / "bronnenstrategie").symlink_to(REPO, target_is_directory=True)
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != REPO]
    sys.modules.pop("processing", None)
    sys.path.insert(0, str(plugins))
    for qgis_plugins in ("/usr/share/qgis/python/plugins", "/usr/lib/qgis/python/plugins"):
        if os.path.isdir(qgis_plugins) and qgis_plugins not in sys.path:
            sys.path.append(qgis_plugins)
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import bronnenstrategie

    plugin = bronnenstrategie.classFactory(None)
    plugin.initProcessing()
    return app, plugin


def worker(spec):
    """Run one chain ``repeat`` times inside this process; print the result as JSON."""
    app, plugin = _start_qgis()
    from qgis import processing
    from qgis.core import QgsApplication, QgsProcessingFeedback

    registry = QgsApplication.processingRegistry()
    if spec.get("list"):
        ids = sorted(a.id() for a in registry.algorithms())
        print(RESULT_TAG + json.dumps({"ids": ids}))
        return 0
    base = _rss_mb()
    times, error, summary = [], "", [""]

    def once():
        out = tempfile.mkdtemp(prefix="bench-out-")
        results = []
        t0 = time.perf_counter()
        for alg, params in spec["steps"]:
            p = {k: fill(v, spec["data"], out, results) for k, v in params.items()}
            results.append(processing.run(alg, p, feedback=QgsProcessingFeedback()))
        dt = time.perf_counter() - t0
        summary[0] = describe(results[-1])
        shutil.rmtree(out, ignore_errors=True)
        return dt

    try:
        for _ in range(spec["repeat"]):
            times.append(once())
            if spec.get("max_single") and times[-1] > spec["max_single"]:
                break  # one slow run is enough (time budget); the row says how many ran
        py_peak = None
        if spec.get("tracemalloc"):
            import tracemalloc

            tracemalloc.start()
            once()
            py_peak = tracemalloc.get_traced_memory()[1] / 1e6
            tracemalloc.stop()
    except Exception as exc:  # noqa: BLE001 - reported in the table, not a traceback
        lines = str(exc).strip().splitlines()
        error = "{}: {}".format(type(exc).__name__, lines[-1] if lines else "")
        py_peak = None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(
        RESULT_TAG
        + json.dumps(
            {
                "times": times,
                "peak_mb": peak,
                "base_mb": base,
                "py_peak_mb": py_peak,
                "error": error,
                "outputs": summary[0],
            }
        )
    )
    sys.stdout.flush()
    os._exit(0)  # skip QGIS's slow and sometimes crashing exit


def run_worker(spec, timeout):
    """Start a worker process for ``spec``; returns its result dict."""
    env = _env()
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker"],
        input=json.dumps(spec),
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith(RESULT_TAG):
            return json.loads(line[len(RESULT_TAG) :])
    return {
        "times": [],
        "error": f"worker failed ({proc.returncode}): "
        f"{(proc.stderr or proc.stdout).strip()[-500:]}",
    }


_ENV = None


def _env():
    global _ENV
    if _ENV is None:
        import qgisproc

        _ENV = qgisproc.plugin_env()
    return dict(_ENV)


# -- qgis_process ---------------------------------------------------------------------------
def qgis_process_once(alg, params, timeout):
    """One ``qgis_process --json run``; returns (seconds, peak MB, results dict)."""
    import qgisproc

    args = ["/usr/bin/time", "-v", qgisproc.qgis_process_binary(), "--json", "run", alg, "--"]
    for key, value in params.items():
        for v in value if isinstance(value, (list, tuple)) else [value]:
            args.append(f"{key}={_cli_value(v)}")
    t0 = time.perf_counter()
    proc = subprocess.run(args, capture_output=True, text=True, env=_env(), timeout=timeout)
    dt = time.perf_counter() - t0
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    peak = int(match.group(1)) / 1024.0 if match else float("nan")
    if proc.returncode != 0:
        tail = [
            ln
            for ln in (proc.stdout + proc.stderr).splitlines()
            if ln.strip() and not ln.startswith("\t")
        ]
        raise RuntimeError(
            "qgis_process {} exit {}: {}".format(alg, proc.returncode, " | ".join(tail[-3:])[-400:])
        )
    text = proc.stdout
    results = json.loads(text[text.index("{") :]).get("results", {})
    return dt, peak, results


def run_qgis_process(spec, timeout):
    times, peak, error, summary = [], 0.0, "", ""
    try:
        for _ in range(spec["repeat"]):
            out = tempfile.mkdtemp(prefix="bench-out-")
            results, total = [], 0.0
            for alg, params in spec["steps"]:
                p = {k: fill(v, spec["data"], out, results) for k, v in params.items()}
                dt, mb, res = qgis_process_once(alg, p, timeout)
                total += dt
                peak = max(peak, mb)
                results.append(res)
            times.append(total)
            summary = describe(results[-1])
            shutil.rmtree(out, ignore_errors=True)
            if spec.get("max_single") and total > spec["max_single"]:
                break  # one slow run is enough (time budget); the row says how many ran
    except Exception as exc:  # noqa: BLE001 - reported in the table
        error = str(exc)
    return {
        "times": times,
        "peak_mb": peak or None,
        "base_mb": None,
        "py_peak_mb": None,
        "error": error,
        "outputs": summary,
    }


def measure_startup(repeat, timeout):
    """qgis_process start-up: the smallest native run (centroids of one point)."""
    import datagen

    data = datagen.wells(2)
    spec = {
        "data": data,
        "repeat": repeat,
        "steps": [
            (
                "native:centroids",
                {
                    "INPUT": "{data}|layername=closed_loops",
                    "ALL_PARTS": False,
                    "OUTPUT": "{out}/c.gpkg",
                },
            )
        ],
    }
    return run_qgis_process(spec, timeout)


# -- results -----------------------------------------------------------------------------------
def _f(value):
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(v) else v


def load_rows(path):
    if not path.exists():
        return []
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def save_rows(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".csv.tmp")
    with open(tmp, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=CSV_FIELDS)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: row.get(k, "") for k in CSV_FIELDS})
    os.replace(tmp, path)


def make_row(case, tier, n, mode, chain, res, note=""):
    times = res.get("times") or []
    status = "ok" if times and not res.get("error") else ("failed" if res.get("error") else note)
    row = {
        "algorithm": case.name if case else "qgis_process start-up",
        "tier": tier,
        "n": n,
        "unit": case.unit if case else "",
        "mode": mode,
        "chain": chain,
        "status": status,
        "repeats": len(times),
        "note": (res.get("error") or note)[:300],
        "outputs": res.get("outputs", ""),
        "when": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"),
    }
    if times:
        row.update(
            median_s=f"{statistics.median(times):.3f}",
            min_s=f"{min(times):.3f}",
            max_s=f"{max(times):.3f}",
            times_s=";".join(f"{t:.3f}" for t in times),
        )
    for key in ("peak_mb", "base_mb", "py_peak_mb"):
        if _f(res.get(key)) is not None:
            row[key] = f"{_f(res[key]):.0f}" if key != "py_peak_mb" else f"{_f(res[key]):.1f}"
    return row


def merge(rows, new):
    key = ("algorithm", "n", "mode", "chain")
    index = {tuple(r[k] for k in key): i for i, r in enumerate(rows)}
    for row in new:
        k = tuple(str(row[c]) for c in key)
        if k in index:
            rows[index[k]] = {c: str(v) for c, v in row.items()}
        else:
            index[k] = len(rows)
            rows.append({c: str(v) for c, v in row.items()})
    return rows


def growth(points):
    """k between successive (n, t) points: t2/t1 = (n2/n1)^k."""
    out = {}
    pts = sorted((n, t) for n, t in points if t is not None and t > 0)
    for (n1, t1), (n2, t2) in zip(pts, pts[1:]):
        if n2 > n1:
            out[n2] = math.log(t2 / t1) / math.log(n2 / n1)
    return out


def machine():
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as fh:
            mem = f"{int(fh.readline().split()[1]) / 1024 / 1024:.1f} GB RAM"
    except OSError:
        pass
    qgis = ""
    try:
        import qgisproc

        qgis = (
            subprocess.run(
                [qgisproc.qgis_process_binary(), "--version"],
                capture_output=True,
                text=True,
                env=_env(),
                timeout=120,
            )
            .stdout.strip()
            .splitlines()
        )
        qgis = "; ".join(ln for ln in qgis if ln.startswith(("QGIS", "GDAL", "GEOS")))
    except Exception:  # noqa: BLE001 - informative only
        pass
    return f"{os.cpu_count()} cores ({cpu}), {mem}; {qgis}; Python {platform.python_version()}"


def _fmt(v, spec="{:.2f}"):
    return "" if v is None else spec.format(v)


def write_markdown(path, rows, header):
    import cases as cases_mod

    order = {c.name: i for i, c in enumerate(cases_mod.CASES)}
    med = {}
    for r in rows:
        med[(r["algorithm"], r["n"], r["mode"], r["chain"])] = r
    startup = [
        _f(r["median_s"])
        for r in rows
        if r["algorithm"] == "qgis_process start-up" and r["status"] == "ok"
    ]
    startup = startup[-1] if startup else None
    lines = [
        "# Benchmark results",
        "",
        f"Figures of **this machine**: {header}.",
        "Wall time in seconds, median of the runs (*runs*: ours/native when they differ; after a "
        "run longer than --max-single seconds there are no repeats); peak memory is the process's "
        "peak resident set size in MB (QGIS itself included: about {} MB after start-up "
        "in-process). *native* is the chain of QGIS tools in the notes below, on the same "
        "data. *ratio* = ours / native (below 1: ours is faster). *k*: growth exponent "
        "between this size and the previous one (time ~ n^k; left out below 0.5 s){}.".format(
            _fmt(_median([_f(r.get("base_mb")) for r in rows]), "{:.0f}") or "?",
            f"; through qgis_process net of the start-up of {startup:.2f} s" if startup else "",
        ),
        "",
        "| algorithm | n | mode | runs | ours s | ours MB | k | native s | native MB "
        "| k native | ratio | features ours / native | target |",
        "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    algs = sorted({r["algorithm"] for r in rows if r["algorithm"] in order}, key=lambda a: order[a])
    notes = []
    for alg in algs:
        case = cases_mod.by_name(alg)
        notes.append(
            "- **{}** ({}): native = {}.{}".format(
                alg, case.unit, case.native_note, " " + case.note if case.note else ""
            )
        )
        for mode in MODES:
            ns = sorted({int(r["n"]) for r in rows if r["algorithm"] == alg and r["mode"] == mode})
            ks = {}
            for chain in ("ours", "native"):
                pts = []
                for n in ns:
                    r = med.get((alg, str(n), mode, chain))
                    t = _f(r["median_s"]) if r and r["status"] == "ok" else None
                    if t is not None and mode == "qgis_process" and startup:
                        steps = len(case.native(n)) if chain == "native" and case.native else 1
                        t = t - steps * startup
                    # below 0.5 s (net of start-up) the exponent would measure noise
                    t = t if t is not None and t >= 0.5 else None
                    pts.append((n, t))
                ks[chain] = growth(pts)
            for n in ns:
                o = med.get((alg, str(n), mode, "ours"))
                v = med.get((alg, str(n), mode, "native"))
                if o is None:
                    continue
                to, tv = _f(o.get("median_s")), _f(v.get("median_s")) if v else None
                if o["status"] != "ok":
                    cells = [
                        alg,
                        f"{n:,}",
                        MODE_LABEL[mode],
                        "",
                        o["status"]
                        if o["note"] == o["status"]
                        else o["status"] + ": " + o["note"][:80].replace("|", "/"),
                    ] + [""] * 8
                    lines.append("| " + " | ".join(cells) + " |")
                    continue
                ratio = to / tv if to and tv else None
                target = ""
                lim = case.targets.get(n)
                if lim is not None and mode == "qgis_process":
                    target = "< {:g} s: {}".format(lim, "met" if to < lim else "**missed**")
                mlim = case.mem_targets.get(n)
                if mlim is not None and mode == "qgis_process" and _f(o.get("peak_mb")):
                    target += "; < {:g} MB: {}".format(
                        mlim, "met" if _f(o["peak_mb"]) < mlim else "**missed**"
                    )
                native_cell = (
                    _fmt(tv)
                    if v and v["status"] == "ok"
                    else ("n/a" if case.native is None else (v["status"] if v else ""))
                )
                runs = o.get("repeats", "")
                if v and v.get("repeats") and v["repeats"] != runs:
                    runs += "/" + v["repeats"]
                lines.append(
                    "| "
                    + " | ".join(
                        [
                            alg,
                            f"{n:,}",
                            MODE_LABEL[mode],
                            runs,
                            _fmt(to),
                            _fmt(_f(o.get("peak_mb")), "{:.0f}"),
                            _fmt(ks["ours"].get(n)),
                            native_cell,
                            _fmt(_f(v.get("peak_mb")), "{:.0f}") if v else "",
                            _fmt(ks["native"].get(n)),
                            _fmt(ratio),
                            "{} / {}".format(
                                _primary(o.get("outputs")) or "-",
                                _primary(v.get("outputs")) if v else "-",
                            ),
                            target,
                        ]
                    )
                    + " |"
                )
    skipped = sorted({r["algorithm"] for r in rows if r["status"].startswith("skipped")})
    lines += ["", "Native chains:", ""] + notes
    if startup:
        lines += ["", f"qgis_process start-up (native:centroids of one point): {startup:.2f} s."]
    if skipped:
        lines += ["", "Skipped (not in the plugin yet): {}.".format(", ".join(skipped))]
    lines += [
        "",
        "Rerun: `make bench` (all sizes) or `/usr/bin/python3 benchmarks/run.py "
        "--tier small,medium --algs wellconflicts`; raw figures in results.csv.",
        "",
    ]
    Path(path).write_text("\n".join(lines))
    Path(path).with_name("summary.md").write_text("\n".join(summary_lines(rows)) + "\n")


def summary_lines(rows):
    """One line per algorithm at its largest measured size (for the README)."""
    import cases as cases_mod

    med = {(r["algorithm"], r["n"], r["mode"], r["chain"]): r for r in rows}
    lines = [
        "| algorithm | n | qgis_process ours s | native s | ratio | in-process ours s "
        "| native s | ratio | peak MB | k | target |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for case in cases_mod.CASES:
        ok = [
            r
            for r in rows
            if r["algorithm"] == case.name and r["status"] == "ok" and r["chain"] == "ours"
        ]
        if not ok:
            continue
        n = max(int(r["n"]) for r in ok)
        cells = [case.name, f"{n:,} {case.unit}"]
        for mode in ("qgis_process", "inproc"):
            o, v = (
                med.get((case.name, str(n), mode, "ours")),
                med.get((case.name, str(n), mode, "native")),
            )
            to = _f(o["median_s"]) if o and o["status"] == "ok" else None
            tv = _f(v["median_s"]) if v and v["status"] == "ok" else None
            cells += [
                _fmt(to),
                _fmt(tv) if case.native else "n/a",
                _fmt(to / tv) if to and tv else "",
            ]
        o = med.get((case.name, str(n), "qgis_process", "ours"))
        cells.append(_fmt(_f(o.get("peak_mb")) if o else None, "{:.0f}"))
        pts = [(int(r["n"]), _f(r["median_s"])) for r in ok if r["mode"] == "inproc"]
        pts = [(m, t if t is not None and t >= 0.5 else None) for m, t in pts]
        cells.append(_fmt(growth(pts).get(n)))
        target = []
        for m, lim in sorted(case.targets.items()):
            r = med.get((case.name, str(m), "qgis_process", "ours"))
            t = _f(r["median_s"]) if r and r["status"] == "ok" else None
            target.append(
                "{:,}: < {:g} s {}".format(
                    m, lim, "?" if t is None else ("met" if t < lim else "**missed**")
                )
            )
        for m, lim in sorted(case.mem_targets.items()):
            r = med.get((case.name, str(m), "qgis_process", "ours"))
            mb = _f(r.get("peak_mb")) if r else None
            target.append(
                "{:,}: < {:g} MB {}".format(
                    m, lim, "?" if mb is None else ("met" if mb < lim else "**missed**")
                )
            )
        cells.append("; ".join(target))
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _primary(outputs):
    """Feature count of the main output in a describe() summary ('OUTPUT:123; ...')."""
    outputs = outputs or ""
    m = re.search(r"(?:^|; )OUTPUT:(\d+)", outputs) or re.search(r"(?:^|; )\w+:(\d+)", outputs)
    return m.group(1) if m else ""


def _median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


# -- main --------------------------------------------------------------------------------------
def available_ids(timeout):
    res = run_worker({"list": True}, timeout)
    if "ids" not in res:
        raise SystemExit("Could not start QGIS with the plugin: {}".format(res.get("error")))
    return set(res["ids"])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--tier",
        default="small,medium,large",
        help="sizes: smoke, small, medium, large (comma-separated) or all",
    )
    parser.add_argument("--algs", default="", help="algorithm names (default: every case)")
    parser.add_argument("--modes", default="inproc,qgis_process")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-native", action="store_true", help="skip the native chains")
    parser.add_argument(
        "--tracemalloc",
        action="store_true",
        help="one extra in-process run with tracemalloc (Python peak)",
    )
    parser.add_argument("--out", default=str(HERE / "results"))
    parser.add_argument("--fresh", action="store_true", help="do not merge earlier results")
    parser.add_argument("--timeout", type=float, default=1800.0)
    parser.add_argument(
        "--max-single",
        type=float,
        default=120.0,
        help="no repeats after a run longer than this (seconds)",
    )
    parser.add_argument(
        "--startup-only",
        action="store_true",
        help="only measure the qgis_process start-up (added to earlier runs)",
    )
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        return worker(json.load(sys.stdin))

    import cases as cases_mod

    tiers = list(cases_mod.TIERS[1:]) if args.tier == "all" else args.tier.split(",")
    modes = [m for m in args.modes.split(",") if m]
    for m in modes:
        if m not in MODES:
            parser.error(f"unknown mode {m}")
    selected = cases_mod.CASES
    if args.algs:
        selected = [cases_mod.by_name(a.strip()) for a in args.algs.split(",") if a.strip()]
    out_dir = Path(args.out)
    csv_path, md_path = out_dir / "results.csv", out_dir / "results.md"
    rows = [] if args.fresh else load_rows(csv_path)
    header = machine()
    print("Benchmark on", header, flush=True)
    ids = available_ids(args.timeout)
    new = []

    def record(row):
        new.append(row)
        merge(rows, [row])
        save_rows(csv_path, rows)
        write_markdown(md_path, rows, header)

    if "qgis_process" in modes:
        res = measure_startup(max(1, args.repeat), args.timeout)
        # the start-up varies with the machine's load: keep the runs of earlier benchmark
        # runs too, the median of all of them is used
        for r in rows:
            if r["algorithm"] == "qgis_process start-up" and r.get("times_s"):
                res["times"] = [float(t) for t in r["times_s"].split(";")] + res["times"]
        record(make_row(None, "-", 0, "qgis_process", "native", res))
        print("qgis_process start-up: {} s".format(new[-1].get("median_s")), flush=True)
    if args.startup_only:
        return 0

    for case in selected:
        if case.alg not in ids:
            print(f"SKIP {case.alg}: not in the plugin yet", flush=True)
            for tier in tiers:
                record(
                    make_row(
                        case,
                        tier,
                        case.sizes[tier],
                        modes[0],
                        "ours",
                        {},
                        "skipped (not in the plugin yet)",
                    )
                )
            continue
        for tier in tiers:
            n = case.sizes[tier]
            t0 = time.perf_counter()
            data = case.data(n)
            print(
                f"{case.name} {tier} {n} ({case.unit} data {time.perf_counter() - t0:.1f} s)",
                flush=True,
            )
            chains = [("ours", [(case.alg, case.params(n))])]
            if case.native and not args.no_native:
                missing = [a for a, _ in case.native(n) if a not in ids]
                if missing:
                    print("  native chain skipped: {} missing".format(", ".join(missing)))
                else:
                    chains.append(("native", case.native(n)))
            for mode in modes:
                for chain, steps in chains:
                    spec = {
                        "data": data,
                        "steps": steps,
                        "repeat": args.repeat,
                        "max_single": args.max_single,
                        "tracemalloc": args.tracemalloc and chain == "ours",
                    }
                    if mode == "inproc":
                        try:
                            res = run_worker(spec, args.timeout * args.repeat)
                        except subprocess.TimeoutExpired:
                            res = {"times": [], "error": "timeout"}
                    else:
                        res = run_qgis_process(spec, args.timeout)
                    row = make_row(case, tier, n, mode, chain, res)
                    record(row)
                    print(
                        "  {:<12s} {:<6s} {:>8s} s  peak {:>6s} MB  {}".format(
                            mode,
                            chain,
                            row.get("median_s", "-"),
                            row.get("peak_mb", "-"),
                            row["status"] if row["status"] != "ok" else "",
                        ),
                        flush=True,
                    )
    print(f"Wrote {csv_path} and {md_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
