"""The one geometry bridge (glue/geometry.py): what to_shapely and from_shapely give for
null, empty, multi, Z/M, curved and invalid geometries, in one table each."""

import math

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPoint,
    QgsProject,
)
from shapely import wkt as shapely_wkt
from shapely.geometry import MultiPolygon, Point, Polygon

from bronnenstrategie.glue import geometry as bridge


def qgs(text):
    return QgsGeometry() if text is None else QgsGeometry.fromWkt(text)


# input WKT (None: a null QgsGeometry) -> the shapely WKT to_shapely gives (None: None)
TO_SHAPELY = [
    ("null", None, None),
    ("empty point", "Point EMPTY", None),
    ("empty polygon", "Polygon EMPTY", None),
    ("empty multipolygon", "MultiPolygon EMPTY", None),
    ("point", "Point (1 2)", "POINT (1 2)"),
    ("point Z", "PointZ (1 2 3)", "POINT (1 2)"),
    ("point M", "PointM (1 2 4)", "POINT (1 2)"),
    ("point ZM", "PointZM (1 2 3 4)", "POINT (1 2)"),
    ("multipoint", "MultiPoint ((1 2), (3 4))", "MULTIPOINT (1 2, 3 4)"),
    ("line", "LineString (0 0, 3 4)", "LINESTRING (0 0, 3 4)"),
    ("line ZM", "LineStringZM (0 0 1 2, 3 4 5 6)", "LINESTRING (0 0, 3 4)"),
    ("polygon", "Polygon ((0 0, 4 0, 4 3, 0 0))", "POLYGON ((0 0, 4 0, 4 3, 0 0))"),
    (
        "polygon with hole",
        "Polygon ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 2 2))",
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 2 2))",
    ),
    (
        "multipolygon Z",
        "MultiPolygonZ (((0 0 1, 1 0 1, 1 1 1, 0 0 1)))",
        "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))",
    ),
    (
        "multipolygon 2 parts",
        "MultiPolygon (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
        "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
    ),
    # a GeoPackage CURVEPOLYGON with straight rings: curved type, no arcs
    (
        "curve polygon, straight ring",
        "CurvePolygon (CompoundCurve ((0 0, 1 0, 1 1, 0 0)))",
        "POLYGON ((0 0, 1 0, 1 1, 0 0))",
    ),
    ("compound curve, straight", "CompoundCurve ((0 0, 1 0, 1 1))", "LINESTRING (0 0, 1 0, 1 1)"),
    # bow tie (self-intersecting): made valid into its two triangles
    (
        "invalid bow tie",
        "Polygon ((0 0, 2 2, 2 0, 0 2, 0 0))",
        "MULTIPOLYGON (((0 0, 0 2, 1 1, 0 0)), ((1 1, 2 2, 2 0, 1 1)))",
    ),
]


@pytest.mark.parametrize("label,text,expected", TO_SHAPELY, ids=[row[0] for row in TO_SHAPELY])
def test_to_shapely(label, text, expected):
    shape = bridge.to_shapely(qgs(text))
    if expected is None:
        assert shape is None
        return
    want = shapely_wkt.loads(expected)
    assert shape.geom_type == want.geom_type
    assert not shape.has_z
    # same point set (made valid: GEOS may start the rings elsewhere)
    assert shape.equals(want), shape.wkt
    if label != "invalid bow tie":
        assert shape.wkt == want.wkt


def test_to_shapely_invalid_kept_when_asked():
    shape = bridge.to_shapely(qgs("Polygon ((0 0, 2 2, 2 0, 0 2, 0 0))"), make_valid=False)
    assert shape.geom_type == "Polygon"
    assert not shape.is_valid


def test_to_shapely_made_valid_area():
    # two triangles of base 2 and height 1: area 1 each
    shape = bridge.to_shapely(qgs("Polygon ((0 0, 2 2, 2 0, 0 2, 0 0))"))
    assert shape.is_valid
    assert shape.area == pytest.approx(2.0)


