"""The GeoPackage claims register against editors, mistakes and faults.

Each test reproduces one attack or one mistake of a planner and checks that nothing is
lost or hidden: history rows cannot be changed or removed and a register without its
history triggers refuses every write; an edit made outside the plugin still counts as a
concurrent edit; odd file names open the right file; a mistyped path never becomes a new,
empty register; an interrupted create does not block the next one; overwriting a
register leaves the other layers of its GeoPackage alone and a failed overwrite keeps it.
"""

import os
import sqlite3
import time

import pytest

pytest.importorskip("shapely")
from qgis.core import (  # noqa: E402
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsProcessingException,
)
from shapely.geometry import box  # noqa: E402

from bronnenstrategie.register import geopackage, qgis_layer  # noqa: E402

SQUARE = box(80000, 454000, 80100, 454100)


def claim(name, **extra):
    attrs = {qgis_layer.F_NAME: name, qgis_layer.F_CLAIM_TYPE: "overig"}
    attrs.update(extra)
    return attrs


@pytest.fixture
def store(tmp_path):
    s = geopackage.GeoPackageClaimStore(
        str(tmp_path / "ruimteclaims.gpkg"), timeout=0.2, user="planner"
    )
    s.create()
    return s


def raw(path):
    """A plain SQLite connection: another tool, not the plugin."""
    return sqlite3.connect(str(path), isolation_level=None)


def history_rows(path):
    with raw(path) as conn:
        return conn.execute(f"SELECT * FROM {qgis_layer.HISTORY_TABLE} ORDER BY fid").fetchall()


