"""Unit tests of core/geothermal.py (no QGIS). Every expected number is worked out by
hand from the formulas in docs/method.md (deep geothermal); the arithmetic is in the
comments."""

import math

import pytest

from bronnenstrategie.core import geothermal as gt
from bronnenstrategie.core.constants import C_WATER, GJ_PER_HOME

# r_cf with the defaults, by hand:
#   c_aq = 0.21 * 4.18 + 0.79 * (2720 * 855 / 1e6) = 0.8778 + 0.79 * 2.3256
#        = 0.8778 + 1.837224 = 2.715024 MJ/m3K
#   V    = 250 m3/h * 6000 h * 30 yr = 45,000,000 m3
#   r_cf = sqrt(4.18 * 45e6 / (pi * 100 * 2.715024)) = sqrt(188.1e6 / 852.950)
#        = sqrt(220,529) = 469.60 m
R_CF = 469.60
L = 1300.0


def test_constants_are_shared():
    # the module uses the project's single defaults, not copies
    assert C_WATER == 4.18
    assert GJ_PER_HOME == 33.0
    assert pytest.approx(2.3256) == gt.C_ROCK  # 2720 * 855 / 1e6


def test_power_heat_homes_check_values():
    # P = 250/3600 m3/s * 4.18 MJ/m3K * 40 K = 0.069444 * 167.2 = 11.611 MW
    p = gt.power_mw(250, 40)
    assert p == pytest.approx(11.6111, abs=1e-3)
    # E = 11.6111 MW * 6000 h * 3600 s/h = 250.8e6 MJ = 250.8 TJ/yr
    e = gt.heat_tj(p, 6000)
    assert e == pytest.approx(250.8, abs=0.01)
    # homes = 250,800 GJ / 33 GJ = 7,600
    assert gt.homes(e) == pytest.approx(7600.0, abs=0.5)
    # a double doublet doubles: 2 * 7600 = 15,200
    assert gt.homes(gt.heat_tj(2 * p, 6000)) == pytest.approx(15200.0, abs=1)
    # 15 doublets: 15 * 250.8 TJ = 3,762 TJ = 3.76 PJ, short of the seed's 4 PJ
    assert 15 * e == pytest.approx(3762.0, abs=0.5)


def test_flow_that_reproduces_the_bronnenstrategie():
    # 4 PJ / 15 = 266,667 GJ per doublet; / (4.18 GJ per 1000 m3 K * 40 K * 6000 h)
    #   = 266,666.7 / 1.0032 = 265.82 m3/h
    assert pytest.approx(265.82, abs=0.01) == gt.SEED_FLOW_RATE
    # at 266 m3/h: P = 266/3600 * 4.18 * 40 = 12.354 MW; E = 12.354 * 6000 * 3600 / 1e6
    #   = 266.85 TJ; homes = 266,851 / 33 = 8,086
    p = gt.power_mw(266, 40)
    assert p == pytest.approx(12.3542, abs=1e-3)
    e = gt.heat_tj(p, 6000)
    assert e == pytest.approx(266.85, abs=0.01)
    assert gt.homes(e) == pytest.approx(8086.4, abs=0.5)
    # the assumed defaults are labelled as such, not presented as the seed's figure
    assert gt.FLOW_RATE == 250.0 and gt.DELTA_T == 40.0 and gt.LIFETIME == 30.0


def test_power_is_vectorised():
    # 150 m3/h: 150/3600 * 4.18 * 40 = 6.9667 MW; 300 m3/h: 2 * 6.9667 = 13.933 MW
    out = gt.power_mw([150, 300], 40)
    assert out[0] == pytest.approx(6.9667, abs=1e-3)
    assert out[1] == pytest.approx(13.9333, abs=1e-3)


def test_c_aquifer_and_cold_front_radius():
    assert gt.c_aquifer() == pytest.approx(2.715024, abs=1e-6)
    assert gt.cold_front_radius() == pytest.approx(R_CF, abs=0.05)
    # explicit arguments give the same: V = 45e6 m3
    assert gt.injected_volume(250, 6000, 30) == pytest.approx(45.0e6)
    assert gt.cold_front_radius(250, 6000, 30, 100, 2.715024) == pytest.approx(R_CF, abs=0.05)


def test_cold_front_radius_scales_with_sqrt_of_flow():
    # r_cf ~ sqrt(Q): Q = 62.5 m3/h (a quarter) -> 469.60 / 2 = 234.80 m
    assert gt.cold_front_radius(62.5) == pytest.approx(R_CF / 2, abs=0.05)
    # and with porosity 1 c_aq = c_w: r = sqrt(V / (pi H)) = sqrt(45e6 / 314.159) = 378.47 m
    assert gt.cold_front_radius(c_aq=C_WATER) == pytest.approx(378.47, abs=0.05)


