"""BRO GUF (grondwatergebruiksysteem) dispatch documents -> well and closed-loop records.

Pure Python (ElementTree, no QGIS). Reads the documents the BRO hands out (the GUF
catalogue's uitgifteservice: a ``dispatchDataResponse``, with or without its SOAP
envelope, holding ``GUF_PO`` / ``GUF_PPO`` objects) and returns records for
:func:`core.wellimport.build_wells` / :func:`core.wellimport.build_loops`.

- Only the current state is read: the ``licence`` and ``realisedInstallation`` children of
  the object itself. A history document (PPO) repeats every past source document under
  ``objectHistory``; that part is skipped.
- Installations with the function ``openBodemenergiesysteem`` give wells: the realised
  wells (``realisedWell``: ``wellFunction``, ``relativeTemperature``, ``realisedScreen``
  with ``topScreenDepth`` and ``length``) where the object has a realised open
  installation, else the design wells of its licences (``designWell``: ``wellFunction``,
  ``relativeTemperature``, ``maximumWellCapacity`` m3/h, ``designScreen`` with
  ``designScreenTop`` / ``designScreenBottom``), status 'ontwerp'.
- Installations with ``geslotenBodemenergiesysteem`` give closed loops (``realisedLoop``
  with ``loopDepth``, or ``designLoop`` without a depth).
- The licensed quantities (``licensedQuantity``: ``maximumPerYear``, else per quarter x 4
  or per month x 12) give the system's yearly volume; the design's
  ``energyCharacteristics`` ``maximumYearQuantityWarm`` / ``Cold`` give a season volume per
  warm / cold well.
- Locations: ``gml:Point/gml:pos`` in EPSG:28992 (x y) or EPSG:4258 (latitude first).
"""

from __future__ import annotations

import io
import os
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterator
from typing import Any

from . import wellimport as wi

OBJECT_NAMES = ("GUF_PO", "GUF_PPO", "GUF_PO_DP", "GUF_PPO_DP")
OPEN = "openBodemenergiesysteem"
CLOSED = "geslotenBodemenergiesysteem"
STATUS_DESIGN = "ontwerp"
STATUS_IN_USE = "in gebruik"
STATUS_ENDED = "buiten gebruik"


class GufError(ValueError):
    """A document that is not a BRO GUF dispatch document (``root`` names its root
    element) or not XML at all (``root`` None)."""

    def __init__(self, name: str, root: str | None = None, reason: str = "") -> None:
        super().__init__(name, root, reason)
        self.name = name
        self.root = root
        self.reason = reason


def _local(tag):
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element, name):
    return [c for c in element if _local(c.tag) == name]


def _child(element, *path):
    """The first descendant along ``path`` of local names (direct children each step)."""
    current = element
    for name in path:
        if current is None:
            return None
        current = next((c for c in current if _local(c.tag) == name), None)
    return current


def _text(element, *path):
    node = _child(element, *path) if path else element
    if node is None or node.text is None:
        return ""
    return node.text.strip()


def _float(element, *path):
    text = _text(element, *path)
    try:
        return float(text) if text else None
    except ValueError:
        return None


def _find_first(element, name):
    return next((e for e in element.iter() if _local(e.tag) == name), None)


def _epsg(srs):
    match = re.search(r"(\d{4,5})\s*$", srs or "")
    return int(match.group(1)) if match else None


def point_of(element: ET.Element) -> tuple[float, float, str, bool] | None:
    """(x, y, 'EPSG:n') of the first gml point / line / polygon under ``element``; a line
    or polygon gives the mean of its positions (flag True). EPSG:4258 and 4326 positions
    are latitude first (GML axis order) and are returned as (lon, lat). None when there
    is no usable position."""
    if element is None:
        return None
    geom = None
    for e in element.iter():
        if _local(e.tag) in (
            "Point",
            "LineString",
            "Polygon",
            "Curve",
            "Surface",
            "MultiPoint",
            "MultiCurve",
            "MultiSurface",
        ):
            geom = e
            break
    if geom is None:
        return None
    srs = geom.get("srsName") or ""
    epsg = _epsg(srs) or 28992
    coords = []
    for e in geom.iter():
        if _local(e.tag) in ("pos", "posList", "coordinates") and e.text:
            numbers = [float(v) for v in re.split(r"[\s,]+", e.text.strip()) if v]
            coords.extend(zip(numbers[0::2], numbers[1::2]))
    if not coords:
        return None
    averaged = len(coords) > 1
    a = sum(c[0] for c in coords) / len(coords)
    b = sum(c[1] for c in coords) / len(coords)
    if epsg in (4258, 4326, 4289):
        a, b = b, a  # latitude first
    return a, b, f"EPSG:{epsg}", averaged


