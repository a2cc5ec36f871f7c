"""Many round buffers at once, vertex for vertex as GEOS (and so shapely and QGIS) makes
them.

GEOS builds a round buffer from fillets whose vertices are p + r (cos a, sin a) at
a = start - i * inc (clockwise), inc = total angle / int(total / (pi / 2 / quad_segs) + 0.5),
and from straight offset segments p + r (-dy, dx) / |d| (left) or p + r (dy, -dx) / |d|
(right). The functions below compute those vertices with the same floating-point
operations in the same order, with cos, sin and atan2 from ``math`` (the C library GEOS
calls; numpy's own may differ in the last bit), for arrays of points or segments at once.
On GEOS 3.11 the rings equal ``buffer()`` bit for bit; a caller checks that with
:func:`rings_match` on one geometry of its own before relying on it, and falls back to
``buffer()`` one by one otherwise (another GEOS version may order the vertices otherwise).

Rings are numpy arrays (n, m, 2): n closed rings of m vertices (the last equals the first).
Nothing here imports qgis; shapely is imported inside :func:`polygons` only.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

    from ._types import FloatArray

_UNIT_CIRCLES = {}


def _fillet_segments(total_angle, quad_segs):
    """Number of fillet segments GEOS uses for an arc of ``total_angle`` radians."""
    return int(total_angle / (math.pi / 2.0 / quad_segs) + 0.5)


def _unit_circle(quad_segs):
    """(cos, sin) arrays of the clockwise fillet angles of GEOS's point buffer."""
    if quad_segs not in _UNIT_CIRCLES:
        total = abs(0.0 - 2.0 * math.pi)
        n = _fillet_segments(total, quad_segs)
        inc = total / n
        angles = [0.0 + (-i) * inc for i in range(n)]
        _UNIT_CIRCLES[quad_segs] = (
            np.array([math.cos(a) for a in angles]),
            np.array([math.sin(a) for a in angles]),
        )
    return _UNIT_CIRCLES[quad_segs]


def point_buffer_rings(
    x: FloatArray, y: FloatArray, radius: FloatArray, quad_segs: int
) -> np.ndarray:
    """Exterior rings, shape (n, 4 * quad_segs + 1, 2), of the points (x, y) buffered by
    ``radius`` (> 0; a scalar or one per point): GEOS's point buffer, which starts at
    (x + r, y) and runs clockwise, closed."""
    x = np.asarray(x, dtype=float).reshape(-1, 1)
    y = np.asarray(y, dtype=float).reshape(-1, 1)
    r = np.broadcast_to(np.asarray(radius, dtype=float).reshape(-1, 1), x.shape)
    cos, sin = _unit_circle(quad_segs)
    rings = np.empty((len(x), len(cos) + 1, 2))
    rings[:, :-1, 0] = x + r * cos
    rings[:, :-1, 1] = y + r * sin
    rings[:, 0, 0] = (x + r)[:, 0]  # GEOS starts with p + (r, 0) itself
    rings[:, 0, 1] = y[:, 0]
    rings[:, -1] = rings[:, 0]
    return rings


def circle_polygon_buffer_rings(
    rings: np.ndarray, distance: FloatArray, quad_segs: int
) -> np.ndarray:
    """Rings of the polygons of :func:`point_buffer_rings` (same ``quad_segs``) buffered
    outwards by ``distance`` (>= 1 mm), as GEOS does it: every vertex of the clockwise
    regular polygon is an outside turn of exactly one fillet step, which adds the two
    offset-segment ends and nothing between them. Shape (n, 2 * m + 1, 2) for rings of m
    distinct vertices, starting at the offset of the closing segment."""
    rings = np.asarray(rings, dtype=float)
    v, nxt = rings[:, :-1], rings[:, 1:]  # segment k runs v[k] -> nxt[k]
    dx = nxt[..., 0] - v[..., 0]
    dy = nxt[..., 1] - v[..., 1]
    length = np.sqrt(dx * dx + dy * dy)
    ux = distance * dx / length
    uy = distance * dy / length
    m = v.shape[1]
    out = np.empty((len(rings), 2 * m + 1, 2))
    # vertex k: the end of segment k - 1's offset, then the start of segment k's offset
    out[:, 0:-1:2, 0] = np.roll(nxt[..., 0] - uy, 1, axis=1)
    out[:, 0:-1:2, 1] = np.roll(nxt[..., 1] + ux, 1, axis=1)
    out[:, 1::2, 0] = v[..., 0] - uy
    out[:, 1::2, 1] = v[..., 1] + ux
    out[:, -1] = out[:, 0]
    return out


def _libm(func, *arrays):
    """``func`` (from ``math``: the C library, as GEOS calls it) element by element;
    numpy's own cos and sin may differ from it in the last bit."""
    shape = np.shape(arrays[0])
    flat = [np.asarray(a, dtype=float).ravel().tolist() for a in arrays]
    return np.fromiter(map(func, *flat), dtype=float, count=len(flat[0])).reshape(shape)


