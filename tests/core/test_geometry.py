"""Pure geometry helpers of core/geometry.py."""

import struct

import numpy as np
from shapely.geometry import GeometryCollection, LineString, MultiPolygon, Point, Polygon

from bronnenstrategie.core import geometry


def test_polygon_parts():
    a = Polygon([(0, 0), (1, 0), (1, 1)])
    b = Polygon([(5, 5), (6, 5), (6, 6)])
    assert geometry.polygon_parts(None) == []
    assert geometry.polygon_parts(Polygon()) == []
    assert geometry.polygon_parts(a) == [a]
    assert [p.wkt for p in geometry.polygon_parts(MultiPolygon([a, b]))] == [a.wkt, b.wkt]
    mixed = GeometryCollection([Point(0, 0), a, LineString([(0, 0), (1, 1)]), MultiPolygon([b])])
    assert [p.wkt for p in geometry.polygon_parts(mixed)] == [a.wkt, b.wkt]
    assert geometry.polygon_parts(Point(0, 0)) == []


def test_signed_area_and_orientation():
    ccw = [(0.0, 0.0), (2.0, 0.0), (2.0, 1.0), (0.0, 0.0)]  # triangle, area 1
    assert geometry.signed_area(ccw) == 1.0
    assert geometry.signed_area(ccw[::-1]) == -1.0
    assert geometry.signed_area(ccw[:2]) == 0.0
    assert geometry.oriented_ring(ccw[::-1], ccw=True) == ccw
    assert geometry.oriented_ring(ccw, ccw=False) == ccw[::-1]


def _point(x, y, order="<", wkb_type=1):
    return bytes([1 if order == "<" else 0]) + struct.pack(order + "Idd", wkb_type, x, y)


def test_wkb_points_xy():
    z_part = bytes([1]) + struct.pack("<Iddd", 1001, 7.0, 8.0, 9.0)
    multi = bytes([1]) + struct.pack("<II", 4, 2) + _point(3, 4) + z_part
    blobs = [_point(1, 2), b"", multi, _point(5, 6, ">"), _point(float("nan"), float("nan"))]
    x, y, owner, empty = geometry.wkb_points_xy(blobs)
    assert x.tolist() == [1.0, 5.0, 3.0, 7.0]
    assert y.tolist() == [2.0, 6.0, 4.0, 8.0]
    assert owner.tolist() == [0, 3, 2, 2]
    assert empty.tolist() == [False, True, False, False, True]


def test_wkb_single_points_xy():
    blob = bytes([1]) + struct.pack("<II", 4, 2) + _point(1, 2) + _point(3, 4)
    x, y = geometry.wkb_single_points_xy(blob, 2)
    assert (x.tolist(), y.tolist()) == ([1.0, 3.0], [2.0, 4.0])
    assert geometry.wkb_single_points_xy(blob, 3) is None


def test_polygon_and_line_wkb():
    buf, size = geometry.polygon_wkb(np.array([[[0, 0], [1, 0], [1, 1], [0, 0]]]))
    # byte order, type 3, 1 ring, 4 points, 4 x 2 doubles
    assert size == 1 + 4 + 4 + 4 + 64 == len(buf)
    assert struct.unpack("<BIII", buf[:13]) == (1, 3, 1, 4)
    buf, size = geometry.polygon_wkb(np.zeros((2, 4, 2)), multi=True)
    assert size == 9 + 13 + 64 and len(buf) == 2 * size
    assert struct.unpack("<BII", buf[:9]) == (1, 6, 1)
    buf, size = geometry.line_wkb([[0, 0]], [[3, 4]])
    assert struct.unpack("<BII4d", buf) == (1, 2, 2, 0.0, 0.0, 3.0, 4.0)
    assert geometry.linestring_wkb([[0, 0], [3, 4]]) == buf


def _imports(path):
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from ((0, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            yield node.level, node.module or ""


def test_layers_of_the_foundation():
    """core/geometry.py and core/values.py import no QGIS; the glue imports only core,
    compat, translation and itself from the plugin (never processing, dialogs or
    layers)."""
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    for name in ("geometry.py", "values.py"):
        for level, module in _imports(repo / "core" / name):
            assert not module.startswith(("qgis", "PyQt")), (name, module)
            assert level <= 1, (name, module)
    for path in sorted((repo / "glue").glob("*.py")):
        for level, module in _imports(path):
            if level == 2:
                assert module.split(".")[0] in ("core", "compat", "translation"), (
                    path.name,
                    module,
                )
            assert level <= 2, (path.name, module)
