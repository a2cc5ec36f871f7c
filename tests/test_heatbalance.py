"""bronnenstrategie:heatbalance through processing.run; numbers worked out by hand."""

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

ALG = "bronnenstrategie:heatbalance"
SQUARE_A = "POLYGON ((80000 455000, 81000 455000, 81000 456000, 80000 456000, 80000 455000))"
SQUARE_B = "POLYGON ((81000 455000, 82000 455000, 82000 456000, 81000 456000, 81000 455000))"
SRC_FIELDS = [("name", "string"), ("heat_gj", "double"), ("temp_class", "string")]


def _table(layer):
    return {f["class"]: f for f in layer.getFeatures()}


def _areas(layer, key="name"):
    return {f[key]: f for f in layer.getFeatures()}


def _check_case_layers(memory_layer):
    """The seed's check case: demand in TJ, three source layers in PJ, TJ and GJ."""
    demand = memory_layer(
        "Polygon",
        "EPSG:28992",
        [("name", "string"), ("ht", "double"), ("mt", "double"), ("lt", "double")],
        [(SQUARE_A, {"name": "city", "ht": 4300.0, "mt": 3100.0, "lt": 4600.0})],
    )
    # WarmtelinQ 2 PJ HT (class field), geothermal 4000 TJ without class field (-> the
    # default class MT), aquathermal 1,000,000 GJ = 1 PJ with class 'lt' (lower case).
    residual = memory_layer(
        "Point",
        "EPSG:28992",
        [("heat_pj", "double"), ("temp_class", "string")],
        [("POINT (80500 455500)", {"heat_pj": 2.0, "temp_class": "HT"})],
        name="restwarmte",
    )
    geo = memory_layer(
        "Point",
        "EPSG:28992",
        [("heat_tj", "double")],
        [
            ("POINT (80400 455400)", {"heat_tj": 2500.0}),
            ("POINT (80600 455600)", {"heat_tj": 1500.0}),
        ],
        name="geothermie",
    )
    aqua = memory_layer(
        "LineString",
        "EPSG:28992",
        [("delivered_gj", "double"), ("temp_class", "string")],
        [("LINESTRING (80100 455100, 80200 455100)", {"delivered_gj": 1.0e6, "temp_class": "lt"})],
        name="aquathermie",
    )
    return demand, [residual, geo, aqua]


