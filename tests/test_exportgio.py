"""bronnenstrategie:exportgio and validategio through processing.run (and qgis_process)."""

import json
import uuid
import xml.etree.ElementTree as ET

import pytest
from qgis.core import QgsProcessingException

from bronnenstrategie.core import gio

NS = gio.NS
FIELDS = [("claim_id", "string"), ("name", "string"), ("claim_type", "string"),
          ("imow_type", "string"), ("imow_group", "string")]  # fmt: skip
U1 = "0b7f9c1e-3c1a-4d2e-9f00-111111111111"
U2 = "0b7f9c1e-3c1a-4d2e-9f00-222222222222"
SQ1 = "POLYGON((80000 455000, 80100 455000, 80100 455100, 80000 455100, 80000 455000))"
SQ2 = "POLYGON((80200 455000, 80250 455000, 80250 455040, 80200 455040, 80200 455000))"
MULTI = ("MULTIPOLYGON(((81000 456000, 81010 456000, 81010 456010, 81000 456010, 81000 456000)),"
         "((81020 456000, 81030 456000, 81030 456010, 81020 456010, 81020 456000)))")  # fmt: skip


def _layer(memory_layer, crs="EPSG:28992", rows=None):
    rows = rows or [
        (
            SQ1,
            {
                "claim_id": U1,
                "name": 'Warm & "wel" <zone> é',
                "claim_type": "bodemenergie_zone_warm",
            },
        ),
        (
            SQ2,
            {
                "claim_id": U2,
                "name": "Koud",
                "claim_type": "bodemenergie_zone_koud",
                "imow_type": "Energievoorziening",
                "imow_group": "Bodemenergiegebied",
            },
        ),
        (
            MULTI,
            {"claim_id": "geen-uuid", "name": "Twee delen", "claim_type": "bodemenergie_zone_warm"},
        ),
    ]
    return memory_layer("MultiPolygon", crs, FIELDS, rows)


def _export(run_alg, layer, tmp_path, feedback=None, **kw):
    params = {"INPUT": layer, "OUTPUT": str(tmp_path / "gio.gml"), "WORK_ID": "bodemenergiegebied",
              "EXPRESSION_DATE": "2024-05-14", "VERSION": 2}  # fmt: skip
    params.update(kw)
    return run_alg("bronnenstrategie:exportgio", params, feedback)


def test_export_with_groups(run_alg, memory_layer, tmp_path):
    res = _export(run_alg, _layer(memory_layer), tmp_path, GROUP_FIELD="claim_type",
                  BACKGROUND=1, BACKGROUND_DATE="2023-12-01")  # fmt: skip
    assert res["N_LOCATIONS"] == 3 and res["N_SKIPPED"] == 0
    assert gio.validate(res["OUTPUT"]) == []
    root = ET.parse(res["OUTPUT"]).getroot()
    assert (
        root.find(".//geo:FRBRWork", NS).text == "/join/id/regdata/gm0518/2024/bodemenergiegebied"
    )
    assert root.find(".//geo:FRBRExpression", NS).text.endswith(
        "/bodemenergiegebied/nld@2024-05-14;2"
    )
    assert root.find(".//gio:achtergrondVerwijzing", NS).text == "top10nl"
    assert root.find(".//gio:achtergrondActualiteit", NS).text == "2023-12-01"
    groups = {g.find("geo:groepID", NS).text for g in root.iter(f"{{{NS['geo']}}}Groep")}
    used = {e.text for e in root.findall(".//geo:Locatie/geo:groepID", NS)}
    assert groups == used == {"bodemenergie-zone-warm", "bodemenergie-zone-koud"}
    names = [e.text for e in root.findall(".//geo:Locatie/geo:naam", NS)]
    assert names == ['Warm & "wel" <zone> é', "Koud", "Twee delen"]
    ids = [e.text for e in root.iter(f"{{{NS['basisgeo']}}}id")]
    assert ids[:2] == [U1, U2]  # UUID claim ids are kept as basisgeo:id
    assert str(uuid.UUID(ids[2])) == ids[2] and ids[2] not in (U1, U2)
    geoms = root.findall(".//basisgeo:geometrie", NS)
    assert geoms[2][0].tag == f"{{{NS['gml']}}}MultiSurface"
    # sidecar
    with open(res["SIDECAR"], encoding="utf-8") as fh:
        side = json.loads(fh.read())
    e = side["gebiedsaanwijzingen"]
    assert [x["basisgeo_id"] for x in e] == ids
    # the first claim has no imow fields: defaults of its claim type (warm zone)
    assert e[0]["gebiedsaanwijzing_type"].endswith(
        "/typegebiedsaanwijzing/id/concept/Energievoorziening"
    )
    assert e[0]["gebiedsaanwijzing_groep"].endswith(
        "/energievoorziening/id/concept/Bodemenergiegebied"
    )
    assert e[1]["kenmerken"]["claim_id"] == U2


