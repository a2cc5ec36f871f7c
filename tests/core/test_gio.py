"""STOP GIO writer, validator (one test per rule) and IMOW sidecar."""

import copy
import datetime as dt
import json
import uuid
import xml.etree.ElementTree as ET

import pytest
from shapely.geometry import MultiPolygon, Polygon, box

from bronnenstrategie.core import gio
from bronnenstrategie.core.gio import NS, GioLocation

RD = "urn:ogc:def:crs:EPSG::28992"
Q = f"{{{NS['geo']}}}"
G = f"{{{NS['gml']}}}"
B = f"{{{NS['basisgeo']}}}"


def _locs(groups=None):
    groups = groups or [None, None, None]
    return [
        GioLocation(box(80000, 455000, 80100, 455100), naam="Zone 1", group=groups[0]),
        GioLocation(box(80200, 455000, 80300, 455050), naam="Zone 2", group=groups[1]),
        GioLocation(
            MultiPolygon([box(81000, 456000, 81010, 456010), box(81020, 456000, 81030, 456010)]),
            naam="Zone 3",
            group=groups[2],
        ),
    ]


def _build(locs=None, **kw):
    kw.setdefault("work_id", "bodemenergiegebied")
    kw.setdefault("expression_date", dt.date(2024, 5, 14))
    return gio.build_gio(locs or _locs(), **kw)


def _codes(findings):
    return sorted({f.code for f in findings})


# --- identifiers --------------------------------------------------------------------


def test_frbr_identifiers():
    r = _build(version=3, bevoegd_gezag="GM0518")
    root = ET.fromstring(r.xml)
    assert (
        root.find(".//geo:FRBRWork", NS).text == "/join/id/regdata/gm0518/2024/bodemenergiegebied"
    )
    assert root.find(".//geo:FRBRExpression", NS).text == (
        "/join/id/regdata/gm0518/2024/bodemenergiegebied/nld@2024-05-14;3"
    )


@pytest.mark.parametrize(
    "kw",
    [
        {"work_id": "bodem energie"},
        {"work_id": ""},
        {"bevoegd_gezag": "den haag"},
        {"expression_date": "14-05-2024"},
    ],
)
def test_bad_identifiers_rejected(kw):
    with pytest.raises(gio.GioError):
        _build(**kw)


def test_format_coord_millimetres():
    assert gio.format_coord(81234.56789) == "81234.568"
    assert gio.format_coord(455000.0) == "455000"
    assert gio.format_coord(455000.1004) == "455000.1"
    assert gio.format_coord(-0.0001) == "0"


# --- the written file ---------------------------------------------------------------


def test_structure_and_namespaces():
    r = _build(background="top10nl", background_date="2024-01-01")
    root = ET.fromstring(r.xml)
    assert root.tag == Q + "GeoInformatieObjectVaststelling"
    assert root.get("schemaversie") == "1.3.0"
    ctx = root.find("geo:context/gio:GeografischeContext", NS)
    assert ctx.find("gio:achtergrondVerwijzing", NS).text == "top10nl"
    assert ctx.find("gio:achtergrondActualiteit", NS).text == "2024-01-01"
    versie = root.find("geo:vastgesteldeVersie/geo:GeoInformatieObjectVersie", NS)
    # element order of the schema: FRBRWork, FRBRExpression, (groepen), locaties
    assert [c.tag for c in versie] == [Q + "FRBRWork", Q + "FRBRExpression", Q + "locaties"]
    locs = versie.findall("geo:locaties/geo:Locatie", NS)
    assert [loc.find("geo:naam", NS).text for loc in locs] == ["Zone 1", "Zone 2", "Zone 3"]
    for loc in locs:
        assert [c.tag for c in loc] == [Q + "naam", Q + "geometrie"]
        g = loc.find("geo:geometrie/basisgeo:Geometrie", NS)
        bid = g.find("basisgeo:id", NS).text
        assert str(uuid.UUID(bid)) == bid
        assert g.get(G + "id") == "id-" + bid
    assert gio.validate(r.xml) == []
    assert len(r.locations) == 3 and r.warnings == []


