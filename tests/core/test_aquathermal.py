"""Unit tests of core/aquathermal.py (no QGIS). Numbers worked out by hand in comments."""

import numpy as np
import pytest
from shapely.geometry import LineString, Point, Polygon, box
from shapely.ops import unary_union

from bronnenstrategie.core import aquathermal as aq
from bronnenstrategie.core.constants import C_WATER, GJ_PER_HOME


# ------------------------------------------------------------------ formulas
def test_heat_pump_cop4():
    # delivered = 300 * 4 / 3 = 400; electricity = 400 / 4 = 100
    assert aq.heat_pump(300.0, 4.0) == pytest.approx((400.0, 100.0))


def test_heat_pump_rejects_cop_one():
    with pytest.raises(ValueError):
        aq.heat_pump(1.0, 1.0)


def test_flowing_source():
    # 2 m3/s * 4.18 MJ/m3K * 4 K = 33.44 MW; * 2000 h * 3600 s = 240,768,000 MJ = 240,768 GJ
    assert aq.flowing_source_gj(2.0, 4.0, 2000.0) == pytest.approx(240768.0)


def test_usable_delta_t_clipped_by_water_temperature():
    # dT = clip(T_w - T_min, 0, dT_max), T_min 1 C, dT_max 4 K (PyPSA-Eur):
    # 15 C -> min(14, 4) = 4; 5 C -> min(4, 4) = 4; 3 C -> 2; 1 C -> 0; -1 C -> clip(-2) = 0
    assert aq.usable_delta_t([15.0, 5.0, 3.0, 1.0, -1.0]) == pytest.approx(
        [4.0, 4.0, 2.0, 0.0, 0.0]
    )
    # a warmer minimum outlet: T_min 4 C, 6.5 C water -> 2.5 K
    assert aq.usable_delta_t(6.5, 4.0, 4.0) == pytest.approx(2.5)
    # defaults: 15 C water, 1 C minimum, 4 K maximum (the assumptions are labelled)
    assert (aq.WATER_TEMPERATURE, aq.T_MIN_OUTLET, aq.DELTA_T_MAX) == (15.0, 1.0, 4.0)


def test_flowing_water_limited_by_cold_water():
    # three 100 x 40 m canals of 1 m3/s, one 100 m quay each (reach 100 m, 500 m apart).
    # Water 3 C: dT = 2 K -> 1 * 4.18 * 2 * 2000 * 3600 / 1000 = 60,192 GJ;
    # no temperature (NaN) -> parameter 15 C -> 4 K -> 120,384 GJ; 0.5 C -> 0 GJ.
    water = [box(500 * k, 0, 500 * k + 100, 40) for k in range(3)]
    quays = [LineString([(500 * k, 0), (500 * k + 100, 0)]) for k in range(3)]
    r = aq.quay_potential(
        quays, water, water_flow=[1.0, 1.0, 1.0], max_reach=100, water_temperature=[3.0, None, 0.5]
    )
    assert r["source_gj"] == pytest.approx([60192.0, 120384.0, 0.0], rel=1e-9)
    # the parameter for all bodies: 2.5 C -> dT 1.5 K -> 45,144 GJ each
    r = aq.quay_potential(quays, water, water_flow=[1.0, 1.0, 1.0], max_reach=100, t_water=2.5)
    assert r["source_gj"] == pytest.approx([45144.0] * 3, rel=1e-9)
    # still water is not affected by the temperature: 4,000 m2 * 0.5 = 2,000 GJ
    r = aq.quay_potential(
        quays[:1], water[:1], water_flow=[None], max_reach=100, water_temperature=[0.0]
    )
    assert r["source_gj"] == pytest.approx([2000.0])


