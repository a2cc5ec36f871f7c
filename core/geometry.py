"""Pure geometry helpers shared by the algorithms, the dialogs and the register (no QGIS).

- :func:`polygon_parts`: the polygons of a shapely polygonal geometry.
- :func:`signed_area` / :func:`oriented_ring`: ring orientation by the shoelace formula.
- :func:`wkb_points_xy` / :func:`wkb_single_points_xy`: the coordinates of point WKB blobs
  read with numpy, without a Python object per point.
- circles and buffers as numpy rings: :mod:`core.buffers` (re-exported here).

The QGIS side (QgsGeometry <-> shapely, transforms, WKB buffers to QgsGeometry) is
``glue/geometry.py``.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

from .buffers import (  # noqa: F401 - the circles and buffers, one import for the callers
    circle_polygon_buffer_rings,
    point_buffer_rings,
    ring_areas,
    ring_bounds,
    segment_buffer_rings,
)

#: OGC WKB geometry type codes (2D; + 1000 Z, + 2000 M, + 3000 ZM).
WKB_POINT, WKB_LINESTRING, WKB_POLYGON = 1, 2, 3
WKB_MULTIPOINT, WKB_MULTILINESTRING, WKB_MULTIPOLYGON = 4, 5, 6


def polygon_parts(geometry: BaseGeometry | None) -> list[BaseGeometry]:
    """The polygons of a polygonal geometry (Polygon, MultiPolygon, or the polygonal
    parts of a GeometryCollection), empty parts dropped."""
    if geometry is None or geometry.is_empty:
        return []
    gtype = geometry.geom_type
    if gtype == "Polygon":
        return [geometry]
    if gtype in ("MultiPolygon", "GeometryCollection"):
        parts = []
        for g in geometry.geoms:
            parts.extend(polygon_parts(g))
        return parts
    return []


def signed_area(ring: Sequence[tuple[float, float]]) -> float:
    """Shoelace signed area of a closed ring of ``(x, y)`` tuples (positive =
    counter-clockwise). Plain Python: for the short rings of claims this is about 20
    times faster than converting them to a numpy array (and still 4 times at 1,000
    vertices)."""
    if len(ring) < 3:
        return 0.0
    # relative to the first vertex: RD coordinates (~1e5 m) would lose precision
    x0, y0 = ring[0]
    total, px, py = 0.0, 0.0, 0.0
    for x, y in ring[1:]:
        x -= x0
        y -= y0
        total += px * y - x * py
        px, py = x, y
    return total / 2.0


def oriented_ring(coords: Iterable[Sequence[float]], ccw: bool) -> list[tuple[float, float]]:
    """The ring's coordinates as a list of ``(x, y)`` tuples, reversed when needed so that
    it runs counter-clockwise (``ccw``, exterior) or clockwise (hole). Zero-area rings
    are kept as they are, as shapely's ``orient`` does."""
    ring = [(float(c[0]), float(c[1])) for c in coords]
    area = signed_area(ring)
    if (area < 0.0) if ccw else (area > 0.0):
        ring.reverse()
    return ring