def test_polygon_and_multisurface_coordinates():
    r = _build()
    root = ET.fromstring(r.xml)
    geoms = root.findall(".//basisgeo:geometrie", NS)
    poly = geoms[0][0]
    assert poly.tag == G + "Polygon" and poly.get("srsName") == RD
    pos = poly.find("gml:exterior/gml:LinearRing/gml:posList", NS).text.split()
    xy = [(float(pos[i]), float(pos[i + 1])) for i in range(0, len(pos), 2)]
    assert xy[0] == xy[-1]  # closed
    assert len(xy) == 5
    assert Polygon(xy).exterior.is_ccw  # exterior counter-clockwise
    assert Polygon(xy).area == pytest.approx(100 * 100)
    ms = geoms[2][0]
    assert ms.tag == G + "MultiSurface" and ms.get("srsName") == RD
    members = ms.findall("gml:surfaceMember/gml:Polygon", NS)
    assert len(members) == 2
    assert all(m.get("srsName") is None for m in members)  # srsName once, on the top


def test_clockwise_input_and_holes_are_oriented():
    shell = [(0, 0), (0, 100), (100, 100), (100, 0)]  # clockwise
    hole = [(10, 10), (20, 10), (20, 20), (10, 20)]  # counter-clockwise
    r = _build([GioLocation(Polygon(shell, [hole]), naam="ring")])
    root = ET.fromstring(r.xml)

    def ring(path):
        v = [float(t) for t in root.find(path, NS).text.split()]
        return Polygon(list(zip(v[::2], v[1::2])))

    assert ring(".//gml:exterior/gml:LinearRing/gml:posList").exterior.is_ccw
    assert not ring(".//gml:interior/gml:LinearRing/gml:posList").exterior.is_ccw


def test_millimetre_rounding_in_file():
    r = _build([GioLocation(box(80000.12345, 455000.98765, 80010.0004, 455010), naam="mm")])
    text = ET.fromstring(r.xml).find(".//gml:posList", NS).text
    assert "80000.123" in text and "455000.988" in text and "80010 " in text
    assert "80000.1234" not in text


def test_collapsed_hole_is_dropped_with_warning():
    hole = [(10, 10), (10.0001, 10), (10.0001, 10.0001), (10, 10.0001)]  # 0.1 mm square
    r = _build([GioLocation(Polygon(box(0, 0, 50, 50).exterior.coords, [hole]), naam="h")])
    assert len(r.warnings) == 1 and "hole" in r.warnings[0]
    assert ET.fromstring(r.xml).find(".//gml:interior", NS) is None


def test_non_polygon_rejected():
    from shapely.geometry import LineString

    with pytest.raises(gio.GioError, match="Location 1"):
        _build([GioLocation(LineString([(0, 0), (1, 1)]), naam="lijn")])
    with pytest.raises(gio.GioError):
        gio.build_gio([], work_id="x")


def test_groups_all_used_and_declared():
    r = _build(_locs(["warm", "koud", "warm"]))
    root = ET.fromstring(r.xml)
    declared = {
        g.find("geo:groepID", NS).text: g.find("geo:label", NS).text for g in root.iter(Q + "Groep")
    }
    assert declared == {"warm": "warm", "koud": "koud"}
    used = [loc.find("geo:groepID", NS).text for loc in root.iter(Q + "Locatie")]
    assert used == ["warm", "koud", "warm"]
    assert set(used) == set(declared)  # STOP3001 and STOP3005
    assert gio.validate(r.xml) == []
    versie = root.find(".//geo:GeoInformatieObjectVersie", NS)
    assert [c.tag for c in versie][2] == Q + "groepen"


def test_group_labels_with_odd_characters_get_unique_ids():
    r = _build(_locs(["Zone A/B", "zone a b", "3 & 4"]))
    ids = [g for g, _ in r.groups]
    assert len(set(ids)) == 3
    assert all(gio._NCNAME.match(g) for g in ids)
    assert gio.validate(r.xml) == []


