"""STOP GIO (Geografisch Informatieobject) writer, validator and IMOW sidecar.

The omgevingsplan refers to areas through GIOs: GML files of the STOP standard
(imop-geo, schemaversie 1.3.0). See docs/method.md, "GIO export and validation" [S]:

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

The validator implements the schematron rules of imop-geo listed in docs/method.md, one
function per rule named after its STOP code (``stop3000`` ...), each returning a list of
:class:`Finding`. A few structural checks that the XML schema would make (well-formed
XML, root element, FRBR identifiers, gml:id, closed rings) are added with codes starting
with ``BS-``.

Pure python: xml.etree and shapely (1.8 and 2.x); no qgis import.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import gc
import json
import math
import operator
import os
import re
import threading
import uuid
import xml.etree.ElementTree as ET
from collections import namedtuple
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

from .geometry import oriented_ring as _oriented
from .geometry import polygon_parts
from .geometry import signed_area as _signed_area

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


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a block makes many objects that hold
    no reference cycles (the elements of a parsed GIO, one record per location): its
    repeated passes over all live objects otherwise take about half the time of a
    50,000-location parse. Reference counting still frees everything."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _q(prefix, tag):
    return f"{{{NS[prefix]}}}{tag}"


Finding = namedtuple("Finding", "code message ernst", defaults=("fout",))


class GioError(ValueError):
    """Input that cannot be written as a GIO (bad identifier, empty geometry, ...)."""


class GioLocation:
    """One area to write: a polygonal shapely geometry (or its WKB bytes) in RD
    (EPSG:28992) plus text.

    ``group`` is the group label (GIO-deel) or None; ``basisgeo_id`` a UUID string, made
    when None; ``extra`` is any dict carried into the IMOW sidecar; ``valid`` True when the
    caller checked that the geometry is valid (GEOS): then a polygon that millimetre
    rounding leaves unchanged is not checked again.
    """

    __slots__ = ("geometry", "naam", "group", "basisgeo_id", "extra", "valid")

    def __init__(
        self,
        geometry: Any,
        naam: str | None = None,
        group: str | None = None,
        basisgeo_id: str | None = None,
        extra: Mapping[str, Any] | None = None,
        valid: bool | None = None,
    ) -> None:
        self.geometry = geometry
        self.naam = naam
        self.group = group
        self.basisgeo_id = basisgeo_id
        self.extra = dict(extra or {})
        self.valid = valid


GioResult = namedtuple("GioResult", "xml work expression locations groups warnings")
"""``xml`` bytes; ``locations`` list of dicts (basisgeo_id, gml_id, naam, group_id,
group_label, extra) in file order; ``groups`` list of (groepID, label); ``warnings`` list
of strings (e.g. a hole dropped because it collapsed at millimetre precision)."""


# --------------------------------------------------------------------------- text ---

# XML 1.0 forbids most control characters even when escaped.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean_text(value: Any) -> str:
    """Text safe for XML 1.0: str(), control characters removed, whitespace trimmed.

    Escaping of ``& < > "`` is left to the XML serialiser."""
    if value is None:
        return ""
    return _INVALID_XML.sub("", str(value)).strip()


_WORK_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]{0,127}$")
_BG_CODE = re.compile(r"^[a-z]{2,4}[0-9]{2,4}$")


def work_identifier(bevoegd_gezag: str, year: Any, work_id: str) -> str:
    """``/join/id/regdata/<bevoegd gezag>/<year>/<work id>`` (FRBRWork).

    >>> work_identifier("gm0518", 2024, "bodemenergiegebied")
    '/join/id/regdata/gm0518/2024/bodemenergiegebied'
    """
    bg = clean_text(bevoegd_gezag).lower()
    if not _BG_CODE.match(bg):
        raise GioError(
            f"Bevoegd gezag code '{bevoegd_gezag}' is not a code like gm0518 (municipality), pv28 "
            "(province) or ws0155 (water board)."
        )
    wid = clean_text(work_id)
    if not _WORK_ID.match(wid):
        raise GioError(
            f"Work id '{work_id}' may only contain letters, digits, '-' and '_' (and must start "
            "with a letter or digit), e.g. 'bodemenergiegebied'."
        )
    year = int(year)
    if not 1800 <= year <= 9999:
        raise GioError(f"Year {year} is not a valid year.")
    return f"/join/id/regdata/{bg}/{year}/{wid}"


def expression_identifier(work: str, date: _dt.date, version: Any) -> str:
    """``<FRBRWork>/nld@<date>;<version>`` (FRBRExpression).

    >>> expression_identifier('/join/id/regdata/gm0518/2024/x', _dt.date(2024, 5, 14), 1)
    '/join/id/regdata/gm0518/2024/x/nld@2024-05-14;1'
    """
    date = _as_date(date)
    version = clean_text(version)
    if not re.match(r"^[A-Za-z0-9][A-Za-z0-9_\-]*$", version):
        raise GioError(f"Version '{version}' must be a number or a simple code.")
    return f"{work}/nld@{date.isoformat()};{version}"


def _as_date(value):
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise GioError(f"'{value}' is not a date (expected YYYY-MM-DD).") from None


def group_identifier(label: str, taken: set[str]) -> str:
    """A stable groepID from a group label: lower-case letters, digits and '-', made
    unique against ``taken`` (a set, updated)."""
    base = re.sub(r"[^a-z0-9]+", "-", clean_text(label).lower()).strip("-") or "groep"
    if base[0].isdigit():
        base = "g-" + base
    gid, n = base, 2
    while gid in taken:
        gid = f"{base}-{n}"
        n += 1
    taken.add(gid)
    return gid


# ----------------------------------------------------------------------- geometry ---


def format_coord(value: float, decimals: int = DECIMALS) -> str:
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


def prepare_rings(
    geometry: BaseGeometry | None, decimals: int = DECIMALS
) -> tuple[list[Any], list[str]]:
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
    return " ".join(f"{format_coord(x, decimals)} {format_coord(y, decimals)}" for x, y in ring)


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


def gml_geometry(
    parent: ET.Element,
    polygons: Sequence[Any],
    gml_id: str,
    srs_name: str = SRS_RD,
    decimals: int = DECIMALS,
) -> ET.Element:
    """Append a GML 3.2 gml:Polygon (one part) or gml:MultiSurface (several parts)."""
    if len(polygons) == 1:
        return _gml_polygon(parent, polygons[0], gml_id, srs_name, decimals)
    ms = ET.SubElement(
        parent, _q("gml", "MultiSurface"), {_q("gml", "id"): gml_id, "srsName": srs_name}
    )
    for i, rings in enumerate(polygons, start=1):
        member = ET.SubElement(ms, _q("gml", "surfaceMember"))
        _gml_polygon(member, rings, f"{gml_id}-{i}", None, decimals)
    return ms


# ------------------------------------------------------------- batch geometry ---

