"""glue/records.py (layers read into named columns, vectorised number checks, skip
reasons) and glue/writer.py (field specs, the bulk sink writer)."""

import math

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingUtils,
)

from bronnenstrategie.compat import WkbType
from bronnenstrategie.glue import records, writer
from bronnenstrategie.glue.geometry import point_geometry
from bronnenstrategie.processing import utils


def test_numbers_as_read_number():
    raw = [1, "x", None, -1.0, 0, 2.5, "3,5", float("inf"), float("nan"), True, 20.0]
    values, status = records.numbers(raw, low=0, high=10, low_inclusive=False)
    expected = [utils.read_number(v, low=0, high=10, low_inclusive=False) for v in raw]
    names = [records.STATUS_NAME[int(code)] for code in status]
    assert names == [status for _, status in expected]
    assert names == [
        "ok",
        "text",
        "missing",
        "low",
        "low",
        "ok",
        "ok",
        "text",
        "missing",
        "text",
        "high",
    ]
    # the values where read_number gives a number (status ok, low, high)
    for value, (number, name) in zip(values, expected):
        if name in ("ok", "low", "high"):
            assert value == number
        elif name == "missing":
            assert math.isnan(value)


def test_floats_and_texts():
    values = records.floats([1, "2,5", None, float("inf"), "x"])
    assert values[:2].tolist() == [1.0, 2.5]
    assert np.isnan(values[2:]).all()
    assert records.texts([" a ", None, 3]) == ["a", "", "3"]


def test_skip_reasons_first_failure_in_feature_order():
    feedback = QgsProcessingFeedback()
    skips = utils.SkipCounter(feedback)
    reasons = records.SkipReasons(4)
    reasons.fail(np.array([False, True, True, False]), "a", "reason a")
    reasons.fail(np.array([False, False, True, True]), "b", "reason b")  # 2 failed already
    reasons.fail(np.zeros(4, dtype=bool), "c", "never")
    assert reasons.ok.tolist() == [True, False, False, False]
    reasons.report(skips, np.array([10, 11, 12, 13]))
    assert dict(skips.counts) == {"a": 2, "b": 1}
    assert skips.examples == {"a": [11, 12], "b": [13]}


def test_read_columns(memory_layer):
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        [("v", "double"), ("name", "string")],
        [("Point (1 2)", {"v": 1.5, "name": "a"}), (None, {"name": "b"})],
    )
    columns = records.read_columns(layer, ["v", "name", "missing", ""])
    assert len(columns) == 2
    assert columns.fid.tolist() == [1, 2]
    assert list(columns.values) == ["v", "name"]
    assert columns.values["v"][0] == 1.5
    assert columns.values["name"] == ["a", "b"]
    assert columns.geometry[0].asWkt() == "Point (1 2)"
    assert columns.geometry[1].isNull()
    assert columns.features is None
    kept = records.read_columns(layer, [], keep_features=True, subset=False)
    assert kept.values == {} and [f["name"] for f in kept.features] == ["a", "b"]


def test_read_columns_cancelled(memory_layer):
    layer = memory_layer("Point", "EPSG:28992", [("v", "double")], [("Point (1 2)", {})])
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException):
        records.read_columns(layer, ["v"], feedback)


class _Alg(QgsProcessingAlgorithm):
    def name(self):
        return "writer_test"

    def createInstance(self):  # noqa: N802
        return _Alg()

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSink("OUT", "out", optional=True))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        return {}


def test_field_specs():
    fields = writer.make_fields(
        [writer.double("r_th"), writer.Field("name", "String", 50), writer.Field("n", "Int")]
    )
    assert [f.name() for f in fields] == ["r_th", "name", "n"]
    assert (fields[0].length(), fields[0].precision()) == (20, 3)
    assert fields[1].length() == 50
    combined = writer.make_fields([writer.double("name")], base=fields)
    assert [f.name() for f in combined] == ["r_th", "name", "n", "name_2"]


def test_writer_writes_rows_and_features(qgis_app):
    alg = _Alg()
    alg.initAlgorithm()
    context = QgsProcessingContext()
    crs = QgsCoordinateReferenceSystem("EPSG:28992")
    specs = [writer.double("value"), writer.Field("label", "String", 10)]
    out = writer.Writer.open(alg, {"OUT": "memory:"}, "OUT", context, specs, WkbType.Point, crs)
    out.write_rows([[1.25, "a"], [2.5, "b"]], [point_geometry(1, 2), None])
    assert out.count == 2
    layer = QgsProcessingUtils.mapLayerFromString(out.dest, context)
    rows = [(f["value"], f["label"], f.geometry().asWkt()) for f in layer.getFeatures()]
    assert rows == [(1.25, "a", "Point (1 2)"), (2.5, "b", "")]
    assert (
        writer.Writer.open(alg, {}, "OUT", context, specs, WkbType.Point, crs, required=False)
        is None
    )
    with pytest.raises(QgsProcessingException):
        writer.Writer.open(alg, {}, "OUT", context, specs, WkbType.Point, crs)
