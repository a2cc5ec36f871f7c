"""Ready for QGIS 4 (Qt6) while running on QGIS 3.22: every non-test module is walked (its
AST) for the constructs Qt6 no longer accepts and for enum values not written fully scoped,
each resolved with the installed PyQt and QGIS (scripts/qt6_rewrite.py). compat.py holds
the spellings that changed between QGIS versions."""

import textwrap
import warnings

import pytest
import qt6_rewrite


def test_no_module_has_a_qt6_finding():
    findings = []
    for path in qt6_rewrite.modules():
        findings.extend(qt6_rewrite.scan(path))
    assert not findings, "{} findings (run 'python3 scripts/qt6_rewrite.py'):\n{}".format(
        len(findings), "\n".join(str(f) for f in findings)
    )


def test_every_module_is_walked():
    names = {str(p.relative_to(qt6_rewrite.REPO)) for p in qt6_rewrite.modules()}
    assert {
        "plugin.py",
        "compat.py",
        "processing/provider.py",
        "processing/warmtebalans/report.py",
        "scripts/package.py",
    } <= names
    assert not any(n.startswith(("tests/", ".venv", ".roots/")) for n in names)


SAMPLE = '''\
"""A module written the Qt5 way."""

import sip
from PyQt5.QtCore import QRegExp
from qgis.core import QgsField, QgsProcessing, QgsWkbTypes
from qgis.PyQt.QtCore import Qt, QVariant
from qgis.PyQt.QtWidgets import QAction, QDesktopWidget, QDialogButtonBox, QMessageBox


def build(dialog, combo, geometry):
    dialog.exec_()
    combo.activated[str].connect(print)
    buttons = QDialogButtonBox.Ok | QDialogButtonBox.Cancel
    field = QgsField("x", QVariant.Double, "double", 20, 3)
    kinds = [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]
    polygon = geometry.type() == QgsWkbTypes.PolygonGeometry
    multi = QgsWkbTypes.MultiPolygon
    nothing = QVariant()
    QMessageBox.information(None, "t", "m", QMessageBox.Ok)
    return (sip, QRegExp, QAction, QDesktopWidget, Qt.AlignLeft, buttons,
            field, kinds, polygon, multi, nothing)
'''

EXPECTED = '''\
"""A module written the Qt5 way."""

from qgis.PyQt import sip
from qgis.PyQt.QtCore import QRegExp
from qgis.core import NULL, QgsField
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDesktopWidget, QDialogButtonBox, QMessageBox

from .compat import FieldType, GeometryType, QAction, SourceType, WkbType


def build(dialog, combo, geometry):
    dialog.exec()
    combo.textActivated.connect(print)
    buttons = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    field = QgsField("x", FieldType.Double, "double", 20, 3)
    kinds = [SourceType.VectorPoint, SourceType.VectorPolygon]
    polygon = geometry.type() == GeometryType.Polygon
    multi = WkbType.MultiPolygon
    nothing = NULL
    QMessageBox.information(None, "t", "m", QMessageBox.StandardButton.Ok)
    return (sip, QRegExp, QAction, QDesktopWidget, Qt.AlignmentFlag.AlignLeft, buttons,
            field, kinds, polygon, multi, nothing)
'''


def test_the_scan_lists_each_construct_with_file_and_line(tmp_path):
    path = tmp_path / "qt5_module.py"
    path.write_text(SAMPLE)
    findings = qt6_rewrite.scan(path)
    by_line = {}
    for finding in findings:
        by_line.setdefault(finding.line, []).append(finding.message)
        assert str(finding).startswith(f"{path}:{finding.line}: ")
    assert "sip" in by_line[3][0]
    assert "PyQt5.QtCore" in by_line[4][0] and any("QRegExp" in m for m in by_line[20])
    assert any("QAction" in m for m in by_line[7])
    assert "exec_()" in by_line[11][0]
    assert "activated[str]" in by_line[12][0]
    assert len(by_line[13]) == 2 and "QDialogButtonBox.StandardButton.Ok" in by_line[13][0]
    assert "FieldType.Double" in by_line[14][0]
    assert len(by_line[15]) == 2 and "SourceType.VectorPoint" in by_line[15][0]
    assert "GeometryType.Polygon" in by_line[16][0]
    assert "WkbType.MultiPolygon" in by_line[17][0]
    assert "NULL" in by_line[18][0]
    assert "QMessageBox.StandardButton.Ok" in by_line[19][0]
    assert any("Qt.AlignmentFlag.AlignLeft" in m for m in by_line[20])
    assert any("QDesktopWidget" in m for m in by_line[20])


