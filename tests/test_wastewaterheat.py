"""bronnenstrategie:wastewaterheat through processing.run, numbers worked out by hand."""

import math

import pytest
from qgis.core import QgsProcessingException

ALG = "bronnenstrategie:wastewaterheat"
FIELDS = [("name", "string"), ("flow", "double"), ("dt", "double")]


def by_name(layer):
    return {f["name"]: f for f in layer.getFeatures()}


def test_houtrust(run_alg, memory_layer):
    # AWZI Houtrust 79,000 m3/day, dT 4 K: 79,000 * 365 = 28,835,000 m3 * 4.18 * 4
    # = 482,121,200 MJ = 482,121.2 GJ (0.48 PJ); delivered * 4/3 = 642,828.27 GJ;
    # electricity 642,828.27 / 4 = 160,707.07 GJ; homes 642,828.27 / 33 = 19,479.6 (19,480);
    # mw_avg = 79,000 / 86,400 m3/s * 4.18 * 4 = 15.288 MW.
    # (the seed document says "about 1 PJ, 20,000 homes" at 50 GJ per home)
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [("POINT (76350 455600)", {"name": "Houtrust", "flow": 79000.0})],
    )
    res = run_alg(ALG, {"INPUT": layer, "FLOW_FIELD": "flow", "OUTPUT": "memory:"})
    f = by_name(res["OUTPUT"])["Houtrust"]
    assert f["source_gj"] == pytest.approx(482121.2, abs=0.01)
    assert f["delivered_gj"] == pytest.approx(642828.267, abs=0.001)
    assert f["electricity_gj"] == pytest.approx(160707.067, abs=0.001)
    assert round(f["homes"]) == 19480
    assert f["mw_avg"] == pytest.approx(15.288, abs=0.001)
    assert f["delta_t"] == pytest.approx(4.0)
    assert res["TOTAL_HOMES"] == pytest.approx(19479.64, abs=0.01)


def test_fallback_flow_delta_t_field_and_skips(run_alg, memory_layer, feedback):
    # "gemaal": no flow in the field -> FLOW 1,000 m3/day; dT field 6 K:
    #   1,000 * 365 * 4.18 * 6 / 1000 = 9,154.2 GJ; delivered with COP 3: * 3/2 = 13,731.3
    # "plant": 10,000 m3/day, dT field empty -> DELTA_T 5 K: 10,000*365*4.18*5/1000 = 76,285;
    #   * 3/2 = 114,427.5
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [
            ("POINT (80000 455000)", {"name": "gemaal", "dt": 6.0}),
            ("POINT (80500 455000)", {"name": "plant", "flow": 10000.0}),
        ],
    )
    res = run_alg(
        ALG,
        {
            "INPUT": layer,
            "FLOW_FIELD": "flow",
            "FLOW": 1000.0,
            "DELTA_T_FIELD": "dt",
            "DELTA_T": 5.0,
            "COP": 3.0,
            "OUTPUT": "memory:",
        },
    )
    out = by_name(res["OUTPUT"])
    assert out["gemaal"]["source_gj"] == pytest.approx(9154.2, abs=0.01)
    assert out["gemaal"]["delivered_gj"] == pytest.approx(13731.3, abs=0.01)
    assert out["plant"]["source_gj"] == pytest.approx(76285.0, abs=0.01)
    assert out["plant"]["delivered_gj"] == pytest.approx(114427.5, abs=0.01)
    assert res["TOTAL_SOURCE_GJ"] == pytest.approx(85439.2, abs=0.01)
    # without the fallback the empty-flow point is skipped with a counted warning
    res = run_alg(
        ALG, {"INPUT": layer, "FLOW_FIELD": "flow", "OUTPUT": "memory:"}, feedback=feedback
    )
    assert res["N_SKIPPED"] == 1
    assert list(by_name(res["OUTPUT"])) == ["plant"]
    assert any("1 feature(s) skipped" in w for w in feedback.warnings)


