"""STOP GIO (Geografisch Informatieobject) writer, validator and IMOW sidecar.

The omgevingsplan refers to areas through GIOs: GML files of the STOP standard
(imop-geo, schemaversie 1.3.0). See REFERENCE.md section 5 [S]:

- root ``geo:GeoInformatieObjectVaststelling schemaversie="1.3.0"`` with
  ``geo:context/gio:GeografischeContext`` (achtergrondVerwijzing, achtergrondActualiteit)
  and ``geo:vastgesteldeVersie/geo:GeoInformatieObjectVersie``;
- ``geo:FRBRWork`` = ``/join/id/regdata/<bevoegd gezag>/<year>/<work id>``,
  ``geo:FRBRExpression`` = ``<FRBRWork>/nld@<date>;<version>``;
- optional ``geo:groepen/geo:Groep`` (groepID, label): the "GIO-delen";
- one ``geo:Locatie`` per area with ``geo:naam``, ``geo:geometrie/basisgeo:Geometrie``
  (``gml:id`` = ``id-<uuid>``, ``basisgeo:id`` = the UUID) holding a GML 3.2
  ``gml:Polygon`` or ``gml:MultiSurface`` in ``urn:ogc:def:crs:EPSG::28992``, and
  ``geo:groepID`` when groups are used.

Coordinates are written with millimetre precision, rings closed, exterior rings
counter-clockwise and interior rings clockwise (the GML convention).

The validator implements the schematron rules of imop-geo listed in REFERENCE.md 5, one
function per rule named after its STOP code (``stop3000`` ...), each returning a list of
:class:`Finding`. A few structural checks that the XML schema would make (well-formed
XML, root element, FRBR identifiers, gml:id, closed rings) are added with codes starting
with ``BS-``.

Pure python: xml.etree and shapely (1.8 and 2.x); no qgis import.
"""

import datetime as _dt
import json
import math
import re
import uuid
import xml.etree.ElementTree as ET
from collections import namedtuple

NS = {
    "geo": "https://standaarden.overheid.nl/stop/imop/geo/",
    "gio": "https://standaarden.overheid.nl/stop/imop/gio/",
    "basisgeo": "http://www.geostandaarden.nl/basisgeometrie/1.0",
    "gml": "http://www.opengis.net/gml/3.2",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
SCHEMA_VERSION = "1.3.0"
SCHEMA_LOCATION = (
    "https://standaarden.overheid.nl/stop/imop/geo/ "
    "https://standaarden.overheid.nl/stop/1.3.0/imop-geo.xsd"
)
SRS_RD = "urn:ogc:def:crs:EPSG::28992"
SRS_ETRS89 = "urn:ogc:def:crs:EPSG::4258"
ALLOWED_SRS = (SRS_RD, SRS_ETRS89)

#: Default bevoegd gezag: the municipality of Den Haag (CBS code GM0518).
BEVOEGD_GEZAG = "gm0518"
#: Backgrounds offered for gio:achtergrondVerwijzing.
BACKGROUNDS = ("BGT", "top10nl")
#: Decimals written for RD coordinates (metres): 3 = millimetre precision.
DECIMALS = 3

#: IMOW TypeGebiedsaanwijzing URI pattern [S: IMOW waardelijsten 4.0.0].
IMOW_TYPE_URI = "http://standaarden.omgevingswet.overheid.nl/typegebiedsaanwijzing/id/concept/{}"
#: IMOW group URI pattern: the value list of the type, lower case [A: pattern of the IMOW
#: waardelijsten, e.g. .../energievoorziening/id/concept/Bodemenergiegebied].
IMOW_GROUP_URI = "http://standaarden.omgevingswet.overheid.nl/{}/id/concept/{}"

for _prefix, _uri in NS.items():
    ET.register_namespace(_prefix, _uri)


def _q(prefix, tag):
    return "{%s}%s" % (NS[prefix], tag)


Finding = namedtuple("Finding", "code message ernst")
Finding.__new__.__defaults__ = ("fout",)


class GioError(ValueError):
    """Input that cannot be written as a GIO (bad identifier, empty geometry, ...)."""


class GioLocation:
    """One area to write: a polygonal shapely geometry in RD (EPSG:28992) plus text.

    ``group`` is the group label (GIO-deel) or None; ``basisgeo_id`` a UUID string, made
    when None; ``extra`` is any dict carried into the IMOW sidecar.
    """

    __slots__ = ("geometry", "naam", "group", "basisgeo_id", "extra")

    def __init__(self, geometry, naam=None, group=None, basisgeo_id=None, extra=None):
        self.geometry = geometry
        self.naam = naam
        self.group = group
        self.basisgeo_id = basisgeo_id
        self.extra = dict(extra or {})


GioResult = namedtuple("GioResult", "xml work expression locations groups warnings")
"""``xml`` bytes; ``locations`` list of dicts (basisgeo_id, gml_id, naam, group_id,
group_label, extra) in file order; ``groups`` list of (groepID, label); ``warnings`` list
of strings (e.g. a hole dropped because it collapsed at millimetre precision)."""


# --------------------------------------------------------------------------- text ---

# XML 1.0 forbids most control characters even when escaped.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean_text(value):
    """Text safe for XML 1.0: str(), control characters removed, whitespace trimmed.

    Escaping of ``& < > "`` is left to the XML serialiser."""
    if value is None:
        return ""
    return _INVALID_XML.sub("", str(value)).strip()


_WORK_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]{0,127}$")
_BG_CODE = re.compile(r"^[a-z]{2,4}[0-9]{2,4}$")