def test_houtrust_wastewater():
    # 79,000 m3/day * 365 = 28,835,000 m3; * 4.18 * 4 = 482,121,200 MJ = 482,121.2 GJ
    # delivered = 482,121.2 * 4/3 = 642,828.27 GJ; electricity = 642,828.27 / 4 = 160,707.07
    # homes = 642,828.27 / 33 = 19,479.6 (about 19,480)
    # mw_avg = 482,121.2e3 MJ / (8760 * 3600 s) = 15.288 MW (= 79,000/86,400 * 4.18 * 4)
    r = aq.wastewater_heat(79000.0, 4.0, 4.0, 33.0)
    assert r["source_gj"] == pytest.approx(482121.2)
    assert r["delivered_gj"] == pytest.approx(642828.27, abs=0.01)
    assert r["electricity_gj"] == pytest.approx(160707.07, abs=0.01)
    assert round(r["homes"]) == 19480
    assert r["mw_avg"] == pytest.approx(15.288, abs=0.001)
    # COP 3: 482,121.2 * 3/2 = 723,181.8 GJ. The seed's 1 PJ is 1e6 / 642,828 = 1.556
    # and 1e6 / 723,182 = 1.383 times the computation (56 % and 38-39 % above it), the
    # computation 36 % and 28 % below the seed.
    r3 = aq.wastewater_heat(79000.0, 4.0, 3.0, 33.0)
    assert r3["delivered_gj"] == pytest.approx(723181.8, abs=0.01)
    assert 1.0 - r["delivered_gj"] / 1.0e6 == pytest.approx(0.357, abs=0.001)
    assert 1.0 - r3["delivered_gj"] / 1.0e6 == pytest.approx(0.277, abs=0.001)


def test_wastewater_totals_sum_all_sources():
    # 79,000 and 10,000 m3/day at 4 K: 482,121.2 + 61,028 = 543,149.2 GJ from the water
    # (10,000 * 365 * 4.18 * 4 / 1000 = 61,028); delivered x 4/3 = 724,198.93 GJ;
    # homes 724,198.93 / 33 = 21,945.42
    r = aq.wastewater_heat(np.array([79000.0, 10000.0]), np.array([4.0, 4.0]), 4.0, 33.0)
    totals = aq.wastewater_totals(r)
    assert totals["source_gj"] == pytest.approx(543149.2)
    assert totals["delivered_gj"] == pytest.approx(724198.93, abs=0.01)
    assert totals["homes"] == pytest.approx(21945.42, abs=0.01)
    assert aq.wastewater_totals(aq.wastewater_heat(np.array([]), np.array([]))) == {
        "source_gj": 0.0,
        "delivered_gj": 0.0,
        "homes": 0.0,
    }


def test_shared_constants_are_used():
    # defaults come from core/constants.py
    assert aq.wastewater_source_gj(1000.0) == pytest.approx(1000 * 365 * C_WATER * 4 / 1000)
    assert aq.homes(GJ_PER_HOME * 10) == pytest.approx(10.0)


# ------------------------------------------------------------------ segmentation
@pytest.mark.parametrize("length,n", [(200, 2), (250, 3), (249, 2), (30, 1), (149, 1), (150, 2)])
def test_split_length(length, n):
    # n = floor(length / 100 + 0.5), at least 1: 2.5 -> 3, 2.49 -> 2, 0.3 -> 1, 1.49 -> 1
    assert aq.split_length(length, 100) == n


def test_segments_equal_no_sliver():
    # 430 m line -> round(4.3) = 4 pieces of 107.5 m, no 30 m sliver
    segs, qi = aq.segment_quays([LineString([(0, 0), (430, 0)])], 100)
    assert len(segs) == 4
    assert [s.length for s in segs] == pytest.approx([107.5] * 4)
    assert list(qi) == [0, 0, 0, 0]


def test_multiline_quay_merged():
    # two touching parts of 60 m + 60 m = one line of 120 m -> round(1.2) = 1 segment
    from shapely.geometry import MultiLineString

    q = MultiLineString([[(0, 0), (60, 0)], [(60, 0), (120, 0)]])
    segs, _ = aq.segment_quays([q], 100)
    assert len(segs) == 1 and segs[0].length == pytest.approx(120.0)


# ------------------------------------------------------------------ allocation
def _basin_quays(width, height):
    return [LineString([(0, 0), (width, 0)]), LineString([(0, height), (width, height)])]


