"""Unit tests of core/wos.py (siting heat transfer stations). Numbers worked out by hand.

The synthetic area used throughout: a 1 km x 1 km study area (0..1000 m), 10 m cells, the
transport main along the south edge on the row of cell centres y = 5, the heat network
along the west edge on the column of cell centres x = 5. So for a cell centre (x, y):
    d_main = y - 5, d_net = x - 5 (exactly, cell centre to cell centre)
    score  = (0.4 (1 - d_main/500) + 0.4 (1 - d_net/1000)) / 0.8
           = 1 - (y - 5)/1000 - (x - 5)/2000            (no demand)
The score is linear, so the mean score of a plot is the score at its centre.
A 2,000 m2 plot at 10 m is 20 cells: 5 x 4 (rows x cols) or 4 x 5.
``run`` sets the strip along the main to 0 to keep this geometry; the strip (default 5 m
each side) has its own tests below.
"""

import math
import time

import numpy as np
import pytest

pytest.importorskip("scipy")
pytest.importorskip("shapely")

from shapely.geometry import LineString, Point, box  # noqa: E402

from bronnenstrategie.core import wos  # noqa: E402

STUDY = [box(0, 0, 1000, 1000)]
MAIN = [LineString([(-100, 5), (1100, 5)])]
NETWORK = [LineString([(5, -100), (5, 1100)])]


def hand_score(x, y):
    return 1 - (y - 5) / 1000 - (x - 5) / 2000


def run(**kw):
    args = dict(study_area=STUDY, mains=MAIN, networks=NETWORK, resolution=10.0, main_strip=0.0)
    args.update(kw)
    return wos.site_analysis(**args)


# ---- grid and rasterisation --------------------------------------------------------
def test_grid_snaps_outwards_and_geotransform():
    g = wos.Grid.from_bounds((3, 7, 95, 101), 10)
    # x: floor(3/10)*10 = 0 .. ceil(95/10)*10 = 100 -> 10 cols
    # y: floor(7/10)*10 = 0 .. ceil(101/10)*10 = 110 -> 11 rows
    assert (g.x0, g.y0, g.ncols, g.nrows) == (0, 110, 10, 11)
    assert g.geotransform == (0.0, 10.0, 0.0, 110.0, 0.0, -10.0)
    assert g.centre(0, 0) == (5.0, 105.0)


def test_grid_too_large_is_refused():
    with pytest.raises(wos.WosError):
        wos.Grid.from_bounds((0, 0, 100000, 100000), 1.0)


def test_rasterize_polygon_with_hole():
    g = wos.Grid.from_bounds((0, 0, 100, 100), 10)
    poly = box(0, 0, 100, 100).difference(box(30, 30, 70, 70))
    m = wos.rasterize_polygons([poly], g)
    # 10 x 10 = 100 cells, the hole holds 4 x 4 = 16 cell centres -> 84
    assert m.sum() == 84
    # a clockwise-drawn polygon gives the same cells (orientation handled)
    cw = [box(0, 0, 50, 50).exterior.coords[::-1]]
    from shapely.geometry import Polygon

    assert wos.rasterize_polygons([Polygon(cw[0])], g).sum() == 25


def test_rasterize_overlapping_polygons_is_union():
    g = wos.Grid.from_bounds((0, 0, 100, 100), 10)
    m = wos.rasterize_polygons([box(0, 0, 50, 100), box(30, 0, 80, 100)], g)
    # union covers x 0..80 -> 8 columns x 10 rows
    assert m.sum() == 80


def test_rasterize_any_marks_small_building_and_lines():
    g = wos.Grid.from_bounds((0, 0, 100, 100), 10)
    # a 4 x 4 m building holds no cell centre but its boundary touches cell (row 5, col 2)
    m = wos.rasterize_any([box(21, 41, 25, 45)], g)
    assert m.sum() == 1 and m[5, 2]
    # a horizontal line at y = 55 from x 0 to 100 crosses the 10 cells of row 4
    m = wos.rasterize_lines([LineString([(0, 55), (99.9, 55)])], g)
    assert m.sum() == 10 and m[4].all()


def test_demand_raster_spreads_polygon_and_keeps_points():
    g = wos.Grid.from_bounds((0, 0, 100, 100), 10)
    # 1,600 GJ over a 40 x 40 m polygon = 1 GJ/m2... per cell 1600 / 1600 m2 * 100 m2 = 100
    d = wos.demand_raster([box(0, 0, 40, 40), Point(75, 75)], [1600.0, 500.0], g)
    assert d[6:10, 0:4] == pytest.approx(np.full((4, 4), 100.0))
    assert d[2, 7] == pytest.approx(500.0)
    assert d.sum() == pytest.approx(2100.0)