def work_identifier(bevoegd_gezag, year, work_id):
    """``/join/id/regdata/<bevoegd gezag>/<year>/<work id>`` (FRBRWork).

    >>> work_identifier("gm0518", 2024, "bodemenergiegebied")
    '/join/id/regdata/gm0518/2024/bodemenergiegebied'
    """
    bg = clean_text(bevoegd_gezag).lower()
    if not _BG_CODE.match(bg):
        raise GioError(
            "Bevoegd gezag code '{}' is not a code like gm0518 (municipality), pv28 "
            "(province) or ws0155 (water board).".format(bevoegd_gezag)
        )
    wid = clean_text(work_id)
    if not _WORK_ID.match(wid):
        raise GioError(
            "Work id '{}' may only contain letters, digits, '-' and '_' (and must start "
            "with a letter or digit), e.g. 'bodemenergiegebied'.".format(work_id)
        )
    year = int(year)
    if not 1800 <= year <= 9999:
        raise GioError("Year {} is not a valid year.".format(year))
    return "/join/id/regdata/{}/{}/{}".format(bg, year, wid)


def expression_identifier(work, date, version):
    """``<FRBRWork>/nld@<date>;<version>`` (FRBRExpression).

    >>> expression_identifier('/join/id/regdata/gm0518/2024/x', _dt.date(2024, 5, 14), 1)
    '/join/id/regdata/gm0518/2024/x/nld@2024-05-14;1'
    """
    date = _as_date(date)
    version = clean_text(version)
    if not re.match(r"^[A-Za-z0-9][A-Za-z0-9_\-]*$", version):
        raise GioError("Version '{}' must be a number or a simple code.".format(version))
    return "{}/nld@{};{}".format(work, date.isoformat(), version)


def _as_date(value):
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise GioError("'{}' is not a date (expected YYYY-MM-DD).".format(value)) from None


def group_identifier(label, taken):
    """A stable groepID from a group label: lower-case letters, digits and '-', made
    unique against ``taken`` (a set, updated)."""
    base = re.sub(r"[^a-z0-9]+", "-", clean_text(label).lower()).strip("-") or "groep"
    if base[0].isdigit():
        base = "g-" + base
    gid, n = base, 2
    while gid in taken:
        gid = "{}-{}".format(base, n)
        n += 1
    taken.add(gid)
    return gid


# ----------------------------------------------------------------------- geometry ---


def format_coord(value, decimals=DECIMALS):
    """A coordinate with at most ``decimals`` decimals, no trailing zeros.

    >>> format_coord(81234.56789), format_coord(455000.0), format_coord(-0.0001)
    ('81234.568', '455000', '0')
    """
    text = "{:.{}f}".format(round(float(value), decimals), decimals)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _round_ring(coords, decimals):
    """Round a ring's coordinates, drop consecutive duplicates, close it."""
    out = []
    for c in coords:
        p = (round(float(c[0]), decimals), round(float(c[1]), decimals))
        if not out or p != out[-1]:
            out.append(p)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()
    if len(out) < 3:
        return None
    out.append(out[0])
    return out


def polygon_parts(geometry):
    """The polygons of a polygonal geometry (Polygon, MultiPolygon, or the polygonal
    parts of a GeometryCollection), empty parts dropped."""
    if geometry is None or geometry.is_empty:
        return []
    gtype = geometry.geom_type
    if gtype == "Polygon":
        return [geometry]
    if gtype in ("MultiPolygon", "GeometryCollection"):
        parts = []
        for g in geometry.geoms:
            parts.extend(polygon_parts(g))
        return parts
    return []


