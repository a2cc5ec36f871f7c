"""The one polygon-capture map tool: the claims dialog and the interference tool digitise
with the same class, so the same keys, undo, finish and rubber band."""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QEvent, QPoint, Qt
from qgis.PyQt.QtGui import QKeyEvent

SQUARE = ((80000, 455000), (80100, 455000), (80100, 455100), (80000, 455100))


def key(tool, code):
    event = QKeyEvent(QEvent.Type.KeyPress, code, Qt.KeyboardModifier.NoModifier)
    tool.keyPressEvent(event)
    return event


def draw(tool, points=SQUARE):
    for x, y in points:
        tool.add_point(QgsPointXY(x, y))


def recorder(tool):
    got = {"finished": [], "cancelled": 0}
    tool.finished.connect(lambda g: got["finished"].append(g.area()))

    def cancelled():
        got["cancelled"] += 1

    tool.cancelled.connect(cancelled)
    return got


@pytest.fixture
def canvas(qgis_iface):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    return canvas


@pytest.fixture
def claims_tool(plugin, qgis_iface, canvas, tmp_path):
    """The tool the claims dialog starts for "Drawing on the map"."""
    from bronnenstrategie import register as reg
    from bronnenstrategie.dialogs import ruimteclaims_dialog as dlg

    store = reg.GeoPackageClaimStore(str(tmp_path / "ruimteclaims.gpkg"))
    store.create()
    dialog = dlg.RuimteclaimsDialog(qgis_iface, store=store)
    dialog.start_drawing()
    yield dialog.map_tool
    dialog.done(0)
    dialog.deleteLater()


@pytest.fixture
def interference_tool(plugin, canvas):
    from bronnenstrategie.dialogs import bodemenergie_maptool as mt

    tool = mt.make_tool(canvas, None)
    yield tool
    tool.close()


@pytest.fixture(params=["claims", "interference"])
def tool(request):
    return request.getfixturevalue(request.param + "_tool")


def test_both_digitise_with_the_one_tool_class(claims_tool, interference_tool):
    from bronnenstrategie.dialogs import bodemenergie_maptool as mt
    from bronnenstrategie.dialogs import polygon_capture as pc
    from bronnenstrategie.dialogs import ruimteclaims_dialog as dlg

    assert type(claims_tool) is pc.PolygonCaptureTool
    assert isinstance(interference_tool, pc.PolygonCaptureTool)
    assert mt.InterferenceAreaTool.__module__ == mt.__name__  # a module-level class
    assert mt.InterferenceAreaTool.__qualname__ == "InterferenceAreaTool"
    # the key, mouse and rubber-band handling is the shared one, not overridden
    for name in (
        "keyPressEvent",
        "canvasReleaseEvent",
        "canvasDoubleClickEvent",
        "canvasMoveEvent",
        "undo",
        "cancel",
        "_make_band",
        "_redraw",
    ):
        assert getattr(mt.InterferenceAreaTool, name) is getattr(pc.PolygonCaptureTool, name)
    assert not hasattr(dlg, "PolygonMapTool")
    for tool in (claims_tool, interference_tool):
        assert tool.band.strokeColor().getRgb() == pc.BAND_COLOR
        assert tool.band.fillColor().getRgb() == pc.BAND_FILL
        assert tool.band.width() == pc.BAND_WIDTH


def test_backspace_and_delete_undo_the_last_vertex(tool):
    draw(tool)
    assert key(tool, Qt.Key.Key_Backspace).isAccepted()
    assert [(p.x(), p.y()) for p in tool.points] == list(SQUARE[:3])
    # the three corners left: a right triangle with legs of 100 m
    assert tool.geometry().area() == pytest.approx(5000.0)
    key(tool, Qt.Key.Key_Delete)
    assert len(tool.points) == 2 and tool.geometry() is None
    key(tool, Qt.Key.Key_Backspace)
    key(tool, Qt.Key.Key_Backspace)
    key(tool, Qt.Key.Key_Backspace)  # nothing left to undo: no error
    assert tool.points == []