def test_groups_need_every_location():
    with pytest.raises(gio.GioError, match="STOP3000"):
        _build(_locs(["warm", None, "koud"]))


def test_special_characters_round_trip():
    names = [
        "A & B <zone> \"warm\" 'koud'",
        "Scheveningen – café ï ß 北 🌡",
        "]]> ]]&gt;",
        "tab\tand\x01control",
    ]
    locs = [
        GioLocation(box(i * 10, 0, i * 10 + 5, 5), naam=n, group=n) for i, n in enumerate(names)
    ]
    r = _build(locs)
    root = ET.fromstring(r.xml)  # well-formed
    got = [loc.find("geo:naam", NS).text for loc in root.iter(Q + "Locatie")]
    assert got[:3] == names[:3]
    assert got[3] == "tab\tandcontrol"  # control character removed (not allowed in XML 1.0)
    labels = sorted(g.find("geo:label", NS).text for g in root.iter(Q + "Groep"))
    assert labels == sorted(gio.clean_text(n) for n in names)
    assert gio.validate(r.xml) == []


def test_given_uuids_kept_and_duplicates_refused():
    u = str(uuid.uuid4())
    r = _build([GioLocation(box(0, 0, 1, 1), naam="a", basisgeo_id=u.upper())])
    assert r.locations[0]["basisgeo_id"] == u
    with pytest.raises(gio.GioError, match="STOP3013"):
        _build(
            [
                GioLocation(box(0, 0, 1, 1), basisgeo_id=u),
                GioLocation(box(2, 2, 3, 3), basisgeo_id=u),
            ]
        )
    with pytest.raises(gio.GioError):
        _build([GioLocation(box(0, 0, 1, 1), basisgeo_id="not-a-uuid")])


def test_write_gio_and_sidecar(tmp_path):
    locs = _locs(["warm", "koud", "warm"])
    locs[0].extra = {
        "imow_type": "Energievoorziening",
        "imow_group": "Bodemenergiegebied",
        "claim_id": "c1",
    }
    locs[1].extra = {
        "imow_type": "http://standaarden.omgevingswet.overheid.nl/typegebiedsaanwijzing/id/concept/Leiding",
        "imow_group": None,
        "valid_from": dt.date(2024, 1, 1),
    }
    path = tmp_path / "gio.gml"
    r = gio.write_gio(str(path), locs, work_id="bodemenergiegebied", expression_date="2024-05-14")
    assert gio.validate(str(path)) == []
    side = tmp_path / "gio.json"
    gio.write_sidecar(str(side), r)
    data = json.loads(side.read_text(encoding="utf-8"))
    assert data["FRBRExpression"] == r.expression
    e = data["gebiedsaanwijzingen"]
    root = ET.parse(str(path)).getroot()
    assert [x["basisgeo_id"] for x in e] == [b.text for b in root.iter(B + "id")]
    assert e[0]["gebiedsaanwijzing_type"] == (
        "http://standaarden.omgevingswet.overheid.nl/typegebiedsaanwijzing/id/concept/Energievoorziening"
    )
    assert e[0]["gebiedsaanwijzing_groep"] == (
        "http://standaarden.omgevingswet.overheid.nl/energievoorziening/id/concept/Bodemenergiegebied"
    )
    assert e[0]["kenmerken"] == {"claim_id": "c1"}
    assert (
        e[1]["gebiedsaanwijzing_type"].endswith("/Leiding")
        and e[1]["gebiedsaanwijzing_groep"] is None
    )
    assert e[1]["kenmerken"]["valid_from"] == "2024-01-01"
    assert e[2]["gio_groepID"] == "warm"


# --- the validator on hand-made bad files ------------------------------------------

