"""bronnenstrategie:geothermalbuffers through processing.run; numbers worked out by hand.

Hand values with the defaults (docs/method.md, "Deep geothermal"):
  P    = 250/3600 m3/s * 4.18 MJ/m3K * 40 K = 11.611 MW per doublet
  E    = 11.611 MW * 6000 h * 3600 s/h = 250.8e6 MJ = 250.8 TJ/yr
  homes = 250,800 GJ / 33 GJ = 7,600
  c_aq = 0.21 * 4.18 + 0.79 * 2.3256 = 0.8778 + 1.8372 = 2.7150 MJ/m3K
  V    = 250 * 6000 * 30 = 45e6 m3
  r_cf = sqrt(4.18 * 45e6 / (pi * 100 * 2.715024)) = sqrt(220,529) = 469.60 m
  footprint = 2 r L + pi r^2 = 2 * 469.60 * 1300 + pi * 469.60^2
            = 1,220,973 + 692,812 = 1,913,785 m2
"""

import math
import sys
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsVectorLayer,
)

ALG = "bronnenstrategie:geothermalbuffers"
FIELDS = [("name", "string"), ("cat", "int"), ("dbl", "int"), ("az", "double")]
OUTPUTS = {
    "OUTPUT_SITES": "memory:",
    "OUTPUT_NOISE": "memory:",
    "OUTPUT_RESERVOIR": "memory:",
    "OUTPUT_CONFLICTS": "memory:",
}
FIELD_PARAMS = {
    "NAME_FIELD": "name",
    "CATEGORY_FIELD": "cat",
    "DOUBLETS_FIELD": "dbl",
    "AZIMUTH_FIELD": "az",
}

P_MW = 250 / 3600 * 4.18 * 40  # 11.611
HEAT_TJ = 250.8
HOMES = 7600.0
R_CF = 469.60
L = 1300.0
# buffer caps are half 128-gons: the polygon misses (pi - 64 sin(2 pi/128)) r^2 = 0.00126 r^2
# = 278 m2 of 1.91e6 m2 (1.5e-4); tolerances below are 5e-4
FOOTPRINT = 2 * R_CF * L + math.pi * R_CF**2  # 1,913,757 (with r rounded to 469.60)


def _run(run_alg, layer, feedback=None, **params):
    p = {"INPUT": layer, **OUTPUTS}
    p.update(params)
    return run_alg(ALG, p, feedback=feedback) if feedback else run_alg(ALG, p)


def _is_null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def _rows(layer, key="name"):
    out = {}
    for f in layer.getFeatures():
        out.setdefault(f[key], []).append(f)
    return out


def test_check_values_one_doublet(run_alg, memory_layer):
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [
            ("POINT (78211 452501)", {"name": "Leyweg", "cat": 0, "dbl": 1, "az": 0.0}),
        ],
    )
    res = _run(run_alg, layer, **FIELD_PARAMS)
    assert res["TOTAL_POWER_MW"] == pytest.approx(11.611, abs=1e-3)
    assert res["TOTAL_HEAT_TJ"] == pytest.approx(HEAT_TJ, abs=0.01)
    assert res["TOTAL_HOMES"] == pytest.approx(HOMES, abs=0.5)
    assert res["N_CONFLICTS"] == 0 and res["N_LOCATIONS"] == 1

    sites = res["OUTPUT_SITES"]
    kinds = {f["kind"]: f for f in sites.getFeatures()}
    assert set(kinds) == {"drilling_site", "permanent_site"}
    perm = kinds["permanent_site"]
    assert perm["name"] == "Leyweg" and perm["category"] == 0
    assert perm["power_mw"] == pytest.approx(11.611, abs=1e-3)
    assert perm["heat_tj"] == pytest.approx(HEAT_TJ, abs=0.01)
    assert perm["homes"] == pytest.approx(HOMES)
    assert perm["r_cold_front"] == pytest.approx(R_CF, abs=0.01)
    assert perm["doublets"] == 1
    # site circles have exactly the requested areas (10,000 and 2,500 m2)
    assert kinds["drilling_site"].geometry().area() == pytest.approx(10000.0, rel=1e-6)
    assert perm.geometry().area() == pytest.approx(2500.0, rel=1e-6)

    (fp,) = res["OUTPUT_RESERVOIR"].getFeatures()
    assert fp["doublet"] == 1 and fp["depth_m"] == pytest.approx(2300.0)
    assert fp.geometry().area() == pytest.approx(FOOTPRINT, rel=5e-4)
    # azimuth 0: the footprint runs north-south, 650 + 469.6 m either side of the site
    box = fp.geometry().boundingBox()
    assert box.yMaximum() == pytest.approx(452501 + 650 + R_CF, abs=0.1)
    assert box.yMinimum() == pytest.approx(452501 - 650 - R_CF, abs=0.1)
    assert box.width() == pytest.approx(2 * R_CF, rel=1e-3)

    (noise,) = res["OUTPUT_NOISE"].getFeatures()
    # radius sqrt(10000/pi) + 300 = 56.42 + 300 = 356.42 m -> pi * 356.42^2 = 399,095 m2
    assert noise.geometry().area() == pytest.approx(399_095, rel=1e-3)
    assert noise["noise_m"] == pytest.approx(300.0)
    assert _is_null(noise["n_sensitive"])  # no sensitive layer given: not counted