def _signed_area(ring):
    """Shoelace signed area of a closed ring of ``(x, y)`` tuples (positive =
    counter-clockwise). Plain Python: for the short rings of claims this is about 20
    times faster than converting them to a numpy array (and still 4 times at 1,000
    vertices)."""
    if len(ring) < 3:
        return 0.0
    # relative to the first vertex: RD coordinates (~1e5 m) would lose precision
    x0, y0 = ring[0]
    total, px, py = 0.0, 0.0, 0.0
    for x, y in ring[1:]:
        x -= x0
        y -= y0
        total += px * y - x * py
        px, py = x, y
    return total / 2.0


def _oriented(coords, ccw):
    """The ring's coordinates as a list of ``(x, y)`` tuples, reversed when needed so that
    it runs counter-clockwise (``ccw``, exterior) or clockwise (hole). Zero-area rings
    are kept as they are, as shapely's ``orient`` does."""
    ring = [(float(c[0]), float(c[1])) for c in coords]
    area = _signed_area(ring)
    if (area < 0.0) if ccw else (area > 0.0):
        ring.reverse()
    return ring


def prepare_rings(geometry, decimals=DECIMALS):
    """Rounded, oriented, closed rings of each polygon: a list of ``(exterior, [holes])``
    plus a list of warnings. Exterior counter-clockwise, holes clockwise."""
    from shapely.geometry import Polygon

    polys = polygon_parts(geometry)
    if not polys:
        raise GioError(
            "Geometry is empty or not a polygon ({}).".format(
                "empty" if geometry is None or geometry.is_empty else geometry.geom_type
            )
        )
    out, warnings = [], []
    for poly in polys:
        # Orientation as shapely's ``orient(poly, sign=1.0)``, done twice (before and
        # after rounding), but with one shoelace sign per ring: shapely 1.8's orient
        # builds new polygons and its signed_area is slow; it dominated the export time.
        ext = _round_ring(_oriented(poly.exterior.coords, ccw=True), decimals)
        if ext is None or Polygon(ext).area <= 0:
            warnings.append("a polygon part collapsed at millimetre precision and was left out")
            continue
        holes = []
        for interior in poly.interiors:
            ring = _round_ring(_oriented(interior.coords, ccw=False), decimals)
            if ring is None or Polygon(ring).area <= 0:
                warnings.append("a hole collapsed at millimetre precision and was left out")
                continue
            holes.append(ring)
        # rounding keeps orientation of non-degenerate rings; enforce it anyway
        ext = _oriented(ext, ccw=True)
        holes = [_oriented(h, ccw=False) for h in holes]
        if not Polygon(ext, holes).is_valid:
            warnings.append("the polygon is not valid (self-intersecting) at millimetre precision")
        out.append((ext, holes))
    if not out:
        raise GioError("Geometry has no area left at millimetre precision.")
    return out, warnings


def _poslist(ring, decimals):
    return " ".join("{} {}".format(format_coord(x, decimals), format_coord(y, decimals)) for x, y in ring)


def _gml_polygon(parent, rings, gml_id, srs_name, decimals):
    attrs = {_q("gml", "id"): gml_id}
    if srs_name:
        attrs["srsName"] = srs_name
    poly = ET.SubElement(parent, _q("gml", "Polygon"), attrs)
    exterior, holes = rings
    for tag, ring in [("exterior", exterior)] + [("interior", h) for h in holes]:
        lr = ET.SubElement(ET.SubElement(poly, _q("gml", tag)), _q("gml", "LinearRing"))
        ET.SubElement(lr, _q("gml", "posList")).text = _poslist(ring, decimals)
    return poly


def gml_geometry(parent, polygons, gml_id, srs_name=SRS_RD, decimals=DECIMALS):
    """Append a GML 3.2 gml:Polygon (one part) or gml:MultiSurface (several parts)."""
    if len(polygons) == 1:
        return _gml_polygon(parent, polygons[0], gml_id, srs_name, decimals)
    ms = ET.SubElement(parent, _q("gml", "MultiSurface"), {_q("gml", "id"): gml_id, "srsName": srs_name})
    for i, rings in enumerate(polygons, start=1):
        member = ET.SubElement(ms, _q("gml", "surfaceMember"))
        _gml_polygon(member, rings, "{}-{}".format(gml_id, i), None, decimals)
    return ms


# ------------------------------------------------------------------------- writer ---


