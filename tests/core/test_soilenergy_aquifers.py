"""Soil energy per aquifer: hand-made wells, numbers worked out by hand.

R_th for V = 50,000 m3 (c_w 4.18, c_aq 2.8):
    H = 30 m: sqrt(4.18 x 50000 / (2.8 x pi x 30)) = sqrt(209000 / 263.894) = sqrt(791.98)
              = 28.142 m
    H = 40 m: 24.372 m
Opposite-temperature wells of different systems need 3 x max(R_th) (docs/method.md).
"""

import math

import numpy as np
import pytest

from bronnenstrategie.core import soilenergy as se

NAN = float("nan")
R30 = math.sqrt(4.18 * 50000 / (2.8 * math.pi * 30))  # 28.142 m


def test_r30_by_hand():
    assert pytest.approx(28.142, abs=1e-3) == R30
    assert se.thermal_radius(50000, 30) == pytest.approx(R30)


# -- item: distance rules only within one aquifer ------------------------------------------


def _two_wells(top_b, bottom_b, aquifer=None):
    # a warm well of system A and a cold well of system B, 10 m apart, both 50,000 m3;
    # well a screened 20-50 m (H 30, R_th 28.142); required 3 x 28.142 = 84.43 m > 10 m
    r = [R30, R30]
    return se.well_conflicts(
        [0.0, 10.0],
        [0.0, 0.0],
        r,
        ["A", "B"],
        [True, False],
        top=[20.0, top_b],
        bottom=[50.0, bottom_b],
        aquifer=aquifer,
    )


def test_different_depths_no_conflict():
    # 20-50 m and 90-130 m do not overlap: different aquifers, no conflict
    res = _two_wells(90.0, 130.0)
    assert len(res["i"]) == 0
    assert res["n_other_aquifer"] == 1


def test_same_depths_conflict():
    # both 20-50 m: a conflict opposite_temperature, shortfall 84.43 - 10 = 74.43 m
    res = _two_wells(20.0, 50.0)
    assert list(res["i"]) == [0] and list(res["j"]) == [1]
    assert res["kind"][0] == "opposite_temperature"
    assert res["required"][0] == pytest.approx(84.43, abs=0.005)
    assert res["shortfall"][0] == pytest.approx(74.43, abs=0.005)
    assert res["n_other_aquifer"] == 0


def test_unknown_depth_counts_as_overlapping():
    # well b without a depth: counts as overlapping -> the conflict stays; the wells
    # without a depth (for the warning) are found by unknown_aquifer
    res = _two_wells(NAN, NAN)
    assert len(res["i"]) == 1
    assert se.unknown_aquifer([20.0, NAN], [50.0, NAN]).tolist() == [False, True]


def test_touching_screens_do_not_overlap():
    # 20-50 and 50-80 only touch at 50 m: different aquifers
    assert len(_two_wells(50.0, 80.0)["i"]) == 0


def test_aquifer_code_takes_precedence():
    # same depths, but the codes say different aquifers: no conflict; the same code
    # with non-overlapping depths: a conflict (the code wins)
    assert len(_two_wells(20.0, 50.0, aquifer=["1", "2"])["i"]) == 0
    assert len(_two_wells(90.0, 130.0, aquifer=["PZWAz1", "pzwaz1 "])["i"]) == 1
    # one code missing: the depths decide
    assert len(_two_wells(90.0, 130.0, aquifer=["1", None])["i"]) == 0
    assert len(_two_wells(20.0, 50.0, aquifer=["1", ""])["i"]) == 1


def test_system_overlaps_per_aquifer():
    # two system points 100 m apart, R_th 24.372 each: footprints 2.5 x (24.372 x 2) =
    # 121.86 m > 100 m overlap in one aquifer, not across aquifers
    r = [24.372, 24.372]
    res = se.system_overlaps([0, 100], [0, 0], r, 2.5, top=[20, 20], bottom=[50, 50])
    assert len(res["i"]) == 1
    res = se.system_overlaps([0, 100], [0, 0], r, 2.5, top=[20, 90], bottom=[50, 130])
    assert len(res["i"]) == 0 and res["n_other_aquifer"] == 1


# -- aquifers parameter and weights --------------------------------------------------------