GOOD = """<?xml version="1.0" encoding="UTF-8"?>
<geo:GeoInformatieObjectVaststelling xmlns:geo="https://standaarden.overheid.nl/stop/imop/geo/"
  xmlns:gio="https://standaarden.overheid.nl/stop/imop/gio/"
  xmlns:basisgeo="http://www.geostandaarden.nl/basisgeometrie/1.0"
  xmlns:gml="http://www.opengis.net/gml/3.2" schemaversie="1.3.0">
 <geo:context><gio:GeografischeContext><gio:achtergrondVerwijzing>BGT</gio:achtergrondVerwijzing>
  <gio:achtergrondActualiteit>2024-01-01</gio:achtergrondActualiteit></gio:GeografischeContext></geo:context>
 <geo:vastgesteldeVersie><geo:GeoInformatieObjectVersie>
  <geo:FRBRWork>/join/id/regdata/gm0518/2024/test</geo:FRBRWork>
  <geo:FRBRExpression>/join/id/regdata/gm0518/2024/test/nld@2024-05-14;1</geo:FRBRExpression>
  <geo:groepen>
   <geo:Groep><geo:groepID>warm</geo:groepID><geo:label>Warm</geo:label></geo:Groep>
   <geo:Groep><geo:groepID>koud</geo:groepID><geo:label>Koud</geo:label></geo:Groep>
  </geo:groepen>
  <geo:locaties>
   <geo:Locatie><geo:naam>een</geo:naam><geo:geometrie>
    <basisgeo:Geometrie gml:id="id-11111111-1111-4111-8111-111111111111">
     <basisgeo:id>11111111-1111-4111-8111-111111111111</basisgeo:id>
     <basisgeo:geometrie><gml:Polygon gml:id="id-1-g" srsName="urn:ogc:def:crs:EPSG::28992">
      <gml:exterior>
       <gml:LinearRing><gml:posList>0 0 10 0 10 10 0 10 0 0</gml:posList></gml:LinearRing>
      </gml:exterior>
     </gml:Polygon></basisgeo:geometrie></basisgeo:Geometrie></geo:geometrie>
    <geo:groepID>warm</geo:groepID></geo:Locatie>
   <geo:Locatie><geo:naam>twee</geo:naam><geo:geometrie>
    <basisgeo:Geometrie gml:id="id-22222222-2222-4222-8222-222222222222">
     <basisgeo:id>22222222-2222-4222-8222-222222222222</basisgeo:id>
     <basisgeo:geometrie><gml:Polygon gml:id="id-2-g" srsName="urn:ogc:def:crs:EPSG::28992">
      <gml:exterior>
       <gml:LinearRing><gml:posList>20 0 30 0 30 10 20 10 20 0</gml:posList></gml:LinearRing>
      </gml:exterior>
     </gml:Polygon></basisgeo:geometrie></basisgeo:Geometrie></geo:geometrie>
    <geo:groepID>koud</geo:groepID></geo:Locatie>
  </geo:locaties>
 </geo:GeoInformatieObjectVersie></geo:vastgesteldeVersie>
</geo:GeoInformatieObjectVaststelling>
"""


def _root():
    return ET.fromstring(GOOD.encode())


def _locaties(root):
    return root.findall(".//geo:Locatie", NS)


def _add(parent, tag, text=None, index=None):
    el = ET.Element(tag)
    el.text = text
    if index is None:
        parent.append(el)
    else:
        parent.insert(index, el)
    return el


def _versie(root):
    return root.find(".//geo:GeoInformatieObjectVersie", NS)


def test_good_file_is_valid(tmp_path):
    assert gio.validate(GOOD) == []
    p = tmp_path / "good.gml"
    p.write_text(GOOD, encoding="utf-8")
    assert gio.validate(str(p)) == []
    for rule in gio.STOP_RULES:  # every rule on its own passes the good file
        assert rule(_root()) == [], rule.__name__


def test_every_rule_named_after_its_code():
    names = [r.__name__ for r in gio.STOP_RULES]
    for code in ["3000", "3001", "3003", "3004", "3005", "3006", "3007", "3008", "3009", "3011",
                 "3012", "3013", "3015", "3016", "3019", "3020", "3021", "3090"]:  # fmt: skip
        assert "stop" + code in names


def _bad(mutate):
    root = _root()
    mutate(root)
    return root


def _no_group_on_second(root):
    loc = _locaties(root)[1]
    loc.remove(loc.find("geo:groepID", NS))


