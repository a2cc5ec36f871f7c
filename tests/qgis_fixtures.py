"""QGIS fixtures (imported by conftest.py): provider, running algorithms, test layers."""

import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "resources" / "sample" / "denhaag_sample.gpkg"

FIELD_TYPES = {
    "int": ("integer", QVariant.Int),
    "integer": ("integer", QVariant.Int),
    "double": ("double", QVariant.Double),
    "float": ("double", QVariant.Double),
    "string": ("string", QVariant.String),
    "str": ("string", QVariant.String),
}


class RecordingFeedback(QgsProcessingFeedback):
    """Feedback that keeps what the algorithm said."""

    def __init__(self):
        super().__init__()
        self.warnings = []
        self.infos = []
        self.errors = []
        self.progress_values = []
        self.progressChanged.connect(self.progress_values.append)

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)
        super().pushWarning(text)

    def pushInfo(self, text):  # noqa: N802
        self.infos.append(text)
        super().pushInfo(text)

    def reportError(self, text, fatal=False):  # noqa: N802
        self.errors.append(text)
        super().reportError(text, fatal)


@pytest.fixture(scope="session")
def plugin(qgis_app, qgis_processing):
    """The plugin loaded as qgis_process loads it: classFactory(None) + initProcessing."""
    import bronnenstrategie

    instance = bronnenstrategie.classFactory(None)
    instance.initProcessing()
    yield instance
    instance.unload()


@pytest.fixture(scope="session")
def provider(plugin):
    return QgsApplication.processingRegistry().providerById("bronnenstrategie")


def _run(alg_id, params, feedback=None, context=None):
    import gc

    from qgis import processing

    results = processing.run(
        alg_id, params, feedback=feedback or RecordingFeedback(), context=context
    )
    # the run's context (and with it the file sinks) can be held by a reference cycle:
    # collect it now, so the files are complete before the next step reads them
    gc.collect()
    return results


@pytest.fixture
def run_alg(provider):
    """run_alg(id, params, feedback=None) -> results (through processing.run)."""
    return _run


@pytest.fixture
def feedback():
    return RecordingFeedback()


def make_memory_layer(geom_type, crs, fields, rows, name="test"):
    """A memory layer; fields [(name, 'int'|'double'|'string')], rows [(wkt, {field: v})]."""
    uri = f"{geom_type}?crs={crs}"
    for fname, ftype in fields:
        uri += f"&field={fname}:{FIELD_TYPES[ftype][0]}"
    layer = QgsVectorLayer(uri, name, "memory")
    assert layer.isValid(), uri
    features = []
    for wkt, attrs in rows:
        f = QgsFeature(layer.fields())
        if wkt:
            f.setGeometry(QgsGeometry.fromWkt(wkt))
        for key, value in attrs.items():
            f[key] = value
        features.append(f)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


@pytest.fixture
def memory_layer(qgis_app):
    return make_memory_layer


@pytest.fixture(scope="session")
def sample_gpkg():
    """The sample GeoPackage (generated if it is missing)."""
    if not SAMPLE.exists():
        subprocess.run(
            [sys.executable, str(REPO / "scripts" / "sample" / "make_sample_data.py"), "--quiet"],
            check=True,
        )
    return SAMPLE


def sample_layer(name):
    layer = QgsVectorLayer(f"{SAMPLE}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


@pytest.fixture(scope="session")
def qgis_process():
    """qgis_process(alg, params) -> parsed JSON of a qgis_process run (subprocess)."""
    import qgisproc

    return qgisproc.run_json