def test_basin_200x100_four_segments():
    # 200 x 100 m basin, quays on both long sides, segments of 100 m -> 4 segments.
    # Nearest-segment cells: split at x = 100 and y = 50 -> 100 * 50 = 5,000 m2 each;
    # source 5,000 * 0.5 GJ/m2 = 2,500 GJ; delivered 2,500 * 4/3 = 3,333.3 GJ
    r = aq.quay_potential(_basin_quays(200, 100), [box(0, 0, 200, 100)], keep_geometry=True)
    assert len(r["segments"]) == 4
    assert r["water_area_m2"] == pytest.approx([5000.0] * 4, rel=1e-6)
    assert r["source_gj"] == pytest.approx([2500.0] * 4, rel=1e-6)
    assert r["delivered_gj"] == pytest.approx([10000.0 / 3] * 4, rel=1e-6)
    assert r["total_source_gj"] == pytest.approx(10000.0, rel=1e-6)
    # homes = 4 * 3,333.3 / 33 = 404.04
    assert r["total_homes"] == pytest.approx(404.04, abs=0.01)
    # each catchment is its own 100 x 50 quarter
    assert all(c.area == pytest.approx(5000.0, rel=1e-6) for c in r["catchment"])


def test_basin_wider_than_twice_reach():
    # 200 x 400 m basin, reach 150: each segment gets 100 x 150 = 15,000 m2;
    # the middle strip 200 x (400 - 300) = 20,000 m2 is unassigned: total 60,000 of 80,000
    r = aq.quay_potential(_basin_quays(200, 400), [box(0, 0, 200, 400)])
    assert r["water_area_m2"] == pytest.approx([15000.0] * 4, rel=1e-4)
    assert r["water_area_m2"].sum() == pytest.approx(60000.0, rel=1e-4)


def test_area_conservation_irregular():
    # an irregular harbour with a hole and quays along part of its edge: the assigned
    # areas add up to the water within MAX_REACH of the quays (to 0.5 %) and do not overlap
    water = Polygon(
        [(0, 0), (420, 30), (610, -80), (700, 250), (520, 420), (300, 330), (90, 460), (-60, 200)],
        [[(250, 150), (330, 140), (340, 230), (260, 240)]],
    )
    quays = [
        LineString([(0, 0), (420, 30), (610, -80)]),
        LineString([(520, 420), (300, 330), (90, 460)]),
        LineString([(250, 150), (330, 140), (340, 230)]),
    ]
    r = aq.quay_potential(quays, [water], keep_geometry=True)
    segs = r["segments"]
    within = water.intersection(unary_union([s.buffer(aq.MAX_REACH) for s in segs])).area
    assert r["water_area_m2"].sum() == pytest.approx(within, rel=0.005)
    cats = [c for c in r["catchment"] if c is not None]
    assert unary_union(cats).area == pytest.approx(sum(c.area for c in cats), rel=1e-6)
    assert within < water.area  # the reach really cuts something off


def test_flowing_water_shared_by_area():
    # river 1000 x 50 m with 2 m3/s, quay along one bank -> 10 segments of 100 m,
    # each 100 x 50 = 5,000 m2, equal shares of 240,768 GJ (see test_flowing_source)
    # = 24,076.8 GJ each (not 5,000 * 0.5 = 2,500 as still water)
    r = aq.quay_potential(
        [LineString([(0, 0), (1000, 0)])], [box(0, 0, 1000, 50)], water_flow=[2.0]
    )
    assert len(r["segments"]) == 10
    assert r["source_gj"] == pytest.approx([24076.8] * 10, rel=1e-6)
    assert r["total_source_gj"] == pytest.approx(240768.0, rel=1e-9)