@pytest.mark.parametrize("cascade", [False, True])
def test_check_case_units_and_cascade(run_alg, memory_layer, tmp_path, cascade):
    demand, sources = _check_case_layers(memory_layer)
    res = run_alg(
        ALG,
        {
            "DEMAND": demand,
            "HT_FIELD": "ht",
            "MT_FIELD": "mt",
            "LT_FIELD": "lt",
            "DEMAND_UNIT": 1,  # TJ
            "SOURCES": sources,
            "DEFAULT_CLASS": 1,  # MT for the geothermal layer
            "CASCADE": cascade,
            "OUTPUT_UNIT": 3,  # PJ
            "OUTPUT_TABLE": "memory:",
            "OUTPUT_AREAS": "memory:",
            "OUTPUT_CHART": str(tmp_path / "balance.png"),
        },
    )
    table = _table(res["OUTPUT_TABLE"])
    assert set(table) == {"HT", "MT", "LT", "total"}
    # demand 4300 / 3100 / 4600 TJ = 4.3 / 3.1 / 4.6 PJ
    # supply 2 PJ; 2500 + 1500 TJ = 4.0 PJ; 1e6 GJ = 1.0 PJ
    for cls, d, s in (("HT", 4.3, 2.0), ("MT", 3.1, 4.0), ("LT", 4.6, 1.0)):
        assert table[cls]["demand"] == pytest.approx(d)
        assert table[cls]["supply"] == pytest.approx(s)
        assert table[cls]["unit"] == "PJ"
    if cascade:
        # HT 2.0 - 4.3 = -2.3 (MT cannot go up); MT 4.0 - 3.1 = 0.9 passed on -> 0;
        # LT 1.0 + 0.9 - 4.6 = -2.7
        expected = {"HT": -2.3, "MT": 0.0, "LT": -2.7}
        assert table["MT"]["passed_on"] == pytest.approx(0.9)
        assert table["LT"]["received"] == pytest.approx(0.9)
        # used: 2.0, 3.1, 1.0 + 0.9 = 1.9
        assert table["LT"]["supply_used"] == pytest.approx(1.9)
        assert table["total"]["deficit"] == pytest.approx(-5.0)  # -2.3 - 2.7
    else:
        # HT -2.3, MT +0.9, LT 1.0 - 4.6 = -3.6
        expected = {"HT": -2.3, "MT": 0.9, "LT": -3.6}
        assert table["LT"]["supply_used"] == pytest.approx(1.0)
        assert table["total"]["deficit"] == pytest.approx(-5.9)  # -2.3 - 3.6
    for cls, value in expected.items():
        assert table[cls]["balance"] == pytest.approx(value, abs=1e-9)
        assert res[cls + "_BALANCE"] == pytest.approx(value, abs=1e-9)
    # total: demand 12.0, supply 7.0, balance 7 - 12 = -5.0 either way
    assert table["total"]["demand"] == pytest.approx(12.0)
    assert table["total"]["balance"] == pytest.approx(-5.0)
    assert res["TOTAL_SUPPLY"] == pytest.approx(7.0)
    assert res["UNIT"] == "PJ" and res["N_SOURCES"] == 4
    # the demand polygon is its own area; every source lies in it -> same figures
    area = next(res["OUTPUT_AREAS"].getFeatures())
    assert area["lt_balance"] == pytest.approx(expected["LT"], abs=1e-9)
    assert area["deficit"] == pytest.approx(table["total"]["deficit"])
    # deficit_pct = 5.0 / 12.0 = 41.67 % with cascade, 5.9 / 12.0 = 49.17 % without
    assert area["deficit_pct"] == pytest.approx(100 * -table["total"]["deficit"] / 12.0)
    data = (tmp_path / "balance.png").read_bytes()
    assert data[:4] == b"\x89PNG" and len(data) > 5000


def test_demand_class_field_mode_in_gj(run_alg, memory_layer, tmp_path):
    # buildings with one demand field and a class field; values in GJ (DEMAND_UNIT 0)
    demand = memory_layer(
        "Point",
        "EPSG:28992",
        [("gj", "double"), ("cls", "string")],
        [
            ("POINT (80100 455100)", {"gj": 3.0e6, "cls": "ht"}),
            ("POINT (80200 455100)", {"gj": 1.3e6, "cls": "HT "}),
            ("POINT (80300 455100)", {"gj": 3.1e6, "cls": "Mt"}),
            ("POINT (80400 455100)", {"gj": 4.6e6, "cls": "laag"}),
            ("POINT (80500 455100)", {"gj": 9.9e6, "cls": "warm"}),  # skipped: no class
        ],
    )
    src = memory_layer(
        "None",
        "EPSG:28992",
        [("heat_pj", "double"), ("temp_class", "string")],
        [
            (None, {"heat_pj": 2.0, "temp_class": "HT"}),
            (None, {"heat_pj": 4.0, "temp_class": "MT"}),
            (None, {"heat_pj": 1.0, "temp_class": "LT"}),
        ],
    )
    res = run_alg(
        ALG,
        {
            "DEMAND": demand,
            "DEMAND_FIELD": "gj",
            "DEMAND_CLASS_FIELD": "cls",
            "SOURCES": [src],
            "OUTPUT_TABLE": "memory:",
            "OUTPUT_CHART": str(tmp_path / "balance.svg"),
        },
    )
    table = _table(res["OUTPUT_TABLE"])
    # HT 3.0e6 + 1.3e6 = 4.3e6 GJ; supply 2 PJ = 2.0e6 GJ -> -2.3e6 GJ; LT -2.7e6 (cascade)
    assert table["HT"]["demand"] == pytest.approx(4.3e6)
    assert table["HT"]["balance"] == pytest.approx(-2.3e6)
    assert table["MT"]["balance"] == pytest.approx(0.0, abs=1e-6)
    assert table["LT"]["balance"] == pytest.approx(-2.7e6)
    assert table["total"]["unit"] == "GJ"
    # points without areas: no area output
    assert "OUTPUT_AREAS" not in res or not res["OUTPUT_AREAS"]
    assert res["N_AREAS"] == 0
    assert "<svg" in (tmp_path / "balance.svg").read_text(encoding="utf-8")