def test_stop3000_group_on_some_locations():
    root = _bad(_no_group_on_second)
    assert [f.code for f in gio.stop3000(root)] == ["STOP3000"]
    assert "STOP3000" in _codes(gio.validate(root))


def test_stop3001_undeclared_group():
    root = _bad(lambda r: setattr(_locaties(r)[1].find("geo:groepID", NS), "text", "lauw"))
    assert [f.code for f in gio.stop3001(root)] == ["STOP3001"]
    # 'koud' is now unused too
    assert _codes(gio.validate(root)) == ["STOP3001", "STOP3005"]


def test_stop3003_duplicate_group_id():
    def mutate(r):
        g = copy.deepcopy(r.find(".//geo:Groep", NS))
        g.find("geo:label", NS).text = "Warm 2"
        r.find(".//geo:groepen", NS).append(g)

    assert _codes(gio.validate(_bad(mutate))) == ["STOP3003"]


def test_stop3004_duplicate_label():
    root = _bad(lambda r: setattr(r.findall(".//geo:Groep/geo:label", NS)[1], "text", "Warm"))
    assert _codes(gio.validate(root)) == ["STOP3004"]


def test_stop3005_unused_group():
    def mutate(r):
        g = ET.SubElement(r.find(".//geo:groepen", NS), Q + "Groep")
        _add(g, Q + "groepID", "lauw")
        _add(g, Q + "label", "Lauw")

    root = _bad(mutate)
    found = gio.stop3005(root)
    assert [f.code for f in found] == ["STOP3005"] and "lauw" in found[0].message
    assert _codes(gio.validate(root)) == ["STOP3005"]


def _norms(kind, values, norm=True, eenheid=False, keep_groups=False):
    def mutate(r):
        v = _versie(r)
        if not keep_groups:
            v.remove(v.find("geo:groepen", NS))
            for loc in _locaties(r):
                loc.remove(loc.find("geo:groepID", NS))
        pos = 2
        if eenheid:
            _add(v, Q + "eenheidlabel", "meter", pos)
            _add(
                v,
                Q + "eenheidID",
                "http://standaarden.omgevingswet.overheid.nl/eenheid/id/concept/Meter",
                pos + 1,
            )
            pos += 2
        if norm:
            _add(v, Q + "normlabel", "diepte", pos)
            _add(
                v,
                Q + "normID",
                "http://standaarden.omgevingswet.overheid.nl/typenorm/id/concept/Diepte",
                pos + 1,
            )
        for loc, value in zip(_locaties(r), values):
            if value is not None:
                _add(loc, Q + kind, value)

    return _bad(mutate)


def test_norm_values_good():
    assert gio.validate(_norms("kwantitatieveNormwaarde", ["10", "20"], eenheid=True)) == []
    assert gio.validate(_norms("kwalitatieveNormwaarde", ["laag", "hoog"])) == []


def test_stop3006_quantitative_on_some():
    root = _norms("kwantitatieveNormwaarde", ["10", None], eenheid=True)
    assert _codes(gio.validate(root)) == ["STOP3006"]


def test_stop3007_qualitative_on_some():
    root = _norms("kwalitatieveNormwaarde", ["laag", None])
    assert _codes(gio.validate(root)) == ["STOP3007"]


def test_stop3008_two_norm_values():
    root = _norms("kwalitatieveNormwaarde", ["laag", "hoog"])
    _add(_locaties(root)[0], Q + "kwalitatieveNormwaarde", "midden")
    assert "STOP3008" in _codes(gio.validate(root))
    assert [f.code for f in gio.stop3008(root)] == ["STOP3008"]


def test_stop3009_quantitative_without_eenheid():
    root = _norms("kwantitatieveNormwaarde", ["10", "20"], eenheid=False)
    assert _codes(gio.validate(root)) == ["STOP3009"]


def test_stop3010_empty_qualitative():
    root = _norms("kwalitatieveNormwaarde", ["laag", " "])
    assert _codes(gio.validate(root)) == ["STOP3010"]


