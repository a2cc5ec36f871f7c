"""bronnenstrategie:claimconflicts through processing.run; areas worked out by hand."""

import pytest
from qgis.core import QgsProcessingException

CLAIM_FIELDS = [
    ("claim_id", "string"), ("name", "string"), ("claim_type", "string"), ("status", "string"),
    ("level", "string"), ("depth_top_m", "double"), ("depth_bottom_m", "double"),
    ("initiator", "string"),
]  # fmt: skip

# A: 0-100 x 0-100; B: 60-160 x 70-170 -> overlap 40 m * 30 m = 1200 m2
A_WKT = "POLYGON((80000 455000, 80100 455000, 80100 455100, 80000 455100, 80000 455000))"
B_WKT = "POLYGON((80060 455070, 80160 455070, 80160 455170, 80060 455170, 80060 455070))"
# C: 200-210 x 0-10, far from both
C_WKT = "POLYGON((80200 455000, 80210 455000, 80210 455010, 80200 455010, 80200 455000))"


def _claim(cid, name, ctype, level, top, bottom, initiator="X", status="concept"):
    return {"claim_id": cid, "name": name, "claim_type": ctype, "status": status, "level": level,
            "depth_top_m": top, "depth_bottom_m": bottom, "initiator": initiator}  # fmt: skip


def _layer(memory_layer, b_attrs, crs="EPSG:28992", wkts=(A_WKT, B_WKT, C_WKT)):
    rows = [
        (wkts[0], _claim("a", "WKO Noord", "bodemenergie_interferentiegebied", "beide", None, 60)),
        (wkts[1], b_attrs),
        (wkts[2], _claim("c", "Ver weg", "overig", "beide", None, 60)),
    ]
    return memory_layer("Polygon", crs, CLAIM_FIELDS, rows)


def _run(run_alg, layer, feedback=None, **kw):
    params = {"INPUT": layer, "OUTPUT": "memory:"}
    params.update(kw)
    res = run_alg("bronnenstrategie:claimconflicts", params, feedback)
    return res, list(res["OUTPUT"].getFeatures())


def test_depths_overlap(run_alg, memory_layer):
    b = _claim("b", "Geothermie & co", "geothermie_locatie", "ondergronds", 18, 2500, "Y")
    res, feats = _run(run_alg, _layer(memory_layer, b))
    assert res["N_CONFLICTS"] == 1 and res["N_CLAIMS"] == 3
    f = feats[0]
    assert (f["claim_a"], f["claim_b"]) == ("a", "b")
    assert (f["name_a"], f["name_b"]) == ("WKO Noord", "Geothermie & co")
    assert (f["type_a"], f["type_b"]) == ("bodemenergie_interferentiegebied", "geothermie_locatie")
    assert f["overlap_m2"] == pytest.approx(1200.0)  # 40 m * 30 m
    assert f["depth_overlap"] == "18-60 m"  # beide 0-60 and 18-2500
    assert f.geometry().area() == pytest.approx(1200.0)
    assert "college" in f["advice"]


def test_depths_apart(run_alg, memory_layer):
    b = _claim("b", "Geo", "geothermie_locatie", "ondergronds", 500, 2500, "Y")
    res, feats = _run(run_alg, _layer(memory_layer, b))
    assert res["N_CONFLICTS"] == 0 and feats == []


def test_surface_only(run_alg, memory_layer):
    # bovengronds (0-0) against beide (0-60): both use the surface
    b = _claim("b", "WOS", "restwarmte_wos", "bovengronds", None, None, "Y")
    res, feats = _run(run_alg, _layer(memory_layer, b))
    assert res["N_CONFLICTS"] == 1
    assert feats[0]["depth_overlap"] == "0-0 m (maaiveld)"


def test_missing_depth_warns(run_alg, memory_layer, feedback):
    b = _claim("b", "Geo", "geothermie_locatie", "ondergronds", None, None, "Y")
    res, feats = _run(run_alg, _layer(memory_layer, b), feedback)
    assert res["N_CONFLICTS"] == 1
    assert feats[0]["depth_overlap"] == "onbekend"
    assert any("1 claim(s) have no usable depth range" in w for w in feedback.warnings)


@pytest.mark.parametrize(
    "top,bottom,warning",
    [
        # text / negative / > 10,000 m: the depth counts as empty, so the range is unknown
        ("veel", 2500.0, "1 claim(s) have a depth_top_m that is not a number"),
        (-5.0, 2500.0, "1 claim(s) have a negative depth_top_m"),
        (18.0, 1e15, "1 claim(s) have a depth_bottom_m of more than 10000 m"),
    ],
)
def test_unusable_depth_counts_as_empty(run_alg, memory_layer, feedback, top, bottom, warning):
    # depth_top_m as a text field, so that it can hold 'veel'
    fields = [(n, "string") if n == "depth_top_m" else (n, t) for n, t in CLAIM_FIELDS]
    rows = [
        (A_WKT, _claim("a", "WKO Noord", "bodemenergie_interferentiegebied", "beide", None, 60)),
        (B_WKT, _claim("b", "Geo", "geothermie_locatie", "ondergronds", str(top), bottom, "Y")),
    ]
    res, feats = _run(run_alg, memory_layer("Polygon", "EPSG:28992", fields, rows), feedback)
    # A and B overlap 40 x 30 = 1,200 m2; B's range is unknown, so they conflict
    assert res["N_CONFLICTS"] == 1 and feats[0]["depth_overlap"] == "onbekend"
    assert any(warning in w for w in feedback.warnings), feedback.warnings