def _multipoint_parts(blob):
    """(x, y) of the non-NaN parts of a MultiPoint WKB blob (empty for another type)."""
    fmt = "<" if blob[0] == 1 else ">"
    if (struct.unpack(fmt + "I", blob[1:5])[0] & 0x7FFFFFFF) % 1000 != WKB_MULTIPOINT:
        return []
    out = []
    pos = 9
    for _ in range(struct.unpack(fmt + "I", blob[5:9])[0]):
        part = "<" if blob[pos] == 1 else ">"
        t = struct.unpack(part + "I", blob[pos + 1 : pos + 5])[0]
        px, py = struct.unpack(part + "dd", blob[pos + 5 : pos + 21])
        # 2.5D flag: x y z; ISO: +1000 z, +2000 m, +3000 z m
        dims = 3 if t & 0x80000000 else 2 + (0, 1, 1, 2)[(t // 1000) % 4]
        pos += 5 + 8 * dims
        if not (math.isnan(px) or math.isnan(py)):
            out.append((px, py))
    return out


def wkb_points_xy(blobs: Sequence[Any]) -> tuple[Any, Any, Any, Any]:
    """Coordinates of WKB blobs of points and multipoints (as QgsGeometry.asWkb writes
    them), without an object per point: ``(x, y, owner, empty)`` with ``owner`` the blob
    index of each point and ``empty`` a boolean per blob (null, empty or NaN point,
    multipoint without parts); the parts of multipoints are read one by one."""
    import numpy as np

    n = len(blobs)
    lens = np.fromiter(map(len, blobs), dtype=np.int64, count=n)
    buf = np.frombuffer(b"".join(map(bytes, blobs)), dtype=np.uint8)
    starts = np.cumsum(lens) - lens
    empty = lens < 21
    idx = np.flatnonzero(~empty)
    if len(buf) < 32:  # room for the gathers below
        buf = np.concatenate([buf, np.zeros(32, dtype=np.uint8)])
    st = starts[idx]
    little = buf[st] == 1
    tbytes = buf[st[:, None] + np.arange(1, 5)]
    wtype = np.where(little, tbytes.copy().view("<u4")[:, 0], tbytes.copy().view(">u4")[:, 0])
    flat = (wtype & 0x7FFFFFFF) % 1000
    coords = buf[st[:, None] + np.arange(5, 21)].copy()
    xy = np.where(little[:, None], coords.view("<f8"), coords.view(">f8"))
    single = flat == WKB_POINT
    x, y = xy[single, 0], xy[single, 1]
    owner = idx[single]
    ok = ~(np.isnan(x) | np.isnan(y))
    empty[owner[~ok]] = True
    x, y, owner = x[ok], y[ok], owner[ok]
    mx, my, mo = [], [], []
    for i in idx[~single]:
        parts = _multipoint_parts(bytes(blobs[i]))
        if not parts:
            empty[i] = True
        for px, py in parts:
            mx.append(px)
            my.append(py)
            mo.append(i)
    if mx:
        x = np.concatenate([x, mx])
        y = np.concatenate([y, my])
        owner = np.concatenate([owner, np.asarray(mo, dtype=np.int64)])
    return x, y, owner, empty


def wkb_single_points_xy(blob: Any, count: int) -> tuple[Any, Any] | None:
    """(x, y) arrays of a multipoint WKB blob of ``count`` parts all of one type, else None
    (another part count, a NaN coordinate, a mixed blob)."""
    import numpy as np

    buf = np.frombuffer(bytes(blob), dtype=np.uint8)
    if len(buf) < 9 or buf[0] != 1 or int(buf[5:9].copy().view("<u4")[0]) != count:
        return None
    stride, rest = divmod(len(buf) - 9, count)
    if rest or stride not in (21, 29, 37):
        return None
    parts = buf[9:].reshape(count, stride)
    if not (parts[:, 0] == 1).all() or not (parts[:, 1:5] == parts[0, 1:5]).all():
        return None
    xy = parts[:, 5:21].copy().view("<f8")
    if np.isnan(xy).any():
        return None
    return xy[:, 0].copy(), xy[:, 1].copy()


def polygon_wkb(rings: Sequence[Any], multi: bool = False) -> tuple[bytes, int]:
    """One WKB buffer of polygons with the exterior rings ``(n, m, 2)`` (``multi``:
    single-part multipolygons) and the size of one record: polygon ``k`` is
    ``buf[k * size:(k + 1) * size]``."""
    import numpy as np

    rings = np.asarray(rings, dtype=float)
    n, m = rings.shape[0], rings.shape[1] if rings.ndim == 3 else 0
    head = [("order", "u1"), ("type", "<u4"), ("rings", "<u4")]
    if multi:
        head = [("morder", "u1"), ("mtype", "<u4"), ("parts", "<u4")] + head
    rec = np.zeros(n, dtype=np.dtype(head + [("points", "<u4"), ("xy", "<f8", (m, 2))]))
    rec["order"], rec["type"], rec["rings"], rec["points"] = 1, WKB_POLYGON, 1, m
    if multi:
        rec["morder"], rec["mtype"], rec["parts"] = 1, WKB_MULTIPOLYGON, 1
    rec["xy"] = rings
    return rec.tobytes(), rec.dtype.itemsize


def line_wkb(start: Sequence[float], end: Sequence[float]) -> tuple[bytes, int]:
    """One WKB buffer of two-point line strings from the rows of ``start`` and ``end``
    ((n, 2) arrays) and the size of one record."""
    import numpy as np

    start = np.asarray(start, dtype=float).reshape(-1, 2)
    end = np.asarray(end, dtype=float).reshape(-1, 2)
    record = np.dtype([("order", "u1"), ("type", "<u4"), ("points", "<u4"), ("xy", "<f8", (2, 2))])
    rec = np.empty(len(start), dtype=record)
    rec["order"] = 1  # little endian
    rec["type"] = WKB_LINESTRING
    rec["points"] = 2
    rec["xy"][:, 0] = start
    rec["xy"][:, 1] = end
    return rec.tobytes(), record.itemsize


def linestring_wkb(xy: Any) -> bytes:
    """The WKB of one line string through the points ``xy`` ((n, 2), n >= 2)."""
    import numpy as np

    xy = np.ascontiguousarray(xy, "<f8").reshape(-1, 2)
    return (
        np.array([1], "<u1").tobytes()
        + np.array([WKB_LINESTRING, len(xy)], "<u4").tobytes()
        + xy.tobytes()
    )
