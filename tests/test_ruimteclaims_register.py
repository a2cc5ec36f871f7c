"""The GeoPackage claims register: schema, triggers, transactions, errors, restore.

Pure sqlite3 + shapely: no QGIS needed (the QGIS side is in test_ruimteclaims_dialog.py).
"""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from shapely.geometry import box

from bronnenstrategie import register as reg
from bronnenstrategie.register import qgis_layer

SQUARE = box(80000, 454000, 80100, 454100)


def claim(name="WOS Ypenburg", claim_type="restwarmte_wos", **extra):
    attrs = {qgis_layer.F_NAME: name, qgis_layer.F_CLAIM_TYPE: claim_type}
    attrs.update(extra)
    return attrs


@pytest.fixture
def store(tmp_path):
    s = reg.GeoPackageClaimStore(str(tmp_path / "ruimteclaims.gpkg"), timeout=0.2, user="planner")
    s.create()
    return s


def count(path, table=qgis_layer.LAYER_NAME):
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_schema(store):
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47  # 'GPKG'
    columns = [r[1] for r in conn.execute("PRAGMA table_info(ruimteclaims)")]
    assert columns == [qgis_layer.FID, qgis_layer.GEOMETRY_COLUMN] + list(qgis_layer.FIELD_NAMES)
    geom = conn.execute("SELECT geometry_type_name, srs_id FROM gpkg_geometry_columns").fetchone()
    assert geom == ("MULTIPOLYGON", 28992)
    contents = dict(conn.execute("SELECT table_name, data_type FROM gpkg_contents"))
    assert contents == {"ruimteclaims": "features", "ruimteclaims_historie": "attributes"}
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert triggers == {
        "ruimteclaims_hist_insert",
        "ruimteclaims_hist_update",
        "ruimteclaims_hist_delete",
        "ruimteclaims_historie_no_update",
        "ruimteclaims_historie_no_delete",
    }
    assert store.exists()
    store.create()  # idempotent on an existing register
    assert count(store.path) == 0


def test_create_refuses_foreign_file(tmp_path):
    path = tmp_path / "other.gpkg"
    sqlite3.connect(str(path)).execute("CREATE TABLE x (a)").connection.commit()
    with pytest.raises(reg.RegisterOpenError):
        reg.GeoPackageClaimStore(str(path)).create()


def test_add_get_roundtrip_with_defaults(store):
    (claim_id,) = store.add(
        [
            (
                claim(
                    category=None, depth_top_m="0", depth_bottom_m="12,5", valid_from="2025-01-01"
                ),
                SQUARE,
            )
        ]
    )
    got = store.get(claim_id)
    assert got[qgis_layer.F_NAME] == "WOS Ypenburg"
    assert got[qgis_layer.F_STATUS] == "concept"
    assert got[qgis_layer.F_IMOW_TYPE] == "Energievoorziening"
    assert got[qgis_layer.F_IMOW_GROUP] == "Energieproductiegebied"
    assert got[qgis_layer.F_DEPTH_BOTTOM] == 12.5
    assert got[qgis_layer.F_CREATED_BY] == "planner"
    assert got["geometry"].geom_type == "MultiPolygon"
    # 100 m x 100 m = 10,000 m2
    assert got["geometry"].area == pytest.approx(10000.0)
    assert len(claim_id) == 36


def test_invalid_claim_in_batch_writes_nothing(store):
    bad = claim(name="", depth_top_m=50, depth_bottom_m=10)
    with pytest.raises(reg.RegisterValidationError) as info:
        store.add([(claim(), SQUARE), (bad, SQUARE)])
    assert info.value.index == 1
    assert {p.code for p in info.value.problems} == {"name_required", "depth_order"}
    assert count(store.path) == 0
    assert count(store.path, qgis_layer.HISTORY_TABLE) == 0