def test_supply_radius(run_alg, memory_layer):
    # circle of 1,000 m: area pi * 1000^2 = 3,141,593 m2 (16 segments per quarter, a 64-gon:
    # 32 * sin(pi/32) / pi - 1 = -0.16 %)
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [("POINT (76350 455600)", {"name": "Houtrust", "flow": 79000.0})],
    )
    res = run_alg(
        ALG,
        {
            "INPUT": layer,
            "FLOW_FIELD": "flow",
            "SUPPLY_RADIUS": 1000.0,
            "OUTPUT": "memory:",
            "OUTPUT_SUPPLY": "memory:",
        },
    )
    circle = next(res["OUTPUT_SUPPLY"].getFeatures())
    assert circle.geometry().area() == pytest.approx(math.pi * 1e6, rel=0.003)
    assert circle["source_gj"] == pytest.approx(482121.2, abs=0.01)


def test_no_flow_at_all_is_an_error(run_alg, memory_layer):
    layer = memory_layer("Point", "EPSG:28992", FIELDS, [("POINT (0 0)", {"name": "x"})])
    with pytest.raises(QgsProcessingException, match="flow"):
        run_alg(ALG, {"INPUT": layer, "OUTPUT": "memory:"})


def test_sample_data_through_qgis_process(qgis_process, sample_gpkg):
    # AWZI Houtrust 79,000 m3/day at 4 K: 482,121.2 GJ (see test_houtrust); the pumping
    # station 6,000 m3/day with its delta_t field 3 K: 6,000 * 365 * 4.18 * 3 / 1000
    # = 27,462.6 GJ; total 509,583.8 GJ; delivered * 4/3 = 679,445.07 GJ
    result = qgis_process(
        "bronnenstrategie:wastewaterheat",
        {
            "INPUT": f"{sample_gpkg}|layername=aquathermie_tea_sources",
            "FLOW_FIELD": "flow_m3_day",
            "DELTA_T_FIELD": "delta_t",
            "OUTPUT": "memory:",
        },
    )
    res = result["results"]
    assert float(res["TOTAL_SOURCE_GJ"]) == pytest.approx(509583.8, abs=0.1)
    assert float(res["TOTAL_DELIVERED_GJ"]) == pytest.approx(679445.07, abs=0.1)


def test_bad_values_are_skipped_with_counted_warnings(run_alg, memory_layer, feedback):
    # Only "ok" counts: 1,000 m3/day, dT field empty -> DELTA_T 4 K:
    #   1,000 * 365 = 365,000 m3 * 4.18 * 4 = 6,102,800 MJ = 6,102.8 GJ.
    # Skipped, each with its own counted warning: a negative and a zero cooling, a cooling
    # of 1e15 K (> 30 K), a flow of 1e15 m3/day (> 1e7), a negative flow, a point
    # without geometry. None of them is replaced by the DELTA_T parameter.
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [
            ("POINT (80000 455000)", {"name": "ok", "flow": 1000.0}),
            ("POINT (80100 455000)", {"name": "dt_neg", "flow": 1000.0, "dt": -5.0}),
            ("POINT (80200 455000)", {"name": "dt_zero", "flow": 1000.0, "dt": 0.0}),
            ("POINT (80300 455000)", {"name": "dt_huge", "flow": 1000.0, "dt": 1e15}),
            ("POINT (80400 455000)", {"name": "flow_huge", "flow": 1e15}),
            ("POINT (80500 455000)", {"name": "flow_neg", "flow": -5.0}),
            (None, {"name": "no_geom", "flow": 1000.0}),
        ],
    )
    res = run_alg(
        ALG,
        {"INPUT": layer, "FLOW_FIELD": "flow", "DELTA_T_FIELD": "dt", "OUTPUT": "memory:"},
        feedback=feedback,
    )
    assert list(by_name(res["OUTPUT"])) == ["ok"]
    assert res["TOTAL_SOURCE_GJ"] == pytest.approx(6102.8, abs=0.01)
    assert res["N_SKIPPED"] == 6
    text = "\n".join(feedback.warnings)
    assert "2 feature(s) skipped: a cooling of zero or less" in text
    assert "1 feature(s) skipped: a cooling above 30 K" in text
    assert "1 feature(s) skipped: a flow above 10,000,000 m³/day" in text
    assert "1 feature(s) skipped: a flow of zero or less" in text
    assert "1 feature(s) skipped: source without a geometry" in text