def test_double_doublet_doubles_and_offsets(run_alg, memory_layer):
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [
            ("POINT (80000 450000)", {"name": "DD", "cat": 1, "dbl": 2, "az": 0.0}),
        ],
    )
    res = _run(run_alg, layer, **FIELD_PARAMS)
    # 2 * 11.611 = 23.222 MW, 2 * 250.8 = 501.6 TJ, 2 * 7600 = 15,200 homes
    assert res["TOTAL_POWER_MW"] == pytest.approx(23.222, abs=1e-3)
    assert res["TOTAL_HEAT_TJ"] == pytest.approx(501.6, abs=0.01)
    assert res["TOTAL_HOMES"] == pytest.approx(15200.0, abs=1)
    fps = sorted(res["OUTPUT_RESERVOIR"].getFeatures(), key=lambda f: f["doublet"])
    assert [f["doublet"] for f in fps] == [1, 2]
    # second footprint offset by L = 1300 m to the right of azimuth 0 = east
    c1 = fps[0].geometry().centroid().asPoint()
    c2 = fps[1].geometry().centroid().asPoint()
    assert c1.x() == pytest.approx(80000, abs=0.5)
    assert c2.x() == pytest.approx(81300, abs=0.5)
    assert c2.y() == pytest.approx(450000, abs=0.5)
    # 1300 > 2 * 469.6 = 939.2: a double doublet is not a conflict with itself
    assert res["N_CONFLICTS"] == 0


def test_conflict_of_two_locations_computed_by_hand(run_alg, memory_layer):
    # A and B: azimuth 0, 500 m apart east-west. Overlap = rectangle (2r - d) * L plus one
    # lens of two circles (radius r, distance d) from the end caps:
    #   rectangle = (939.21 - 500) * 1300 = 570,973 m2
    #   lens = 2 r^2 acos(d/2r) - d/2 sqrt(4r^2 - d^2)
    #        = 441,058 * acos(0.53236) - 250 * sqrt(632,116)
    #        = 441,058 * 1.00941 - 250 * 795.06 = 445,207 - 198,765 = 246,442 m2
    #   overlap = 817,415 m2
    # C is 10 km away: no conflict.
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [
            ("POINT (80000 450000)", {"name": "A", "cat": 1, "dbl": 1, "az": 0.0}),
            ("POINT (80500 450000)", {"name": "B", "cat": 2, "dbl": 1, "az": 0.0}),
            ("POINT (90000 450000)", {"name": "C", "cat": 3, "dbl": 1, "az": 0.0}),
        ],
    )
    res = _run(run_alg, layer, **FIELD_PARAMS)
    assert res["N_CONFLICTS"] == 1
    (c,) = res["OUTPUT_CONFLICTS"].getFeatures()
    assert {c["name_a"], c["name_b"]} == {"A", "B"}
    assert {c["category_a"], c["category_b"]} == {1, 2}
    assert c["area_m2"] == pytest.approx(817_415, rel=5e-4)
    assert c["area_ha"] == pytest.approx(81.74, abs=0.05)
    assert c.geometry().area() == pytest.approx(817_415, rel=5e-4)
    # totals: 3 doublets -> 3 * 11.611 = 34.83 MW, 3 * 250.8 = 752.4 TJ, 22,800 homes
    assert res["TOTAL_POWER_MW"] == pytest.approx(34.833, abs=1e-3)
    assert res["TOTAL_HEAT_TJ"] == pytest.approx(752.4, abs=0.01)
    assert res["TOTAL_HOMES"] == pytest.approx(22800.0, abs=1)