def build_gio(
    locations,
    work_id,
    bevoegd_gezag=BEVOEGD_GEZAG,
    expression_date=None,
    version=1,
    background="BGT",
    background_date=None,
    use_groups=None,
    decimals=DECIMALS,
):
    """Build a GIO (``geo:GeoInformatieObjectVaststelling``) from :class:`GioLocation` s.

    Geometries must already be in RD (EPSG:28992). ``use_groups`` None: groups are written
    when any location has a group; then every location needs one (STOP3000), else
    GioError. Returns a :class:`GioResult`.
    """
    locations = list(locations)
    if not locations:
        raise GioError("A GIO needs at least one location; none were given.")
    expression_date = _as_date(expression_date or _dt.date.today())
    background_date = _as_date(background_date or expression_date)
    work = work_identifier(bevoegd_gezag, expression_date.year, work_id)
    expression = expression_identifier(work, expression_date, version)
    background = clean_text(background)
    if not background:
        raise GioError("The background (achtergrondVerwijzing) may not be empty.")

    labels = [clean_text(loc.group) for loc in locations]
    if use_groups is None:
        use_groups = any(labels)
    groups, group_of = [], {}
    if use_groups:
        missing = sum(1 for lab in labels if not lab)
        if missing:
            raise GioError(
                "{} of {} locations have no group value; with groups every location needs "
                "one (STOP3000).".format(missing, len(locations))
            )
        taken = set()
        for lab in sorted(set(labels)):
            gid = group_identifier(lab, taken)
            group_of[lab] = gid
            groups.append((gid, lab))

    root = ET.Element(
        _q("geo", "GeoInformatieObjectVaststelling"),
        {"schemaversie": SCHEMA_VERSION, _q("xsi", "schemaLocation"): SCHEMA_LOCATION},
    )
    ctx = ET.SubElement(ET.SubElement(root, _q("geo", "context")), _q("gio", "GeografischeContext"))
    ET.SubElement(ctx, _q("gio", "achtergrondVerwijzing")).text = background
    ET.SubElement(ctx, _q("gio", "achtergrondActualiteit")).text = background_date.isoformat()
    versie = ET.SubElement(
        ET.SubElement(root, _q("geo", "vastgesteldeVersie")), _q("geo", "GeoInformatieObjectVersie")
    )
    ET.SubElement(versie, _q("geo", "FRBRWork")).text = work
    ET.SubElement(versie, _q("geo", "FRBRExpression")).text = expression
    if groups:
        groepen = ET.SubElement(versie, _q("geo", "groepen"))
        for gid, lab in groups:
            g = ET.SubElement(groepen, _q("geo", "Groep"))
            ET.SubElement(g, _q("geo", "groepID")).text = gid
            ET.SubElement(g, _q("geo", "label")).text = lab
    locaties = ET.SubElement(versie, _q("geo", "locaties"))

    records, warnings, used_ids = [], [], set()
    for n, (loc, lab) in enumerate(zip(locations, labels), start=1):
        naam = clean_text(loc.naam)
        try:
            polygons, warn = prepare_rings(loc.geometry, decimals)
        except GioError as exc:
            raise GioError("Location {} ('{}'): {}".format(n, naam, exc)) from None
        warnings.extend("Location {} ('{}'): {}".format(n, naam, w) for w in warn)
        bid = uuid_text(loc.basisgeo_id)
        if bid in used_ids:
            raise GioError("basisgeo:id {} is used twice (STOP3013).".format(bid))
        used_ids.add(bid)
        gml_id = "id-" + bid
        el = ET.SubElement(locaties, _q("geo", "Locatie"))
        if naam:
            ET.SubElement(el, _q("geo", "naam")).text = naam
        geom = ET.SubElement(
            ET.SubElement(el, _q("geo", "geometrie")), _q("basisgeo", "Geometrie"), {_q("gml", "id"): gml_id}
        )
        ET.SubElement(geom, _q("basisgeo", "id")).text = bid
        gml_geometry(ET.SubElement(geom, _q("basisgeo", "geometrie")), polygons, gml_id + "-g", SRS_RD, decimals)
        gid = group_of.get(lab) if groups else None
        if gid:
            ET.SubElement(el, _q("geo", "groepID")).text = gid
        records.append(
            {
                "basisgeo_id": bid,
                "gml_id": gml_id,
                "naam": naam,
                "group_id": gid,
                "group_label": lab if gid else None,
                "extra": loc.extra,
            }
        )
    _indent(root)
    xml = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    return GioResult(xml, work, expression, records, groups, warnings)


def uuid_text(value):
    """A UUID string (lower case, hyphens) from ``value``; a new one for empty values.
    Raises GioError when ``value`` is not a UUID."""
    if value is None or clean_text(value) == "":
        return str(uuid.uuid4())
    text = clean_text(value).strip("{}").lower()
    try:
        return str(uuid.UUID(text))
    except ValueError:
        raise GioError("basisgeo:id '{}' is not a UUID.".format(value)) from None