def n_claims(path):
    with raw(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {qgis_layer.LAYER_NAME}").fetchone()[0]


# -- 7. append-only history ------------------------------------------------------------
def test_editor_rewrites_or_deletes_history_rows(store):
    cid = store.add([(claim("Kade"), SQUARE)])[0]
    store.update(cid, {qgis_layer.F_NAME: "Kade 2"})
    before = history_rows(store.path)
    assert len(before) == 2
    conn = raw(store.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute(f"UPDATE {qgis_layer.HISTORY_TABLE} SET user = 'niemand', old_values = NULL")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute(f"DELETE FROM {qgis_layer.HISTORY_TABLE}")
    conn.close()
    assert history_rows(store.path) == before


def test_editor_drops_a_history_trigger_then_the_plugin_refuses_to_write(store):
    cid = store.add([(claim("Kade"), SQUARE)])[0]
    with raw(store.path) as conn:
        conn.execute(f"DROP TRIGGER {qgis_layer.LAYER_NAME}_hist_update")
    before = history_rows(store.path)
    with pytest.raises(geopackage.RegisterError, match="history safeguards") as info:
        store.update(cid, {qgis_layer.F_NAME: "stil veranderd"})
    assert f"{qgis_layer.LAYER_NAME}_hist_update" in str(info.value)
    with pytest.raises(geopackage.RegisterError, match="history safeguards"):
        store.add([(claim("Nieuw"), SQUARE)])
    assert store.get(cid)[qgis_layer.F_NAME] == "Kade" and n_claims(store.path) == 1
    assert history_rows(store.path) == before
    # a replaced (no-op) trigger of the same name is refused as well
    with raw(store.path) as conn:
        conn.execute(
            f"CREATE TRIGGER {qgis_layer.LAYER_NAME}_hist_update "
            f"AFTER UPDATE ON {qgis_layer.LAYER_NAME} BEGIN SELECT 1; END"
        )
    with pytest.raises(geopackage.RegisterError, match="history safeguards"):
        store.delete(cid)
    assert store.get(cid) is not None


def test_register_of_the_previous_version_is_upgraded_on_its_next_write(store):
    # what an older plugin made: the three history triggers, the old update trigger and no
    # append-only triggers; the next write installs the current triggers
    cid = store.add([(claim("Kade"), SQUARE)])[0]
    with raw(store.path) as conn:
        for name in (
            f"{qgis_layer.HISTORY_TABLE}_no_update",
            f"{qgis_layer.HISTORY_TABLE}_no_delete",
            f"{qgis_layer.LAYER_NAME}_hist_update",
        ):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute(geopackage.legacy_update_trigger_sql())
    store.update(cid, {qgis_layer.F_NAME: "Kade 2"})
    with raw(store.path) as conn, pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute(f"DELETE FROM {qgis_layer.HISTORY_TABLE}")
    assert [h[qgis_layer.H_ACTION] for h in store.history(cid)] == ["update", "insert"]


# -- 8. modified_at follows every edit ----------------------------------------------------
def test_edit_in_another_tool_without_modified_at_is_not_overwritten(store):
    from bronnenstrategie.register import RegisterConflictError

    cid = store.add([(claim("Kade"), SQUARE)])[0]
    loaded = store.get(cid)[qgis_layer.F_MODIFIED_AT]  # the planner opens the claim in the dialog
    time.sleep(0.01)
    with raw(store.path) as conn:  # a colleague edits the name in another tool
        conn.execute(
            f"UPDATE {qgis_layer.LAYER_NAME} SET {qgis_layer.F_NAME} = 'Kade (collega)' "
            f"WHERE {qgis_layer.F_CLAIM_ID} = ?",
            (cid,),
        )
    assert store.get(cid)[qgis_layer.F_MODIFIED_AT] != loaded
    with pytest.raises(RegisterConflictError) as info:
        store.update(cid, {qgis_layer.F_NAME: "Kade (planner)"}, expected_modified_at=loaded)
    assert geopackage.EXTERNAL_USER in info.value.text()
    assert store.get(cid)[qgis_layer.F_NAME] == "Kade (collega)"
    # the history shows the outside edit once, with both names
    last = store.history(cid)[0]
    assert (last[qgis_layer.H_ACTION], last[qgis_layer.H_USER]) == (
        "update",
        geopackage.EXTERNAL_USER,
    )
    assert (
        last[qgis_layer.H_OLD][qgis_layer.F_NAME] == "Kade"
        and last[qgis_layer.H_NEW][qgis_layer.F_NAME] == "Kade (collega)"
    )
    assert (
        last[qgis_layer.H_NEW][qgis_layer.F_MODIFIED_AT] == store.get(cid)[qgis_layer.F_MODIFIED_AT]
    )
    assert len(store.history(cid)) == 2


def test_dialog_refuses_to_overwrite_an_attribute_table_edit(plugin, qgis_iface, store):
    from bronnenstrategie.dialogs import ruimteclaims_dialog as dlg

    cid = store.add([(claim("Kade"), SQUARE)])[0]
    dialog = dlg.RuimteclaimsDialog(qgis_iface, store=store, claim_id=cid)
    time.sleep(0.01)
    with raw(store.path) as conn:
        conn.execute(f"UPDATE {qgis_layer.LAYER_NAME} SET {qgis_layer.F_NAME} = 'Kade (tabel)'")
    dialog.nameEdit.setText("Kade (dialoog)")
    assert dialog.save() is False
    assert geopackage.EXTERNAL_USER in dialog.messagesLabel.text()
    assert store.get(cid)[qgis_layer.F_NAME] == "Kade (tabel)"
    dialog.close()


# -- 9. file names ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name",
    ["a#b.gpkg", "a?b.gpkg", "%41.gpkg", "met spatie.gpkg", "ĳzer_straße_Ω.gpkg"],
    ids=["hash", "question-mark", "percent-41", "space", "non-ascii"],
)
def test_odd_file_name_opens_the_right_file(tmp_path, name):
    folder = tmp_path / "map"
    folder.mkdir()
    path = folder / name
    store = geopackage.GeoPackageClaimStore(str(path), timeout=0.2)
    store.create()
    cid = store.add([(claim("Kade"), SQUARE)])[0]
    assert store.get(cid)[qgis_layer.F_NAME] == "Kade"
    assert [c[qgis_layer.F_CLAIM_ID] for c in store.list_claims()] == [cid]
    # written into exactly that file, and no other file appeared
    assert n_claims(path) == 1
    assert sorted(os.listdir(folder)) == [name]


# -- 10. a mistyped path ----------------------------------------------------------------
def test_mistyped_path_in_addclaims_creates_no_register(run_alg, memory_layer, tmp_path, store):
    layer = memory_layer(
        "Polygon", "EPSG:28992", [("naam", "string")], [(SQUARE.wkt, {"naam": "a"})]
    )
    typo = tmp_path / "ruimteclaim.gpkg"  # the planner meant ruimteclaims.gpkg
    with pytest.raises(QgsProcessingException, match="ruimteclaim.gpkg"):
        run_alg(
            "bronnenstrategie:addclaims",
            {"INPUT": layer, "REGISTER": str(typo), "CLAIM_TYPE": "overig"},
        )
    assert not typo.exists()
    # creating is explicit
    res = run_alg(
        "bronnenstrategie:addclaims",
        {"INPUT": layer, "REGISTER": str(typo), "CLAIM_TYPE": "overig", "CREATE": True},
    )
    assert res["N_ADDED"] == 1 and n_claims(typo) == 1


def test_mistyped_path_in_the_dialog_creates_no_register(plugin, qgis_iface, tmp_path, store):
    from bronnenstrategie.dialogs import ruimteclaims_dialog as dlg

    dialog = dlg.RuimteclaimsDialog(qgis_iface, store=store)
    typo = tmp_path / "ruimteclaimss.gpkg"
    dialog.registerEdit.setText(str(typo))
    dialog.nameEdit.setText("Kade")
    dialog.typeCombo.setCurrentIndex(dialog.typeCombo.findData("overig"))
    dialog.set_geometries(
        [QgsGeometry.fromWkt(SQUARE.wkt)], QgsCoordinateReferenceSystem(qgis_layer.CRS_AUTHID)
    )
    assert dialog.problems() == []  # a valid claim: only the path is wrong
    assert dialog.save() is False
    assert not typo.exists()
    assert str(typo) in dialog.messagesLabel.text()
    dialog.close()


def test_mistyped_path_in_the_dock_creates_no_register(plugin, qgis_iface, tmp_path, monkeypatch):
    from bronnenstrategie.dialogs import ruimteclaims_dialog as dlg
    from bronnenstrategie.dialogs import ruimteclaims_dock as dock_module

    typo = tmp_path / "ruimteclaimz.gpkg"
    asked = []
    monkeypatch.setattr(dlg, "choose_register", lambda *a, **k: str(typo))
    monkeypatch.setattr(
        dlg, "confirm_create", lambda parent, path: asked.append(path) or False, raising=False
    )
    dock = dock_module.RuimteclaimsDock(qgis_iface)
    dock.choose_register()
    assert asked == [str(typo)]  # the planner was asked, said no
    assert not typo.exists()
    # said yes: the new register is made
    monkeypatch.setattr(dlg, "confirm_create", lambda parent, path: True)
    dock.choose_register()
    assert geopackage.GeoPackageClaimStore(str(typo)).exists()


# -- 11. an interrupted create -----------------------------------------------------------
def test_interrupted_create_does_not_block_the_next_try(tmp_path, monkeypatch):
    path = tmp_path / "ruimteclaims.gpkg"
    real = geopackage.schema_sql

    def interrupted():
        def statements():
            yield from real()[:8]
            raise KeyboardInterrupt  # Ctrl+C, a crash, a closed QGIS

        return statements()

    monkeypatch.setattr(geopackage, "schema_sql", interrupted)
    with pytest.raises(KeyboardInterrupt):
        geopackage.GeoPackageClaimStore(str(path)).create()
    monkeypatch.setattr(geopackage, "schema_sql", real)
    store = geopackage.GeoPackageClaimStore(str(path))
    store.create()  # the retry works
    assert store.exists() and store.add([(claim("Kade"), SQUARE)])
    assert sorted(os.listdir(tmp_path)) == ["ruimteclaims.gpkg"]  # no temporary file left


def test_leftover_of_an_older_interrupted_create_is_reused(tmp_path):
    # an older version connected to the target itself: a file with the GeoPackage header
    # but no table was left behind, and every later try said "not a claims register"
    path = tmp_path / "ruimteclaims.gpkg"
    with raw(path) as conn:
        conn.execute("PRAGMA application_id = 1196444487")
    assert path.stat().st_size > 0
    store = geopackage.GeoPackageClaimStore(str(path))
    store.create()
    assert store.exists()


# -- 12. overwrite ----------------------------------------------------------------------
def _add_other_layer(path):
    with raw(path) as conn:
        conn.execute("CREATE TABLE bomen (fid INTEGER PRIMARY KEY, geom POINT, soort TEXT)")
        conn.execute("INSERT INTO bomen (soort) VALUES ('eik'), ('linde')")
        conn.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) "
            "VALUES ('bomen', 'features', 'bomen', 28992)"
        )
        conn.execute(
            "INSERT INTO gpkg_geometry_columns VALUES ('bomen', 'geom', 'POINT', 28992, 0, 0)"
        )


