"""Conflicts between spatial claims (ruimteclaims) in 3D: plan overlap and depth overlap.

Two claims conflict when their polygons overlap by more than a minimum area AND their
depth ranges overlap (docs/method.md, "Conflicts between spatial claims"):

- ``bovengronds`` (above ground) counts as depth 0-0 (the surface);
- ``beide`` (both) as 0 to depth_bottom;
- ``ondergronds`` (underground) as depth_top to depth_bottom;
- a claim whose depth range is unknown (missing or top > bottom) counts as overlapping
  every depth, and is reported as a warning.

Ranges are closed intervals in metres below the surface; two proper ranges that only
touch (18-60 and 60-100) do not overlap, but the surface (0-0) overlaps any range that
starts at 0 [A: a shared boundary depth is not a shared volume; the surface is a
volume of its own].

Claims of the same type and the same (non-empty) initiator do not conflict unless asked
[A: one initiator's own claims of one kind, e.g. the parts of one zone].

The advice is a short Dutch sentence naming what must be decided. The tool does not
decide: the college does (Bronnenstrategie, section 5.2).

Candidate pairs come from a sort-and-sweep over the bounding boxes (a broad-phase
spatial index, vectorised with numpy); only those pairs are intersected.
Pure python (numpy, shapely 1.8/2.x), no qgis import.
"""

from __future__ import annotations

import math
from collections import namedtuple
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

    from ._types import FloatArray

#: Default minimum overlap area (m2) for two claims to conflict [A].
MIN_OVERLAP_AREA = 1.0

LEVEL_ABOVE = "bovengronds"
LEVEL_BELOW = "ondergronds"
LEVEL_BOTH = "beide"


class Claim:
    """A claim: shapely geometry in a metric CRS plus the register fields used here."""

    __slots__ = (
        "claim_id", "name", "claim_type", "initiator", "status", "level",
        "depth_top", "depth_bottom", "geometry", "bounds",
    )  # fmt: skip

    def __init__(self, claim_id: Any, geometry: BaseGeometry | None, name: str | None = None,
                 claim_type: str | None = None, initiator: str | None = None,
                 status: str | None = None, level: str | None = None,
                 depth_top: float | None = None, depth_bottom: float | None = None,
                 bounds: Sequence[float] | None = None) -> None:  # fmt: skip
        # bounds: optional (minx, miny, maxx, maxy) of the geometry, known to the caller
        # (e.g. QgsGeometry.boundingBox()); saves shapely 1.8's slow ``bounds``. A box
        # larger than the geometry is harmless: it only adds candidate pairs.
        self.bounds = bounds
        self.claim_id = claim_id
        self.geometry = geometry
        self.name = name
        self.claim_type = claim_type
        self.initiator = initiator
        self.status = status
        self.level = level
        self.depth_top = depth_top
        self.depth_bottom = depth_bottom


Conflict = namedtuple("Conflict", "a b geometry overlap_m2 depth_range depth_known advice")
"""``a``, ``b``: indices into the claims list (a < b); ``geometry`` the polygonal
intersection; ``depth_range`` (top, bottom) of the shared depth or None when a range
was unknown; ``depth_known`` False when one of the claims had no usable depth range."""


def _num(value):
    if value is None or isinstance(value, bool):
        return None
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(v) or math.isinf(v) else v


def _norm(text):
    return str(text).strip().lower() if text is not None else ""


def depth_range(
    level: str | None, depth_top: Any = None, depth_bottom: Any = None
) -> tuple[float, float] | None:
    """The depth range (top, bottom) in m below the surface, or None when unknown.

    >>> (depth_range("bovengronds"), depth_range("beide", None, 60),
    ...  depth_range("ondergronds", 18, 60))
    ((0.0, 0.0), (0.0, 60.0), (18.0, 60.0))
    >>> depth_range("ondergronds", 18, None) is None, depth_range("ondergronds", 60, 18) is None
    (True, True)
    """
    lev = _norm(level)
    top, bottom = _num(depth_top), _num(depth_bottom)
    if lev == LEVEL_ABOVE:
        return (0.0, 0.0)
    if lev == LEVEL_BOTH:
        if bottom is None or bottom < 0:
            return None
        if top is not None and top > bottom:
            return None  # contradictory depths (top below bottom): unknown
        return (0.0, bottom)
    # ondergronds, or no level: both depths needed
    if top is None or bottom is None or top > bottom or top < 0:
        return None
    return (top, bottom)