def test_per_area_assignment(run_alg, memory_layer, feedback):
    areas = memory_layer(
        "Polygon",
        "EPSG:28992",
        [("name", "string")],
        [(SQUARE_A, {"name": "A"}), (SQUARE_B, {"name": "B"})],
    )
    demand = memory_layer(
        "Point",
        "EPSG:28992",
        [("ht", "double"), ("mt", "double"), ("lt", "double")],
        [
            ("POINT (80500 455500)", {"ht": 100.0, "mt": 0.0, "lt": 50.0}),
            ("POINT (81500 455500)", {"ht": 0.0, "mt": 80.0, "lt": 40.0}),
            ("POINT (81700 455700)", {"ht": 0.0, "mt": 0.0, "lt": 60.0}),
            ("POINT (90000 455500)", {"ht": 10.0, "mt": 0.0, "lt": 0.0}),
        ],
    )
    located = memory_layer(
        "Point",
        "EPSG:28992",
        SRC_FIELDS,
        [
            ("POINT (80300 455300)", {"name": "S1", "heat_gj": 150.0, "temp_class": "HT"}),
            ("POINT (81300 455300)", {"name": "S2", "heat_gj": 50.0, "temp_class": "MT"}),
            ("POINT (90000 455500)", {"name": "S3", "heat_gj": 30.0, "temp_class": "LT"}),
        ],
    )
    fixed = memory_layer(
        "None",
        "EPSG:28992",
        SRC_FIELDS,
        [(None, {"name": "S4", "heat_gj": 20.0, "temp_class": "LT"})],
    )
    res = run_alg(
        ALG,
        {
            "DEMAND": demand,
            "HT_FIELD": "ht",
            "MT_FIELD": "mt",
            "LT_FIELD": "lt",
            "SOURCES": [located, fixed],
            "AREAS": areas,
            "CASCADE": True,
            "OUTPUT_TABLE": "memory:",
            "OUTPUT_AREAS": "memory:",
            "OUTPUT_CHART": "",
        },
        feedback=feedback,
    )
    out = _areas(res["OUTPUT_AREAS"])
    a, b = out["A"], out["B"]
    # A: demand HT 100, LT 50; supply HT 150 (S1); LT from S4 shared by LT demand
    #    A 50 : B 100 -> 20 * 50/150 = 6.667.
    #    HT passes 150 - 100 = 50 on; MT 50 - 0 passes 50 on; LT 6.667 + 50 - 50 = +6.667
    assert a["ht_demand"] == pytest.approx(100.0) and a["lt_demand"] == pytest.approx(50.0)
    assert a["lt_supply"] == pytest.approx(20.0 / 3)
    assert a["ht_balance"] == pytest.approx(0.0, abs=1e-9)
    assert a["mt_received"] == pytest.approx(50.0)
    assert a["lt_balance"] == pytest.approx(20.0 / 3)
    assert a["deficit"] == pytest.approx(0.0, abs=1e-9)
    # B: demand MT 80, LT 40 + 60 = 100; supply MT 50 (S2), LT 20 * 100/150 = 13.333
    #    MT 50 - 80 = -30; LT 13.333 - 100 = -86.667; deficit -116.667 of 180 = 64.81 %
    assert b["lt_demand"] == pytest.approx(100.0)
    assert b["mt_balance"] == pytest.approx(-30.0)
    assert b["lt_balance"] == pytest.approx(-260.0 / 3)
    assert b["deficit"] == pytest.approx(-350.0 / 3)
    assert b["deficit_pct"] == pytest.approx(100 * (350.0 / 3) / 180.0)
    # the city table holds everything, also what lies outside the areas:
    # demand HT 110, MT 80, LT 150; supply HT 150, MT 50, LT 30 + 20 = 50
    # HT passes 40; MT 50 + 40 - 80 = 10 passed on; LT 50 + 10 - 150 = -90
    table = _table(res["OUTPUT_TABLE"])
    assert table["HT"]["demand"] == pytest.approx(110.0)
    assert table["LT"]["supply"] == pytest.approx(50.0)
    assert table["LT"]["balance"] == pytest.approx(-90.0)
    assert res["N_AREAS"] == 2
    text = " ".join(feedback.warnings)
    assert "1 demand feature(s) lie in no area" in text
    assert "1 source(s) with 30.000 GJ reach no area" in text


