"""The "Draw interference area" map tool saves into the claims register
through the dialog "Ruimteclaim vastleggen"; the dialog takes algorithm outputs.

Wells (all 50,000 m3 per season) in the square [80000, 81000] x [455000, 456000] (1 km2):
A warm / A koud 50 m apart, B warm, C koud; D outside; E without volume (left out).
Screens (m below ground): A warm 20-60, A koud 18-58, B 25-65, C 30-70 (all 40 m long,
so r_th = 24.372 m as with the default H = 40 m), D 5-200 (outside the square).
    aquifer use = 4 x 50,000 / (1,000,000 x 0.30 x 40) = 200,000 / 12,000,000 = 1.7 %
    conflicts: A warm - A koud 50 m < 3 x 24.372 = 73.1 m -> 1
    depth range of the wells inside: top min(20, 18, 25, 30) = 18, bottom
    max(60, 58, 65, 70) = 70 (D's 5-200 is outside and does not count)
"""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsProject, QgsSettings
from qgis.PyQt.QtWidgets import QDialogButtonBox

from bronnenstrategie import register as reg
from bronnenstrategie.register import qgis_layer

FIELDS = [
    ("system", "string"),
    ("temp", "string"),
    ("vol", "double"),
    ("top", "double"),
    ("bottom", "double"),
]
SQUARE = [(80000, 455000), (81000, 455000), (81000, 456000), (80000, 456000)]


def _wells(memory_layer):
    return memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [
            (
                "POINT (80200 455500)",
                {"system": "A", "temp": "warm", "vol": 50000.0, "top": 20.0, "bottom": 60.0},
            ),
            (
                "POINT (80250 455500)",
                {"system": "A", "temp": "koud", "vol": 50000.0, "top": 18.0, "bottom": 58.0},
            ),
            (
                "POINT (80750 455500)",
                {"system": "B", "temp": "warm", "vol": 50000.0, "top": 25.0, "bottom": 65.0},
            ),
            (
                "POINT (80500 455100)",
                {"system": "C", "temp": "koud", "vol": 50000.0, "top": 30.0, "bottom": 70.0},
            ),
            (
                "POINT (82000 455500)",
                {"system": "D", "temp": "warm", "vol": 50000.0, "top": 5.0, "bottom": 200.0},
            ),
            ("POINT (80300 455300)", {"system": "E", "temp": "warm"}),  # no volume: left out
        ],
        name="wko_bronnen",
    )


@pytest.fixture
def mt(plugin):
    from bronnenstrategie.dialogs import bodemenergie_maptool

    return bodemenergie_maptool


@pytest.fixture
def store(tmp_path):
    s = reg.GeoPackageClaimStore(str(tmp_path / "ruimteclaims.gpkg"), timeout=0.2, user="planner")
    s.create()  # the dialog writes only into an existing register
    return s


@pytest.fixture
def no_register(plugin):
    """No register in the project nor in the settings; restored afterwards."""
    from bronnenstrategie.dialogs import ruimteclaims_dialog as dlg

    project = QgsProject.instance()
    old_entry, _ = project.readEntry(dlg.PROJECT_SCOPE, dlg.PROJECT_KEY, "")
    old_setting = QgsSettings().value(dlg.SETTINGS_KEY, "", type=str)
    project.removeEntry(dlg.PROJECT_SCOPE, dlg.PROJECT_KEY)
    QgsSettings().remove(dlg.SETTINGS_KEY)
    yield dlg
    if old_entry:
        project.writeEntry(dlg.PROJECT_SCOPE, dlg.PROJECT_KEY, old_entry)
    else:
        project.removeEntry(dlg.PROJECT_SCOPE, dlg.PROJECT_KEY)
    QgsSettings().setValue(dlg.SETTINGS_KEY, old_setting)


def _draw(tool, corners=SQUARE):
    text = ""
    for x, y in corners:
        text = tool.add_point(QgsPointXY(x, y))
    return text


def _tool(mt, qgis_iface, wells, **options):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:28992"))
    opts = {
        "wells": wells,
        "volume": "vol",
        "system": "system",
        "temperature": "temp",
        "top": "top",
        "bottom": "bottom",
    }
    opts.update(options)
    return mt.make_tool(canvas, qgis_iface, opts)


def test_default_is_the_register_when_the_project_has_one(mt, no_register, store, qgis_iface):
    assert mt.default_save_mode() == mt.SAVE_LAYER
    assert mt.OptionsDialog({}).values()["save_to"] == mt.SAVE_LAYER
    no_register.set_register_path(store.location())
    assert mt.default_save_mode() == mt.SAVE_REGISTER
    options = mt.OptionsDialog({})
    assert options.values()["save_to"] == mt.SAVE_REGISTER
    assert not options.target.isEnabled()  # the layer only matters for the layer mode
    options.save_to.setCurrentIndex(options.save_to.findData(mt.SAVE_LAYER))
    assert options.target.isEnabled()


