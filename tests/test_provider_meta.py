"""Meta-test over every algorithm of the provider: ids, help, outputs, translations."""

import re

import pytest
from qgis.core import QgsProcessingDestinationParameter

from bronnenstrategie.i18n_loader import install_translator, remove_translators

GROUPS = {"bodemenergie", "geothermie", "aquathermie", "restwarmte", "ruimteclaims", "warmtebalans"}


def test_provider_identity(provider):
    assert provider.id() == "bronnenstrategie"
    assert provider.name() == "Bronnenstrategie"
    assert not provider.icon().isNull()
    assert "bronnenstrategie:thermalradius" in [a.id() for a in provider.algorithms()]


def _algorithms(provider):
    return sorted(provider.algorithms(), key=lambda a: a.id())


def test_every_algorithm_is_well_formed(provider):
    algs = _algorithms(provider)
    assert algs
    for alg in algs:
        assert re.match(r"^bronnenstrategie:[a-z0-9_]+$", alg.id()), alg.id()
        assert alg.groupId() in GROUPS, alg.id()
        assert alg.groupId() == alg.groupId().lower()
        assert type(alg.createInstance()) is type(alg)
        assert len(alg.shortHelpString()) > 200, alg.id()
        assert alg.helpUrl().endswith("#" + alg.name())
        for param in alg.parameterDefinitions():
            assert param.help(), f"{alg.id()}: parameter {param.name()} has no help"
            assert param.name() == param.name().upper(), param.name()
        outputs = {o.name() for o in alg.outputDefinitions()}
        for param in alg.destinationParameterDefinitions():
            assert isinstance(param, QgsProcessingDestinationParameter)
            assert param.name() in outputs, f"{alg.id()}: {param.name()} has no output"


def test_every_algorithm_has_a_dutch_name(provider):
    english = {a.id(): (a.displayName(), a.group()) for a in provider.algorithms()}
    assert install_translator("nl")
    try:
        for alg in provider.algorithms():
            dutch_name, dutch_group = alg.displayName(), alg.group()
            assert dutch_name != english[alg.id()][0], f"{alg.id()} has no Dutch name"
            assert dutch_group != english[alg.id()][1], alg.id()
    finally:
        remove_translators()


@pytest.mark.parametrize(
    "group,dutch",
    [
        ("bodemenergie", "Bodemenergie"),
        ("geothermie", "Geothermie"),
        ("aquathermie", "Aquathermie"),
        ("restwarmte", "Restwarmte"),
        ("ruimteclaims", "Ruimteclaims"),
        ("warmtebalans", "Warmtebalans"),
    ],
)
def test_groups_are_dutch_under_locale_nl(plugin, group, dutch):
    from bronnenstrategie.processing.groups import group_name

    assert install_translator("nl")
    try:
        assert group_name(group) == dutch
    finally:
        remove_translators()


def test_thermalradius_display_name_is_dutch(provider):
    alg = provider.algorithm("thermalradius")
    assert alg.displayName() == "Thermal radius of soil-energy wells"
    assert install_translator("nl")
    try:
        assert alg.displayName() == "Thermische straal van bodemenergiebronnen"
    finally:
        remove_translators()


def test_translations_are_complete():
    import i18n

    assert i18n.unfinished() == []


def test_translation_file_is_in_step_with_the_sources(tmp_path, monkeypatch):
    """Every text the code marks for translation is in the committed .ts (and nothing
    stale): pylupdate5 on the sources into a copy must give the same messages."""
    import shutil
    import xml.etree.ElementTree as ET

    import i18n

    if not shutil.which("pylupdate5"):
        pytest.skip("pylupdate5 (pyqt5-dev-tools) is not installed")
    committed = i18n.ts_path()
    copy = tmp_path / committed.name
    shutil.copyfile(committed, copy)
    monkeypatch.setattr(i18n, "ts_path", lambda: copy)
    i18n.update()

    def messages(path):
        return {
            (c.findtext("name"), m.findtext("source"))
            for c in ET.parse(path).iter("context")
            for m in c.iter("message")
        }

    assert messages(copy) == messages(committed)
    assert copy.read_bytes() == committed.read_bytes()


