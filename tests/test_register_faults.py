"""Faults of the claims register: a writer killed mid-batch, two writers at once,
a read-only or missing location and a full disk (a real size-limited file system when run
as root, a mocked SQLite write error otherwise).

Pure sqlite3 + shapely through register/geopackage.py (no QGIS). Complements
tests/test_ruimteclaims_register.py, which kills a raw ``_write`` and mocks the read-only
and full-disk cases: here the public ``add`` is used with real processes and file systems.
"""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import pytest

pytest.importorskip("shapely")
from shapely.geometry import box  # noqa: E402

from bronnenstrategie import register as reg  # noqa: E402
from bronnenstrategie.register import qgis_layer  # noqa: E402

SQUARE = box(80000, 454000, 80100, 454100)


def claim(name, **extra):
    attrs = {qgis_layer.F_NAME: name, qgis_layer.F_CLAIM_TYPE: "overig"}
    attrs.update(extra)
    return attrs


def counts(path):
    with sqlite3.connect(path) as conn:
        n = conn.execute(f"SELECT count(*) FROM {qgis_layer.LAYER_NAME}").fetchone()[0]
        ins = conn.execute(
            f"SELECT count(*) FROM {qgis_layer.HISTORY_TABLE} WHERE action = 'insert'"
        ).fetchone()[0]
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
    return n, ins, ok


def _script(tmp_path, body, **fmt):
    import bronnenstrategie

    plugins = str(Path(bronnenstrategie.__path__[0]).parent)
    text = textwrap.dedent("""
        import sys, time
        sys.path.insert(0, {plugins!r})
        from shapely.geometry import box
        from bronnenstrategie import register as R
        from bronnenstrategie.register import qgis_layer as L
        SQUARE = box(80000, 454000, 80100, 454100)
    """).format(plugins=plugins) + textwrap.dedent(body).format(**fmt)
    path = tmp_path / f"script_{uuid.uuid4().hex[:8]}.py"
    path.write_text(text)
    return path


@pytest.fixture
def store(tmp_path):
    s = reg.GeoPackageClaimStore(str(tmp_path / "register.gpkg"), timeout=5.0, user="planner")
    s.create()
    return s


def test_sigkill_during_a_batch_of_claims(store, tmp_path):
    """A process killed while ``add`` writes a batch of 3,000 claims: afterwards the
    register opens, the 25 claims committed before are intact, nothing of the batch is
    there, and the history holds exactly one insert per claim."""
    before = store.add([(claim(f"voor {i}"), SQUARE) for i in range(25)])
    script = _script(
        tmp_path,
        """
        store = R.GeoPackageClaimStore({path!r})
        batch = [({{L.F_NAME: "batch %d" % i, L.F_CLAIM_TYPE: "overig",
                    L.F_MOTIVATION: "m" * 3000}}, SQUARE) for i in range(3000)]
        print("start", flush=True)
        store.add(batch)
        print("done", flush=True)
    """,
        path=store.path,
    )
    proc = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout.readline().strip() == "start", proc.stderr.read()
        journal = Path(store.path + "-journal")
        deadline = time.monotonic() + 20
        # kill once the write transaction has spilled into the file (a hot journal)
        while time.monotonic() < deadline and not (journal.exists() and journal.stat().st_size > 0):
            time.sleep(0.002)
        assert journal.exists(), "the batch never started writing"
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    claims = store.list_claims()  # the reader rolls the hot journal back
    assert sorted(c[qgis_layer.F_CLAIM_ID] for c in claims) == sorted(before)
    assert counts(store.path) == (25, 25, "ok")
    # and the register takes claims again
    store.add([(claim("na de crash"), SQUARE)])
    assert counts(store.path) == (26, 26, "ok")


