"""bronnenstrategie:warmcoldzones through processing.run, geometry worked out by hand."""

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
)

ALG = "bronnenstrategie:warmcoldzones"
SQUARE = "POLYGON ((80000 455000, 80300 455000, 80300 455300, 80000 455300, 80000 455000))"


def _area(memory_layer, wkt=SQUARE, crs="EPSG:28992"):
    return memory_layer("Polygon", crs, [("name", "string")], [(wkt, {"name": "a"})])


def _zones(res):
    return sorted(
        (f["zone_nr"], f["zone"], f.geometry().boundingBox().toString(0), f["area_m2"])
        for f in res["OUTPUT"].getFeatures()
    )


def test_strips_flow_north(run_alg, memory_layer):
    # 300 m square, width 100, flow to the north: 3 strips running north-south,
    # alternating west -> east (left looking downstream first): warm, koud, warm
    res = run_alg(
        ALG,
        {
            "AREA": _area(memory_layer),
            "FLOW_DIRECTION": 0.0,
            "ZONE_WIDTH": 100.0,
            "OUTPUT": "memory:",
        },
    )
    assert res["N_ZONES"] == 3
    assert _zones(res) == [
        (1, "warm", "80000,455000 : 80100,455300", 30000.0),
        (2, "koud", "80100,455000 : 80200,455300", 30000.0),
        (3, "warm", "80200,455000 : 80300,455300", 30000.0),
    ]


def test_strips_flow_east(run_alg, memory_layer):
    # flow to the east (90 deg): strips run west-east; the first is on the left looking
    # east, i.e. the north side
    res = run_alg(
        ALG,
        {
            "AREA": _area(memory_layer),
            "FLOW_DIRECTION": 90.0,
            "ZONE_WIDTH": 100.0,
            "OUTPUT": "memory:",
        },
    )
    assert _zones(res) == [
        (1, "warm", "80000,455200 : 80300,455300", 30000.0),
        (2, "koud", "80000,455100 : 80300,455200", 30000.0),
        (3, "warm", "80000,455000 : 80300,455100", 30000.0),
    ]


def test_default_width_from_reference(run_alg, memory_layer):
    # width 0 -> 3 x R_th(50,000, 40) = 3 x 24.372 = 73.116 m; 300 / 73.116 = 4.10 -> 5
    # strips: 4 of 73.116 x 300 = 21,934.7 m2 and one of (300 - 4 x 73.116) x 300 = 2,261 m2
    res = run_alg(ALG, {"AREA": _area(memory_layer), "OUTPUT": "memory:"})
    assert res["ZONE_WIDTH_USED"] == pytest.approx(73.116, abs=1e-3)
    areas = [z[3] for z in _zones(res)]
    assert len(areas) == 5
    assert areas[:4] == pytest.approx([21934.7] * 4, abs=0.2)
    assert areas[4] == pytest.approx(2261.0, abs=0.5)


def test_checkerboard(run_alg, memory_layer):
    # 100 m squares: 9 squares, warm on the diagonals: 5 warm, 4 koud
    res = run_alg(
        ALG, {"AREA": _area(memory_layer), "ZONE_WIDTH": 100.0, "LAYOUT": 1, "OUTPUT": "memory:"}
    )
    zones = [f["zone"] for f in res["OUTPUT"].getFeatures()]
    assert len(zones) == 9 and zones.count("warm") == 5


def _wells(memory_layer, crs="EPSG:28992"):
    rows = [
        ("POINT (80050 455150)", {"name": "warm-in-warm", "temp": "warm"}),
        ("POINT (80150 455150)", {"name": "warm-in-koud", "temp": "W"}),
        ("POINT (80150 455250)", {"name": "koud-in-koud", "temp": "koud"}),
        ("POINT (80250 455150)", {"name": "koud-in-warm", "temp": "cold"}),
        ("POINT (80500 455150)", {"name": "outside", "temp": "warm"}),
        ("POINT (80060 455150)", {"name": "no-temp"}),
    ]
    if crs != "EPSG:28992":
        tr = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:28992"),
            QgsCoordinateReferenceSystem(crs),
            QgsProject.instance(),
        )
        rows = [
            (QgsGeometry.fromPointXY(tr.transform(QgsGeometry.fromWkt(w).asPoint())).asWkt(12), a)
            for w, a in rows
        ]
    return memory_layer("Point", crs, [("name", "string"), ("temp", "string")], rows)


