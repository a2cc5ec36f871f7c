"""bronnenstrategie:wellconflicts through processing.run, numbers worked out by hand.

R_th(50,000 m3, H 40 m) = sqrt(4.18 * 50000 / (2.8 * pi * 40)) = sqrt(593.99) = 24.372 m.
"""

import math

import pytest
from qgis.core import NULL, QgsProcessingException

ALG = "bronnenstrategie:wellconflicts"
FIELDS = [
    ("well", "string"),
    ("system", "string"),
    ("temp", "string"),
    ("vol", "double"),
    ("top", "double"),
    ("bottom", "double"),
]
R50 = math.sqrt(4.18 * 50000 / (2.8 * math.pi * 40))  # 24.372 m
BASE = {
    "VOLUME_FIELD": "vol",
    "SYSTEM_FIELD": "system",
    "TEMPERATURE_FIELD": "temp",
    "OUTPUT": "memory:",
}


def _pt(x, y=455000.0):
    return f"POINT ({float(x)!r} {float(y)!r})"


def _v(value):
    """None for a NULL attribute (QVariant NULL on older QGIS)."""
    return None if value is None or value == NULL else value


def _conflicts(res):
    return sorted(
        (f["well_a"], f["well_b"], f["kind"], f["distance"], f["required"], f["shortfall"])
        for f in res["OUTPUT"].getFeatures()
    )


def test_hand_worked_pairs(run_alg, memory_layer):
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [
            # one system, 50 m apart: required 3 x 24.372 = 73.116, shortfall 23.116
            (_pt(80000), {"well": "A-W", "system": "A", "temp": "warm", "vol": 50000.0}),
            (_pt(80050), {"well": "A-K", "system": "A", "temp": "koud", "vol": 50000.0}),
            # two warm wells of B and C exactly touching: 2 x 24.372 = 48.744 -> no conflict
            (_pt(81000), {"well": "B-W", "system": "B", "temp": "WARM", "vol": 50000.0}),
            (_pt(81000 + 2 * R50), {"well": "C-W", "system": "C", "temp": "w", "vol": 50000.0}),
            # D cold and E warm 60 m apart: opposite, 3 x 24.372 = 73.116, shortfall 13.116
            (_pt(83000), {"well": "D-K", "system": "D", "temp": "Cold", "vol": 50000.0}),
            (_pt(83060), {"well": "E-W", "system": "E", "temp": "W", "vol": 50000.0}),
        ],
    )
    res = run_alg(ALG, dict(BASE, INPUT=layer, ID_FIELD="well"))
    assert res["N_CONFLICTS"] == 2
    got = _conflicts(res)
    assert [(g[0], g[1], g[2]) for g in got] == [
        ("A-W", "A-K", "same_system"),
        ("D-K", "E-W", "opposite_temperature"),
    ]
    assert got[0][3] == pytest.approx(50.0)
    assert got[0][4] == pytest.approx(73.12, abs=0.005)
    assert got[0][5] == pytest.approx(23.12, abs=0.005)
    assert got[1][5] == pytest.approx(13.116, abs=0.002)
    f = next(res["OUTPUT"].getFeatures())
    assert f["system_a"] == "A" and f["system_b"] == "A"
    assert f.geometry().length() == pytest.approx(50.0)


def test_feature_ids_without_id_field(run_alg, memory_layer):
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [
            (_pt(80000), {"system": "A", "temp": "warm", "vol": 50000.0}),
            (_pt(80050), {"system": "A", "temp": "koud", "vol": 50000.0}),
        ],
    )
    res = run_alg(ALG, dict(BASE, INPUT=layer))
    f = next(res["OUTPUT"].getFeatures())
    assert (f["well_a"], f["well_b"]) == (1, 2)  # memory layer feature ids start at 1


def test_bad_temperature_and_system_are_skipped(run_alg, memory_layer, feedback):
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [
            (_pt(80000), {"well": "ok1", "system": "A", "temp": "warm", "vol": 50000.0}),
            (_pt(80050), {"well": "ok2", "system": "A", "temp": "koud", "vol": 50000.0}),
            (_pt(80010), {"well": "notemp", "system": "B", "vol": 50000.0}),
            (_pt(80020), {"well": "unknown", "system": "B", "temp": "onbekend", "vol": 50000.0}),
            (_pt(80030), {"well": "nosys", "temp": "koud", "vol": 50000.0}),
            # a duplicate of ok1 (same system, same temperature: no conflict, but a warning)
            (_pt(80000), {"well": "dup", "system": "A", "temp": "warm", "vol": 50000.0}),
        ],
    )
    res = run_alg(ALG, dict(BASE, INPUT=layer, ID_FIELD="well"), feedback=feedback)
    # ok1-ok2 and ok2-dup: both same system at 50 m (well_a is the earlier feature)
    assert [(g[0], g[1]) for g in _conflicts(res)] == [("ok1", "ok2"), ("ok2", "dup")]
    text = "\n".join(feedback.warnings)
    assert "2 feature(s) skipped: temperature in field 'temp' is not warm or koud" in text
    assert "1 feature(s) skipped: no system id" in text
    assert "same spot" in text


