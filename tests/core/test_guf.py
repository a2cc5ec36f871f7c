"""BRO GUF dispatch documents -> well and loop records (core.guf), by hand."""

import zipfile

import guf_documents as doc
import pytest

from bronnenstrategie.core import guf
from bronnenstrategie.core import wellimport as wi


def _read(*objects, soap=True):
    problems = wi.Problems()
    wells, loops, n = guf.read_document(doc.dispatch(objects, soap).encode(), "t.xml", problems)
    return wells, loops, n, problems


def test_realised_open_system_in_rd_new():
    wells, loops, n, problems = _read(doc.open_realised_rd())
    assert n == 1 and loops == []
    by_id = {w["values"][wi.WELL_ID]: w for w in wells}
    assert set(by_id) == {"GUF000000000001-501", "GUF000000000001-502"}
    warm = by_id["GUF000000000001-501"]
    assert (warm["x"], warm["y"], warm["crs"]) == (81000.0, 455000.0, "EPSG:28992")
    v = warm["values"]
    assert v[wi.TEMPERATURE] == "warm" and v[wi.ROLE] == "both"
    # top 20 m + length 20 m
    assert (v[wi.SCREEN_TOP], v[wi.SCREEN_BOTTOM]) == (20.0, 40.0)
    assert v[wi.VOLUME_YEAR] == 240000.0 and v[wi.CAPACITY] == 80.0
    assert v[wi.SYSTEM] == "GUF000000000001" and v[wi.STATUS] == "in gebruik"
    # the design well of the licence is superseded by the realised wells
    assert problems.count("design_superseded") == 1


def test_etrs89_positions_are_latitude_first():
    wells, _, _, _ = _read(doc.open_realised_etrs89(), soap=False)
    w = {x["values"][wi.WELL_ID]: x for x in wells}["GUF000000000002-501"]
    assert (w["x"], w["y"], w["crs"]) == (4.3, 52.08, "EPSG:4258")


def test_design_wells_when_nothing_is_realised():
    wells, _, _, _ = _read(doc.open_design_only())
    assert len(wells) == 2
    v = wells[0]["values"]
    assert v[wi.STATUS] == "ontwerp" and v[wi.CAPACITY] == 60.0
    assert (v[wi.SCREEN_TOP], v[wi.SCREEN_BOTTOM]) == (30.0, 50.0)
    # no public well location: the installation's point, with a note
    assert (wells[0]["x"], wells[0]["y"]) == (82000.0, 454000.0)
    assert ("location_installation", "", "") in wells[0]["notes"]


def test_closed_system_gives_loops_with_depth():
    wells, loops, _, _ = _read(doc.closed_realised())
    assert wells == [] and len(loops) == 2
    v = loops[1]["values"]
    assert (v["depth_top"], v["depth_bottom"]) == (0.0, 120.0)
    assert (loops[1]["x"], loops[1]["y"]) == (77210.0, 449600.0)


def test_history_document_uses_the_current_state():
    wells, _, _, _ = _read(doc.ppo_history())
    ids = sorted(w["values"][wi.WELL_ID] for w in wells)
    # the design well 999 of the history is not read
    assert ids == ["GUF000000000005-701", "GUF000000000005-702", "GUF000000000005-703"]
    ended = {w["values"][wi.WELL_ID]: w["values"][wi.STATUS] for w in wells}
    assert ended["GUF000000000005-703"] == "buiten gebruik"
    rows, problems = wi.build_wells(wells)
    # the ended well is left out; 160,000 m3 per year over the 2 wells in use
    assert sorted(r["volume_m3"] for r in rows) == [80000.0, 80000.0]
    assert problems.count("inactive") == 1


def test_not_guf_names_the_root_element():
    with pytest.raises(guf.GufError) as err:
        guf.read_document(b"<?xml version='1.0'?><gpx><wpt/></gpx>", "x.xml", wi.Problems())
    assert err.value.root == "gpx"
    with pytest.raises(guf.GufError) as err:
        guf.read_document(b"not xml at all", "y.xml", wi.Problems())
    assert err.value.root is None


def test_folder_and_zip(tmp_path):
    (tmp_path / "a.xml").write_text(doc.dispatch([doc.open_realised_rd()]))
    (tmp_path / "other.xml").write_text("<kml/>")
    with zipfile.ZipFile(tmp_path / "b.zip", "w") as zf:
        zf.writestr("GUF000000000004.xml", doc.dispatch([doc.closed_realised()]))
    wells, loops, n_docs, bad, _ = guf.read_path(tmp_path)
    assert (len(wells), len(loops), n_docs) == (2, 2, 2)
    assert bad == [("other.xml", "kml")]
    wells, loops, n_docs, _, _ = guf.read_path(tmp_path / "b.zip")
    assert (len(wells), len(loops), n_docs) == (0, 2, 1)
    with pytest.raises(guf.GufError):
        guf.read_path(tmp_path / "other.xml")