def _caps(px, py, angle, radius, quad_segs):
    """The fillet vertices (without the first), (n, k) x and y, of GEOS's round caps at
    (px, py) for segments of direction ``angle``; None if their counts differ."""
    start = angle + math.pi / 2
    total = np.abs(start - (angle - math.pi / 2))
    nsegs = (total / (math.pi / 2.0 / quad_segs) + 0.5).astype(int)
    if len(nsegs) == 0 or np.any(nsegs != nsegs[0]):
        return None
    inc = total / nsegs
    a = start[:, None] + (-np.arange(1, nsegs[0], dtype=float))[None, :] * inc[:, None]
    return (px[:, None] + radius * _libm(math.cos, a), py[:, None] + radius * _libm(math.sin, a))


def segment_buffer_rings(
    x0: FloatArray,
    y0: FloatArray,
    x1: FloatArray,
    y1: FloatArray,
    radius: FloatArray,
    quad_segs: int,
) -> np.ndarray | None:
    """Rings, shape (n, 4 * quad_segs + 3, 2), of the segments (x0, y0)-(x1, y1) (length
    > 0) buffered by ``radius`` (> 0) with round caps, as GEOS does it: from the left
    offset of the end point clockwise around the end cap, along the right side and around
    the start cap, closed. None when the caps would not all have the same vertex count."""
    x0, y0, x1, y1 = (np.asarray(a, dtype=float).ravel() for a in (x0, y0, x1, y1))
    r = float(radius)
    dx, dy = x1 - x0, y1 - y0
    length = np.sqrt(dx * dx + dy * dy)
    ux, uy = r * dx / length, r * dy / length  # left offset (-uy, ux)
    uxr, uyr = -r * dx / length, -r * dy / length  # right offset (-uyr, uxr)
    # the start side is the reversed segment, whose own dx, dy are -dx, -dy
    bdx, bdy = x0 - x1, y0 - y1
    blen = np.sqrt(bdx * bdx + bdy * bdy)
    bux, buy = r * bdx / blen, r * bdy / blen
    buxr, buyr = -r * bdx / blen, -r * bdy / blen
    if len(x0) == 0:
        return np.empty((0, 4 * quad_segs + 3, 2))
    end_cap = _caps(x1, y1, _libm(math.atan2, dy, dx), r, quad_segs)
    start_cap = _caps(x0, y0, _libm(math.atan2, bdy, bdx), r, quad_segs)
    if end_cap is None or start_cap is None or end_cap[0].shape != start_cap[0].shape:
        return None
    xs = np.column_stack(
        [x1 - uy, end_cap[0], x1 - uyr, x0 - buy, start_cap[0], x0 - buyr, x1 - uy]
    )
    ys = np.column_stack(
        [y1 + ux, end_cap[1], y1 + uxr, y0 + bux, start_cap[1], y0 + buxr, y1 + ux]
    )
    return np.stack([xs, ys], axis=-1)


def ring_areas(rings: np.ndarray) -> np.ndarray:
    """Areas of closed rings (n, m, 2), summed like GEOS (shoelace from the first x, in
    vertex order), so that a rounded area equals the one of shapely's ``area``."""
    rings = np.asarray(rings, dtype=float)
    if rings.shape[1] < 3:
        return np.zeros(len(rings))
    x = rings[..., 0] - rings[:, :1, 0]
    y = rings[..., 1]
    terms = x[:, 1:-1] * (y[:, :-2] - y[:, 2:])
    return np.abs(np.cumsum(terms, axis=1)[:, -1] / 2.0)


def ring_bounds(rings: np.ndarray) -> np.ndarray:
    """(n, 4) bounds (minx, miny, maxx, maxy) of rings (n, m, 2)."""
    rings = np.asarray(rings, dtype=float)
    return np.column_stack(
        [
            rings[..., 0].min(axis=1),
            rings[..., 1].min(axis=1),
            rings[..., 0].max(axis=1),
            rings[..., 1].max(axis=1),
        ]
    )


def same_ring(ring: np.ndarray, other: np.ndarray, tolerance: float = 1.0e-6) -> bool:
    """True when two rings (m, 2) have the same vertices in the same order, within
    ``tolerance`` per coordinate."""
    ring = np.asarray(ring, dtype=float)
    other = np.asarray(other, dtype=float)
    return ring.shape == other.shape and bool(np.abs(ring - other).max() <= tolerance)


def rings_match(ring: np.ndarray, geom: BaseGeometry | None, tolerance: float = 1.0e-6) -> bool:
    """True when ``geom`` (a shapely polygon) is the polygon of ``ring`` (m, 2): the same
    exterior vertices in the same order within ``tolerance`` and no holes."""
    if geom is None or geom.is_empty or geom.geom_type != "Polygon" or len(geom.interiors):
        return False
    return same_ring(np.asarray(geom.exterior.coords)[:, :2], ring, tolerance)


def polygons(rings: np.ndarray) -> list[BaseGeometry]:
    """shapely polygons of rings (n, m, 2): vectorised with shapely 2, one by one on 1.8."""
    import shapely

    rings = np.asarray(rings, dtype=float)
    if hasattr(shapely, "polygons"):  # shapely 2
        return list(shapely.polygons(rings))
    from shapely.geometry import Polygon

    return [Polygon(r) for r in rings]