def test_polygon_search_area_uses_centroid(run_alg, memory_layer):
    # a 600 x 400 m rectangle centred on (80300, 450200)
    layer = memory_layer(
        "Polygon",
        "EPSG:28992",
        FIELDS,
        [
            (
                "POLYGON ((80000 450000, 80600 450000, 80600 450400, 80000 450400, 80000 450000))",
                {"name": "Zoek", "cat": 2},
            ),
        ],
    )
    res = _run(run_alg, layer, NAME_FIELD="name", CATEGORY_FIELD="cat", AZIMUTH=90.0)
    kinds = {f["kind"]: f for f in res["OUTPUT_SITES"].getFeatures()}
    assert set(kinds) == {"search_area", "drilling_site", "permanent_site"}
    assert kinds["search_area"].geometry().area() == pytest.approx(240_000.0)  # 600 * 400
    assert kinds["search_area"]["area_m2"] == pytest.approx(240_000.0)
    centre = kinds["drilling_site"].geometry().centroid().asPoint()
    assert (centre.x(), centre.y()) == pytest.approx((80300.0, 450200.0), abs=0.01)
    (fp,) = res["OUTPUT_RESERVOIR"].getFeatures()
    # azimuth 90 (parameter): the segment runs east-west, 650 + 469.6 m each side
    box = fp.geometry().boundingBox()
    assert box.xMaximum() == pytest.approx(80300 + 650 + R_CF, abs=0.1)
    assert fp["azimuth"] == pytest.approx(90.0)
    assert res["TOTAL_HOMES"] == pytest.approx(HOMES, abs=0.5)


def test_geographic_crs_is_computed_in_metres(run_alg, memory_layer):
    # Leyweg in WGS84 (RD 78211, 452501)
    rd = QgsCoordinateReferenceSystem("EPSG:28992")
    wgs = QgsCoordinateReferenceSystem("EPSG:4326")
    to_wgs = QgsCoordinateTransform(rd, wgs, QgsProject.instance())
    from qgis.core import QgsPointXY

    p = to_wgs.transform(QgsPointXY(78211, 452501))
    layer = memory_layer(
        "Point",
        "EPSG:4326",
        FIELDS,
        [
            (f"POINT ({p.x()} {p.y()})", {"name": "Leyweg", "cat": 0, "az": 0.0}),
        ],
    )
    res = _run(run_alg, layer, **FIELD_PARAMS)
    out = res["OUTPUT_RESERVOIR"]
    assert out.crs().authid() == "EPSG:4326"
    (fp,) = out.getFeatures()
    # the attribute is the area in metres; the geometry, back in RD, has the same area
    assert fp["area_m2"] == pytest.approx(FOOTPRINT, rel=5e-4)
    g = fp.geometry()
    g.transform(QgsCoordinateTransform(wgs, rd, QgsProject.instance()))
    assert g.area() == pytest.approx(FOOTPRINT, rel=1e-3)
    c = g.centroid().asPoint()
    assert (c.x(), c.y()) == pytest.approx((78211, 452501), abs=1.0)
    (noise,) = res["OUTPUT_NOISE"].getFeatures()
    ng = noise.geometry()
    ng.transform(QgsCoordinateTransform(wgs, rd, QgsProject.instance()))
    assert ng.area() == pytest.approx(399_095, rel=2e-3)


