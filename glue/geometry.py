"""The one bridge between QGIS geometries and shapely / numpy.

- :func:`to_shapely`: QgsGeometry (or QgsAbstractGeometry) -> 2D linear shapely geometry,
  or None. Null and empty geometries give None; Z and M are dropped in QGIS (not with a
  shapely callback: shapely 2.1 passes x, y, z, m); curves are segmentized; an invalid
  geometry is made valid (``make_valid=False`` keeps it as it is); an optional
  QgsCoordinateTransform is applied, and a geometry it cannot transform gives None.
- :func:`from_shapely`: shapely -> QgsGeometry (``multi=True``: always Multi*), optionally
  transformed.
- fast paths for many geometries at once, without a Python object per vertex:
  :func:`points_xy` (point layers to numpy coordinates), :func:`transform_xy` and
  :func:`transform_rings` (numpy coordinates through one QGIS transform call),
  :func:`polygon_geometries` and :func:`line_geometries` (numpy rings/segments to
  QgsGeometry through one WKB buffer).

The pure parts (WKB parsing and writing, ring orientation, polygon parts, circles) are in
``core/geometry.py``.
"""

import numpy as np
from qgis.core import (
    QgsAbstractGeometry,
    QgsGeometry,
    QgsLineString,
    QgsPoint,
    QgsPointXY,
    QgsWkbTypes,
)

from ..compat import WkbType
from ..core import geometry as core_geometry

__all__ = [
    "from_shapely",
    "from_shapely_all",
    "line_geometries",
    "points_xy",
    "shapely_wkb",
    "polygon_geometries",
    "single_point",
    "to_shapely",
    "transform_rings",
    "transform_xy",
]


def _copy(geometry):
    """A QgsGeometry copy of a QgsGeometry or QgsAbstractGeometry, or None for null/empty."""
    if geometry is None:
        return None
    if isinstance(geometry, QgsAbstractGeometry):
        if geometry.isEmpty():
            return None
        return QgsGeometry(geometry.clone())
    if geometry.isNull() or geometry.isEmpty():
        return None
    return QgsGeometry(geometry)


def to_shapely(geometry, transform=None, make_valid=True):
    """A 2D linear shapely geometry from a QgsGeometry / QgsAbstractGeometry, or None.

    None for a null or empty geometry, a geometry ``transform`` (a
    QgsCoordinateTransform) cannot transform, WKB shapely cannot read, and a result
    that is empty. The input is never changed (the work is done on a copy): curves are
    segmentized first (a GeoPackage CurvePolygon with straight rings too: shapely reads
    no curved types), then the transform is applied, then Z and M are dropped, then an
    invalid geometry is made valid by QGIS (GEOS makeValid) unless ``make_valid`` is False.
    """
    from shapely import wkb

    g = _copy(geometry)
    if g is None:
        return None
    if QgsWkbTypes.isCurvedType(g.wkbType()):
        # segmentize(), not convertToStraightSegment(): the latter keeps the curved type
        # when there are no arcs
        g = QgsGeometry(g.constGet().segmentize())
    if transform is not None:
        try:
            g.transform(transform)
        except Exception:  # noqa: BLE001 - QgsCsException: outside the CRS's area
            return None
    if QgsWkbTypes.hasZ(g.wkbType()) or QgsWkbTypes.hasM(g.wkbType()):
        abstract = g.get()
        abstract.dropZValue()
        abstract.dropMValue()
    if make_valid and not g.isGeosValid():
        g = g.makeValid()
    try:
        shape = wkb.loads(bytes(g.asWkb()))
    except Exception:  # noqa: BLE001 - unreadable geometry: the caller counts a skip
        return None
    return None if shape.is_empty else shape


_WKB_WRITER = []


def shapely_wkb(shape):
    """The WKB bytes of a shapely geometry, the same bytes as ``shape.wkb`` (shapely 1.8
    makes a new WKB writer for every ``.wkb``; one writer serves all calls here)."""
    if not _WKB_WRITER:
        import shapely

        if hasattr(shapely, "to_wkb"):  # shapely >= 2
            _WKB_WRITER.append(shapely.to_wkb)
        else:
            from shapely.geos import WKBWriter, lgeos

            _WKB_WRITER.append(WKBWriter(lgeos).write)
    return _WKB_WRITER[0](shape)


def from_shapely(shape, multi=False, transform=None):
    """A QgsGeometry from a shapely geometry (an empty QgsGeometry for None).

    ``multi``: a single geometry becomes a one-part Multi* geometry. ``transform``: a
    QgsCoordinateTransform applied to the result (its QgsCsException is not caught)."""
    g = QgsGeometry()
    if shape is None:
        return g
    g.fromWkb(shapely_wkb(shape))
    if multi:
        g.convertToMultiType()
    if transform is not None:
        g.transform(transform)
    return g


