"""The dialog "Ruimteclaim vastleggen" and the dock "Ruimteclaims" with pytest-qgis's iface."""

import sqlite3

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import QDialogButtonBox, QMessageBox

from bronnenstrategie import register as reg
from bronnenstrategie.register import qgis_layer

SQUARE = "POLYGON ((80000 454000, 80100 454000, 80100 454100, 80000 454100, 80000 454000))"
SQUARE2 = "POLYGON ((80200 454000, 80300 454000, 80300 454050, 80200 454050, 80200 454000))"


@pytest.fixture
def dialog_module(plugin):
    from bronnenstrategie.dialogs import ruimteclaims_dialog

    return ruimteclaims_dialog


@pytest.fixture
def dock_module(plugin):
    from bronnenstrategie.dialogs import ruimteclaims_dock

    return ruimteclaims_dock


@pytest.fixture
def store(tmp_path):
    s = reg.GeoPackageClaimStore(str(tmp_path / "ruimteclaims.gpkg"), timeout=0.2, user="planner")
    s.create()  # the dialog writes only into an existing register
    return s


@pytest.fixture
def polygons(memory_layer):
    layer = memory_layer(
        "Polygon",
        "EPSG:28992",
        [("naam", "string")],
        [(SQUARE, {"naam": "a"}), (SQUARE2, {"naam": "b"})],
        name="zones",
    )
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeMapLayer(layer.id())


def fill(dialog, **values):
    dialog.nameEdit.setText(values.get("name", "Geothermie Binckhorst"))
    dialog.typeCombo.setCurrentIndex(
        dialog.typeCombo.findData(values.get("type", "geothermie_locatie"))
    )
    dialog.categoryCombo.setCurrentIndex(dialog.categoryCombo.findData(values.get("category", 1)))
    dialog.statusCombo.setCurrentIndex(dialog.statusCombo.findData("in_procedure"))
    dialog.depthTopEdit.setText(values.get("top", "0"))
    dialog.depthBottomEdit.setText(values.get("bottom", "2500"))
    dialog.validFromEdit.setText("2025-01-01")
    dialog.motivationEdit.setPlainText("Aangewezen locatie uit de bronnenstrategie")


def take_layer(dialog, layer, selected=None, one_each=False):
    from bronnenstrategie.dialogs.ruimteclaims_dialog import SOURCE_LAYER, SOURCE_SELECTED

    dialog.layerCombo.setLayer(layer)
    if selected is not None:
        layer.selectByIds(selected)
        dialog.geometrySourceCombo.setCurrentIndex(SOURCE_SELECTED)
    else:
        dialog.geometrySourceCombo.setCurrentIndex(SOURCE_LAYER)
    dialog.onePerFeatureCheck.setChecked(one_each)
    dialog.take_from_layer()


def click_save(dialog):
    dialog.buttonBox.button(QDialogButtonBox.Save).click()


def test_fill_save_read_back(dialog_module, qgis_iface, store, polygons):
    dialog = dialog_module.RuimteclaimsDialog(qgis_iface, store=store)
    dialog.show()
    take_layer(dialog, polygons, selected=[1])
    # the IMOW defaults follow the claim type
    fill(dialog)
    assert dialog.imowTypeEdit.text() == "Energievoorziening"
    assert dialog.imowGroupEdit.text() == "Energieproductiegebied"
    # 100 m x 100 m = 10,000 m2 = 1.00 ha
    assert "10,000" in dialog.areaLabel.text() and "1.00 ha" in dialog.areaLabel.text()
    assert dialog.messagesLabel.text() == ""
    click_save(dialog)
    assert dialog.result() == dialog.Accepted
    (claim,) = store.list_claims()
    got = store.get(claim[qgis_layer.F_CLAIM_ID])
    assert got[qgis_layer.F_NAME] == "Geothermie Binckhorst"
    assert (got[qgis_layer.F_CLAIM_TYPE], got[qgis_layer.F_CATEGORY], got[qgis_layer.F_STATUS]) == (
        "geothermie_locatie",
        1,
        "in_procedure",
    )
    assert (got[qgis_layer.F_DEPTH_TOP], got[qgis_layer.F_DEPTH_BOTTOM]) == (0.0, 2500.0)
    assert got[qgis_layer.F_VALID_FROM] == "2025-01-01"
    assert got[qgis_layer.F_SOURCE_REF] == "zones"
    assert got["geometry"].area == pytest.approx(10000.0)
    # the register is remembered in the project and shown as a layer
    assert dialog_module.register_path() == store.location()
    assert dialog_module.register_layer(store, add=False) is not None


