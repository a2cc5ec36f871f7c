"""bronnenstrategie:thermalradius through processing.run, numbers worked out by hand."""

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

FIELDS = [
    ("well", "string"),
    ("system", "string"),
    ("vol", "double"),
    ("top", "double"),
    ("bottom", "double"),
]


def _by_name(layer, field="well"):
    return {f[field]: f for f in layer.getFeatures()}


def test_check_values(run_alg, memory_layer):
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [
            ("POINT (81000 455000)", {"well": "a", "system": "S1", "vol": 50000.0}),
            # screen 20-70 -> H 50; V 200,000: R_th = sqrt(4.18*2e5/(2.8*pi*50)) = 43.60 m
            (
                "POINT (81100 455000)",
                {"well": "b", "system": "S1", "vol": 200000.0, "top": 20.0, "bottom": 70.0},
            ),
        ],
    )
    res = run_alg(
        "bronnenstrategie:thermalradius",
        {
            "INPUT": layer,
            "VOLUME_FIELD": "vol",
            "SCREEN_TOP_FIELD": "top",
            "SCREEN_BOTTOM_FIELD": "bottom",
            "OUTPUT": "memory:",
            "OUTPUT_AREAS": "memory:",
        },
    )
    out = _by_name(res["OUTPUT"])
    # a: default H 40 m. R_th = sqrt(4.18*50000/(2.8*pi*40)) = 24.37 m;
    #    R_hyd = sqrt(50000/(pi*40*0.3)) = 36.42 m
    assert out["a"]["screen_len"] == pytest.approx(40.0)
    assert out["a"]["r_th"] == pytest.approx(24.37, abs=0.01)
    assert out["a"]["r_hyd"] == pytest.approx(36.42, abs=0.01)
    assert out["b"]["screen_len"] == pytest.approx(50.0)
    assert out["b"]["r_th"] == pytest.approx(43.60, abs=0.01)
    assert res["N_WELLS"] == 2 and res["N_SKIPPED"] == 0
    assert res["MIN_R_TH"] == pytest.approx(24.37, abs=0.01)
    assert res["MAX_R_TH"] == pytest.approx(43.60, abs=0.01)
    # the circle of a has area ~ pi * 24.37^2 = 1865.9 m2 (16 segments per quarter, a 64-gon:
    # 32 * sin(pi/32) / pi - 1 = -0.16 %)
    areas = _by_name(res["OUTPUT_AREAS"])
    assert areas["a"].geometry().area() == pytest.approx(1865.9, rel=0.003)
    # input fields are kept
    assert out["b"]["system"] == "S1"


def test_volume_per_system_per_year_and_factor(run_alg, memory_layer):
    # system S1 has 4 wells, each row carries the yearly 400,000 m3 -> 100,000 per well per
    # season; factor 0.5 -> 50,000 -> R_th 24.37 m at H 40
    rows = [
        (f"POINT ({81000 + 100 * i} 455000)", {"well": str(i), "system": "S1", "vol": 400000.0})
        for i in range(4)
    ]
    # system S2 is a doublet with 200,000 m3 per year -> 100,000 -> *0.5 -> 50,000
    rows += [
        (
            f"POINT ({81000 + 100 * i} 455500)",
            {"well": "s2-" + str(i), "system": "S2", "vol": 200000.0},
        )
        for i in range(2)
    ]
    layer = memory_layer("Point", "EPSG:28992", FIELDS, rows)
    res = run_alg(
        "bronnenstrategie:thermalradius",
        {
            "INPUT": layer,
            "VOLUME_FIELD": "vol",
            "VOLUME_BASIS": 1,
            "SYSTEM_FIELD": "system",
            "VOLUME_FACTOR": 0.5,
            "OUTPUT": "memory:",
        },
    )
    for f in res["OUTPUT"].getFeatures():
        assert f["v_season"] == pytest.approx(50000.0)
        assert f["r_th"] == pytest.approx(24.37, abs=0.01)