def depth_overlap(r1: tuple[float, float], r2: tuple[float, float]) -> tuple[float, float] | None:
    """The shared depth (top, bottom) of two known ranges, or None if they do not share
    any depth. Proper ranges touching at one depth do not overlap; the surface range
    (0, 0) overlaps a range that includes depth 0.

    >>> depth_overlap((0, 60), (18, 100)), depth_overlap((18, 60), (60, 100))
    ((18, 60), None)
    >>> depth_overlap((0, 0), (0, 60)), depth_overlap((0, 0), (18, 60))
    ((0, 0), None)
    """
    lo, hi = max(r1[0], r2[0]), min(r1[1], r2[1])
    if lo < hi:
        return (lo, hi)
    if lo == hi and (r1[0] == r1[1] or r2[0] == r2[1]):
        return (lo, hi)
    return None


def format_depth(rng: tuple[float, float] | None) -> str:
    """Depth range as text, e.g. '18-60 m'; None -> 'onbekend'.

    >>> (format_depth((18.0, 60.0)), format_depth((0, 0)), format_depth((2.5, 10)),
    ...  format_depth(None))
    ('18-60 m', '0-0 m (maaiveld)', '2.5-10 m', 'onbekend')
    """
    if rng is None:
        return "onbekend"

    def f(v):
        return (f"{float(v):.2f}").rstrip("0").rstrip(".")

    text = f"{f(rng[0])}-{f(rng[1])} m"
    return text + " (maaiveld)" if rng[0] == rng[1] == 0 else text


def candidate_pairs(bounds: FloatArray) -> np.ndarray:
    """Index pairs (i, j), i < j, whose bounding boxes intersect (touching counts).

    ``bounds``: array (n, 4) of minx, miny, maxx, maxy. Sort-and-sweep along x, then a
    vectorised y test per box: O(n log n + k) for k pairs overlapping in x.
    """
    b = np.asarray(bounds, dtype=float).reshape(-1, 4)
    n = len(b)
    if n < 2:
        return np.empty((0, 2), dtype=int)
    order = np.argsort(b[:, 0], kind="mergesort")
    sb = b[order]
    ends = np.searchsorted(sb[:, 0], sb[:, 2], side="right")
    out_i, out_j = [], []
    for k in range(n):
        stop = ends[k]
        if stop <= k + 1:
            continue
        cand = np.arange(k + 1, stop)
        ok = (sb[cand, 1] <= sb[k, 3]) & (sb[cand, 3] >= sb[k, 1])
        if ok.any():
            hits = order[cand[ok]]
            me = order[k]
            out_i.append(np.minimum(hits, me))
            out_j.append(np.maximum(hits, me))
    if not out_i:
        return np.empty((0, 2), dtype=int)
    pairs = np.column_stack([np.concatenate(out_i), np.concatenate(out_j)])
    return pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))]


def _polygonal(geom):
    """The polygonal part of an intersection result (drops points and lines)."""
    if geom is None or geom.is_empty:
        return None
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    if geom.geom_type == "GeometryCollection":
        from shapely.geometry import MultiPolygon

        polys = []
        for g in geom.geoms:
            if g.geom_type == "Polygon" and not g.is_empty:
                polys.append(g)
            elif g.geom_type == "MultiPolygon":
                polys.extend(g.geoms)
        if polys:
            return polys[0] if len(polys) == 1 else MultiPolygon(polys)
    return None