def _radius_layers(memory_layer, crs="EPSG:28992"):
    def geom(wkt):
        if crs == "EPSG:28992":
            return wkt
        g = QgsGeometry.fromWkt(wkt)
        g.transform(
            QgsCoordinateTransform(
                QgsCoordinateReferenceSystem("EPSG:28992"),
                QgsCoordinateReferenceSystem(crs),
                QgsProject.instance(),
            )
        )
        return g.asWkt(9)

    demand = memory_layer(
        "Polygon",
        crs,
        [("name", "string"), ("mt", "double")],
        [
            (geom(SQUARE_A), {"name": "A", "mt": 30.0}),
            (geom(SQUARE_B), {"name": "B", "mt": 90.0}),
        ],
    )
    # one MT source in A, 50 m from B
    src = memory_layer(
        "Point",
        crs,
        SRC_FIELDS,
        [(geom("POINT (80950 455500)"), {"name": "S", "heat_gj": 60.0, "temp_class": "MT"})],
    )
    return demand, src


@pytest.mark.parametrize("crs", ["EPSG:28992", "EPSG:4326"])
def test_source_radius_shares_by_demand(run_alg, memory_layer, crs):
    demand, src = _radius_layers(memory_layer, crs)
    params = {
        "DEMAND": demand,
        "MT_FIELD": "mt",
        "SOURCES": [src],
        "CASCADE": False,
        "OUTPUT_TABLE": "memory:",
        "OUTPUT_AREAS": "memory:",
        "OUTPUT_CHART": "",
    }
    # radius 0: the source serves A only: A 60 - 30 = +30, B -90
    out = _areas(run_alg(ALG, dict(params, SOURCE_RADIUS=0))["OUTPUT_AREAS"])
    assert out["A"]["mt_balance"] == pytest.approx(30.0)
    assert out["B"]["mt_balance"] == pytest.approx(-90.0)
    # radius 100 m (B is 50 m away, in metres also for EPSG:4326): shared by MT demand
    # A 60 * 30/120 = 15 -> -15; B 60 * 90/120 = 45 -> -45
    out = _areas(run_alg(ALG, dict(params, SOURCE_RADIUS=100))["OUTPUT_AREAS"])
    assert out["A"]["mt_supply"] == pytest.approx(15.0)
    assert out["B"]["mt_supply"] == pytest.approx(45.0)
    assert out["B"]["mt_balance"] == pytest.approx(-45.0)
    # radius 40 m: B (50 m away) is out of reach
    out = _areas(run_alg(ALG, dict(params, SOURCE_RADIUS=40))["OUTPUT_AREAS"])
    assert out["B"]["mt_supply"] == pytest.approx(0.0)
    assert res_crs(out["A"]) == "GJ"


def res_crs(feature):
    return feature["unit"]