def test_bad_wells_are_skipped_with_counts(run_alg, memory_layer, feedback):
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [
            ("POINT (81000 455000)", {"well": "ok", "vol": 50000.0}),
            ("POINT (81000 455100)", {"well": "null"}),
            ("POINT (81000 455200)", {"well": "zero", "vol": 0.0}),
            ("POINT (81000 455300)", {"well": "neg", "vol": -10.0}),
            ("POINT (81000 455400)", {"well": "neg2", "vol": -20.0}),
            (
                "POINT (81000 455500)",
                {"well": "screen", "vol": 50000.0, "top": 60.0, "bottom": 20.0},
            ),
            ("", {"well": "nogeom", "vol": 50000.0}),
        ],
    )
    res = run_alg(
        "bronnenstrategie:thermalradius",
        {
            "INPUT": layer,
            "VOLUME_FIELD": "vol",
            "SCREEN_TOP_FIELD": "top",
            "SCREEN_BOTTOM_FIELD": "bottom",
            "OUTPUT": "memory:",
        },
        feedback=feedback,
    )
    assert [f["well"] for f in res["OUTPUT"].getFeatures()] == ["ok"]
    assert res["N_SKIPPED"] == 6
    text = "\n".join(feedback.warnings)
    # zero, -10 and -20: three wells
    assert "3 feature(s) skipped: volume is zero or negative" in text
    assert "1 feature(s) skipped: volume is empty in field 'vol'" in text
    assert "1 feature(s) skipped: screen bottom is not below screen top" in text
    assert "1 feature(s) skipped: no geometry" in text


TEXT_FIELDS = [("well", "string"), ("vol", "string"), ("top", "string"), ("bottom", "string")]
SCREEN_PARAMS = {
    "VOLUME_FIELD": "vol",
    "SCREEN_TOP_FIELD": "top",
    "SCREEN_BOTTOM_FIELD": "bottom",
    "OUTPUT": "memory:",
}


def test_text_in_number_fields_is_its_own_reason(run_alg, memory_layer, feedback):
    # string columns (e.g. a CSV): numbers written as text are read, words are counted
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        TEXT_FIELDS,
        [
            # screen 20-60 -> H 40 -> R_th = sqrt(4.18*50000/(2.8*pi*40)) = 24.37 m
            ("POINT (81000 455000)", {"well": "ok", "vol": "50000", "top": "20", "bottom": "60"}),
            # Dutch decimal commas: 20.5-60.5 -> H 40
            (
                "POINT (81000 455100)",
                {"well": "comma", "vol": "50000,0", "top": "20,5", "bottom": "60,5"},
            ),
            # empty screen fields: the default screen length 40 m
            ("POINT (81000 455200)", {"well": "empty", "vol": "50000", "top": "", "bottom": ""}),
            (
                "POINT (81000 455300)",
                {"well": "toptext", "vol": "50000", "top": "veel", "bottom": "60"},
            ),
            (
                "POINT (81000 455400)",
                {"well": "toptext2", "vol": "50000", "top": "ondiep", "bottom": ""},
            ),
            (
                "POINT (81000 455500)",
                {"well": "bottomtext", "vol": "50000", "top": "20", "bottom": "diep"},
            ),
            (
                "POINT (81000 455600)",
                {"well": "voltext", "vol": "veel", "top": "20", "bottom": "60"},
            ),
        ],
    )
    res = run_alg(
        "bronnenstrategie:thermalradius", dict(SCREEN_PARAMS, INPUT=layer), feedback=feedback
    )
    out = _by_name(res["OUTPUT"])
    assert sorted(out) == ["comma", "empty", "ok"]
    for name in ("comma", "empty", "ok"):
        assert out[name]["screen_len"] == pytest.approx(40.0)
        assert out[name]["r_th"] == pytest.approx(24.37, abs=0.01)
    # 2 + 1 + 1 skipped, each reason counted on its own, never taken for an empty value
    assert res["N_SKIPPED"] == 4
    text = "\n".join(feedback.warnings)
    assert "2 feature(s) skipped: screen top is not a number in field 'top'" in text
    assert "1 feature(s) skipped: screen bottom is not a number in field 'bottom'" in text
    assert "1 feature(s) skipped: volume is not a number in field 'vol'" in text