def test_the_rewrite_is_mechanical_and_idempotent(tmp_path):
    path = tmp_path / "qt5_module.py"
    path.write_text(SAMPLE)
    left = qt6_rewrite.rewrite(path)
    assert path.read_text() == EXPECTED
    # what needs a person is still reported, where it is used: QRegExp and QDesktopWidget
    assert sorted(f.message.split(" ")[0] for f in left) == ["QDesktopWidget", "QRegExp"]
    assert {f.line for f in left} == {22}  # the return statement, after the new imports
    again = qt6_rewrite.rewrite(path)
    assert path.read_text() == EXPECTED
    assert [str(f) for f in again] == [str(f) for f in left]


def test_rewritten_code_is_scoped_as_written_by_hand(tmp_path):
    path = tmp_path / "scoped.py"
    path.write_text(
        textwrap.dedent("""\
        from qgis.core import Qgis
        from qgis.PyQt.QtCore import Qt

        LEVEL = Qgis.MessageLevel.Info
        ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        """)
    )
    assert qt6_rewrite.scan(path) == []


def test_compat_types_make_fields_without_deprecation_warnings():
    from qgis.core import QgsField, QgsProcessing, QgsWkbTypes

    from bronnenstrategie.compat import FieldType, GeometryType, SourceType, WkbType

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        double = QgsField("d", FieldType.Double, "double", 20, 3)
        text = QgsField("s", FieldType.String)
        integer = QgsField("i", FieldType.Int)
    assert double.isNumeric() and double.length() == 20 and double.precision() == 3
    assert not text.isNumeric() and integer.isNumeric()
    # the same numbers as the old spellings, whichever enum this QGIS uses
    assert int(SourceType.VectorPolygon) == 2 and int(SourceType.VectorPoint) == 0
    assert int(WkbType.MultiPolygon) == 6 and int(WkbType.Point) == 1
    assert int(GeometryType.Polygon) == 2 and int(GeometryType.Line) == 1
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert int(QgsWkbTypes.PolygonGeometry) == int(GeometryType.Polygon)
        assert int(QgsProcessing.TypeVectorLine) == int(SourceType.VectorLine)


def test_only_compat_knows_the_qgis_version():
    """Outside compat.py no module asks for the QGIS version."""
    offenders = []
    for path in qt6_rewrite.modules():
        if path.name == "compat.py":
            continue
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), 1):
            if "versionInt()" in line or "QGIS_VERSION" in line or "Qgis.QGIS_VERSION" in line:
                offenders.append(f"{path.relative_to(qt6_rewrite.REPO)}:{number}")
    assert not offenders, offenders


def test_deprecations_from_the_plugin_are_errors():
    """pyproject.toml's filterwarnings: a DeprecationWarning raised from a plugin module
    fails the test; one from another module (QGIS's own internals) stays ignored."""
    code = compile(
        "import warnings\nwarnings.warn('old API', DeprecationWarning)\n", "fake.py", "exec"
    )
    plugin_module = {"__name__": "bronnenstrategie.processing.fake"}
    other_module = {"__name__": "qgis.fake"}
    exec(code, other_module)  # QGIS's own: never an error
    with pytest.raises(DeprecationWarning, match="old API"):
        exec(code, plugin_module)