def test_escape_cancels(tool):
    got = recorder(tool)
    draw(tool)
    key(tool, Qt.Key.Key_Escape)
    assert tool.points == [] and got == {"finished": [], "cancelled": 1}


def test_other_keys_change_nothing(tool):
    got = recorder(tool)
    draw(tool)
    key(tool, Qt.Key.Key_A)
    key(tool, Qt.Key.Key_Space)
    assert len(tool.points) == 4 and got == {"finished": [], "cancelled": 0}


@pytest.mark.parametrize("finish_key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_finishes(claims_tool, finish_key):
    got = recorder(claims_tool)
    draw(claims_tool)
    key(claims_tool, finish_key)
    assert got == {"finished": [pytest.approx(10000.0)], "cancelled": 0}  # 100 m x 100 m


def test_right_click_finishes_and_double_click_adds_no_extra_vertex(claims_tool, canvas):
    from bronnenstrategie.dialogs import polygon_capture as pc

    tool = pc.PolygonCaptureTool(canvas)
    got = recorder(tool)
    draw(tool)
    release = QgsMapMouseEvent(
        canvas, QEvent.Type.MouseButtonRelease, QPoint(5, 5), Qt.MouseButton.RightButton
    )
    tool.canvasReleaseEvent(release)
    assert got["finished"] == [pytest.approx(10000.0)] and tool.points == []
    draw(tool)
    double = QgsMapMouseEvent(
        canvas, QEvent.Type.MouseButtonDblClick, QPoint(5, 5), Qt.MouseButton.LeftButton
    )
    tool.canvasDoubleClickEvent(double)
    left = QgsMapMouseEvent(
        canvas, QEvent.Type.MouseButtonRelease, QPoint(5, 5), Qt.MouseButton.LeftButton
    )
    tool.canvasReleaseEvent(left)  # the release ending the double click
    assert got["finished"] == [pytest.approx(10000.0)] * 2 and tool.points == []
    tool.canvasReleaseEvent(left)  # a later click starts the next polygon
    assert len(tool.points) == 1
    tool.remove_band()


def test_fewer_than_three_vertices_cancel_the_finish(tool):
    got = recorder(tool)
    draw(tool, SQUARE[:2])
    key(tool, Qt.Key.Key_Return)
    assert got == {"finished": [], "cancelled": 1} and tool.points == []


def test_the_claims_dialog_takes_the_finished_polygon(plugin, qgis_iface, canvas, tmp_path):
    from bronnenstrategie import register as reg
    from bronnenstrategie.dialogs import ruimteclaims_dialog as dlg

    store = reg.GeoPackageClaimStore(str(tmp_path / "ruimteclaims.gpkg"))
    store.create()
    dialog = dlg.RuimteclaimsDialog(qgis_iface, store=store)
    dialog.start_drawing()
    tool = dialog.map_tool
    draw(tool)
    key(tool, Qt.Key.Key_Backspace)  # undo the fourth corner: the triangle is kept
    key(tool, Qt.Key.Key_Enter)
    assert dialog.map_tool is None and canvas.mapTool() is not tool
    assert [g.area for g in dialog.geometries] == [pytest.approx(5000.0)]
    dialog.done(0)
    dialog.deleteLater()


def test_the_interference_tool_saves_the_finished_polygon(
    interference_tool, memory_layer, monkeypatch
):
    from bronnenstrategie.dialogs import bodemenergie_maptool as mt

    monkeypatch.setattr(mt.SaveDialog, "exec", lambda self: 1)  # "Save" with no name
    target = memory_layer("Polygon", "EPSG:28992", [("name", "string")], [])
    interference_tool.options.update(save_to=mt.SAVE_LAYER, target=target)
    finished = recorder(interference_tool)
    draw(interference_tool)
    key(interference_tool, Qt.Key.Key_Delete)  # undo the fourth corner
    key(interference_tool, Qt.Key.Key_Enter)
    assert finished == {"finished": [pytest.approx(5000.0)], "cancelled": 0}
    assert [f.geometry().area() for f in target.getFeatures()] == [pytest.approx(5000.0)]
    assert interference_tool.points == []
