"""glue.geometry.from_shapely_all: the bulk WKB path gives what from_shapely gives one by one."""

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
)
from shapely.geometry import LineString, Polygon

from bronnenstrategie.compat import WkbType
from bronnenstrategie.glue import geometry as bridge


def test_from_shapely_all_equals_from_shapely():
    shapes = [
        LineString([(0, 0), (100, 0)]),
        LineString([(0, 0), (0, 50), (20, 50)]),
        Polygon([(0, 0), (10, 0), (10, 10), (0, 10)]),
    ]
    bulk = bridge.from_shapely_all(shapes, multi=True)
    one = [bridge.from_shapely(s, multi=True) for s in shapes]
    assert [g.asWkt() for g in bulk] == [g.asWkt() for g in one]
    assert [g.wkbType() for g in bulk] == [
        WkbType.MultiLineString,
        WkbType.MultiLineString,
        WkbType.MultiPolygon,
    ]
    # the square keeps its 100 m2, the lines their 100 m and 70 m
    assert bulk[2].area() == pytest.approx(100.0)
    assert [g.length() for g in bulk[:2]] == pytest.approx([100.0, 70.0])
    assert bridge.from_shapely_all([]) == []


def test_from_shapely_all_transforms():
    # RD New (155000, 463000) is the Amersfoort origin: about 5.387 E, 52.155 N
    transform = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:28992"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    line = LineString([(155000, 463000), (155100, 463000)])
    (geom,) = bridge.from_shapely_all([line], transform=transform)
    start = geom.constGet().startPoint()
    assert start.x() == pytest.approx(5.3872, abs=1e-3)
    assert start.y() == pytest.approx(52.1552, abs=1e-3)
    assert geom.asWkt() == bridge.from_shapely(line, transform=transform).asWkt()
