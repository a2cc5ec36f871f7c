"""Hand-worked checks of the well-conflict, grid and zone functions of core.soilenergy.

R_th for V = 50,000 m3, H = 40 m (c_w 4.18, c_aq 2.8):
    sqrt(4.18 * 50000 / (2.8 * pi * 40)) = sqrt(209000 / 351.858) = sqrt(593.99) = 24.372 m
"""

import math

import numpy as np
import pytest

from bronnenstrategie.core import soilenergy as se

R50 = math.sqrt(4.18 * 50000 / (2.8 * math.pi * 40))  # 24.372 m (see module docstring)


def test_r50_matches_core():
    assert se.thermal_radius(50000, 40) == pytest.approx(24.372, abs=1e-3)


def test_parse_temperature():
    assert se.parse_temperature("WARM") == "warm"
    assert se.parse_temperature(" w") == "warm"
    assert se.parse_temperature("Koud") == "koud"
    assert se.parse_temperature("k") == "koud"
    assert se.parse_temperature("cold") == "koud"
    assert se.parse_temperature("C") == "koud"
    assert se.parse_temperature("onbekend") is None
    assert se.parse_temperature(None) is None
    assert se.parse_temperature("") is None


def test_same_system_doublet_50m():
    # one system, warm and cold well 50 m apart, both 50,000 m3, H 40:
    # required = 3 x 24.372 = 73.116 m; shortfall = 73.116 - 50 = 23.116 m
    r = se.thermal_radius(np.array([50000.0, 50000.0]), 40.0)
    res = se.well_conflicts([0, 50], [0, 0], r, ["A", "A"], [True, False])
    assert list(res["i"]) == [0] and list(res["j"]) == [1]
    assert res["kind"][0] == "same_system"
    assert res["distance"][0] == pytest.approx(50.0)
    assert res["required"][0] == pytest.approx(73.12, abs=0.005)
    assert res["shortfall"][0] == pytest.approx(23.12, abs=0.005)


def test_same_system_same_temperature_is_no_conflict():
    # two warm wells of one system 10 m apart: the rule does not apply
    res = se.well_conflicts([0, 10], [0, 0], [R50, R50], ["A", "A"], [True, True])
    assert len(res["i"]) == 0


def test_same_temperature_touching_is_no_conflict():
    # two warm wells of different systems at exactly r_a + r_b = 2 x 24.372 = 48.744 m:
    # the bubbles touch, required = 1.0 x (24.372 + 24.372) = distance -> no conflict
    res = se.well_conflicts([0, 2 * R50], [0, 0], [R50, R50], ["A", "B"], [True, True])
    assert len(res["i"]) == 0
    # diagonal placement (rounding in hypot) is still no conflict
    d = 2 * R50 / math.sqrt(2)
    res = se.well_conflicts(
        [1000.0, 1000.0 + d], [2000.0, 2000.0 + d], [R50, R50], ["A", "B"], [False, False]
    )
    assert len(res["i"]) == 0


def test_same_temperature_overlapping_is_conflict():
    # 48 m apart: required 48.744, shortfall 0.744 m
    res = se.well_conflicts([0, 48], [0, 0], [R50, R50], ["A", "B"], [True, True])
    assert list(res["kind"]) == ["same_temperature"]
    assert res["required"][0] == pytest.approx(48.744, abs=1e-3)
    assert res["shortfall"][0] == pytest.approx(0.744, abs=1e-3)


def test_opposite_temperature_other_systems():
    # warm of A, cold of B, radii 24.372 and 15.0: required = 3 x max = 73.116;
    # at 60 m shortfall 13.116; at 80 m no conflict
    res = se.well_conflicts(
        [0, 60, 140], [0, 0, 0], [R50, 15.0, 15.0], ["A", "B", "C"], [True, False, False]
    )
    assert list(zip(res["i"], res["j"])) == [(0, 1)]
    assert res["kind"][0] == "opposite_temperature"
    assert res["shortfall"][0] == pytest.approx(13.116, abs=1e-3)
    # wells 1 and 2 (B and C) both cold at 80 m: required 15 + 15 = 30 -> no conflict