def test_stop3011_norm_values_without_norm():
    root = _norms("kwalitatieveNormwaarde", ["laag", "hoog"], norm=False)
    assert _codes(gio.validate(root)) == ["STOP3011"]


def test_stop3012_group_and_norm_value():
    root = _norms("kwalitatieveNormwaarde", ["laag", "hoog"], keep_groups=True)
    assert _codes(gio.validate(root)) == ["STOP3012"]
    assert len(gio.stop3012(root)) == 2


def test_stop3013_duplicate_basisgeo_id():
    def mutate(r):
        ids = r.findall(".//basisgeo:id", NS)
        ids[1].text = ids[0].text

    root = _bad(mutate)
    found = gio.stop3013(root)
    assert [f.code for f in found] == ["STOP3013"]
    assert "11111111-1111-4111-8111-111111111111" in found[0].message
    assert _codes(gio.validate(root)) == ["STOP3013"]


def test_stop3015_qualitative_with_eenheid():
    root = _norms("kwalitatieveNormwaarde", ["laag", "hoog"], eenheid=True)
    assert _codes(gio.validate(root)) == ["STOP3015"]


def test_stop3016_norm_elements_without_values():
    root = _norms("kwalitatieveNormwaarde", [None, None], keep_groups=True)
    assert _codes(gio.validate(root)) == ["STOP3016"]


def test_stop3019_no_coordinates():
    root = _bad(lambda r: setattr(r.find(".//gml:posList", NS), "text", "  "))
    assert "STOP3019" in _codes(gio.validate(root))
    assert [f.code for f in gio.stop3019(root)] == ["STOP3019"]


def test_stop3020_wrong_srs():
    def mutate(r):
        for p in r.iter(G + "Polygon"):
            p.set("srsName", "EPSG:28992")

    root = _bad(mutate)
    assert _codes(gio.validate(root)) == ["STOP3020"]
    assert len(gio.stop3020(root)) == 2


def test_stop3021_mixed_srs():
    root = _bad(
        lambda r: list(r.iter(G + "Polygon"))[1].set("srsName", "urn:ogc:def:crs:EPSG::4258")
    )
    assert _codes(gio.validate(root)) == ["STOP3021"]


def test_stop3040_arc():
    def mutate(r):
        ring = r.find(".//gml:exterior", NS)
        _add(ring, G + "Arc")

    assert "STOP3040" in _codes(gio.validate(_bad(mutate)))


def test_stop3090_gml_name_on_locatie():
    root = _bad(lambda r: _add(_locaties(r)[0], G + "name", "x", 0))
    assert _codes(gio.validate(root)) == ["STOP3090"]
    root = _bad(lambda r: _add(_versie(r), G + "boundedBy", None, 0))
    assert _codes(gio.validate(root)) == ["STOP3090"]


def test_structure_checks():
    root = _bad(
        lambda r: setattr(
            r.find(".//geo:FRBRExpression", NS),
            "text",
            "/join/id/regdata/gm0518/2024/ander/nld@2024-05-14;1",
        )
    )
    assert _codes(gio.validate(root)) == ["BS-FRBR"]
    root = _bad(lambda r: r.find(".//basisgeo:Geometrie", NS).set(G + "id", "1abc"))
    assert _codes(gio.validate(root)) == ["BS-GMLID"]
    root = _bad(lambda r: setattr(r.find(".//gml:posList", NS), "text", "0 0 10 0 10 10 0 10 0 1"))
    assert _codes(gio.validate(root)) == ["BS-RING"]
    root = _bad(lambda r: setattr(r.find(".//basisgeo:id", NS), "text", "geen-uuid"))
    assert _codes(gio.validate(root)) == ["BS-UUID"]
    assert _codes(gio.validate(GOOD.replace("</geo:naam>", "", 1))) == ["BS-XML"]