def test_wrong_zone_check(run_alg, memory_layer, feedback):
    # strips warm [80000, 80100], koud [80100, 80200], warm [80200, 80300]
    res = run_alg(
        ALG,
        {
            "AREA": _area(memory_layer),
            "ZONE_WIDTH": 100.0,
            "WELLS": _wells(memory_layer),
            "TEMPERATURE_FIELD": "temp",
            "OUTPUT": "memory:",
            "OUTPUT_CHECK": "memory:",
        },
        feedback=feedback,
    )
    check = {f["name"]: f["zone_check"] for f in res["OUTPUT_CHECK"].getFeatures()}
    assert check == {
        "warm-in-warm": "ok",
        "warm-in-koud": "wrong_zone",
        "koud-in-koud": "ok",
        "koud-in-warm": "wrong_zone",
        "outside": "outside",
    }
    assert res["N_WRONG_ZONE"] == 2
    assert any("1 feature(s) skipped: temperature" in w for w in feedback.warnings)


def test_area_in_other_crs_than_wells(run_alg, memory_layer):
    # the area in WGS 84, the wells in RD: the same checks
    tr = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:28992"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    ring = [
        tr.transform(QgsPointXY(x, y))
        for x, y in (
            (80000, 455000),
            (80300, 455000),
            (80300, 455300),
            (80000, 455300),
            (80000, 455000),
        )
    ]
    area = _area(memory_layer, QgsGeometry.fromPolygonXY([ring]).asWkt(12), "EPSG:4326")
    res = run_alg(
        ALG,
        {
            "AREA": area,
            "ZONE_WIDTH": 100.0,
            "WELLS": _wells(memory_layer),
            "TEMPERATURE_FIELD": "temp",
            "OUTPUT": "memory:",
            "OUTPUT_CHECK": "memory:",
        },
    )
    assert res["OUTPUT"].crs().authid() == "EPSG:4326"
    assert res["N_ZONES"] == 3 and res["N_WRONG_ZONE"] == 2
    # zone areas in RD metres: 100 x 300 = 30,000 m2 (the corners round-trip through
    # WGS 84; edges there are straight lines in degrees, so a little tolerance)
    assert [f["area_m2"] for f in res["OUTPUT"].getFeatures()] == pytest.approx(
        [30000.0] * 3, rel=1e-3
    )


def test_curved_area_is_segmentized(run_alg, memory_layer):
    # a circle of radius 150 m around (80150, 455150) as a CurvePolygon (as a GeoPackage
    # can hold it), strips of 100 m, flow north: x 80000-80100 | 80100-80200 | 80200-80300
    circle = (
        "CURVEPOLYGON (CIRCULARSTRING (80000 455150, 80150 455300, 80300 455150, "
        "80150 455000, 80000 455150))"
    )
    layer = memory_layer(
        "CurvePolygon", "EPSG:28992", [("name", "string")], [(circle, {"name": "rond"})]
    )
    res = run_alg(ALG, {"AREA": layer, "ZONE_WIDTH": 100.0, "OUTPUT": "memory:"})
    assert res["N_ZONES"] == 3
    # circle: pi 150^2 = 70,685.8 m2; middle strip |x - c| <= 50:
    #   2 (a sqrt(r^2 - a^2) + r^2 asin(a / r)) = 2 (50 x 141.421 + 22500 x 0.339837)
    #   = 2 (7,071.07 + 7,646.33) = 29,434.8 m2; outer strips (70,685.8 - 29,434.8) / 2
    #   = 20,625.5 m2 each (segmentized in 1 degree steps: -0.005 %, tolerance 0.1 %)
    areas = [z[3] for z in _zones(res)]
    assert areas == pytest.approx([20625.5, 29434.8, 20625.5], rel=1e-3)