def test_sensitive_objects_in_noise_contour(run_alg, memory_layer):
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [
            ("POINT (80000 450000)", {"name": "A"}),
        ],
    )
    # contour radius 356.42 m: points at 200 and 350 m inside, 360 and 500 m outside;
    # a school polygon straddling the contour (x 80340-80400) counts, one at 80400+ not
    sens = memory_layer(
        "Polygon",
        "EPSG:28992",
        [("kind", "string")],
        [
            (
                "POLYGON ((80340 449990, 80400 449990, 80400 450010, 80340 450010, 80340 449990))",
                {"kind": "school"},
            ),
            (
                "POLYGON ((80400 449990, 80450 449990, 80450 450010, 80400 450010, 80400 449990))",
                {"kind": "school"},
            ),
        ],
    )
    pts = memory_layer(
        "Point",
        "EPSG:28992",
        [("kind", "string")],
        [
            ("POINT (80000 450200)", {"kind": "home"}),
            ("POINT (79650 450000)", {"kind": "home"}),
            ("POINT (80000 449640)", {"kind": "home"}),
            ("POINT (80500 450000)", {"kind": "home"}),
        ],
    )
    res = _run(run_alg, layer, NAME_FIELD="name", SENSITIVE=sens)
    (noise,) = res["OUTPUT_NOISE"].getFeatures()
    assert noise["n_sensitive"] == 1
    res = _run(run_alg, layer, NAME_FIELD="name", SENSITIVE=pts)
    (noise,) = res["OUTPUT_NOISE"].getFeatures()
    assert noise["n_sensitive"] == 2
    # a larger noise distance of 500 m: radius 556.42 -> all four points
    res = _run(run_alg, layer, NAME_FIELD="name", SENSITIVE=pts, NOISE_DISTANCE=500.0)
    (noise,) = res["OUTPUT_NOISE"].getFeatures()
    assert noise["n_sensitive"] == 4


def test_invalid_field_values_are_counted(run_alg, memory_layer, feedback):
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [
            ("POINT (80000 450000)", {"name": "cat7", "cat": 7, "dbl": 1, "az": 0.0}),
            ("POINT (85000 450000)", {"name": "az400", "cat": 1, "dbl": 1, "az": 400.0}),
            ("POINT (90000 450000)", {"name": "dbl0", "cat": 2, "dbl": 0, "az": 0.0}),
            ("POINT (95000 450000)", {"name": "ok"}),  # nulls: parameter fallbacks, no warning
            ("", {"name": "nogeom", "cat": 1}),
        ],
    )
    res = _run(run_alg, layer, feedback=feedback, AZIMUTH=90.0, **FIELD_PARAMS)
    assert res["N_LOCATIONS"] == 4
    sites = {
        f["name"]: f for f in res["OUTPUT_SITES"].getFeatures() if f["kind"] == "permanent_site"
    }
    assert _is_null(sites["cat7"]["category"])
    assert sites["dbl0"]["doublets"] == 1  # DOUBLETS default 1
    fps = _rows(res["OUTPUT_RESERVOIR"])
    assert fps["az400"][0]["azimuth"] == pytest.approx(90.0)  # the AZIMUTH parameter
    assert fps["ok"][0]["azimuth"] == pytest.approx(90.0)
    text = "\n".join(feedback.warnings)
    assert "category is not 0, 1, 2 or 3" in text and "cat7" in text
    assert "azimuth is not a number from 0 to 360" in text and "az400" in text
    assert "number of doublets is not 1 or 2" in text and "dbl0" in text
    assert "1 feature(s) skipped: no geometry" in text
    # 4 locations, one doublet each: 4 * 7600 homes
    assert res["TOTAL_HOMES"] == pytest.approx(30400.0, abs=1)