def test_overwrite_keeps_the_other_layers_of_the_geopackage(run_alg, store):
    store.add([(claim("Kade"), SQUARE)])
    _add_other_layer(store.path)
    res = run_alg("bronnenstrategie:createregister", {"GEOPACKAGE": store.path, "OVERWRITE": True})
    assert res["ACTION"] == "overwritten"
    with raw(store.path) as conn:
        assert conn.execute("SELECT soort FROM bomen ORDER BY fid").fetchall() == [
            ("eik",),
            ("linde",),
        ]
        contents = dict(conn.execute("SELECT table_name, data_type FROM gpkg_contents"))
    assert contents == {
        "bomen": "features",
        qgis_layer.LAYER_NAME: "features",
        qgis_layer.HISTORY_TABLE: "attributes",
    }
    assert n_claims(store.path) == 0 and history_rows(store.path) == []
    assert store.add([(claim("Nieuw"), SQUARE)])


def test_failed_overwrite_keeps_the_previous_register(run_alg, store, monkeypatch):
    cid = store.add([(claim("Kade"), SQUARE)])[0]
    _add_other_layer(store.path)
    broken = ["CREATE TABLE kapot ("]  # fails half-way, as a full disk would

    real_schema, real_register = geopackage.schema_sql, getattr(geopackage, "register_sql", None)
    monkeypatch.setattr(geopackage, "schema_sql", lambda: real_schema() + broken)
    if real_register is not None:
        monkeypatch.setattr(geopackage, "register_sql", lambda: real_register() + broken)
    with pytest.raises(QgsProcessingException):
        run_alg("bronnenstrategie:createregister", {"GEOPACKAGE": store.path, "OVERWRITE": True})
    assert os.path.exists(store.path)
    assert store.get(cid)[qgis_layer.F_NAME] == "Kade"
    assert len(history_rows(store.path)) == 1
    with raw(store.path) as conn:
        assert conn.execute("SELECT count(*) FROM bomen").fetchone()[0] == 2