def test_drawn_area_goes_to_the_claims_dialog_and_register(
    mt, no_register, store, qgis_iface, memory_layer
):
    no_register.set_register_path(store.location())
    tool = _tool(mt, qgis_iface, _wells(memory_layer))
    assert tool.save_mode() == mt.SAVE_REGISTER
    _draw(tool)
    stats = tool.figures()
    assert (stats["depth_top"], stats["depth_bottom"]) == (18.0, 70.0)
    dialog = tool.finish()
    assert isinstance(dialog, no_register.RuimteclaimsDialog) and dialog.isVisible()
    assert tool.points == [] and tool.claim_dialogs == [dialog]
    # pre-filled
    assert dialog.registerEdit.text() == store.location()
    assert dialog.typeCombo.currentData() == "bodemenergie_interferentiegebied"
    assert dialog.levelCombo.currentData() == "ondergronds"
    assert (dialog.depthTopEdit.text(), dialog.depthBottomEdit.text()) == ("18", "70")
    defaults = qgis_layer.defaults_for_type("bodemenergie_interferentiegebied")
    assert dialog.imowTypeEdit.text() == defaults[qgis_layer.F_IMOW_TYPE]  # type defaults kept
    motivation = dialog.motivationEdit.toPlainText()
    for part in (
        "'wko_bronnen'",
        "4 wells",
        "3 systems",
        "aquifer use 1.7%",
        "1 conflicts",
        "100.0 ha",
        "18 to 70 m",
    ):
        assert part in motivation, part
    assert dialog.sourceRefEdit.text() == mt.SOURCE_REF
    # 1,000 m x 1,000 m = 1,000,000 m2 = 100 ha
    assert "1,000,000" in dialog.areaLabel.text()
    # a second area while the first dialog is unsaved: both stay open, nothing is lost
    _draw(tool, SQUARE[:3])
    second = tool.finish()
    assert dialog.isVisible() and second.isVisible() and tool.claim_dialogs == [dialog, second]
    # half the square: 500,000 m2
    assert "500,000" in second.areaLabel.text()
    second.close()
    # the name is the one thing the planner must add
    assert "A name is required." in dialog.messagesLabel.text()
    dialog.nameEdit.setText("Interferentiegebied centrum")
    assert dialog.messagesLabel.text() == ""
    dialog.buttonBox.button(QDialogButtonBox.Save).click()
    assert dialog.result() == dialog.Accepted
    (row,) = store.list_claims()
    claim = store.get(row[qgis_layer.F_CLAIM_ID])
    assert claim[qgis_layer.F_NAME] == "Interferentiegebied centrum"
    assert claim[qgis_layer.F_CLAIM_TYPE] == "bodemenergie_interferentiegebied"
    assert claim[qgis_layer.F_LEVEL] == "ondergronds"
    assert (claim[qgis_layer.F_DEPTH_TOP], claim[qgis_layer.F_DEPTH_BOTTOM]) == (18.0, 70.0)
    assert claim[qgis_layer.F_SOURCE_REF] == mt.SOURCE_REF
    assert "4 wells" in claim[qgis_layer.F_MOTIVATION]
    assert claim["geometry"].area == pytest.approx(1.0e6)
    assert [h[qgis_layer.H_ACTION] for h in store.history(row[qgis_layer.F_CLAIM_ID])] == ["insert"]
    tool.close()


def test_claim_values_without_screens_or_wells(mt):
    stats = {
        "n_wells": 2,
        "n_systems": 1,
        "usage_fraction": 0.5,
        "n_conflicts": None,
        "area_ha": 3.0,
        "depth_top": None,
        "depth_bottom": None,
    }
    values = mt.claim_values(stats, "wells")
    assert qgis_layer.F_DEPTH_TOP not in values and qgis_layer.F_DEPTH_BOTTOM not in values
    assert (
        "2 wells, 1 systems, aquifer use 50.0%, - conflicts, 3.0 ha"
        in values[qgis_layer.F_MOTIVATION]
    )
    assert "below ground" not in values[qgis_layer.F_MOTIVATION]
    bare = mt.claim_values(None)
    assert bare[qgis_layer.F_CLAIM_TYPE] == "bodemenergie_interferentiegebied"
    assert bare[qgis_layer.F_LEVEL] == "ondergronds" and bare[qgis_layer.F_MOTIVATION]


def test_layer_mode_and_fallback_when_the_dialog_fails(
    mt, no_register, store, qgis_iface, memory_layer, monkeypatch
):
    no_register.set_register_path(store.location())
    target = memory_layer("Polygon", "EPSG:28992", [("name", "string"), ("n_wells", "int")], [])
    # chosen explicitly: the layer, even with a register in the project
    tool = _tool(mt, qgis_iface, _wells(memory_layer), save_to=mt.SAVE_LAYER, target=target)
    _draw(tool)
    assert tool.finish(name="laag", ask=False) is target
    assert [f["n_wells"] for f in target.getFeatures()] == [4]
    # register chosen but the dialog cannot be opened: saved in the layer instead
    tool = _tool(mt, qgis_iface, _wells(memory_layer), save_to=mt.SAVE_REGISTER, target=target)

    def broken(*_args, **_kwargs):
        raise RuntimeError("no dialog")

    monkeypatch.setattr(mt, "open_claim_dialog", broken)
    _draw(tool)
    assert tool.finish(name="terugval", ask=False) is target
    assert sorted(f["name"] for f in target.getFeatures()) == ["laag", "terugval"]
    assert not store.exists() or store.list_claims() == []