def single_point(geometry):
    """The QgsPointXY of a point or single-part multipoint geometry, else None."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if geometry.isMultipart():
        parts = geometry.asMultiPoint()
        if len(parts) != 1:
            return None
        return parts[0]
    try:
        return geometry.asPoint()
    except (TypeError, ValueError):
        return None


def points_xy(geometries):
    """The coordinates of point geometries without an object per point:
    ``(x, y, owner, empty)`` as numpy arrays; ``owner`` the index in ``geometries`` of
    each point (a multipoint gives one point per part), ``empty`` a boolean per geometry
    (null, empty, NaN point, multipoint without parts, not a point). Single points all of
    one type are read from one WKB buffer."""
    geometries = list(geometries)
    if not geometries:
        empty = np.zeros(0, dtype=bool)
        return np.zeros(0), np.zeros(0), np.zeros(0, dtype=np.int64), empty
    if all(QgsWkbTypes.flatType(g.wkbType()) == WkbType.Point for g in geometries):
        xy = core_geometry.wkb_single_points_xy(
            QgsGeometry.collectGeometry(geometries).asWkb(), len(geometries)
        )
        if xy is not None:
            return xy[0], xy[1], np.arange(len(xy[0])), np.zeros(len(xy[0]), dtype=bool)
    return core_geometry.wkb_points_xy([g.asWkb() for g in geometries])


def transform_xy(transform, x, y):
    """``(x, y, ok)``: the coordinates through a QgsCoordinateTransform in one call (as the
    points of one line string), point by point where that gives no finite result; ``ok``
    False where a point cannot be transformed. No work for an identity transform."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    ok = np.ones(len(x), dtype=bool)
    if transform.isShortCircuited() or not len(x):
        return x, y, ok
    line = QgsLineString(x.tolist(), y.tolist())
    try:
        line.transform(transform)
        xy = np.frombuffer(bytes(line.asWkb()), dtype="<f8", offset=9).reshape(-1, 2)
        tx, ty = xy[:, 0].copy(), xy[:, 1].copy()
    except Exception:  # noqa: BLE001 - QgsCsException: go point by point
        tx, ty = np.full(len(x), np.nan), np.full(len(x), np.nan)
    for k in np.nonzero(~(np.isfinite(tx) & np.isfinite(ty)))[0]:
        try:
            q = transform.transform(QgsPointXY(float(x[k]), float(y[k])))
            tx[k], ty[k] = q.x(), q.y()
        except Exception:  # noqa: BLE001 - QgsCsException: outside the CRS's area
            ok[k] = False
    return tx, ty, ok


def transform_rings(rings, transform):
    """Coordinates (..., 2) through a QgsCoordinateTransform in one call.

    The points go through QGIS as one line string, i.e. the same per-point PROJ calls
    (with z = 0) as transforming each geometry; a failing point raises QgsCsException for
    the whole call, so a caller can fall back to one geometry at a time."""
    rings = np.asarray(rings, dtype=float)
    if transform.isShortCircuited() or rings.size == 0:
        return rings
    flat = rings.reshape(-1, 2)
    n = len(flat)
    if n < 2:  # a line string needs two points
        flat = np.vstack([flat, flat])
    geom = QgsGeometry()
    geom.fromWkb(core_geometry.linestring_wkb(flat))
    geom.transform(transform)
    out = np.frombuffer(bytes(geom.asWkb()), dtype="<f8", offset=9).reshape(-1, 2)[:n]
    return out.reshape(rings.shape)


def _geometries(buf, size, count):
    out = []
    for k in range(count):
        geom = QgsGeometry()
        geom.fromWkb(buf[k * size : (k + 1) * size])
        out.append(geom)
    return out


def polygon_geometries(rings, multi=False):
    """QgsGeometry polygons (``multi``: single-part multipolygons) with the exterior rings
    (n, m, 2), written as one WKB buffer."""
    buf, size = core_geometry.polygon_wkb(rings, multi)
    return _geometries(buf, size, len(rings))


def line_geometries(start, end):
    """Two-point line QgsGeometries from the rows of ``start`` and ``end`` ((n, 2) arrays),
    made from one WKB buffer written by numpy."""
    buf, size = core_geometry.line_wkb(start, end)
    return _geometries(buf, size, len(buf) // size if size else 0)


def point_geometry(x, y):
    """A 2D point QgsGeometry."""
    return QgsGeometry(QgsPoint(float(x), float(y)))


def from_shapely_all(shapes, multi=False, transform=None):
    """:func:`from_shapely` of many shapely geometries, with their WKB written in one call
    (vectorised under shapely 2, one WKB writer under shapely 1.8: ``.wkb`` makes a
    writer per geometry). ``transform``'s QgsCsException is not caught."""
    import shapely

    shapes = list(shapes)
    if hasattr(shapely, "to_wkb"):
        arr = np.empty(len(shapes), dtype=object)
        arr[:] = shapes
        blobs = list(shapely.to_wkb(arr))
    else:
        from shapely.geos import WKBWriter, lgeos

        writer = WKBWriter(lgeos)
        blobs = [writer.write(s) for s in shapes]
    out = []
    for blob in blobs:
        g = QgsGeometry()
        g.fromWkb(blob)
        if multi:
            g.convertToMultiType()
        if transform is not None:
            g.transform(transform)
        out.append(g)
    return out
