"""bronnenstrategie:interferenceareas through processing.run, numbers worked out by hand.

Test block: 10 wells of 50,000 m3 (5 systems, one warm and one cold well each) on a circle of
8 m around (80125, 455125), the centre of the grid cell [80000, 80250] x [455000, 455250]
(cells are aligned to multiples of the 250 m cell size). With a 400 m window every cell
whose centre is within 400 - 8 m holds all 10 wells: the 3 x 3 cells around it (centre
distances 0, 250 and 353.6 m); the next ring (500 m and more) holds none. So:
    window area = pi x 400^2 = 502,654.8 m2 = 0.502655 km2
    density = 10 / 0.502655 = 19.894 wells/km2          (>= 10: candidate)
    usage = 10 x 50,000 / (502,654.8 x 0.30 x 40) = 500,000 / 6,031,858 = 0.082893
The 3 x 3 cells merge into a square [79750, 80500] x [454750, 455500]: 750 x 750 m = 56.25 ha;
over the area: density 10 / 0.5625 = 17.778, usage 500,000 / (562,500 x 0.3 x 40) = 0.074074.
"""

import math

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
)

ALG = "bronnenstrategie:interferenceareas"
FIELDS = [("system", "string"), ("temp", "string"), ("vol", "double")]


def _block_rows():
    rows = []
    for k in range(10):
        a = math.radians(36 * k)
        rows.append(
            (
                f"POINT ({80125 + 8 * math.cos(a)!r} {455125 + 8 * math.sin(a)!r})",
                {"system": f"S{k // 2}", "temp": ("warm", "koud")[k % 2], "vol": 50000.0},
            )
        )
    # a lone doublet 3 km east: 2 wells -> 2 / 0.502655 = 3.98 wells/km2 and
    # 100,000 / 6,031,858 = 0.0166 aquifer use: never a candidate
    rows.append(("POINT (83125 455125)", {"system": "L", "temp": "warm", "vol": 50000.0}))
    rows.append(("POINT (83200 455125)", {"system": "L", "temp": "koud", "vol": 50000.0}))
    return rows


# the aquifers list empty: one aquifer of 40 m for all wells (these wells have no depth)
PARAMS = {
    "VOLUME_FIELD": "vol",
    "SYSTEM_FIELD": "system",
    "TEMPERATURE_FIELD": "temp",
    "CELL_SIZE": 250.0,
    "WINDOW_RADIUS": 400.0,
    "AQUIFERS": "",
    "OUTPUT": "memory:",
}


def test_block_by_hand(run_alg, memory_layer):
    layer = memory_layer("Point", "EPSG:28992", FIELDS, _block_rows())
    res = run_alg(ALG, dict(PARAMS, INPUT=layer, OUTPUT_GRID="memory:"))
    assert res["N_AREAS"] == 1
    area = next(res["OUTPUT"].getFeatures())
    assert area.geometry().boundingBox().toString(0) == "79750,454750 : 80500,455500"
    assert area["area_ha"] == pytest.approx(56.25, rel=1e-3)
    assert area["n_wells"] == 10 and area["n_systems"] == 5
    assert area["density_km2"] == pytest.approx(17.778, abs=0.01)
    assert area["usage_fraction"] == pytest.approx(0.074074, abs=1e-4)
    # 10 wells within 16 m of each other: all C(10,2) = 45 pairs conflict (5 warm-cold of
    # one system, 40 of different systems closer than 48.7 / 73.1 m)
    assert area["n_conflicts"] == 45
    assert area["criteria"] == "density,usage"
    cells = {
        (
            round(f.geometry().centroid().asPoint().x()),
            round(f.geometry().centroid().asPoint().y()),
        ): f
        for f in res["OUTPUT_GRID"].getFeatures()
    }
    centre = cells[(80125, 455125)]
    assert centre["n_wells"] == 10
    assert centre["density_km2"] == pytest.approx(19.894, abs=0.001)
    assert centre["usage_fraction"] == pytest.approx(0.082893, abs=1e-5)
    assert centre["candidate"] == 1
    # the lone doublet's cell: counted in the grid, but not a candidate
    lone = cells[(83125, 455125)]
    assert lone["n_wells"] == 2 and lone["candidate"] == 0
    assert lone["usage_fraction"] == pytest.approx(0.01658, abs=1e-5)
    assert sum(f["candidate"] for f in cells.values()) == 9