def test_empty_layer_and_nothing_computable_warn(run_alg, memory_layer, feedback):
    empty = memory_layer("Point", "EPSG:28992", FIELDS, [])
    res = _run(run_alg, empty, feedback, **FIELD_PARAMS)
    assert res["TOTAL_POWER_MW"] == 0.0
    assert "The input layer is empty: nothing to compute." in feedback.warnings
    # a layer whose only feature has no geometry: skipped, and nothing computed
    feedback.warnings.clear()
    nogeom = memory_layer("Point", "EPSG:28992", FIELDS, [(None, {"name": "x"})])
    res = _run(run_alg, nogeom, feedback, **FIELD_PARAMS)
    assert res["TOTAL_POWER_MW"] == 0.0
    assert any("1 feature(s) skipped: no geometry" in w for w in feedback.warnings)
    assert "No location could be computed." in feedback.warnings


def test_missing_field_is_a_clear_error(run_alg, memory_layer):
    from qgis.core import QgsProcessingException

    layer = memory_layer("Point", "EPSG:28992", FIELDS, [("POINT (0 0)", {"name": "x"})])
    with pytest.raises(QgsProcessingException):
        _run(run_alg, layer, CATEGORY_FIELD="nope")


def test_parameters_change_the_numbers(run_alg, memory_layer):
    layer = memory_layer("Point", "EPSG:28992", FIELDS, [("POINT (80000 450000)", {})])
    # Q 150 m3/h, dT 30 K: P = 150/3600 * 4.18 * 30 = 5.225 MW; 5,000 h: 5.225 * 5000 * 3600
    # = 94.05 TJ; 50 GJ/home: 1,881 homes. r_cf with Q 150, 5000 h, 30 yr, H 100:
    # V = 22.5e6 m3; r = sqrt(4.18 * 22.5e6 / (pi * 100 * 2.715024)) = sqrt(110,264) = 332.06
    res = _run(
        run_alg, layer, FLOW_RATE=150.0, DELTA_T=30.0, FULL_LOAD_HOURS=5000.0, GJ_PER_HOME=50.0
    )
    assert res["TOTAL_POWER_MW"] == pytest.approx(5.225, abs=1e-3)
    assert res["TOTAL_HEAT_TJ"] == pytest.approx(94.05, abs=0.01)
    assert res["TOTAL_HOMES"] == pytest.approx(1881.0, abs=0.5)
    (fp,) = res["OUTPUT_RESERVOIR"].getFeatures()
    assert fp["r_cold_front"] == pytest.approx(332.06, abs=0.02)


def test_sample_data(run_alg, tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts" / "sample"))
    import geothermie
    import make_sample_data

    gpkg = make_sample_data.write(geothermie.layers(), tmp_path / "geo.gpkg")
    locs = QgsVectorLayer(f"{gpkg}|layername=geothermal_locations", "l", "ogr")
    sens = QgsVectorLayer(f"{gpkg}|layername=geothermal_sensitive", "s", "ogr")
    assert locs.isValid() and sens.isValid()
    res = _run(
        run_alg,
        locs,
        NAME_FIELD="name",
        CATEGORY_FIELD="category",
        DOUBLETS_FIELD="doublets",
        AZIMUTH_FIELD="azimuth",
        SENSITIVE=sens,
    )
    # 10 sites, 15 doublets: 15 * 250.8 = 3,762 TJ (3.76 PJ, the seed says about 4 PJ);
    # 15 * 7,600 = 114,000 homes
    assert res["N_LOCATIONS"] == 10
    assert res["TOTAL_HEAT_TJ"] == pytest.approx(3762.0, abs=0.1)
    assert res["TOTAL_HOMES"] == pytest.approx(114000.0, abs=1)
    assert res["OUTPUT_RESERVOIR"].featureCount() == 15
    assert res["N_CONFLICTS"] >= 1
    leyweg = [f for f in res["OUTPUT_SITES"].getFeatures() if f["category"] == 0]
    c = leyweg[0].geometry().centroid().asPoint()
    assert (c.x(), c.y()) == pytest.approx((78211, 452501), abs=0.5)
    assert all(f["n_sensitive"] >= 1 for f in res["OUTPUT_NOISE"].getFeatures())
    areas = QgsVectorLayer(f"{gpkg}|layername=geothermal_search_areas", "a", "ogr")
    res = _run(run_alg, areas, NAME_FIELD="name", CATEGORY_FIELD="category")
    kinds = [f["kind"] for f in res["OUTPUT_SITES"].getFeatures()]
    assert kinds.count("search_area") == 3


def test_styles_exist_and_load(run_alg, memory_layer):
    from bronnenstrategie.processing.geothermie.geothermalbuffers import GeothermalBuffers
    from bronnenstrategie.processing.utils import style_path

    layer = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [
            ("POINT (80000 450000)", {"name": "A", "cat": 1}),
            ("POINT (80500 450000)", {"name": "B", "cat": 2}),
        ],
    )
    res = _run(run_alg, layer, **FIELD_PARAMS)
    for key, qml in GeothermalBuffers.STYLES.items():
        path = style_path(qml)
        assert path.exists(), qml
        out = res[key]
        assert out.featureCount() >= 1
        message, ok = out.loadNamedStyle(str(path))
        assert ok, (qml, message)
    # reservoir footprints are categorised by category, conflicts drawn in red
    assert res["OUTPUT_RESERVOIR"].renderer().classAttribute() == "category"
    color = res["OUTPUT_CONFLICTS"].renderer().symbol().color()
    assert color.red() > 150 and color.green() < 50