def test_footprint_area_formula():
    # 2 r L + pi r^2 = 2 * 469.60 * 1300 + pi * 469.60^2 = 1,220,960 + 692,797 = 1,913,757
    assert gt.footprint_area(R_CF, L) == pytest.approx(1_913_757, rel=1e-4)


def test_reservoir_footprint_polygon_area_and_shape():
    r = gt.cold_front_radius()
    (fp,) = gt.reservoir_footprints(0.0, 0.0, 0.0, L, r, doublets=1)
    # the buffer's caps are half 128-gons: deficit (pi - 64 sin(2pi/128)) r^2 = 0.00126 r^2
    # = 278 m2 of 1.91e6 m2, i.e. < 2e-4
    assert fp.area == pytest.approx(2 * r * L + math.pi * r * r, rel=2e-4)
    # azimuth 0 = north: segment from (0, -650) to (0, 650), buffered by r
    minx, miny, maxx, maxy = fp.bounds
    assert maxy == pytest.approx(650 + r, abs=0.01)
    assert miny == pytest.approx(-650 - r, abs=0.01)
    assert maxx == pytest.approx(r, rel=1e-3)


def test_azimuth_rotates_footprint():
    # azimuth 90 = east: the long axis is x, extent 650 + r
    (fp,) = gt.reservoir_footprints(1000.0, 2000.0, 90.0, L, 100.0)
    minx, miny, maxx, maxy = fp.bounds
    assert maxx == pytest.approx(1000 + 650 + 100, abs=0.01)
    assert maxy == pytest.approx(2000 + 100, abs=0.1)


def test_double_doublet_offset_perpendicular_to_the_right():
    # azimuth 0 (north): right is east -> second centre at (1300, 0)
    c = gt.doublet_centres(0.0, 0.0, 0.0, L, 2)
    assert c[0] == pytest.approx((0.0, 0.0))
    assert c[1] == pytest.approx((1300.0, 0.0))
    # azimuth 90 (east): right is south -> (0, -1300)
    c = gt.doublet_centres(0.0, 0.0, 90.0, L, 2)
    assert c[1][0] == pytest.approx(0.0, abs=1e-9)
    assert c[1][1] == pytest.approx(-1300.0)
    fps = gt.reservoir_footprints(0.0, 0.0, 0.0, L, R_CF, doublets=2)
    assert len(fps) == 2
    # centres 1300 m apart, 2 r = 939.2 m < 1300: the two doublets do not overlap
    assert fps[0].intersection(fps[1]).area == 0.0
    assert fps[1].centroid.x == pytest.approx(1300.0, abs=0.01)


def test_well_positions():
    p, i = gt.well_positions(10.0, 20.0, 0.0, 1300.0)
    assert p == pytest.approx((10.0, 20.0 - 650.0))
    assert i == pytest.approx((10.0, 20.0 + 650.0))


def test_site_circle_has_the_exact_area():
    c = gt.site_circle(0.0, 0.0, 10000.0)
    assert c.area == pytest.approx(10000.0, rel=1e-9)
    # radius close to sqrt(10000 / pi) = 56.42 m
    assert c.bounds[2] == pytest.approx(56.42, abs=0.05)
    assert gt.site_circle(0.0, 0.0, 2500.0).area == pytest.approx(2500.0, rel=1e-9)


def test_noise_contour_extends_300_m_beyond_the_site():
    site = gt.site_circle(0.0, 0.0, 10000.0)
    noise = gt.noise_contour(site, 300.0)
    # radius about 56.42 + 300 = 356.42 m
    assert noise.bounds[2] == pytest.approx(356.42, abs=0.1)
    assert noise.contains(site)


def test_candidate_pairs_bounding_boxes():
    bounds = [(0, 0, 10, 10), (5, 5, 15, 15), (100, 0, 110, 10), (9, 20, 12, 30)]
    # 0-1 overlap; 2 is far in x; 3 overlaps 0 and 1 in x but not in y
    assert gt.candidate_pairs(bounds) == [(0, 1)]
    assert gt.candidate_pairs([(0, 0, 1, 1)]) == []


def test_conflict_of_two_locations_side_by_side():
    # Two doublets, azimuth 0, 500 m apart in x (d = 500 < 2 r = 939.2). The overlap is a
    # rectangle (2r - d) x L plus, from the two end caps together, one full lens of two
    # circles of radius r at distance d:
    #   rectangle = (939.21 - 500) * 1300 = 570,973 m2
    #   lens = 2 r^2 acos(d / 2r) - d/2 sqrt(4 r^2 - d^2)
    #        = 2 * 220,529 * acos(0.53236) - 250 * sqrt(882,116 - 250,000)
    #        = 441,058 * 1.00941 - 250 * 795.06 = 445,207 - 198,765 = 246,442 m2
    #   total about 570,973 + 246,442 = 817,415 m2
    r = gt.cold_front_radius()
    d = 500.0
    lens = 2 * r * r * math.acos(d / (2 * r)) - d / 2 * math.sqrt(4 * r * r - d * d)
    expected = (2 * r - d) * L + lens
    assert expected == pytest.approx(817_415, abs=5)
    a = gt.reservoir_footprints(0.0, 0.0, 0.0, L, r)[0]
    b = gt.reservoir_footprints(d, 0.0, 0.0, L, r)[0]
    far = gt.reservoir_footprints(10_000.0, 0.0, 0.0, L, r)[0]
    conflicts = gt.footprint_conflicts([a, far, b])
    assert len(conflicts) == 1
    i, j, geom, area = conflicts[0]
    assert (i, j) == (0, 2)
    assert area == pytest.approx(expected, rel=1e-3)
    assert geom.area == pytest.approx(area)