def test_insert_update_delete_are_in_history(store):
    (cid,) = store.add([(claim(), SQUARE)])
    store.update(cid, {qgis_layer.F_STATUS: "in_procedure"})
    store.delete(cid)
    rows = store.history(cid)
    assert [r[qgis_layer.H_ACTION] for r in rows] == ["delete", "update", "insert"]
    assert {r[qgis_layer.H_USER] for r in rows} == {"planner"}
    delete, update, insert = rows
    assert (
        insert[qgis_layer.H_OLD] is None
        and insert[qgis_layer.H_NEW][qgis_layer.F_NAME] == "WOS Ypenburg"
    )
    assert update[qgis_layer.H_OLD][qgis_layer.F_STATUS] == "concept"
    assert update[qgis_layer.H_NEW][qgis_layer.F_STATUS] == "in_procedure"
    assert delete[qgis_layer.H_NEW] is None and delete[qgis_layer.H_OLD][qgis_layer.GEOMETRY_COLUMN]
    # the session user is cleared after each write: nothing left to leak to outside edits
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("SELECT count(*) FROM ruimteclaims_sessie").fetchone()[0] == 0


def test_plain_sql_update_appears_in_history(store):
    (cid,) = store.add([(claim(), SQUARE)])
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE ruimteclaims SET name = 'WOS Ypenburg-Oost' WHERE claim_id = ?", (cid,))
    conn.commit()
    conn.close()
    latest = store.history(cid)[0]
    assert latest[qgis_layer.H_ACTION] == "update"
    assert latest[qgis_layer.H_USER] == reg.EXTERNAL_USER
    assert latest[qgis_layer.H_OLD][qgis_layer.F_NAME] == "WOS Ypenburg"
    assert latest[qgis_layer.H_NEW][qgis_layer.F_NAME] == "WOS Ypenburg-Oost"


def test_plain_sql_delete_then_restore(store):
    (keep,) = store.add([(claim(name="blijft"), box(0, 300000, 10, 300010))])
    (cid,) = store.add([(claim(omgevingsplan_ref="gio-1", depth_bottom_m=30), SQUARE)])
    before = store.get(cid)
    conn = sqlite3.connect(store.path)
    conn.execute("DELETE FROM ruimteclaims WHERE claim_id = ?", (cid,))
    conn.commit()
    conn.close()
    assert store.get(cid) is None
    deleted = store.deleted_claims()
    assert [d["claim_id"] for d in deleted] == [cid]
    assert deleted[0]["name"] == "WOS Ypenburg" and deleted[0]["user"] == reg.EXTERNAL_USER
    assert store.restore(cid) == cid
    after = store.get(cid)
    for name in qgis_layer.FIELD_NAMES + (qgis_layer.FID,):
        assert after[name] == before[name], name
    assert after["geometry"].equals(before["geometry"])
    assert store.history(cid)[0][qgis_layer.H_ACTION] == "restore"
    assert store.deleted_claims() == []
    assert store.get(keep)[qgis_layer.F_NAME] == "blijft"


def test_restore_unknown_claim(store):
    with pytest.raises(reg.ClaimNotFoundError):
        store.restore("00000000-0000-0000-0000-000000000000")


def test_list_claims_filters(store):
    store.add(
        [
            (claim(name="Geo CR-plein", claim_type="geothermie_locatie", category=1), SQUARE),
            (claim(name="WOS Zuidwest", status="vastgesteld"), SQUARE),
            (
                claim(
                    name="Zone warm",
                    claim_type="bodemenergie_zone_warm",
                    motivation="bij het CR-plein",
                ),
                SQUARE,
            ),
        ]
    )
    assert [c[qgis_layer.F_NAME] for c in store.list_claims(claim_type="restwarmte_wos")] == [
        "WOS Zuidwest"
    ]
    assert [c[qgis_layer.F_NAME] for c in store.list_claims(status="vastgesteld")] == [
        "WOS Zuidwest"
    ]
    # text searches name and motivation, case-insensitively
    assert [c[qgis_layer.F_NAME] for c in store.list_claims(text="cr-PLEIN")] == [
        "Geo CR-plein",
        "Zone warm",
    ]