# ---- distances, demand radius, score -----------------------------------------------
def test_distance_transform_and_empty():
    g = wos.Grid.from_bounds((0, 0, 100, 100), 10)
    d = wos.distance_to(wos.rasterize_lines([LineString([(0, 5), (100, 5)])], g), 10)
    # row 9 holds the line; row 0 centre y = 95 -> 90 m
    assert d[0, 3] == pytest.approx(90.0)
    assert np.isinf(wos.distance_to(np.zeros((3, 3), bool), 10)).all()


def test_sum_within_radius_is_a_disc():
    values = np.zeros((41, 41))
    values[20, 20] = 1000.0
    s = wos.sum_within_radius(values, 10.0, 100.0)
    # cells within 100 m of the point get 1000: (20, 30) is 100 m away, (20, 31) 110 m,
    # (28, 26) is sqrt(80^2 + 60^2) = 100 m, (28, 27) sqrt(80^2 + 70^2) = 106 m
    assert s[20, 30] == pytest.approx(1000.0)
    assert s[28, 26] == pytest.approx(1000.0)
    assert s[20, 31] == 0.0 and s[28, 27] == 0.0
    # number of lattice points with i^2 + j^2 <= 100 is 317
    assert s.sum() == pytest.approx(317 * 1000.0)


def test_suitability_formula():
    # d_main 100 of 500, d_net 500 of 1000, demand 30 of max 60, weights .4 .4 .2:
    # (0.4 * 0.8 + 0.4 * 0.5 + 0.2 * 0.5) / 1.0 = 0.32 + 0.2 + 0.1 = 0.62
    s = wos.suitability(np.array([100.0, 600.0]), np.array([500.0, 0.0]), np.array([30.0, 60.0]))
    assert s[0] == pytest.approx(0.62)
    # second cell is 600 m from the main (> 500): score 0 whatever else [A]
    assert s[1] == 0.0
    # without network and demand only the main's weight is used: 1 - 100/500 = 0.8
    assert wos.suitability(np.array([100.0]))[0] == pytest.approx(0.8)


def test_plot_shape():
    assert wos.plot_shape(2000, 10) == (5, 4)  # 20 cells
    assert wos.plot_shape(2500, 10) == (5, 5)
    assert wos.plot_shape(1000, 10) == (4, 3)  # 10 cells -> 4 x 3 = 12 >= 10
    assert wos.plot_shape(50, 10) == (1, 1)


def test_gap_kernel():
    k = wos.gap_kernel(50, 10)
    # offsets up to 5 cells along an axis: gap (5 - 1) * 10 = 40 < 50; 6 cells: 50, not < 50
    mid = k.shape[0] // 2
    assert k[mid, mid + 5] and not k[mid, mid + 6]
    # diagonal (4, 4): gap sqrt(30^2 + 30^2) = 42.4 < 50 in; (5, 4): sqrt(40^2 + 30^2) = 50 out
    assert k[mid + 4, mid + 4] and not k[mid + 5, mid + 4]


# ---- the whole analysis ------------------------------------------------------------
def test_best_site_at_the_crossing_without_homes():
    r = run(n_sites=1)
    s = r.sites[0]
    # score of cell (5, 5) is 1. Best plot: 4 rows x 5 cols in the corner, centre
    # x = mean(5..45) = 25, y = mean(5..35) = 20 -> 1 - 15/1000 - 20/2000 = 0.975
    # (5 rows x 4 cols: centre (20, 25) -> 1 - 20/1000 - 15/2000 = 0.9725, less)
    assert (s.x, s.y) == pytest.approx((25.0, 20.0))
    assert s.score == pytest.approx(0.975)
    assert s.dist_main == pytest.approx(0.0) and s.dist_network == pytest.approx(0.0)
    assert s.geometry.contains(box(0, 0, 50, 40).buffer(-0.01))
    assert r.score[99, 0] == pytest.approx(1.0)  # bottom-left cell
    # cell (row 59, col 99), centre (995, 405): 1 - 400/1000 - 990/2000 = 0.105
    assert r.score[59, 99] == pytest.approx(0.105)
    assert hand_score(995, 405) == pytest.approx(0.105)
    # cell centre (5, 515) is 510 m from the main (> 500): score 0
    assert r.score[48, 0] == 0.0