def test_rule_all_and_thresholds(run_alg, memory_layer):
    layer = memory_layer("Point", "EPSG:28992", FIELDS, _block_rows())
    # usage 0.0829 < 0.1 and rule all -> nothing
    res = run_alg(ALG, dict(PARAMS, INPUT=layer, MIN_USAGE=0.1, CRITERIA=1))
    assert res["N_AREAS"] == 0
    # usage off, conflicts >= 45 required and present in the 9 cells -> one area
    res = run_alg(
        ALG, dict(PARAMS, INPUT=layer, MIN_USAGE=0.0, MIN_WELL_DENSITY=0.0, MIN_CONFLICTS=45)
    )
    assert res["N_AREAS"] == 1
    assert next(res["OUTPUT"].getFeatures())["criteria"] == "conflicts"
    # minimum area above 56.25 ha drops it
    res = run_alg(ALG, dict(PARAMS, INPUT=layer, MIN_AREA=60.0))
    assert res["N_AREAS"] == 0


def test_study_area_clip_in_other_crs(run_alg, memory_layer):
    layer = memory_layer("Point", "EPSG:28992", FIELDS, _block_rows())
    # study area [79750, 80125] x [454750, 455250] = 375 x 500 m = 18.75 ha, inside the
    # block; the wells west of x = 80125 are those at 108, 144, 180, 216, 252 deg: 5 wells
    tr = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:28992"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    ring = [
        tr.transform(QgsPointXY(x, y))
        for x, y in (
            (79750, 454750),
            (80125, 454750),
            (80125, 455250),
            (79750, 455250),
            (79750, 454750),
        )
    ]
    wkt = QgsGeometry.fromPolygonXY([ring]).asWkt(12)
    study = memory_layer("Polygon", "EPSG:4326", [("name", "string")], [(wkt, {"name": "s"})])
    res = run_alg(ALG, dict(PARAMS, INPUT=layer, STUDY_AREA=study, MIN_AREA=1.0))
    assert res["N_AREAS"] == 1
    area = next(res["OUTPUT"].getFeatures())
    assert area["area_ha"] == pytest.approx(18.75, rel=1e-3)
    assert area["n_wells"] == 5


def test_bad_input(run_alg, memory_layer):
    empty = memory_layer("Point", "EPSG:28992", FIELDS, [])
    with pytest.raises(QgsProcessingException, match="No well could be read"):
        run_alg(ALG, dict(PARAMS, INPUT=empty))
    layer = memory_layer("Point", "EPSG:28992", FIELDS, _block_rows())
    with pytest.raises(QgsProcessingException, match="needs the system id field"):
        run_alg(
            ALG, {"INPUT": layer, "VOLUME_FIELD": "vol", "MIN_CONFLICTS": 3, "OUTPUT": "memory:"}
        )
    with pytest.raises(QgsProcessingException, match="Every criterion is switched off"):
        run_alg(ALG, dict(PARAMS, INPUT=layer, MIN_USAGE=0.0, MIN_WELL_DENSITY=0.0))


def test_sample_centre_and_binckhorst_are_candidates(run_alg, sample_gpkg):
    from qgis_fixtures import sample_layer

    params = {
        "INPUT": sample_layer("wko_wells"),
        "VOLUME_FIELD": "volume_m3",
        "SYSTEM_FIELD": "system_id",
        "TEMPERATURE_FIELD": "temperature",
        "SCREEN_TOP_FIELD": "screen_top",
        "SCREEN_BOTTOM_FIELD": "screen_bottom",
        "STUDY_AREA": sample_layer("bodemenergie_study_area"),
        "OUTPUT": "memory:",
    }
    res = run_alg("bronnenstrategie:interferenceareas", params)
    areas = [f.geometry() for f in res["OUTPUT"].getFeatures()]
    # the centre (around RD 81150, 455050) and the Binckhorst (around 82850, 454350)
    for x, y in ((81150, 455050), (82850, 454350)):
        point = QgsGeometry.fromPointXY(QgsPointXY(x, y))
        assert any(a.contains(point) for a in areas), (x, y)
    # with the defaults the two lie 450 m apart and merge into one area; on aquifer use
    # alone (>= 10 %) they come out as separate areas
    res = run_alg(ALG, dict(params, MIN_WELL_DENSITY=0.0, MIN_USAGE=0.1))
    areas = [f.geometry() for f in res["OUTPUT"].getFeatures()]
    hits = [
        [k for k, a in enumerate(areas) if a.contains(QgsGeometry.fromPointXY(QgsPointXY(x, y)))]
        for x, y in ((81150, 455050), (82850, 454350))
    ]
    assert len(hits[0]) == 1 and len(hits[1]) == 1 and hits[0] != hits[1]