def test_export_without_groups_and_filter(run_alg, memory_layer, tmp_path):
    res = _export(run_alg, _layer(memory_layer), tmp_path, FILTER="\"name\" <> 'Koud'")
    assert res["N_LOCATIONS"] == 2
    root = ET.parse(res["OUTPUT"]).getroot()
    assert root.find(".//geo:groepen", NS) is None
    assert root.find(".//geo:groepID", NS) is None


def test_wgs84_claim_comes_out_in_rd(run_alg, memory_layer, tmp_path):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsGeometry,
        QgsProject,  # fmt: skip
    )

    tr = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:28992"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    g = QgsGeometry.fromWkt(SQ1)
    g.transform(tr)
    layer = _layer(memory_layer, "EPSG:4326", [(g.asWkt(12), {"claim_id": U1, "name": "wgs"})])
    res = _export(run_alg, layer, tmp_path)
    root = ET.parse(res["OUTPUT"]).getroot()
    poly = root.find(".//gml:Polygon", NS)
    assert poly.get("srsName") == "urn:ogc:def:crs:EPSG::28992"
    v = [float(t) for t in poly.find(".//gml:posList", NS).text.split()]
    xs, ys = v[::2], v[1::2]
    # back in RD to within a millimetre or two: the square 80000-80100 x 455000-455100
    assert min(xs) == pytest.approx(80000, abs=0.002) and max(xs) == pytest.approx(80100, abs=0.002)
    assert min(ys) == pytest.approx(455000, abs=0.002) and max(ys) == pytest.approx(
        455100, abs=0.002
    )


def test_missing_group_value_refused(run_alg, memory_layer, tmp_path):
    rows = [
        (SQ1, {"claim_id": U1, "name": "a", "claim_type": "overig"}),
        (SQ2, {"claim_id": U2, "name": "b"}),
    ]
    with pytest.raises(QgsProcessingException, match="STOP3000"):
        _export(run_alg, _layer(memory_layer, rows=rows), tmp_path, GROUP_FIELD="claim_type")
    assert not (tmp_path / "gio.gml").exists()


def test_bad_work_id_refused(run_alg, memory_layer, tmp_path):
    with pytest.raises(QgsProcessingException, match="Work id"):
        _export(run_alg, _layer(memory_layer), tmp_path, WORK_ID="bodem energie")


def test_nothing_to_export(run_alg, memory_layer, tmp_path):
    with pytest.raises(QgsProcessingException, match="No claim to export"):
        _export(run_alg, _layer(memory_layer), tmp_path, FILTER="1 = 0")


def test_validategio_algorithm(run_alg, memory_layer, tmp_path):
    res = _export(run_alg, _layer(memory_layer), tmp_path, GROUP_FIELD="claim_type")
    ok = run_alg("bronnenstrategie:validategio", {"INPUT": res["OUTPUT"]})
    assert ok["VALID"] is True and ok["N_FINDINGS"] == 0
    # hand-made bad file: two basisgeo:ids made equal, one group never used, mixed srsName
    with open(res["OUTPUT"], encoding="utf-8") as fh:
        text = fh.read()
    root = ET.fromstring(text.encode())
    ids = root.findall(".//basisgeo:id", NS)
    ids[1].text = ids[0].text
    g = ET.SubElement(root.find(".//geo:groepen", NS), f"{{{NS['geo']}}}Groep")
    ET.SubElement(g, f"{{{NS['geo']}}}groepID").text = "lauw"
    ET.SubElement(g, f"{{{NS['geo']}}}label").text = "Lauw"
    root.findall(".//gml:Polygon", NS)[0].set("srsName", "urn:ogc:def:crs:EPSG::4258")
    bad = tmp_path / "bad.gml"
    ET.ElementTree(root).write(str(bad), encoding="UTF-8", xml_declaration=True)
    out = run_alg("bronnenstrategie:validategio", {"INPUT": str(bad)})
    assert out["VALID"] is False
    assert out["CODES"] == "STOP3005,STOP3013,STOP3021"
    with pytest.raises(QgsProcessingException, match="STOP3013"):
        run_alg("bronnenstrategie:validategio", {"INPUT": str(bad), "FAIL_ON_FINDINGS": True})