def _indent(elem, level=0):
    """Pretty-print in place (ET.indent is Python 3.9+)."""
    pad = "\n" + "  " * level
    if len(elem):
        if not (elem.text or "").strip():
            elem.text = pad + "  "
        for child in elem:
            _indent(child, level + 1)
        if not (child.tail or "").strip():
            child.tail = pad
    if level and not (elem.tail or "").strip():
        elem.tail = pad


def write_gio(path, locations, **kwargs):
    """Build, validate and write a GIO. Raises GioError listing the failed STOP rules if
    the written file does not validate. Returns the :class:`GioResult`."""
    result = build_gio(locations, **kwargs)
    findings = validate(result.xml)
    if findings:
        raise GioError(
            "The GIO fails the STOP rules: "
            + "; ".join("{} {}".format(f.code, f.message) for f in findings)
        )
    with open(path, "wb") as fh:
        fh.write(result.xml)
    return result


# ----------------------------------------------------------------- IMOW sidecar ---


def _imow_uri(value, kind, type_name=None):
    """A URI from a register value: URIs pass, names become the IMOW URI pattern."""
    text = clean_text(value)
    if not text:
        return None
    if text.startswith("http://") or text.startswith("https://"):
        return text
    name = text.split("/")[-1].strip()
    if kind == "type":
        return IMOW_TYPE_URI.format(name)
    tname = clean_text(type_name).split("/")[-1].strip().lower()
    if not tname:
        return None
    return IMOW_GROUP_URI.format(tname, name)


def imow_sidecar(result, imow_type_key="imow_type", imow_group_key="imow_group"):
    """The IMOW gebiedsaanwijzing per location as a JSON-ready dict: for whoever makes the
    OW objects. Each entry: basisgeo_id and gml_id it refers to, naam, type and group
    URIs from the location's ``extra[imow_type_key/imow_group_key]`` (names like
    'Energievoorziening'/'Bodemenergiegebied' or full URIs), and the other extra values."""
    entries = []
    for rec in result.locations:
        extra = dict(rec["extra"])
        type_value = extra.pop(imow_type_key, None)
        group_value = extra.pop(imow_group_key, None)
        entries.append(
            {
                "basisgeo_id": rec["basisgeo_id"],
                "gml_id": rec["gml_id"],
                "naam": rec["naam"],
                "gio_groepID": rec["group_id"],
                "gebiedsaanwijzing_type": _imow_uri(type_value, "type"),
                "gebiedsaanwijzing_groep": _imow_uri(group_value, "group", type_value),
                "kenmerken": {k: _json_value(v) for k, v in extra.items()},
            }
        )
    return {
        "FRBRWork": result.work,
        "FRBRExpression": result.expression,
        "groepen": [{"groepID": g, "label": lab} for g, lab in result.groups],
        "gebiedsaanwijzingen": entries,
    }


def _json_value(value):
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return str(value)


def write_sidecar(path, result, **kwargs):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(imow_sidecar(result, **kwargs), fh, ensure_ascii=False, indent=2)


# ---------------------------------------------------------------------- validator ---


def _all(root, path):
    return root.findall(path, NS)


def _text(el):
    return (el.text or "").strip() if el is not None else ""


def _versies(root):
    return _all(root, ".//geo:GeoInformatieObjectVersie")


def _locaties_blocks(root):
    return _all(root, ".//geo:locaties")


def _count_with(block, child):
    return sum(1 for loc in block.findall("geo:Locatie", NS) if loc.find(child, NS) is not None)


def _all_or_none(root, child, code, what):
    out = []
    for block in _locaties_blocks(root):
        n = len(block.findall("geo:Locatie", NS))
        k = _count_with(block, child)
        if 0 < k < n:
            out.append(Finding(code, "{} of {} locations have a {}; then all must have one.".format(k, n, what)))
    return out


def stop3000(root):
    """STOP3000: if one Locatie has a groepID, all must have one."""
    return _all_or_none(root, "geo:groepID", "STOP3000", "groepID")


def stop3006(root):
    """STOP3006: if one Locatie has a kwantitatieveNormwaarde, all must have one."""
    return _all_or_none(root, "geo:kwantitatieveNormwaarde", "STOP3006", "kwantitatieveNormwaarde")


def stop3007(root):
    """STOP3007: if one Locatie has a kwalitatieveNormwaarde, all must have one."""
    return _all_or_none(root, "geo:kwalitatieveNormwaarde", "STOP3007", "kwalitatieveNormwaarde")