def test_bad_sources_are_counted(run_alg, memory_layer, feedback):
    demand = memory_layer(
        "Point",
        "EPSG:28992",
        [("lt", "double")],
        [("POINT (80500 455500)", {"lt": 100.0}), ("POINT (80600 455500)", {"lt": None})],
    )  # empty -> 0, kept
    src = memory_layer(
        "Point",
        "EPSG:28992",
        SRC_FIELDS,
        [
            ("POINT (80300 455300)", {"name": "ok", "heat_gj": 40.0, "temp_class": "LT"}),
            ("POINT (80300 455300)", {"name": "neg", "heat_gj": -5.0, "temp_class": "LT"}),
            ("POINT (80300 455300)", {"name": "null", "heat_gj": None, "temp_class": "LT"}),
            ("POINT (80300 455300)", {"name": "bad class", "heat_gj": 7.0, "temp_class": "warm"}),
            ("POINT (80300 455300)", {"name": "no class", "heat_gj": 9.0, "temp_class": None}),
        ],
    )
    res = run_alg(
        ALG,
        {
            "DEMAND": demand,
            "LT_FIELD": "lt",
            "SOURCES": [src],
            "DEFAULT_CLASS": 2,
            "OUTPUT_TABLE": "memory:",
            "OUTPUT_CHART": "",
        },
        feedback=feedback,
    )
    # used: 40 (ok) + 9 (empty class -> default LT) = 49 -> balance 49 - 100 = -51
    table = _table(res["OUTPUT_TABLE"])
    assert table["LT"]["supply"] == pytest.approx(49.0)
    assert table["LT"]["balance"] == pytest.approx(-51.0)
    assert res["N_SOURCES"] == 2
    text = " ".join(feedback.warnings)
    assert "2 feature(s) skipped: source heat is empty, negative" in text
    assert "1 feature(s) skipped: source class is not HT, MT or LT" in text
    assert "1 empty demand value(s) counted as 0" in text
    assert "1 source(s) with an empty class" in text


def test_implausible_values_are_skipped(run_alg, memory_layer, feedback):
    # bound 1e9 GJ = 1,000 PJ per feature (core.heatbalance.MAX_HEAT_GJ); demand in TJ:
    # 1e6 TJ = 1e9 GJ is still allowed, 2e6 TJ is not; a source of 2e9 GJ is skipped
    demand = memory_layer(
        "Point",
        "EPSG:28992",
        [("lt", "double")],
        [("POINT (80500 455500)", {"lt": 1.0e6}), ("POINT (80600 455500)", {"lt": 2.0e6})],
    )
    src = memory_layer(
        "Point",
        "EPSG:28992",
        SRC_FIELDS,
        [
            ("POINT (80300 455300)", {"name": "ok", "heat_gj": 40.0, "temp_class": "LT"}),
            ("POINT (80300 455300)", {"name": "huge", "heat_gj": 2.0e9, "temp_class": "LT"}),
        ],
    )
    res = run_alg(
        ALG,
        {
            "DEMAND": demand,
            "LT_FIELD": "lt",
            "DEMAND_UNIT": 1,
            "SOURCES": [src],
            "OUTPUT_TABLE": "memory:",
            "OUTPUT_CHART": "",
        },
        feedback=feedback,
    )
    # demand 1e6 TJ (the second feature skipped); supply 40 GJ = 0.04 TJ
    table = _table(res["OUTPUT_TABLE"])
    assert table["LT"]["demand"] == pytest.approx(1.0e6)
    assert table["LT"]["supply"] == pytest.approx(0.04)
    text = " ".join(feedback.warnings)
    assert "1 feature(s) skipped: the demand in field 'lt' is implausibly large" in text
    assert "1 feature(s) skipped: source heat is implausibly large" in text


def test_empty_demand_layer_warns(run_alg, memory_layer, feedback):
    demand = memory_layer("Point", "EPSG:28992", [("lt", "double")], [])
    res = run_alg(
        ALG,
        {"DEMAND": demand, "LT_FIELD": "lt", "OUTPUT_TABLE": "memory:", "OUTPUT_CHART": ""},
        feedback=feedback,
    )
    assert res["TOTAL_DEMAND"] == 0
    assert "The demand layer is empty: the demand of every class is 0." in feedback.warnings