def test_several_features_one_multipolygon_or_one_each(dialog_module, qgis_iface, store, polygons):
    dialog = dialog_module.RuimteclaimsDialog(qgis_iface, store=store)
    take_layer(dialog, polygons)
    fill(dialog, type="bodemenergie_zone_warm", category=None)
    # squares of 10,000 and 100 x 50 = 5,000 m2: one multipolygon of 15,000 m2
    click_save(dialog)
    (claim,) = store.list_claims()
    assert store.get(claim[qgis_layer.F_CLAIM_ID])["geometry"].area == pytest.approx(15000.0)

    dialog = dialog_module.RuimteclaimsDialog(qgis_iface, store=store)
    take_layer(dialog, polygons, one_each=True)
    fill(dialog, name="Zone", type="bodemenergie_zone_warm", category=None)
    click_save(dialog)
    names = sorted(c[qgis_layer.F_NAME] for c in store.list_claims())
    assert names == ["Geothermie Binckhorst", "Zone (1/2)", "Zone (2/2)"]


def test_validation_error_keeps_dialog_and_data(dialog_module, qgis_iface, store, polygons):
    dialog = dialog_module.RuimteclaimsDialog(qgis_iface, store=store)
    dialog.show()
    take_layer(dialog, polygons, selected=[1])
    fill(dialog, name="", top="2500", bottom="100")
    # live messages before saving
    assert "A name is required." in dialog.messagesLabel.text()
    assert "top depth (2500 m) is below the bottom depth (100 m)" in dialog.messagesLabel.text()
    click_save(dialog)
    assert dialog.isVisible() and dialog.result() != dialog.Accepted
    assert dialog.depthTopEdit.text() == "2500"
    assert dialog.motivationEdit.toPlainText() == "Aangewezen locatie uit de bronnenstrategie"
    assert not store.exists() or store.list_claims() == []
    # correcting the values saves
    dialog.nameEdit.setText("Binckhorst")
    dialog.depthTopEdit.setText("0")
    assert dialog.messagesLabel.text() == ""
    click_save(dialog)
    assert [c[qgis_layer.F_NAME] for c in store.list_claims()] == ["Binckhorst"]


def test_no_geometry_is_a_validation_error(dialog_module, qgis_iface, store):
    dialog = dialog_module.RuimteclaimsDialog(qgis_iface, store=store)
    fill(dialog)
    assert dialog.save() is False
    assert "no geometry" in dialog.messagesLabel.text()


def test_read_only_register_keeps_data_and_reports(
    dialog_module, qgis_iface, store, polygons, monkeypatch
):
    store.create()
    connect = store._connect
    # as root a chmod does not stop writes: open the file read-only as SQLite does for
    # a file without write permission
    monkeypatch.setattr(store, "_connect", lambda write=True: connect(write=False))
    dialog = dialog_module.RuimteclaimsDialog(qgis_iface, store=store)
    dialog.show()
    take_layer(dialog, polygons, selected=[1])
    fill(dialog)
    click_save(dialog)
    assert dialog.isVisible() and dialog.result() != dialog.Accepted
    assert "read-only" in dialog.messagesLabel.text()
    assert dialog.nameEdit.text() == "Geothermie Binckhorst"
    monkeypatch.undo()
    assert store.list_claims() == []