def test_write_gio_refuses_invalid(monkeypatch, tmp_path):
    # a writer bug producing a bad file must not be reported as success
    orig = gio.build_gio

    def broken(*a, **k):
        r = orig(*a, **k)
        return r._replace(xml=r.xml.replace(b"urn:ogc:def:crs:EPSG::28992", b"EPSG:28992"))

    monkeypatch.setattr(gio, "build_gio", broken)
    path = tmp_path / "x.gml"
    with pytest.raises(gio.GioError, match="STOP3020"):
        gio.write_gio(str(path), _locs(), work_id="x", expression_date="2024-01-01")
    assert not path.exists()


# --- property test ------------------------------------------------------------------

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_coord = st.floats(min_value=-5000, max_value=5000, allow_nan=False, allow_infinity=False)


@st.composite
def _polygon(draw):
    cx = draw(st.floats(min_value=10000, max_value=280000))
    cy = draw(st.floats(min_value=300000, max_value=620000))
    pts = draw(st.lists(st.tuples(_coord, _coord), min_size=3, max_size=12))
    from shapely.geometry import MultiPoint

    hull = MultiPoint([(cx + x, cy + y) for x, y in pts]).convex_hull
    from hypothesis import assume

    assume(hull.geom_type == "Polygon" and hull.area > 1.0)
    return hull


@settings(max_examples=60, deadline=None)
@given(
    st.lists(_polygon(), min_size=1, max_size=5),
    st.lists(st.text(max_size=20), min_size=5, max_size=5),
    st.booleans(),
)
def test_random_polygons_write_valid_gio(polys, names, grouped):
    locs = [
        GioLocation(p, naam=names[i], group=f"g{i % 2}" if grouped else None)
        for i, p in enumerate(polys)
    ]
    r = gio.build_gio(locs, work_id="prop", expression_date="2024-01-01")
    root = ET.fromstring(r.xml)
    assert gio.validate(root) == []
    assert len(root.findall(".//geo:Locatie", NS)) == len(polys)
    for p, pl in zip(polys, root.iter(G + "posList")):
        v = [float(t) for t in pl.text.split()]
        written = Polygon(list(zip(v[::2], v[1::2])))
        assert written.exterior.is_ccw
        # millimetre rounding moves each vertex at most 0.5 mm * sqrt(2)
        assert written.symmetric_difference(p).area <= p.length * 0.001 + 1e-6


# --- the fast writer against the ElementTree reference ------------------------------


def _reference_xml(result, locs, decimals=gio.DECIMALS):
    """The document as the ElementTree writer built it: prepare_rings per location,
    gml_geometry, _indent and ET.tostring, with the ids the fast writer drew."""
    from shapely import wkb

    q = gio._q
    root = ET.Element(
        q("geo", "GeoInformatieObjectVaststelling"),
        {"schemaversie": gio.SCHEMA_VERSION, q("xsi", "schemaLocation"): gio.SCHEMA_LOCATION},
    )
    ctx = ET.SubElement(ET.SubElement(root, q("geo", "context")), q("gio", "GeografischeContext"))
    ET.SubElement(ctx, q("gio", "achtergrondVerwijzing")).text = "BGT"
    ET.SubElement(ctx, q("gio", "achtergrondActualiteit")).text = "2024-05-14"
    versie = ET.SubElement(
        ET.SubElement(root, q("geo", "vastgesteldeVersie")), q("geo", "GeoInformatieObjectVersie")
    )
    ET.SubElement(versie, q("geo", "FRBRWork")).text = result.work
    ET.SubElement(versie, q("geo", "FRBRExpression")).text = result.expression
    if result.groups:
        groepen = ET.SubElement(versie, q("geo", "groepen"))
        for gid, lab in result.groups:
            g = ET.SubElement(groepen, q("geo", "Groep"))
            ET.SubElement(g, q("geo", "groepID")).text = gid
            ET.SubElement(g, q("geo", "label")).text = lab
    locaties = ET.SubElement(versie, q("geo", "locaties"))
    warnings = []
    for n, (loc, rec) in enumerate(zip(locs, result.locations), start=1):
        geom = loc.geometry
        if isinstance(geom, bytes):
            geom = wkb.loads(geom)
        polygons, warn = gio.prepare_rings(geom, decimals)
        warnings.extend("Location {} ('{}'): {}".format(n, rec["naam"], w) for w in warn)
        el = ET.SubElement(locaties, q("geo", "Locatie"))
        if rec["naam"]:
            ET.SubElement(el, q("geo", "naam")).text = rec["naam"]
        g = ET.SubElement(
            ET.SubElement(el, q("geo", "geometrie")),
            q("basisgeo", "Geometrie"),
            {q("gml", "id"): rec["gml_id"]},
        )
        ET.SubElement(g, q("basisgeo", "id")).text = rec["basisgeo_id"]
        gio.gml_geometry(
            ET.SubElement(g, q("basisgeo", "geometrie")),
            polygons,
            rec["gml_id"] + "-g",
            gio.SRS_RD,
            decimals,
        )
        if rec["group_id"]:
            ET.SubElement(el, q("geo", "groepID")).text = rec["group_id"]
    gio._indent(root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True), warnings