def test_clear_errors(run_alg, memory_layer):
    demand = memory_layer(
        "Point",
        "EPSG:28992",
        [("lt", "double"), ("gj", "double")],
        [("POINT (80500 455500)", {"lt": 1.0, "gj": 1.0})],
    )
    no_heat = memory_layer(
        "Point",
        "EPSG:28992",
        [("power_mw", "double")],
        [("POINT (80500 455500)", {"power_mw": 1.0})],
        name="nowarmte",
    )
    plain = memory_layer(
        "Point", "EPSG:28992", [("heat", "double")], [("POINT (80500 455500)", {"heat": 1.0})]
    )
    base = {"DEMAND": demand, "OUTPUT_TABLE": "memory:", "OUTPUT_CHART": ""}
    with pytest.raises(QgsProcessingException, match="No demand fields"):
        run_alg(ALG, base)
    with pytest.raises(QgsProcessingException, match="either"):
        run_alg(ALG, dict(base, LT_FIELD="lt", DEMAND_FIELD="gj", DEMAND_CLASS_FIELD="lt"))
    with pytest.raises(QgsProcessingException, match="nowarmte"):
        run_alg(ALG, dict(base, LT_FIELD="lt", SOURCES=[no_heat]))
    # 'heat' has no unit ending: with the unit 'from the field name' that is an error ...
    with pytest.raises(QgsProcessingException, match="cannot be read"):
        run_alg(ALG, dict(base, LT_FIELD="lt", SOURCES=[plain]))
    # ... and with an explicit unit (TJ) it works: 1 TJ = 1000 GJ against 1 GJ demand
    res = run_alg(ALG, dict(base, LT_FIELD="lt", SOURCES=[plain], SOURCE_UNIT=1))
    assert _table(res["OUTPUT_TABLE"])["LT"]["balance"] == pytest.approx(999.0)


def test_sample_data(run_alg, sample_gpkg, tmp_path):
    def layer(name):
        lyr = QgsVectorLayer(f"{sample_gpkg}|layername={name}", name, "ogr")
        assert lyr.isValid(), name
        return lyr

    res = run_alg(
        ALG,
        {
            "DEMAND": layer("heat_demand_wijken"),
            "HT_FIELD": "ht_tj",
            "MT_FIELD": "mt_tj",
            "LT_FIELD": "lt_tj",
            "DEMAND_UNIT": 1,
            "SOURCES": [layer("residual_heat"), layer("heat_supply_fixed")],
            "OUTPUT_TABLE": "memory:",
            "OUTPUT_AREAS": "memory:",
            "OUTPUT_CHART": str(tmp_path / "c.png"),
        },
    )
    table = _table(res["OUTPUT_TABLE"])
    # the sample spreads the seed's 4.3 / 3.1 / 4.6 PJ (4300 / 3100 / 4600 TJ, +-1 TJ of
    # rounding) over 27 wijken; supply 2 PJ HT = 2000 TJ, 0.5 PJ LT = 500 TJ
    assert table["HT"]["demand"] == pytest.approx(4300.0, abs=1.5)
    assert table["MT"]["demand"] == pytest.approx(3100.0, abs=1.5)
    assert table["LT"]["demand"] == pytest.approx(4600.0, abs=1.5)
    assert table["HT"]["balance"] == pytest.approx(2000.0 - table["HT"]["demand"])
    assert table["LT"]["balance"] == pytest.approx(500.0 - table["LT"]["demand"])
    assert res["N_AREAS"] == 27
    out = _areas(res["OUTPUT_AREAS"])
    # the WarmtelinQ point lies in the Zeeheldenkwartier
    assert out["Zeeheldenkwartier"]["ht_supply"] == pytest.approx(2000.0)
    # the fixed LT supply is shared over all wijken: the area sum equals 500 TJ
    assert sum(f["lt_supply"] for f in out.values()) == pytest.approx(500.0)