def _ended(element):
    """True when the element's lifespan has an end time."""
    life = _child(element, "lifespan")
    return (
        life is not None
        and _child(life, "endTime") is not None
        and any((c.text or "").strip() for c in _child(life, "endTime").iter())
    )


def _yearly(quantities):
    """(m3 per year, how) of licensedQuantity elements: maximumPerYear (of the extraction,
    'onttrekken', where both directions are given), else quarter x 4, else month x 12."""
    best = None
    ordered = sorted(quantities, key=lambda q: _text(q, "licensedInOut") != "onttrekken")
    for q in ordered:
        for name, factor in (
            ("maximumPerYear", 1),
            ("maximumPerQuarter", 4),
            ("maximumPerMonth", 12),
        ):
            value = _float(q, name)
            if value is not None:
                if best is None or (factor == 1 and best[1] != "year"):
                    best = (value * factor, "year" if factor == 1 else name)
                break
    return best if best else (None, "")


def _hourly(quantities):
    for q in quantities:
        value = _float(q, "maximumPerHour")
        if value is not None:
            return value
    return None


def _screens_realised(well):
    tops, bottoms = [], []
    for holder in _children(well, "realisedScreen"):
        screen = _child(holder, "RealisedScreen")
        if screen is None:
            continue
        top = _float(screen, "topScreenDepth")
        length = _float(screen, "length")
        if top is not None:
            tops.append(top)
            if length is not None:
                bottoms.append(top + length)
    if not tops:
        return None, None, 0
    return min(tops), (max(bottoms) if bottoms else None), len(tops)


def _role(functions):
    roles = {wi.parse_role(f) for f in functions if f}
    roles.discard(None)
    if len(roles) > 1 or wi.ROLE_BOTH in roles:
        return wi.ROLE_BOTH
    return roles.pop() if roles else ""