def stop3001(root):
    """STOP3001: every groepID used by a Locatie is declared in geo:groepen."""
    out = []
    for versie in _versies(root):
        declared = {_text(g) for g in _all(versie, "geo:groepen/geo:Groep/geo:groepID")}
        for gid in _all(versie, "geo:locaties/geo:Locatie/geo:groepID"):
            if _text(gid) not in declared:
                out.append(Finding("STOP3001", "groepID '{}' of a Locatie is not declared in geo:groepen.".format(_text(gid))))
    return out


def _duplicates(values):
    seen, dup = set(), []
    for v in values:
        if v in seen and v not in dup:
            dup.append(v)
        seen.add(v)
    return dup


def stop3003(root):
    """STOP3003: groepIDs in geo:groepen are unique."""
    return [
        Finding("STOP3003", "groepID '{}' is declared more than once.".format(d))
        for groepen in _all(root, ".//geo:groepen")
        for d in _duplicates(_text(g) for g in _all(groepen, "geo:Groep/geo:groepID"))
    ]


def stop3004(root):
    """STOP3004: group labels in geo:groepen are unique."""
    return [
        Finding("STOP3004", "Group label '{}' is used more than once.".format(d))
        for groepen in _all(root, ".//geo:groepen")
        for d in _duplicates(_text(g) for g in _all(groepen, "geo:Groep/geo:label"))
    ]


def stop3005(root):
    """STOP3005: every declared Groep is used by at least one Locatie."""
    out = []
    for versie in _versies(root):
        used = {_text(g) for g in _all(versie, "geo:locaties/geo:Locatie/geo:groepID")}
        for gid in _all(versie, "geo:groepen/geo:Groep/geo:groepID"):
            if _text(gid) not in used:
                out.append(Finding("STOP3005", "Group '{}' is declared but no Locatie uses it.".format(_text(gid))))
    return out


def stop3008(root):
    """STOP3008: at most one kind of norm value per Locatie."""
    out = []
    for loc in _all(root, ".//geo:Locatie"):
        n = len(loc.findall("geo:kwantitatieveNormwaarde", NS)) + len(loc.findall("geo:kwalitatieveNormwaarde", NS))
        if n > 1:
            out.append(Finding("STOP3008", "Locatie {} has more than one norm value.".format(_loc_id(loc))))
    return out


def _loc_id(loc):
    return _text(loc.find("geo:geometrie/basisgeo:Geometrie/basisgeo:id", NS)) or _text(loc.find("geo:naam", NS))


def _norm_counts(block):
    q = _count_with(block, "geo:kwantitatieveNormwaarde")
    k = _count_with(block, "geo:kwalitatieveNormwaarde")
    return q, k


def stop3009(root):
    """STOP3009: quantitative norm values need eenheidlabel and eenheidID."""
    out = []
    for versie in _versies(root):
        for block in versie.findall("geo:locaties", NS):
            q, _ = _norm_counts(block)
            if q and (versie.find("geo:eenheidlabel", NS) is None or versie.find("geo:eenheidID", NS) is None):
                out.append(Finding("STOP3009", "Quantitative norm values without eenheidlabel and eenheidID."))
    return out


def stop3010(root):
    """STOP3010: a kwalitatieveNormwaarde is not an empty string."""
    return [
        Finding("STOP3010", "Empty kwalitatieveNormwaarde in Locatie {}.".format(_loc_id(loc)))
        for loc in _all(root, ".//geo:Locatie")
        for v in loc.findall("geo:kwalitatieveNormwaarde", NS)
        if not _text(v)
    ]


def stop3011(root):
    """STOP3011: norm values (either kind) need normlabel and normID."""
    out = []
    for versie in _versies(root):
        for block in versie.findall("geo:locaties", NS):
            q, k = _norm_counts(block)
            if (q or k) and (versie.find("geo:normlabel", NS) is None or versie.find("geo:normID", NS) is None):
                out.append(Finding("STOP3011", "Norm values without normlabel and normID."))
    return out


def stop3012(root):
    """STOP3012: a Locatie has not both a groepID and a norm value."""
    out = []
    for loc in _all(root, ".//geo:Locatie"):
        has_norm = loc.find("geo:kwantitatieveNormwaarde", NS) is not None or loc.find("geo:kwalitatieveNormwaarde", NS) is not None
        if has_norm and loc.find("geo:groepID", NS) is not None:
            out.append(Finding("STOP3012", "Locatie {} has both a groepID and a norm value.".format(_loc_id(loc))))
    return out


def stop3013(root):
    """STOP3013: every basisgeo:id is unique within the GIO."""
    out = []
    for block in _locaties_blocks(root):
        ids = [_text(e) for e in _all(block, "geo:Locatie/geo:geometrie/basisgeo:Geometrie/basisgeo:id")]
        for d in _duplicates(ids):
            out.append(Finding("STOP3013", "basisgeo:id {} occurs more than once.".format(d)))
    return out