def test_implausible_volume_and_screen_are_skipped(run_alg, memory_layer, feedback):
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [
            # the bounds themselves are accepted:
            # V 1e7 m3, H 40: R_th = sqrt(4.18e7/(2.8*pi*40)) = sqrt(4.18e7/351.858)
            #                     = sqrt(118,798) = 344.67 m
            ("POINT (81000 455000)", {"well": "vmax", "vol": 1.0e7}),
            # top 0 (at the surface), bottom 40 -> H 40 -> 24.37 m
            ("POINT (81000 455100)", {"well": "top0", "vol": 50000.0, "top": 0.0, "bottom": 40.0}),
            # bottom at the deepest 1000 m, top 960 -> H 40 -> 24.37 m
            (
                "POINT (81000 455200)",
                {"well": "deep", "vol": 50000.0, "top": 960.0, "bottom": 1000.0},
            ),
            # skipped: a volume above 1e7 m3 per well per season
            ("POINT (81000 455300)", {"well": "vhuge", "vol": 1.0e15}),
            ("POINT (81000 455400)", {"well": "vbig", "vol": 1.0000001e7}),
            # skipped: screen top above ground level (negative)
            (
                "POINT (81000 455500)",
                {"well": "topneg", "vol": 50000.0, "top": -5.0, "bottom": 60.0},
            ),
            # skipped: screen bottom deeper than 1000 m
            (
                "POINT (81000 455600)",
                {"well": "bhuge", "vol": 50000.0, "top": 20.0, "bottom": 1.0e15},
            ),
            # skipped: screen bottom at the surface (0 m), even without a top
            ("POINT (81000 455700)", {"well": "b0", "vol": 50000.0, "bottom": 0.0}),
        ],
    )
    res = run_alg(
        "bronnenstrategie:thermalradius", dict(SCREEN_PARAMS, INPUT=layer), feedback=feedback
    )
    out = _by_name(res["OUTPUT"])
    assert sorted(out) == ["deep", "top0", "vmax"]
    assert out["vmax"]["r_th"] == pytest.approx(344.67, abs=0.01)
    assert out["top0"]["screen_len"] == pytest.approx(40.0)
    assert out["deep"]["screen_len"] == pytest.approx(40.0)
    assert out["deep"]["r_th"] == pytest.approx(24.37, abs=0.01)
    assert res["N_SKIPPED"] == 5
    text = "\n".join(feedback.warnings)
    assert "2 feature(s) skipped: volume in field 'vol' is implausibly large" in text
    assert "1 feature(s) skipped: screen top is above ground level" in text
    assert "1 feature(s) skipped: screen bottom is deeper than 1,000 m" in text
    assert "1 feature(s) skipped: screen bottom is at or above ground level" in text


def test_volume_bound_per_well_share_of_a_yearly_volume(run_alg, memory_layer, feedback):
    # per system per year the bound applies to each well's share:
    # S1: 1.5e7 m3/yr over 2 wells = 7.5e6 per well per season <= 1e7: kept
    # S2: 3e7 m3/yr over 2 wells = 1.5e7 > 1e7: both wells skipped
    rows = [
        (f"POINT ({81000 + 100 * i} 455000)", {"well": f"s1-{i}", "system": "S1", "vol": 1.5e7})
        for i in range(2)
    ]
    rows += [
        (f"POINT ({81000 + 100 * i} 455500)", {"well": f"s2-{i}", "system": "S2", "vol": 3.0e7})
        for i in range(2)
    ]
    res = run_alg(
        "bronnenstrategie:thermalradius",
        {
            "INPUT": memory_layer("Point", "EPSG:28992", FIELDS, rows),
            "VOLUME_FIELD": "vol",
            "VOLUME_BASIS": 1,
            "SYSTEM_FIELD": "system",
            "OUTPUT": "memory:",
        },
        feedback=feedback,
    )
    out = _by_name(res["OUTPUT"])
    assert sorted(out) == ["s1-0", "s1-1"]
    assert out["s1-0"]["v_season"] == pytest.approx(7.5e6)
    assert res["N_SKIPPED"] == 2
    assert any(
        "2 feature(s) skipped: volume in field 'vol' is implausibly large" in w
        for w in feedback.warnings
    )


