"""points_in_polygon (vectorised) agrees with shapely's intersects, boundary included."""

import numpy as np
from shapely.geometry import MultiPolygon, Point, Polygon, box

from bronnenstrategie.core.soilenergy import points_in_polygon


def _reference(geom, x, y):
    return np.array([geom.intersects(Point(a, b)) for a, b in zip(x, y)])


def test_polygon_with_hole_and_multipolygon_boundaries_included():
    ring = Polygon(
        [(0, 0), (100, 0), (100, 100), (0, 100)], [[(40, 40), (60, 40), (60, 60), (40, 60)]]
    )
    geom = MultiPolygon([ring, box(200, 0, 250, 50)])
    rng = np.random.default_rng(7)
    x = rng.uniform(-20, 270, 3000)
    y = rng.uniform(-20, 120, 3000)
    # points exactly on edges and corners: outer edge, hole edge, second part's corner
    x = np.concatenate([x, [0, 50, 100, 40, 50, 60, 200, 250, 150]])
    y = np.concatenate([y, [50, 0, 100, 50, 60, 40, 0, 50, 50]])
    got = points_in_polygon(geom, x, y)
    assert got.tolist() == _reference(geom, x, y).tolist()
    # by hand: on the outer edge, on the hole's edge (the hole's boundary belongs to the
    # polygon), the second part's corner: in; between the parts (150, 50): out
    assert got[-9:].tolist() == [True] * 8 + [False]


def test_empty_inputs():
    assert points_in_polygon(box(0, 0, 1, 1), [], []).tolist() == []
    assert points_in_polygon(Polygon(), [0.5], [0.5]).tolist() == [False]


def test_round_polygon_vertices_and_edge_points_agree_with_intersects():
    # a smoothed union of cells (as interferenceareas makes), with a hole: points on every
    # vertex, at the midpoint of every edge (on or just off a diagonal edge, as rounding
    # falls) and at random; the vectorised test (interior, then the points near a ring one
    # by one) agrees with intersects point by point
    from shapely.ops import unary_union

    cells = [
        box(x, y, x + 250, y + 250)
        for x, y in [
            (0, 0),
            (250, 0),
            (500, 0),
            (0, 250),
            (500, 250),
            (0, 500),
            (250, 500),
            (500, 500),
            (1500, 0),
            (1750, 250),
        ]
    ]
    geom = (
        unary_union(cells)
        .buffer(100, 16)
        .buffer(-100, 16)
        .difference(Point(375, 375).buffer(60, 8))
    )
    rings = []
    for part in getattr(geom, "geoms", [geom]):
        rings.append(np.asarray(part.exterior.coords))
        rings.extend(np.asarray(r.coords) for r in part.interiors)
    c = np.vstack(rings)
    mid = np.vstack([(r[:-1] + r[1:]) / 2.0 for r in rings])
    rng = np.random.default_rng(3)
    x = np.concatenate([c[:, 0], mid[:, 0], rng.uniform(-200, 2200, 4000)])
    y = np.concatenate([c[:, 1], mid[:, 1], rng.uniform(-200, 900, 4000)])
    got = points_in_polygon(geom, x, y)
    assert got.tolist() == _reference(geom, x, y).tolist()
    assert got[: len(c)].all()  # every vertex is on the boundary
    # few points (one by one) and many points (vectorised) give the same answer
    assert points_in_polygon(geom, x[:10], y[:10]).tolist() == got[:10].tolist()


def test_fast_path_agrees_with_the_point_by_point_fallback(monkeypatch):
    # shapely 1.8 without shapely.vectorized (or scipy) falls back to one intersects per
    # point: both give the same mask
    from bronnenstrategie.core import soilenergy

    ring = Polygon(
        [(0, 0), (100, 0), (100, 100), (0, 100)], [[(40, 40), (60, 40), (60, 60), (40, 60)]]
    )
    geom = MultiPolygon([ring, box(200, 0, 250, 50)]).buffer(3, 4)
    rng = np.random.default_rng(11)
    x = np.concatenate([rng.uniform(-20, 270, 500), np.asarray(geom.geoms[0].exterior.xy[0])])
    y = np.concatenate([rng.uniform(-20, 120, 500), np.asarray(geom.geoms[0].exterior.xy[1])])
    fast = points_in_polygon(geom, x, y)
    api = dict(soilenergy._shapely_api())
    if api["intersects_xy"] is not None:
        return  # shapely 2: neither path is used
    monkeypatch.setitem(soilenergy._SHAPELY, "contains", None)
    assert points_in_polygon(geom, x, y).tolist() == fast.tolist()
    assert fast.tolist() == _reference(geom, x, y).tolist()