def stop3015(root):
    """STOP3015: with qualitative norm values, no eenheidlabel or eenheidID."""
    out = []
    for versie in _versies(root):
        for block in versie.findall("geo:locaties", NS):
            _, k = _norm_counts(block)
            if k and (versie.find("geo:eenheidlabel", NS) is not None or versie.find("geo:eenheidID", NS) is not None):
                out.append(Finding("STOP3015", "Qualitative norm values with an eenheidlabel or eenheidID."))
    return out


def stop3016(root):
    """STOP3016: no norm or eenheid elements in a GIO without norm values."""
    out = []
    for versie in _versies(root):
        has_elements = any(versie.find("geo:" + t, NS) is not None for t in ("normID", "normlabel", "eenheidID", "eenheidlabel"))
        has_values = bool(_all(versie, "geo:locaties/geo:Locatie/geo:kwantitatieveNormwaarde")) or bool(
            _all(versie, "geo:locaties/geo:Locatie/geo:kwalitatieveNormwaarde")
        )
        if has_elements and not has_values:
            out.append(Finding("STOP3016", "Norm or eenheid elements without any norm values."))
    return out


_DIGIT = re.compile(r"\d")


def stop3019(root):
    """STOP3019: every basisgeo:geometrie has coordinates."""
    out = []
    for container in _all(root, ".//basisgeo:Geometrie"):
        geom = container.find("basisgeo:geometrie", NS)
        coords = [] if geom is None else [e for t in ("pos", "posList", "coordinates") for e in geom.iter(_q("gml", t))]
        if not coords or not _DIGIT.search(" ".join(_text(e) for e in coords)):
            bid = _text(container.find("basisgeo:id", NS))
            out.append(Finding("STOP3019", "Geometry {} has no coordinates.".format(bid)))
    return out


def _gml_with_srs(root):
    out = []
    for block in _all(root, ".//geo:locaties"):
        out.extend(e for e in block.iter() if e.tag.startswith("{%s}" % NS["gml"]) and "srsName" in e.attrib)
    return out


def stop3020(root):
    """STOP3020: srsName is urn:ogc:def:crs:EPSG::28992 or urn:ogc:def:crs:EPSG::4258."""
    return [
        Finding("STOP3020", "srsName '{}' is not allowed; use {} (or {}).".format(e.get("srsName"), SRS_RD, SRS_ETRS89))
        for e in _gml_with_srs(root)
        if e.get("srsName") not in ALLOWED_SRS
    ]


def stop3021(root):
    """STOP3021: every geometry has the same srsName (and there is one)."""
    names = sorted({e.get("srsName") for e in root.iter() if "srsName" in e.attrib})
    if len(names) != 1:
        return [Finding("STOP3021", "The geometries must all have one and the same srsName; found {}.".format(names or "none"))]
    return []


def stop3040(root):
    """STOP3040: no circles or arcs in a basisgeo:Geometrie."""
    bad = {_q("gml", t) for t in ("Circle", "Arc", "CircleByCenterPoint")}
    return [
        Finding("STOP3040", "Geometry contains a {}.".format(e.tag.split("}")[-1]))
        for g in _all(root, ".//basisgeo:Geometrie")
        for e in g.iter()
        if e.tag in bad
    ]


_GML_FEATURE_ELEMENTS = {
    _q("gml", t)
    for t in ("metaDataProperty", "description", "descriptionReference", "identifier", "name", "boundedBy", "location", "PriorityLocation")
}


def stop3090(root):
    """STOP3090: no optional gml feature elements (gml:name, gml:description, ...) as
    children of geo: elements."""
    out = []
    geo_prefix = "{%s}" % NS["geo"]
    for parent in root.iter():
        if not parent.tag.startswith(geo_prefix):
            continue
        for child in parent:
            if child.tag in _GML_FEATURE_ELEMENTS:
                out.append(Finding("STOP3090", "{} contains the gml element {}, which a GIO may not use.".format(
                    parent.tag.split("}")[-1], child.tag.split("}")[-1])))
    return out


#: The STOP schematron rules checked, in code order (REFERENCE.md 5 plus 3010 and 3040).
STOP_RULES = (
    stop3000, stop3001, stop3003, stop3004, stop3005, stop3006, stop3007, stop3008, stop3009,
    stop3010, stop3011, stop3012, stop3013, stop3015, stop3016, stop3019, stop3020, stop3021,
    stop3040, stop3090,
)  # fmt: skip


# Structural checks (what the XML schema would catch), codes BS-...

_NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
_EXPR = re.compile(r"^(?P<work>/join/id/regdata/[a-z]{2,4}[0-9]{2,4}/[0-9]{4}/[A-Za-z0-9][A-Za-z0-9_\-]*)/nld@[0-9]{4}-[0-9]{2}-[0-9]{2};[A-Za-z0-9][A-Za-z0-9_\-]*$")


def check_structure(root):
    """BS-ROOT, BS-FRBR, BS-LOC, BS-GMLID, BS-UUID: root element and schemaversie, FRBR
    identifiers, at least one Locatie, gml:ids present/NCName/unique, basisgeo:id UUIDs."""
    out = []
    if root.tag != _q("geo", "GeoInformatieObjectVaststelling"):
        out.append(Finding("BS-ROOT", "Root element is {}, not geo:GeoInformatieObjectVaststelling.".format(root.tag)))
    elif root.get("schemaversie") != SCHEMA_VERSION:
        out.append(Finding("BS-ROOT", "schemaversie is '{}', expected '{}'.".format(root.get("schemaversie"), SCHEMA_VERSION)))
    for versie in _versies(root):
        work = _text(versie.find("geo:FRBRWork", NS))
        expr = _text(versie.find("geo:FRBRExpression", NS))
        m = _EXPR.match(expr)
        if not m or m.group("work") != work:
            out.append(Finding("BS-FRBR", "FRBRExpression '{}' is not '<FRBRWork>/nld@<date>;<version>' of FRBRWork '{}'.".format(expr, work)))
        if not versie.findall("geo:locaties/geo:Locatie", NS):
            out.append(Finding("BS-LOC", "The GIO has no Locatie."))
    if not _versies(root) and root.tag == _q("geo", "GeoInformatieObjectVaststelling"):
        out.append(Finding("BS-ROOT", "No geo:vastgesteldeVersie/geo:GeoInformatieObjectVersie."))
    gml_id = _q("gml", "id")
    ids = [e.get(gml_id) for e in root.iter() if gml_id in e.attrib]
    for i in ids:
        if not _NCNAME.match(i or ""):
            out.append(Finding("BS-GMLID", "gml:id '{}' is not an NCName (it may not start with a digit).".format(i)))
    for d in _duplicates(ids):
        out.append(Finding("BS-GMLID", "gml:id '{}' is used more than once.".format(d)))
    for g in _all(root, ".//basisgeo:Geometrie"):
        if gml_id not in g.attrib:
            out.append(Finding("BS-GMLID", "A basisgeo:Geometrie has no gml:id."))
        bid = _text(g.find("basisgeo:id", NS))
        try:
            uuid.UUID(bid)
        except ValueError:
            out.append(Finding("BS-UUID", "basisgeo:id '{}' is not a UUID.".format(bid)))
    return out


def check_rings(root):
    """BS-RING: every gml:LinearRing is closed and has at least 4 positions."""
    out = []
    for ring in root.iter(_q("gml", "LinearRing")):
        text = " ".join(_text(e) for e in ring.iter(_q("gml", "posList")))
        try:
            vals = [float(v) for v in text.split()]
        except ValueError:
            out.append(Finding("BS-RING", "A ring has non-numeric coordinates."))
            continue
        if len(vals) % 2 or len(vals) < 8:
            out.append(Finding("BS-RING", "A ring has fewer than 4 positions or an odd number of values."))
        elif vals[:2] != vals[-2:]:
            out.append(Finding("BS-RING", "A ring is not closed (first position {} {} differs from the last).".format(*vals[:2])))
    return out


CHECKS = (check_structure, check_rings) + STOP_RULES


def parse(source):
    """Parse a GIO from bytes, str (XML text or a path) or a file object: the root
    Element. Raises GioError when the XML is not well-formed."""
    try:
        if isinstance(source, bytes):
            return ET.fromstring(source)
        if isinstance(source, str) and source.lstrip().startswith("<"):
            return ET.fromstring(source.encode("utf-8"))
        return ET.parse(source).getroot()
    except ET.ParseError as exc:
        raise GioError("The file is not well-formed XML: {}".format(exc)) from None


def validate(source, checks=CHECKS):
    """Every finding of every check (STOP rules and BS- structure checks) on a GIO given
    as bytes, XML text, a path or a parsed root Element. An empty list means valid.
    A file that is not well-formed XML gives one finding with code BS-XML."""
    if ET.iselement(source):
        root = source
    else:
        try:
            root = parse(source)
        except GioError as exc:
            return [Finding("BS-XML", str(exc))]
    findings = []
    for check in checks:
        findings.extend(check(root))
    return findings