def test_locked_register_keeps_data_and_reports(dialog_module, qgis_iface, store, polygons):
    store.create()
    dialog = dialog_module.RuimteclaimsDialog(qgis_iface, store=store)
    take_layer(dialog, polygons, selected=[1])
    fill(dialog)
    blocker = sqlite3.connect(store.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        assert dialog.save() is False
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert "locked" in dialog.messagesLabel.text()
    assert dialog.save() is True  # the same data, once the lock is gone
    assert len(store.list_claims()) == 1


def test_edit_existing_claim(dialog_module, qgis_iface, store, polygons):
    from shapely.geometry import box

    store.create()
    (cid,) = store.add(
        [
            (
                {qgis_layer.F_NAME: "WOS", qgis_layer.F_CLAIM_TYPE: "restwarmte_wos"},
                box(80000, 454000, 80010, 454010),
            )
        ]
    )
    dialog = dialog_module.RuimteclaimsDialog(qgis_iface, store=store, claim_id=cid)
    assert dialog.nameEdit.text() == "WOS"
    # 10 m x 10 m = 100 m2
    assert "100 m²" in dialog.areaLabel.text()
    dialog.statusCombo.setCurrentIndex(dialog.statusCombo.findData("vastgesteld"))
    assert dialog.save() is True
    got = store.get(cid)
    assert got[qgis_layer.F_STATUS] == "vastgesteld" and got[qgis_layer.F_NAME] == "WOS"
    assert [h[qgis_layer.H_ACTION] for h in store.history(cid)] == ["update", "insert"]


def test_dock_filter_delete_history_restore(dock_module, qgis_iface, store, monkeypatch):
    from shapely.geometry import box

    store.create()
    ids = store.add(
        [
            (
                {
                    qgis_layer.F_NAME: "Geo CR-plein",
                    qgis_layer.F_CLAIM_TYPE: "geothermie_locatie",
                    qgis_layer.F_CATEGORY: 1,
                },
                box(80000, 454000, 80100, 454100),
            ),
            (
                {qgis_layer.F_NAME: "WOS CR-plein", qgis_layer.F_CLAIM_TYPE: "restwarmte_wos"},
                box(80200, 454000, 80210, 454010),
            ),
            (
                {
                    qgis_layer.F_NAME: "Zone koud",
                    qgis_layer.F_CLAIM_TYPE: "bodemenergie_zone_koud",
                    qgis_layer.F_STATUS: "vastgesteld",
                },
                box(81000, 454000, 81100, 454100),
            ),
        ]
    )
    dock = dock_module.RuimteclaimsDock(qgis_iface, store=store)
    assert dock.table.rowCount() == 3
    dock.typeFilter.setCurrentIndex(dock.typeFilter.findData("restwarmte_wos"))
    assert dock.claim_ids() == [ids[1]]
    dock.typeFilter.setCurrentIndex(0)
    dock.statusFilter.setCurrentIndex(dock.statusFilter.findData("vastgesteld"))
    assert dock.claim_ids() == [ids[2]]
    dock.statusFilter.setCurrentIndex(0)
    dock.textFilter.setText("cr-plein")
    assert sorted(dock.claim_ids()) == sorted(ids[:2])
    dock.textFilter.setText("")
    # Dutch-or-English label in the type column, not the code
    assert dock.table.item(0, 1).text() != "geothermie_locatie"

    # delete asks first: "No" keeps the claim
    dock.select_claims([ids[1]])
    assert dock.buttons["delete"].isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    dock.buttons["delete"].click()
    assert store.get(ids[1]) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    dock.buttons["delete"].click()
    assert store.get(ids[1]) is None
    assert dock.table.rowCount() == 2

    # restore the deleted claim, then its history shows all three steps
    assert dock.restore_deleted(ids[1]) == ids[1]
    assert dock.selected_claim_ids() == [ids[1]]
    history = dock.show_history()
    actions = [history.table.item(r, 1).text() for r in range(history.table.rowCount())]
    assert len(actions) == 3  # restored, deleted, added (newest first)

    # another group's button receives the dock
    seen = []
    dock.add_button("conflicts", "Conflicts", lambda d: seen.append(d.selected_claim_ids()))
    dock.buttons["conflicts"].click()
    assert seen == [[ids[1]]]


def test_qgis_attribute_edit_is_recorded(store, qgis_app):
    from shapely.geometry import box

    store.create()
    (cid,) = store.add(
        [
            (
                {qgis_layer.F_NAME: "WOS", qgis_layer.F_CLAIM_TYPE: "restwarmte_wos"},
                box(80000, 454000, 80010, 454010),
            )
        ]
    )
    layer = qgis_layer.load_layer(store.location())
    assert layer.isValid()
    assert layer.crs().authid() == "EPSG:28992"
    # the value map of the style/setup lists every claim type
    setup = layer.editorWidgetSetup(layer.fields().indexOf(qgis_layer.F_CLAIM_TYPE))
    assert setup.type() == "ValueMap"
    codes = [list(entry.values())[0] for entry in setup.config()["map"]]
    assert codes == list(qgis_layer.CLAIM_TYPES)
    layer.startEditing()
    feature = next(layer.getFeatures())
    layer.changeAttributeValue(
        feature.id(), layer.fields().indexOf(qgis_layer.F_NAME), "WOS Ypenburg"
    )
    assert layer.commitChanges(), layer.commitErrors()
    latest = store.history(cid)[0]
    assert (
        latest[qgis_layer.H_ACTION] == "update" and latest[qgis_layer.H_USER] == reg.EXTERNAL_USER
    )
    assert latest[qgis_layer.H_NEW][qgis_layer.F_NAME] == "WOS Ypenburg"


def test_drawn_polygon_becomes_the_geometry(dialog_module, qgis_iface, store):
    from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry

    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    dialog = dialog_module.RuimteclaimsDialog(qgis_iface, store=store)
    dialog.start_drawing()
    assert canvas.mapTool() is dialog.map_tool
    dialog.map_tool.finished.emit(QgsGeometry.fromWkt(SQUARE2))
    assert dialog.map_tool is None and canvas.mapTool() is None  # the previous tool (none) is back
    # 100 m x 50 m = 5,000 m2
    assert "5,000" in dialog.areaLabel.text()
    fill(dialog, type="overig", category=None, top="", bottom="")
    assert dialog.save() is True
    (claim,) = store.list_claims()
    assert store.get(claim[qgis_layer.F_CLAIM_ID])["geometry"].area == pytest.approx(5000.0)


def test_qml_style_matches_the_definition(qgis_app):
    import xml.etree.ElementTree as ET

    root = ET.parse(str(qgis_layer.QML_PATH)).getroot()
    categories = [c.get("value") for c in root.iter("category")]
    assert categories == list(qgis_layer.CLAIM_TYPES)
    # the editor widget of claim_type is a value map of exactly the claim types
    for field in root.iter("field"):
        if field.get("name") == qgis_layer.F_CLAIM_TYPE:
            values = [
                o.get("value")
                for o in field.iter("Option")
                if o.get("type") == "QString" and o.get("name") not in (None, "map")
            ]
            assert values == list(qgis_layer.CLAIM_TYPES)
            break
    else:
        raise AssertionError("no claim_type field in the QML")


def test_plugin_actions_open_dock_and_dialog(plugin, qgis_iface, store, dialog_module):
    import bronnenstrategie

    store.create()
    dialog_module.set_register_path(store.location())
    gui = bronnenstrategie.plugin.BronnenstrategiePlugin(qgis_iface)
    keys = [key for key, _text, _icon, _callback in gui.gui_actions()]
    assert "ruimteclaim_vastleggen" in keys and "ruimteclaims_dock" in keys
    callbacks = {key: callback for key, _t, _i, callback in gui.gui_actions()}
    dock = callbacks["ruimteclaims_dock"]()
    assert dock.current_store().location() == store.location()
    dialog = callbacks["ruimteclaim_vastleggen"]()
    assert dialog.isVisible() and dialog.registerEdit.text() == store.location()
    gui.unload()  # closes and deletes the dock and the dialog