def _valid(geom):
    if geom is None or geom.is_empty:
        return geom, False
    if geom.is_valid:
        return geom, False
    try:  # shapely >= 1.8
        from shapely.validation import make_valid
    except ImportError:  # pragma: no cover
        return geom.buffer(0), True
    return _polygonal(make_valid(geom)), True


TYPE_LABELS_NL = {
    "geothermie_locatie": "geothermielocatie",
    "geothermie_zoeklocatie": "zoeklocatie geothermie",
    "aquathermie": "aquathermie",
    "restwarmte_wos": "warmteoverdrachtstation (WOS)",
    "bodemenergie_interferentiegebied": "interferentiegebied bodemenergie",
    "bodemenergie_zone_warm": "warme bodemenergiezone",
    "bodemenergie_zone_koud": "koude bodemenergiezone",
    "warmtenet_trace": "warmtenettracé",
    "overig": "overige claim",
}


#: Levels of the register's value map.
LEVELS = (LEVEL_ABOVE, LEVEL_BELOW, LEVEL_BOTH)


def unknown_values(claims: Iterable[Claim]) -> dict[str, dict[str, int]]:
    """Claim types and levels that are given but not in the register's value maps
    (compared as :func:`depth_range` and :func:`advice` read them: case and blanks
    ignored): ``{"claim_type": {value: count}, "level": {value: count}}``.

    >>> unknown_values([Claim("a", None, claim_type=" Overig", level="x"),
    ...                 Claim("b", None, claim_type="wko", level=None)])
    {'claim_type': {'wko': 1}, 'level': {'x': 1}}
    """
    out = {"claim_type": {}, "level": {}}
    for c in claims:
        for key, value, known in (
            ("claim_type", c.claim_type, TYPE_LABELS_NL),
            ("level", c.level, LEVELS),
        ):
            text = _norm(value)
            if text and text not in known:
                raw = str(value).strip()
                out[key][raw] = out[key].get(raw, 0) + 1
    return out


def _label(claim_type):
    t = _norm(claim_type)
    return TYPE_LABELS_NL.get(t, t or "claim zonder type")


def _name(claim):
    return str(claim.name).strip() if claim.name not in (None, "") else str(claim.claim_id)


def advice(a: Claim, b: Claim, depth_known: bool = True) -> str:
    """A short Dutch sentence naming what must be decided about two conflicting claims.
    The college decides; the sentence only names the question."""
    ta, tb = _norm(a.claim_type), _norm(b.claim_type)
    types = {ta, tb}
    na, nb = _name(a), _name(b)
    if types == {"bodemenergie_zone_warm", "bodemenergie_zone_koud"}:
        text = (
            "Warme en koude bodemenergiezone overlappen: besluit waar de grens tussen "
            "warm en koud ligt, zodat bronnen van tegengestelde temperatuur niet naast "
            "elkaar komen."
        )
    elif ta == tb == "bodemenergie_interferentiegebied":
        text = (
            f"Interferentiegebieden '{na}' en '{nb}' overlappen: besluit hoe de ondergrond "
            "wordt verdeeld (bijvoorbeeld in een bodemenergieplan) en welke systemen voorgaan."
        )
    elif types & {"geothermie_locatie", "geothermie_zoeklocatie"} and len(types) > 1:
        text = (
            f"Claim '{na}' ({_label(ta)}) overlapt met '{nb}' ({_label(tb)}): besluit of de "
            "geothermielocatie voorrang krijgt of verplaatst wordt."
        )
    elif "warmtenet_trace" in types:
        text = (
            "Het warmtenettracé overlapt met '{}': besluit over de ligging van het "
            "tracé of een reserveringsstrook."
        ).format(nb if ta == "warmtenet_trace" else na)
    else:
        text = (
            f"Claims '{na}' ({_label(ta)}) en '{nb}' ({_label(tb)}) overlappen: besluit welke "
            "claim voorrang krijgt of hoe de ruimte wordt verdeeld."
        )
    sa, sb = _norm(a.status), _norm(b.status)
    if "vastgesteld" in (sa, sb) and sa != sb:
        fixed = na if sa == "vastgesteld" else nb
        text += f" '{fixed}' is al vastgesteld."
    if not depth_known:
        text += " Diepte onbekend: vul de dieptes aan om te zien of de claims elkaar echt raken."
    return text + " Het college besluit."


