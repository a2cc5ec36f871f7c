"""unload() leaves nothing of the plugin behind: actions, menu, toolbar, the "Ruimteclaims"
dock (removed from the main window and deleted), the dialogs, the map tools (unset from the
canvas, rubber bands off the scene) and the Processing provider."""

from collections import Counter

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsPointXY, QgsProject
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QMenu, QToolBar

from bronnenstrategie import register as reg


def _plugin_children(main_window):
    """Widgets and actions of the plugin still under the main window."""
    found = []
    for kind in (QAction, QMenu, QToolBar, QDockWidget):
        found += [
            w.objectName()
            for w in main_window.findChildren(kind)
            if w.objectName().startswith("bronnenstrategie")
        ]
    return found


def _providers():
    return [
        p for p in QgsApplication.processingRegistry().providers() if p.id() == "bronnenstrategie"
    ]


def test_unload_removes_everything(
    qgis_app, qgis_processing, qgis_iface, memory_layer, tmp_path, monkeypatch
):
    import bronnenstrategie
    from bronnenstrategie.dialogs import bodemenergie_maptool as mt
    from bronnenstrategie.dialogs import ruimteclaims_dialog as dlg

    main = qgis_iface.mainWindow()
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    # pytest-qgis's iface does not dock: let it dock in its main window and record removal
    removed = []
    monkeypatch.setattr(
        qgis_iface,
        "addDockWidget",
        lambda area, dock: main.addDockWidget(area, dock),
        raising=False,
    )

    def remove_dock(dock):
        removed.append(dock)
        main.removeDockWidget(dock)

    monkeypatch.setattr(qgis_iface, "removeDockWidget", remove_dock, raising=False)
    monkeypatch.setattr(mt.OptionsDialog, "exec", lambda self: 1)  # options: OK
    store = reg.GeoPackageClaimStore(str(tmp_path / "ruimteclaims.gpkg"))
    store.create()
    dlg.set_register_path(store.location())
    wells = memory_layer(
        "Point", "EPSG:28992", [("vol", "double")], [("POINT (80200 455500)", {"vol": 50000.0})]
    )
    QgsProject.instance().addMapLayer(wells)
    providers_before = len(_providers())
    scene_items_before = len(canvas.scene().items())
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # earlier tests' leftovers
    children_before = _plugin_children(main)  # left by other tests' plugin instances

    plugin = bronnenstrategie.classFactory(qgis_iface)
    plugin.initGui()
    own_provider = plugin.provider
    registered = any(p is own_provider for p in _providers())
    actions = {a.objectName(): a for a in plugin.actions}
    actions["bronnenstrategie_ruimteclaims_dock"].trigger()
    dock = plugin.register_dock
    assert main.findChildren(QDockWidget, "bronnenstrategieRuimteclaimsDock").count(dock) == 1
    assert dock is not None and not dock.isHidden() and main.dockWidgetArea(dock) != 0
    dock_dialog = dock.new_claim()  # a dialog opened from the dock
    actions["bronnenstrategie_ruimteclaim_vastleggen"].trigger()
    dialog = plugin.claims_dialog
    dialog.start_drawing()  # the dialog's own drawing tool, with its rubber band
    actions["bronnenstrategie_bodemenergie_interference_tool"].trigger()
    tool = canvas.mapTool()
    assert tool is plugin.interference_tool
    assert tool.stats is not None  # options taken: the wells layer of the project
    for x, y in ((80000, 455000), (81000, 455000), (81000, 456000)):
        tool.add_point(QgsPointXY(x, y))
    assert len(canvas.scene().items()) > scene_items_before  # rubber bands drawn
    handed = tool.finish()  # a register is set: the area goes to the claims dialog
    assert handed is not None and tool.claim_dialogs == [handed]
    tool.add_point(QgsPointXY(80000, 455000))  # drawing again
    panel = tool.panel  # the live figures, docked next to the canvas
    assert panel is not None and main.dockWidgetArea(panel) != 0
    assert set(Counter(_plugin_children(main)) - Counter(children_before)) >= {
        "bronnenstrategieToolbar",
        "bronnenstrategieMenu",
        "bronnenstrategieRuimteclaimsDock",
        "bronnenstrategie_ruimteclaims_dock",
        "bronnenstrategieInterferenceFigures",
    }

    plugin.unload()
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)

    assert sorted(map(id, removed)) == sorted(map(id, [dock, panel]))
    assert sip.isdeleted(panel)
    assert sip.isdeleted(dock) and sip.isdeleted(dialog) and sip.isdeleted(dock_dialog)
    assert sip.isdeleted(tool) and sip.isdeleted(handed)
    assert canvas.mapTool() is None
    assert len(canvas.scene().items()) == scene_items_before
    assert sorted(_plugin_children(main)) == sorted(children_before)
    assert all(sip.isdeleted(a) for a in actions.values())
    assert plugin.actions == [] and plugin.menu is None and plugin.toolbar is None
    assert plugin._opened == []
    assert plugin.register_dock is None and plugin.claims_dialog is None
    assert plugin.interference_tool is None
    assert plugin.provider is None
    if registered:  # the plugin's own provider was registered: it is gone
        assert len(_providers()) == providers_before
        assert sip.isdeleted(own_provider) or not any(p is own_provider for p in _providers())
    else:  # the session's provider (same id) was there first and stays
        assert len(_providers()) == providers_before == 1
    QgsProject.instance().removeMapLayer(wells.id())