def test_factors_are_parameters():
    # same system at 50 m with factor 2: required 2 x 24.372 = 48.744 < 50 -> no conflict
    res = se.well_conflicts(
        [0, 50], [0, 0], [R50, R50], ["A", "A"], [True, False], factor_same_system=2.0
    )
    assert len(res["i"]) == 0


def test_each_pair_once_and_empty_inputs():
    # three wells of three systems, alternately warm/cold, 10 m apart on a line:
    # pairs (0,1) opp, (0,2) same temp at 20 m < 48.744, (1,2) opp -> 3 pairs, each once
    res = se.well_conflicts([0, 10, 20], [0, 0, 0], [R50] * 3, ["A", "B", "C"], [True, False, True])
    assert list(zip(res["i"], res["j"])) == [(0, 1), (0, 2), (1, 2)]
    assert list(res["kind"]) == ["opposite_temperature", "same_temperature", "opposite_temperature"]
    assert len(se.well_conflicts([], [], [], [], [])["i"]) == 0
    assert len(se.well_conflicts([0], [0], [R50], ["A"], [True])["i"]) == 0


def test_conflicts_match_bruteforce_random():
    rng = np.random.default_rng(1)
    n = 300
    x = rng.uniform(0, 2000, n)
    y = rng.uniform(0, 2000, n)
    r = rng.uniform(10, 40, n)
    sysid = rng.integers(0, 120, n)
    warm = rng.random(n) < 0.5
    res = se.well_conflicts(x, y, r, sysid, warm)
    expected = set()
    for a in range(n):
        for b in range(a + 1, n):
            d = math.hypot(x[a] - x[b], y[a] - y[b])
            if sysid[a] == sysid[b]:
                if warm[a] == warm[b]:
                    continue
                req = 3 * max(r[a], r[b])
            elif warm[a] == warm[b]:
                req = r[a] + r[b]
            else:
                req = 3 * max(r[a], r[b])
            if req - d > 1e-6:
                expected.add((a, b))
    assert set(zip(res["i"].tolist(), res["j"].tolist())) == expected
    assert len(expected) > 10


def test_system_overlaps():
    # system of 100,000 m3/yr -> 50,000 per well per season -> r 24.372;
    # footprint factor 3/2 + 1 = 2.5 -> required 2.5 x (24.372 + 24.372) = 121.86 m
    assert se.system_footprint_factor(3.0) == 2.5
    r = se.thermal_radius(se.season_volume_from_yearly([100000.0] * 3, 2), 40.0)
    res = se.system_overlaps([0, 120, 242], [0, 0, 0], r, 2.5)
    assert list(zip(res["i"], res["j"])) == [(0, 1)]  # 120 < 121.86; 122 > 121.86
    assert res["shortfall"][0] == pytest.approx(1.86, abs=0.005)
    assert list(res["kind"]) == ["system_overlap"]


def test_depth_ranges_overlap():
    assert se.depth_ranges_overlap(20, 60, 0, 100)
    assert not se.depth_ranges_overlap(20, 60, 70, 100)
    assert not se.depth_ranges_overlap(20, 60, 60, 100)  # touching is not overlapping
    assert se.depth_ranges_overlap(-20, -60, -50, -100)  # NAP levels (negative) work too
    assert se.depth_ranges_overlap(20, 60, float("nan"), 100)  # unknown -> overlap [A]


