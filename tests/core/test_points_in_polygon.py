"""points_in_polygon (vectorised) agrees with shapely's intersects, boundary included."""

import numpy as np
from shapely.geometry import MultiPolygon, Point, Polygon, box

from bronnenstrategie.core.soilenergy import points_in_polygon


def _reference(geom, x, y):
    return np.array([geom.intersects(Point(a, b)) for a, b in zip(x, y)])


def test_polygon_with_hole_and_multipolygon_boundaries_included():
    ring = Polygon([(0, 0), (100, 0), (100, 100), (0, 100)],
                   [[(40, 40), (60, 40), (60, 60), (40, 60)]])
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