def test_use_per_aquifer_by_hand(run_alg, memory_layer, feedback):
    # The block of _block_rows (10 wells on a circle of 8 m, systems S0..S4, even k warm,
    # odd k koud), now with screens in two aquifers A 20-40 m (H 20) and B 60-120 m (H 60):
    # wells 0-4: 25-35 m (in A), 50,000 m3; wells 5-8: 70-110 m (in B), 50,000 m3;
    # well 9: 30-80 m, 60,000 m3: 10 m in A and 20 m in B -> 1/3 (20,000) and 2/3 (40,000).
    # Centre cell, window 400 m: area 502,654.8 m2 (0.5026548 km2):
    #   A: 5 x 50,000 + 20,000 = 270,000 m3 -> 270,000 / (502,654.8 x 0.3 x 20) = 0.089525
    #   B: 4 x 50,000 + 40,000 = 240,000 m3 -> 240,000 / (502,654.8 x 0.3 x 60) = 0.026526
    #   wells A: 6 -> 11.937 per km2, B: 5 -> 9.947 per km2; busiest: A.
    # Conflicts only within one aquifer: all 15 pairs of {0-4, 9} (in A: R_th of a 10 m
    # screen is 48.7 m, every pair within 16 m conflicts) and all 10 of {5-8, 9} (in B);
    # the 5 x 4 = 20 pairs between 0-4 and 5-8 are in different aquifers: 25 conflicts.
    # The 3 x 3 cells merge into 750 x 750 m = 56.25 ha as in test_block_by_hand:
    #   A: 270,000 / (562,500 x 0.3 x 20) = 0.08; B: 240,000 / (562,500 x 0.3 x 60) = 0.023704
    #   density A 6 / 0.5625 = 10.667, B 5 / 0.5625 = 8.889 per km2.
    rows = []
    for k, (wkt, attrs) in enumerate(_block_rows()[:10]):
        top, bottom = (25.0, 35.0) if k < 5 else (70.0, 110.0) if k < 9 else (30.0, 80.0)
        rows.append((wkt, dict(attrs, top=top, bottom=bottom, vol=60000.0 if k == 9 else 50000.0)))
    layer = memory_layer(
        "Point", "EPSG:28992", FIELDS + [("top", "double"), ("bottom", "double")], rows
    )
    res = run_alg(
        ALG,
        dict(
            PARAMS,
            INPUT=layer,
            AQUIFERS="A:20-40;B:60-120",
            SCREEN_TOP_FIELD="top",
            SCREEN_BOTTOM_FIELD="bottom",
            OUTPUT_GRID="memory:",
        ),
        feedback=feedback,
    )
    assert any(
        "20 pair(s) within the required distance are in different aquifers" in m
        for m in feedback.infos
    )
    cells = {
        (
            round(f.geometry().centroid().asPoint().x()),
            round(f.geometry().centroid().asPoint().y()),
        ): f
        for f in res["OUTPUT_GRID"].getFeatures()
    }
    centre = cells[(80125, 455125)]
    assert centre["usage_a"] == pytest.approx(0.089525, abs=1e-5)
    assert centre["usage_b"] == pytest.approx(0.026526, abs=1e-5)
    assert centre["usage_fraction"] == pytest.approx(0.089525, abs=1e-5)
    assert centre["busiest_aquifer"] == "A"
    assert centre["density_a"] == pytest.approx(11.937, abs=1e-3)
    assert centre["density_b"] == pytest.approx(9.947, abs=1e-3)
    assert centre["density_km2"] == pytest.approx(11.937, abs=1e-3)
    assert (centre["n_conflicts"], centre["conflicts_a"], centre["conflicts_b"]) == (25, 15, 10)
    assert res["N_AREAS"] == 1
    area = next(res["OUTPUT"].getFeatures())
    assert area["area_ha"] == pytest.approx(56.25, rel=1e-3)
    assert area["usage_a"] == pytest.approx(0.08, abs=1e-5)
    assert area["usage_b"] == pytest.approx(0.023704, abs=1e-5)
    assert area["density_a"] == pytest.approx(10.667, abs=1e-3)
    assert area["density_b"] == pytest.approx(8.889, abs=1e-3)
    assert area["busiest_aquifer"] == "A" and area["n_wells"] == 10
    assert (area["conflicts_a"], area["conflicts_b"]) == (15, 10)
    assert area["criteria"] == "density,usage"