def test_closed_open_conflicts():
    from shapely.geometry import Point, box

    # open well at (0,0), r 24.372, screen 20-60 m
    loops = [Point(20, 0), Point(0, 20), box(10, -5, 30, 5), Point(0, -30), Point(-20, 0)]
    top = [0, 70, 0, 0, float("nan")]
    bottom = [100, 100, 50, 100, float("nan")]
    res = se.closed_open_conflicts([0], [0], [R50], [20], [60], loops, top, bottom)
    # loop 0: 20 m < 24.372, depths overlap -> shortfall 4.372
    # loop 1: 20 m but 70-100 m below the screen -> no conflict
    # loop 2: polygon 10 m away -> shortfall 14.372
    # loop 3: 30 m > 24.372 -> no conflict; loop 4: unknown depth -> conflict at 20 m
    assert list(res["k"]) == [0, 2, 4]
    assert res["shortfall"] == pytest.approx([R50 - 20, R50 - 10, R50 - 20])
    # factor 0.5: reach 12.186 m -> only the polygon at 10 m
    res = se.closed_open_conflicts([0], [0], [R50], [20], [60], loops, top, bottom, 0.5)
    assert list(res["k"]) == [2]


def test_closed_closed_conflicts():
    from shapely.geometry import Point, box

    loops = [box(0, 0, 10, 10), box(15, 0, 25, 10), Point(100, 100)]
    # boxes 5 m apart: with 10 m minimum -> shortfall 5; point far away
    res = se.closed_closed_conflicts(loops, 10.0)
    assert list(zip(res["i"], res["j"])) == [(0, 1)]
    assert res["shortfall"][0] == pytest.approx(5.0)
    assert len(se.closed_closed_conflicts(loops, 0.0)["i"]) == 0  # 0 = off


def test_find_duplicates():
    assert se.find_duplicates([0, 0, 5], [0, 0, 5]).tolist() == [[0, 1]]


def _brute_pairs(x, y, radius):
    x, y = np.asarray(x, float), np.asarray(y, float)
    d2 = (x[:, None] - x[None, :]) ** 2 + (y[:, None] - y[None, :]) ** 2
    i, j = np.nonzero(np.triu(d2 <= radius * radius, k=1))
    return np.column_stack([i, j]).tolist()


@pytest.mark.parametrize("chunk", [se._GRID_CHUNK, 7])
def test_grid_pairs_equal_all_pairs(monkeypatch, chunk):
    # the numpy grid join finds exactly the pairs an all-pairs comparison finds, sorted,
    # for scattered, clustered, duplicate and far-apart points; also in small chunks
    monkeypatch.setattr(se, "_GRID_CHUNK", chunk)
    rng = np.random.default_rng(7)
    for scale, radius in ((1000.0, 60.0), (50.0, 40.0), (1.0e6, 3.0), (100.0, 1e-3)):
        x = rng.uniform(0, scale, 150) + 80000.0
        y = rng.uniform(0, scale, 150) + 455000.0
        x[:20], y[:20] = x[20:40], y[20:40]  # duplicates
        x[40:60], y[40:60] = np.round(x[40:60]), np.round(y[40:60])
        x[60] = x[61] + radius  # exactly at the radius: a pair
        y[60] = y[61]
        assert se._pairs_within(x, y, radius).tolist() == _brute_pairs(x, y, radius)
    # a huge extent with a tiny radius (cell numbers beyond int64 keys: ranked)
    x = np.array([0.0, 1e12, 1e12 + 1e-3, 5e11, -1e12])
    y = np.array([0.0, 1e12, 1e12, -7e11, 3e11])
    assert se._pairs_within(x, y, 1e-2).tolist() == _brute_pairs(x, y, 1e-2) == [[1, 2]]
    assert se._pairs_within([0.0], [0.0], 5.0).tolist() == []