def test_conflicts_ignore_touching_and_empty():
    from shapely.geometry import Polygon

    a = Polygon([(0, 0), (1, 0), (1, 1), (0, 1)])
    b = Polygon([(1, 0), (2, 0), (2, 1), (1, 1)])  # shares an edge only
    assert gt.footprint_conflicts([a, b]) == []
    assert gt.footprint_conflicts([a]) == []
    assert gt.footprint_conflicts([a, Polygon()]) == []


def test_footprint_segments_are_the_well_lines_of_reservoir_footprints():
    # two locations: a doublet at azimuth 0 and a double doublet at azimuth 90; the rows
    # are the doublets in order, each the producer -> injector line of its footprint
    x0, y0, x1, y1, loc, num = gt.footprint_segments(
        [0.0, 5000.0], [0.0, 0.0], [0.0, 90.0], L, [1, 2]
    )
    assert list(loc) == [0, 1, 1]
    assert list(num) == [1, 1, 2]
    # azimuth 0: (0, -650) -> (0, 650); azimuth 90: (5000 - 650, 0) -> (5650, 0), the
    # second doublet 1300 m to the right (south): y = -1300
    assert (x0[0], y0[0], x1[0], y1[0]) == pytest.approx((0.0, -650.0, 0.0, 650.0))
    assert (x0[1], y0[1], x1[1], y1[1]) == pytest.approx((4350.0, 0.0, 5650.0, 0.0), abs=1e-9)
    assert (x0[2], y0[2], x1[2], y1[2]) == pytest.approx(
        (4350.0, -1300.0, 5650.0, -1300.0), abs=1e-9
    )
    for k, fp in enumerate(gt.reservoir_footprints(5000.0, 0.0, 90.0, L, R_CF, 2)):
        assert fp.centroid.y == pytest.approx((y0[1 + k] + y1[1 + k]) / 2, abs=1e-6)
    empty = gt.footprint_segments([], [], [], L, [])
    assert all(len(a) == 0 for a in empty)


def test_location_claims_two_locations_one_double_doublet():
    # P = 250/3600 x 4.18 x 40 = 11.611 MW, 250.8 TJ/yr, 7,600 homes per doublet
    settings = gt.Settings()
    locations = [
        gt.Location("a", 0, 1, 0.0, 0.0, 0.0),
        gt.Location("b", None, 2, 0.0, 800.0, 0.0),
    ]
    claims = gt.location_claims(locations, settings)
    assert [c.doublets for c in claims.capacities] == [1, 2]
    assert claims.capacities[1].power == pytest.approx(2 * 250 / 3600 * 4.18 * 40)
    assert claims.total_power == pytest.approx(3 * 11.6111, abs=1e-3)
    assert claims.total_heat == pytest.approx(3 * 250.8)
    assert claims.total_homes == pytest.approx(3 * 7600)
    assert claims.n_double == 1
    assert claims.footprint_location.tolist() == [0, 1, 1]
    assert claims.footprint_number.tolist() == [1, 1, 2]
    # site circles have the exact areas; the noise contour reaches 300 m beyond the site
    assert claims.drilling_sites.areas() == pytest.approx([10000.0, 10000.0])
    assert claims.permanent_sites.areas() == pytest.approx([2500.0, 2500.0])
    r_site = math.sqrt(10000.0 / math.pi)
    assert claims.noise_contours.bounds()[0][2] == pytest.approx(r_site + 300.0, rel=1e-3)
    # footprints of a (x = 0) and b's first (x = 800), r_cf = 469.6 m, overlap in x by
    # 2 x 469.6 - 800 = 139.2 m; b's second footprint lies 1,300 m east (x = 2,100)
    assert len(claims.conflicts) == 1
    conflict = claims.conflicts[0]
    assert (conflict.a, conflict.b) == (0, 1)
    assert 139.2 * 1300 < conflict.area < 139.2 * (1300 + 2 * 469.6)
    assert conflict.overlap.area == pytest.approx(conflict.area)


def test_location_claims_without_locations():
    claims = gt.location_claims([], gt.Settings())
    assert claims.capacities == [] and claims.conflicts == []
    assert claims.total_power == 0.0 and len(claims.footprint_location) == 0