# -- thermal radius inside the zone, one aquifer, fit to the wells --------------------------
# R_th(50,000 m3, H 40 m) = 24.372 m (the reference system); R_th(V, H) = sqrt(4.18 V /
# (2.8 pi H)): V 12,000, H 30: sqrt(50,160 / 263.894) = sqrt(190.08) = 13.787 m.
WELL_FIELDS = [
    ("name", "string"),
    ("temp", "string"),
    ("vol", "double"),
    ("top", "double"),
    ("bottom", "double"),
    ("aquifer", "string"),
]


def _well_rows(memory_layer, rows):
    return memory_layer("Point", "EPSG:28992", WELL_FIELDS, rows)


def test_near_border_with_the_distance(run_alg, memory_layer):
    # strips warm [80000, 80100], koud [80100, 80200], warm [80200, 80300]
    # a warm well 10 m inside its zone (x 80090) with R_th 13.787 (12,000 m3, 30 m):
    # near_border at 10 m; the same well without a volume gets the reference R_th 24.372:
    # near_border; a koud well at 80150 (50 m from both borders) with R_th 24.372: ok;
    # a warm well at 80070 (30 m) with R_th 13.787: ok
    layer = _well_rows(
        memory_layer,
        [
            (
                "POINT (80090 455150)",
                {"name": "near", "temp": "warm", "vol": 12000.0, "top": 20.0, "bottom": 50.0},
            ),
            ("POINT (80090 455200)", {"name": "near-ref", "temp": "warm"}),
            (
                "POINT (80150 455150)",
                {"name": "ok-koud", "temp": "koud", "vol": 50000.0, "top": 20.0, "bottom": 60.0},
            ),
            (
                "POINT (80070 455150)",
                {"name": "ok-warm", "temp": "warm", "vol": 12000.0, "top": 20.0, "bottom": 50.0},
            ),
        ],
    )
    res = run_alg(
        ALG,
        {
            "AREA": _area(memory_layer),
            "ZONE_WIDTH": 100.0,
            "WELLS": layer,
            "TEMPERATURE_FIELD": "temp",
            "VOLUME_FIELD": "vol",
            "SCREEN_TOP_FIELD": "top",
            "SCREEN_BOTTOM_FIELD": "bottom",
            "OUTPUT": "memory:",
            "OUTPUT_CHECK": "memory:",
        },
    )
    got = {
        f["name"]: (f["zone_check"], f["border_distance"], f["r_th"])
        for f in res["OUTPUT_CHECK"].getFeatures()
    }
    assert got["near"][0] == "near_border"
    assert got["near"][1] == pytest.approx(10.0)
    assert got["near"][2] == pytest.approx(13.79, abs=0.005)
    assert got["near-ref"][:2] == ("near_border", pytest.approx(10.0))
    assert got["near-ref"][2] == pytest.approx(24.37, abs=0.005)
    assert got["ok-koud"][0] == "ok" and got["ok-warm"][0] == "ok"
    assert res["N_NEAR_BORDER"] == 2 and res["N_WRONG_ZONE"] == 0