def test_point_loops_as_array_equal_shapely_points():
    # closed loops given as an (n, 2) array of points (the numpy path) give the same
    # conflicts as the same loops as shapely points
    from shapely.geometry import Point

    rng = np.random.default_rng(3)
    x, y = rng.uniform(0, 500, 80), rng.uniform(0, 500, 80)
    r = rng.uniform(10, 40, 80)
    top, bottom = rng.uniform(0, 40, 80), rng.uniform(50, 90, 80)
    top[::7] = np.nan
    lxy = rng.uniform(0, 500, (30, 2))
    lxy[5] = lxy[6]  # two loops on one spot
    ltop, lbottom = rng.uniform(0, 60, 30), rng.uniform(60, 120, 30)
    ltop[::4] = np.nan
    shapes = [Point(a, b) for a, b in lxy]
    for factor in (1.0, 2.5, 0.0):
        a = se.closed_open_conflicts(x, y, r, top, bottom, lxy, ltop, lbottom, factor)
        b = se.closed_open_conflicts(x, y, r, top, bottom, shapes, ltop, lbottom, factor)
        assert a["i"].tolist() == b["i"].tolist() and a["k"].tolist() == b["k"].tolist()
        for key in ("distance", "required", "shortfall"):
            assert a[key] == pytest.approx(b[key], rel=1e-12)
    assert len(a["i"]) == 0 and len(b["i"]) == 0  # factor 0: no reach
    for min_distance in (0.0, 25.0, 80.0):
        a = se.closed_closed_conflicts(lxy, min_distance)
        b = se.closed_closed_conflicts(shapes, min_distance)
        assert a["i"].tolist() == b["i"].tolist() and a["j"].tolist() == b["j"].tolist()
        assert a["distance"] == pytest.approx(b["distance"], rel=1e-12, abs=1e-12)
    assert (5, 6) in zip(a["i"].tolist(), a["j"].tolist())


def test_grid_centres_aligned():
    cx, cy = se.grid_centres(10, 10, 490, 240, 250)
    # x from 0 to 500 (2 cells), y from 0 to 250 (1 cell)
    assert sorted(zip(cx, cy)) == [(125, 125), (375, 125)]


def test_window_metrics_by_hand():
    # centre (0,0), window 500 m: 4 wells of 50,000 m3 of systems A, A, B, C inside,
    # one well at 600 m outside.
    # window area = pi x 500^2 = 785,398 m2 = 0.785398 km2
    # density = 4 / 0.785398 = 5.093 wells/km2
    # usage = 200,000 / (785,398 x 0.30 x 40) = 200,000 / 9,424,778 = 0.021221
    x = [0, 100, -300, 0, 600]
    y = [0, 0, 0, 499, 0]
    v = [50000.0] * 5
    m = se.window_metrics(
        [0.0, 5000.0],
        [0.0, 0.0],
        x,
        y,
        v,
        500.0,
        40.0,
        0.30,
        system=["A", "A", "B", "C", "D"],
        conflict_x=[50, 700],
        conflict_y=[0, 0],
    )
    assert m["n_wells"].tolist() == [4, 0]
    assert m["n_systems"].tolist() == [3, 0]
    assert m["density_km2"][0] == pytest.approx(5.093, abs=1e-3)
    assert m["usage_fraction"][0] == pytest.approx(0.021221, abs=1e-6)
    assert m["usage_fraction"][1] == 0.0
    assert m["n_conflicts"].tolist() == [1, 0]


def test_candidate_cells_rules():
    m = {
        "n_wells": np.array([10, 2, 0]),
        "density_km2": np.array([12.0, 2.0, 0.0]),
        "usage_fraction": np.array([0.02, 0.08, 0.0]),
        "n_conflicts": np.array([0, 3, 0]),
    }
    mask, labels = se.candidate_cells(m, 10, 0.05, 0, "any")
    assert mask.tolist() == [True, True, False]
    assert labels == ["density", "usage", ""]
    mask, _ = se.candidate_cells(m, 10, 0.05, 0, "all")
    assert mask.tolist() == [False, False, False]
    mask, labels = se.candidate_cells(m, 0, 0.05, 2, "all")
    assert mask.tolist() == [False, True, False]
    assert labels[1] == "usage,conflicts"