def test_text_in_the_cooling_field_is_not_taken_for_empty(run_alg, memory_layer, feedback):
    # a text field "dt": "6" is read as 6 K (1,000 * 365 * 4.18 * 6 / 1000 = 9,154.2 GJ);
    # "veel" is skipped with a warning, not replaced by DELTA_T
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        [("name", "string"), ("flow", "double"), ("dt", "string")],
        [
            ("POINT (80000 455000)", {"name": "six", "flow": 1000.0, "dt": "6"}),
            ("POINT (80100 455000)", {"name": "text", "flow": 1000.0, "dt": "veel"}),
        ],
    )
    res = run_alg(
        ALG,
        {"INPUT": layer, "FLOW_FIELD": "flow", "DELTA_T_FIELD": "dt", "OUTPUT": "memory:"},
        feedback=feedback,
    )
    assert list(by_name(res["OUTPUT"])) == ["six"]
    assert res["TOTAL_SOURCE_GJ"] == pytest.approx(9154.2, abs=0.01)
    assert any("1 feature(s) skipped: text in the cooling field" in w for w in feedback.warnings)


def test_empty_layer_warns(run_alg, memory_layer, feedback):
    layer = memory_layer("Point", "EPSG:28992", FIELDS, [])
    res = run_alg(
        ALG, {"INPUT": layer, "FLOW_FIELD": "flow", "OUTPUT": "memory:"}, feedback=feedback
    )
    assert res["TOTAL_SOURCE_GJ"] == 0
    assert "The input layer is empty: nothing to compute." in feedback.warnings


@pytest.mark.parametrize(
    "crs, points",
    [
        (
            "EPSG:28992",
            ["POINT (76350 455600)", "MULTIPOINT ((80000 455000))", "POINT Z (81000 456000 3)"],
        ),
        ("EPSG:4326", ["POINT (4.25 52.08)", "MULTIPOINT ((4.30 52.07))", "POINT (4.36 52.04)"]),
    ],
)
def test_vectorised_circles_equal_the_buffers_one_by_one(
    run_alg, memory_layer, monkeypatch, crs, points
):
    # The supply circles of single points come from core.buffers' vectorised rings; when
    # its check against QgsGeometry.buffer fails, every point is buffered on its own. Both
    # give the same features, vertex for vertex (also for a single-part multipoint and a
    # point with z, which QGIS buffers to the same 2D circle).
    from bronnenstrategie.core import buffers

    def outputs():
        layer = memory_layer(
            "Point",
            crs,
            FIELDS,
            [(wkt, {"name": f"s{k}", "flow": 1000.0 * (k + 1)}) for k, wkt in enumerate(points)],
        )
        res = run_alg(
            ALG,
            {
                "INPUT": layer,
                "FLOW_FIELD": "flow",
                "SUPPLY_RADIUS": 1500.0,
                "OUTPUT": "memory:",
                "OUTPUT_SUPPLY": "memory:",
            },
        )
        return [
            (
                f.geometry().asWkb(),
                f.attributes(),
                f.geometry().constGet().exteriorRing().numPoints(),
            )
            for f in res["OUTPUT_SUPPLY"].getFeatures()
        ]

    fast = outputs()
    monkeypatch.setattr(buffers, "same_ring", lambda *args, **kwargs: False)
    slow = outputs()
    # 16 segments per quarter: a 64-gon, 65 vertices with the closing one
    assert [n for _, _, n in fast] == [65, 65, 65]
    assert fast == slow


def test_no_flow_is_refused_before_the_run(memory_layer):
    # the dialog's check: neither a flow field nor a fallback flow above 0
    from qgis.core import QgsProcessingContext

    from bronnenstrategie.processing.aquathermie.wastewaterheat import WasteWaterHeat

    layer = memory_layer("Point", "EPSG:28992", FIELDS, [("POINT (0 0)", {"name": "x"})])
    alg = WasteWaterHeat()
    alg.initAlgorithm()
    context = QgsProcessingContext()
    ok, message = alg.checkParameterValues({"INPUT": layer, "OUTPUT": "memory:"}, context)
    assert not ok and "flow larger than 0" in message
    ok, message = alg.checkParameterValues(
        {"INPUT": layer, "FLOW": 100.0, "OUTPUT": "memory:"}, context
    )
    assert ok, message