def test_parse_and_match_aquifers():
    aq = se.parse_aquifers(se.AQUIFERS)
    assert aq == [("1e watervoerend pakket", 18.0, 60.0), ("2e watervoerend pakket", 70.0, 150.0)]
    assert se.match_aquifer("1", aq) == 0
    assert se.match_aquifer(2.0, aq) == 1
    assert se.match_aquifer("2E WATERVOEREND PAKKET", aq) == 1
    assert se.match_aquifer("3", aq) == -1
    assert se.parse_aquifers("") == []
    with pytest.raises(ValueError, match="name:top-bottom"):
        se.parse_aquifers("first 18-60")
    with pytest.raises(ValueError, match="below the top"):
        se.parse_aquifers("first:60-18")
    with pytest.raises(ValueError, match="twice"):
        se.parse_aquifers("a:1-2;A:3-4")


def test_aquifer_weights_by_overlap():
    aq = [("A", 20.0, 40.0), ("B", 60.0, 120.0)]
    # screens: 25-35 (in A), 30-80 (A 10 m, B 20 m -> 1/3, 2/3), 45-55 (in the clay,
    # none), unknown (counted in both), code 'B' with a depth in A (the code wins)
    w, status = se.aquifer_weights(
        [25, 30, 45, NAN, 25], [35, 80, 55, NAN, 35], aq, codes=[None, None, None, None, "B"]
    )
    assert w == pytest.approx(np.array([[1, 0], [1 / 3, 2 / 3], [0, 0], [1, 1], [0, 1]]))
    assert status.tolist() == ["depth", "depth", "none", "unknown", "code"]


def test_window_use_per_aquifer_by_hand():
    # two aquifers: A 20-40 m (H 20 m) and B 60-120 m (H 60 m); porosity 0.30;
    # window of radius 100 m around (0, 0): area pi x 100^2 = 31,415.93 m2.
    # wells: 1: 30,000 m3 in A; 2: 60,000 m3 screened 30-80 m (A 10 m, B 20 m -> A 20,000,
    # B 40,000); 3: 90,000 m3 in B; 4: 10,000 m3 in A but 150 m away (outside).
    # A: 30,000 + 20,000 = 50,000 m3 -> 50,000 / (31,415.93 x 0.30 x 20) = 0.265258
    # B: 40,000 + 90,000 = 130,000 m3 -> 130,000 / (31,415.93 x 0.30 x 60) = 0.229890
    # busiest: A (0.2653); wells per aquifer A: 1, 2 -> 2; B: 2, 3 -> 2;
    # density 2 / 0.0314159 km2 = 63.662 per km2 in each.
    # one conflict midpoint at (5, 0) in B, one in A at (500, 0) (outside)
    aq = [("A", 20.0, 40.0), ("B", 60.0, 120.0)]
    w, _ = se.aquifer_weights([25, 30, 70, 25], [35, 80, 110, 35], aq)
    m = se.window_metrics(
        [0.0],
        [0.0],
        [0, 10, -10, 150],
        [0, 0, 0, 0],
        [30000.0, 60000.0, 90000.0, 10000.0],
        100.0,
        40.0,
        0.30,
        conflict_x=[5.0, 500.0],
        conflict_y=[0.0, 0.0],
        weights=w,
        thicknesses=[20.0, 60.0],
        conflict_aquifer=[1, 0],
    )
    assert m["usage_aq"][0].tolist() == pytest.approx([0.265258, 0.229890], abs=1e-6)
    assert m["usage_fraction"][0] == pytest.approx(0.265258, abs=1e-6)
    assert m["busiest"].tolist() == [0]
    assert m["wells_aq"][0].tolist() == [2, 2]
    assert m["density_km2"][0] == pytest.approx(63.662, abs=1e-3)
    assert m["n_wells"].tolist() == [3]
    assert m["conflicts_aq"][0].tolist() == [0, 1]
    # the same over a 200 x 200 m square around the wells (40,000 m2), with
    # polygon_metrics: A 50,000 / (40,000 x 0.3 x 20) = 0.208333;
    # B 130,000 / (40,000 x 0.3 x 60) = 0.180556 (well 4 at x 150 lies outside)
    from shapely.geometry import box

    p = se.polygon_metrics(
        box(-100, -100, 100, 100),
        [0, 10, -10, 150],
        [0, 0, 0, 0],
        [30000.0, 60000.0, 90000.0, 10000.0],
        40.0,
        0.30,
        conflict_x=[5.0, 500.0],
        conflict_y=[0.0, 0.0],
        weights=w,
        thicknesses=[20.0, 60.0],
        conflict_aquifer=[1, 0],
    )
    assert p["usage_aq"].tolist() == pytest.approx([0.208333, 0.180556], abs=1e-6)
    assert p["usage_fraction"] == pytest.approx(0.208333, abs=1e-6)
    assert p["busiest"] == 0
    assert p["conflicts_aq"].tolist() == [0, 1]