def test_best_site_respects_home_distance():
    homes = [box(1, 1, 29, 29)]  # touches the cells of [0, 30] x [0, 30]
    r = run(n_sites=1, buildings=homes)
    s = r.sites[0]
    # A cell is usable when its square is >= 50 m (edge to edge) from [0,30]^2. Along the
    # bottom the first usable cell has left edge 30 + 50 = 80. Best plot 4 rows x 5 cols:
    # x 80..130, y 0..40: centre (105, 20) -> 1 - 15/1000 - 100/2000 = 0.935
    # (5 x 4 at x 80..120, y 0..50: centre (100, 25) -> 1 - 0.02 - 0.0475 = 0.9325;
    #  along the west edge from y = 80: centre (25, 100) -> 1 - 0.095 - 0.01 = 0.895)
    assert (s.x, s.y) == pytest.approx((105.0, 20.0))
    assert s.score == pytest.approx(0.935)
    assert s.geometry.distance(homes[0]) >= 50.0
    # the cells next to the home are nodata
    assert r.score[99, 0] == wos.NODATA and r.score[99, 7] == wos.NODATA
    assert r.score[99, 8] == pytest.approx(hand_score(85, 5))


def test_exclusion_excludes_and_gives_nodata():
    water = [box(0, 0, 200, 200)]
    r = run(n_sites=3, exclusions=water)
    # every cell centre inside the water (20 x 20 cells) is nodata
    assert (r.score[80:100, 0:20] == wos.NODATA).all()
    assert not r.usable[80:100, 0:20].any()
    assert r.score[79, 0] != wos.NODATA
    for s in r.sites:
        assert s.geometry.intersection(water[0]).area == pytest.approx(0.0)
    # with an exclusion distance of 100 m the cells up to 100 m further are nodata too:
    # the cell with left edge 290 has gap 90 < 100 (excluded), left edge 300: gap 100 (kept)
    r2 = run(n_sites=1, exclusions=water, exclusion_distance=100.0)
    assert r2.score[99, 28] == wos.NODATA and r2.score[99, 30] != wos.NODATA


def test_min_separation_respected():
    r = run(n_sites=2, min_separation=300.0)
    a, b = r.sites
    assert (a.rank, b.rank) == (1, 2)
    # site 1 centre (25, 20). Site 2 maximises 1 - (y-5)/1000 - (x-5)/2000 with its centre
    # at least 300 m away: along the main, centre (325, 20) -> 1 - 0.015 - 0.16 = 0.825
    # (up the network: centre (20, 325) -> 1 - 0.32 - 0.0075 = 0.6725)
    assert (b.x, b.y) == pytest.approx((325.0, 20.0))
    assert b.score == pytest.approx(0.825)
    assert math.hypot(a.x - b.x, a.y - b.y) >= 300.0
    assert a.geometry.intersection(b.geometry).area == pytest.approx(0.0)
    r5 = run(n_sites=5, min_separation=250.0)
    pts = [(s.x, s.y) for s in r5.sites]
    assert len(pts) == 5
    for i in range(5):
        for j in range(i + 1, 5):
            assert math.dist(pts[i], pts[j]) >= 250.0
    scores = [s.score for s in r5.sites]
    assert scores == sorted(scores, reverse=True)