#: Claim types that are parts of one plan rather than competing claims [A]: the warm and
#: cold zones of a bodemenergieplan order the interference area they lie in.
PLAN_PARTS = (
    frozenset(("bodemenergie_interferentiegebied", "bodemenergie_zone_warm")),
    frozenset(("bodemenergie_interferentiegebied", "bodemenergie_zone_koud")),
)


def _plan_parts(a, b):
    return frozenset((_norm(a.claim_type), _norm(b.claim_type))) in PLAN_PARTS


def _same_kind(a, b):
    ia, ib = _norm(a.initiator), _norm(b.initiator)
    return _norm(a.claim_type) == _norm(b.claim_type) and ia != "" and ia == ib


def find_conflicts(claims: Iterable[Claim], min_overlap_area: float = MIN_OVERLAP_AREA,
                   same_type_conflicts: bool = False, feedback: Any = None,
                   plan_parts_conflict: bool = False,
                   ) -> tuple[list[Conflict], dict[str, int]]:  # fmt: skip
    """All conflicts between claims (a list of :class:`Claim` in a metric CRS).

    Returns ``(conflicts, counts)``: a list of :class:`Conflict` sorted by (a, b) and a
    dict of warning counts: ``unknown_depth`` (claims without a usable depth range),
    ``repaired`` (invalid geometries repaired with make_valid), ``empty`` (claims without
    geometry, skipped). ``feedback`` may be any object with ``isCanceled()`` and
    ``setProgress(percent)``. Warm/cold zones overlapping a soil-energy interference area
    are parts of one plan (see PLAN_PARTS) and no conflict unless ``plan_parts_conflict``.
    """
    claims = list(claims)
    counts = {"unknown_depth": 0, "repaired": 0, "empty": 0}
    geoms, ranges, bounds, keep = [], [], [], []
    for c in claims:
        g, repaired = _valid(c.geometry)
        counts["repaired"] += int(repaired)
        if g is None or g.is_empty:
            counts["empty"] += 1
            geoms.append(None)
            ranges.append(None)
            bounds.append((np.nan,) * 4)
            continue
        r = depth_range(c.level, c.depth_top, c.depth_bottom)
        counts["unknown_depth"] += int(r is None)
        geoms.append(g)
        ranges.append(r)
        # a repaired geometry lies within the original's box, so the given box still holds
        bounds.append(c.bounds if c.bounds is not None else g.bounds)  # type: ignore[arg-type]
        keep.append(len(geoms) - 1)
    keep = np.asarray(keep, dtype=int)
    pairs = (
        candidate_pairs(np.asarray(bounds, dtype=float)[keep])
        if len(keep)
        else np.empty((0, 2), int)
    )
    conflicts = []
    total = len(pairs)
    for n, (pi, pj) in enumerate(pairs):
        if feedback is not None:
            if feedback.isCanceled():
                break
            if n % 500 == 0 and total:
                feedback.setProgress(100.0 * n / total)
        i, j = int(keep[pi]), int(keep[pj])
        a, b = claims[i], claims[j]
        if not same_type_conflicts and _same_kind(a, b):
            continue
        if not plan_parts_conflict and _plan_parts(a, b):
            continue
        ra, rb = ranges[i], ranges[j]
        known = ra is not None and rb is not None
        shared = depth_overlap(ra, rb) if known else None  # type: ignore[arg-type]
        if known and shared is None:
            continue
        inter = _polygonal(geoms[i].intersection(geoms[j]))
        if inter is None:
            continue
        area = inter.area
        if area <= min_overlap_area:
            continue
        conflicts.append(Conflict(i, j, inter, area, shared, known, advice(a, b, known)))
    return conflicts, counts