def test_still_and_flowing_mixed():
    # a still basin (flow None) next to a flowing canal (1 m3/s): segment 0 only on the
    # basin 100 x 40 = 4,000 m2 -> 2,000 GJ; segment 1 only on the canal -> the whole
    # 1 * 4.18 * 4 * 2000 * 3600 / 1000 = 120,384 GJ
    water = [box(0, 0, 100, 40), box(300, 0, 400, 40)]
    quays = [LineString([(0, 0), (100, 0)]), LineString([(300, 0), (400, 0)])]
    r = aq.quay_potential(quays, water, water_flow=[None, 1.0], max_reach=100)
    assert r["source_gj"] == pytest.approx([2000.0, 120384.0], rel=1e-6)


def test_quay_polygon_uses_water_side():
    # a 1 m thick quay wall polygon along the south side of a 200 x 100 basin: only its
    # north edge (y = 0, 200 m) faces the water -> 2 segments of 100 m, each 100 x 100 m2
    # (no quay on the other side; reach 150 > 100) -> 10,000 m2 and 5,000 GJ each
    wall = box(0, -1, 200, 0)
    r = aq.quay_potential([wall], [box(0, 0, 200, 100)])
    assert len(r["segments"]) == 2
    assert r["length_m"] == pytest.approx([100.0, 100.0])
    assert all(abs(s.centroid.y) < 1e-9 for s in r["segments"])
    assert r["source_gj"] == pytest.approx([5000.0, 5000.0], rel=1e-6)
    assert r["n_quays_without_water"] == 0


def test_quays_touching_no_water():
    # a line quay 1 km from the water and a polygon quay touching none: zero potential,
    # no error; the polygon is counted
    water = [box(0, 0, 100, 100)]
    quays = [LineString([(1000, 0), (1100, 0)]), box(2000, 0, 2100, 2)]
    r = aq.quay_potential(quays, water)
    assert len(r["segments"]) >= 2
    assert r["total_source_gj"] == 0.0
    assert np.all(r["water_area_m2"] == 0)
    assert r["n_quays_without_water"] == 1


def test_no_water_at_all():
    r = aq.quay_potential([LineString([(0, 0), (100, 0)])], [])
    assert r["total_source_gj"] == 0.0 and len(r["segments"]) == 1


# ------------------------------------------------------------------ demand
def test_demand_pairs_exact_distance():
    # segment (0,0)-(100,0); points at 499 m and 501 m north of its middle, and at
    # 300 m east of its end (distance 300): the first and the last are within 500 m
    segs = [LineString([(0, 0), (100, 0)])]
    pts = np.array([[50, 499], [50, 501], [400, 0]])
    pairs = aq.demand_pairs(segs, pts, 500.0)
    assert sorted(pairs[:, 0].tolist()) == [0, 2]


def test_demand_not_counted_twice():
    # two segments each delivering 100 GJ; one block of 150 GJ near both.
    # demand_gj = 150 for each (what each could serve alone), matched_gj = min(100, 150)
    # = 100 each; shares in proportion to delivered: 75 + 75; matched share = 75 each,
    # total matched 150 (not 200), total demand 150 (not 300)
    m = aq.match_demand([100.0, 100.0], [150.0], [[0, 0], [0, 1]])
    assert m["demand_gj"] == pytest.approx([150.0, 150.0])
    assert m["matched_gj"] == pytest.approx([100.0, 100.0])
    assert m["demand_share_gj"] == pytest.approx([75.0, 75.0])
    assert m["matched_share_gj"].sum() == pytest.approx(150.0)
    assert m["total_demand_gj"] == pytest.approx(150.0)


def test_demand_share_by_delivered():
    # block 90 GJ near segments delivering 200 and 100: shares 60 and 30
    m = aq.match_demand([200.0, 100.0], [90.0], [[0, 0], [0, 1]])
    assert m["demand_share_gj"] == pytest.approx([60.0, 30.0])


def test_empty_demand():
    r = aq.quay_potential(
        _basin_quays(200, 100),
        [box(0, 0, 200, 100)],
        demand_points=np.zeros((0, 2)),
        demand_gj=np.zeros(0),
    )
    assert np.all(r["demand_gj"] == 0) and np.all(r["matched_gj"] == 0)
    assert r["total_matched_gj"] == 0.0
    assert sorted(r["rank"].tolist()) == [1, 2, 3, 4]


