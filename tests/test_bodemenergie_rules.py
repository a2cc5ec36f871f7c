"""The cross-parameter rules of the soil-energy algorithms are checked by
checkParameterValues, so the dialog tells the user before the run starts."""

import pytest
from qgis.core import QgsApplication, QgsProcessingContext

WELL_FIELDS = [("volume_m3", "double"), ("system_id", "string"), ("temperature", "string")]
WELL_ROWS = [
    ("Point (80000 455000)", {"volume_m3": 1000.0, "system_id": "a", "temperature": "warm"})
]


@pytest.fixture
def wells(memory_layer):
    return memory_layer("Point", "EPSG:28992", WELL_FIELDS, WELL_ROWS)


@pytest.fixture
def area(memory_layer):
    return memory_layer(
        "Polygon", "EPSG:28992", [], [("Polygon ((0 0, 100 0, 100 100, 0 100, 0 0))", {})]
    )


def check(alg_id, parameters):
    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    return alg.checkParameterValues(parameters, QgsProcessingContext())


def test_wellconflicts_needs_temperature_or_systems(provider, wells):
    ok, message = check(
        "bronnenstrategie:wellconflicts",
        {"INPUT": wells, "TEMPERATURE_FIELD": None, "OUTPUT": "memory:"},
    )
    assert ok, message  # the default field 'temperature' is in the layer
    ok, message = check(
        "bronnenstrategie:wellconflicts",
        {"INPUT": wells, "TEMPERATURE_FIELD": "", "OUTPUT": "memory:"},
    )
    assert not ok
    assert "TEMPERATURE_FIELD" in message
    ok, message = check(
        "bronnenstrategie:wellconflicts",
        {"INPUT": wells, "TEMPERATURE_FIELD": "", "INPUT_IS_SYSTEMS": True, "OUTPUT": "memory:"},
    )
    assert ok, message


def test_thermalradius_yearly_volume_needs_system(provider, wells):
    ok, message = check(
        "bronnenstrategie:thermalradius",
        {"INPUT": wells, "VOLUME_BASIS": 1, "SYSTEM_FIELD": "", "OUTPUT": "memory:"},
    )
    assert not ok
    assert "system id field" in message


def test_interferenceareas_criteria(provider, wells):
    ok, message = check(
        "bronnenstrategie:interferenceareas",
        {
            "INPUT": wells,
            "MIN_WELL_DENSITY": 0,
            "MIN_USAGE": 0,
            "MIN_CONFLICTS": 0,
            "OUTPUT": "memory:",
        },
    )
    assert not ok
    assert "Every criterion is switched off" in message
    ok, message = check(
        "bronnenstrategie:interferenceareas",
        {"INPUT": wells, "TEMPERATURE_FIELD": "", "MIN_CONFLICTS": 1, "OUTPUT": "memory:"},
    )
    assert not ok
    assert "MIN_CONFLICTS" in message


def test_warmcoldzones_rules(provider, area):
    ok, message = check(
        "bronnenstrategie:warmcoldzones", {"AREA": area, "FIT_TO_WELLS": 1, "OUTPUT": "memory:"}
    )
    assert not ok
    assert "WELLS" in message
    ok, message = check(
        "bronnenstrategie:warmcoldzones", {"AREA": area, "AQUIFER": "60-18", "OUTPUT": "memory:"}
    )
    assert not ok
    assert "must lie below its top" in message
    ok, message = check("bronnenstrategie:warmcoldzones", {"AREA": area, "OUTPUT": "memory:"})
    assert ok, message