def read_object(
    obj: ET.Element, source: str, problems: wi.Problems
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(well records, loop records) of one GUF_PO / GUF_PPO object."""
    bro_id = _text(obj, "broId") or source
    fallback = point_of(_child(obj, "standardizedLocation"))
    licences, realised = [], []
    for holder in obj:  # the current state: direct children only (not objectHistory)
        name = _local(holder.tag)
        if name == "licence":
            lic = _child(holder, "LicenceGroundwaterUsage")
            if lic is not None:
                licences.append(lic)
        elif name == "realisedInstallation":
            inst = _child(holder, "RealisedInstallation")
            if inst is not None:
                realised.append(inst)
    licence_quantities = [
        q for lic in licences if not _ended(lic) for q in _children(lic, "licensedQuantity")
    ]
    design = []  # (installation, licence ended)
    for lic in licences:
        for holder in _children(lic, "designInstallation"):
            inst = _child(holder, "DesignInstallation")
            if inst is not None:
                design.append((inst, _ended(lic)))
    wells, loops = [], []
    open_realised = [i for i in realised if _text(i, "installationFunction") == OPEN]
    closed_realised = [i for i in realised if _text(i, "installationFunction") == CLOSED]
    open_design = [d for d, _ in design if _text(d, "installationFunction") == OPEN]
    multi = len(open_realised or open_design) > 1

    def location(element, inst):
        here = point_of(_child(element, "geometry"))
        if here is not None:
            return here, []
        there = point_of(_child(inst, "geometry"))
        if there is not None:
            return there, [("location_installation", "", "")]
        if fallback is not None:
            return fallback, [("location_installation", "", "")]
        return None, []

    def system_of(inst, id_name):
        return f"{bro_id}/{_text(inst, id_name)}" if multi else bro_id

    # -- open systems: realised wells, else design wells
    for inst in realised + [d for d, _ in design]:
        function = _text(inst, "installationFunction")
        if function in (OPEN, CLOSED):
            continue
        kind = "designWell" if _local(inst.tag) == "DesignInstallation" else "realisedWell"
        n = max(len(_children(inst, kind)), 1)
        problems.add(
            "not_soil_energy", "installationFunction", example=bro_id, detail=function, count=n
        )
    if open_realised:
        for inst, _ in design:
            if _text(inst, "installationFunction") == OPEN:
                problems.add(
                    "design_superseded", example=bro_id, count=len(_children(inst, "designWell"))
                )
        for inst in open_realised:
            inst_ended = _ended(inst)
            yearly, how = _yearly(licence_quantities)
            for holder in _children(inst, "realisedWell"):
                well = _child(holder, "RealisedWell")
                if well is None:
                    continue
                wid = _text(well, "realisedWellId")
                loc, notes = location(well, inst)
                top, bottom, n_screens = _screens_realised(well)
                if n_screens > 1:
                    notes.append(("multi_screen", "", str(n_screens)))
                if how not in ("", "year"):
                    notes.append(("yearly_from_part", "", how))
                capacity = _hourly(licence_quantities)
                if capacity is not None:
                    notes.append(("capacity_system", "", ""))
                status = STATUS_ENDED if (inst_ended or _ended(well)) else STATUS_IN_USE
                wells.append(
                    _record(
                        bro_id,
                        wid,
                        loc,
                        notes,
                        {
                            wi.WELL_ID: f"{bro_id}-{wid}",
                            wi.SYSTEM: system_of(inst, "realisedInstallationId"),
                            wi.TEMPERATURE: _text(well, "relativeTemperature"),
                            wi.ROLE: _role([_text(f) for f in _children(well, "wellFunction")]),
                            wi.VOLUME_YEAR: yearly,
                            wi.CAPACITY: capacity,
                            wi.SCREEN_TOP: top,
                            wi.SCREEN_BOTTOM: bottom,
                            wi.STATUS: status,
                        },
                    )
                )
    else:
        for inst, licence_ended in design:
            if _text(inst, "installationFunction") != OPEN:
                continue
            design_wells = [_child(h, "DesignWell") for h in _children(inst, "designWell")]
            design_wells = [w for w in design_wells if w is not None]
            if licence_ended or _ended(inst):
                problems.add("licence_ended", example=bro_id, count=len(design_wells))
                continue
            quantities = _children(inst, "licensedQuantity") or licence_quantities
            yearly, how = _yearly(quantities)
            energy = _child(inst, "energyCharacteristics")
            per_temp = {}
            if energy is not None:
                for temp, name in (
                    (wi.WARM, "maximumYearQuantityWarm"),
                    (wi.COLD, "maximumYearQuantityCold"),
                ):
                    value = _float(energy, name)
                    n_temp = sum(
                        1
                        for w in design_wells
                        if wi.parse_temperature(_text(w, "relativeTemperature")) == temp
                    )
                    if value is not None and n_temp:
                        per_temp[temp] = value / n_temp
            for well in design_wells:
                wid = _text(well, "designWellId")
                loc, notes = location(well, inst)
                if how not in ("", "year"):
                    notes.append(("yearly_from_part", "", how))
                temperature = _text(well, "relativeTemperature")
                season = per_temp.get(wi.parse_temperature(temperature))
                if season is not None:
                    notes.append(("season_from_design", "", ""))
                screen = _child(well, "designScreen")
                wells.append(
                    _record(
                        bro_id,
                        wid,
                        loc,
                        notes,
                        {
                            wi.WELL_ID: f"{bro_id}-{wid}",
                            wi.SYSTEM: system_of(inst, "designInstallationId"),
                            wi.TEMPERATURE: temperature,
                            wi.ROLE: _role([_text(f) for f in _children(well, "wellFunction")]),
                            wi.VOLUME_SEASON: season,
                            wi.VOLUME_YEAR: yearly,
                            wi.CAPACITY: _float(well, "maximumWellCapacity"),
                            wi.SCREEN_TOP: _float(screen, "designScreenTop")
                            if screen is not None
                            else None,
                            wi.SCREEN_BOTTOM: _float(screen, "designScreenBottom")
                            if screen is not None
                            else None,
                            wi.STATUS: STATUS_DESIGN,
                        },
                    )
                )
    # -- closed systems: realised loops, else design loops
    if closed_realised:
        for inst in closed_realised:
            for holder in _children(inst, "realisedLoop"):
                loop = _child(holder, "RealisedLoop")
                if loop is None:
                    continue
                loops.append(
                    _loop(
                        bro_id,
                        _text(loop, "realisedLoopId"),
                        loop,
                        inst,
                        location,
                        _float(loop, "loopDepth"),
                        STATUS_ENDED if (_ended(inst) or _ended(loop)) else STATUS_IN_USE,
                    )
                )
    else:
        for inst, licence_ended in design:
            if _text(inst, "installationFunction") != CLOSED or licence_ended:
                continue
            for holder in _children(inst, "designLoop"):
                loop = _child(holder, "DesignLoop")
                if loop is not None:
                    loops.append(
                        _loop(
                            bro_id,
                            _text(loop, "designLoopId"),
                            loop,
                            inst,
                            location,
                            None,
                            STATUS_DESIGN,
                        )
                    )
    return wells, loops


def _record(bro_id, wid, loc, notes, values):
    source = f"{bro_id}/{wid}"
    if loc is None:
        return wi.make_record(source, None, None, values, notes)
    x, y, crs, averaged = loc
    rec = wi.make_record(source, x, y, values, notes)
    rec["crs"] = crs
    return rec


def _loop(bro_id, lid, loop, inst, location, depth, status):
    loc, notes = location(loop, inst)
    if loc is not None and loc[3]:
        notes.append(("loop_centre", "", ""))
    if depth is not None:
        notes.append(("loop_top_surface", "", ""))
    values = {
        "loop_id": f"{bro_id}-{lid}",
        "system": bro_id,
        "kind": _text(loop, "loopType"),
        "depth_top": 0.0 if depth is not None else None,
        "depth_bottom": depth,
        "status": status,
    }
    return _record(bro_id, lid, loc, notes, values)


def read_document(
    data: bytes, name: str, problems: wi.Problems
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
    """(well records, loop records, objects read) of one XML document (bytes).
    Raises GufError when it is not XML or not a GUF dispatch document."""
    try:
        root = ET.parse(io.BytesIO(data)).getroot()
    except ET.ParseError as exc:
        raise GufError(name, None, str(exc)) from exc
    objects = [e for e in root.iter() if _local(e.tag) in OBJECT_NAMES]
    if not objects:
        reason = ""
        if _local(root.tag) in ("Envelope", "dispatchDataResponse"):
            found = _find_first(root, "rejectionReason")
            reason = _text(found) if found is not None else ""
        raise GufError(name, _local(root.tag), reason)
    wells, loops = [], []
    for obj in objects:
        w, lp = read_object(obj, name, problems)
        wells.extend(w)
        loops.extend(lp)
    return wells, loops, len(objects)


def documents(path: str) -> Iterator[tuple[str, bytes]]:
    """(name, bytes) of the XML documents at ``path``: one .xml file, a .zip (its .xml
    members) or a folder (its .xml and .zip files, sorted, not its subfolders)."""
    path = str(path)
    if os.path.isdir(path):
        for entry in sorted(os.listdir(path)):
            full = os.path.join(path, entry)
            if os.path.isfile(full) and entry.lower().endswith((".xml", ".zip")):
                yield from documents(full)
        return
    if path.lower().endswith(".zip"):
        with zipfile.ZipFile(path) as zf:
            for member in sorted(zf.namelist()):
                if member.lower().endswith(".xml") and not member.endswith("/"):
                    yield f"{os.path.basename(path)}:{member}", zf.read(member)
        return
    with open(path, "rb") as fh:
        yield os.path.basename(path), fh.read()


def read_path(
    path: str,
    problems: wi.Problems | None = None,
    strict: bool | None = None,
    on_document: Callable[..., Any] | None = None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int, list[Any], wi.Problems]:
    """(well records, loop records, documents read, non-GUF documents [(name, root)],
    problems) of every document at ``path``. A single file that is not GUF raises
    GufError; in a folder or zip such files are listed and skipped, and GufError is
    raised only when none is GUF. ``on_document(name)`` is called before each document
    (e.g. to check for a cancel)."""
    problems = problems if problems is not None else wi.Problems()
    single = (
        strict
        if strict is not None
        else not (os.path.isdir(str(path)) or str(path).lower().endswith(".zip"))
    )
    wells, loops, n_docs, bad = [], [], 0, []
    for name, data in documents(path):
        if on_document is not None:
            on_document(name)
        try:
            w, lp, _ = read_document(data, name, problems)
        except GufError as exc:
            if single:
                raise
            bad.append((name, exc.root))
            continue
        n_docs += 1
        wells.extend(w)
        loops.extend(lp)
    if not n_docs:
        if bad:
            raise GufError(bad[0][0], bad[0][1], "")
        raise GufError(str(path), None, "no XML document")
    return wells, loops, n_docs, bad, problems