def test_geographic_crs_same_result(run_alg, memory_layer):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsPointXY,
        QgsProject,
    )

    tr = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:28992"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    rows = []
    for name, x, temp in (("a", 81000.0, "warm"), ("b", 81050.0, "koud")):
        p = tr.transform(QgsPointXY(x, 455000.0))
        rows.append(
            (
                f"POINT ({p.x()!r} {p.y()!r})",
                {"well": name, "system": "A", "temp": temp, "vol": 50000.0},
            )
        )
    layer = memory_layer("Point", "EPSG:4326", FIELDS, rows)
    res = run_alg(ALG, dict(BASE, INPUT=layer, ID_FIELD="well"))
    got = _conflicts(res)
    # as in RD: 50 m apart, shortfall 23.116 (the round trip costs less than a mm)
    assert len(got) == 1 and got[0][3] == pytest.approx(50.0, abs=0.01)
    assert got[0][5] == pytest.approx(23.116, abs=0.01)
    assert res["OUTPUT"].crs().authid() == "EPSG:4326"


def test_empty_layer_and_missing_temperature(run_alg, memory_layer, feedback):
    layer = memory_layer("Point", "EPSG:28992", FIELDS, [])
    res = run_alg(ALG, dict(BASE, INPUT=layer), feedback=feedback)
    assert res["N_CONFLICTS"] == 0
    assert res["OUTPUT"].featureCount() == 0
    assert "The input layer is empty: nothing to compute." in feedback.warnings
    with pytest.raises(QgsProcessingException, match="temperature field"):
        run_alg(
            ALG,
            {"INPUT": layer, "VOLUME_FIELD": "vol", "SYSTEM_FIELD": "system", "OUTPUT": "memory:"},
        )


def test_no_computable_well_and_implausible_volume(run_alg, memory_layer, feedback):
    # one well of 1e15 m3 (more than 1e7 per well per season) and one without volume:
    # nothing to compute, said once per reason and once overall
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [
            (_pt(81000), {"well": "a", "system": "A", "temp": "warm", "vol": 1.0e15}),
            (_pt(81050), {"well": "b", "system": "A", "temp": "koud"}),
        ],
    )
    res = run_alg(ALG, dict(BASE, INPUT=layer), feedback=feedback)
    assert res["N_CONFLICTS"] == 0
    text = "\n".join(feedback.warnings)
    assert "1 feature(s) skipped: volume in field 'vol' is implausibly large" in text
    assert "1 feature(s) skipped: volume is empty in field 'vol'" in text
    assert "No well could be computed." in feedback.warnings


def test_closed_loops(run_alg, memory_layer):
    wells = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [
            # screen 20-60 m (H 40): R_th 24.372
            (
                _pt(80000),
                {
                    "well": "A",
                    "system": "A",
                    "temp": "warm",
                    "vol": 50000.0,
                    "top": 20.0,
                    "bottom": 60.0,
                },
            ),
        ],
    )
    loops = memory_layer(
        "Point",
        "EPSG:28992",
        [("top", "double"), ("bottom", "double")],
        [
            # 20 m from the well, 0-100 m deep: shortfall 24.372 - 20 = 4.372
            (_pt(80020), {"top": 0.0, "bottom": 100.0}),
            # 15 m away but only 0-15 m deep: above the screen, no conflict
            (_pt(80000, 455015), {"top": 0.0, "bottom": 15.0}),
            # 4 m from the first loop: closed_closed with minimum distance 10 -> shortfall 6;
            # 24 m from the well with unknown depth -> closed_open shortfall 0.372
            (_pt(80024), {}),
        ],
    )
    res = run_alg(
        ALG,
        dict(
            BASE,
            INPUT=wells,
            ID_FIELD="well",
            CLOSED_LOOPS=loops,
            SCREEN_TOP_FIELD="top",
            SCREEN_BOTTOM_FIELD="bottom",
            CLOSED_TOP_FIELD="top",
            CLOSED_BOTTOM_FIELD="bottom",
            CLOSED_MIN_DISTANCE=10.0,
        ),
    )
    got = sorted(
        (f["kind"], _v(f["closed_a"]), f["closed_b"], round(f["shortfall"], 3))
        for f in res["OUTPUT"].getFeatures()
    )
    assert got == [
        ("closed_closed", 1, 3, 6.0),
        ("closed_open", None, 1, round(R50 - 20, 3)),
        ("closed_open", None, 3, round(R50 - 24, 3)),
    ]


