"""bronnenstrategie:addclaims through processing.run and qgis_process."""

import re
import sqlite3
import sys

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
)

from bronnenstrategie import register as reg
from bronnenstrategie.register import qgis_layer

FIELDS = [("naam", "string"), ("cat", "int"), ("top", "double"), ("bottom", "double")]
SQUARE = "POLYGON ((80000 454000, 80100 454000, 80100 454100, 80000 454100, 80000 454000))"


def test_adds_valid_rejects_invalid(run_alg, memory_layer, tmp_path, feedback):
    layer = memory_layer(
        "Polygon",
        "EPSG:28992",
        FIELDS,
        [
            (SQUARE, {"naam": "Zoeklocatie A", "cat": 2, "top": 0.0, "bottom": 2500.0}),
            (SQUARE, {"naam": "Zoeklocatie B", "cat": 3, "top": None, "bottom": None}),
            # top below bottom -> rejected
            (SQUARE, {"naam": "Omgekeerd", "cat": 2, "top": 2500.0, "bottom": 100.0}),
            # category 4 -> rejected
            (SQUARE, {"naam": "Categorie 4", "cat": 4, "top": 0.0, "bottom": 10.0}),
            # bow-tie -> rejected
            ("POLYGON ((0 300000, 10 300010, 10 300000, 0 300010, 0 300000))", {"naam": "Strik"}),
            # no geometry -> rejected
            (None, {"naam": "Leeg"}),
        ],
    )
    register = tmp_path / "ruimteclaims.gpkg"
    res = run_alg(
        "bronnenstrategie:addclaims",
        {
            "INPUT": layer,
            "REGISTER": str(register),
            "CREATE": True,
            "CLAIM_TYPE": "geothermie_zoeklocatie",
            "STATUS": "in_procedure",
            "NAME_FIELD": "naam",
            "CATEGORY_FIELD": "cat",
            "DEPTH_TOP_FIELD": "top",
            "DEPTH_BOTTOM_FIELD": "bottom",
            "SOURCE_REF": "test",
        },
        feedback=feedback,
    )
    assert res["N_ADDED"] == 2
    assert res["N_REJECTED"] == 4
    text = " ".join(feedback.warnings)
    assert "top depth (2500 m) is below the bottom depth (100 m)" in text
    assert "category must be 1, 2 or 3" in text
    assert "Self-intersection" in text
    assert "no geometry" in text
    claims = {
        c[qgis_layer.F_NAME]: c for c in reg.GeoPackageClaimStore(str(register)).list_claims()
    }
    assert set(claims) == {"Zoeklocatie A", "Zoeklocatie B"}
    a = claims["Zoeklocatie A"]
    assert (a[qgis_layer.F_CATEGORY], a[qgis_layer.F_DEPTH_BOTTOM], a[qgis_layer.F_STATUS]) == (
        2,
        2500.0,
        "in_procedure",
    )
    assert (a[qgis_layer.F_IMOW_TYPE], a[qgis_layer.F_IMOW_GROUP]) == (
        "Energievoorziening",
        "Energieproductiegebied",
    )
    assert a[qgis_layer.F_SOURCE_REF] == "test"
    with sqlite3.connect(str(register)) as conn:
        assert (
            conn.execute(
                "SELECT count(*) FROM ruimteclaims_historie WHERE action='insert'"
            ).fetchone()[0]
            == 2
        )