def test_to_shapely_circular_string_segmentized():
    # half circle of radius 1 around (1, 0): every vertex at distance 1 from the centre
    shape = bridge.to_shapely(qgs("CircularString (0 0, 1 1, 2 0)"))
    assert shape.geom_type == "LineString"
    coords = np.asarray(shape.coords)
    assert len(coords) > 10
    assert np.allclose(np.hypot(coords[:, 0] - 1.0, coords[:, 1]), 1.0)
    assert tuple(coords[0]) == (0.0, 0.0) and tuple(coords[-1]) == pytest.approx((2.0, 0.0))


def test_to_shapely_curve_polygon_circle():
    # a full circle of radius 1: area close to pi (segmentized: a bit less)
    shape = bridge.to_shapely(qgs("CurvePolygon (CircularString (0 0, 2 0, 0 0))"))
    assert shape.geom_type == "Polygon"
    assert 3.1 < shape.area < math.pi


def test_to_shapely_abstract_geometry_and_input_unchanged():
    assert bridge.to_shapely(QgsPoint(1, 2, 3)).wkt == "POINT (1 2)"
    geom = qgs("PointZ (1 2 3)")
    bridge.to_shapely(geom)
    assert geom.constGet().is3D()  # the bridge works on a copy


def test_to_shapely_transform():
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    rd = QgsCoordinateReferenceSystem("EPSG:28992")
    forward = QgsCoordinateTransform(wgs84, rd, QgsProject.instance())
    expected = QgsGeometry.fromWkt("Point (4.3 52.08)")
    expected.transform(forward)
    shape = bridge.to_shapely(qgs("PointZ (4.3 52.08 7)"), forward)
    assert (shape.x, shape.y) == (expected.asPoint().x(), expected.asPoint().y())
    # Den Haag in RD: x about 80 km, y about 455 km
    assert 70000 < shape.x < 90000 and 450000 < shape.y < 460000


def test_to_shapely_transform_error_gives_none():
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    rd = QgsCoordinateReferenceSystem("EPSG:28992")
    forward = QgsCoordinateTransform(wgs84, rd, QgsProject.instance())
    # latitude 100 degrees: no place on earth
    assert bridge.to_shapely(qgs("Point (4 100)"), forward) is None


# shapely WKT (None: None), multi -> the QGIS WKT from_shapely gives
FROM_SHAPELY = [
    ("none", None, False, None),
    ("point", "POINT (1 2)", False, "Point (1 2)"),
    ("point multi", "POINT (1 2)", True, "MultiPoint ((1 2))"),
    ("point Z kept", "POINT Z (1 2 3)", False, "PointZ (1 2 3)"),
    ("line multi", "LINESTRING (0 0, 1 1)", True, "MultiLineString ((0 0, 1 1))"),
    ("polygon", "POLYGON ((0 0, 1 0, 1 1, 0 0))", False, "Polygon ((0 0, 1 0, 1 1, 0 0))"),
    (
        "polygon multi",
        "POLYGON ((0 0, 1 0, 1 1, 0 0))",
        True,
        "MultiPolygon (((0 0, 1 0, 1 1, 0 0)))",
    ),
    (
        "multipolygon stays",
        "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))",
        True,
        "MultiPolygon (((0 0, 1 0, 1 1, 0 0)))",
    ),
    (
        "multipolygon not multi",
        "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))",
        False,
        "MultiPolygon (((0 0, 1 0, 1 1, 0 0)))",
    ),
]


@pytest.mark.parametrize(
    "label,text,multi,expected", FROM_SHAPELY, ids=[row[0] for row in FROM_SHAPELY]
)
def test_from_shapely(label, text, multi, expected):
    geom = bridge.from_shapely(None if text is None else shapely_wkt.loads(text), multi=multi)
    if expected is None:
        assert geom.isNull()
        return
    assert geom.asWkt() == expected


