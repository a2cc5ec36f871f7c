"""The plugin object's explicit API: what the user can open, and the actions calling it."""

import pytest
from qgis.core import QgsProject


@pytest.fixture
def gui_plugin(plugin, qgis_iface, tmp_path):
    import bronnenstrategie
    from bronnenstrategie import register as reg
    from bronnenstrategie.dialogs import ruimteclaims_dialog as dlg

    store = reg.GeoPackageClaimStore(str(tmp_path / "ruimteclaims.gpkg"))
    store.create()
    dlg.set_register_path(store.location())
    gui = bronnenstrategie.plugin.BronnenstrategiePlugin(qgis_iface)
    yield gui
    gui.unload()


def test_actions_call_the_named_methods(gui_plugin):
    actions = {key: callback for key, _text, _icon, callback in gui_plugin.gui_actions()}
    assert actions["ruimteclaims_dock"] == gui_plugin.open_register_dock
    assert actions["ruimteclaim_vastleggen"] == gui_plugin.open_claims_dialog
    assert actions["bodemenergie_interference_tool"] == gui_plugin.start_interference_tool
    for key in ("thermalradius", "importwells"):
        assert actions[key].func == gui_plugin.open_algorithm
        assert actions[key].args == ("bronnenstrategie:" + key,)
    assert not hasattr(gui_plugin, "_open") and not hasattr(gui_plugin, "lazy")


def test_open_algorithm(gui_plugin, monkeypatch):
    from qgis import processing

    calls = []
    monkeypatch.setattr(
        processing,
        "execAlgorithmDialog",
        lambda alg_id, params: calls.append((alg_id, params)) or "shown",
    )
    assert gui_plugin.open_algorithm("bronnenstrategie:importwells") == "shown"
    assert calls == [("bronnenstrategie:importwells", {})]


def test_register_dock_once_and_the_claims_dialog_refreshes_it(gui_plugin):
    dock = gui_plugin.open_register_dock()
    assert gui_plugin.open_register_dock() is dock is gui_plugin.register_dock
    dialog = gui_plugin.open_claims_dialog()
    assert dialog is gui_plugin.claims_dialog and dialog.isVisible()
    assert gui_plugin._opened == [dock, dialog]
    gui_plugin.close_opened()
    assert gui_plugin.register_dock is None and gui_plugin.claims_dialog is None


def test_interference_tool(gui_plugin, qgis_iface, memory_layer, monkeypatch):
    from bronnenstrategie.dialogs import bodemenergie_maptool as mt

    wells = memory_layer(
        "Point", "EPSG:28992", [("vol", "double")], [("POINT (80200 455500)", {"vol": 50000.0})]
    )
    QgsProject.instance().addMapLayer(wells)
    monkeypatch.setattr(mt.OptionsDialog, "exec", lambda self: 0)  # options cancelled
    assert gui_plugin.start_interference_tool() is None
    assert gui_plugin.interference_tool is None and gui_plugin._opened == []
    monkeypatch.setattr(mt.OptionsDialog, "exec", lambda self: 1)  # options: OK
    tool = gui_plugin.start_interference_tool()
    assert tool is gui_plugin.interference_tool and qgis_iface.mapCanvas().mapTool() is tool
    assert gui_plugin.start_interference_tool() is tool  # the same tool again
    assert tool.stats is not None and tool.stats.layer_name == wells.name()
    QgsProject.instance().removeMapLayer(wells.id())