_escape_text = getattr(ET, "_escape_cdata", None) or (
    lambda t: t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
)
_escape_attr = getattr(ET, "_escape_attrib", None) or (
    lambda t: _escape_text(t)
    .replace('"', "&quot;")
    .replace("\r", "&#13;")
    .replace("\n", "&#10;")
    .replace("\t", "&#09;")
)


def _wkb_polygons(data):
    """The polygons of a Polygon or MultiPolygon WKB (ISO or EWKB, any byte order, Z/M
    dropped): a list of polygons, each a list of rings ``(n points, little-endian x y
    doubles as bytes)``; empty polygons are left out. None for other geometry types."""
    import struct

    data = bytes(data)
    if data[:9] == _WKB_POLYGON_1:  # little-endian 2D polygon of one ring: most claims
        (npts,) = struct.unpack_from("<I", data, 9)
        return (
            [[(npts, data[13 : 13 + 16 * npts])]]
            if npts and len(data) == 13 + 16 * npts
            else (_wkb_polygons_general(data))
        )
    return _wkb_polygons_general(data)


_WKB_POLYGON_1 = b"\x01\x03\x00\x00\x00\x01\x00\x00\x00"


def _wkb_polygons_general(data):
    import struct

    import numpy as np

    def header(pos):
        order = "<" if data[pos] == 1 else ">"
        (code,) = struct.unpack_from(order + "I", data, pos + 1)
        pos += 5
        ndim = 2 + bool(code & 0x80000000) + bool(code & 0x40000000)
        if code & 0x20000000:
            pos += 4  # EWKB SRID
        code &= 0x0FFFFFFF
        ndim += {1: 1, 2: 1, 3: 2}.get(code // 1000, 0)
        return order, code % 1000, ndim, pos

    def polygon(order, ndim, pos):
        (nrings,) = struct.unpack_from(order + "I", data, pos)
        pos += 4
        rings = []
        for _ in range(nrings):
            (npts,) = struct.unpack_from(order + "I", data, pos)
            pos += 4
            size = 8 * ndim * npts
            if order == "<" and ndim == 2:
                rings.append((npts, data[pos : pos + size]))
            else:
                arr = np.frombuffer(data, order + "f8", npts * ndim, pos).reshape(npts, ndim)[:, :2]
                rings.append((npts, arr.astype("<f8").tobytes()))
            pos += size
        return rings, pos

    order, kind, ndim, pos = header(0)
    if kind == 3:
        rings, _ = polygon(order, ndim, pos)
        return [rings] if rings and rings[0][0] else []
    if kind == 6:
        (nparts,) = struct.unpack_from(order + "I", data, pos)
        pos += 4
        out = []
        for _ in range(nparts):
            order, kind, ndim, pos = header(pos)
            if kind != 3:
                return None
            rings, pos = polygon(order, ndim, pos)
            if rings and rings[0][0]:
                out.append(rings)
        return out
    return None


def _location_polygons(geometry):
    """``(polygons as in _wkb_polygons, error text)`` of a location's geometry: a shapely
    geometry or WKB bytes."""
    if isinstance(geometry, (bytes, bytearray, memoryview)):
        polys = _wkb_polygons(geometry)
        if polys is not None:
            return polys, None if polys else "Geometry is empty or not a polygon (empty)."
        from shapely import wkb

        geometry = wkb.loads(bytes(geometry))
    parts = polygon_parts(geometry)
    if not parts:
        return [], "Geometry is empty or not a polygon ({}).".format(
            "empty" if geometry is None or geometry.is_empty else geometry.geom_type
        )
    polys = []
    for part in parts:
        rings = _wkb_polygons(part.wkb)
        if rings is None:
            return None, None
        polys.extend(rings)
    return polys, None


def _shoelace(xy, starts, counts, ring_of):
    """Per ring: twice the signed area as :func:`_signed_area` computes it (relative to
    the first vertex, summed in a different order), the sum of the absolute terms and the
    largest coordinate distance from the first vertex."""
    import numpy as np

    rel = xy - xy[starts][ring_of]
    t = np.empty(len(xy))
    t[0] = 0.0
    t[1:] = rel[:-1, 0] * rel[1:, 1] - rel[1:, 0] * rel[:-1, 1]
    t[starts] = 0.0
    area2 = np.add.reduceat(t, starts)
    size = np.add.reduceat(np.abs(t), starts)
    extent = np.maximum.reduceat(np.abs(rel).max(axis=1), starts)
    return area2, size, extent


def _exact_sign(area2, size, counts, xy, starts):
    """Signs of the rings' areas equal to :func:`_signed_area` (plain Python, summed
    left to right): the vectorised sums are used where their rounding error cannot change
    the sign, the Python sum elsewhere."""
    import numpy as np

    sign = np.sign(area2)
    unsure = np.flatnonzero(np.abs(area2) <= (counts + 2) * 2.3e-16 * size)
    for r in unsure.tolist():
        a, n = int(starts[r]), int(counts[r])
        sign[r] = np.sign(_signed_area([tuple(p) for p in xy[a : a + n].tolist()]))
    return sign


def _reverse_index(starts, counts, ring_of, reverse):
    import numpy as np

    idx = np.arange(len(ring_of))
    rev = reverse[ring_of]
    first = starts[ring_of]
    idx[rev] = (2 * first + counts[ring_of] - 1 - idx)[rev]
    return idx


def _polygon_wkb(coords, ring_counts):
    """2D little-endian polygon WKB from its rings' coordinates (n x 2 float64, rings one
    after the other) and point counts."""
    import struct

    head = struct.pack("<BII", 1, 3, len(ring_counts))
    parts = [head]
    a = 0
    for n in ring_counts:
        parts.append(struct.pack("<I", n))
        parts.append(coords[a : a + n].tobytes())
        a += n
    return b"".join(parts)


def _shapely_validator(wkbs):
    import shapely
    from shapely import wkb

    if hasattr(shapely, "from_wkb"):  # shapely 2: vectorised
        return [bool(v) for v in shapely.is_valid(shapely.from_wkb(wkbs))]
    return [wkb.loads(b).is_valid for b in wkbs]


def _prepare_batch(locations, decimals=DECIMALS, validator=None):
    """:func:`prepare_rings` of every location at once, vectorised with numpy: per
    location ``(polygons, warnings, error)`` where polygons is a list of ``(exterior
    posList, [hole posLists])`` texts and error a message (or None).

    Gives the same rounding (Python's ``round``), the same ring orientation, duplicate
    removal, collapse and validity warnings and the same text as :func:`prepare_rings` plus
    :func:`format_coord`: the vectorised sums decide only where their rounding error cannot
    matter, the exact Python (or GEOS) computation decides the rest. A polygon is checked
    for validity after rounding unless rounding moved none of its vertices and the input
    was known valid (``GioLocation.valid``); ``validator`` checks a list of polygon WKB
    (default: shapely)."""

    n_loc = len(locations)
    results: list[Any] = [None] * n_loc
    slow = []  # locations done by prepare_rings
    loc_polys = [None] * n_loc
    chunks, counts, holes, owner = [], [], [], []
    fast_digits = isinstance(decimals, int) and 0 <= decimals <= 4
    for i, loc in enumerate(locations):
        polys, error = _location_polygons(loc.geometry) if fast_digits else (None, None)
        if error is not None:
            results[i] = ([], [], error)
            continue
        if polys is None or any(n < 4 for rings in polys for n, _ in rings):
            slow.append(i)
            continue
        loc_polys[i] = polys
        for rings in polys:
            for k, (n, data) in enumerate(rings):
                chunks.append(data)
                counts.append(n)
                holes.append(k > 0)
                owner.append(i)
    if chunks:
        _prepare_vectorised(
            locations,
            results,
            loc_polys,
            chunks,
            counts,
            holes,
            owner,
            slow,
            decimals,
            validator or _shapely_validator,
        )
    for i in slow:
        geometry = locations[i].geometry
        if isinstance(geometry, (bytes, bytearray, memoryview)):
            from shapely import wkb

            geometry = wkb.loads(bytes(geometry))
        try:
            polygons, warn = prepare_rings(geometry, decimals)
        except GioError as exc:
            results[i] = ([], [], str(exc))
            continue
        results[i] = (
            [
                (_poslist(ext, decimals), [_poslist(h, decimals) for h in hs])
                for ext, hs in polygons
            ],
            warn,
            None,
        )
    return results


def _prepare_vectorised(
    locations, results, loc_polys, chunks, counts, holes, owner, slow, decimals, validator
):
    import numpy as np

    counts = np.asarray(counts, dtype=np.int64)
    holes = np.asarray(holes, dtype=bool)
    owner = np.asarray(owner, dtype=np.int64)
    xy = np.frombuffer(b"".join(chunks), dtype="<f8").reshape(-1, 2)
    n_rings = len(counts)
    starts = np.zeros(n_rings, dtype=np.int64)
    np.cumsum(counts[:-1], out=starts[1:])
    ring_of = np.repeat(np.arange(n_rings), counts)
    scale = 10.0**decimals
    with np.errstate(all="ignore"):
        # coordinates Python's round and the repr trick cannot be matched for: slow path
        bad_pt = ~(np.abs(xy) * scale < 2.0**50).all(axis=1)
        bad_loc = set(owner[np.flatnonzero(np.logical_or.reduceat(bad_pt, starts))].tolist())
        # 1. orient as prepare_rings does before rounding
        area2, size, _ = _shoelace(xy, starts, counts, ring_of)
        sign = _exact_sign(area2, size, counts, xy, starts)
        xy = xy[_reverse_index(starts, counts, ring_of, np.where(holes, sign > 0, sign < 0))]
        # 2. round like round(v, decimals): rint(v * 10**d) / 10**d, except near a tie
        f = xy * scale
        rounded = np.rint(f) / scale
        tie = np.abs(f - np.floor(f) - 0.5) < np.abs(f) * 1e-15 + 1e-9
        for k in np.flatnonzero(tie.ravel()).tolist():
            rounded.flat[k] = round(float(xy.flat[k]), decimals)
        moved = np.logical_or.reduceat((rounded != xy).any(axis=1), starts)
        # 3. drop consecutive duplicates; a closing duplicate of the first point goes too
        keep = np.ones(len(xy), dtype=bool)
        keep[1:] = (rounded[1:] != rounded[:-1]).any(axis=1)
        keep[starts] = True
        kept = np.add.reduceat(keep, starts)
        ends = starts + counts - 1
        closing = (kept > 1) & (rounded[starts] == rounded[ends]).all(axis=1)
        last_kept = np.maximum.reduceat(np.where(keep, np.arange(len(xy)), -1), starts)
        keep[last_kept[closing]] = False
        kept = kept - closing
        collapsed = kept < 3
        same = ~moved & (kept + 1 == counts) & (xy[starts] == xy[ends]).all(axis=1)
        # closed output rings: the kept points plus the first one again
        kept_idx = np.flatnonzero(keep)
        out_counts = kept + 1
        out_starts = np.zeros(n_rings, dtype=np.int64)
        np.cumsum(out_counts[:-1], out=out_starts[1:])
        out = np.empty((int(out_counts.sum()), 2))
        out[np.arange(len(kept_idx)) + ring_of[kept_idx]] = rounded[kept_idx]
        out[out_starts + kept] = rounded[starts]
        out_ring_of = np.repeat(np.arange(n_rings), out_counts)
        # 4. area > 0 (as Polygon(ring).area) and orientation after rounding
        area2, size, extent = _shoelace(out, out_starts, out_counts, out_ring_of)
        sign = _exact_sign(area2, size, out_counts, out, out_starts)
        out = out[
            _reverse_index(out_starts, out_counts, out_ring_of, np.where(holes, sign > 0, sign < 0))
        ]
        area_unsure = np.abs(area2) <= 1e-15 * (out_counts + 4.0) ** 2 * (extent * extent + 1e-300)
    # 5. text: repr of a double rounded to <= 4 decimals is its shortest decimal form
    flat = (out + 0.0).ravel().tolist()  # + 0.0: -0.0 becomes 0
    text = list(map(float.__repr__, flat))
    # python lists for the loop below (indexing numpy arrays one item at a time is slow)
    begin, end = out_starts.tolist(), (out_starts + out_counts).tolist()
    collapsed, area_unsure, same = collapsed.tolist(), area_unsure.tolist(), same.tolist()

    def poslist(r):
        return (" ".join(text[2 * begin[r] : 2 * end[r]]) + " ").replace(".0 ", " ")[:-1]

    def area_ok(r):
        if collapsed[r]:
            return False
        if not area_unsure[r]:
            return True
        from shapely.geometry import Polygon

        return Polygon(out[begin[r] : end[r]].tolist()).area > 0

    ring = 0
    pending = []  # (location, polygon index, rings) whose validity GEOS must decide
    for i, polys in enumerate(loc_polys):
        if polys is None:
            continue
        if i in bad_loc:
            ring += sum(len(rings) for rings in polys)
            slow.append(i)
            continue
        done, warn = [], []  # type: list[Any], list[str | None]
        for rings in polys:
            ext, hs = ring, list(range(ring + 1, ring + len(rings)))
            ring += len(rings)
            if not area_ok(ext):
                warn.append("a polygon part collapsed at millimetre precision and was left out")
                continue
            kept_holes = []
            for h in hs:
                if area_ok(h):
                    kept_holes.append(h)
                else:
                    warn.append("a hole collapsed at millimetre precision and was left out")
            rs = [ext] + kept_holes
            if not (locations[i].valid and len(kept_holes) == len(hs) and all(same[r] for r in rs)):
                pending.append((i, len(warn), rs))
                warn.append(None)  # the validity warning, decided below
            done.append((poslist(ext), [poslist(h) for h in kept_holes]))
        results[i] = (
            done,
            warn,
            None if done else "Geometry has no area left at millimetre precision.",
        )
    if pending:
        wkbs = []
        for _, _, rs in pending:
            coords = np.vstack([out[begin[r] : end[r]] for r in rs])
            wkbs.append(_polygon_wkb(coords, [end[r] - begin[r] for r in rs]))
        for (i, k, _), valid in zip(pending, validator(wkbs)):
            results[i][1][k] = (
                None
                if valid
                else ("the polygon is not valid (self-intersecting) at millimetre precision")
            )
        for i in {p[0] for p in pending}:
            done, warn, error = results[i]
            results[i] = (done, [w for w in warn if w is not None], error)


# ------------------------------------------------------------------------- writer ---


def build_gio(
    locations: Iterable[GioLocation],
    work_id: str,
    bevoegd_gezag: str = BEVOEGD_GEZAG,
    expression_date: Any = None,
    version: Any = 1,
    background: str = "BGT",
    background_date: Any = None,
    use_groups: bool | None = None,
    decimals: int = DECIMALS,
    polygon_validator: Callable[[list[bytes]], list[bool]] | None = None,
) -> GioResult:
    """Build a GIO (``geo:GeoInformatieObjectVaststelling``) from :class:`GioLocation` s.

    Geometries must already be in RD (EPSG:28992). ``use_groups`` None: groups are written
    when any location has a group; then every location needs one (STOP3000), else
    GioError. ``polygon_validator`` optionally checks rounded polygons (a callable taking a
    list of 2D polygon WKB and returning one bool per item, e.g. GEOS through QGIS); the
    default uses shapely. Returns a :class:`GioResult`.

    The geometries of all locations are rounded and oriented together with numpy
    (:func:`_prepare_batch`, the same numbers as :func:`prepare_rings`) and the XML text is
    written directly (the same bytes as an ElementTree serialisation with :func:`_indent`).
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
                f"{missing} of {len(locations)} locations have no group value; with groups every "
                "location needs one (STOP3000)."
            )
        taken = set()
        for lab in sorted(set(labels)):
            gid: str | None = group_identifier(lab, taken)
            group_of[lab] = gid
            groups.append((gid, lab))

    esc, esc_attr = _escape_text, _escape_attr
    out = ["<?xml version='1.0' encoding='UTF-8'?>\n" "<geo:GeoInformatieObjectVaststelling"]
    out.extend(f' xmlns:{p}="{esc_attr(NS[p])}"' for p in sorted(NS))
    out.append(
        f' schemaversie="{esc_attr(SCHEMA_VERSION)}" '
        f'xsi:schemaLocation="{esc_attr(SCHEMA_LOCATION)}">\n'
        "  <geo:context>\n"
        "    <gio:GeografischeContext>\n"
        f"      <gio:achtergrondVerwijzing>{esc(background)}</gio:achtergrondVerwijzing>\n"
        f"      <gio:achtergrondActualiteit>{esc(background_date.isoformat())}"
        "</gio:achtergrondActualiteit>\n"
        "    </gio:GeografischeContext>\n"
        "  </geo:context>\n"
        "  <geo:vastgesteldeVersie>\n"
        "    <geo:GeoInformatieObjectVersie>\n"
        f"      <geo:FRBRWork>{esc(work)}</geo:FRBRWork>\n"
        f"      <geo:FRBRExpression>{esc(expression)}</geo:FRBRExpression>\n"
    )
    if groups:
        out.append("      <geo:groepen>\n")
        for gid, lab in groups:
            out.append(
                "        <geo:Groep>\n"
                f"          <geo:groepID>{esc(gid)}</geo:groepID>\n"
                f"          <geo:label>{esc(lab)}</geo:label>\n"
                "        </geo:Groep>\n"
            )
        out.append("      </geo:groepen>\n")
    out.append("      <geo:locaties>")

    prepared = _prepare_batch(locations, decimals, polygon_validator)
    srs = esc_attr(SRS_RD)
    records, warnings, used_ids = [], [], set()
    for n, (loc, lab) in enumerate(zip(locations, labels), start=1):
        naam = clean_text(loc.naam)
        polygons, warn, error = prepared[n - 1]
        if error is not None:
            raise GioError(f"Location {n} ('{naam}'): {error}")
        warnings.extend(f"Location {n} ('{naam}'): {w}" for w in warn)
        bid = uuid_text(loc.basisgeo_id)
        if bid in used_ids:
            raise GioError(f"basisgeo:id {bid} is used twice (STOP3013).")
        used_ids.add(bid)
        gml_id = "id-" + bid
        gid = group_of.get(lab) if groups else None
        out.append("\n        <geo:Locatie>\n")
        if naam:
            out.append(f"          <geo:naam>{esc(naam)}</geo:naam>\n")
        gml = esc_attr(gml_id)
        out.append(
            "          <geo:geometrie>\n"
            f'            <basisgeo:Geometrie gml:id="{gml}">\n'
            f"              <basisgeo:id>{esc(bid)}</basisgeo:id>\n"
            "              <basisgeo:geometrie>\n"
        )
        if len(polygons) == 1:
            out.append(f'                <gml:Polygon gml:id="{gml}-g" srsName="{srs}">')
            _append_rings(out, polygons[0], "\n                  ")
            out.append("\n                </gml:Polygon>")
        else:
            out.append(f'                <gml:MultiSurface gml:id="{gml}-g" srsName="{srs}">')
            for i, rings in enumerate(polygons, start=1):
                out.append(
                    "\n                  <gml:surfaceMember>"
                    f'\n                    <gml:Polygon gml:id="{gml}-g-{i}">'
                )
                _append_rings(out, rings, "\n                      ")
                out.append(
                    "\n                    </gml:Polygon>\n                  </gml:surfaceMember>"
                )
            out.append("\n                </gml:MultiSurface>")
        out.append(
            "\n              </basisgeo:geometrie>"
            "\n            </basisgeo:Geometrie>"
            "\n          </geo:geometrie>"
        )
        if gid:
            out.append(f"\n          <geo:groepID>{esc(gid)}</geo:groepID>")
        out.append("\n        </geo:Locatie>")
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
    out.append(
        "\n      </geo:locaties>"
        "\n    </geo:GeoInformatieObjectVersie>"
        "\n  </geo:vastgesteldeVersie>"
        "\n</geo:GeoInformatieObjectVaststelling>"
    )
    xml = "".join(out).encode("utf-8", "xmlcharrefreplace")
    return GioResult(xml, work, expression, records, groups, warnings)


def _append_rings(out, rings, pad):
    """Append the gml:exterior / gml:interior elements of one polygon (rings are posList
    texts) to ``out``; ``pad`` is the newline and indentation of those elements."""
    inner = pad + "  "
    text = (
        pad
        + "<gml:{0}>"
        + inner
        + "<gml:LinearRing>"
        + inner
        + "  <gml:posList>{1}</gml:posList>"
        + inner
        + "</gml:LinearRing>"
        + pad
        + "</gml:{0}>"
    )
    exterior, holes = rings
    out.append(text.format("exterior", exterior))
    for hole in holes:
        out.append(text.format("interior", hole))


def uuid_text(value: Any) -> str:
    """A UUID string (lower case, hyphens) from ``value``; a new one for empty values.
    Raises GioError when ``value`` is not a UUID."""
    text = "" if value is None else clean_text(value)
    if text == "":
        return str(uuid.uuid4())
    text = text.strip("{}").lower()
    try:
        if len(text) - text.count("-") < 32:  # too short for any form uuid.UUID reads
            raise ValueError(text)
        return str(uuid.UUID(text))
    except ValueError:
        raise GioError(f"basisgeo:id '{value}' is not a UUID.") from None


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


def write_gio(path: str, locations: Iterable[GioLocation], **kwargs: Any) -> GioResult:
    """Build, validate and write a GIO. Raises GioError listing the failed STOP rules if
    the written file does not validate. Returns the :class:`GioResult`."""
    with paused_gc():
        result = build_gio(locations, **kwargs)
    findings = validate(result.xml)
    if findings:
        raise GioError(
            "The GIO fails the STOP rules: " + "; ".join(f"{f.code} {f.message}" for f in findings)
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


def imow_sidecar(
    result: GioResult, imow_type_key: str = "imow_type", imow_group_key: str = "imow_group"
) -> dict[str, Any]:
    """The IMOW gebiedsaanwijzing per location as a JSON-ready dict: for whoever makes the
    OW objects. Each entry: basisgeo_id and gml_id it refers to, naam, type and group
    URIs from the location's ``extra[imow_type_key/imow_group_key]`` (names like
    'Energievoorziening'/'Bodemenergiegebied' or full URIs), and the other extra values."""
    entries, uris = [], {}  # uris: the few distinct (type, group) values, worked out once

    def uri_pair(type_value, group_value):
        return _imow_uri(type_value, "type"), _imow_uri(group_value, "group", type_value)

    for rec in result.locations:
        extra = dict(rec["extra"])
        type_value = extra.pop(imow_type_key, None)
        group_value = extra.pop(imow_group_key, None)
        key = (type_value.__class__, type_value, group_value.__class__, group_value)
        try:
            pair = uris.get(key)
            if pair is None:
                pair = uris[key] = uri_pair(type_value, group_value)
        except TypeError:  # unhashable values
            pair = uri_pair(type_value, group_value)
        entries.append(
            {
                "basisgeo_id": rec["basisgeo_id"],
                "gml_id": rec["gml_id"],
                "naam": rec["naam"],
                "gio_groepID": rec["group_id"],
                "gebiedsaanwijzing_type": pair[0],
                "gebiedsaanwijzing_groep": pair[1],
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


def write_sidecar(path: str, result: GioResult, **kwargs: Any) -> None:
    with paused_gc():
        data = imow_sidecar(result, **kwargs)
        try:
            text = _json_text(data, "")
        except TypeError:  # a value json handles differently: let json write it
            text = json.dumps(data, ensure_ascii=False, indent=2)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


_json_str = json.encoder.encode_basestring  # what json uses with ensure_ascii=False


def _json_text(obj, indent):
    """``json.dumps(obj, ensure_ascii=False, indent=2)`` for dicts with string keys, lists,
    strings, numbers, booleans and None (TypeError for anything else), without json's
    per-item generator machinery."""
    if isinstance(obj, str):
        return _json_str(obj)
    if obj is None:
        return "null"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if isinstance(obj, int):
        return int.__repr__(obj)
    if isinstance(obj, float):
        if obj != obj:
            return "NaN"
        if obj in (math.inf, -math.inf):
            return "Infinity" if obj > 0 else "-Infinity"
        return float.__repr__(obj)
    inner = indent + "  "
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = []
        for key, value in obj.items():
            if key.__class__ is not str:
                raise TypeError(key)
            if value.__class__ is str:  # the usual values, without a call
                items.append(_json_str(key) + ": " + _json_str(value))
            elif value is None:
                items.append(_json_str(key) + ": null")
            else:
                items.append(_json_str(key) + ": " + _json_text(value, inner))
        return "{\n" + inner + (",\n" + inner).join(items) + "\n" + indent + "}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        return (
            "[\n"
            + inner
            + (",\n" + inner).join([_json_text(v, inner) for v in obj])
            + "\n"
            + indent
            + "]"
        )
    raise TypeError(obj)


# ---------------------------------------------------------------------- validator ---
# The rules walk the tree with ElementTree's C methods (iter, child loops) instead of
# ElementPath expressions: the same elements in the same order, a fraction of the time on
# a GIO of tens of thousands of locations.

_T_VERSIE = _q("geo", "GeoInformatieObjectVersie")
_T_LOCATIES = _q("geo", "locaties")
_T_LOCATIE = _q("geo", "Locatie")
_T_GROEPEN = _q("geo", "groepen")
_T_GROEP = _q("geo", "Groep")
_T_GROEPID = _q("geo", "groepID")
_T_LABEL = _q("geo", "label")
_T_NAAM = _q("geo", "naam")
_T_GEOMETRIE = _q("geo", "geometrie")
_T_KWANT = _q("geo", "kwantitatieveNormwaarde")
_T_KWAL = _q("geo", "kwalitatieveNormwaarde")
_T_BG_GEOMETRIE = _q("basisgeo", "Geometrie")
_T_BG_ID = _q("basisgeo", "id")
_T_BG_GEOM = _q("basisgeo", "geometrie")
_T_COORDS = frozenset(_q("gml", t) for t in ("pos", "posList", "coordinates"))

_LOCAL = threading.local()  # per-block statistics, kept only while validate() runs


def _desc(el, tag):
    """``el.findall('.//tag')``: descendants (not ``el`` itself) in document order."""
    cache = getattr(_LOCAL, "cache", None)
    if cache is not None:
        hit = cache.get((tag, id(el)))
        if hit is not None and hit[0] is el:
            return hit[1]
    found = [e for e in el.iter(tag) if e is not el]
    if cache is not None:
        cache[(tag, id(el))] = (el, found)
    return found


def _first(el, tag):
    """``el.find('tag')``: the first child with that tag, or None."""
    if el is None:
        return None
    for child in el:
        if child.tag == tag:
            return child
    return None


def _path(el, *tags):
    """``el.findall('a/b/c')`` for a path of child tags."""
    level = [el]
    for tag in tags:
        level = [child for e in level for child in e if child.tag == tag]
    return level


def _scan(root):
    """Walks over the whole tree: (set of tags, set of srsName values, [gml:id values] in
    document order); kept while validate() runs, so that the rules share them."""
    cache = getattr(_LOCAL, "cache", None)
    if cache is not None:
        hit = cache.get(("scan", id(root)))
        if hit is not None and hit[0] is root:
            return hit[1]
    # map() walks the tree in C; only the (few) hits reach Python code
    tags = set(map(operator.attrgetter("tag"), root.iter()))
    srs = {v for v in map(operator.methodcaller("get", "srsName"), root.iter()) if v is not None}
    get_id = operator.methodcaller("get", _q("gml", "id"))
    ids = [v for v in map(get_id, root.iter()) if v is not None]
    result = (tags, srs, ids)
    if cache is not None:
        cache[("scan", id(root))] = (root, result)
    return result


def _present(root, *tags):
    """Whether any element below or at ``root`` has one of the tags."""
    found = _scan(root)[0]
    return any(tag in found for tag in tags)


def _text(el):
    return (el.text or "").strip() if el is not None else ""


def _versies(root):
    return _desc(root, _T_VERSIE)


def _locaties_blocks(root):
    return _desc(root, _T_LOCATIES)


def _block_stats(block):
    """(number of geo:Locatie children, {tag: number of those Locatie with a child of
    that tag}) of a geo:locaties element."""
    cache = getattr(_LOCAL, "cache", None)
    if cache is not None:
        hit = cache.get(id(block))
        if hit is not None and hit[0] is block:
            return hit[1]
    n, has = 0, {}
    for loc in block:
        if loc.tag != _T_LOCATIE:
            continue
        n += 1
        for tag in {child.tag for child in loc}:
            has[tag] = has.get(tag, 0) + 1
    if cache is not None:
        cache[id(block)] = (block, (n, has))
    return n, has


def _count_with(block, child):
    return _block_stats(block)[1].get(_q(*child.split(":")), 0)


def _all_or_none(root, child, code, what):
    out = []
    for block in _locaties_blocks(root):
        n = _block_stats(block)[0]
        k = _count_with(block, child)
        if 0 < k < n:
            out.append(
                Finding(code, f"{k} of {n} locations have a {what}; then all must have one.")
            )
    return out


def stop3000(root: ET.Element) -> list[Finding]:
    """STOP3000: if one Locatie has a groepID, all must have one."""
    return _all_or_none(root, "geo:groepID", "STOP3000", "groepID")


def stop3006(root: ET.Element) -> list[Finding]:
    """STOP3006: if one Locatie has a kwantitatieveNormwaarde, all must have one."""
    return _all_or_none(root, "geo:kwantitatieveNormwaarde", "STOP3006", "kwantitatieveNormwaarde")


def stop3007(root: ET.Element) -> list[Finding]:
    """STOP3007: if one Locatie has a kwalitatieveNormwaarde, all must have one."""
    return _all_or_none(root, "geo:kwalitatieveNormwaarde", "STOP3007", "kwalitatieveNormwaarde")


def stop3001(root: ET.Element) -> list[Finding]:
    """STOP3001: every groepID used by a Locatie is declared in geo:groepen."""
    out = []
    for versie in _versies(root):
        declared = {_text(g) for g in _path(versie, _T_GROEPEN, _T_GROEP, _T_GROEPID)}
        for gid in _path(versie, _T_LOCATIES, _T_LOCATIE, _T_GROEPID):
            if _text(gid) not in declared:
                out.append(
                    Finding(
                        "STOP3001",
                        f"groepID '{_text(gid)}' of a Locatie is not declared in geo:groepen.",
                    )
                )
    return out


def _duplicates(values):
    seen, dup = set(), []
    for v in values:
        if v in seen and v not in dup:
            dup.append(v)
        seen.add(v)
    return dup


def stop3003(root: ET.Element) -> list[Finding]:
    """STOP3003: groepIDs in geo:groepen are unique."""
    return [
        Finding("STOP3003", f"groepID '{d}' is declared more than once.")
        for groepen in _desc(root, _T_GROEPEN)
        for d in _duplicates(_text(g) for g in _path(groepen, _T_GROEP, _T_GROEPID))
    ]


def stop3004(root: ET.Element) -> list[Finding]:
    """STOP3004: group labels in geo:groepen are unique."""
    return [
        Finding("STOP3004", f"Group label '{d}' is used more than once.")
        for groepen in _desc(root, _T_GROEPEN)
        for d in _duplicates(_text(g) for g in _path(groepen, _T_GROEP, _T_LABEL))
    ]


def stop3005(root: ET.Element) -> list[Finding]:
    """STOP3005: every declared Groep is used by at least one Locatie."""
    out = []
    for versie in _versies(root):
        used = {_text(g) for g in _path(versie, _T_LOCATIES, _T_LOCATIE, _T_GROEPID)}
        for gid in _path(versie, _T_GROEPEN, _T_GROEP, _T_GROEPID):
            if _text(gid) not in used:
                out.append(
                    Finding("STOP3005", f"Group '{_text(gid)}' is declared but no Locatie uses it.")
                )
    return out


def _norm_locaties(root):
    """The Locatie elements to look at for the norm-value rules: none when the file has
    no norm values at all (the usual case, found without walking every Locatie)."""
    return _desc(root, _T_LOCATIE) if _present(root, _T_KWANT, _T_KWAL) else []


def stop3008(root: ET.Element) -> list[Finding]:
    """STOP3008: at most one kind of norm value per Locatie."""
    out = []
    for loc in _norm_locaties(root):
        n = sum(1 for child in loc if child.tag in (_T_KWANT, _T_KWAL))
        if n > 1:
            out.append(Finding("STOP3008", f"Locatie {_loc_id(loc)} has more than one norm value."))
    return out


def _loc_id(loc):
    bid = _path(loc, _T_GEOMETRIE, _T_BG_GEOMETRIE, _T_BG_ID)
    return _text(bid[0] if bid else None) or _text(_first(loc, _T_NAAM))


def _norm_counts(block):
    q = _count_with(block, "geo:kwantitatieveNormwaarde")
    k = _count_with(block, "geo:kwalitatieveNormwaarde")
    return q, k


def _has_child(el, name):
    return _first(el, _q("geo", name)) is not None


def stop3009(root: ET.Element) -> list[Finding]:
    """STOP3009: quantitative norm values need eenheidlabel and eenheidID."""
    out = []
    for versie in _versies(root):
        for block in _path(versie, _T_LOCATIES):
            q, _ = _norm_counts(block)
            if q and (
                not _has_child(versie, "eenheidlabel") or not _has_child(versie, "eenheidID")
            ):
                out.append(
                    Finding(
                        "STOP3009", "Quantitative norm values without eenheidlabel and eenheidID."
                    )
                )
    return out


def stop3010(root: ET.Element) -> list[Finding]:
    """STOP3010: a kwalitatieveNormwaarde is not an empty string."""
    return [
        Finding("STOP3010", f"Empty kwalitatieveNormwaarde in Locatie {_loc_id(loc)}.")
        for loc in _norm_locaties(root)
        for v in loc
        if v.tag == _T_KWAL and not _text(v)
    ]


def stop3011(root: ET.Element) -> list[Finding]:
    """STOP3011: norm values (either kind) need normlabel and normID."""
    out = []
    for versie in _versies(root):
        for block in _path(versie, _T_LOCATIES):
            q, k = _norm_counts(block)
            if (q or k) and (
                not _has_child(versie, "normlabel") or not _has_child(versie, "normID")
            ):
                out.append(Finding("STOP3011", "Norm values without normlabel and normID."))
    return out


def stop3012(root: ET.Element) -> list[Finding]:
    """STOP3012: a Locatie has not both a groepID and a norm value."""
    out = []
    for loc in _norm_locaties(root):
        tags = {child.tag for child in loc}
        if (_T_KWANT in tags or _T_KWAL in tags) and _T_GROEPID in tags:
            out.append(
                Finding("STOP3012", f"Locatie {_loc_id(loc)} has both a groepID and a norm value.")
            )
    return out


def stop3013(root: ET.Element) -> list[Finding]:
    """STOP3013: every basisgeo:id is unique within the GIO."""
    out = []
    for block in _locaties_blocks(root):
        ids = [_text(e) for e in _path(block, _T_LOCATIE, _T_GEOMETRIE, _T_BG_GEOMETRIE, _T_BG_ID)]
        for d in _duplicates(ids):
            out.append(Finding("STOP3013", f"basisgeo:id {d} occurs more than once."))
    return out


def stop3015(root: ET.Element) -> list[Finding]:
    """STOP3015: with qualitative norm values, no eenheidlabel or eenheidID."""
    out = []
    for versie in _versies(root):
        for block in _path(versie, _T_LOCATIES):
            _, k = _norm_counts(block)
            if k and (_has_child(versie, "eenheidlabel") or _has_child(versie, "eenheidID")):
                out.append(
                    Finding(
                        "STOP3015", "Qualitative norm values with an eenheidlabel or eenheidID."
                    )
                )
    return out


def stop3016(root: ET.Element) -> list[Finding]:
    """STOP3016: no norm or eenheid elements in a GIO without norm values."""
    out = []
    for versie in _versies(root):
        has_elements = any(
            _has_child(versie, t) for t in ("normID", "normlabel", "eenheidID", "eenheidlabel")
        )
        if has_elements and not any(sum(_norm_counts(b)) for b in _path(versie, _T_LOCATIES)):
            out.append(Finding("STOP3016", "Norm or eenheid elements without any norm values."))
    return out


_DIGIT = re.compile(r"\d")


def stop3019(root: ET.Element) -> list[Finding]:
    """STOP3019: every basisgeo:geometrie has coordinates."""
    out = []
    for container in _desc(root, _T_BG_GEOMETRIE):
        geom = _first(container, _T_BG_GEOM)
        found = geom is not None and any(
            _DIGIT.search(e.text or "") for tag in _T_COORDS for e in geom.iter(tag)
        )
        if not found:
            bid = _text(_first(container, _T_BG_ID))
            out.append(Finding("STOP3019", f"Geometry {bid} has no coordinates."))
    return out


def _gml_with_srs(root):
    out = []
    prefix = "{{{}}}".format(NS["gml"])
    for block in _locaties_blocks(root):
        out.extend(
            e
            for e in block.iter()
            if e.get("srsName") is not None and isinstance(e.tag, str) and e.tag.startswith(prefix)
        )
    return out


def stop3020(root: ET.Element) -> list[Finding]:
    """STOP3020: srsName is urn:ogc:def:crs:EPSG::28992 or urn:ogc:def:crs:EPSG::4258."""
    if all(v in ALLOWED_SRS for v in _scan(root)[1]):
        return []
    return [
        Finding(
            "STOP3020",
            "srsName '{}' is not allowed; use {} (or {}).".format(
                e.get("srsName"), SRS_RD, SRS_ETRS89
            ),
        )
        for e in _gml_with_srs(root)
        if e.get("srsName") not in ALLOWED_SRS
    ]


def stop3021(root: ET.Element) -> list[Finding]:
    """STOP3021: every geometry has the same srsName (and there is one)."""
    names = sorted(_scan(root)[1])
    if len(names) != 1:
        return [
            Finding(
                "STOP3021",
                "The geometries must all have one and the same srsName; found {}.".format(
                    names or "none"
                ),
            )
        ]
    return []


_ARCS = (_q("gml", "Circle"), _q("gml", "Arc"), _q("gml", "CircleByCenterPoint"))


def stop3040(root: ET.Element) -> list[Finding]:
    """STOP3040: no circles or arcs in a basisgeo:Geometrie."""
    if not _present(root, *_ARCS):
        return []
    return [
        Finding("STOP3040", "Geometry contains a {}.".format(e.tag.split("}")[-1]))
        for g in _desc(root, _T_BG_GEOMETRIE)
        for e in g.iter()
        if e.tag in _ARCS
    ]


_GML_FEATURE_ELEMENTS = {
    _q("gml", t)
    for t in (
        "metaDataProperty",
        "description",
        "descriptionReference",
        "identifier",
        "name",
        "boundedBy",
        "location",
        "PriorityLocation",
    )
}


def stop3090(root: ET.Element) -> list[Finding]:
    """STOP3090: no optional gml feature elements (gml:name, gml:description, ...) as
    children of geo: elements."""
    if not _present(root, *_GML_FEATURE_ELEMENTS):
        return []
    out = []
    geo_prefix = "{{{}}}".format(NS["geo"])
    for parent in root.iter():
        if not (isinstance(parent.tag, str) and parent.tag.startswith(geo_prefix)):
            continue
        for child in parent:
            if child.tag in _GML_FEATURE_ELEMENTS:
                out.append(
                    Finding(
                        "STOP3090",
                        "{} contains the gml element {}, which a GIO may not use.".format(
                            parent.tag.split("}")[-1], child.tag.split("}")[-1]
                        ),
                    )
                )
    return out


#: The STOP schematron rules checked, in code order (docs/method.md; including 3010 and 3040).
STOP_RULES = (
    stop3000, stop3001, stop3003, stop3004, stop3005, stop3006, stop3007, stop3008, stop3009,
    stop3010, stop3011, stop3012, stop3013, stop3015, stop3016, stop3019, stop3020, stop3021,
    stop3040, stop3090,
)  # fmt: skip


# Structural checks (what the XML schema would catch), codes BS-...

_NCNAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
_EXPR = re.compile(
    r"^(?P<work>/join/id/regdata/[a-z]{2,4}[0-9]{2,4}/[0-9]{4}/[A-Za-z0-9][A-Za-z0-9_\-]*)/nld@[0-9]{4}-[0-9]{2}-[0-9]{2};[A-Za-z0-9][A-Za-z0-9_\-]*$"
)


_UUID_CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")


def check_structure(root: ET.Element) -> list[Finding]:
    """BS-ROOT, BS-FRBR, BS-LOC, BS-GMLID, BS-UUID: root element and schemaversie, FRBR
    identifiers, at least one Locatie, gml:ids present/NCName/unique, basisgeo:id UUIDs."""
    out = []
    if root.tag != _q("geo", "GeoInformatieObjectVaststelling"):
        out.append(
            Finding(
                "BS-ROOT", f"Root element is {root.tag}, not geo:GeoInformatieObjectVaststelling."
            )
        )
    elif root.get("schemaversie") != SCHEMA_VERSION:
        out.append(
            Finding(
                "BS-ROOT",
                "schemaversie is '{}', expected '{}'.".format(
                    root.get("schemaversie"), SCHEMA_VERSION
                ),
            )
        )
    versies = _versies(root)
    for versie in versies:
        work = _text(_first(versie, _q("geo", "FRBRWork")))
        expr = _text(_first(versie, _q("geo", "FRBRExpression")))
        m = _EXPR.match(expr)
        if not m or m.group("work") != work:
            out.append(
                Finding(
                    "BS-FRBR",
                    f"FRBRExpression '{expr}' is not '<FRBRWork>/nld@<date>;<version>' of "
                    f"FRBRWork '{work}'.",
                )
            )
        if not any(_block_stats(b)[0] for b in _path(versie, _T_LOCATIES)):
            out.append(Finding("BS-LOC", "The GIO has no Locatie."))
    if not versies and root.tag == _q("geo", "GeoInformatieObjectVaststelling"):
        out.append(Finding("BS-ROOT", "No geo:vastgesteldeVersie/geo:GeoInformatieObjectVersie."))
    gml_id = _q("gml", "id")
    ids = _scan(root)[2]
    for i in ids:
        if not _NCNAME.match(i or ""):
            out.append(
                Finding(
                    "BS-GMLID", f"gml:id '{i}' is not an NCName (it may not start with a digit)."
                )
            )
    for d in _duplicates(ids):
        out.append(Finding("BS-GMLID", f"gml:id '{d}' is used more than once."))
    for g in _desc(root, _T_BG_GEOMETRIE):
        if g.get(gml_id) is None:
            out.append(Finding("BS-GMLID", "A basisgeo:Geometrie has no gml:id."))
        bid = _text(_first(g, _T_BG_ID))
        if _UUID_CANONICAL.match(bid):  # what the writer writes; uuid.UUID reads it
            continue
        try:
            uuid.UUID(bid)
        except ValueError:
            out.append(Finding("BS-UUID", f"basisgeo:id '{bid}' is not a UUID."))
    return out


def check_rings(root: ET.Element) -> list[Finding]:
    """BS-RING: every gml:LinearRing is closed and has at least 4 positions."""
    out = []
    poslist = _q("gml", "posList")
    for ring in root.iter(_q("gml", "LinearRing")):
        text = " ".join([_text(e) for e in ring.iter(poslist)])
        try:
            vals = list(map(float, text.split()))
        except ValueError:
            out.append(Finding("BS-RING", "A ring has non-numeric coordinates."))
            continue
        if len(vals) % 2 or len(vals) < 8:
            out.append(
                Finding("BS-RING", "A ring has fewer than 4 positions or an odd number of values.")
            )
        elif vals[:2] != vals[-2:]:
            out.append(
                Finding(
                    "BS-RING",
                    "A ring is not closed (first position {} {} differs from the last).".format(
                        *vals[:2]
                    ),
                )
            )
    return out


CHECKS = (check_structure, check_rings) + STOP_RULES


#: Largest GIO the validator reads (bytes) [A: a GIO of 50,000 claims with detailed
#: polygons is some 100 MB; a larger file is refused rather than read into memory].
MAX_GIO_BYTES = 512 * 1024 * 1024

_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)


def check_size(n_bytes: int) -> None:
    """GioError when a document of ``n_bytes`` is above :data:`MAX_GIO_BYTES`."""
    if n_bytes > MAX_GIO_BYTES:
        raise GioError(
            f"The file is {n_bytes / 1048576.0:.0f} MB, above the limit of "
            f"{MAX_GIO_BYTES / 1048576.0:.0f} MB for a GIO; it was not "
            "read."
        )


def check_no_doctype(data: bytes) -> None:
    """GioError when the document has a DOCTYPE (a GIO never has one; refusing it closes
    entity expansion and external entities). Also refuses UTF-16/32 documents, whose
    DOCTYPE could not be seen this way (a GIO is UTF-8)."""
    head = data[:4]
    if b"\x00" in head or head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise GioError("The file is not UTF-8 XML; a GIO is UTF-8.")
    if _DOCTYPE.search(data):
        raise GioError(
            "The file has a DOCTYPE declaration; a GIO never has one, so it was "
            "not read (entities are not expanded)."
        )


def parse(source: Any) -> ET.Element:
    """Parse a GIO from bytes, str (XML text or a path) or a file object: the root
    Element. Raises GioError when the XML is not well-formed, has a DOCTYPE or is larger
    than :data:`MAX_GIO_BYTES`."""
    try:
        if isinstance(source, str) and source.lstrip().startswith("<"):
            source = source.encode("utf-8")
        elif isinstance(source, (str, os.PathLike)):
            check_size(os.path.getsize(source))
            with open(source, "rb") as fh:
                source = fh.read(MAX_GIO_BYTES + 1)
        elif not isinstance(source, (bytes, bytearray)):
            source = source.read(MAX_GIO_BYTES + 1)
            if isinstance(source, str):
                source = source.encode("utf-8")
        check_size(len(source))
        check_no_doctype(source)
        return ET.fromstring(source)
    except ET.ParseError as exc:
        raise GioError(f"The file is not well-formed XML: {exc}") from None


def validate(
    source: Any, checks: Sequence[Callable[[ET.Element], list[Finding]]] = CHECKS
) -> list[Finding]:
    """Every finding of every check (STOP rules and BS- structure checks) on a GIO given
    as bytes, XML text, a path or a parsed root Element. An empty list means valid.
    A file that is not well-formed XML gives one finding with code BS-XML."""
    with paused_gc():
        if ET.iselement(source):
            root = source
        else:
            try:
                root = parse(source)
            except GioError as exc:
                return [Finding("BS-XML", str(exc))]
        findings = []
        _LOCAL.cache = {}
        try:
            for check in checks:
                findings.extend(check(root))
        finally:
            _LOCAL.cache = None
    return findings