def test_screens_set_the_thermal_radius(mt, qgis_app, memory_layer):
    # A warm / A koud 80 m apart, 50,000 m3 each.
    # default H = 40 m: r_th = 24.372 m, required 3 x 24.372 = 73.1 m < 80 m -> no conflict
    # screens 20-40 m (H = 20 m): r_th = 24.372 x sqrt(40 / 20) = 34.467 m,
    #   required 3 x 34.467 = 103.4 m > 80 m -> 1 conflict
    rows = [
        ("POINT (80200 455500)", {"system": "A", "temp": "warm", "vol": 50000.0}),
        ("POINT (80280 455500)", {"system": "A", "temp": "koud", "vol": 50000.0}),
    ]
    square = QgsCoordinateReferenceSystem("EPSG:28992")
    from qgis.core import QgsGeometry

    area = QgsGeometry.fromWkt(
        "POLYGON ((80000 455000, 81000 455000, 81000 456000, " "80000 456000, 80000 455000))"
    )
    plain = mt.AreaStatistics(
        memory_layer("Point", "EPSG:28992", FIELDS, rows),
        "vol",
        "system",
        "temp",
        top_field="top",
        bottom_field="bottom",
    )
    assert plain.for_geometry(area, square)["n_conflicts"] == 0
    for _wkt, attrs in rows:
        attrs.update(top=20.0, bottom=40.0)
    rows.append(
        (
            "POINT (80500 455500)",
            {"system": "X", "temp": "warm", "vol": 50000.0, "top": 40.0, "bottom": 30.0},
        )
    )  # bottom above top
    screened = mt.AreaStatistics(
        memory_layer("Point", "EPSG:28992", FIELDS, rows),
        "vol",
        "system",
        "temp",
        top_field="top",
        bottom_field="bottom",
    )
    assert screened.skipped == 1
    stats = screened.for_geometry(area, square)
    assert stats["n_conflicts"] == 1 and stats["n_wells"] == 2
    assert (stats["depth_top"], stats["depth_bottom"]) == (20.0, 40.0)


def test_claims_dialog_takes_an_algorithm_output(plugin, run_alg, qgis_iface, store, memory_layer):
    """Geometry "from a layer produced by one of the plugin's algorithms":
    warmcoldzones on a 300 m square, zones 100 m wide, flow north -> 3 strips of
    100 x 300 = 30,000 m2 (warm, koud, warm); the two warm ones become two claims."""
    from bronnenstrategie.dialogs import ruimteclaims_dialog as dlg

    area = memory_layer(
        "Polygon",
        "EPSG:28992",
        [("name", "string")],
        [
            (
                "POLYGON ((80000 455000, 80300 455000, 80300 455300, 80000 455300, 80000 455000))",
                {"name": "plan"},
            )
        ],
    )
    zones = run_alg(
        "bronnenstrategie:warmcoldzones",
        {"AREA": area, "FLOW_DIRECTION": 0.0, "ZONE_WIDTH": 100.0, "OUTPUT": "memory:"},
    )["OUTPUT"]
    zones.setName("Warme en koude zones")
    QgsProject.instance().addMapLayer(zones)
    try:
        dialog = dlg.RuimteclaimsDialog(qgis_iface, store=store)
        dialog.layerCombo.setLayer(zones)
        zones.selectByExpression("\"zone\" = 'warm'")
        dialog.geometrySourceCombo.setCurrentIndex(dlg.SOURCE_SELECTED)
        dialog.onePerFeatureCheck.setChecked(True)
        dialog.take_from_layer()
        assert len(dialog.geometries) == 2
        assert "60,000" in dialog.areaLabel.text()  # 2 x 30,000 m2
        dialog.prefill(
            {qgis_layer.F_NAME: "Warme zone", qgis_layer.F_CLAIM_TYPE: "bodemenergie_zone_warm"}
        )
        assert dialog.save() is True
        claims = [store.get(c[qgis_layer.F_CLAIM_ID]) for c in store.list_claims()]
        assert sorted(c[qgis_layer.F_NAME] for c in claims) == [
            "Warme zone (1/2)",
            "Warme zone (2/2)",
        ]
        assert {c[qgis_layer.F_SOURCE_REF] for c in claims} == {"Warme en koude zones"}
        assert [c["geometry"].area for c in claims] == pytest.approx([30000.0, 30000.0])
    finally:
        QgsProject.instance().removeMapLayer(zones.id())