@pytest.mark.slow
def test_qgis_process_end_to_end(qgis_process, tmp_path):
    """qgis_process: claimconflicts and exportgio on a register GeoPackage."""
    from osgeo import ogr, osr

    path = tmp_path / "claims.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(28992)
    lyr = ds.CreateLayer("ruimteclaims", srs, ogr.wkbMultiPolygon)
    for name, kind in (
        ("claim_id", ogr.OFTString),
        ("name", ogr.OFTString),
        ("claim_type", ogr.OFTString),
        ("level", ogr.OFTString),
        ("depth_top_m", ogr.OFTReal),
        ("depth_bottom_m", ogr.OFTReal),
    ):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    for cid, name, ctype, wkt in (
        (U1, "Warm", "bodemenergie_zone_warm", SQ1),
        (
            U2,
            "Koud",
            "bodemenergie_zone_koud",
            "POLYGON((80050 455000, 80150 455000, 80150 455100, 80050 455100, 80050 455000))",
        ),
    ):
        f = ogr.Feature(lyr.GetLayerDefn())
        for k, v in (
            ("claim_id", cid),
            ("name", name),
            ("claim_type", ctype),
            ("level", "ondergronds"),
            ("depth_top_m", 20.0),
            ("depth_bottom_m", 80.0),
        ):
            f.SetField(k, v)
        f.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(wkt)))
        lyr.CreateFeature(f)
    ds = None
    src = f"{path}|layername=ruimteclaims"
    out = qgis_process(
        "bronnenstrategie:claimconflicts", {"INPUT": src, "OUTPUT": str(tmp_path / "c.gpkg")}
    )
    # overlap x 80050-80100 (50 m) * 100 m = 5000 m2, depth 20-80 m shared
    assert out["results"]["N_CONFLICTS"] == 1
    out = qgis_process("bronnenstrategie:exportgio", {
        "INPUT": src, "OUTPUT": str(tmp_path / "e.gml"), "GROUP_FIELD": "claim_type",
        "WORK_ID": "bodemenergiegebied", "EXPRESSION_DATE": "2024-05-14"})  # fmt: skip
    assert out["results"]["N_LOCATIONS"] == 2
    assert gio.validate(str(tmp_path / "e.gml")) == []


def test_layer_without_name_field(run_alg, memory_layer, tmp_path, feedback):
    layer = memory_layer("Polygon", "EPSG:28992", [("id", "int")], [(SQ1, {"id": 1})])
    res = _export(run_alg, layer, tmp_path, feedback)
    assert res["N_LOCATIONS"] == 1
    assert any("no field 'name'" in w for w in feedback.warnings)
    root = ET.parse(res["OUTPUT"]).getroot()
    assert root.find(".//geo:naam", NS) is None
    assert gio.validate(root) == []
    with pytest.raises(QgsProcessingException, match="does not exist"):
        _export(run_alg, layer, tmp_path, NAME_FIELD="naam")


def test_bad_identifiers_are_checked_before_the_run(provider, memory_layer, tmp_path):
    from qgis.core import QgsApplication, QgsProcessingContext

    alg = QgsApplication.processingRegistry().createAlgorithmById("bronnenstrategie:exportgio")
    params = {
        "INPUT": _layer(memory_layer),
        "OUTPUT": str(tmp_path / "gio.gml"),
        "EXPRESSION_DATE": "2024-05-14",
        "VERSION": 2,
    }
    context = QgsProcessingContext()
    ok, message = alg.checkParameterValues(dict(params, WORK_ID="bodem energie"), context)
    assert not ok and "Work id" in message
    ok, message = alg.checkParameterValues(dict(params, WORK_ID="bodemenergiegebied"), context)
    assert ok, message
    assert not (tmp_path / "gio.gml").exists()