def test_point_loops_equal_multipoint_loops(run_alg, memory_layer):
    # closed loops of a Point layer are computed with numpy only, those of other layers
    # (here MultiPoint) with shapely: the same loops give the same lines and numbers;
    # a loop without geometry is skipped in both
    rows = [
        (
            f"{80000.0 + 13.0 * k} {455000.0 + 7.0 * (k % 5)}",
            {"top": float(k % 3) * 30.0, "bottom": 100.0},
        )
        for k in range(12)
    ]
    wells = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [
            (
                _pt(80000.0 + 40.0 * k, 455010.0),
                {
                    "well": f"W{k}",
                    "system": str(k // 2),
                    "temp": "warm" if k % 2 else "koud",
                    "vol": 50000.0,
                    "top": 20.0,
                    "bottom": 60.0,
                },
            )
            for k in range(6)
        ],
    )
    out = []
    for kind, wkt in (("Point", "POINT ({})"), ("MultiPoint", "MULTIPOINT (({}))")):
        loops = memory_layer(
            kind,
            "EPSG:28992",
            [("top", "double"), ("bottom", "double")],
            [(wkt.format(xy), a) for xy, a in rows] + [(None, {})],
        )
        res = run_alg(
            ALG,
            dict(
                BASE,
                INPUT=wells,
                ID_FIELD="well",
                CLOSED_LOOPS=loops,
                SCREEN_TOP_FIELD="top",
                SCREEN_BOTTOM_FIELD="bottom",
                CLOSED_TOP_FIELD="top",
                CLOSED_BOTTOM_FIELD="bottom",
                CLOSED_MIN_DISTANCE=20.0,
            ),
        )
        out.append(
            [
                (
                    f["kind"],
                    f["well_a"],
                    _v(f["closed_a"]),
                    f["closed_b"],
                    f["shortfall"],
                    f.geometry().asWkt(6),
                )
                for f in res["OUTPUT"].getFeatures()
            ]
        )
    kinds = {row[0] for row in out[0]}
    assert {"closed_open", "closed_closed", "same_system"} <= kinds
    assert out[0] == out[1]


def test_systems_mode(run_alg, memory_layer):
    # one point per system, 100,000 m3/yr -> 50,000 per well per season -> R_th 24.372;
    # footprint 2.5 x 24.372 = 60.93; two systems overlap when closer than 121.86 m
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [
            (_pt(80000), {"well": "S1", "system": "S1", "vol": 100000.0}),
            (_pt(80120), {"well": "S2", "system": "S2", "vol": 100000.0}),
            (_pt(80242), {"well": "S3", "system": "S3", "vol": 100000.0}),
        ],
    )
    res = run_alg(
        ALG,
        {
            "INPUT": layer,
            "VOLUME_FIELD": "vol",
            "SYSTEM_FIELD": "system",
            "ID_FIELD": "well",
            "INPUT_IS_SYSTEMS": True,
            "OUTPUT": "memory:",
        },
    )
    got = _conflicts(res)
    # S1-S2 120 m < 121.86 (shortfall 1.86); S2-S3 122 m > 121.86: none
    assert [(g[0], g[1], g[2]) for g in got] == [("S1", "S2", "system_overlap")]
    assert got[0][5] == pytest.approx(1.86, abs=0.005)


def test_sample_data(run_alg, sample_gpkg):
    from qgis_fixtures import sample_layer

    res = run_alg(
        ALG,
        {
            "INPUT": sample_layer("wko_wells"),
            "VOLUME_FIELD": "volume_m3",
            "SYSTEM_FIELD": "system_id",
            "TEMPERATURE_FIELD": "temperature",
            "SCREEN_TOP_FIELD": "screen_top",
            "SCREEN_BOTTOM_FIELD": "screen_bottom",
            "ID_FIELD": "well_id",
            "CLOSED_LOOPS": sample_layer("closed_loops"),
            "CLOSED_TOP_FIELD": "depth_top",
            "CLOSED_BOTTOM_FIELD": "depth_bottom",
            "OUTPUT": "memory:",
        },
    )
    kinds = {f["kind"] for f in res["OUTPUT"].getFeatures()}
    # the sample has systems with wells closer than 3 R_th and loops next to two wells
    assert {"same_system", "closed_open"} <= kinds
    for f in res["OUTPUT"].getFeatures():
        assert f["shortfall"] > 0
        assert f["shortfall"] == pytest.approx(f["required"] - f["distance"], abs=0.002)