def test_two_processes_writing_at_the_same_time(store, tmp_path):
    """Two processes each add 30 batches of 5 claims as fast as they can. Every batch
    either succeeds or fails with the clear 'locked' error; nothing is lost or duplicated:
    the register holds exactly the claims of the successful batches, once each."""
    script = _script(
        tmp_path,
        """
        import json
        store = R.GeoPackageClaimStore({path!r}, timeout=float(sys.argv[2]))
        ok, busy, ids = 0, 0, []
        while time.time() < float(sys.argv[3]):
            time.sleep(0.001)
        for b in range(30):
            batch = [({{L.F_NAME: "%s-%d-%d" % (sys.argv[1], b, i),
                        L.F_CLAIM_TYPE: "overig"}}, SQUARE) for i in range(5)]
            try:
                ids += store.add(batch)
                ok += 1
            except R.RegisterLockedError as exc:
                assert "locked" in exc.text()
                busy += 1
        print(json.dumps({{"ok": ok, "busy": busy, "ids": ids}}))
    """,
        path=store.path,
    )
    results = []
    for timeout in ("5.0", "0.0"):  # patient writers, then writers that give up at once
        start = str(time.time() + 1.0)
        procs = [
            subprocess.Popen(
                [sys.executable, str(script), name, timeout, start],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for name in ("a" + timeout, "b" + timeout)
        ]
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
            import json

            results.append(json.loads(out))
    ids = [i for r in results for i in r["ids"]]
    assert len(ids) == len(set(ids))
    assert sum(r["ok"] for r in results) * 5 == len(ids)
    assert sum(r["ok"] + r["busy"] for r in results) == 4 * 30
    # patient writers (5 s timeout) all get through
    assert results[0]["busy"] == 0 and results[1]["busy"] == 0
    stored = {c[qgis_layer.F_CLAIM_ID] for c in store.list_claims()}
    assert stored == set(ids)
    assert counts(store.path) == (len(ids), len(ids), "ok")


def test_missing_register_location(tmp_path):
    for path in (tmp_path / "bestaat_niet.gpkg", tmp_path / "geen_map" / "register.gpkg"):
        store = reg.GeoPackageClaimStore(str(path))
        with pytest.raises(reg.RegisterError) as info:
            store.add([(claim("a"), SQUARE)])
        assert str(path) in info.value.text()
        with pytest.raises(reg.RegisterError):
            store.list_claims()
        assert not path.exists()  # nothing created behind the planner's back


# -- real file systems (root) ------------------------------------------------------------
def _can_mount():
    return hasattr(os, "geteuid") and os.geteuid() == 0 and os.path.exists("/bin/mount")


@pytest.fixture
def small_fs(tmp_path):
    """A 320 kB tmpfs (root only), unmounted afterwards."""
    if not _can_mount():
        pytest.skip("mounting a size-limited file system needs root")
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=320k", "tmpfs", str(mnt)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here: " + done.stderr.strip())
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_read_only_file_system(small_fs):
    """The register on a file system remounted read-only: a clear 'read-only' error, the
    claims stay readable and unchanged."""
    store = reg.GeoPackageClaimStore(str(small_fs / "register.gpkg"), timeout=0.5)
    store.create()
    ids = store.add([(claim(f"bewaard {i}"), SQUARE) for i in range(3)])
    subprocess.run(["mount", "-o", "remount,ro", str(small_fs)], check=True)
    with pytest.raises(reg.RegisterReadOnlyError) as info:
        store.add([(claim("nieuw"), SQUARE)])
    assert "read-only" in info.value.text()
    assert sorted(c[qgis_layer.F_CLAIM_ID] for c in store.list_claims()) == sorted(ids)


def test_full_disk_on_a_small_file_system(small_fs):
    """Claims added until the 320 kB file system is full: the batch that does not fit
    fails with the clear 'disk full' error and nothing of it is stored; every claim added
    before is intact and the history is consistent."""
    store = reg.GeoPackageClaimStore(str(small_fs / "register.gpkg"), timeout=0.5)
    store.create()
    added = []
    with pytest.raises(reg.RegisterDiskFullError) as info:
        for b in range(200):
            added += store.add(
                [(claim(f"vol {b}-{i}", motivation="x" * 4000), SQUARE) for i in range(4)]
            )
    assert "full" in info.value.text().lower()
    assert added, "the first batches fitted"
    assert sorted(c[qgis_layer.F_CLAIM_ID] for c in store.list_claims()) == sorted(added)
    assert counts(store.path) == (len(added), len(added), "ok")


def test_full_disk_mocked_at_sqlite_level(store, monkeypatch):
    """Without root: SQLite's own 'database or disk is full' (max_page_count) mid-batch."""
    ids = store.add([(claim("eerst"), SQUARE)])
    connect = store._connect

    def full(write=True):
        conn = connect(write)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 2}")
        return conn

    monkeypatch.setattr(store, "_connect", full)
    with pytest.raises(reg.RegisterDiskFullError):
        store.add([(claim(f"groot {i}", motivation="y" * 5000), SQUARE) for i in range(50)])
    monkeypatch.undo()
    assert [c[qgis_layer.F_CLAIM_ID] for c in store.list_claims()] == ids
    assert counts(store.path) == (1, 1, "ok")
