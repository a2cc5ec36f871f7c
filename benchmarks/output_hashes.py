#!/usr/bin/env python3
"""Fingerprints of every algorithm's outputs, to prove that a refactoring changes no result.

    /usr/bin/python3 benchmarks/output_hashes.py                 # print the fingerprints
    /usr/bin/python3 benchmarks/output_hashes.py --write FILE    # save them as JSON
    /usr/bin/python3 benchmarks/output_hashes.py --compare FILE  # exit 1 on any difference

Each benchmark case (benchmarks/cases.py) runs in this process on its generated data at
the ``smoke`` and ``small`` sizes, and ``runstrategy`` runs on the sample data of Den Haag.
Every vector output is reduced to a sorted list of its features (attributes, floats to 9
significant digits; geometry as WKT with 6 decimals) and hashed; rasters by their cell
values; GML and JSON files by their bytes with time stamps and generated ids blanked.
PDF, PNG and spreadsheet files are not compared (they embed dates and fonts).

The fingerprints depend on the QGIS/GEOS/GDAL versions: compare on one machine only.
"""

import argparse
import hashlib
import json
import os
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import cases  # noqa: E402
import run as bench  # noqa: E402

VECTOR = (".gpkg", ".fgb", ".shp", ".geojson")
SKIP = (".pdf", ".png", ".xlsx", ".csv", ".qml", ".aux.xml")
STAMPS = re.compile(
    rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)?|"
    rb"\d{4}-\d\d-\d\d|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
    rb"[0-9a-f]{12}"
)


def _value(v):
    """A stable text of one attribute value: time stamps and generated ids blanked."""
    if type(v).__name__ in ("QDateTime", "QDate", "QTime"):
        return "TIME"
    if isinstance(v, float):
        return f"{v:.9g}"
    if v is None or (hasattr(v, "isNull") and v.isNull()):
        return "NULL"
    return str(v)


def vector_hash(uri):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(uri, "h", "ogr")
    if not layer.isValid():
        return None
    names = [f.name() for f in layer.fields() if f.name() not in ("fid", "ogc_fid")]
    rows = []
    for feature in layer.getFeatures():
        attrs = "|".join(_value(feature[n]) for n in names)
        attrs = STAMPS.sub(b"X", attrs.encode("utf-8")).decode("utf-8")
        geom = feature.geometry()
        wkt = "" if geom is None or geom.isNull() else geom.asWkt(6)
        rows.append(attrs + "#" + wkt)
    rows.sort()
    digest = hashlib.sha256("\n".join([",".join(names)] + rows).encode("utf-8")).hexdigest()
    return f"{len(rows)} features {digest[:16]}"


def raster_hash(path):
    from osgeo import gdal

    ds = gdal.Open(str(path))
    if ds is None:
        return None
    h = hashlib.sha256()
    for b in range(1, ds.RasterCount + 1):
        h.update(ds.GetRasterBand(b).ReadAsArray().tobytes())
    return f"{ds.RasterXSize}x{ds.RasterYSize} {h.hexdigest()[:16]}"


def file_hashes(path):
    """{name: fingerprint} of one output (a file, a layer uri or a GeoPackage)."""
    text = str(path)
    if not text.strip():
        return {}
    if "|layername=" in text:
        return {Path(text.split("|")[0]).name + "|" + text.split("=", 1)[1]: vector_hash(text)}
    p = Path(text)
    if not p.exists() or p.name.endswith(SKIP):
        return {}
    if p.is_dir():
        out = {}
        for child in sorted(p.iterdir()):
            out.update(
                {
                    child.name + ("/" + k if k != child.name else ""): v
                    for k, v in file_hashes(child).items()
                }
            )
        return out
    if p.suffix == ".gpkg":
        from osgeo import ogr

        ds = ogr.Open(str(p))
        names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())] if ds else []
        ds = None
        return {
            p.name + "|" + n: vector_hash(f"{p}|layername={n}")
            for n in names
            if n not in ("layer_styles",)
        }
    if p.suffix in VECTOR:
        return {p.name: vector_hash(str(p))}
    if p.suffix in (".tif", ".tiff"):
        return {p.name: raster_hash(p)}
    if p.suffix in (".gml", ".json", ".xml"):
        data = STAMPS.sub(b"X", p.read_bytes())
        return {p.name: hashlib.sha256(data).hexdigest()[:16]}
    return {}


def run_case(processing, case, tier):
    from qgis.core import QgsProcessingFeedback

    n = case.sizes[tier]
    data = str(case.data(n))
    out = tempfile.mkdtemp(prefix="hash-out-")
    params = {k: bench.fill(v, data, out, []) for k, v in case.params(n).items()}
    try:
        result = processing.run(case.alg, params, feedback=QgsProcessingFeedback())
    except Exception as exc:  # noqa: BLE001 - a failing run is a fingerprint too
        return {"error": str(exc).strip().splitlines()[-1]}
    hashes = {}
    for key, value in sorted(result.items()):
        if isinstance(value, str):
            for name, digest in file_hashes(value).items():
                hashes[key + ":" + name] = digest
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            hashes[key] = _value(float(value))
    return hashes


def run_strategy(processing):
    from qgis.core import QgsProcessingFeedback

    out = Path(tempfile.mkdtemp(prefix="hash-strategy-")) / "out"
    params = {"OUTPUT_FOLDER": str(out)}
    try:
        processing.run("bronnenstrategie:runstrategy", params, feedback=QgsProcessingFeedback())
    except Exception as exc:  # noqa: BLE001
        return {"error": str(exc).strip().splitlines()[-1]}
    return file_hashes(out)


def fingerprints(tiers, with_strategy=True):
    app, plugin = bench._start_qgis()
    from qgis import processing

    found = {}
    for case in cases.CASES:
        for tier in tiers:
            found[f"{case.name} {tier}"] = run_case(processing, case, tier)
            print("hashed", case.name, tier, file=sys.stderr)
    if with_strategy:
        found["runstrategy sample"] = run_strategy(processing)
    return found


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write")
    parser.add_argument("--compare")
    parser.add_argument("--tiers", default="smoke,small")
    parser.add_argument("--no-strategy", action="store_true")
    args = parser.parse_args(argv)
    found = fingerprints(args.tiers.split(","), not args.no_strategy)
    code = 0
    if args.write:
        Path(args.write).write_text(json.dumps(found, indent=1, sort_keys=True) + "\n")
    if args.compare:
        old = json.loads(Path(args.compare).read_text())
        for case in sorted(set(old) | set(found)):
            a, b = old.get(case, {}), found.get(case, {})
            for key in sorted(set(a) | set(b)):
                if a.get(key) != b.get(key):
                    print(f"DIFFERS {case} {key}: {a.get(key)} -> {b.get(key)}")
                    code = 1
        print("identical" if code == 0 else "outputs differ")
    if not args.write and not args.compare:
        print(json.dumps(found, indent=1, sort_keys=True))
    sys.stdout.flush()
    os._exit(code)


if __name__ == "__main__":
    main(sys.argv[1:])