def test_qgis_process(qgis_process, sample_gpkg):
    out = qgis_process(
        ALG,
        {
            "INPUT": f"{sample_gpkg}|layername=wko_wells",
            "VOLUME_FIELD": "volume_m3",
            "SYSTEM_FIELD": "system_id",
            "TEMPERATURE_FIELD": "temperature",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    assert out["results"]["N_CONFLICTS"] > 0


# -- per aquifer ---------------------------------------------------------------------------
# R_th(50,000 m3, H 30 m) = sqrt(4.18 x 50000 / (2.8 x pi x 30)) = sqrt(791.98) = 28.142 m;
# H 40 m (130 - 90): 24.372 m. Opposite temperature, other systems: 3 x the larger R_th.


def _depth_pair(memory_layer, top_b, bottom_b, fields=FIELDS, extra_b=None):
    b = {
        "well": "B-K",
        "system": "B",
        "temp": "koud",
        "vol": 50000.0,
        "top": top_b,
        "bottom": bottom_b,
    }
    b.update(extra_b or {})
    return memory_layer(
        "Point",
        "EPSG:28992",
        fields,
        [
            (
                _pt(80000),
                {
                    "well": "A-W",
                    "system": "A",
                    "temp": "warm",
                    "vol": 50000.0,
                    "top": 20.0,
                    "bottom": 50.0,
                },
            ),
            (_pt(80010), b),
        ],
    )


DEPTHS = dict(BASE, ID_FIELD="well", SCREEN_TOP_FIELD="top", SCREEN_BOTTOM_FIELD="bottom")


def test_wells_in_different_aquifers_no_conflict(run_alg, memory_layer, feedback):
    # 10 m apart, screens 20-50 m and 90-130 m: different aquifers -> no conflict
    res = run_alg(
        ALG, dict(DEPTHS, INPUT=_depth_pair(memory_layer, 90.0, 130.0)), feedback=feedback
    )
    assert res["N_CONFLICTS"] == 0
    assert res["N_OTHER_AQUIFER"] == 1
    assert any(
        "1 pair(s) within the required distance are in different aquifers" in m
        for m in feedback.infos
    )


def test_wells_at_the_same_depth_conflict(run_alg, memory_layer):
    # both 20-50 m: required 3 x 28.142 = 84.43 m, distance 10, shortfall 74.43
    res = run_alg(ALG, dict(DEPTHS, INPUT=_depth_pair(memory_layer, 20.0, 50.0)))
    assert res["N_CONFLICTS"] == 1 and res["N_OTHER_AQUIFER"] == 0
    f = next(res["OUTPUT"].getFeatures())
    assert f["kind"] == "opposite_temperature"
    assert f["shortfall"] == pytest.approx(74.43, abs=0.005)
    assert (f["depth_a"], f["depth_b"]) == ("20-50", "20-50")
    assert _v(f["aquifer_a"]) is None


def test_unknown_depth_conflict_and_warning(run_alg, memory_layer, feedback):
    # B without a depth: counts as overlapping (R_th with the default H 40 m = 24.372;
    # required 3 x max(28.142, 24.372) = 84.43) -> a conflict, and a counted warning
    # that names the fields
    res = run_alg(ALG, dict(DEPTHS, INPUT=_depth_pair(memory_layer, None, None)), feedback=feedback)
    assert res["N_CONFLICTS"] == 1
    f = next(res["OUTPUT"].getFeatures())
    assert f["required"] == pytest.approx(84.43, abs=0.005)
    assert _v(f["depth_b"]) is None
    assert any(
        "1 well(s) have no screen depth in field(s) 'top' / 'bottom'" in w
        for w in feedback.warnings
    )


def test_aquifer_field_takes_precedence(run_alg, memory_layer, feedback):
    fields = FIELDS + [("aquifer", "string")]
    # same depths (20-50 m), but aquifer codes 1 and 2: no conflict; the field 'aquifer'
    # is used without being chosen, and the log says so
    layer = _depth_pair(memory_layer, 20.0, 50.0, fields, {"aquifer": "2"})
    layer.startEditing()
    first = next(layer.getFeatures())
    layer.changeAttributeValue(first.id(), layer.fields().lookupField("aquifer"), "1")
    layer.commitChanges()
    res = run_alg(ALG, dict(DEPTHS, INPUT=layer), feedback=feedback)
    assert res["N_CONFLICTS"] == 0 and res["N_OTHER_AQUIFER"] == 1
    assert any("Aquifer codes from field 'aquifer'" in m for m in feedback.infos)
    # the same codes on non-overlapping depths: a conflict (the code wins), with the codes
    layer = _depth_pair(memory_layer, 90.0, 130.0, fields, {"aquifer": "1"})
    layer.startEditing()
    first = next(layer.getFeatures())
    layer.changeAttributeValue(first.id(), layer.fields().lookupField("aquifer"), "1")
    layer.commitChanges()
    res = run_alg(ALG, dict(DEPTHS, INPUT=layer, AQUIFER_FIELD="aquifer"))
    assert res["N_CONFLICTS"] == 1
    f = next(res["OUTPUT"].getFeatures())
    assert (f["aquifer_a"], f["aquifer_b"]) == ("1", "1")
    assert (f["depth_a"], f["depth_b"]) == ("20-50", "90-130")


def test_systems_mode_per_aquifer(run_alg, memory_layer):
    # two system points 120 m apart (overlap when closer than 121.86 m, see
    # test_systems_mode), one at 20-60 m and one at 80-120 m (H 40 both): no overlap
    layer = memory_layer(
        "Point",
        "EPSG:28992",
        FIELDS,
        [
            (
                _pt(80000),
                {"well": "S1", "system": "S1", "vol": 100000.0, "top": 20.0, "bottom": 60.0},
            ),
            (
                _pt(80120),
                {"well": "S2", "system": "S2", "vol": 100000.0, "top": 80.0, "bottom": 120.0},
            ),
        ],
    )
    params = {
        "INPUT": layer,
        "VOLUME_FIELD": "vol",
        "SYSTEM_FIELD": "system",
        "ID_FIELD": "well",
        "INPUT_IS_SYSTEMS": True,
        "SCREEN_TOP_FIELD": "top",
        "SCREEN_BOTTOM_FIELD": "bottom",
        "OUTPUT": "memory:",
    }
    res = run_alg(ALG, params)
    assert res["N_CONFLICTS"] == 0 and res["N_OTHER_AQUIFER"] == 1
    res = run_alg(ALG, dict(params, SCREEN_TOP_FIELD=None, SCREEN_BOTTOM_FIELD=None))
    assert res["N_CONFLICTS"] == 1


def test_sample_false_cross_aquifer_pairs(run_alg, sample_gpkg):
    from qgis_fixtures import sample_layer

    # the sample's wells with their screens and the field 'aquifer' (1 or 2, used without
    # being chosen): conflicts only within one aquifer. Of the 104 open-well pairs within
    # the required distance, 7 join a 2nd-aquifer system (screens about 80-140 m) to a
    # 1st-aquifer well (about 18-60 m): false conflicts; 97 remain
    params = {
        "INPUT": sample_layer("wko_wells"),
        "VOLUME_FIELD": "volume_m3",
        "SYSTEM_FIELD": "system_id",
        "TEMPERATURE_FIELD": "temperature",
        "SCREEN_TOP_FIELD": "screen_top",
        "SCREEN_BOTTOM_FIELD": "screen_bottom",
        "ID_FIELD": "well_id",
        "OUTPUT": "memory:",
    }
    res = run_alg(ALG, params)
    assert (res["N_CONFLICTS"], res["N_OTHER_AQUIFER"]) == (97, 7)
    for f in res["OUTPUT"].getFeatures():
        assert f["aquifer_a"] == f["aquifer_b"]
    # the district name as 'aquifer code' puts all wells of a district in one aquifer, as
    # every well was before: the 104 pairs
    before = run_alg(ALG, dict(params, AQUIFER_FIELD="area"))
    assert (before["N_CONFLICTS"], before["N_OTHER_AQUIFER"]) == (104, 0)


def test_empty_aquifer_field_is_not_used(run_alg, memory_layer, feedback):
    # a field 'aquifer' without values: the depths decide (20-50 and 90-130 m: no
    # conflict), and the log says the field is empty
    fields = FIELDS + [("aquifer", "string")]
    res = run_alg(
        ALG, dict(DEPTHS, INPUT=_depth_pair(memory_layer, 90.0, 130.0, fields)), feedback=feedback
    )
    assert res["N_CONFLICTS"] == 0 and res["N_OTHER_AQUIFER"] == 1
    assert any("Field 'aquifer' is empty: the screen depths decide" in m for m in feedback.infos)
