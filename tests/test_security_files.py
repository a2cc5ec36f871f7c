"""Every file the plugin writes, against mistakes, faults and hostile input.

A re-run of the strategy never replaces the claims register unasked and a cancelled run
leaves every existing file as it was; a failing writer (GIO sidecar, PDF, chart) leaves the
previous file and no half-written one; the GIO validator refuses a DOCTYPE and oversized
files; expressions built from claim ids are quoted by QGIS and claim names with quotes or
HTML are shown as text.
"""

import hashlib
import os
import sqlite3
import time

import pytest

pytest.importorskip("shapely")
from qgis.core import (  # noqa: E402
    QgsCoordinateTransformContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt  # noqa: E402
from shapely.geometry import box  # noqa: E402

from bronnenstrategie import register as reg  # noqa: E402
from bronnenstrategie.core import gio  # noqa: E402
from bronnenstrategie.register import qgis_layer  # noqa: E402

SQUARE = box(80000, 454000, 80100, 454100)
SQ_WKT = "POLYGON((80000 455000, 80100 455000, 80100 455100, 80000 455100, 80000 455000))"


def digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def make_register(path, *names):
    store = reg.GeoPackageClaimStore(str(path), timeout=0.2)
    store.create()
    store.add([({qgis_layer.F_NAME: n, qgis_layer.F_CLAIM_TYPE: "overig"}, SQUARE) for n in names])
    return store


def candidates_gpkg(path, memory_layer, name="Nieuwe claim"):
    """An input GeoPackage with only the layer claim_candidates (one polygon)."""
    layer = memory_layer(
        "Polygon",
        "EPSG:28992",
        [("naam", "string")],
        [(SQ_WKT, {"naam": name})],
        name="claim_candidates",
    )
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "claim_candidates"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )[0]
    assert error == QgsVectorFileWriter.NoError
    return str(path)


def listing(folder):
    return sorted(os.listdir(folder))