def test_depth_rules_and_empty_input(run_alg, memory_layer, tmp_path, feedback):
    layer = memory_layer(
        "Polygon",
        "EPSG:28992",
        FIELDS,
        [
            (SQUARE, {"naam": "Goed", "cat": 2, "top": 0.0, "bottom": 2500.0}),
            (SQUARE, {"naam": "Boven maaiveld", "cat": 2, "top": -5.0, "bottom": 100.0}),
            (SQUARE, {"naam": "Geen interval", "cat": 2, "top": 0.0, "bottom": 0.0}),
            (SQUARE, {"naam": "Te diep", "cat": 2, "top": 0.0, "bottom": 1e15}),
        ],
    )
    register = tmp_path / "ruimteclaims.gpkg"
    params = {
        "INPUT": layer,
        "REGISTER": str(register),
        "CREATE": True,
        "CLAIM_TYPE": "geothermie_zoeklocatie",
        "NAME_FIELD": "naam",
        "CATEGORY_FIELD": "cat",
        "DEPTH_TOP_FIELD": "top",
        "DEPTH_BOTTOM_FIELD": "bottom",
    }
    res = run_alg("bronnenstrategie:addclaims", params, feedback=feedback)
    assert (res["N_ADDED"], res["N_REJECTED"]) == (1, 3)
    text = " ".join(feedback.warnings)
    assert "The depth -5 m is negative" in text
    assert "both 0 m: the claim has no depth range" in text
    assert "The depth 1e+15 m is implausibly large (more than 10000 m)" in text
    feedback.warnings.clear()
    params["INPUT"] = memory_layer("Polygon", "EPSG:28992", FIELDS, [])
    res = run_alg("bronnenstrategie:addclaims", params, feedback=feedback)
    assert res["N_ADDED"] == 0
    assert "The input layer is empty: nothing to compute." in feedback.warnings


def test_straight_curvepolygon_is_read():
    from bronnenstrategie.glue.geometry import to_shapely

    # a CurvePolygon with straight rings (as a GeoPackage stores it) has no curved
    # segments but a curved WKB type: 100 x 100 m = 10,000 m2
    geometry = QgsGeometry.fromWkt(SQUARE.replace("POLYGON", "CURVEPOLYGON", 1))
    shape = to_shapely(geometry, make_valid=False)  # as addclaims reads a feature
    assert shape.geom_type == "Polygon" and shape.area == pytest.approx(10000.0)


def test_geographic_input_is_stored_in_rd_new(run_alg, memory_layer, tmp_path):
    square = QgsGeometry.fromWkt(SQUARE)
    to_wgs = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:28992"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    square.transform(to_wgs)
    layer = memory_layer(
        "Polygon",
        "EPSG:4326",
        [("naam", "string")],
        [(square.asWkt(12), {"naam": "WOS"})],
        name="wos_sites",
    )
    register = tmp_path / "r.gpkg"
    res = run_alg(
        "bronnenstrategie:addclaims",
        {
            "INPUT": layer,
            "REGISTER": str(register),
            "CREATE": True,
            "CLAIM_TYPE": "restwarmte_wos",
        },
    )
    assert res["N_ADDED"] == 1 and res["N_REJECTED"] == 0
    (claim,) = reg.GeoPackageClaimStore(str(register)).list_claims()
    got = reg.GeoPackageClaimStore(str(register)).get(claim[qgis_layer.F_CLAIM_ID])
    # back in RD New: the 100 m x 100 m square, 10,000 m2, corner at (80000, 454000)
    assert got["geometry"].area == pytest.approx(10000.0, rel=1e-4)
    assert got["geometry"].bounds[0] == pytest.approx(80000.0, abs=0.01)
    # no name field: '<layer name> <feature id>'; source_ref defaults to the layer name
    assert claim[qgis_layer.F_NAME] == "wos_sites 1"
    assert claim[qgis_layer.F_SOURCE_REF] == "wos_sites"
    assert claim[qgis_layer.F_LEVEL] == "bovengronds"