def test_round_trip():
    shapes = [
        Point(1, 2),
        Polygon([(0, 0), (4, 0), (4, 3)]),
        MultiPolygon([Polygon([(0, 0), (1, 0), (1, 1)]), Polygon([(5, 5), (6, 5), (6, 6)])]),
    ]
    for shape in shapes:
        assert bridge.to_shapely(bridge.from_shapely(shape)).wkt == shape.wkt


def test_from_shapely_transform():
    rd = QgsCoordinateReferenceSystem("EPSG:28992")
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    back = QgsCoordinateTransform(rd, wgs84, QgsProject.instance())
    geom = bridge.from_shapely(Point(81000, 455000), transform=back)
    # RD 81000 455000 lies near Den Haag: about 4.3 E, 52.08 N
    assert geom.asPoint().x() == pytest.approx(4.3, abs=0.05)
    assert geom.asPoint().y() == pytest.approx(52.08, abs=0.05)


def test_points_xy():
    geoms = [
        qgs("Point (1 2)"),
        QgsGeometry(),
        qgs("MultiPoint ((3 4), (5 6))"),
        qgs("PointZ (7 8 9)"),
        qgs("LineString (0 0, 1 1)"),
        qgs("MultiPoint EMPTY"),
    ]
    x, y, owner, empty = bridge.points_xy(geoms)
    assert x.tolist() == [1.0, 7.0, 3.0, 5.0]
    assert y.tolist() == [2.0, 8.0, 4.0, 6.0]
    assert owner.tolist() == [0, 3, 2, 2]
    assert empty.tolist() == [False, True, False, False, True, True]


def test_points_xy_single_points_one_buffer():
    x, y, owner, empty = bridge.points_xy([qgs("Point (1 2)"), qgs("Point (3 4)")])
    assert (x.tolist(), y.tolist(), owner.tolist(), empty.tolist()) == (
        [1.0, 3.0],
        [2.0, 4.0],
        [0, 1],
        [False, False],
    )
    x, y, owner, empty = bridge.points_xy([])
    assert len(x) == len(y) == len(owner) == len(empty) == 0


def test_transform_xy_identity_and_failure():
    rd = QgsCoordinateReferenceSystem("EPSG:28992")
    same = QgsCoordinateTransform(rd, rd, QgsProject.instance())
    x, y, ok = bridge.transform_xy(same, np.array([1.0]), np.array([2.0]))
    assert (x.tolist(), y.tolist(), ok.tolist()) == ([1.0], [2.0], [True])
    forward = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), rd, QgsProject.instance()
    )
    x, y, ok = bridge.transform_xy(forward, np.array([4.3, 4.0]), np.array([52.08, 100.0]))
    assert ok.tolist() == [True, False]
    assert 70000 < x[0] < 90000 and 450000 < y[0] < 460000


def test_polygon_and_line_geometries():
    rings = np.array(
        [[[0, 0], [2, 0], [2, 2], [0, 0]], [[5, 5], [6, 5], [6, 6], [5, 5]]], dtype=float
    )
    polys = bridge.polygon_geometries(rings)
    assert [g.asWkt() for g in polys] == [
        "Polygon ((0 0, 2 0, 2 2, 0 0))",
        "Polygon ((5 5, 6 5, 6 6, 5 5))",
    ]
    multi = bridge.polygon_geometries(rings[:1], multi=True)
    assert multi[0].asWkt() == "MultiPolygon (((0 0, 2 0, 2 2, 0 0)))"
    assert polys[0].area() == 2.0
    lines = bridge.line_geometries([[0, 0], [1, 1]], [[3, 4], [1, 2]])
    assert [g.asWkt() for g in lines] == ["LineString (0 0, 3 4)", "LineString (1 1, 1 2)"]
    assert lines[0].length() == 5.0


def test_transform_rings_identity():
    rd = QgsCoordinateReferenceSystem("EPSG:28992")
    same = QgsCoordinateTransform(rd, rd, QgsProject.instance())
    rings = np.array([[[1.0, 2.0], [3.0, 4.0]]])
    assert bridge.transform_rings(rings, same).tolist() == rings.tolist()