def test_demand_criterion():
    # only the main and demand: a 10,000 GJ point at (505, 505) and radius 200 m.
    # Cells within 200 m of it have D = 10,000 = the maximum; score there
    # = (0.4 (1 - d_main/500) + 0.2 * 1) / 0.6; at (505, 305): d_main 300 ->
    # (0.4 * 0.4 + 0.2) / 0.6 = 0.36 / 0.6 = 0.6; at (505, 295): d_main 290, D = 0 (210 m
    # from the point) -> 0.4 * 0.42 / 0.6 = 0.28
    r = run(
        networks=None,
        demand_geoms=[Point(505, 505)],
        demand_values=[10000.0],
        demand_radius=200.0,
        n_sites=1,
    )
    row = lambda y: int((1000 - y) // 10)  # noqa: E731
    col = lambda x: int(x // 10)  # noqa: E731
    assert r.score[row(305), col(505)] == pytest.approx(0.6)
    assert r.score[row(295), col(505)] == pytest.approx(0.28)
    assert r.demand[row(305), col(505)] == pytest.approx(10000.0)
    assert r.sites[0].dist_network != r.sites[0].dist_network  # NaN: no network used


def test_candidates_mode():
    parcels = [
        box(500, 0, 600, 100),  # B
        box(0, 0, 100, 100),  # A
        box(200, 200, 230, 230),  # C: 9 cells = 900 m2 < 2,000
    ]
    r = run(candidates=parcels, min_separation=500.0)
    # A: centre (50, 50) -> 1 - 45/1000 - 45/2000 = 0.9325
    # B: centre (550, 50) -> 1 - 0.045 - 545/2000 = 0.6825; 500 m from A (not < 500): kept
    assert [s.source_index for s in r.sites] == [1, 0]
    assert [s.rank for s in r.sites] == [1, 2]
    assert r.sites[0].score == pytest.approx(0.9325)
    assert r.sites[1].score == pytest.approx(0.6825)
    assert r.sites[0].area_m2 == pytest.approx(10000.0)
    assert r.n_candidates_too_small == 1
    # a home next to A removes A's usable area below the plot area -> only B remains
    r2 = run(candidates=parcels[:2], buildings=[Point(52, 52)], building_distance=100.0)
    assert [s.source_index for s in r2.sites] == [0]
    # with a separation of 600 m, B (500 m from A) is left out
    r3 = run(candidates=parcels, min_separation=600.0)
    assert [s.source_index for s in r3.sites] == [1]
    # D lies 595-695 m from the main (y = 5), beyond MAX_DIST_MAIN 500 m: all its cells
    # score 0, so it is no site (left out like a too small one)
    r4 = run(candidates=[box(0, 600, 100, 700)])
    assert r4.sites == [] and r4.n_candidates_too_small == 1


def test_bad_input():
    with pytest.raises(wos.WosError):
        wos.site_analysis([box(0, 0, 1, 1).buffer(-1)], MAIN)
    with pytest.raises(wos.WosError):
        wos.site_analysis(STUDY, [])


def test_whole_city_runs_in_seconds():
    # 100 km2 at 10 m = 1,000,000 cells (plus padding), 20,000 buildings, 200 demand areas
    rng = np.random.default_rng(1)
    study = [box(0, 0, 10000, 10000)]
    xy = rng.uniform(0, 10000, (20000, 2))
    homes = [box(x, y, x + 10, y + 10) for x, y in xy]
    dem = [box(x, y, x + 400, y + 400) for x, y in rng.uniform(0, 10000, (200, 2))]
    t = time.perf_counter()
    r = wos.site_analysis(
        study,
        [LineString([(0, 0), (10000, 10000)])],
        [LineString([(0, 5000), (10000, 5000)])],
        dem,
        list(rng.uniform(1000, 50000, 200)),
        homes,
        [box(2000, 2000, 3000, 3000)],
    )
    elapsed = time.perf_counter() - t
    assert r.score.shape == (1000, 1000)
    assert len(r.sites) == 5
    assert elapsed < 30.0  # about 3 s on one core; generous for a shared CI machine


# ---- fast paths agree with the plain definitions -------------------------------------
def test_point_array_rasterizes_like_shapely_points():
    grid = wos.Grid(0.0, 100.0, 10.0, 10, 10)
    xs = np.array([5.0, 15.0, 15.0, 99.9, -1.0, 50.0, 200.0])
    ys = np.array([95.0, 85.0, 85.0, 0.1, 50.0, 50.0, 50.0])
    shp = [Point(x, y) for x, y in zip(xs, ys)]
    expected = wos.rasterize_any(shp, grid)
    assert expected.sum() == 4  # two points share a cell, two lie outside the grid
    got = wos.rasterize_any([wos.PointArray(xs, ys)], grid)
    assert np.array_equal(got, expected)
    # mixed with other geometries; lines and polygons skip the array as they skip points
    line = LineString([(0, 5), (100, 5)])
    assert np.array_equal(
        wos.rasterize_any([line, wos.PointArray(xs, ys)], grid),
        wos.rasterize_any([line] + shp, grid),
    )
    assert not wos.rasterize_lines([wos.PointArray(xs, ys)], grid).any()
    assert not wos.rasterize_points([wos.PointArray([], [])], grid).any()


def test_near_cells_is_the_gap_kernel_dilation():
    from scipy.signal import fftconvolve

    rng = np.random.default_rng(5)
    for shape in [(1, 1), (4, 9), (60, 45)]:
        mask = rng.random(shape) < 0.05
        mask[0, -1] = True
        for res, dist in [(10, 50), (10, 10), (2.5, 7.3), (0.3, 1.1), (7, 300)]:
            k = wos.gap_kernel(dist, res).astype(float)
            expected = fftconvolve(mask.astype(float), k, mode="same") > 0.5
            assert np.array_equal(wos.near_cells(mask, res, dist), expected), (shape, res, dist)


def test_find_sites_matches_a_full_recount():
    """find_sites keeps its open plots up to date locally; a plain greedy search that
    recounts every window each round finds the same sites."""
    rng = np.random.default_rng(11)
    n = 80
    grid = wos.Grid(0.0, n * 10.0, 10.0, n, n)
    yy, xx = np.mgrid[0:n, 0:n]
    score = np.clip(0.5 + 0.4 * np.sin(xx / 7.0) * np.cos(yy / 11.0), 0, 1)
    score[rng.random((n, n)) < 0.03] = 0.0
    usable = rng.random((n, n)) > 0.03
    d = rng.random((n, n)) * 100
    sites = wos.find_sites(score, usable, grid, d, d, d, 600, 6, 150, 0.05)
    assert len(sites) == 6
    # the plain search
    h0, w0 = wos.plot_shape(600, 10)
    shapes = [(h0, w0), (w0, h0)]
    ok_cells = usable & (score > 0)
    taken = np.zeros((n, n), dtype=bool)
    blocked = [np.zeros((n - h + 1, n - w + 1), dtype=bool) for h, w in shapes]
    means = [wos._window_sums(np.where(ok_cells, score, 0.0), h, w) / (h * w) for h, w in shapes]
    for site in sites:
        best = None
        free = ok_cells & ~taken
        for k, (h, w) in enumerate(shapes):
            ok = (
                (wos._window_sums(free.astype(float), h, w) > h * w - 0.5)
                & ~blocked[k]
                & (means[k] > 0)
            )
            m = np.where(ok, means[k], -1.0)
            r, c = divmod(int(np.argmax(m)), m.shape[1])
            if m[r, c] > 0 and (best is None or m[r, c] > best[0] + 1e-12):
                best = (m[r, c], r, c, h, w)
        s, r, c, h, w = best
        cr, cc = r + h / 2.0 - 0.5, c + w / 2.0 - 0.5
        assert (site.score, (site.x, site.y)) == (s, grid.centre(cr, cc))
        # mark the site's cells as the function does
        cells = wos.rasterize_polygons([site.patch], grid)
        assert cells.sum() * 100.0 == site.patch_area_m2
        # the site itself is its plot: h x w cells of the required area
        assert wos.rasterize_polygons([site.geometry], grid).sum() == h * w
        assert site.area_m2 == h * w * 100.0
        taken |= cells
        for k, (hh, ww) in enumerate(shapes):
            ys = (np.arange(blocked[k].shape[0]) + hh / 2.0 - 0.5 - cr) * 10.0
            xs = (np.arange(blocked[k].shape[1]) + ww / 2.0 - 0.5 - cc) * 10.0
            blocked[k] |= (ys[:, None] ** 2 + xs[None, :] ** 2) < 150.0**2


# ---- strip along the main, hard network limit, plot and patch ------------------------
def test_strip_along_the_main_is_excluded():
    # default strip 5 m each side of the main at y = 5: the buffer covers y 0..10, so the
    # bottom row of cells (y 0..10) is nodata and the next row (centre y 15) is not.
    assert wos.MAIN_STRIP == 5.0
    r = run(n_sites=1, main_strip=5.0)
    assert (r.score[99] == wos.NODATA).all()
    assert r.score[98, 0] == pytest.approx(hand_score(5, 15))  # 1 - 0.01 - 0 = 0.99
    s = r.sites[0]
    # best plot 4 rows x 5 cols at x 0..50, y 10..50: centre (25, 30) ->
    # 1 - 25/1000 - 20/2000 = 0.965 (5 x 4: centre (20, 35) -> 1 - 0.03 - 0.0075 = 0.9625)
    assert (s.x, s.y) == pytest.approx((25.0, 30.0))
    assert s.score == pytest.approx(0.965)
    # least distance to the main over the plot's cells: centre y 15 -> 10 m
    assert s.dist_main == pytest.approx(10.0)
    assert s.geometry.distance(MAIN[0]) >= 5.0 - 1e-9
    # 6 m each side: the buffer's edge y = 11 runs through the second row, excluded too
    r6 = run(n_sites=1, main_strip=6.0)
    assert (r6.score[98] == wos.NODATA).all() and r6.score[97, 0] != wos.NODATA
    assert r6.sites[0].y == pytest.approx(40.0)  # plot y 20..60


def test_hard_maximum_distance_to_the_network():
    # suitability: d_main 100 (0.8), d_net 400 (0.6): (0.4 * 0.8 + 0.4 * 0.6) / 0.8 = 0.7;
    # with a hard maximum of 300 m the cell is too far from the network: 0
    s = wos.suitability(np.array([100.0]), np.array([400.0]))
    assert s[0] == pytest.approx(0.7)
    s = wos.suitability(np.array([100.0]), np.array([400.0]), hard_max_dist_network=300.0)
    assert s[0] == 0.0
    # without a network the hard maximum does nothing: 1 - 100/500 = 0.8
    s = wos.suitability(np.array([100.0]), None, hard_max_dist_network=300.0)
    assert s[0] == pytest.approx(0.8)
    # the whole analysis: d_net = x - 5, so with 200 m the cells of centre x <= 205 keep
    # their score and those from x = 215 on score 0
    r = run(n_sites=3, min_separation=100.0, hard_max_dist_network=200.0)
    assert r.score[99, 20] == pytest.approx(hand_score(205, 5))  # 1 - 0 - 0.1 = 0.9
    assert r.score[99, 21] == 0.0
    for site in r.sites:
        # every cell of every plot lies within 200 m of the network (cell centre x <= 205)
        assert site.geometry.bounds[2] <= 210.0 + 1e-9


def test_site_is_the_plot_and_the_patch_is_separate():
    # The site is one plot of 2,000 m2 (4 x 5 cells at x 0..50, y 0..40, score 0.975);
    # the patch is the connected area of cells with score >= 0.975 - tolerance within
    # min_separation / 2 = 250 m of the plot centre. With tolerance 0.0525:
    # 1 - (y - 5)/1000 - (x - 5)/2000 >= 0.9225 <=> for cell centres (5 + 10 i, 5 + 10 j)
    # 20 j + 10 i <= 155 <=> 2 j + i <= 15 (no cell exactly on the limit): rows j = 0..7
    # hold 16 + 14 + 12 + 10 + 8 + 6 + 4 + 2 = 72 cells = 7,200 m2.
    r = run(n_sites=1, score_tolerance=0.0525)
    s = r.sites[0]
    assert s.area_m2 == pytest.approx(2000.0)
    assert s.geometry.equals(box(0, 0, 50, 40))
    assert s.patch_area_m2 == pytest.approx(7200.0)
    assert s.patch.area == pytest.approx(7200.0)
    assert s.patch.contains(s.geometry)
    assert s.patch.contains(Point(155, 5)) and not s.patch.contains(Point(165, 5))
    assert s.patch.contains(Point(5, 75)) and not s.patch.contains(Point(5, 85))


# ---- the records of a run ------------------------------------------------------------
def test_siting_parameters_margin_and_weights():
    p = wos.SitingParameters(
        resolution=10.0,
        max_dist_main=500.0,
        max_dist_network=1000.0,
        demand_radius=1500.0,
        building_distance=50.0,
        exclusion_distance=0.0,
    )
    # the largest distance, 1,500 m (demand radius), + 2 cells of 10 m
    assert p.search_margin() == 1520.0
    # defaults 0.4 main, 0.4 network, 0.2 demand: only the criteria used count
    assert p.weight_sum(False, False) == pytest.approx(0.4)
    assert p.weight_sum(True, False) == pytest.approx(0.8)
    assert p.weight_sum(True, True) == pytest.approx(1.0)
    assert wos.SitingParameters(weight_main=0.0).weight_sum(False, False) == 0.0


def test_site_of_records_is_site_analysis():
    p = wos.SitingParameters(resolution=10.0, main_strip=0.0, n_sites=1)
    r = wos.site(wos.SitingInputs(STUDY, MAIN, NETWORK), p)
    # the crossing of test_best_site_at_the_crossing_without_homes: centre (25, 20),
    # score 1 - 15/1000 - 20/2000 = 0.975
    assert (r.sites[0].x, r.sites[0].y) == pytest.approx((25.0, 20.0))
    assert r.sites[0].score == pytest.approx(0.975)
    assert np.array_equal(r.score, run(n_sites=1).score)