def test_pair_aquifer():
    w = np.array([[1.0, 0.0], [1 / 3, 2 / 3], [0.0, 1.0], [0.0, 0.0]])
    # (0, 1): A 1/3, B 0 -> A; (1, 2): B; (0, 2): nothing shared -> -1; (3, 0): none
    assert se.pair_aquifer([0, 1, 0, 3], [1, 2, 2, 0], w).tolist() == [0, 1, -1, -1]


# -- zone check: thermal radius inside the own zone ----------------------------------------


def test_near_border_by_hand():
    from shapely.geometry import box

    # strips of 100 m, flow north: warm [0, 100], koud [100, 200], warm [200, 300]
    zones = se.zone_layout(box(0, 0, 300, 300), 0.0, 100.0)
    zl = [(z["geometry"], z["zone"], z["bounds"]) for z in zones]
    # warm well 10 m inside its zone (x 90, border at 100) with R_th 20 m: near_border,
    # distance 10; warm well at x 50 (50 m from the border) with R_th 20: ok; a koud well
    # at x 150 with R_th 60 (50 m to both borders): near_border 50; a warm well at x 5
    # (the area's outer edge, no opposite zone there) with R_th 20: ok
    status, dist = se.zone_check(
        [90, 50, 150, 5],
        [150, 150, 150, 150],
        [True, True, False, True],
        zl,
        r_th=[20.0, 20.0, 60.0, 20.0],
        return_distance=True,
    )
    assert status.tolist() == ["near_border", "ok", "near_border", "ok"]
    assert dist[0] == pytest.approx(10.0)
    assert dist[2] == pytest.approx(50.0)
    assert np.isnan(dist[1]) and np.isnan(dist[3])
    # exactly R_th from the border is ok (distance >= R_th)
    assert se.zone_check([80], [150], [True], zl, r_th=[20.0]).tolist() == ["ok"]


def test_zone_layout_offset():
    from shapely.geometry import box

    # offset 30: borders at x 30, 130, 230; the sliver [0, 30] is of the other zone
    zones = se.zone_layout(box(0, 0, 300, 300), 0.0, 100.0, offset=30.0)
    got = [
        (round(z["geometry"].bounds[0], 6), round(z["geometry"].bounds[2], 6), z["zone"])
        for z in zones
    ]
    assert got == [(0, 30, "koud"), (30, 130, "warm"), (130, 230, "koud"), (230, 300, "warm")]