def test_top_below_bottom_at_level_both_is_unknown(run_alg, memory_layer, feedback):
    # 'beide' with top 10 m and bottom 0 m: contradictory, not the surface 0-0 m
    b = _claim("b", "Geo", "geothermie_locatie", "beide", 10.0, 0.0, "Y")
    res, feats = _run(run_alg, _layer(memory_layer, b), feedback)
    assert res["N_CONFLICTS"] == 1 and feats[0]["depth_overlap"] == "onbekend"
    assert any("1 claim(s) have no usable depth range" in w for w in feedback.warnings)


def test_unknown_claim_type_and_empty_layer_warn(run_alg, memory_layer, feedback):
    b = _claim("b", "Geo", "geothermie_lokatie", "ondergronds", 18, 2500, "Y")
    res, _ = _run(run_alg, _layer(memory_layer, b), feedback)
    assert res["N_CONFLICTS"] == 1  # still compared
    assert any(
        "1 claim(s) have an unknown claim_type ('geothermie_lokatie' 1x)" in w
        for w in feedback.warnings
    ), feedback.warnings
    feedback.warnings.clear()
    res, _ = _run(run_alg, memory_layer("Polygon", "EPSG:28992", CLAIM_FIELDS, []), feedback)
    assert res["N_CLAIMS"] == 0
    assert "The input layer is empty: nothing to compute." in feedback.warnings


def test_filter_and_min_area(run_alg, memory_layer):
    b = _claim("b", "Geo", "geothermie_locatie", "ondergronds", 18, 60, "Y", status="ingetrokken")
    layer = _layer(memory_layer, b)
    res, _ = _run(run_alg, layer, FILTER="\"status\" <> 'ingetrokken'")
    assert res["N_CONFLICTS"] == 0 and res["N_CLAIMS"] == 2
    res, _ = _run(run_alg, layer, MIN_OVERLAP_AREA=1200.0)  # overlap is exactly 1200: not more
    assert res["N_CONFLICTS"] == 0
    res, _ = _run(run_alg, layer, MIN_OVERLAP_AREA=1199.0)
    assert res["N_CONFLICTS"] == 1


def test_bad_filter_is_clear(run_alg, memory_layer):
    layer = _layer(memory_layer, _claim("b", "x", "overig", "beide", None, 60))
    with pytest.raises(QgsProcessingException, match="filter expression"):
        _run(run_alg, layer, FILTER="status <> ")


def test_same_type_same_initiator(run_alg, memory_layer):
    b = _claim("b", "WKO Zuid", "bodemenergie_interferentiegebied", "beide", None, 60, "X")
    layer = _layer(memory_layer, b)
    assert _run(run_alg, layer)[0]["N_CONFLICTS"] == 0
    assert _run(run_alg, layer, SAME_TYPE_CONFLICTS=True)[0]["N_CONFLICTS"] == 1


def test_wgs84_claims_computed_in_metres(run_alg, memory_layer):
    """The same squares in EPSG:4326: the overlap is computed in RD (1200 m2)."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsGeometry,
        QgsProject,
    )

    tr = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:28992"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    wkts = []
    for wkt in (A_WKT, B_WKT, C_WKT):
        g = QgsGeometry.fromWkt(wkt)
        g.transform(tr)
        wkts.append(g.asWkt(10))
    b = _claim("b", "Geo", "geothermie_locatie", "ondergronds", 18, 60, "Y")
    res, feats = _run(run_alg, _layer(memory_layer, b, "EPSG:4326", wkts))
    assert res["N_CONFLICTS"] == 1
    # straight RD edges become slightly curved in lon/lat only between vertices; the
    # corners are exact, so the area agrees to well under 0.1 %
    assert feats[0]["overlap_m2"] == pytest.approx(1200.0, rel=1e-3)
    assert res["OUTPUT"].crs().authid() == "EPSG:4326"


def test_layer_without_register_fields(run_alg, memory_layer, feedback):
    layer = memory_layer(
        "Polygon", "EPSG:28992", [("id", "int")], [(A_WKT, {"id": 1}), (B_WKT, {"id": 2})]
    )
    res, feats = _run(run_alg, layer, feedback)
    assert res["N_CONFLICTS"] == 1  # no depths: overlapping, with a warning
    assert feats[0]["claim_a"].startswith("fid ")
    assert any("no usable depth range" in w for w in feedback.warnings)
    assert any("they count as empty" in w for w in feedback.warnings)