def test_plan_for_one_aquifer(run_alg, memory_layer, feedback):
    # two wrong-zone wells, one screened 20-50 m (aquifer 1), one 90-130 m (aquifer 2),
    # and one without depth or code: with AQUIFER 18-60 the 90-130 well is not checked,
    # the unknown one is (with a warning); with AQUIFER '2' and the field 'aquifer' only
    # the aquifer-2 well and the unknown one
    layer = _well_rows(
        memory_layer,
        [
            (
                "POINT (80150 455150)",
                {"name": "first", "temp": "warm", "top": 20.0, "bottom": 50.0, "aquifer": "1"},
            ),
            (
                "POINT (80150 455250)",
                {"name": "second", "temp": "warm", "top": 90.0, "bottom": 130.0, "aquifer": "2"},
            ),
            ("POINT (80050 455250)", {"name": "unknown", "temp": "warm"}),
        ],
    )
    params = {
        "AREA": _area(memory_layer),
        "ZONE_WIDTH": 100.0,
        "WELLS": layer,
        "TEMPERATURE_FIELD": "temp",
        "SCREEN_TOP_FIELD": "top",
        "SCREEN_BOTTOM_FIELD": "bottom",
        "OUTPUT": "memory:",
        "OUTPUT_CHECK": "memory:",
    }
    # (the field 'name' as aquifer field: codes that name no aquifer, so the depths decide;
    # the well 'unknown' has a code but no depth)
    res = run_alg(ALG, dict(params, AQUIFER="18-60", AQUIFER_FIELD="name"), feedback=feedback)
    assert sorted(f["name"] for f in res["OUTPUT_CHECK"].getFeatures()) == ["first"]
    assert res["N_WRONG_ZONE"] == 1
    # by depth alone (no aquifer field: the field 'aquifer' is empty for 'unknown' only,
    # so it is used; AQUIFER '18-60' is a depth range): 'first' and, without depth or
    # code, 'unknown' with a warning
    res = run_alg(ALG, dict(params, AQUIFER="18-60"), feedback=feedback)
    assert sorted(f["name"] for f in res["OUTPUT_CHECK"].getFeatures()) == ["first", "unknown"]
    assert res["N_WRONG_ZONE"] == 1
    res = run_alg(ALG, dict(params, AQUIFER="2"), feedback=feedback)
    assert sorted(f["name"] for f in res["OUTPUT_CHECK"].getFeatures()) == ["second", "unknown"]
    assert any(
        "1 well(s) without a screen depth or aquifer code are checked as if" in w
        for w in feedback.warnings
    )


def test_fit_to_wells(run_alg, memory_layer):
    # the hand-made layout of the core test (test_fit_on_hand_made_layout): area
    # x 80000-80400, y 455000-455200, width 100, R_th 10 m for every well: with H 10 m,
    # V = 10^2 x 2.8 x pi x 10 / 4.18 = 2,104.5 m3 gives R_th = sqrt(4.18 V / (2.8 pi 10))
    # = 10.0 m
    vol = 100.0 * 2.8 * 3.141592653589793 * 10.0 / 4.18  # R_th exactly 10 m for H 10 m
    rows = [
        (
            f"POINT ({80000 + x} 455100)",
            {"name": str(x), "temp": t, "vol": vol, "top": 20.0, "bottom": 30.0},
        )
        for x, t in ((95, "warm"), (295, "warm"), (195, "koud"), (395, "koud"))
    ]
    area = memory_layer(
        "Polygon",
        "EPSG:28992",
        [("name", "string")],
        [
            (
                "POLYGON ((80000 455000, 80400 455000, 80400 455200, 80000 455200, 80000 455000))",
                {"name": "a"},
            )
        ],
    )
    params = {
        "AREA": area,
        "ZONE_WIDTH": 100.0,
        "WELLS": _well_rows(memory_layer, rows),
        "TEMPERATURE_FIELD": "temp",
        "VOLUME_FIELD": "vol",
        "SCREEN_TOP_FIELD": "top",
        "SCREEN_BOTTOM_FIELD": "bottom",
        "OUTPUT": "memory:",
        "OUTPUT_CHECK": "memory:",
    }
    # without the fit: 95, 195, 295 lie 5 m below a border (near_border), 395 only near
    # the outer edge (ok)
    res = run_alg(ALG, params)
    assert (res["N_WRONG_ZONE"], res["N_NEAR_BORDER"]) == (0, 3)
    # with the fit: cost 0 for offsets 5-85 m, the middle (256 steps of 0.390625 m:
    # offsets 5.078 ... 84.766, 205 of them, middle index 102 -> 5.078 + 102 x 0.390625
    # = 44.92 m): borders at 80044.92, 80144.92, ...; all four ok
    res = run_alg(ALG, dict(params, FIT_TO_WELLS=1))
    assert (res["N_WRONG_ZONE"], res["N_NEAR_BORDER"]) == (0, 0)
    assert (res["N_WRONG_ZONE_BEFORE"], res["N_NEAR_BORDER_BEFORE"]) == (0, 3)
    xs = sorted(
        round(f.geometry().boundingBox().xMinimum(), 2) for f in res["OUTPUT"].getFeatures()
    )
    assert xs == [80000.0, 80044.92, 80144.92, 80244.92, 80344.92]