def test_merge_cells_smoothing_and_min_area():
    # two 250 m cells with a 100 m gap: smoothing 100 closes gaps < 200 m -> one area of
    # at most 600 x 250 = 150,000 m2 = 15 ha (the round buffer leaves two small notches at
    # the ends of the filled gap, so a little less, but far more than the two cells'
    # 2 x 62,500 = 125,000 m2); a lone cell far away is 6.25 ha, dropped at 10 ha
    cells = [se.cell_box(125, 125, 250), se.cell_box(475, 125, 250), se.cell_box(5125, 125, 250)]
    areas = se.merge_cells(cells, smoothing=100, clip=None, min_area_m2=10e4)
    assert len(areas) == 1
    assert 145000 < areas[0].area <= 150000 + 1e-6
    assert areas[0].bounds == pytest.approx((0, 0, 600, 250))
    # without smoothing the two cells stay apart (each 6.25 ha) and both are dropped
    assert se.merge_cells(cells, smoothing=0, min_area_m2=10e4) == []


def test_polygon_metrics_by_hand():
    from shapely.geometry import box

    # 1 km2 square, 3 wells of 50,000 m3 inside (one on the border), one outside:
    # usage = 150,000 / (1,000,000 x 0.30 x 40) = 0.0125; density 3 / 1 km2 = 3
    g = box(0, 0, 1000, 1000)
    m = se.polygon_metrics(
        g,
        [10, 500, 1000, 2000],
        [10, 500, 500, 0],
        [50000.0] * 4,
        40.0,
        0.30,
        system=["A", "A", "B", "C"],
        conflict_x=[1, 3000],
        conflict_y=[1, 0],
    )
    assert m["n_wells"] == 3 and m["n_systems"] == 2 and m["n_conflicts"] == 1
    assert m["usage_fraction"] == pytest.approx(0.0125)
    assert m["density_km2"] == pytest.approx(3.0)
    assert m["area_ha"] == pytest.approx(100.0)


def test_zone_width_reference():
    # 3 x 24.372 = 73.116
    assert se.zone_width_from_reference(50000, 40, 3.0) == pytest.approx(73.116, abs=1e-3)


def _bounds(z):
    return tuple(round(b, 6) for b in z["geometry"].bounds)


def test_strips_flow_north():
    from shapely.geometry import box

    # 300 x 300 m square, width 100, flow to the north (0 deg): strips run north-south
    # (parallel to the flow) and alternate west -> east: 300 / 100 = 3 strips
    zones = se.zone_layout(box(0, 0, 300, 300), 0.0, 100.0)
    assert len(zones) == 3
    assert [_bounds(z) for z in zones] == [(0, 0, 100, 300), (100, 0, 200, 300), (200, 0, 300, 300)]
    assert [z["zone"] for z in zones] == ["warm", "koud", "warm"]
    assert [z["zone_nr"] for z in zones] == [1, 2, 3]
    assert all(z["area_m2"] == pytest.approx(30000) for z in zones)


def test_strips_flow_east():
    from shapely.geometry import box

    # flow to the east (90 deg): strips run west-east, alternate across (north -> south,
    # starting on the left looking downstream = the north side); 250 m tall area with
    # width 100 gives 3 strips, the last one 50 m
    zones = se.zone_layout(box(0, 0, 300, 250), 90.0, 100.0)
    assert len(zones) == 3
    assert [_bounds(z) for z in zones] == [(0, 150, 300, 250), (0, 50, 300, 150), (0, 0, 300, 50)]
    assert [z["area_m2"] for z in zones] == pytest.approx([30000, 30000, 15000])


def test_strips_rotated_and_checkerboard():
    from shapely.geometry import box

    area = box(0, 0, 300, 300)
    # any direction: zones tile the area exactly
    zones = se.zone_layout(area, 30.0, 73.12)
    assert sum(z["area_m2"] for z in zones) == pytest.approx(90000)
    # checkerboard of 100 m squares: 9 squares, 5 warm, 4 koud
    zones = se.zone_layout(area, 0.0, 100.0, se.LAYOUT_CHECKERBOARD)
    assert len(zones) == 9
    assert [z["zone"] for z in zones].count("warm") == 5
    assert all(z["area_m2"] == pytest.approx(10000) for z in zones)