def test_rank_by_matched_then_delivered():
    # matched 10, 50, 50, 0 with delivered 10, 60, 80, 100 -> order 2 (50, 80), 1 (50, 60),
    # 0 (10), 3 (0)
    assert aq.rank_segments([10, 50, 50, 0], [10, 60, 80, 100]).tolist() == [3, 2, 1, 4]


def test_quay_potential_with_demand():
    # basin 200 x 100, 4 segments of 3,333.3 GJ delivered; a 1,000 GJ block at (50, -200):
    # within 500 m of all four segments (farthest: segment (100,100)-(200,100) at
    # sqrt(50^2 + 300^2) = 304 m) -> demand_gj 1,000 each, matched 1,000 each; shares
    # 250 each (equal delivered) -> total matched 1,000
    r = aq.quay_potential(
        _basin_quays(200, 100),
        [box(0, 0, 200, 100)],
        demand_points=np.array([[50.0, -200.0]]),
        demand_gj=[1000.0],
    )
    assert r["demand_gj"] == pytest.approx([1000.0] * 4)
    assert r["matched_gj"] == pytest.approx([1000.0] * 4)
    assert r["total_matched_gj"] == pytest.approx(1000.0)
    assert r["total_demand_gj"] == pytest.approx(1000.0)


def test_many_canals_fast_enough():
    # a grid of 20 canals of 5 km x 30 m with quays on both banks (200 km of quay,
    # 2,000 segments) allocates without an all-pairs loop; each segment gets
    # 100 x 15 = 1,500 m2 (area conservation: 20 * 5000 * 30 = 3,000,000 m2)
    water, quays = [], []
    for i in range(20):
        y = i * 200.0
        water.append(box(0, y, 5000, y + 30))
        quays += [LineString([(0, y), (5000, y)]), LineString([(0, y + 30), (5000, y + 30)])]
    r = aq.quay_potential(quays, water, spacing=10.0)
    assert len(r["segments"]) == 2000
    assert r["water_area_m2"].sum() == pytest.approx(3.0e6, rel=1e-6)


def test_point_near_segment_distance_helper():
    d = aq._point_segment_distance(
        np.array([[5.0, 3.0], [-4.0, 3.0]]),
        np.array([[0.0, 0.0], [0.0, 0.0]]),
        np.array([[10.0, 0.0], [10.0, 0.0]]),
    )
    # (5,3) projects inside: 3; (-4,3) to the end (0,0): sqrt(16+9) = 5
    assert d == pytest.approx([3.0, 5.0])
    assert Point(0, 0).distance(LineString([(0, 0), (1, 0)])) == 0


def test_closed_ring_quay_around_island():
    # a 20 x 20 m island in a 500 x 500 m lake, its closed outline the only quay
    # (80 m -> 1 segment). Water within 150 m of the outline = the island's 150 m buffer
    # minus the island: 20*20 + 4*20*150 + pi*150^2 - 20*20 = 12,000 + 70,685.8 = 82,685.8
    # m2 (a polygonal buffer is up to 0.2 % smaller). GEOS can put a false hole in the
    # buffer of a closed ring, which would leave the water near the island unassigned.
    island = box(140, 140, 160, 160)
    lake = box(-100, -100, 400, 400).difference(island)
    r = aq.quay_potential([island.exterior], [lake])
    assert len(r["segments"]) == 1
    assert r["water_area_m2"][0] == pytest.approx(82685.8, rel=0.003)


def test_corner_quays_split_the_water_once():
    # a 100 x 100 m basin with quays on its south and west sides meeting at (0, 0); reach
    # 200 m covers the basin. The generators of the two quays mirror each other in the
    # diagonal y = x, so the nearest-quay boundary is that diagonal: 100 * 100 / 2 =
    # 5,000 m2 each, and together exactly the basin (10,000 m2), nothing counted twice.
    segments = [LineString([(0, 0), (100, 0)]), LineString([(0, 0), (0, 100)])]
    res = aq.allocate_water(
        segments, [box(0, 0, 100, 100)], max_reach=200.0, spacing=5.0, keep_geometry=True
    )
    assert res["area"] == pytest.approx([5000.0, 5000.0], rel=1e-9)
    union = unary_union([c for c in res["catchment"] if c is not None])
    assert union.area == pytest.approx(10000.0, rel=1e-9)