def test_fit_on_hand_made_layout():
    from shapely.geometry import box

    # area 0-400 m across the flow (flow north), zone width 100 m, R_th 10 m for every
    # well; warm wells at x 95 and 295, koud wells at x 195 and 395 (all at y 100).
    # Default plan (offset 0): warm [0,100], koud [100,200], warm [200,300], koud [300,400]:
    # every well in its own zone, but 95, 195 and 295 lie 5 m < 10 m from the next border
    # (100, 200, 300): 3 near_border; 395 is 5 m from the area's outer edge, which is no
    # border: ok. Cost 0 wrong + 3 near = 3.
    # With offset s the borders lie at s + 100 k, the strip [s, s + 100] is warm and the
    # sliver [0, s] koud. The well at 95 is ok when 95 - s >= 10 and s + 100 - 95 >= 10:
    # 5 <= s <= 85; the same holds for 195 and 295 (the colours alternate with the
    # strips), and for 395 only 395 - (s + 300) >= 10: s <= 85. For s > 85 the wells are
    # near a border, for s > 95 in the wrong zone. So cost 0 exactly for 5 <= s <= 85.
    # Offsets in steps of 100 / 200 = 0.5 m: 5.0, 5.5, ..., 85.0 are 161 offsets, the
    # middle one (index 80) is 5 + 80 x 0.5 = 45.0 m.
    area = box(0, 0, 400, 200)
    x = [95.0, 295.0, 195.0, 395.0]
    warm = [True, True, False, False]
    fit = se.fit_zone_plan(area, x, [100.0] * 4, warm, 10.0, 0.0, 100.0, steps=200)
    assert (fit["wrong_before"], fit["near_before"]) == (0, 3)
    assert (fit["wrong_after"], fit["near_after"]) == (0, 0)
    assert fit["offset"] == pytest.approx(45.0)
    assert fit["first_zone"] == "warm"
    # the geometric check agrees: before 3 near_border, after all four ok
    before = se.zone_layout(area, 0.0, 100.0)
    status = se.zone_check(
        x, [100.0] * 4, warm, [(z["geometry"], z["zone"]) for z in before], r_th=[10.0] * 4
    )
    assert status.tolist() == ["near_border", "near_border", "near_border", "ok"]
    after = se.zone_layout(area, 0.0, 100.0, offset=fit["offset"])
    status = se.zone_check(
        x, [100.0] * 4, warm, [(z["geometry"], z["zone"]) for z in after], r_th=[10.0] * 4
    )
    assert status.tolist() == ["ok"] * 4


def test_fit_chooses_the_first_zone():
    from shapely.geometry import box

    # area 0-300 m, width 100, R_th 10, wells at x 20 (koud), 120 (warm), 220 (koud).
    # Warm first, offset s: sliver [0, s] koud, [s, s + 100] warm, [s + 100, s + 200]
    # koud. The koud well at 20 needs s >= 30 (in the sliver, 10 m from s); the warm
    # well at 120 needs s + 10 <= 120 <= s + 90: 30 <= s <= 110; the koud well at 220:
    # s + 110 <= 220 <= s + 190: 30 <= s <= 110. Cost 0 for 30 <= s < 100 (offsets
    # are below the width): 70 offsets of 1 m (steps 100).
    # Koud first, offset s: [0, s] warm sliver (when s > 0), [s, s + 100] koud, ...: the
    # koud well at 20 needs s <= 10 and, for s > 0, 20 - s >= 10: s <= 10; 120 warm in
    # [s + 100, s + 200]: s + 110 <= 120 -> s <= 10; 220 koud in [s + 200, s + 300]:
    # s <= 10 (the far edge 300 is no border). Cost 0 for 0 <= s <= 10: 11 offsets.
    # Default (warm first, s 0): 20 warm zone (wrong), 120 koud zone (wrong), 220 warm
    # zone (wrong): 3 wrong. Both colours reach cost 0; the first zone given is kept on
    # a tie: warm first, middle of 30..99 = index 34 of the run -> 30 + 34 = 64 m.
    area = box(0, 0, 300, 100)
    x, y, warm = [20.0, 120.0, 220.0], [50.0] * 3, [False, True, False]
    fit = se.fit_zone_plan(area, x, y, warm, 10.0, 0.0, 100.0, choose_first=True, steps=100)
    assert (fit["wrong_before"], fit["near_before"]) == (3, 0)
    assert (fit["wrong_after"], fit["near_after"]) == (0, 0)
    assert fit["first_zone"] == "warm" and fit["offset"] == pytest.approx(64.0)
    # without choose_first, koud given first: the default (s 0) is already right (20 is
    # 80 m from the border at 100 and the outer edge 0 is none; 120 and 220 are 20 m
    # from theirs); the fit takes the middle of the run 0..10: 5 m
    fit = se.fit_zone_plan(area, x, y, warm, 10.0, 0.0, 100.0, first_zone="koud", steps=100)
    assert fit["first_zone"] == "koud" and fit["offset"] == pytest.approx(5.0)
    assert (fit["wrong_before"], fit["near_before"]) == (0, 0)
    assert (fit["wrong_after"], fit["near_after"]) == (0, 0)
