"""bronnenstrategie:quaypotential through processing.run, numbers worked out by hand."""

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
)

ALG = "bronnenstrategie:quaypotential"
X0, Y0 = 81000, 454000  # Laakhaven-ish RD coordinates
QFIELDS = [("name", "string"), ("renov", "int")]
WFIELDS = [("flow", "double")]


def rect(x0, y0, x1, y1):
    return (
        f"POLYGON (({X0 + x0} {Y0 + y0}, {X0 + x1} {Y0 + y0}, {X0 + x1} {Y0 + y1}, "
        f"{X0 + x0} {Y0 + y1}, {X0 + x0} {Y0 + y0}))"
    )


def line(*pts):
    return "LINESTRING ({})".format(", ".join(f"{X0 + x} {Y0 + y}" for x, y in pts))


def basin(memory_layer, width, height, renov=None):
    quays = memory_layer(
        "LineString",
        "EPSG:28992",
        QFIELDS,
        [
            (line((0, 0), (width, 0)), {"name": "south", "renov": renov}),
            (line((0, height), (width, height)), {"name": "north"}),
        ],
    )
    water = memory_layer("Polygon", "EPSG:28992", WFIELDS, [(rect(0, 0, width, height), {})])
    return quays, water


def isnull(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def features(layer):
    return sorted(layer.getFeatures(), key=lambda f: f["seg_id"])


def test_basin_200x100(run_alg, memory_layer):
    # 200 x 100 m basin, quays on both long sides, SEGMENT_LENGTH 100 -> 4 segments; the
    # nearest-segment split is x = 100, y = 50: 100 * 50 = 5,000 m2 each;
    # source 5,000 * 0.5 = 2,500 GJ; delivered 2,500 * 4/3 = 3,333.33; electricity 833.33;
    # homes 3,333.33 / 33 = 101.01; totals 10,000 / 13,333.3 GJ and 404.04 homes
    quays, water = basin(memory_layer, 200, 100, renov=2027)
    res = run_alg(
        ALG,
        {
            "QUAYS": quays,
            "WATER": water,
            "QUAY_ID_FIELD": "name",
            "RENOVATION_YEAR_FIELD": "renov",
            "OUTPUT": "memory:",
            "OUTPUT_CATCHMENT": "memory:",
        },
    )
    segs = features(res["OUTPUT"])
    assert len(segs) == 4 and res["N_SEGMENTS"] == 4
    for f in segs:
        assert f["length_m"] == pytest.approx(100.0)
        assert f["water_area_m2"] == pytest.approx(5000.0, abs=0.1)
        assert f["source_gj"] == pytest.approx(2500.0, abs=0.1)
        assert f["delivered_gj"] == pytest.approx(3333.33, abs=0.01)
        assert f["electricity_gj"] == pytest.approx(833.33, abs=0.01)
        assert f["homes"] == pytest.approx(101.01, abs=0.01)
    assert [f["quay_id"] for f in segs] == ["south", "south", "north", "north"]
    assert [f["renovation_year"] for f in segs][:2] == [2027, 2027]
    assert isnull(segs[2]["renovation_year"]) and isnull(segs[3]["renovation_year"])
    assert res["TOTAL_SOURCE_GJ"] == pytest.approx(10000.0, abs=1)
    assert res["TOTAL_DELIVERED_GJ"] == pytest.approx(13333.3, abs=1)
    assert res["TOTAL_HOMES"] == pytest.approx(404.04, abs=0.01)
    cats = list(res["OUTPUT_CATCHMENT"].getFeatures())
    assert len(cats) == 4
    assert sum(c.geometry().area() for c in cats) == pytest.approx(20000.0, abs=1)
    # no demand layer: demand columns empty, TOTAL_MATCHED_GJ none
    assert res["TOTAL_MATCHED_GJ"] is None


def test_basin_wider_than_twice_reach(run_alg, memory_layer):
    # 200 x 400 basin, MAX_REACH 150: each segment 100 x 150 = 15,000 m2 (7,500 GJ);
    # the middle strip 200 x 100 = 20,000 m2 is unassigned: total 60,000 m2 -> 30,000 GJ
    quays, water = basin(memory_layer, 200, 400)
    res = run_alg(
        ALG, {"QUAYS": quays, "WATER": water, "OUTPUT": "memory:", "OUTPUT_CATCHMENT": "memory:"}
    )
    for f in res["OUTPUT"].getFeatures():
        assert f["water_area_m2"] == pytest.approx(15000.0, rel=1e-4)
    assert res["TOTAL_SOURCE_GJ"] == pytest.approx(30000.0, rel=1e-4)
    union = QgsGeometry.unaryUnion([c.geometry() for c in res["OUTPUT_CATCHMENT"].getFeatures()])
    middle = QgsGeometry.fromWkt(rect(0, 160, 200, 240))
    assert not union.intersects(middle)


def test_area_conservation_irregular(run_alg, memory_layer):
    # irregular harbour with an island; quays along parts of its edge: the assigned areas
    # add up to the water within 150 m of the segments (to 0.5 %)
    water_wkt = ("POLYGON (({p}), ({h}))").format(
        p=", ".join(
            f"{X0 + x} {Y0 + y}"
            for x, y in [
                (0, 0),
                (420, 30),
                (610, -80),
                (700, 250),
                (520, 420),
                (300, 330),
                (90, 460),
                (-60, 200),
                (0, 0),
            ]
        ),
        h=", ".join(
            f"{X0 + x} {Y0 + y}"
            for x, y in [(250, 150), (330, 140), (340, 230), (260, 240), (250, 150)]
        ),
    )
    quays = memory_layer(
        "LineString",
        "EPSG:28992",
        QFIELDS,
        [
            (line((0, 0), (420, 30), (610, -80)), {}),
            (line((520, 420), (300, 330), (90, 460)), {}),
            (line((250, 150), (330, 140), (340, 230)), {}),
        ],
    )
    water = memory_layer("Polygon", "EPSG:28992", WFIELDS, [(water_wkt, {})])
    res = run_alg(
        ALG, {"QUAYS": quays, "WATER": water, "OUTPUT": "memory:", "OUTPUT_CATCHMENT": "memory:"}
    )
    segs = list(res["OUTPUT"].getFeatures())
    reach = QgsGeometry.unaryUnion([f.geometry().buffer(150, 36) for f in segs])
    within = QgsGeometry.fromWkt(water_wkt).intersection(reach).area()
    assigned = sum(f["water_area_m2"] for f in segs)
    assert assigned == pytest.approx(within, rel=0.005)
    # still water: source = area * 0.5
    assert res["TOTAL_SOURCE_GJ"] == pytest.approx(0.5 * assigned, rel=1e-4)
    cats = [c.geometry() for c in res["OUTPUT_CATCHMENT"].getFeatures()]
    assert QgsGeometry.unaryUnion(cats).area() == pytest.approx(
        sum(c.area() for c in cats), rel=1e-5
    )


def test_flowing_water(run_alg, memory_layer):
    # river 1000 x 50 m with 2 m3/s; quay on one bank -> 10 segments of 100 m.
    # body: 2 * 4.18 * 4 = 33.44 MW * 2000 h * 3600 s = 240,768 GJ, shared by area
    # (5,000 m2 each) -> 24,076.8 GJ each. A still pond beside it with its own quay of 100 m:
    # 100 x 40 = 4,000 m2 * 0.5 = 2,000 GJ
    quays = memory_layer(
        "LineString",
        "EPSG:28992",
        QFIELDS,
        [
            (line((0, 0), (1000, 0)), {"name": "river"}),
            (line((0, 500), (100, 500)), {"name": "pond"}),
        ],
    )
    water = memory_layer(
        "Polygon",
        "EPSG:28992",
        WFIELDS,
        [
            (rect(0, 0, 1000, 50), {"flow": 2.0}),
            (rect(0, 500, 100, 540), {}),
        ],
    )
    res = run_alg(
        ALG,
        {
            "QUAYS": quays,
            "WATER": water,
            "FLOW_FIELD": "flow",
            "QUAY_ID_FIELD": "name",
            "OUTPUT": "memory:",
        },
    )
    by_quay = {}
    for f in res["OUTPUT"].getFeatures():
        by_quay.setdefault(f["quay_id"], []).append(f["source_gj"])
    assert by_quay["river"] == pytest.approx([24076.8] * 10, abs=0.1)
    assert by_quay["pond"] == pytest.approx([2000.0], abs=0.1)
    assert res["TOTAL_SOURCE_GJ"] == pytest.approx(242768.0, abs=1)


def test_quay_polygon(run_alg, memory_layer):
    # a 1 m thick quay wall polygon (BGT kademuur) south of a 200 x 100 basin: only its
    # north edge (200 m, on the water) is used -> 2 segments of 100 m, each 100 x 100 =
    # 10,000 m2 -> 5,000 GJ
    quays = memory_layer(
        "Polygon", "EPSG:28992", QFIELDS, [(rect(0, -1, 200, 0), {"name": "kademuur"})]
    )
    water = memory_layer("Polygon", "EPSG:28992", WFIELDS, [(rect(0, 0, 200, 100), {})])
    res = run_alg(ALG, {"QUAYS": quays, "WATER": water, "OUTPUT": "memory:"})
    segs = list(res["OUTPUT"].getFeatures())
    assert len(segs) == 2
    for f in segs:
        assert f["length_m"] == pytest.approx(100.0)
        assert f["source_gj"] == pytest.approx(5000.0, abs=0.1)
        assert f.geometry().boundingBox().yMaximum() == pytest.approx(Y0)


def test_quays_touching_no_water(run_alg, memory_layer, feedback):
    # a quay line 1 km from the water and a quay polygon touching none: zero, not an error
    quays = memory_layer(
        "LineString", "EPSG:28992", QFIELDS, [(line((1000, 0), (1100, 0)), {"name": "far"})]
    )
    water = memory_layer("Polygon", "EPSG:28992", WFIELDS, [(rect(0, 0, 100, 100), {})])
    res = run_alg(ALG, {"QUAYS": quays, "WATER": water, "OUTPUT": "memory:"})
    assert res["TOTAL_SOURCE_GJ"] == 0
    assert [f["source_gj"] for f in res["OUTPUT"].getFeatures()] == [0.0]
    polys = memory_layer(
        "Polygon", "EPSG:28992", QFIELDS, [(rect(2000, 0, 2100, 2), {"name": "dry"})]
    )
    res = run_alg(ALG, {"QUAYS": polys, "WATER": water, "OUTPUT": "memory:"}, feedback=feedback)
    assert res["TOTAL_SOURCE_GJ"] == 0
    assert any("1 quay polygon(s) touch no water" in w for w in feedback.warnings)


def test_demand_and_rank(run_alg, memory_layer):
    # basin 200 x 100: 4 segments delivering 3,333.33 GJ. Demand block of 1,000 GJ at
    # (50, -200): distances to the south segments 200 and sqrt(50^2+200^2) = 206 m, to the
    # north ones 300 and 304 m: all within 500 -> demand_gj 1,000 each, matched 1,000 each;
    # shared equally (equal delivered): 250 each -> TOTAL_MATCHED 1,000 (not 4,000).
    # Block of 5,000 GJ at (150, 700): 600 m from the north-east segment -> nobody.
    # Block of 10 homes (330 GJ) at (150, 450): 350 m from the north-east segment,
    # sqrt(50^2+350^2) = 353.6 from north-west, 450 / 453 from the south ones: near all ->
    # demand 1,330 each; shares 332.5 each. Total demand 1,330 (each block once).
    quays, water = basin(memory_layer, 200, 100)
    demand = memory_layer(
        "Point",
        "EPSG:28992",
        [("gj", "double"), ("homes", "double")],
        [
            (f"POINT ({X0 + 50} {Y0 - 200})", {"gj": 1000.0}),
            (f"POINT ({X0 + 150} {Y0 + 700})", {"gj": 5000.0}),
            (f"POINT ({X0 + 150} {Y0 + 450})", {"homes": 10.0}),
        ],
    )
    res = run_alg(
        ALG,
        {
            "QUAYS": quays,
            "WATER": water,
            "DEMAND": demand,
            "DEMAND_FIELD": "gj",
            "OUTPUT": "memory:",
        },
    )
    # with only the GJ field the homes block has no demand (skipped): 1,000 each
    for f in res["OUTPUT"].getFeatures():
        assert f["demand_gj"] == pytest.approx(1000.0)
        assert f["matched_gj"] == pytest.approx(1000.0)
        assert f["matched_share_gj"] == pytest.approx(250.0)
    assert res["TOTAL_MATCHED_GJ"] == pytest.approx(1000.0)
    assert res["TOTAL_DEMAND_GJ"] == pytest.approx(1000.0)
    res = run_alg(
        ALG,
        {
            "QUAYS": quays,
            "WATER": water,
            "DEMAND": demand,
            "HOMES_FIELD": "homes",
            "OUTPUT": "memory:",
        },
    )
    for f in res["OUTPUT"].getFeatures():
        assert f["demand_gj"] == pytest.approx(330.0)
    # ranks are 1..4, by matched (all 330) then delivered (all equal) then order
    assert sorted(f["rank"] for f in res["OUTPUT"].getFeatures()) == [1, 2, 3, 4]


def test_rank_prefers_matched_heat(run_alg, memory_layer):
    # two basins: A 200 x 100 (4 segments of 3,333 GJ delivered) with a 2,000 GJ block
    # near A only; B 200 x 100 at 3 km without demand -> A's segments take ranks 1-4
    quays = memory_layer(
        "LineString",
        "EPSG:28992",
        QFIELDS,
        [
            (line((0, 0), (200, 0)), {"name": "A"}),
            (line((0, 100), (200, 100)), {"name": "A"}),
            (line((3000, 0), (3200, 0)), {"name": "B"}),
            (line((3000, 100), (3200, 100)), {"name": "B"}),
        ],
    )
    water = memory_layer(
        "Polygon",
        "EPSG:28992",
        WFIELDS,
        [(rect(0, 0, 200, 100), {}), (rect(3000, 0, 3200, 100), {})],
    )
    demand = memory_layer(
        "Point",
        "EPSG:28992",
        [("gj", "double")],
        [(f"POINT ({X0 + 100} {Y0 + 50})", {"gj": 2000.0})],
    )
    res = run_alg(
        ALG,
        {
            "QUAYS": quays,
            "WATER": water,
            "DEMAND": demand,
            "DEMAND_FIELD": "gj",
            "QUAY_ID_FIELD": "name",
            "OUTPUT": "memory:",
        },
    )
    ranks = {f["rank"]: f["quay_id"] for f in res["OUTPUT"].getFeatures()}
    assert [ranks[r] for r in (1, 2, 3, 4)] == ["A"] * 4
    assert [ranks[r] for r in (5, 6, 7, 8)] == ["B"] * 4


def test_empty_demand(run_alg, memory_layer):
    quays, water = basin(memory_layer, 200, 100)
    demand = memory_layer("Point", "EPSG:28992", [("gj", "double")], [])
    res = run_alg(
        ALG,
        {
            "QUAYS": quays,
            "WATER": water,
            "DEMAND": demand,
            "DEMAND_FIELD": "gj",
            "OUTPUT": "memory:",
        },
    )
    assert res["TOTAL_MATCHED_GJ"] == 0
    assert res["TOTAL_DEMAND_GJ"] == 0
    assert all(f["demand_gj"] == 0 for f in res["OUTPUT"].getFeatures())
    # the 4 x 2,500 GJ source is unchanged
    assert res["TOTAL_SOURCE_GJ"] == pytest.approx(10000.0, abs=1)


def test_demand_without_field_is_an_error(run_alg, memory_layer):
    quays, water = basin(memory_layer, 200, 100)
    demand = memory_layer("Point", "EPSG:28992", [("gj", "double")], [])
    with pytest.raises(QgsProcessingException, match="demand field"):
        run_alg(ALG, {"QUAYS": quays, "WATER": water, "DEMAND": demand, "OUTPUT": "memory:"})


def test_geographic_crs(run_alg, memory_layer):
    # the 200 x 100 basin given in EPSG:4326: computed in RD, same 4 x 5,000 m2 (to 0.1 %:
    # the RD -> WGS84 -> RD round trip of straight edges)
    rd = QgsCoordinateReferenceSystem("EPSG:28992")
    wgs = QgsCoordinateReferenceSystem("EPSG:4326")
    tr = QgsCoordinateTransform(rd, wgs, QgsProject.instance())

    def to_wgs(wkt):
        g = QgsGeometry.fromWkt(wkt)
        g.transform(tr)
        return g.asWkt(9)

    quays = memory_layer(
        "LineString",
        "EPSG:4326",
        QFIELDS,
        [(to_wgs(line((0, 0), (200, 0))), {}), (to_wgs(line((0, 100), (200, 100))), {})],
    )
    water = memory_layer("Polygon", "EPSG:4326", WFIELDS, [(to_wgs(rect(0, 0, 200, 100)), {})])
    res = run_alg(ALG, {"QUAYS": quays, "WATER": water, "OUTPUT": "memory:"})
    assert res["OUTPUT"].crs().authid() == "EPSG:4326"
    areas = [f["water_area_m2"] for f in res["OUTPUT"].getFeatures()]
    assert areas == pytest.approx([5000.0] * 4, rel=1e-3)


def test_empty_quays_is_an_error(run_alg, memory_layer):
    quays = memory_layer("LineString", "EPSG:28992", QFIELDS, [])
    water = memory_layer("Polygon", "EPSG:28992", WFIELDS, [(rect(0, 0, 100, 100), {})])
    with pytest.raises(QgsProcessingException, match="no usable"):
        run_alg(ALG, {"QUAYS": quays, "WATER": water, "OUTPUT": "memory:"})


def test_sample_data(run_alg, sample_gpkg):
    from qgis.core import QgsVectorLayer

    def layer(name):
        return QgsVectorLayer(f"{sample_gpkg}|layername={name}", name, "ogr")

    res = run_alg(
        ALG,
        {
            "QUAYS": layer("aquathermie_quays"),
            "QUAY_ID_FIELD": "quay_id",
            "RENOVATION_YEAR_FIELD": "renovation_year",
            "WATER": layer("aquathermie_water"),
            "FLOW_FIELD": "flow_m3s",
            "DEMAND": layer("aquathermie_demand"),
            "DEMAND_FIELD": "demand_gj",
            "OUTPUT": "memory:",
            "OUTPUT_CATCHMENT": "memory:",
        },
    )
    segs = list(res["OUTPUT"].getFeatures())
    assert res["N_SEGMENTS"] == len(segs) > 50
    # delivered = source * 4/3 for every segment and in total
    assert res["TOTAL_DELIVERED_GJ"] == pytest.approx(res["TOTAL_SOURCE_GJ"] * 4 / 3, rel=1e-9)
    # no demand counted twice: matched <= delivered and <= the demand counted once
    assert res["TOTAL_MATCHED_GJ"] <= res["TOTAL_DELIVERED_GJ"] + 1e-6
    assert res["TOTAL_MATCHED_GJ"] <= res["TOTAL_DEMAND_GJ"] + 1e-6
    # the Haagse Trekvliet carries 0.3 m3/s: 0.3 * 4.18 * 4 * 2000 * 3600 / 1000 = 36,115.2
    # GJ, shared over the segments that reach it; they are the only flowing-water source, so
    # the total source is that plus 0.5 GJ/m2 on the still water assigned
    still = sum(c["water_area_m2"] for c in res["OUTPUT_CATCHMENT"].getFeatures()) * 0.5
    assert res["TOTAL_SOURCE_GJ"] > 36115.2
    assert res["TOTAL_SOURCE_GJ"] < 36115.2 + still
    years = {f["renovation_year"] for f in segs if f["quay_id"] == "Laakhaven-West-N1"}
    assert years == {2027}
    assert sorted(f["rank"] for f in segs) == list(range(1, len(segs) + 1))


def test_bad_flows_are_still_water_with_counted_warnings(run_alg, memory_layer, feedback):
    # Four separate 100 x 40 m basins, each with a 100 m quay on its south side (reach
    # 150 m covers each basin, and the basins lie 500 m apart): 4,000 m2 * 0.5 GJ/m2 =
    # 2,000 GJ each when treated as still water. Flows of 1e15 m3/s (> 1e4), -5 and "veel"
    # (text, in a text field) are not used: still water, one counted warning each. The
    # flow "2" (text that is a number) is used: 2 * 4.18 * 4 * 2000 * 3600 / 1000 =
    # 240,768 GJ. Total 3 * 2,000 + 240,768 = 246,768 GJ.
    quays = memory_layer(
        "LineString",
        "EPSG:28992",
        QFIELDS,
        [(line((500 * k, 0), (500 * k + 100, 0)), {"name": str(k)}) for k in range(4)],
    )
    water = memory_layer(
        "Polygon",
        "EPSG:28992",
        [("flow", "string")],
        [
            (rect(0, 0, 100, 40), {"flow": "1e15"}),
            (rect(500, 0, 600, 40), {"flow": "-5"}),
            (rect(1000, 0, 1100, 40), {"flow": "veel"}),
            (rect(1500, 0, 1600, 40), {"flow": "2"}),
        ],
    )
    res = run_alg(
        ALG,
        {
            "QUAYS": quays,
            "WATER": water,
            "FLOW_FIELD": "flow",
            "QUAY_ID_FIELD": "name",
            "OUTPUT": "memory:",
        },
        feedback=feedback,
    )
    by_quay = {f["quay_id"]: f["source_gj"] for f in res["OUTPUT"].getFeatures()}
    assert by_quay == pytest.approx({"0": 2000.0, "1": 2000.0, "2": 2000.0, "3": 240768.0}, abs=0.1)
    assert res["TOTAL_SOURCE_GJ"] == pytest.approx(246768.0, abs=1)
    text = "\n".join(feedback.warnings)
    assert "1 water polygon(s) with a flow above 10,000 m³/s" in text
    assert "1 water polygon(s) with a negative flow" in text
    assert "1 water polygon(s) with text in the flow field" in text


def test_water_temperature_field_limits_flowing_water(run_alg, memory_layer, feedback):
    # Four 100 x 40 m canals of 1 m3/s, each with a 100 m quay, 500 m apart.
    # dT = clip(T_w - 1, 0, 4): 3 C -> 2 K -> 1 * 4.18 * 2 * 2000 * 3600 / 1000 = 60,192 GJ;
    # empty -> the parameter 4 C -> 3 K -> 90,288 GJ; "koud" (text) and 60 C (> 40 C) are
    # not used: the parameter as well, with a counted warning each -> 90,288 GJ.
    quays = memory_layer(
        "LineString",
        "EPSG:28992",
        QFIELDS,
        [(line((500 * k, 0), (500 * k + 100, 0)), {"name": str(k)}) for k in range(4)],
    )
    water = memory_layer(
        "Polygon",
        "EPSG:28992",
        [("flow", "double"), ("temp", "string")],
        [
            (rect(0, 0, 100, 40), {"flow": 1.0, "temp": "3"}),
            (rect(500, 0, 600, 40), {"flow": 1.0}),
            (rect(1000, 0, 1100, 40), {"flow": 1.0, "temp": "koud"}),
            (rect(1500, 0, 1600, 40), {"flow": 1.0, "temp": "60"}),
        ],
    )
    res = run_alg(
        ALG,
        {
            "QUAYS": quays,
            "WATER": water,
            "FLOW_FIELD": "flow",
            "WATER_TEMP_FIELD": "temp",
            "WATER_TEMPERATURE": 4.0,
            "QUAY_ID_FIELD": "name",
            "OUTPUT": "memory:",
        },
        feedback=feedback,
    )
    by_quay = {f["quay_id"]: f["source_gj"] for f in res["OUTPUT"].getFeatures()}
    assert by_quay == pytest.approx(
        {"0": 60192.0, "1": 90288.0, "2": 90288.0, "3": 90288.0}, abs=0.1
    )
    text = "\n".join(feedback.warnings)
    assert "1 water polygon(s) with text in the water temperature field" in text
    assert "1 water polygon(s) with a water temperature above 40 °C" in text


def test_water_without_geometry_is_counted(run_alg, memory_layer, feedback):
    # 200 x 100 basin, quays on both long sides: 20,000 m2 * 0.5 = 10,000 GJ; the polygon
    # without a geometry is skipped with a counted warning
    quays, _ = basin(memory_layer, 200, 100)
    water = memory_layer(
        "Polygon", "EPSG:28992", WFIELDS, [(rect(0, 0, 200, 100), {}), (None, {"flow": 1.0})]
    )
    res = run_alg(ALG, {"QUAYS": quays, "WATER": water, "OUTPUT": "memory:"}, feedback=feedback)
    assert res["TOTAL_SOURCE_GJ"] == pytest.approx(10000.0, rel=1e-6)
    assert any(
        "1 feature(s) skipped: water polygon without a usable geometry" in w
        for w in feedback.warnings
    )


def test_curved_water_from_a_geopackage(run_alg, memory_layer, tmp_path):
    # the 200 x 100 basin as a CurvePolygon (straight rings) in a GeoPackage: the same
    # 20,000 m2 * 0.5 = 10,000 GJ
    from qgis.core import QgsVectorFileWriter, QgsVectorLayer, QgsWkbTypes

    quays, _ = basin(memory_layer, 200, 100)
    curved = memory_layer(
        "CurvePolygon",
        "EPSG:28992",
        WFIELDS,
        [(rect(0, 0, 200, 100).replace("POLYGON", "CURVEPOLYGON"), {})],
    )
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "water"
    path = str(tmp_path / "curved.gpkg")
    err = QgsVectorFileWriter.writeAsVectorFormatV2(
        curved, path, QgsProject.instance().transformContext(), options
    )
    assert err[0] == QgsVectorFileWriter.NoError, err
    water = QgsVectorLayer(path + "|layername=water", "water", "ogr")
    assert QgsWkbTypes.flatType(water.wkbType()) == QgsWkbTypes.CurvePolygon
    res = run_alg(ALG, {"QUAYS": quays, "WATER": water, "OUTPUT": "memory:"})
    assert res["TOTAL_SOURCE_GJ"] == pytest.approx(10000.0, rel=1e-6)


def test_demand_without_field_is_refused_before_the_run(memory_layer):
    from qgis.core import QgsProcessingContext

    from bronnenstrategie.processing.aquathermie.quaypotential import QuayPotential

    quays, water = basin(memory_layer, 200, 100)
    demand = memory_layer("Point", "EPSG:28992", [("gj", "double")], [])
    alg = QuayPotential()
    alg.initAlgorithm()
    context = QgsProcessingContext()
    params = {"QUAYS": quays, "WATER": water, "DEMAND": demand, "OUTPUT": "memory:"}
    ok, message = alg.checkParameterValues(params, context)
    assert not ok and "demand field" in message
    ok, message = alg.checkParameterValues(dict(params, HOMES_FIELD="gj"), context)
    assert ok, message
    ok, message = alg.checkParameterValues(
        {"QUAYS": quays, "WATER": water, "OUTPUT": "memory:"}, context
    )
    assert ok, message
