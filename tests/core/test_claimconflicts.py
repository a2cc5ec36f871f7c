"""Claim conflicts in 3D: depth logic, sweep index, overlap areas worked out by hand."""

import time

import numpy as np
import pytest
from shapely.geometry import MultiPolygon, Polygon, box

from bronnenstrategie.core import claimconflicts as cc
from bronnenstrategie.core.claimconflicts import Claim

# --- depth ranges -------------------------------------------------------------------


def test_depth_range_levels():
    assert cc.depth_range("bovengronds", 10, 20) == (0.0, 0.0)  # surface, depths ignored
    assert cc.depth_range("beide", 5, 60) == (0.0, 60.0)  # 0 to depth_bottom
    assert cc.depth_range("ondergronds", 18, 60) == (18.0, 60.0)
    assert cc.depth_range(None, "18", "60") == (18.0, 60.0)  # no level: depths as given
    assert cc.depth_range(" Ondergronds ", 18, 60) == (18.0, 60.0)


@pytest.mark.parametrize(
    "level,top,bottom",
    [
        ("ondergronds", None, 60),
        ("ondergronds", 18, None),
        ("ondergronds", 60, 18),  # top below bottom
        ("ondergronds", float("nan"), 60),
        ("ondergronds", "diep", 60),
        ("beide", 0, None),
        ("beide", 10, 0),  # top below bottom: contradictory, not the surface 0-0
        (None, None, None),
    ],
)
def test_depth_range_unknown(level, top, bottom):
    assert cc.depth_range(level, top, bottom) is None


def test_unknown_types_and_levels():
    claims = [Claim("a", None, claim_type="Bodemenergie_Zone_Warm ", level=" BEIDE"),
              Claim("b", None, claim_type="xoverigx", level="diep"),
              Claim("c", None, claim_type="xoverigx", level=None),
              Claim("d", None, claim_type=None, level="")]  # fmt: skip
    # a: known after case and blanks; b and c: the same unknown type twice; d: empty
    assert cc.unknown_values(claims) == {"claim_type": {"xoverigx": 2}, "level": {"diep": 1}}


def test_depth_overlap():
    assert cc.depth_overlap((0, 60), (18, 100)) == (18, 60)
    assert cc.depth_overlap((18, 60), (60, 100)) is None  # touching proper ranges
    assert cc.depth_overlap((18, 60), (70, 100)) is None
    assert cc.depth_overlap((0, 0), (0, 0)) == (0, 0)  # both at the surface
    assert cc.depth_overlap((0, 0), (0, 40)) == (0, 0)  # surface vs 'beide'
    assert cc.depth_overlap((0, 0), (18, 60)) is None  # surface vs underground


def test_format_depth():
    assert cc.format_depth((18.0, 60.0)) == "18-60 m"
    assert cc.format_depth(None) == "onbekend"
    assert cc.format_depth((0.0, 0.0)) == "0-0 m (maaiveld)"


# --- candidate pairs ----------------------------------------------------------------


def test_candidate_pairs_matches_brute_force():
    rng = np.random.default_rng(1)
    xy = rng.uniform(0, 100, size=(300, 2))
    wh = rng.uniform(0, 8, size=(300, 2))
    bounds = np.column_stack([xy, xy + wh])
    got = {tuple(p) for p in cc.candidate_pairs(bounds)}
    want = set()
    for i in range(300):
        for j in range(i + 1, 300):
            a, b = bounds[i], bounds[j]
            if a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]:
                want.add((i, j))
    assert got == want
    assert len(want) > 50  # the test is not trivial


def test_candidate_pairs_small():
    assert cc.candidate_pairs(np.empty((0, 4))).shape == (0, 2)
    assert cc.candidate_pairs([[0, 0, 1, 1]]).shape == (0, 2)
    # touching boxes are candidates (the exact test comes later)
    assert cc.candidate_pairs([[0, 0, 1, 1], [1, 0, 2, 1]]).tolist() == [[0, 1]]


# --- conflicts ----------------------------------------------------------------------

A = box(0, 0, 100, 100)  # 100 x 100 m
B = box(60, 70, 160, 170)  # overlap with A: x 60-100 (40 m) * y 70-100 (30 m) = 1200 m2