def test_geographic_crs_gives_the_same_radii(run_alg, memory_layer):
    # RD (81000, 455000) is about lon 4.2935, lat 52.0836; the radius does not depend on
    # the CRS, but the circles must be drawn in metres: area pi*24.37^2 = 1865.9 m2 in RD
    layer = memory_layer(
        "Point",
        "EPSG:4326",
        FIELDS,
        [
            ("POINT (4.2935 52.0836)", {"well": "a", "vol": 50000.0}),
        ],
    )
    res = run_alg(
        "bronnenstrategie:thermalradius",
        {
            "INPUT": layer,
            "VOLUME_FIELD": "vol",
            "OUTPUT": "memory:",
            "OUTPUT_AREAS": "memory:",
        },
    )
    area_layer = res["OUTPUT_AREAS"]
    assert area_layer.crs().authid() == "EPSG:4326"
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    tr = QgsCoordinateTransform(
        area_layer.crs(), QgsCoordinateReferenceSystem("EPSG:28992"), QgsProject.instance()
    )
    geom = next(area_layer.getFeatures()).geometry()
    geom.transform(tr)
    assert geom.area() == pytest.approx(1865.9, rel=0.005)
    assert next(res["OUTPUT"].getFeatures())["r_th"] == pytest.approx(24.37, abs=0.01)


def test_missing_field_and_basis_without_system(run_alg, memory_layer):
    layer = memory_layer(
        "Point", "EPSG:28992", FIELDS, [("POINT (81000 455000)", {"well": "a", "vol": 1.0})]
    )
    with pytest.raises(QgsProcessingException, match="does not exist"):
        run_alg(
            "bronnenstrategie:thermalradius",
            {"INPUT": layer, "VOLUME_FIELD": "nope", "OUTPUT": "memory:"},
        )
    with pytest.raises(QgsProcessingException, match="system id field"):
        run_alg(
            "bronnenstrategie:thermalradius",
            {"INPUT": layer, "VOLUME_FIELD": "vol", "VOLUME_BASIS": 1, "OUTPUT": "memory:"},
        )


def test_empty_layer(run_alg, memory_layer, feedback):
    layer = memory_layer("Point", "EPSG:28992", FIELDS, [])
    res = run_alg(
        "bronnenstrategie:thermalradius",
        {"INPUT": layer, "VOLUME_FIELD": "vol", "OUTPUT": "memory:"},
        feedback=feedback,
    )
    assert res["N_WELLS"] == 0
    assert any("No well" in w for w in feedback.warnings)


def test_sample_data(run_alg, sample_gpkg):
    layer = QgsVectorLayer(f"{sample_gpkg}|layername=wko_wells", "wells", "ogr")
    res = run_alg(
        "bronnenstrategie:thermalradius",
        {
            "INPUT": layer,
            "VOLUME_FIELD": "volume_m3",
            "SCREEN_TOP_FIELD": "screen_top",
            "SCREEN_BOTTOM_FIELD": "screen_bottom",
            "OUTPUT": "memory:",
        },
    )
    # 3 bad rows on purpose: empty volume, negative volume, screen bottom above top
    assert res["N_SKIPPED"] == 3
    assert res["N_WELLS"] == layer.featureCount() - 3 >= 150


def test_circles_equal_geos_buffers():
    # the circles made with numpy are the polygons QgsGeometry.buffer(r, 16) makes of a
    # point, vertex for vertex (65 vertices, same start and direction); a tiny radius is
    # left to GEOS itself
    from qgis.core import QgsGeometry, QgsPointXY

    from bronnenstrategie.processing.bodemenergie.thermalradius import circle_geometries

    x = [80000.0, 123456.789, 0.0, 155000.5]
    y = [455000.0, 487654.321, 0.0, 463000.25]
    r = [24.372, 42.2134, 1.0, 1e-5]
    for got, xk, yk, rk in zip(circle_geometries(x, y, r), x, y, r):
        want = QgsGeometry.fromPointXY(QgsPointXY(xk, yk)).buffer(rk, 16)
        a, b = got.constGet().exteriorRing(), want.constGet().exteriorRing()
        assert got.wkbType() == want.wkbType()
        assert a.numPoints() == b.numPoints() == (65 if rk > 1e-3 else b.numPoints())
        for k in range(b.numPoints()):
            assert a.pointN(k).x() == pytest.approx(b.pointN(k).x(), rel=1e-12, abs=1e-9)
            assert a.pointN(k).y() == pytest.approx(b.pointN(k).y(), rel=1e-12, abs=1e-9)
