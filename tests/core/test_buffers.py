"""Unit tests of core/buffers.py (no QGIS): the vectorised rings equal shapely's (GEOS's)
buffer vertex for vertex, on hand-made input and on random locations in RD New range."""

import math

import numpy as np
import pytest
from shapely.geometry import LineString, Point, Polygon

from bronnenstrategie.core import buffers

Q = 32  # quadrant segments of geothermalbuffers; 16 is wastewaterheat's


def _buffer(geom, distance, quad_segs):
    try:  # shapely 2.x
        return geom.buffer(distance, quad_segs=quad_segs)
    except TypeError:  # shapely 1.8
        return geom.buffer(distance, resolution=quad_segs)


def _coords(geom):
    return np.asarray(geom.exterior.coords)[:, :2]


def _random_points(n=50, seed=7):
    rng = np.random.default_rng(seed)
    return rng.uniform(0.0, 300_000.0, n), rng.uniform(300_000.0, 620_000.0, n)


def test_point_buffer_by_hand():
    # 4 * 2 = 8 vertices plus the closing one; GEOS starts at (x + r, y) and runs clockwise:
    # angles 0, -45, -90, ... degrees
    (ring,) = buffers.point_buffer_rings([10.0], [20.0], 2.0, 2)
    assert ring.shape == (9, 2)
    assert tuple(ring[0]) == (12.0, 20.0)
    assert ring[2] == pytest.approx((10.0, 18.0))  # -90 degrees: straight below
    assert ring[1] == pytest.approx((10.0 + math.sqrt(2.0), 20.0 - math.sqrt(2.0)))
    assert tuple(ring[-1]) == tuple(ring[0])


@pytest.mark.parametrize("quad_segs", [Q, 16])
@pytest.mark.parametrize("radius", [0.6, 56.418958, 2000.0])
def test_point_buffer_rings_equal_shapely(quad_segs, radius):
    xs, ys = _random_points()
    rings = buffers.point_buffer_rings(xs, ys, radius, quad_segs)
    assert rings.shape == (len(xs), 4 * quad_segs + 1, 2)
    for x, y, ring in zip(xs, ys, rings):
        geom = _buffer(Point(x, y), radius, quad_segs)
        assert buffers.rings_match(ring, geom, 1.0e-9)
        assert buffers.ring_areas(ring[None])[0] == pytest.approx(geom.area, rel=1e-12)
        assert tuple(buffers.ring_bounds(ring[None])[0]) == pytest.approx(geom.bounds, abs=1e-9)


@pytest.mark.parametrize("distance", [0.01, 300.0, 10_000.0])
def test_circle_polygon_buffer_rings_equal_shapely(distance):
    xs, ys = _random_points(seed=8)
    sites = buffers.point_buffer_rings(xs, ys, 56.418958, Q)
    rings = buffers.circle_polygon_buffer_rings(sites, distance, Q)
    # every vertex of the 128-gon becomes the two ends of its neighbouring offset segments
    assert rings.shape == (len(xs), 2 * 4 * Q + 1, 2)
    for site, ring in zip(sites, rings):
        geom = _buffer(Polygon(site), distance, Q)
        assert buffers.rings_match(ring, geom, 1.0e-9)


def test_segment_buffer_by_hand():
    # segment (0, 0)-(3, 4), r = 1, one segment per quadrant: from the end point's left
    # offset (3 - 0.8, 4 + 0.6), the cap's middle (3 + 0.6, 4 + 0.8), the right offset
    # (3.8, 3.4), the start's right offset (0.8, -0.6), the start cap (-0.6, -0.8), the
    # start's left offset (-0.8, 0.6), closed
    (ring,) = buffers.segment_buffer_rings([0.0], [0.0], [3.0], [4.0], 1.0, 1)
    expected = [
        (2.2, 4.6),
        (3.6, 4.8),
        (3.8, 3.4),
        (0.8, -0.6),
        (-0.6, -0.8),
        (-0.8, 0.6),
        (2.2, 4.6),
    ]
    assert ring.shape == (7, 2)
    for got, want in zip(ring, expected):
        assert tuple(got) == pytest.approx(want, abs=1e-12)


@pytest.mark.parametrize("radius", [0.5, 469.6, 3000.0])
def test_segment_buffer_rings_equal_shapely(radius):
    xs, ys = _random_points(seed=9)
    az = np.radians(np.random.default_rng(3).uniform(0.0, 360.0, len(xs)))
    x0, y0 = xs - 650.0 * np.sin(az), ys - 650.0 * np.cos(az)
    x1, y1 = xs + 650.0 * np.sin(az), ys + 650.0 * np.cos(az)
    rings = buffers.segment_buffer_rings(x0, y0, x1, y1, radius, Q)
    assert rings.shape == (len(xs), 4 * Q + 3, 2)
    for k, ring in enumerate(rings):
        geom = _buffer(LineString([(x0[k], y0[k]), (x1[k], y1[k])]), radius, Q)
        assert buffers.rings_match(ring, geom, 1.0e-9)
        assert buffers.ring_areas(ring[None])[0] == pytest.approx(geom.area, rel=1e-12)


def test_rings_match_rejects_other_shapes():
    (ring,) = buffers.point_buffer_rings([0.0], [0.0], 10.0, Q)
    geom = _buffer(Point(0.0, 0.0), 10.0, Q)
    assert buffers.rings_match(ring, geom)
    assert not buffers.rings_match(ring[::-1], geom)  # other direction
    assert not buffers.rings_match(ring, _buffer(Point(0.0, 0.0), 10.0, 16))  # other count
    assert not buffers.rings_match(ring, Polygon())
    assert not buffers.same_ring(ring, ring + 1.0e-3)


def test_empty_input_and_polygons():
    assert buffers.point_buffer_rings([], [], 1.0, Q).shape == (0, 4 * Q + 1, 2)
    assert buffers.segment_buffer_rings([], [], [], [], 1.0, Q).shape == (0, 4 * Q + 3, 2)
    rings = buffers.point_buffer_rings([0.0, 100.0], [0.0, 0.0], 10.0, Q)
    polys = buffers.polygons(rings)
    assert [p.geom_type for p in polys] == ["Polygon", "Polygon"]
    assert polys[1].centroid.x == pytest.approx(100.0)