def _claims(level_a, top_a, bot_a, level_b, top_b, bot_b, **kw):
    return [
        Claim("a", A, name="WKO Noord", claim_type="bodemenergie_interferentiegebied",
              level=level_a, depth_top=top_a, depth_bottom=bot_a, initiator="X"),
        Claim("b", B, name="Geothermie CR-plein", claim_type="geothermie_locatie",
              level=level_b, depth_top=top_b, depth_bottom=bot_b, initiator="Y", **kw),
    ]  # fmt: skip


def test_overlapping_depths_conflict():
    # depths 0-60 (beide) and 18-200 share 18-60 m
    conflicts, counts = cc.find_conflicts(_claims("beide", None, 60, "ondergronds", 18, 200))
    assert len(conflicts) == 1
    c = conflicts[0]
    assert (c.a, c.b) == (0, 1)
    assert c.overlap_m2 == pytest.approx(1200.0)  # 40 m * 30 m
    assert c.depth_range == (18.0, 60.0)
    assert cc.format_depth(c.depth_range) == "18-60 m"
    assert c.depth_known
    assert c.geometry.bounds == (60.0, 70.0, 100.0, 100.0)
    assert counts["unknown_depth"] == 0
    assert "Het college besluit." in c.advice
    assert "Geothermie CR-plein" in c.advice


def test_separate_depths_do_not_conflict():
    # 0-60 and 500-2500 m: same plan area, different depth
    conflicts, _ = cc.find_conflicts(_claims("ondergronds", 0, 60, "ondergronds", 500, 2500))
    assert conflicts == []


def test_surface_only_claim():
    # bovengronds (0-0) vs underground 18-60: no conflict
    conflicts, _ = cc.find_conflicts(_claims("bovengronds", None, None, "ondergronds", 18, 60))
    assert conflicts == []
    # bovengronds vs beide (0-60): both use the surface
    conflicts, _ = cc.find_conflicts(_claims("bovengronds", None, None, "beide", None, 60))
    assert len(conflicts) == 1
    assert conflicts[0].depth_range == (0.0, 0.0)


def test_missing_depth_counts_as_overlap_with_warning():
    conflicts, counts = cc.find_conflicts(
        _claims("ondergronds", None, None, "ondergronds", 500, 2500)
    )
    assert len(conflicts) == 1
    assert conflicts[0].depth_range is None
    assert not conflicts[0].depth_known
    assert counts["unknown_depth"] == 1
    assert "Diepte onbekend" in conflicts[0].advice


def test_min_overlap_area():
    # 1200 m2 overlap: conflict at a threshold of 1000 m2, none at 1500 m2
    claims = _claims("beide", None, 60, "beide", None, 60)
    assert len(cc.find_conflicts(claims, min_overlap_area=1000)[0]) == 1
    assert cc.find_conflicts(claims, min_overlap_area=1500)[0] == []


def test_touching_polygons_do_not_conflict():
    claims = [Claim("a", box(0, 0, 10, 10), level="beide", depth_bottom=50),
              Claim("b", box(10, 0, 20, 10), level="beide", depth_bottom=50)]  # fmt: skip
    assert cc.find_conflicts(claims)[0] == []


def test_same_type_same_initiator():
    claims = [
        Claim(
            "a",
            A,
            claim_type="bodemenergie_interferentiegebied",
            initiator="Gemeente",
            level="beide",
            depth_bottom=60,
        ),
        Claim(
            "b",
            B,
            claim_type="bodemenergie_interferentiegebied",
            initiator=" gemeente",
            level="beide",
            depth_bottom=60,
        ),
    ]
    assert cc.find_conflicts(claims)[0] == []
    assert len(cc.find_conflicts(claims, same_type_conflicts=True)[0]) == 1
    # other initiator: conflict
    claims[1].initiator = "Eneco"
    assert len(cc.find_conflicts(claims)[0]) == 1
    # unknown initiators are not assumed to be the same
    claims[0].initiator = claims[1].initiator = None
    assert len(cc.find_conflicts(claims)[0]) == 1


def test_zones_inside_an_interference_area_are_one_plan():
    # a warm zone overlapping an interference area (both 18-60 m, 1200 m2 shared) is part of
    # the area's bodemenergieplan: no conflict, unless asked for; a geothermal site is.
    area = Claim(
        "a",
        A,
        claim_type="bodemenergie_interferentiegebied",
        level="ondergronds",
        depth_top=18,
        depth_bottom=60,
        initiator="Gemeente",
    )
    zone = Claim(
        "b",
        B,
        claim_type="bodemenergie_zone_warm",
        level="ondergronds",
        depth_top=18,
        depth_bottom=60,
        initiator="Gemeente",
    )
    assert cc.find_conflicts([area, zone])[0] == []
    found = cc.find_conflicts([area, zone], plan_parts_conflict=True)[0]
    assert len(found) == 1 and found[0].overlap_m2 == pytest.approx(1200.0)
    zone.claim_type = "geothermie_locatie"
    assert len(cc.find_conflicts([area, zone])[0]) == 1