# ------------------------------------------------------------------ fast paths agree
def _random_lines(seed, n=60):
    rng = np.random.default_rng(seed)
    lines = []
    for k in range(n):
        m = int(rng.integers(2, 9))
        if k % 3 == 0:  # straight, a vertex every 100 m, rotated (as the benchmark quays)
            a, t = rng.uniform(0, np.pi), np.linspace(-500, 500, m)
            pts = np.column_stack([80000 + t * np.cos(a), 450000 + t * np.sin(a)])
        elif k % 3 == 1:  # random walk with repeated vertices
            pts = np.repeat(
                np.cumsum(rng.normal(size=(m, 2)) * 30, axis=0), rng.integers(1, 3, m), axis=0
            )
        else:  # small integer grid (vertices exactly at cut points)
            pts = rng.integers(0, 30, size=(m, 2)).astype(float)
        line = LineString(pts)
        if line.length > 0:
            lines.append(line)
    return lines


def test_segment_line_matches_substring():
    # the numpy cut gives the pieces of shapely's substring(line, i * step, (i + 1) * step)
    from shapely.ops import substring

    for line in _random_lines(1):
        for seg_len in (100.0, 7.0):
            n = aq.split_length(line.length, seg_len)
            step = line.length / n
            ref = (
                [line] if n == 1 else [substring(line, i * step, (i + 1) * step) for i in range(n)]
            )
            got = aq.segment_line(line, seg_len)
            assert len(got) == len(ref)
            for g, r in zip(got, ref):
                assert np.asarray(g.coords) == pytest.approx(np.asarray(r.coords), abs=1e-9)


def test_segment_pieces_match_densify():
    # all segments at once give the points of _densify per segment, piece by piece
    segs = [s for line in _random_lines(2) for s in aq.segment_line(line, 100.0)]
    for spacing in (5.0, 1.3):
        a, b, owner = aq.segment_pieces(segs, spacing)
        for i, seg in enumerate(segs):
            pts = aq._densify(seg, spacing)
            mine = owner == i
            assert np.array_equal(a[mine], pts[:-1]) and np.array_equal(b[mine], pts[1:])


@pytest.mark.parametrize("case", ["quays", "checkerboard"])
def test_owner_regions_are_the_union_of_cells(case):
    # the regions chained from the Voronoi ridges equal the dissolved cells; the
    # checkerboard of a regular grid (cells of one owner meeting in single vertices) takes
    # the fallback (dissolving the cells)
    if case == "quays":
        segs = [
            LineString([(0, 0), (100, 0)]),
            LineString([(100, 0), (100, 80)]),
            LineString([(0, 30), (100, 30)]),
            box(40, 50, 60, 70).exterior,
            LineString([(0, 0), (0, 100)]),
        ]
        a, b, owner = aq.segment_pieces(segs, 5.0)
        gen, first = aq._unique_rows(np.round((a + b) / 2.0, 6))
        owner = owner[first]
    else:
        x, y = np.meshgrid(np.arange(8.0), np.arange(8.0))
        gen = np.column_stack([x.ravel(), y.ravel()]) * 5.0
        owner = (x.ravel() + y.ravel()).astype(int) % 2
    regions = aq._owner_regions(gen, owner, 20.0)
    cells = aq._voronoi_cells(gen, 20.0)
    assert sorted(regions) == sorted(set(owner.tolist()))
    for s, region in regions.items():
        assert region.is_valid
        ref = unary_union([cells[i] for i in np.flatnonzero(owner == s)])
        assert region.area == pytest.approx(ref.area, rel=1e-9)
        assert region.symmetric_difference(ref).area < 1e-9 * ref.area