def test_locked_register_writes_nothing(run_alg, memory_layer, tmp_path):
    register = tmp_path / "r.gpkg"
    reg.GeoPackageClaimStore(str(register)).create()
    layer = memory_layer("Polygon", "EPSG:28992", [("naam", "string")], [(SQUARE, {"naam": "x"})])
    blocker = sqlite3.connect(str(register), isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(QgsProcessingException, match="locked"):
            run_alg(
                "bronnenstrategie:addclaims",
                {"INPUT": layer, "REGISTER": str(register), "CREATE": True, "CLAIM_TYPE": "overig"},
            )
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert reg.GeoPackageClaimStore(str(register)).list_claims() == []


def test_foreign_file_is_refused(run_alg, memory_layer, tmp_path):
    other = tmp_path / "other.gpkg"
    sqlite3.connect(str(other)).execute("CREATE TABLE x (a)").connection.commit()
    layer = memory_layer("Polygon", "EPSG:28992", [("naam", "string")], [(SQUARE, {"naam": "x"})])
    with pytest.raises(QgsProcessingException, match="not a claims register"):
        run_alg(
            "bronnenstrategie:addclaims",
            {"INPUT": layer, "REGISTER": str(other), "CLAIM_TYPE": "overig"},
        )


@pytest.mark.slow
def test_qgis_process_from_sample_data(qgis_process, tmp_path):
    sys.path.insert(0, str(qgis_layer.QML_PATH.parent.parent / "scripts" / "sample"))
    import make_sample_data
    import ruimteclaims as sample

    gpkg = make_sample_data.write(sample.layers(), tmp_path / "sample.gpkg")
    register = tmp_path / "ruimteclaims.gpkg"
    out = qgis_process(
        "bronnenstrategie:addclaims",
        {
            "INPUT": f"{gpkg}|layername=claim_candidates",
            "REGISTER": str(register),
            "CREATE": True,
            "CLAIM_TYPE": "geothermie_zoeklocatie",
            "NAME_FIELD": "naam",
            "CATEGORY_FIELD": "categorie",
            "DEPTH_TOP_FIELD": "diepte_top",
            "DEPTH_BOTTOM_FIELD": "diepte_bodem",
        },
    )
    # 8 candidates: 7 squares are valid, the bow-tie is rejected
    assert out["results"]["N_ADDED"] == 7
    assert out["results"]["N_REJECTED"] == 1
    names = {c[qgis_layer.F_NAME] for c in reg.GeoPackageClaimStore(str(register)).list_claims()}
    assert "Geothermie Binckhorst" in names and "Ongeldige tekening" not in names


def test_level_and_depth_fallbacks(run_alg, memory_layer, tmp_path, feedback):
    # depths as text fields: '' and NULL are empty (the fallback is used), 'veel' is text
    # and must be rejected, never replaced by the fallback
    fields = [("naam", "string"), ("top", "string"), ("bottom", "string")]
    layer = memory_layer(
        "Polygon",
        "EPSG:28992",
        fields,
        [
            (SQUARE, {"naam": "Eigen", "top": "5", "bottom": "30"}),
            (SQUARE, {"naam": "Leeg", "top": None, "bottom": ""}),
            (SQUARE, {"naam": "Half", "top": "10", "bottom": None}),
            (SQUARE, {"naam": "Tekst", "top": "veel", "bottom": "40"}),
        ],
    )
    register = tmp_path / "r.gpkg"
    res = run_alg(
        "bronnenstrategie:addclaims",
        {
            "INPUT": layer,
            "REGISTER": str(register),
            "CREATE": True,
            "CLAIM_TYPE": "restwarmte_wos",
            "NAME_FIELD": "naam",
            "DEPTH_TOP_FIELD": "top",
            "DEPTH_BOTTOM_FIELD": "bottom",
            "LEVEL": "ondergronds",
            "DEPTH_TOP": 18.0,
            "DEPTH_BOTTOM": 60.0,
        },
        feedback=feedback,
    )
    assert (res["N_ADDED"], res["N_REJECTED"]) == (3, 1)
    assert "The depth 'veel' is not a number of metres." in " ".join(feedback.warnings)
    claims = {
        c[qgis_layer.F_NAME]: c for c in reg.GeoPackageClaimStore(str(register)).list_claims()
    }
    depths = {
        n: (c[qgis_layer.F_DEPTH_TOP], c[qgis_layer.F_DEPTH_BOTTOM]) for n, c in claims.items()
    }
    # own values kept; both empty -> 18-60; only the bottom empty -> 10-60
    assert depths == {"Eigen": (5.0, 30.0), "Leeg": (18.0, 60.0), "Half": (10.0, 60.0)}
    # the chosen level overrides the claim type's default (bovengronds for a WOS)
    assert {c[qgis_layer.F_LEVEL] for c in claims.values()} == {"ondergronds"}


def test_fallbacks_without_fields_and_type_default_level(run_alg, memory_layer, tmp_path):
    layer = memory_layer("Polygon", "EPSG:28992", [("naam", "string")], [(SQUARE, {"naam": "Put"})])
    register = tmp_path / "r.gpkg"
    res = run_alg(
        "bronnenstrategie:addclaims",
        {
            "INPUT": layer,
            "REGISTER": str(register),
            "CREATE": True,
            "CLAIM_TYPE": "bodemenergie_interferentiegebied",
            "NAME_FIELD": "naam",
            "DEPTH_TOP": 18.0,
            "DEPTH_BOTTOM": 140.0,
        },
    )
    assert res["N_ADDED"] == 1
    (claim,) = reg.GeoPackageClaimStore(str(register)).list_claims()
    assert (claim[qgis_layer.F_DEPTH_TOP], claim[qgis_layer.F_DEPTH_BOTTOM]) == (18.0, 140.0)
    # no LEVEL: the default of the claim type (core/claim_schema.py DEFAULT_LEVELS)
    assert (
        claim[qgis_layer.F_LEVEL]
        == qgis_layer.DEFAULT_LEVELS["bodemenergie_interferentiegebied"]
        == "ondergronds"
    )


@pytest.mark.parametrize(
    "top,bottom,message",
    [
        (60.0, 18.0, "top depth (60 m) is below the bottom depth (18 m)"),
        (30.0, 30.0, "both 30 m: the claim has no depth range"),
    ],
)
def test_bad_fallbacks_are_refused(run_alg, memory_layer, tmp_path, top, bottom, message):
    layer = memory_layer("Polygon", "EPSG:28992", [("naam", "string")], [(SQUARE, {"naam": "x"})])
    with pytest.raises(QgsProcessingException, match=re.escape(message)):
        run_alg(
            "bronnenstrategie:addclaims",
            {
                "INPUT": layer,
                "REGISTER": str(tmp_path / "r.gpkg"),
                "CREATE": True,
                "CLAIM_TYPE": "overig",
                "DEPTH_TOP": top,
                "DEPTH_BOTTOM": bottom,
            },
        )


def test_parameter_rules_are_checked_before_the_run(provider, memory_layer, tmp_path):
    """A run without a register and fixed depths against the register's rules are refused
    by checkParameterValues (the dialog says so before the run starts)."""
    from qgis.core import QgsApplication, QgsProcessingContext

    alg = QgsApplication.processingRegistry().createAlgorithmById("bronnenstrategie:addclaims")
    layer = memory_layer("Polygon", "EPSG:28992", [("naam", "string")], [(SQUARE, {"naam": "x"})])
    context = QgsProcessingContext()
    ok, message = alg.checkParameterValues({"INPUT": layer, "CLAIM_TYPE": "overig"}, context)
    assert not ok and message == "Give the path of the claims register (REGISTER)."
    ok, message = alg.checkParameterValues(
        {
            "INPUT": layer,
            "REGISTER": str(tmp_path / "r.gpkg"),
            "CLAIM_TYPE": "overig",
            "DEPTH_TOP": 60.0,
            "DEPTH_BOTTOM": 18.0,
        },
        context,
    )
    assert not ok and "top depth (60 m) is below the bottom depth (18 m)" in message
    ok, message = alg.checkParameterValues(
        {
            "INPUT": layer,
            "REGISTER": str(tmp_path / "r.gpkg"),
            "CLAIM_TYPE": "overig",
            "DEPTH_TOP": 18.0,
            "DEPTH_BOTTOM": 60.0,
        },
        context,
    )
    assert ok, message
    assert not (tmp_path / "r.gpkg").exists()  # a check creates nothing