@pytest.mark.parametrize("crs", ["EPSG:28992", "EPSG:4326"])
def test_vectorised_rings_equal_the_buffers_one_by_one(run_alg, memory_layer, monkeypatch, crs):
    # The sites, noise contours and footprints of all locations come from core.buffers'
    # vectorised rings; when its check against shapely's buffer fails the algorithm
    # buffers one location at a time. Both give the same features, vertex for vertex.
    from bronnenstrategie.core import buffers

    if crs == "EPSG:4326":  # lon/lat: the rings go through the metric CRS and back
        rows = [
            ("POINT (4.30 52.07)", {"name": "a", "cat": 1, "dbl": 1, "az": 10.0}),
            ("POINT (4.31 52.075)", {"name": "b", "cat": 2, "dbl": 2, "az": 135.0}),
            ("POINT (4.36 52.04)", {"name": "c", "cat": 0, "dbl": 1, "az": 0.0}),
        ]
    else:
        rows = [
            ("POINT (78211 452501)", {"name": "a", "cat": 1, "dbl": 1, "az": 10.0}),
            ("POINT (78900 453100)", {"name": "b", "cat": 2, "dbl": 2, "az": 135.0}),
            ("POINT (82000 449000)", {"name": "c", "cat": 0, "dbl": 1, "az": 0.0}),
        ]

    def outputs():
        layer = memory_layer("Point", crs, FIELDS, rows)
        res = _run(run_alg, layer, **FIELD_PARAMS)
        return {
            key: [(f.geometry().asWkb(), f.attributes()) for f in res[key].getFeatures()]
            for key in OUTPUTS
        }

    fast = outputs()
    monkeypatch.setattr(buffers, "rings_match", lambda *args, **kwargs: False)
    slow = outputs()
    assert [len(fast[k]) for k in OUTPUTS] == [6, 3, 4, 1]
    # the same attributes, and the same vertices within 1e-6 m: on a newer GEOS (3.14,
    # Debian sid) a footprint's vertices differ from shapely's buffer in the last bits
    # (about 1e-10 m, floating point operations in another order)
    from qgis.core import QgsGeometry

    def vertices(wkb):
        geometry = QgsGeometry()
        geometry.fromWkb(wkb)
        return [(v.x(), v.y()) for v in geometry.vertices()]

    for key in OUTPUTS:
        assert [a for _, a in fast[key]] == [a for _, a in slow[key]], key
        for (wkb_fast, _), (wkb_slow, _) in zip(fast[key], slow[key]):
            a, b = vertices(wkb_fast), vertices(wkb_slow)
            assert len(a) == len(b) and len(a) > 4
            tolerance = 1e-6 if crs == "EPSG:28992" else 1e-11  # 1e-11 degrees: about 1e-6 m
            assert max(max(abs(p[0] - q[0]), abs(p[1] - q[1])) for p, q in zip(a, b)) < tolerance
