"""bronnenstrategie:thermalradius through processing.run, numbers worked out by hand."""

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

FIELDS = [("well", "string"), ("system", "string"), ("vol", "double"), ("top", "double"),
          ("bottom", "double")]


def _by_name(layer, field="well"):
    return {f[field]: f for f in layer.getFeatures()}


def test_check_values(run_alg, memory_layer):
    layer = memory_layer("Point", "EPSG:28992", FIELDS, [
        ("POINT (81000 455000)", {"well": "a", "system": "S1", "vol": 50000.0}),
        # screen 20-70 -> H 50; V 200,000: R_th = sqrt(4.18*2e5/(2.8*pi*50)) = 43.60 m
        ("POINT (81100 455000)", {"well": "b", "system": "S1", "vol": 200000.0,
                                  "top": 20.0, "bottom": 70.0}),
    ])
    res = run_alg("bronnenstrategie:thermalradius", {
        "INPUT": layer, "VOLUME_FIELD": "vol", "SCREEN_TOP_FIELD": "top",
        "SCREEN_BOTTOM_FIELD": "bottom", "OUTPUT": "memory:", "OUTPUT_AREAS": "memory:",
    })
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
    # the circle of a has area ~ pi * 24.37^2 = 1865.9 m2 (32 segments per quarter: -0.1 %)
    areas = _by_name(res["OUTPUT_AREAS"])
    assert areas["a"].geometry().area() == pytest.approx(1865.9, rel=0.003)
    # input fields are kept
    assert out["b"]["system"] == "S1"


def test_volume_per_system_per_year_and_factor(run_alg, memory_layer):
    # system S1 has 4 wells, each row carries the yearly 400,000 m3 -> 100,000 per well per
    # season; factor 0.5 -> 50,000 -> R_th 24.37 m at H 40
    rows = [("POINT ({} 455000)".format(81000 + 100 * i),
             {"well": str(i), "system": "S1", "vol": 400000.0}) for i in range(4)]
    # system S2 is a doublet with 200,000 m3 per year -> 100,000 -> *0.5 -> 50,000
    rows += [("POINT ({} 455500)".format(81000 + 100 * i),
              {"well": "s2-" + str(i), "system": "S2", "vol": 200000.0}) for i in range(2)]
    layer = memory_layer("Point", "EPSG:28992", FIELDS, rows)
    res = run_alg("bronnenstrategie:thermalradius", {
        "INPUT": layer, "VOLUME_FIELD": "vol", "VOLUME_BASIS": 1, "SYSTEM_FIELD": "system",
        "VOLUME_FACTOR": 0.5, "OUTPUT": "memory:",
    })
    for f in res["OUTPUT"].getFeatures():
        assert f["v_season"] == pytest.approx(50000.0)
        assert f["r_th"] == pytest.approx(24.37, abs=0.01)


def test_bad_wells_are_skipped_with_counts(run_alg, memory_layer, feedback):
    layer = memory_layer("Point", "EPSG:28992", FIELDS, [
        ("POINT (81000 455000)", {"well": "ok", "vol": 50000.0}),
        ("POINT (81000 455100)", {"well": "null"}),
        ("POINT (81000 455200)", {"well": "zero", "vol": 0.0}),
        ("POINT (81000 455300)", {"well": "neg", "vol": -10.0}),
        ("POINT (81000 455400)", {"well": "neg2", "vol": -20.0}),
        ("POINT (81000 455500)", {"well": "screen", "vol": 50000.0, "top": 60.0,
                                  "bottom": 20.0}),
        ("", {"well": "nogeom", "vol": 50000.0}),
    ])
    res = run_alg("bronnenstrategie:thermalradius", {
        "INPUT": layer, "VOLUME_FIELD": "vol", "SCREEN_TOP_FIELD": "top",
        "SCREEN_BOTTOM_FIELD": "bottom", "OUTPUT": "memory:",
    }, feedback=feedback)
    assert [f["well"] for f in res["OUTPUT"].getFeatures()] == ["ok"]
    assert res["N_SKIPPED"] == 6
    text = "\n".join(feedback.warnings)
    # zero, -10 and -20: three wells
    assert "3 feature(s) skipped: volume is zero or negative" in text
    assert "1 feature(s) skipped: volume is empty or not a number" in text
    assert "1 feature(s) skipped: screen bottom is not below screen top" in text
    assert "1 feature(s) skipped: no geometry" in text


def test_geographic_crs_gives_the_same_radii(run_alg, memory_layer):
    # RD (81000, 455000) is about lon 4.2935, lat 52.0836; the radius does not depend on
    # the CRS, but the circles must be drawn in metres: area pi*24.37^2 = 1865.9 m2 in RD
    layer = memory_layer("Point", "EPSG:4326", FIELDS, [
        ("POINT (4.2935 52.0836)", {"well": "a", "vol": 50000.0}),
    ])
    res = run_alg("bronnenstrategie:thermalradius", {
        "INPUT": layer, "VOLUME_FIELD": "vol", "OUTPUT": "memory:", "OUTPUT_AREAS": "memory:",
    })
    area_layer = res["OUTPUT_AREAS"]
    assert area_layer.crs().authid() == "EPSG:4326"
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    tr = QgsCoordinateTransform(area_layer.crs(), QgsCoordinateReferenceSystem("EPSG:28992"),
                                QgsProject.instance())
    geom = next(area_layer.getFeatures()).geometry()
    geom.transform(tr)
    assert geom.area() == pytest.approx(1865.9, rel=0.005)
    assert next(res["OUTPUT"].getFeatures())["r_th"] == pytest.approx(24.37, abs=0.01)


def test_missing_field_and_basis_without_system(run_alg, memory_layer):
    layer = memory_layer("Point", "EPSG:28992", FIELDS,
                         [("POINT (81000 455000)", {"well": "a", "vol": 1.0})])
    with pytest.raises(QgsProcessingException, match="does not exist"):
        run_alg("bronnenstrategie:thermalradius",
                {"INPUT": layer, "VOLUME_FIELD": "nope", "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="system id field"):
        run_alg("bronnenstrategie:thermalradius",
                {"INPUT": layer, "VOLUME_FIELD": "vol", "VOLUME_BASIS": 1, "OUTPUT": "memory:"})


def test_empty_layer(run_alg, memory_layer, feedback):
    layer = memory_layer("Point", "EPSG:28992", FIELDS, [])
    res = run_alg("bronnenstrategie:thermalradius",
                  {"INPUT": layer, "VOLUME_FIELD": "vol", "OUTPUT": "memory:"}, feedback=feedback)
    assert res["N_WELLS"] == 0
    assert any("No well" in w for w in feedback.warnings)


def test_sample_data(run_alg, sample_gpkg):
    layer = QgsVectorLayer("{}|layername=wko_wells".format(sample_gpkg), "wells", "ogr")
    res = run_alg("bronnenstrategie:thermalradius", {
        "INPUT": layer, "VOLUME_FIELD": "volume_m3", "SCREEN_TOP_FIELD": "screen_top",
        "SCREEN_BOTTOM_FIELD": "screen_bottom", "OUTPUT": "memory:",
    })
    # 3 bad rows on purpose: empty volume, negative volume, screen bottom above top
    assert res["N_SKIPPED"] == 3
    assert res["N_WELLS"] == layer.featureCount() - 3 >= 150