def test_fast_writer_gives_the_elementtree_bytes():
    # numpy rounding/orientation and the text writer against prepare_rings + ElementTree:
    # clockwise shells, holes, multi-parts, rounding ties (0.0005, 2.675), a part and a hole
    # that collapse, a bow-tie, duplicate vertices, 3D, -0.0, WKB input, odd names
    import random

    from shapely.geometry import MultiPolygon, Point

    rng = random.Random(7)
    geoms = []
    for i in range(40):
        x, y = rng.uniform(1e4, 2.8e5), rng.uniform(3e5, 6.2e5)
        geoms.append(box(x, y, x + rng.uniform(0.0001, 200), y + rng.uniform(0.0001, 100)))
        c = Point(x, y)
        outer = c.buffer(rng.uniform(0.001, 300), 16)
        inner = c.buffer(rng.uniform(0.0001, 0.9) * outer.length / 6.3, 8)
        p = Polygon(list(outer.exterior.coords)[::-1], [list(inner.exterior.coords)])
        if i % 2:
            p = MultiPolygon([p, box(x + 400, y, x + 400.0004, y + 10)])
        geoms.append(p)
    geoms += [
        Polygon([(0.0005, 0), (10.0015, 0), (10.0025, 10.0005), (0.0035, 10)]),
        Polygon([(2.675, 1.125), (12.675, 1.125), (12.675, 11.125), (2.675, 11.125)]),
        Polygon([(0, 0), (10, 10), (10, 0), (0, 5)]),
        Polygon([(0, 0), (10, 0), (10, 0), (10, 10), (0, 10), (0, 0), (0, 0)]),
        Polygon([(0, 0, 5), (10, 0, 5), (10, 10, 5), (0, 10, 5)]),
        Polygon([(-0.0001, -0.0001), (10, 0), (10, 10), (0, 10)]),
        box(80000, 455000, 80100, 455100).wkb,
    ]
    names = [None, "", 'a & "b" <c>', "é\tx", "  spaties  "]
    locs = [
        GioLocation(
            g,
            naam=names[i % 5],
            group=f"g{i % 3}",
            valid=True if isinstance(g, bytes) else None,
        )
        for i, g in enumerate(geoms)
    ]
    result = gio.build_gio(locs, work_id="x", expression_date="2024-05-14")
    xml, warnings = _reference_xml(result, locs)
    assert result.xml == xml
    assert result.warnings == warnings and len(warnings) > 3
    assert gio.validate(result.xml) == []


def test_fast_validity_shortcut_agrees_with_geos():
    # a valid polygon that rounding leaves as it is is not checked again; one that rounding
    # makes invalid is found with and without the 'valid' flag
    bad = Polygon(
        [(0, 0), (10, 0), (10, 10), (5.0002, 0.0004), (0, 10)]
    )  # touches y=0 when rounded
    assert bad.is_valid
    for valid in (None, True):
        r = gio.build_gio(
            [GioLocation(bad, valid=valid), GioLocation(box(0, 20, 10, 30), valid=valid)],
            work_id="x",
        )
        assert [("not valid" in w) for w in r.warnings] == [True]
