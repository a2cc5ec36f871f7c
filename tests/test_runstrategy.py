"""bronnenstrategie:runstrategy on the sample data through qgis_process: every file."""

import re
import shutil
import subprocess

import pytest
from qgis.core import QgsVectorLayer


def test_runstrategy_writes_every_file(provider, qgis_process, sample_gpkg, tmp_path):
    out = tmp_path / "out"
    res = qgis_process(
        "bronnenstrategie:runstrategy", {"INPUT": str(sample_gpkg), "OUTPUT_FOLDER": str(out)}
    )["results"]
    for name in ("bronnenstrategie.gpkg", "warmtebalans.png", "rapport.pdf"):
        assert (out / name).stat().st_size > 0, name
    assert res["REPORT"] == str(out / "rapport.pdf")
    # soil energy per aquifer in the summary: the sample's 97 open-well conflicts (104
    # before the per-aquifer rule) are 89 in aquifer 1 and 8 in aquifer 2, and the aquifer
    # use of each aquifer is listed
    assert "well conflicts per aquifer: 1: 89, 2: 8" in res["SUMMARY"]
    assert re.search(
        r"aquifer use per aquifer \(largest of a candidate area\): "
        r"1e watervoerend pakket \d+\.\d%, 2e watervoerend pakket \d+\.\d%",
        res["SUMMARY"],
    )
    # the GeoPackage holds the heat balance (and every other output that ran)
    areas = QgsVectorLayer(
        "{}|layername=heatbalance_areas".format(out / "bronnenstrategie.gpkg"), "a", "ogr"
    )
    assert areas.isValid() and areas.featureCount() == 27
    # sample: HT demand 4.3 PJ against WarmtelinQ 2 PJ; nothing else is HT and heat never
    # flows up the cascade, so HT = 2.0 - 4.3 = -2.3 PJ whatever else ran
    assert res["HT_BALANCE_PJ"] == pytest.approx(-2.3, abs=0.002)
    # the register and the GIO exist whenever their algorithms exist
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    if registry.algorithmById("bronnenstrategie:addclaims"):
        assert (out / "ruimteclaims.gpkg").exists()
        assert res["N_CLAIMS"] > 0
    if registry.algorithmById("bronnenstrategie:claimconflicts"):
        _assert_claim_depths(out)
    if registry.algorithmById("bronnenstrategie:exportgio"):
        text = (out / "gio_ruimteclaims.gml").read_text(encoding="utf-8")
        assert "GeoInformatieObject" in text
    pdf = (out / "rapport.pdf").read_bytes()
    assert pdf[:5] == b"%PDF-"
    if shutil.which("pdfinfo"):
        info = subprocess.run(
            ["pdfinfo", str(out / "rapport.pdf")], capture_output=True, text=True, check=True
        ).stdout
        pages = int(
            next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:"))
        )
        # title, map, heat balance, map of the heat balance per area, and at least the
        # heat balance per area as a table
        assert pages >= 5
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(out / "rapport.pdf"), "-"], capture_output=True, text=True, check=True
        ).stdout
        # the legend and the titles use readable names, never the raw output names (the
        # cover names the input data with its layers' own names)
        text = re.sub(r"Input data:.*?\n\n", "", text, flags=re.S)
        for raw in (
            "claimconflicts_output",
            "geothermalbuffers_sites",
            "heatbalance_areas",
            "residual_heat",
        ):
            assert raw not in text, raw
        assert "Heat balance per area" in text
        # numbers are rounded: no float noise such as 3.1004999999999994
        assert not re.search(r"\d\.\d{5,}", text)
        # the geothermal table lists the permanent sites only: the sample has 10 locations,
        # each with a drilling site and a permanent site (20 sites), so 10 rows, none of
        # them a drilling site (the map's legend still shows both kinds)
        assert re.search(r"Geothermal locations and their capacity\s+10 features\.", text)
        assert "drilling_site" not in text