def test_check_constraints_refuse_bad_outside_edits(store):
    (cid,) = store.add([(claim(), SQUARE)])
    conn = sqlite3.connect(store.path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE ruimteclaims SET category = 2 WHERE claim_id = ?", (cid,))
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE ruimteclaims SET claim_type = 'windmolen' WHERE claim_id = ?", (cid,))
    conn.close()


def test_locked_register_reports_and_changes_nothing(store):
    store.add([(claim(), SQUARE)])
    blocker = sqlite3.connect(store.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(reg.RegisterLockedError) as info:
            store.add([(claim(name="tweede"), SQUARE)])
        assert "locked" in info.value.text()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert count(store.path) == 1


def test_read_only_register_reports_and_changes_nothing(store, monkeypatch):
    store.add([(claim(), SQUARE)])
    connect = store._connect
    # as root a chmod does not stop writes, so open the file read-only the way SQLite
    # does when the file or folder is not writable
    monkeypatch.setattr(store, "_connect", lambda write=True: connect(write=False))
    with pytest.raises(reg.RegisterReadOnlyError) as info:
        store.add([(claim(name="tweede"), SQUARE)])
    assert "read-only" in info.value.text()
    assert count(store.path) == 1


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes anyway")
def test_read_only_file_permissions(store):
    os.chmod(store.path, 0o444)
    try:
        with pytest.raises(reg.RegisterReadOnlyError):
            store.add([(claim(), SQUARE)])
    finally:
        os.chmod(store.path, 0o644)


def test_disk_full_reports_and_changes_nothing(store, monkeypatch):
    store.add([(claim(), SQUARE)])
    connect = store._connect

    def full_disk(write=True):
        conn = connect(write)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")  # no room to grow
        return conn

    monkeypatch.setattr(store, "_connect", full_disk)
    with pytest.raises(reg.RegisterDiskFullError):
        store.add([(claim(motivation="x" * 200000), SQUARE)])
    monkeypatch.undo()
    assert count(store.path) == 1
    assert count(store.path, qgis_layer.HISTORY_TABLE) == 1


def test_missing_register_reports(tmp_path):
    with pytest.raises(reg.RegisterOpenError):
        reg.GeoPackageClaimStore(str(tmp_path / "nope.gpkg")).add([(claim(), SQUARE)])


def test_gpkg_blob_roundtrip():
    blob = reg.geometry_to_gpkg(SQUARE)
    assert blob[:2] == b"GP"
    assert reg.geometry_from_gpkg(blob).equals(SQUARE)


WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {plugins!r})
    from shapely.geometry import box
    from bronnenstrategie import register as R
    from bronnenstrategie.register import qgis_layer as L

    store = R.GeoPackageClaimStore({path!r})
    sql = "INSERT INTO ruimteclaims (claim_id, name, claim_type, status, motivation, geom) " \\
          "VALUES (?, 'batch', 'overig', 'concept', ?, ?)"
    blob = R.geometry_to_gpkg(box(80000, 454000, 80100, 454100))

    def work(conn):
        conn.execute("PRAGMA cache_size = 5")  # spill pages to the file mid-transaction
        i = 0
        while True:
            conn.execute(sql, ("batch-%d" % i, "m" * 2000, blob))
            i += 1
            if i == 500:
                print("writing", flush=True)

    store._write(work)
    """
)


def test_killed_writer_leaves_register_readable(store, tmp_path):
    earlier = store.add([(claim(name=f"claim {i}"), SQUARE) for i in range(20)])
    import bronnenstrategie

    plugins = str(Path(bronnenstrategie.__file__).parent.parent)  # holds 'bronnenstrategie'

    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(plugins=plugins, path=store.path))
    proc = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        line = proc.stdout.readline()
        assert line.strip() == "writing", proc.stderr.read()
        time.sleep(0.3)
        assert Path(store.path + "-journal").exists()  # the transaction is in flight
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    # the next reader rolls the hot journal back: the 20 earlier claims, nothing of the batch
    claims = store.list_claims()
    assert sorted(c[qgis_layer.F_CLAIM_ID] for c in claims) == sorted(earlier)
    assert (
        not Path(store.path + "-journal").exists()
        or Path(store.path + "-journal").stat().st_size == 0
    )
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM ruimteclaims_historie").fetchone()[0] == 20
    # and it is writable again
    store.add([(claim(name="na de crash"), SQUARE)])
    assert count(store.path) == 21
    assert (
        json.loads(
            conn.execute(
                "SELECT new_values FROM ruimteclaims_historie ORDER BY fid DESC"
            ).fetchone()[0]
        )[qgis_layer.F_NAME]
        == "na de crash"
    )