def test_multipolygon_and_invalid_geometry():
    # A bow-tie (invalid) is repaired; a multipolygon claim overlapping two parts
    bowtie = Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])  # two triangles of 25 m2 each
    multi = MultiPolygon([box(0, 0, 10, 10), box(50, 50, 60, 60)])
    claims = [Claim("a", bowtie, level="beide", depth_bottom=10),
              Claim("b", multi, level="beide", depth_bottom=10),
              Claim("c", Polygon(), level="beide", depth_bottom=10)]  # fmt: skip
    conflicts, counts = cc.find_conflicts(claims)
    assert counts["repaired"] == 1
    assert counts["empty"] == 1
    assert len(conflicts) == 1
    # the repaired bow-tie is two triangles of 10 * 5 / 2 = 25 m2 each, all inside the box
    assert conflicts[0].overlap_m2 == pytest.approx(50.0)


def test_warm_cold_advice():
    claims = [
        Claim(
            "w",
            A,
            name="warm",
            claim_type="bodemenergie_zone_warm",
            level="ondergronds",
            depth_top=20,
            depth_bottom=80,
        ),
        Claim(
            "k",
            B,
            name="koud",
            claim_type="bodemenergie_zone_koud",
            level="ondergronds",
            depth_top=20,
            depth_bottom=80,
            status="vastgesteld",
        ),
    ]
    (c,), _ = cc.find_conflicts(claims)
    assert c.advice.startswith("Warme en koude bodemenergiezone overlappen")
    assert "'koud' is al vastgesteld" in c.advice


def test_ten_thousand_claims_in_seconds():
    # 100 x 100 grid of 12 x 12 m squares on a 10 m pitch: each square overlaps its right,
    # upper, upper-right and upper-left neighbours. Pairs: horizontal 99*100, vertical
    # 100*99, diagonal 2*99*99 = 9900 + 9900 + 19602 = 39402. Horizontal/vertical overlap
    # 2 m * 12 m = 24 m2; diagonal overlap 2 m * 2 m = 4 m2 (both above 1 m2).
    claims = [
        Claim(
            str(i * 100 + j),
            box(i * 10, j * 10, i * 10 + 12, j * 10 + 12),
            level="beide",
            depth_bottom=50,
        )
        for i in range(100)
        for j in range(100)
    ]
    t0 = time.time()
    conflicts, _ = cc.find_conflicts(claims)
    elapsed = time.time() - t0
    assert len(conflicts) == 39402
    total = sum(c.overlap_m2 for c in conflicts)
    assert total == pytest.approx(19800 * 24 + 19602 * 4)
    assert elapsed < 30  # seconds, on a shared 2-core machine


def test_given_bounds_replace_shapely_bounds():
    # squares 0-100 and 50-150 (overlap 50 x 100 = 5,000 m2) and one far away at 1,000 m
    shapes = [box(0, 0, 100, 100), box(50, 0, 150, 100), box(1000, 0, 1100, 100)]
    plain = [Claim(str(i), g, claim_type="overig") for i, g in enumerate(shapes)]
    # boxes given by the caller: exact for the first two, far too large for the third (it
    # then becomes a candidate of both others, but the overlay still finds no overlap)
    given = [
        Claim(str(i), g, claim_type="overig", bounds=b)
        for i, (g, b) in enumerate(
            zip(shapes, [(0, 0, 100, 100), (50, 0, 150, 100), (-500, -500, 2000, 500)])
        )
    ]
    for claims in (plain, given):
        conflicts, counts = cc.find_conflicts(claims, min_overlap_area=1.0)
        assert [(c.a, c.b) for c in conflicts] == [(0, 1)]
        assert conflicts[0].overlap_m2 == pytest.approx(5000.0)
    # the given box is what the candidate search sees: with boxes that do not meet, the
    # pair is not even a candidate (so a caller must give the real box or a larger one)
    apart = [
        Claim("a", shapes[0], bounds=(0, 0, 10, 10)),
        Claim("b", shapes[1], bounds=(140, 90, 150, 100)),
    ]
    assert cc.find_conflicts(apart)[0] == []