def test_zone_check():
    from shapely.geometry import box

    zones = se.zone_layout(box(0, 0, 300, 300), 0.0, 100.0)  # warm | koud | warm
    pairs = [(z["geometry"], z["zone"]) for z in zones]
    res = se.zone_check(
        [50, 150, 150, 400, 100], [150, 150, 150, 150, 10], [True, True, False, True, False], pairs
    )
    # warm in the warm strip: ok; warm in the koud strip: wrong; koud in koud: ok;
    # outside the area; cold well on the warm/koud border: ok
    assert res.tolist() == ["ok", "wrong_zone", "ok", "outside", "ok"]


def test_zone_check_with_layout_bounds_agrees_without_them():
    import numpy as np
    from shapely.geometry import Polygon

    # zone_layout's covering boxes only save computing bounds: the same answer as
    # without them, also for a rotated layout and wells on the zone borders
    area = Polygon([(0, 0), (400, 30), (380, 300), (20, 280)])
    zones = se.zone_layout(area, 30.0, 73.12)
    rng = np.random.default_rng(5)
    x = list(rng.uniform(-50, 450, 2000))
    y = list(rng.uniform(-50, 350, 2000))
    for z in zones:  # the vertices of every zone: on its border
        for px, py in z["geometry"].exterior.coords:
            x.append(px)
            y.append(py)
    warm = rng.uniform(size=len(x)) < 0.5
    with_bounds = se.zone_check(
        x, y, warm, [(z["geometry"], z["zone"], z["bounds"]) for z in zones]
    )
    without = se.zone_check(x, y, warm, [(z["geometry"], z["zone"]) for z in zones])
    assert with_bounds.tolist() == without.tolist()
    assert set(with_bounds.tolist()) == {"ok", "wrong_zone", "outside"}


def test_zone_layout_and_check_report_progress_and_can_be_stopped():
    from shapely.geometry import box

    # 3 strips of 100 m: the callback is called before each zone with 0, 1/3, 2/3
    seen = []
    zones = se.zone_layout(box(0, 0, 300, 300), 0.0, 100.0, progress=seen.append)
    assert len(zones) == 3
    assert seen == pytest.approx([0.0, 1 / 3, 2 / 3])
    seen.clear()
    se.zone_check(
        [50], [50], [True], [(z["geometry"], z["zone"]) for z in zones], progress=seen.append
    )
    assert seen == pytest.approx([0.0, 1 / 3, 2 / 3])

    # a callback that raises (the algorithm's cancel check) stops the layout at once
    class StopError(Exception):
        pass

    calls = []

    def stop_at_second(fraction):
        calls.append(fraction)
        if len(calls) == 2:
            raise StopError()

    with pytest.raises(StopError):
        se.zone_layout(box(0, 0, 20000, 20000), 0.0, 100.0, progress=stop_at_second)
    assert len(calls) == 2  # of the 200 strips, no more were laid out


def test_cell_runs_cover_the_same_area_with_fewer_boxes():
    from shapely.ops import unary_union

    # cells of 250 m: a row of three neighbours (one run), a gap, one more (a second run),
    # and one cell in the next row (a third run): 5 cells, 3 boxes, 5 x 62,500 m2
    cx = np.array([125.0, 375.0, 625.0, 1125.0, 375.0])
    cy = np.array([125.0, 125.0, 125.0, 125.0, 375.0])
    runs = se.cell_runs(cx, cy, 250.0)
    assert len(runs) == 3
    assert sorted(r.bounds for r in runs) == [
        (0.0, 0.0, 750.0, 250.0),
        (250.0, 250.0, 500.0, 500.0),
        (1000.0, 0.0, 1250.0, 250.0),
    ]
    assert unary_union(runs).area == 5 * 62500.0
    assert se.cell_runs([], [], 250.0) == []