def test_aquifers_parameter_errors_and_warnings(run_alg, memory_layer, feedback):
    layer = memory_layer("Point", "EPSG:28992", FIELDS, _block_rows())
    with pytest.raises(QgsProcessingException, match="Aquifers: aquifer 'A 20-40'"):
        run_alg(ALG, dict(PARAMS, INPUT=layer, AQUIFERS="A 20-40"))
    # the default aquifers and wells without depth: counted in every aquifer, with a
    # warning; the first aquifer (18-60 m, 42 m thick) is the busiest: centre cell
    # 500,000 / (502,654.8 x 0.3 x 42) = 0.078946
    res = run_alg(
        ALG, dict(PARAMS, INPUT=layer, AQUIFERS=None, OUTPUT_GRID="memory:"), feedback=feedback
    )
    assert any("12 well(s) without a screen depth" in w for w in feedback.warnings)
    centre = [
        f
        for f in res["OUTPUT_GRID"].getFeatures()
        if f.geometry().centroid().asPoint().x() == pytest.approx(80125)
        and f.geometry().centroid().asPoint().y() == pytest.approx(455125)
    ][0]
    assert centre["usage_1e_watervoerend_pakket"] == pytest.approx(0.078946, abs=1e-5)
    assert centre["busiest_aquifer"] == "1e watervoerend pakket"


def test_aquifer_codes_and_screens_outside_the_aquifers(run_alg, memory_layer, feedback):
    # the block with codes: wells 0-4 code '1' (the 1st aquifer, 18-60 m, H 42), wells 5-8
    # code 'PZWA' (names no aquifer: their screen 70-110 m puts them in the 2nd, 70-150 m,
    # H 80), well 9 no code and a screen of 61-69 m (in the clay between the two: in none).
    # Centre cell (window 400 m, 502,654.8 m2): 1st 5 x 50,000 = 250,000 m3 ->
    # 250,000 / (502,654.8 x 0.3 x 42) = 0.039474; 2nd 4 x 50,000 = 200,000 m3 ->
    # 200,000 / (502,654.8 x 0.3 x 80) = 0.016579
    rows = []
    for k, (wkt, attrs) in enumerate(_block_rows()[:10]):
        top, bottom, code = (
            (25.0, 35.0, "1") if k < 5 else (70.0, 110.0, "PZWA") if k < 9 else (61.0, 69.0, None)
        )
        rows.append((wkt, dict(attrs, top=top, bottom=bottom, aquifer=code)))
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS + [("top", "double"), ("bottom", "double"), ("aquifer", "string")],
        rows,
    )
    res = run_alg(
        ALG,
        dict(
            PARAMS,
            INPUT=layer,
            AQUIFERS=None,
            SCREEN_TOP_FIELD="top",
            SCREEN_BOTTOM_FIELD="bottom",
            OUTPUT_GRID="memory:",
        ),
        feedback=feedback,
    )
    assert any("1 well(s) have a screen in none of the aquifers" in w for w in feedback.warnings)
    assert any(
        "name none of the aquifers (the screen depth is used instead): pzwa" in w
        for w in feedback.warnings
    )
    centre = [
        f
        for f in res["OUTPUT_GRID"].getFeatures()
        if f.geometry().centroid().asPoint().x() == pytest.approx(80125)
        and f.geometry().centroid().asPoint().y() == pytest.approx(455125)
    ][0]
    assert centre["usage_1e_watervoerend_pakket"] == pytest.approx(0.039474, abs=1e-5)
    assert centre["usage_2e_watervoerend_pakket"] == pytest.approx(0.016579, abs=1e-5)
