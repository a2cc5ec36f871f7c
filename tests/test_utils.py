"""Shared helpers of processing/utils.py."""

import math

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle

from bronnenstrategie.processing import utils


@pytest.mark.parametrize(
    "value,expected",
    [
        (None, (None, "missing")),
        ("", (None, "missing")),
        ("  ", (None, "missing")),
        (float("nan"), (None, "missing")),
        ("veel", (None, "text")),
        (True, (None, "text")),
        ("12,5", (12.5, "ok")),
        ("7.25", (7.25, "ok")),
        (5, (5.0, "ok")),
        (-1, (-1.0, "low")),
        (0, (0.0, "low")),
        (1e15, (1e15, "high")),
    ],
)
def test_read_number(value, expected):
    assert utils.read_number(value, low=0, high=1e9, low_inclusive=False) == expected


def test_read_number_bounds_are_optional():
    assert utils.read_number(-3) == (-3.0, "ok")
    assert utils.read_number(0, low=0) == (0.0, "ok")  # inclusive by default


def test_to_float_rejects_inf_and_nan():
    assert utils.to_float(float("inf")) is None
    assert utils.to_float(math.nan) is None
    assert utils.to_float("3,5") == 3.5


@pytest.mark.parametrize(
    "authid,extent,expected",
    [
        # Den Haag in degrees -> RD New
        ("EPSG:4326", QgsRectangle(4.2, 52.0, 4.4, 52.1), "EPSG:28992"),
        # Den Haag in Web Mercator (metres, but distorted by 1/cos(52 deg) = 1.62) -> RD New
        ("EPSG:3857", QgsRectangle(467000, 6804000, 490000, 6820000), "EPSG:28992"),
        # Paris in degrees -> UTM zone 31N
        ("EPSG:4326", QgsRectangle(2.2, 48.8, 2.4, 48.9), "EPSG:32631"),
        # a projected CRS in metres outside NL is kept (UTM 31N, Paris)
        ("EPSG:32631", QgsRectangle(440000, 5400000, 460000, 5420000), "EPSG:32631"),
    ],
)
def test_metric_crs(qgis_app, authid, extent, expected):
    crs = QgsCoordinateReferenceSystem(authid)
    result = utils.metric_crs(crs, extent, QgsProject.instance().transformContext())
    assert result.authid() == expected