def test_qgis_process(qgis_process, sample_gpkg, tmp_path):
    out = qgis_process(
        ALG,
        {
            "DEMAND": f"{sample_gpkg}|layername=heat_demand_wijken",
            "HT_FIELD": "ht_tj",
            "MT_FIELD": "mt_tj",
            "LT_FIELD": "lt_tj",
            "DEMAND_UNIT": 1,
            "SOURCES": [
                f"{sample_gpkg}|layername=residual_heat",
                f"{sample_gpkg}|layername=heat_supply_fixed",
            ],
            "OUTPUT_UNIT": 3,
            "OUTPUT_TABLE": str(tmp_path / "table.csv"),
            "OUTPUT_AREAS": str(tmp_path / "areas.gpkg"),
            "OUTPUT_CHART": str(tmp_path / "chart.png"),
        },
    )
    results = out["results"]
    # PJ: HT 2.0 - 4.3 = -2.3 (demand +-0.0015 PJ of rounding)
    assert results["HT_BALANCE"] == pytest.approx(-2.3, abs=0.002)
    assert results["UNIT"] == "PJ"
    assert (tmp_path / "chart.png").stat().st_size > 5000
    assert "class" in (tmp_path / "table.csv").read_text().splitlines()[0]
    assert (tmp_path / "areas.gpkg").exists()


@pytest.mark.parametrize("radius", [0.0, 600.0])
def test_box_search_and_spatial_index_agree(run_alg, memory_layer, monkeypatch, radius):
    """The numpy search of the area boxes (few sources) and the spatial index (many) give
    the same areas: a grid of areas, demand points and sources on and between borders."""
    from qgis.core import QgsApplication

    from bronnenstrategie.processing.warmtebalans import heatbalance as module

    alg = QgsApplication.processingRegistry().algorithmById(ALG)
    assert isinstance(alg, module.HeatBalance)  # the patched module is the one that runs
    squares = []
    for i in range(4):
        for j in range(3):
            x, y = 80000 + 1000 * i, 455000 + 1000 * j
            squares.append(
                (
                    f"POLYGON (({x} {y}, {x + 1000} {y}, {x + 1000} {y + 1000}, "
                    f"{x} {y + 1000}, {x} {y}))",
                    {"name": f"a{i}{j}"},
                )
            )
    areas = memory_layer("Polygon", "EPSG:28992", [("name", "string")], squares)
    demand = memory_layer(
        "Point",
        "EPSG:28992",
        [("ht", "double"), ("lt", "double")],
        [
            (f"POINT ({80000 + 370 * k} {455000 + 290 * k})", {"ht": 10.0 + k, "lt": 3.0 * k})
            for k in range(11)
        ],
    )
    src = memory_layer(
        "Point",
        "EPSG:28992",
        SRC_FIELDS,
        [
            (
                f"POINT ({80000 + 500 * k} {455000 + 250 * k})",
                {"name": f"s{k}", "heat_gj": 7.0 + k, "temp_class": "HT" if k % 2 else "LT"},
            )
            for k in range(9)
        ],
    )
    params = {
        "DEMAND": demand,
        "HT_FIELD": "ht",
        "LT_FIELD": "lt",
        "SOURCES": [src],
        "AREAS": areas,
        "SOURCE_RADIUS": radius,
        "OUTPUT_TABLE": "memory:",
        "OUTPUT_AREAS": "memory:",
        "OUTPUT_CHART": "",
    }

    def run():
        out = _areas(run_alg(ALG, dict(params))["OUTPUT_AREAS"])
        return {k: f.attributes() for k, f in out.items()}

    by_boxes = run()
    monkeypatch.setattr(module, "BRUTE_QUERIES", 0)
    by_index = run()
    assert len(by_boxes) == 12
    assert sum(f[2] for f in by_boxes.values()) > 0  # ht_supply reached some areas
    assert by_boxes.keys() == by_index.keys()
    for key, values in by_boxes.items():
        assert values == pytest.approx(by_index[key], rel=1e-12), key