# -- 13. runstrategy and an existing register ----------------------------------------------
def test_rerun_of_the_strategy_does_not_replace_the_register(run_alg, memory_layer, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    register = out / "ruimteclaims.gpkg"  # also the claims dialog's default name
    make_register(register, "Vastgesteld plein")
    before = digest(register)
    source = candidates_gpkg(tmp_path / "in.gpkg", memory_layer)
    with pytest.raises(QgsProcessingException, match="already holds a claims register"):
        run_alg("bronnenstrategie:runstrategy", {"INPUT": source, "OUTPUT_FOLDER": str(out)})
    assert digest(register) == before
    assert listing(out) == ["ruimteclaims.gpkg"]


def test_cancelled_run_leaves_every_existing_file(run_alg, memory_layer, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    make_register(out / "ruimteclaims.gpkg", "Vastgesteld plein")
    for name in (
        "rapport.pdf",
        "gio_ruimteclaims.gml",
        "warmtebalans.png",
        "bronnenstrategie.gpkg",
    ):
        (out / name).write_bytes(b"vorige versie van " + name.encode())
    before = {name: digest(out / name) for name in listing(out)}
    source = candidates_gpkg(tmp_path / "in.gpkg", memory_layer)
    feedback = QgsProcessingFeedback()
    feedback.cancel()  # the planner pressed Cancel
    with pytest.raises(QgsProcessingException):
        run_alg(
            "bronnenstrategie:runstrategy",
            {"INPUT": source, "OUTPUT_FOLDER": str(out), "OVERWRITE_REGISTER": True},
            feedback,
        )
    assert {name: digest(out / name) for name in listing(out)} == before


def test_explicit_overwrite_replaces_the_register_when_the_run_is_complete(
    run_alg, memory_layer, tmp_path
):
    out = tmp_path / "out"
    out.mkdir()
    make_register(out / "ruimteclaims.gpkg", "Oude claim")
    source = candidates_gpkg(tmp_path / "in.gpkg", memory_layer, name="Nieuwe claim")
    res = run_alg(
        "bronnenstrategie:runstrategy",
        {"INPUT": source, "OUTPUT_FOLDER": str(out), "OVERWRITE_REGISTER": True},
    )
    assert res["REGISTER"] == str(out / "ruimteclaims.gpkg") and res["N_CLAIMS"] == 1
    names = [c[qgis_layer.F_NAME] for c in reg.GeoPackageClaimStore(res["REGISTER"]).list_claims()]
    assert names == ["Nieuwe claim"]
    assert not [n for n in listing(out) if n.startswith(".")]  # no temporary folder left


# -- 14. files written through a temporary name ---------------------------------------------
def _claims_layer(memory_layer):
    fields = [("claim_id", "string"), ("name", "string"), ("claim_type", "string")]
    rows = [
        (
            SQ_WKT,
            {
                "claim_id": "0b7f9c1e-3c1a-4d2e-9f00-111111111111",
                "name": "Kade",
                "claim_type": "bodemenergie_zone_warm",
            },
        )
    ]
    return memory_layer("MultiPolygon", "EPSG:28992", fields, rows)


def test_sidecar_failure_leaves_no_new_gio(run_alg, memory_layer, tmp_path, monkeypatch):
    gml, sidecar = tmp_path / "gio.gml", tmp_path / "gio.json"
    gml.write_text("vorige GIO")
    sidecar.write_text("vorige sidecar")

    calls = []

    def full_disk(path, result, **kwargs):
        calls.append(path)
        with open(path, "w") as fh:
            fh.write('{"half')
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(gio, "write_sidecar", full_disk)
    with pytest.raises(QgsProcessingException):
        run_alg(
            "bronnenstrategie:exportgio",
            {
                "INPUT": _claims_layer(memory_layer),
                "OUTPUT": str(gml),
                "WORK_ID": "bodemenergiegebied",
                "EXPRESSION_DATE": "2024-05-14",
                "VERSION": 2,
            },
        )
    assert len(calls) == 1
    assert gml.read_text() == "vorige GIO" and sidecar.read_text() == "vorige sidecar"
    assert listing(tmp_path) == ["gio.gml", "gio.json"]


def test_failed_pdf_export_keeps_the_previous_report(run_alg, memory_layer, tmp_path, monkeypatch):
    from qgis.core import QgsLayoutExporter

    pdf = tmp_path / "rapport.pdf"
    pdf.write_bytes(b"%PDF- vorig rapport")

    calls = []

    def half_written(self, path, settings):
        calls.append(path)
        with open(path, "wb") as fh:
            fh.write(b"%PDF-1.7 half")
        return QgsLayoutExporter.FileError

    monkeypatch.setattr(QgsLayoutExporter, "exportToPdf", half_written)
    layer = memory_layer("Polygon", "EPSG:28992", [("naam", "string")], [(SQ_WKT, {"naam": "a"})])
    with pytest.raises(QgsProcessingException):
        run_alg("bronnenstrategie:report", {"LAYERS": [layer], "OUTPUT": str(pdf)})
    assert len(calls) == 1
    assert pdf.read_bytes() == b"%PDF- vorig rapport"
    assert listing(tmp_path) == ["rapport.pdf"]


def test_failed_chart_keeps_the_previous_chart(run_alg, sample_gpkg, tmp_path, monkeypatch):
    from bronnenstrategie.core import heatbalance as hb

    chart = tmp_path / "chart.png"
    chart.write_bytes(b"vorige grafiek")

    calls = []

    def crash(path, *args, **kwargs):
        calls.append(path)
        with open(path, "wb") as fh:
            fh.write(b"\x89PNG half")
        raise MemoryError("out of memory while drawing")

    monkeypatch.setattr(hb, "chart", crash)

    def layer(name):
        return QgsVectorLayer(f"{sample_gpkg}|layername={name}", name, "ogr")

    with pytest.raises(Exception):  # noqa: B017 - whatever the processing framework makes of it
        run_alg(
            "bronnenstrategie:heatbalance",
            {
                "DEMAND": layer("heat_demand_wijken"),
                "HT_FIELD": "ht_tj",
                "MT_FIELD": "mt_tj",
                "LT_FIELD": "lt_tj",
                "DEMAND_UNIT": 1,
                "OUTPUT_UNIT": 3,
                "SOURCES": [layer("residual_heat")],
                "OUTPUT_TABLE": "TEMPORARY_OUTPUT",
                "OUTPUT_CHART": str(chart),
            },
        )
    assert len(calls) == 1  # the chart writer ran and failed half-way
    assert chart.read_bytes() == b"vorige grafiek"
    assert listing(tmp_path) == ["chart.png"]


def _box(xmin, ymin, xmax, ymax):
    return (
        f"POLYGON(({80000 + xmin} {450000 + ymin}, {80000 + xmax} {450000 + ymin}, "
        f"{80000 + xmax} {450000 + ymax}, {80000 + xmin} {450000 + ymax}, "
        f"{80000 + xmin} {450000 + ymin}))"
    )


def test_failed_raster_keeps_the_previous_suitability_raster(
    run_alg, memory_layer, tmp_path, monkeypatch
):
    pytest.importorskip("scipy")
    from bronnenstrategie.processing.restwarmte.wossiting import WosSiting

    raster = tmp_path / "score.tif"
    raster.write_bytes(b"vorige raster")
    calls = []

    def full_disk(path, array, grid, crs_wkt):
        calls.append(path)
        with open(path, "wb") as fh:
            fh.write(b"II*\x00 half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(WosSiting, "_write_raster", staticmethod(full_disk))
    study = memory_layer(
        "Polygon", "EPSG:28992", [("name", "string")], [(_box(0, 0, 1000, 1000), {"name": "test"})]
    )
    main = memory_layer(
        "LineString",
        "EPSG:28992",
        [("name", "string")],
        [("LINESTRING(79900 450005, 81100 450005)", {})],
    )
    net = memory_layer(
        "LineString",
        "EPSG:28992",
        [("name", "string")],
        [("LINESTRING(80005 449900, 80005 451100)", {})],
    )
    with pytest.raises(Exception):  # noqa: B017 - whatever the processing framework makes of it
        run_alg(
            "bronnenstrategie:wossiting",
            {
                "STUDY_AREA": study,
                "TRANSPORT_MAIN": main,
                "HEAT_NETWORK": net,
                "OUTPUT_RASTER": str(raster),
                "OUTPUT_SITES": "memory:",
            },
        )
    assert len(calls) == 1
    assert raster.read_bytes() == b"vorige raster" and listing(tmp_path) == ["score.tif"]


def test_crash_while_writing_a_raster_keeps_the_previous_one(tmp_path):
    # the helper every writer uses (the suitability raster of wossiting among them)
    from bronnenstrategie.core import files

    raster = tmp_path / "wossiting.tif"
    raster.write_bytes(b"vorige raster")
    with pytest.raises(KeyboardInterrupt), files.replacing(str(raster)) as tmp:
        assert os.path.dirname(tmp) == str(tmp_path) and tmp.endswith(".tif")
        with open(tmp, "wb") as fh:
            fh.write(b"II*\x00 half")
        raise KeyboardInterrupt
    assert raster.read_bytes() == b"vorige raster" and listing(tmp_path) == ["wossiting.tif"]
    with files.replacing(str(raster)) as tmp, open(tmp, "wb") as fh:
        fh.write(b"nieuw raster")
    assert raster.read_bytes() == b"nieuw raster" and listing(tmp_path) == ["wossiting.tif"]


# -- 15. hostile GIO files --------------------------------------------------------------
ENTITY_GIO = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE geo:GeoInformatieObjectVaststelling [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
]>
<geo:GeoInformatieObjectVaststelling xmlns:geo="https://standaarden.overheid.nl/stop/imop/geo/"
  schemaversie="1.3.0"><geo:context>&lol2;</geo:context></geo:GeoInformatieObjectVaststelling>
"""


def test_gio_with_a_doctype_is_refused(run_alg, tmp_path):
    path = tmp_path / "aanval.gml"
    path.write_bytes(ENTITY_GIO)
    with pytest.raises(QgsProcessingException, match="DOCTYPE"):
        run_alg("bronnenstrategie:validategio", {"INPUT": str(path)})
    findings = gio.validate(ENTITY_GIO)
    assert [f.code for f in findings] == ["BS-XML"] and "DOCTYPE" in findings[0].message


def test_oversized_gio_is_refused_unread(run_alg, tmp_path, monkeypatch):
    monkeypatch.setattr(gio, "MAX_GIO_BYTES", 1000, raising=False)
    path = tmp_path / "groot.gml"
    path.write_bytes(b"<a>" + b" " * 2000 + b"</a>")
    with pytest.raises(QgsProcessingException, match="above the limit"):
        run_alg("bronnenstrategie:validategio", {"INPUT": str(path)})


# -- 16. values in expressions and on screen -----------------------------------------------
def test_claim_id_with_a_quote_zooms_to_that_claim_only(plugin, qgis_iface, tmp_path, monkeypatch):
    from bronnenstrategie.dialogs import ruimteclaims_dock as dock_module

    store = make_register(tmp_path / "ruimteclaims.gpkg", "Kade", "Plein", "Park")
    evil = "x') OR ('1'='1"
    first = store.list_claims()[0][qgis_layer.F_CLAIM_ID]
    with sqlite3.connect(store.path) as conn:  # edited outside the plugin
        conn.execute("UPDATE ruimteclaims SET claim_id = ? WHERE claim_id = ?", (evil, first))
    dock = dock_module.RuimteclaimsDock(qgis_iface, store=store)
    dock.select_claims([evil])
    assert dock.selected_claim_ids() == [evil]
    zoomed = []
    canvas = qgis_iface.mapCanvas()
    monkeypatch.setattr(canvas, "zoomToFeatureIds", lambda layer, fids: zoomed.append(sorted(fids)))
    monkeypatch.setattr(canvas, "flashFeatureIds", lambda *a, **k: None)
    dock.zoom_to_selected()
    layer = dock.register_layer(add=False)
    fid = [f.id() for f in layer.getFeatures() if f[qgis_layer.F_CLAIM_ID] == evil]
    assert zoomed == [fid] and len(fid) == 1


def test_claim_name_with_quotes_and_html_shows_as_text(plugin, qgis_iface, tmp_path, monkeypatch):
    from bronnenstrategie.dialogs import ruimteclaims_dialog as dlg
    from bronnenstrategie.dialogs import ruimteclaims_dock as dock_module

    name = "<b>Kade</b> \"A\" 'B' <img src=x>"
    store = make_register(tmp_path / "ruimteclaims.gpkg", name)
    cid = store.list_claims()[0][qgis_layer.F_CLAIM_ID]
    pushed = []
    monkeypatch.setattr(
        qgis_iface.messageBar(), "pushMessage", lambda title, text, *a, **k: pushed.append(text)
    )
    dialog = dlg.RuimteclaimsDialog(qgis_iface, store=store, claim_id=cid)
    assert dialog.nameEdit.text() == name
    for label in (dialog.messagesLabel, dialog.geometryLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    time.sleep(0.01)
    with sqlite3.connect(store.path) as conn:  # a colleague changes the claim meanwhile
        conn.execute("UPDATE ruimteclaims SET motivation = 'collega'")
    assert dialog.save() is False
    # the conflict message names the claim: shown as text, not rendered as HTML
    assert dialog.messagesLabel.textFormat() == Qt.TextFormat.PlainText
    assert name in dialog.messagesLabel.text()
    assert pushed and all("<b>" not in text and "<img" not in text for text in pushed)
    assert "&lt;b&gt;Kade&lt;/b&gt;" in pushed[-1]
    dialog.close()
    dock = dock_module.RuimteclaimsDock(qgis_iface, store=store)
    assert dock.registerLabel.textFormat() == Qt.TextFormat.PlainText
    history = dock.show_history() if dock.select_claims([cid]) is None else None
    assert history is not None and name in history.windowTitle()


def test_claim_id_with_a_backslash_exports_that_claim_only(plugin, memory_layer):
    from qgis.core import QgsFeatureRequest

    from bronnenstrategie.dialogs import ruimteclaims_gio_actions as actions

    ids = ["x\\", "y') OR ('1'='1", "gewoon"]
    layer = memory_layer(
        "Polygon", "EPSG:28992", [("claim_id", "string")], [(SQ_WKT, {"claim_id": i}) for i in ids]
    )
    for wanted in ids:
        request = QgsFeatureRequest().setFilterExpression(actions.claims_filter([wanted]))
        assert [f["claim_id"] for f in layer.getFeatures(request)] == [wanted]