def test_every_map_output_has_a_style(provider):
    from qgis.core import (
        QgsProcessing,
        QgsProcessingParameterFeatureSink,
        QgsProcessingParameterRasterDestination,
        QgsVectorLayer,
    )

    from bronnenstrategie.processing.utils import style_path

    for alg in provider.algorithms():
        for param in alg.destinationParameterDefinitions():
            if isinstance(param, QgsProcessingParameterFeatureSink):
                if param.dataType() == QgsProcessing.TypeVector:
                    continue  # a table without geometry
            elif not isinstance(param, QgsProcessingParameterRasterDestination):
                continue
            qml = alg.STYLES.get(param.name())
            assert qml, f"{alg.id()}: output {param.name()} has no style"
            assert style_path(qml).exists(), qml
            if not isinstance(param, QgsProcessingParameterRasterDestination):
                kinds = {
                    QgsProcessing.TypeVectorPoint: ["Point"],
                    QgsProcessing.TypeVectorLine: ["LineString"],
                    QgsProcessing.TypeVectorPolygon: ["Polygon"],
                }.get(param.dataType(), ["Point", "LineString", "Polygon"])
                messages = []
                for kind in kinds:
                    layer = QgsVectorLayer(kind + "?crs=EPSG:28992", "x", "memory")
                    message, ok = layer.loadNamedStyle(str(style_path(qml)))
                    messages.append(message)
                    if ok:
                        break
                assert ok, f"{qml}: {messages}"


def test_outputs_are_styled_when_loaded(provider, qgis_iface, memory_layer, monkeypatch):
    from qgis import processing
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    # QGIS 3.44's result loading hands iface.layerTreeView() to C++: a real view, not
    # pytest-qgis's mock
    view = QgsLayerTreeView()
    view.setModel(QgsLayerTreeModel(QgsProject.instance().layerTreeRoot(), view))
    monkeypatch.setattr(qgis_iface, "layerTreeView", lambda: view, raising=False)

    wells = memory_layer(
        "Point", "EPSG:28992", [("vol", "double")], [("POINT (81000 455000)", {"vol": 50000.0})]
    )
    results = processing.runAndLoadResults(
        "bronnenstrategie:thermalradius",
        {
            "INPUT": wells,
            "VOLUME_FIELD": "vol",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_AREAS": "TEMPORARY_OUTPUT",
        },
    )
    try:
        layer = QgsProject.instance().mapLayer(results["OUTPUT"])
        assert layer is not None
        # resources/styles/thermalradius_output.qml: graduated circles by r_th
        assert layer.renderer().type() == "graduatedSymbol"
        assert layer.renderer().classAttribute() == "r_th"
    finally:
        QgsProject.instance().removeAllMapLayers()


def test_every_algorithm_is_in_the_readme_reference(provider):
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    reference = readme.split("<!-- ALGORITHMS:START -->", 1)[1].split("<!-- ALGORITHMS:END -->")[0]
    for alg in provider.algorithms():
        # helpUrl() points to this anchor; 'make docs' regenerates the reference
        assert f'<a id="{alg.name()}"></a>' in reference, alg.id()
        assert f"`{alg.id()}`" in reference, alg.id()


def test_the_explicit_algorithm_list_is_complete(provider):
    """Every algorithm class in processing/<group>/*.py is in ALGORITHMS (and nothing
    else); a module that fails to import fails here instead of missing from the toolbox."""
    import importlib
    import inspect
    import pkgutil

    from bronnenstrategie.processing import provider as provider_module
    from bronnenstrategie.processing.base import BronnenstrategieAlgorithm
    from bronnenstrategie.processing.groups import GROUP_IDS

    found = []
    for group in GROUP_IDS:
        package = importlib.import_module("bronnenstrategie.processing." + group)
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            found += [
                obj
                for _name, obj in inspect.getmembers(module, inspect.isclass)
                if issubclass(obj, BronnenstrategieAlgorithm)
                and obj.__module__ == module.__name__
                and obj.NAME
            ]
    listed = provider_module.ALGORITHMS
    assert len(set(listed)) == len(listed)
    assert {cls.__qualname__ for cls in found} == {cls.__qualname__ for cls in listed}
    assert set(found) == set(listed)
    assert len(found) == 17
    assert sorted(a.name() for a in provider.algorithms()) == sorted(c.NAME for c in listed)
    # grouped in toolbox order
    groups = [cls.GROUP_ID for cls in listed]
    assert groups == sorted(groups, key=GROUP_IDS.index)