def _assert_claim_depths(out):
    """The claims of the run carry a level and depth range, so conflicts have a real
    depth overlap."""
    import sqlite3

    with sqlite3.connect(str(out / "ruimteclaims.gpkg")) as conn:
        ranges = dict(
            ((t, lvl), (top, bottom))
            for t, lvl, top, bottom in conn.execute(
                "SELECT DISTINCT claim_type, level, depth_top_m, depth_bottom_m FROM ruimteclaims"
            )
        )
    # sample wells (wko_wells): the shallowest screen top is 18.0 m (first aquifer,
    # e.g. CEN-22), the deepest screen bottom 140.0 m (second aquifer, BIN-09)
    assert ranges[("bodemenergie_zone_warm", "ondergronds")] == (18.0, 140.0)
    assert ranges[("bodemenergie_interferentiegebied", "ondergronds")] == (18.0, 140.0)
    # geothermal: reservoir depth_m 2,300 m (the default) + 100 m thick = 2,400 m
    assert ranges[("geothermie_locatie", "beide")] == (0.0, 2400.0)
    assert ranges[("restwarmte_wos", "bovengronds")] == (None, None)
    conflicts = QgsVectorLayer(
        "{}|layername=claimconflicts_output".format(out / "bronnenstrategie.gpkg"), "c", "ogr"
    )
    assert conflicts.isValid() and conflicts.featureCount() > 0
    pairs = {
        frozenset((f["type_a"], f["type_b"])): f["depth_overlap"] for f in conflicts.getFeatures()
    }
    assert "onbekend" not in pairs.values()
    # a geothermal location (beide: 0-2,400 m) over a warm zone (18-140 m) shares
    # max(0, 18) = 18 to min(2,400, 140) = 140 m
    assert pairs[frozenset(("geothermie_locatie", "bodemenergie_zone_warm"))] == "18-140 m"


def _wells_gpkg(path, memory_layer, fields, rows):
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    layer = memory_layer("Point", "EPSG:28992", fields, rows)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "wko_wells"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )[0]
    assert error == QgsVectorFileWriter.NoError
    return str(path)


def test_claim_depths_from_screens_and_reservoir(provider, memory_layer, tmp_path, feedback):
    from bronnenstrategie.processing.warmtebalans.runstrategy import RunStrategy

    alg = RunStrategy()
    pt = "POINT (80000 454000)"
    gpkg = _wells_gpkg(
        tmp_path / "w.gpkg",
        memory_layer,
        [("screen_top", "string"), ("screen_bottom", "string")],
        [
            (pt, {"screen_top": "25", "screen_bottom": "70"}),
            (pt, {"screen_top": "30", "screen_bottom": "95.5"}),
            # unusable: text, top below bottom, implausibly deep, empty
            (pt, {"screen_top": "veel", "screen_bottom": "10"}),
            (pt, {"screen_top": "5", "screen_bottom": "3"}),
            (pt, {"screen_top": "20", "screen_bottom": "1e15"}),
            (pt, {"screen_top": None, "screen_bottom": "200"}),
        ],
    )
    # usable wells 25-70 and 30-95.5: min(25, 30) = 25 to max(70, 95.5) = 95.5 m
    assert alg.screen_range(gpkg, ["wko_wells"], feedback) == (25.0, 95.5)
    # no screen fields: the first aquifer of Den Haag, 18-60 m
    bare = _wells_gpkg(
        tmp_path / "b.gpkg", memory_layer, [("well_id", "string")], [(pt, {"well_id": "a"})]
    )
    assert alg.screen_range(bare, ["wko_wells"], feedback) == (18.0, 60.0)
    assert alg.screen_range(bare, [], feedback) == (18.0, 60.0)
    # reservoir footprints with depth_m 2,000 and 2,600 m: 2,600 + 100 m thick = 2,700 m
    square = "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"
    reservoir = memory_layer(
        "Polygon",
        "EPSG:28992",
        [("depth_m", "double")],
        [(square, {"depth_m": 2000.0}), (square, {"depth_m": 2600.0})],
    )
    assert alg.reservoir_bottom(reservoir, feedback) == 2700.0
    # without depth_m: 2,300 + 100 = 2,400 m
    plain = memory_layer("Polygon", "EPSG:28992", [("name", "string")], [(square, {"name": "x"})])
    assert alg.reservoir_bottom(plain, feedback) == 2400.0
    assert alg.reservoir_bottom(None, feedback) == 2400.0
