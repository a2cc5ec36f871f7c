"""Aquathermal energy (aquathermie): heat from surface water along quay walls (TEO) and
from waste water (TEA).

Formulas, defaults and sources: docs/method.md, "Aquathermal energy"::

    Q_src  = rho_c_w * V * dT                    heat taken from water (MJ; rho_c_w in MJ/m3K)
    Q_del  = Q_src * COP / (COP - 1)             heat delivered by the heat pump
    E      = Q_del / COP                         electricity of the heat pump
    homes  = Q_del / GJ_PER_HOME

Still water (canals, harbours): ``source = assigned area * YIELD_STILL`` (GJ/m2/yr [A]).
Flowing water: ``source = flow * rho_c_w * dT * HARVEST_HOURS * 3600 / 1000`` GJ/yr for the
whole water body, with the usable cooling ``dT = clip(T_water - T_MIN_OUTLET, 0, DELTA_T_MAX)``
(PyPSA-Eur's river-water heat pump rule), shared over the quay segments that draw from it in
proportion to the area of that body assigned to each. ``T_water`` is the mean water
temperature over the harvest season (a monthly or seasonal mean). Combining PyPSA-Eur's
cooling limit with Vesta MAIS's full-load hours is an assumption [A].

Allocation of water to quay segments [A]: every quay is cut into segments of
about ``segment_length`` (the pieces of one quay are equal, so there are no slivers); each
point of water goes to the nearest segment if that segment is within ``max_reach``. The
nearest-segment partition is a Voronoi diagram (scipy's Qhull) of points placed along the
segments every ``spacing`` metres (at most), the cells of one segment dissolved; each
segment's water is ``cell ∩ buffer(segment, max_reach) ∩ water``. The cells partition the
plane, so every square metre of water is counted once; and since a point's nearest segment
is within reach whenever any segment is, the union of the pieces is the water within reach
of the quays (up to spacing / 2 at the rim of the reach).

Nothing here imports qgis; scipy is imported inside the functions that need it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from .constants import C_WATER, GJ_PER_HOME, SECONDS_PER_HOUR

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

    from ._types import FloatArray, Numbers, Values

#: Default segment length along the quay, m [A].
SEGMENT_LENGTH = 100.0
#: Default maximum distance from a quay segment to the water it draws from, m [A].
MAX_REACH = 150.0
#: Default harvest from still water, GJ per m2 per year [A: no Dutch figure is published;
#: the sun puts about 1.1 GJ/m2/yr into a lake (seethermie.ch); plausible range 0.3-1.5].
YIELD_STILL = 0.5
#: Default maximum cooling of flowing water, K [S: PyPSA-Eur, river-water heat pumps].
DELTA_T_MAX = 4.0
#: Default minimum outlet temperature of flowing water, C [S: PyPSA-Eur, river-water heat
#: pumps]: water is not cooled below it, so dT = clip(T_water - T_MIN_OUTLET, 0, DELTA_T_MAX).
T_MIN_OUTLET = 1.0
#: Default mean water temperature over the harvest season, C [A: TEO is harvested in summer
#: and stored in soil energy; Dutch surface water is about 25 C in summer and 5 C in winter;
#: a consultancy tool (JADE) harvests from 15 C, taken here as a cautious seasonal mean].
WATER_TEMPERATURE = 15.0
#: Plausible range of a mean surface-water temperature, C [A]; values outside are data errors.
MIN_WATER_TEMPERATURE = -2.0
MAX_WATER_TEMPERATURE = 40.0
#: Default full-load hours of TEO per year [S: PBL Vesta MAIS, 2,000 h/yr for a 20 C source;
#: combined with PyPSA-Eur's cooling limit as an assumption [A]].
HARVEST_HOURS = 2000.0
#: Default COP of a water-source heat pump [S: aquathermie.nl, range 3-5].
COP = 4.0
#: Default distance within which demand counts for a quay segment, m [A].
DEMAND_DISTANCE = 500.0
#: Largest plausible (average) flow of a surface-water body, m3/s [A: generous; the Rhine
#: at Lobith averages about 2,200 m3/s]. Larger values are data errors.
MAX_FLOW_SURFACE_M3_S = 1.0e4
#: Largest plausible waste-water flow of one source, m3/day [A: generous; the largest
#: treatment plants of the world treat about 5 million m3/day, AWZI Houtrust 79,000].
MAX_FLOW_WASTEWATER_M3_DAY = 1.0e7
#: Largest plausible cooling of waste water, K [A: generous; waste water of 10-25 °C
#: cannot be cooled much more than 20 K without freezing].
MAX_DELTA_T_WASTEWATER = 30.0
#: Default cooling of waste water, K [S: Bronnenstrategie, Houtrust "cooling by 4 degrees"].
DELTA_T_WASTEWATER = 4.0
#: Default maximum spacing of the points that approximate a segment in the allocation, m [A].
SPACING = 5.0
#: Default tolerance within which a quay polygon's edge "touches" water, m [A].
TOUCH_TOLERANCE = 1.0

DAYS_PER_YEAR = 365.0
HOURS_PER_YEAR = 8760.0
MJ_PER_GJ = 1000.0


# ---------------------------------------------------------------------------------------
# heat formulas
# ---------------------------------------------------------------------------------------
def _out(a):
    a = np.asarray(a, dtype=float)
    return a if a.ndim else float(a)


def heat_pump(source_gj: FloatArray, cop: FloatArray = COP) -> tuple[Any, Any]:
    """Delivered heat and electricity (GJ) of a heat pump taking ``source_gj`` from water.

    delivered = source * COP / (COP - 1); electricity = delivered / COP.

    >>> heat_pump(300.0, 4.0)
    (400.0, 100.0)
    """
    if cop <= 1:
        raise ValueError("COP must be larger than 1")
    src = np.asarray(source_gj, dtype=float)
    delivered = src * cop / (cop - 1.0)
    return _out(delivered), _out(delivered / cop)


def homes(delivered_gj: FloatArray, gj_per_home: float = GJ_PER_HOME) -> Any:
    """Home-equivalents supplied by ``delivered_gj`` (GJ/yr)."""
    return _out(np.asarray(delivered_gj, dtype=float) / gj_per_home)


def flowing_source_gj(
    flow_m3_s: FloatArray,
    delta_t: FloatArray = DELTA_T_MAX,
    hours: float = HARVEST_HOURS,
    c_water: float = C_WATER,
) -> Any:
    """Heat (GJ/yr) taken from flowing water: flow * rho_c_w * dT * hours * 3600 / 1000.

    >>> round(flowing_source_gj(1.0), 1)   # 1 * 4.18 * 4 = 16.72 MW; * 7.2e6 s = 120,384 GJ
    120384.0
    """
    q = np.asarray(flow_m3_s, dtype=float)
    return _out(q * c_water * delta_t * hours * SECONDS_PER_HOUR / MJ_PER_GJ)


def usable_delta_t(
    water_temperature: FloatArray = WATER_TEMPERATURE,
    t_min: float = T_MIN_OUTLET,
    delta_t_max: float = DELTA_T_MAX,
) -> Any:
    """Usable cooling (K) of flowing water: clip(T_water - T_min, 0, dT_max) (PyPSA-Eur).

    >>> usable_delta_t(15.0), usable_delta_t(3.0), usable_delta_t(0.5)
    (4.0, 2.0, 0.0)
    """
    t = np.asarray(water_temperature, dtype=float) - float(t_min)
    return _out(np.clip(t, 0.0, float(delta_t_max)))


def wastewater_source_gj(
    flow_m3_day: FloatArray, delta_t: FloatArray = DELTA_T_WASTEWATER, c_water: float = C_WATER
) -> Any:
    """Heat (GJ/yr) taken from waste water: flow * 365 * rho_c_w * dT / 1000.

    AWZI Houtrust, 79,000 m3/day, 4 K: 28,835,000 m3 * 4.18 * 4 = 482,121 GJ.
    """
    q = np.asarray(flow_m3_day, dtype=float)
    return _out(q * DAYS_PER_YEAR * c_water * np.asarray(delta_t, dtype=float) / MJ_PER_GJ)


def average_power_mw(energy_gj_per_year: FloatArray) -> Any:
    """Average power (MW) of a yearly energy (GJ/yr): GJ * 1000 MJ / (8760 * 3600 s)."""
    e = np.asarray(energy_gj_per_year, dtype=float)
    return _out(e * MJ_PER_GJ / (HOURS_PER_YEAR * SECONDS_PER_HOUR))


def wastewater_heat(
    flow_m3_day: FloatArray,
    delta_t: FloatArray = DELTA_T_WASTEWATER,
    cop: FloatArray = COP,
    gj_per_home: float = GJ_PER_HOME,
    c_water: float = C_WATER,
) -> dict[str, Any]:
    """All TEA outputs as a dict of arrays (or floats): source_gj, delivered_gj,
    electricity_gj, homes, mw_avg."""
    src = wastewater_source_gj(flow_m3_day, delta_t, c_water)
    delivered, electricity = heat_pump(src, cop)
    return {
        "source_gj": src,
        "delivered_gj": delivered,
        "electricity_gj": electricity,
        "homes": homes(delivered, gj_per_home),
        "mw_avg": average_power_mw(src),
    }


def wastewater_totals(result: dict) -> dict:
    """Sums of source_gj, delivered_gj and homes of :func:`wastewater_heat` over all
    sources (added one by one in order, as Python floats)."""
    return {
        k: sum(np.asarray(result[k], dtype=float).ravel().tolist(), 0.0)
        for k in ("source_gj", "delivered_gj", "homes")
    }


# ---------------------------------------------------------------------------------------
# geometry helpers (shapely 1.8 and 2.x)
# ---------------------------------------------------------------------------------------
def _parts(geom):
    """Flat list of the non-empty single parts of a geometry."""
    if geom is None or geom.is_empty:
        return []
    if hasattr(geom, "geoms"):
        out = []
        for g in geom.geoms:
            out.extend(_parts(g))
        return out
    return [geom]


def _lines(geom):
    """LineStrings of a (multi)line geometry, merged where parts connect."""
    from shapely.geometry import LineString, MultiLineString
    from shapely.ops import linemerge

    parts = [g for g in _parts(geom) if isinstance(g, LineString) and g.length > 0]
    if not parts:
        return []
    if len(parts) == 1:
        return parts
    merged = linemerge(MultiLineString(parts))
    return [g for g in _parts(merged) if g.length > 0]


def _polygons(geom):
    # geom_type rather than isinstance: no import per call (hot loop; QGIS hooks imports)
    return [g for g in _parts(geom) if g.geom_type == "Polygon" and g.area > 0]


def _make_valid(geom):
    if geom is None or geom.is_empty or geom.is_valid:
        return geom
    return geom.buffer(0)


class _Tree:
    """STRtree returning indices under shapely 1.8 and 2.x."""

    def __init__(self, geoms):
        import warnings

        from shapely.strtree import STRtree

        self.geoms = list(geoms)
        with warnings.catch_warnings():  # shapely 1.8 announces the 2.0 API change
            warnings.simplefilter("ignore")
            self.tree = STRtree(self.geoms) if self.geoms else None
        self._ids = {id(g): i for i, g in enumerate(self.geoms)}

    def query(self, geom):
        if self.tree is None:
            return []
        res = self.tree.query(geom)
        if len(res) and not isinstance(res[0], (int, np.integer)):
            return sorted(self._ids[id(g)] for g in res)
        return sorted(int(i) for i in res)


def split_length(length: float, segment_length: float = SEGMENT_LENGTH) -> int:
    """Number of equal pieces a quay of ``length`` is cut into: round(length / segment_length),
    at least 1. The pieces are length / n long, so none is a sliver: each is between
    2/3 and 3/2 x segment_length (a quay shorter than 1.5 x segment_length stays whole).

    >>> split_length(250, 100), split_length(240, 100), split_length(30, 100)
    (3, 2, 1)
    """
    if segment_length <= 0:
        raise ValueError("segment length must be positive")
    return max(1, int(math.floor(length / segment_length + 0.5)))


def _interpolate_geos(xy, dist):
    """Points at the distances ``dist`` along the line ``xy`` (n, 2), computed as GEOS's
    interpolate (``LineString.interpolate``) does: the running length of the edges, the
    first edge whose end lies beyond the distance, the fraction along it."""
    d = np.diff(xy, axis=0)
    seg_len = np.sqrt(d[:, 0] * d[:, 0] + d[:, 1] * d[:, 1])
    end = np.cumsum(seg_len)
    dist = np.asarray(dist, dtype=float)
    j = np.searchsorted(end, dist, side="right")  # first edge with end > dist
    out = np.empty((len(dist), 2))
    last = j >= len(seg_len)
    out[last] = xy[-1]
    jj = np.minimum(j, len(seg_len) - 1)
    before = np.where(jj > 0, end[jj - 1], 0.0)
    p0, p1 = xy[jj], xy[jj + 1]
    with np.errstate(divide="ignore", invalid="ignore"):
        frac = (dist - before) / seg_len[jj]
        pt = (p1 - p0) * frac[:, None] + p0
    pt = np.where((frac <= 0)[:, None], p0, np.where((frac >= 1)[:, None], p1, pt))
    pt[dist <= 0] = xy[0]
    out[~last] = pt[~last]
    return out


def segment_line(line: BaseGeometry, segment_length: float = SEGMENT_LENGTH) -> list[BaseGeometry]:
    """Cut a LineString into ``split_length`` pieces of equal length.

    The pieces are those of ``shapely.ops.substring(line, i * step, (i + 1) * step)`` (ends
    interpolated as GEOS does, the vertices strictly between them by substring's running
    distance), cut for all pieces of the line at once.
    """
    from shapely.geometry import LineString

    length = line.length
    n = split_length(length, segment_length)
    if n == 1:
        return [line]
    step = length / n
    if line.has_z:
        from shapely.ops import substring

        return [substring(line, i * step, (i + 1) * step) for i in range(n)]
    xy = np.asarray(line.coords, dtype=float)[:, :2]
    # substring's running distance of the vertices, in Python floats as substring has it
    cum, current = [], 0.0
    for (x0, y0), (x1, y1) in zip(xy[:-1].tolist(), xy[1:].tolist()):
        cum.append(current)
        current += ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
    cum = np.asarray(cum)
    cuts = np.arange(n + 1) * step  # i * step as substring gets it
    ends = _interpolate_geos(xy, cuts)
    lo = np.searchsorted(cum, cuts[:-1], side="right")
    hi = np.searchsorted(cum, cuts[1:], side="left")
    return [
        LineString(np.vstack([ends[i : i + 1], xy[lo[i] : hi[i]], ends[i + 1 : i + 2]]))
        for i in range(n)
    ]


def segment_quays(
    quay_lines: Iterable[BaseGeometry | None], segment_length: float = SEGMENT_LENGTH
) -> tuple[list[BaseGeometry], np.ndarray]:
    """Segments of a list of quay geometries (lines).

    Returns ``(segments, quay_index)``: a list of LineStrings and, for each, the index of the
    quay it came from. Connected parts of one multi-line quay are merged first.
    """
    segments, index = [], []
    for qi, geom in enumerate(quay_lines):
        for line in _lines(geom):
            for seg in segment_line(line, segment_length):
                segments.append(seg)
                index.append(qi)
    return segments, np.asarray(index, dtype=int)


def water_facing_edges(
    polygon: BaseGeometry, water_tree: Any, tolerance: float = TOUCH_TOLERANCE
) -> list[BaseGeometry]:
    """The parts of a quay polygon's boundary that touch and face water.

    An edge is kept when its midpoint lies within ``tolerance`` of water and water lies on
    its outer side (a point just outside the polygon is nearer to water than a point just
    inside). So of a thin quay wall along a canal only the canal side is kept, not the land
    side nor the short ends. ``water_tree`` is a ``_Tree`` over water polygons.
    Returns a list of merged LineStrings (empty if the polygon touches no water).
    """
    from shapely.geometry import LineString, MultiLineString, Point
    from shapely.ops import linemerge, unary_union

    polygon = _make_valid(polygon)
    near = water_tree.query(polygon.buffer(tolerance + 1e-6).envelope)
    if not near:
        return []
    water = (
        water_tree.geoms[near[0]]
        if len(near) == 1
        else unary_union([water_tree.geoms[i] for i in near])
    )
    kept = []
    for poly in _polygons(polygon):
        for ring in [poly.exterior] + list(poly.interiors):
            coords = np.asarray(ring.coords)[:, :2]
            for a, b in zip(coords[:-1], coords[1:]):
                d = b - a
                length = float(np.hypot(*d))
                if length == 0:
                    continue
                mid = (a + b) / 2.0
                if water.distance(Point(mid)) > tolerance:
                    continue
                normal = np.array([d[1], -d[0]]) / length
                eps = min(tolerance, length / 4.0, 0.25) or 1e-3
                p1, p2 = Point(mid + eps * normal), Point(mid - eps * normal)
                in1 = poly.contains(p1)
                outside, inside = (p2, p1) if in1 else (p1, p2)
                if water.distance(outside) < water.distance(inside):
                    kept.append(LineString([tuple(a), tuple(b)]))
    if not kept:
        return []
    return [g for g in _parts(linemerge(MultiLineString(kept))) if g.length > 0]


def _densify(line, spacing):
    """Coordinates along ``line``: its vertices plus points so that no piece exceeds spacing."""
    xy = np.asarray(line.coords, dtype=float)[:, :2]
    step = np.hypot(*np.diff(xy, axis=0).T)
    cum = np.concatenate([[0.0], np.cumsum(step)])
    total = cum[-1]
    n = max(1, int(math.ceil(total / spacing)))
    pos = np.union1d(cum, np.linspace(0.0, total, n + 1))
    keep = np.concatenate([[True], np.diff(pos) > 1e-9])
    pos = pos[keep]
    # np.interp needs increasing cum: drop zero-length edges
    ok = np.concatenate([[True], step > 0])
    return np.column_stack([np.interp(pos, cum[ok], xy[ok, 0]), np.interp(pos, cum[ok], xy[ok, 1])])


def _line_coords(lines):
    """The 2D coordinates of LineStrings as one (n, 2) array and the line of each row."""
    try:
        import shapely

        if hasattr(shapely, "get_coordinates"):
            xy, which = shapely.get_coordinates(np.asarray(lines, dtype=object), return_index=True)
            return np.asarray(xy, dtype=float), np.asarray(which, dtype=int)
    except ImportError:  # pragma: no cover
        pass
    arrays = [np.asarray(line.coords, dtype=float)[:, :2].reshape(-1, 2) for line in lines]
    counts = np.fromiter((len(a) for a in arrays), dtype=int, count=len(arrays))
    if not counts.sum():
        return np.zeros((0, 2)), np.zeros(0, dtype=int)
    return np.vstack(arrays), np.repeat(np.arange(len(arrays)), counts)


def segment_pieces(
    segments: Sequence[BaseGeometry], spacing: float = SPACING
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Short straight pieces of all segments: (start xy, end xy, segment index).

    The points along each segment are ``_densify(segment, spacing)``: its vertices plus
    points every ``total / n`` (n = ceil(total / spacing)), closer than 1e-9 m to the
    previous one dropped. All segments are done at once in numpy, with the same arithmetic
    per segment as ``_densify`` (so the same points).
    """
    empty = np.zeros((0, 2)), np.zeros((0, 2)), np.zeros(0, dtype=int)
    if not len(segments):
        return empty
    xy, line = _line_coords(segments)
    if not len(xy):
        return empty
    n_lines = len(segments)
    first = np.concatenate([[True], line[1:] != line[:-1]])
    # edge lengths (np.hypot as _densify) and the running length per line; the running sum
    # is accumulated row by row over lines with the same number of vertices, so that it
    # adds in the same order as a cumsum per line
    step = np.zeros(len(xy))
    inner = ~first
    d = xy[inner] - xy[np.flatnonzero(inner) - 1]
    step[inner] = np.hypot(d[:, 0], d[:, 1])
    count = np.bincount(line, minlength=n_lines)
    start = np.concatenate([[0], np.cumsum(count)[:-1]])
    cum = np.zeros(len(xy))
    for k in np.unique(count[count > 1]):
        rows = np.flatnonzero(count == k)
        at = start[rows][:, None] + np.arange(k)[None, :]
        cum[at] = np.cumsum(step[at], axis=1)
    total = np.zeros(n_lines)
    has = count > 0
    total[has] = cum[start[has] + count[has] - 1]
    n = np.maximum(1, np.ceil(total / spacing).astype(int))
    # np.linspace(0, total, n + 1): i * (total / n), and exactly total at the end
    lin_line = np.repeat(np.arange(n_lines), np.where(has, n + 1, 0))
    offs = np.concatenate([[0], np.cumsum(np.where(has, n + 1, 0))[:-1]])
    i = np.arange(len(lin_line)) - offs[lin_line]
    lin = i * (total / n)[lin_line]
    lin[i == n[lin_line]] = total[lin_line][i == n[lin_line]]
    # the vertices that np.interp uses (edges of zero length dropped)
    is_xp = first | (step > 0)
    # np.union1d(cum, lin) per line, sorted; then the 1e-9 filter of _densify
    val = np.concatenate([cum, lin])
    own = np.concatenate([line, lin_line])
    flag = np.concatenate([is_xp, np.zeros(len(lin), dtype=bool)])
    order = np.lexsort((val, own))
    val, own, flag = val[order], own[order], flag[order]
    new = np.concatenate([[True], (own[1:] != own[:-1]) | (val[1:] != val[:-1])])
    grp = np.flatnonzero(new)
    flag = np.add.reduceat(flag.astype(int), grp)  # xp values at this position
    val, own = val[grp], own[grp]
    # index of the last interpolation vertex at or before each position (np.interp's j)
    xp_pos = np.flatnonzero(is_xp)  # rows of xy, in line order
    xp_line = line[xp_pos]
    n_xp = np.bincount(xp_line, minlength=n_lines)
    xp_start = np.concatenate([[0], np.cumsum(n_xp)[:-1]])
    seen = np.cumsum(flag)
    line_first = np.concatenate([[True], own[1:] != own[:-1]])
    base = np.zeros(len(own), dtype=int)
    base[line_first] = seen[line_first] - flag[line_first]
    base = np.maximum.accumulate(np.where(line_first, base, 0))
    j = seen - base - 1  # index into the line's interpolation vertices
    keep = np.concatenate([[True], line_first[1:] | (np.diff(val) > 1e-9)])
    val, own, j = val[keep], own[keep], j[keep]
    g = xp_start[own] + j
    xp_x = xy[xp_pos]
    xp_cum = cum[xp_pos]
    last = j == n_xp[own] - 1
    exact = xp_cum[g] == val
    g1 = np.minimum(g + 1, len(xp_pos) - 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        slope = (xp_x[g1] - xp_x[g]) / (xp_cum[g1] - xp_cum[g])[:, None]
        pts = slope * (val - xp_cum[g])[:, None] + xp_x[g]
    pts = np.where((last | exact)[:, None], xp_x[g], pts)
    # pieces between consecutive points of a line
    same = own[1:] == own[:-1]
    return pts[:-1][same], pts[1:][same], own[:-1][same]


def _buffer_line(line, distance):
    """Buffer of a line. A closed line is buffered as two open halves: GEOS (3.11) can leave
    a false hole in the buffer of a closed ring when the distance exceeds its size."""
    coords = line.coords if line.is_closed else None  # is_closed first: a cheap filter
    if coords is not None and len(coords) > 2 and coords[0] == coords[-1]:
        from shapely.ops import substring, unary_union

        half = line.length / 2.0
        return unary_union(
            [
                substring(line, 0.0, half).buffer(distance),
                substring(line, half, line.length).buffer(distance),
            ]
        )
    return line.buffer(distance)


def _point_segment_distance(p, a, b):
    """Distance from points p to straight pieces a-b (row-wise, numpy)."""
    ab = b - a
    denom = np.einsum("ij,ij->i", ab, ab)
    t = np.where(denom > 0, np.einsum("ij,ij->i", p - a, ab) / np.where(denom > 0, denom, 1), 0)
    t = np.clip(t, 0.0, 1.0)
    proj = a + ab * t[:, None]
    return np.hypot(*(p - proj).T)


# ---------------------------------------------------------------------------------------
# allocation of water to segments
# ---------------------------------------------------------------------------------------
def _voronoi(gen, reach):
    """scipy's Voronoi diagram of the points ``gen`` plus eight far-away points around
    them, computed around the centre of ``gen``; returns ``(vor, centre)``.

    scipy's Qhull is used rather than GEOS: GEOS's Voronoi diagram (3.11) returns
    overlapping and missing cells for the regular, partly co-circular generator grids of
    straight quays, which counted water twice where quays meet. The eight far points close
    every cell of ``gen``; they lie so far out that every point within ``reach`` of a
    generator is nearer to a generator than to them.
    """
    from scipy.spatial import Voronoi

    gen = np.asarray(gen, dtype=float)
    centre = (gen.min(axis=0) + gen.max(axis=0)) / 2.0
    span = float(np.hypot(*(gen.max(axis=0) - gen.min(axis=0))))
    far = 4.0 * (span + reach) + 100.0
    angle = np.arange(8) * np.pi / 4.0
    ring = far * np.column_stack([np.cos(angle), np.sin(angle)])
    return Voronoi(np.vstack([gen - centre, ring])), centre


def _voronoi_cells(gen, reach, which=None, diagram=None):
    """Voronoi cells (convex shapely polygons) of the points ``gen``, one per point (None
    where Qhull gave a point no cell: a near-duplicate of a neighbour, which takes its area).

    ``which``: indices of the points whose cells are built (the others are None);
    ``diagram``: ``_voronoi(gen, reach)`` if already computed.
    """
    vor, centre = diagram if diagram is not None else _voronoi(gen, reach)
    n = len(gen)
    which = range(n) if which is None else which
    regions = {
        i: vor.regions[vor.point_region[i]] if vor.point_region[i] >= 0 else [] for i in which
    }
    keep = [i for i in which if len(regions[i]) >= 3 and -1 not in regions[i]]
    cells = [None] * n
    if not keep:
        return cells
    try:
        import shapely

        # shapely 2 (by its functions: Debian sid's shapely reports version "0+unknown")
        vectorised = hasattr(shapely, "multipoints") and hasattr(shapely, "convex_hull")
    except ImportError:  # pragma: no cover
        vectorised = False
    if vectorised:
        index = np.concatenate([np.full(len(regions[i]), k) for k, i in enumerate(keep)])
        coords = vor.vertices[np.concatenate([regions[i] for i in keep])] + centre
        hulls = shapely.convex_hull(shapely.multipoints(coords, indices=index))
        for k, i in enumerate(keep):
            cells[i] = hulls[k]
        return cells
    from shapely.geometry import MultiPoint

    for i in keep:
        cells[i] = MultiPoint([tuple(p) for p in vor.vertices[regions[i]] + centre]).convex_hull
    return cells


def _cycles(nxt):
    """Cycles of the permutation ``nxt`` (numpy, pointer doubling): for every element the
    smallest element of its cycle (the cycle's label) and its position in the cycle counted
    from that element."""
    m = len(nxt)
    label = np.arange(m)
    jump = nxt.copy()
    while True:  # label = min over ever longer windows of the cycle until constant on it
        label = np.minimum(label, label[jump])
        if (label[nxt] == label).all():
            break
        jump = jump[jump]
    # steps to the end of the cycle (the element before its label), by list ranking
    tail = nxt == label
    succ = np.where(tail, np.arange(m), nxt)
    dist = (~tail).astype(np.int64)
    while True:
        nsucc = succ[succ]
        if (nsucc == succ).all():
            break
        dist = dist + dist[succ]
        succ = nsucc
    size = np.bincount(label, minlength=m)
    return label, size[label] - 1 - dist


def _owner_edges(vor, own, n_owner):
    """The directed boundary edges (owner, from vertex, to vertex) between the cells of
    different owners, each with its owner on the left, and the owners marked ``bad``
    (array of n_owner + 1) whose cells are unbounded or degenerate."""
    verts = vor.vertices
    rp = vor.ridge_points
    rv = np.asarray(vor.ridge_vertices, dtype=np.int64).reshape(-1, 2)
    cut = own[rp[:, 0]] != own[rp[:, 1]]
    rp, rv = rp[cut], rv[cut]
    bad = np.zeros(n_owner + 1, dtype=bool)  # index -1 (the far points) is never used
    unbounded = (rv < 0).any(axis=1)
    bad[own[rp[unbounded]].ravel()] = True
    rp, rv = rp[~unbounded], rv[~unbounded]
    v0, v1 = verts[rv[:, 0]], verts[rv[:, 1]]
    d = v1 - v0
    q = vor.points[rp[:, 0]] - v0
    cross = d[:, 0] * q[:, 1] - d[:, 1] * q[:, 0]
    zero = (d == 0).all(axis=1)
    bad[own[rp[~zero & (cross == 0)]].ravel()] = True
    ok = ~zero & (cross != 0)
    rp, rv, left = rp[ok], rv[ok], cross[ok] > 0
    a = np.where(left, rv[:, 0], rv[:, 1])
    b = np.where(left, rv[:, 1], rv[:, 0])
    # directed boundary edges, each with its owner on the left
    e_own = np.concatenate([own[rp[:, 0]], own[rp[:, 1]]])
    e_from = np.concatenate([a, b])
    e_to = np.concatenate([b, a])
    mine = e_own >= 0
    e_own, e_from, e_to = e_own[mine], e_from[mine], e_to[mine]
    return e_own, e_from, e_to, bad


def _chain_edges(e_own, e_from, e_to, bad, nv):
    """The edges of the owners whose edges chain into rings (each vertex left and
    entered once per owner), and for each edge the index of the next one; owners that do
    not chain are marked in ``bad``."""
    while True:  # a second pass once the owners that do not chain are set aside
        keep = ~bad[e_own]
        e_own, e_from, e_to = e_own[keep], e_from[keep], e_to[keep]
        k_from = e_own * nv + e_from
        k_to = e_own * nv + e_to
        order = np.argsort(k_from, kind="stable")
        sk = k_from[order]
        bad[e_own[order[1:][sk[1:] == sk[:-1]]]] = True
        st = np.sort(k_to)
        bad[(st[1:][st[1:] == st[:-1]]) // nv] = True
        pos = np.minimum(np.searchsorted(sk, k_to), max(len(sk) - 1, 0))
        found = sk[pos] == k_to if len(sk) else np.zeros(0, dtype=bool)
        bad[e_own[~found]] = True
        if not bad[e_own].any():
            break
    return e_own, e_from, e_to, order[pos]


def _ring_regions(verts, centre, edges, nxt, bad, n_owner):
    """owner -> Polygon from the chained edges (one counter-clockwise shell, clockwise
    holes); owners with no single shell are marked in ``bad`` and left out."""
    from shapely.geometry import Polygon

    e_own, e_from, e_to = edges
    regions = {}
    if len(nxt):
        label, rank = _cycles(nxt)
        xy = verts + centre
        c0, c1 = verts[e_from], verts[e_to]  # centred: a precise sign of the ring area
        area = (
            np.bincount(
                label, weights=c0[:, 0] * c1[:, 1] - c1[:, 0] * c0[:, 1], minlength=len(nxt)
            )
            / 2.0
        )
        seq = np.lexsort((rank, label))
        starts = np.flatnonzero(np.concatenate([[True], label[seq][1:] != label[seq][:-1]]))
        ends = np.concatenate([starts[1:], [len(seq)]])
        c_label = label[seq[starts]]
        c_own = e_own[c_label]
        c_area = area[c_label]
        shells = np.bincount(c_own[c_area > 0], minlength=n_owner)
        bad[:n_owner] |= shells != 1
        bad[c_own[c_area == 0]] = True
        rings = {}
        for s, i, j, ar in zip(c_own.tolist(), starts.tolist(), ends.tolist(), c_area.tolist()):
            if bad[s]:
                continue
            ring = xy[e_from[seq[i:j]]]
            ring = np.vstack([ring, ring[:1]])
            shell, holes = rings.setdefault(s, [None, []])
            if ar > 0:
                rings[s][0] = ring
            else:
                holes.append(ring)
        for s, (shell, holes) in rings.items():
            regions[s] = Polygon(shell, holes)
    return regions


def _owner_regions(gen, owner, reach):
    """The union of the Voronoi cells of the points of each owner (a quay segment), as a
    dict owner -> Polygon (or MultiPolygon).

    Built from the ridges of the diagram rather than by dissolving the cells: the boundary
    of an owner's region is made of the ridges between its points and the points of other
    owners (or the far points). Each such ridge is oriented with the owner on its left, the
    oriented ridges of an owner are chained into rings (counter-clockwise outer ring,
    clockwise holes) and the rings give the polygon. The vertices are Qhull's Voronoi
    vertices, exactly those of the cells. An owner whose rings are not simple (two of its
    cells meeting in a single vertex, more than one outer ring, an unbounded cell) gets the
    union of its cells instead.
    """
    from shapely.ops import unary_union

    gen = np.asarray(gen, dtype=float)
    owner = np.asarray(owner)
    n = len(gen)
    vor, centre = _voronoi(gen, reach)
    own = np.concatenate([owner, np.full(len(vor.points) - n, -1)]).astype(np.int64)
    n_owner = int(owner.max()) + 1
    e_own, e_from, e_to, bad = _owner_edges(vor, own, n_owner)
    e_own, e_from, e_to, nxt = _chain_edges(e_own, e_from, e_to, bad, len(vor.vertices))
    regions = _ring_regions(vor.vertices, centre, (e_own, e_from, e_to), nxt, bad, n_owner)
    # owners that do not chain (and owners without any boundary: a single owner)
    rest = np.flatnonzero(bad[:n_owner] | ~np.isin(np.arange(n_owner), list(regions)))
    rest = rest[np.isin(rest, owner)]
    if len(rest):
        idx = np.flatnonzero(np.isin(owner, rest))
        cells = _voronoi_cells(gen, reach, which=idx, diagram=(vor, centre))
        for s in rest.tolist():
            regions.pop(s, None)
            parts = [cells[i] for i in idx[owner[idx] == s] if cells[i] is not None]
            if parts:
                regions[s] = unary_union(parts)
    return regions


def _unique_rows(xy):
    """``np.unique(xy, axis=0, return_index=True)`` of an (n, 2) float array (the rows
    sorted by x then y, the first index of each), through a lexsort: faster than sorting
    the rows as records."""
    order = np.lexsort((xy[:, 1], xy[:, 0]))
    s = xy[order]
    new = np.concatenate([[True], (s[1:] != s[:-1]).any(axis=1)])
    return s[new], order[new]


def allocate_water(
    segments: Sequence[BaseGeometry],
    water_polygons: Iterable[BaseGeometry | None],
    max_reach: float = MAX_REACH,
    spacing: float = SPACING,
    active: np.ndarray | None = None,
    keep_geometry: bool = False,
    feedback: Any = None,
    pieces: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
) -> dict[str, Any]:
    """Give every segment the water nearest to it within ``max_reach``.

    ``segments``: LineStrings (metric CRS); ``water_polygons``: (multi)polygons;
    ``active``: optional boolean mask of segments that take part (others get nothing).
    ``feedback``: optional callable(progress 0-100) returning True to cancel.
    ``pieces``: ``segment_pieces(segments, spacing)`` if already computed.

    Returns a dict:
      ``pairs``: int array (n, 2) of (segment index, water index) with area > 0;
      ``pair_area``: area (m2) of each pair;
      ``area``: assigned area per segment;
      ``catchment``: list of geometries per segment (None where empty) if keep_geometry.
    """
    from shapely.ops import unary_union

    n = len(segments)
    active = np.ones(n, dtype=bool) if active is None else np.asarray(active, dtype=bool)
    result: dict[str, Any] = {
        "pairs": np.zeros((0, 2), dtype=int),
        "pair_area": np.zeros(0),
        "area": np.zeros(n),
        "catchment": [None] * n if keep_geometry else None,
    }
    water = [_make_valid(w) for w in water_polygons]
    water_idx = [i for i, w in enumerate(water) if w is not None and not w.is_empty and w.area > 0]
    idx = np.flatnonzero(active)
    if not len(idx) or not water_idx:
        return result
    a, b, owner = segment_pieces(segments, spacing) if pieces is None else pieces
    if len(idx) < n:
        mine = active[owner]
        a, b, owner = a[mine], b[mine], owner[mine]
    gen = (a + b) / 2.0
    # points of different segments on the same spot (overlapping quays): keep one
    gen, first = _unique_rows(np.round(gen, 6))
    owner = owner[first]
    if not len(gen):
        return result

    # the Voronoi cells of each segment's generators, dissolved: they partition the plane,
    # so no water is counted twice
    regions = _owner_regions(gen, owner, max_reach + spacing)
    water_tree = _Tree([water[i] for i in water_idx])
    segs = sorted(regions)
    pairs, pair_area = [], []
    for k, s in enumerate(segs):
        if feedback is not None and k % 50 == 0 and feedback(100.0 * k / max(1, len(segs))):
            break
        region = regions[s].intersection(_buffer_line(segments[s], max_reach))
        if region.is_empty:
            continue
        pieces = []  # type: ignore[assignment]
        for wi in water_tree.query(region):
            part = region.intersection(water_tree.geoms[wi])
            area = part.area
            if area > 0:
                pairs.append((s, water_idx[wi]))
                pair_area.append(area)
                if keep_geometry:
                    pieces.extend(_polygons(part))  # type: ignore[union-attr]
        if keep_geometry and pieces:
            result["catchment"][s] = unary_union(pieces)
    if pairs:
        result["pairs"] = np.asarray(pairs, dtype=int)
        result["pair_area"] = np.asarray(pair_area, dtype=float)
        result["area"] = np.bincount(
            result["pairs"][:, 0], weights=result["pair_area"], minlength=n
        )
    return result


def segment_source_gj(
    n_segments: int,
    pairs: np.ndarray,
    pair_area: np.ndarray,
    water_flow: FloatArray | None = None,
    yield_still: float = YIELD_STILL,
    delta_t_max: float = DELTA_T_MAX,
    harvest_hours: float = HARVEST_HOURS,
    c_water: float = C_WATER,
    water_temperature: FloatArray | None = None,
    t_water: float = WATER_TEMPERATURE,
    t_min: float = T_MIN_OUTLET,
) -> np.ndarray:
    """Source heat (GJ/yr) per segment from its assigned water.

    Still water (flow missing or <= 0): area * yield_still. Flowing water body w:
    flowing_source_gj(flow_w, usable_delta_t(T_w, t_min, delta_t_max)) shared over the
    segments in proportion to the area of w assigned to each. ``water_flow``: flow (m3/s)
    per water polygon, NaN for still water; ``water_temperature``: mean water temperature
    (C) per water polygon, NaN (or None for all) = ``t_water``.
    """
    pairs = np.asarray(pairs, dtype=int).reshape(-1, 2)
    pair_area = np.asarray(pair_area, dtype=float)
    out = np.zeros(n_segments)
    if not len(pairs):
        return out
    if water_flow is None:
        flow = np.full(pairs[:, 1].max() + 1, np.nan)
    else:
        flow = np.asarray(water_flow, dtype=float)
    pf = flow[pairs[:, 1]]
    flowing = np.isfinite(pf) & (pf > 0)
    still = ~flowing
    out += np.bincount(
        pairs[still, 0], weights=pair_area[still] * yield_still, minlength=n_segments
    )
    if flowing.any():
        w = pairs[flowing, 1]
        area_per_water = np.bincount(w, weights=pair_area[flowing], minlength=len(flow))
        if water_temperature is None:
            temp = np.full(len(w), float(t_water))
        else:
            temp = np.asarray(water_temperature, dtype=float)[w]
            temp = np.where(np.isfinite(temp), temp, float(t_water))
        dt = usable_delta_t(temp, t_min, delta_t_max)
        body = flowing_source_gj(flow[w], dt, harvest_hours, c_water)
        share = np.asarray(body) * pair_area[flowing] / area_per_water[w]
        out += np.bincount(pairs[flowing, 0], weights=share, minlength=n_segments)
    return out


# ---------------------------------------------------------------------------------------
# demand
# ---------------------------------------------------------------------------------------
def demand_pairs(
    segments: Sequence[BaseGeometry],
    points: Values,
    distance: float = DEMAND_DISTANCE,
    spacing: float = SPACING,
    pieces: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
) -> np.ndarray:
    """(demand index, segment index) of every demand point within ``distance`` of a segment.

    Exact point-to-polyline distances, candidates found through a kd-tree of the segments'
    short pieces (no all-pairs loop). ``pieces``: ``segment_pieces(segments, spacing)`` if
    already computed.
    """
    from scipy.spatial import cKDTree

    pts = np.asarray(points, dtype=float).reshape(-1, 2)
    if not len(pts) or not len(segments):
        return np.zeros((0, 2), dtype=int)
    a, b, owner = segment_pieces(segments, spacing) if pieces is None else pieces
    if not len(a):
        return np.zeros((0, 2), dtype=int)
    half = float(np.max(np.hypot(*(b - a).T))) / 2.0
    mid = (a + b) / 2.0
    # candidates: (point, piece) with the piece's middle within distance + half a piece
    cand = cKDTree(pts).sparse_distance_matrix(
        cKDTree(mid), distance + half + 1e-9, output_type="ndarray"
    )
    if not len(cand):
        return np.zeros((0, 2), dtype=int)
    di = cand["i"].astype(np.int64)
    pi = cand["j"].astype(np.int64)
    dist = _point_segment_distance(pts[di], a[pi], b[pi])
    ok = dist <= distance
    if not ok.any():
        return np.zeros((0, 2), dtype=int)
    # unique (point, segment) rows, sorted, through one integer key
    n_seg = int(owner.max()) + 1
    key = np.unique(di[ok] * n_seg + owner[pi[ok]])
    return np.column_stack([key // n_seg, key % n_seg]).astype(int)


def match_demand(
    delivered_gj: FloatArray, demand_gj: FloatArray, pairs: np.ndarray
) -> dict[str, Any]:
    """Demand near each segment and how much of it the segment can supply.

    ``pairs`` (demand index, segment index) from ``demand_pairs``; ``demand_gj`` per demand
    feature; ``delivered_gj`` per segment. Returns a dict of per-segment arrays:

    - ``demand_gj``: all demand within the distance (a feature near two segments counts
      for both: what each segment could serve on its own);
    - ``matched_gj``: min(delivered, demand_gj) (per segment, may overlap);
    - ``demand_share_gj``: each feature's demand shared over the segments near it in
      proportion to their delivered heat (equally if they deliver nothing) [A];
    - ``matched_share_gj``: min(delivered, demand_share_gj); these add up without counting
      any demand twice, so totals use them;
    and ``total_demand_gj``: the demand of all features near at least one segment.
    """
    delivered = np.asarray(delivered_gj, dtype=float)
    demand = np.nan_to_num(np.asarray(demand_gj, dtype=float))
    n = len(delivered)
    pairs = np.asarray(pairs, dtype=int).reshape(-1, 2)
    if not len(pairs):
        z = np.zeros(n)
        return {
            "demand_gj": z,
            "matched_gj": z.copy(),
            "demand_share_gj": z.copy(),
            "matched_share_gj": z.copy(),
            "total_demand_gj": 0.0,
        }
    d, s = pairs[:, 0], pairs[:, 1]
    near = np.bincount(s, weights=demand[d], minlength=n)
    w = delivered[s]
    wsum = np.bincount(d, weights=w, minlength=len(demand))
    cnt = np.bincount(d, minlength=len(demand)).astype(float)
    frac = np.where(wsum[d] > 0, w / np.where(wsum[d] > 0, wsum[d], 1.0), 1.0 / cnt[d])
    share = np.bincount(s, weights=demand[d] * frac, minlength=n)
    return {
        "demand_gj": near,
        "matched_gj": np.minimum(delivered, near),
        "demand_share_gj": share,
        "matched_share_gj": np.minimum(delivered, share),
        "total_demand_gj": float(demand[np.unique(d)].sum()),
    }


def _without_noise(x):
    """``x`` rounded to 1e-9 of its largest value, so that values equal up to floating-point
    noise (the mirror-image segments on the two banks of a canal) are equal."""
    top = float(np.max(np.abs(x))) if len(x) else 0.0
    if not (top > 0 and np.isfinite(top)):
        return x
    quantum = top * 1e-9
    return np.round(x / quantum) * quantum


def rank_segments(matched_gj: FloatArray, delivered_gj: FloatArray) -> np.ndarray:
    """Rank 1..n by matched heat, then delivered heat (descending; ties by index). Values
    that differ by less than 1e-9 of the largest one (floating-point noise) tie."""
    m = _without_noise(np.nan_to_num(np.asarray(matched_gj, dtype=float)))
    dl = _without_noise(np.nan_to_num(np.asarray(delivered_gj, dtype=float)))
    order = np.lexsort((np.arange(len(m)), -dl, -m))
    rank = np.empty(len(m), dtype=int)
    rank[order] = np.arange(1, len(m) + 1)
    return rank


# ---------------------------------------------------------------------------------------
# the whole quay-potential calculation
# ---------------------------------------------------------------------------------------
def _quay_lines(quays, water_tree, touch_tolerance):
    """The line of every quay (a polygon: its water-facing edges, or its boundary when it
    touches no water), whether it is active (takes water), and the number of quay polygons
    that touch no water."""
    from shapely.geometry import MultiLineString, MultiPolygon, Polygon

    flat, active, no_water = [], [], 0
    for q in quays:
        if q is None or q.is_empty:
            flat.append(None)
            active.append(False)
        elif isinstance(q, (Polygon, MultiPolygon)):
            edges = water_facing_edges(q, water_tree, touch_tolerance)
            if edges:
                flat.append(MultiLineString(edges) if len(edges) > 1 else edges[0])
                active.append(True)
            else:
                no_water += 1
                flat.append(_make_valid(q).boundary)
                active.append(False)
        else:
            flat.append(q)
            active.append(True)
    return flat, active, no_water


def _nan_array(values):
    """A float array of ``values`` with NaN for None; None stays None."""
    if values is None:
        return None
    return np.array([np.nan if v is None else v for v in values], dtype=float)


def _demand_columns(
    segments, delivered, demand_points, demand_gj, demand_distance, spacing, pieces
):
    """demand_gj, matched_gj, demand_share_gj, matched_share_gj, rank and the demand
    totals of the segments (NaN without a demand layer)."""
    n = len(segments)
    if demand_points is None:
        nan = np.full(n, np.nan)
        return {
            "demand_gj": nan,
            "matched_gj": nan.copy(),
            "demand_share_gj": nan.copy(),
            "matched_share_gj": nan.copy(),
            "rank": rank_segments(np.zeros(n), delivered),
            "total_demand_gj": float("nan"),
            "total_matched_gj": float("nan"),
        }
    pairs = demand_pairs(segments, demand_points, demand_distance, spacing, pieces)
    m = match_demand(delivered, demand_gj, pairs)
    out = {k: m[k] for k in ("demand_gj", "matched_gj", "demand_share_gj", "matched_share_gj")}
    out["rank"] = rank_segments(m["matched_gj"], delivered)
    out["total_demand_gj"] = m["total_demand_gj"]
    out["total_matched_gj"] = float(m["matched_share_gj"].sum())
    return out


def quay_potential(
    quays: Iterable[BaseGeometry | None],
    water: Iterable[BaseGeometry | None],
    water_flow: Values | None = None,
    demand_points: Numbers | None = None,
    demand_gj: FloatArray | None = None,
    segment_length: float = SEGMENT_LENGTH,
    max_reach: float = MAX_REACH,
    yield_still: float = YIELD_STILL,
    delta_t_max: float = DELTA_T_MAX,
    harvest_hours: float = HARVEST_HOURS,
    cop: float = COP,
    gj_per_home: float = GJ_PER_HOME,
    demand_distance: float = DEMAND_DISTANCE,
    spacing: float = SPACING,
    touch_tolerance: float = TOUCH_TOLERANCE,
    c_water: float = C_WATER,
    keep_geometry: bool = False,
    feedback: Any = None,
    water_temperature: Values | None = None,
    t_water: float = WATER_TEMPERATURE,
    t_min: float = T_MIN_OUTLET,
) -> dict[str, Any]:
    """Heat potential of quay segments (all geometries in one metric CRS).

    ``quays``: list of shapely lines or polygons (polygons: their water-facing edges are
    used, see ``water_facing_edges``; a polygon that touches no water gives one segment
    along its boundary with zero potential). ``water``: list of polygons;
    ``water_flow``: m3/s per water polygon (NaN/None = still water); ``water_temperature``:
    mean water temperature over the harvest season (C) per water polygon (NaN/None =
    ``t_water``), which limits the cooling of flowing water to clip(T - t_min, 0,
    delta_t_max); ``demand_points``
    (n, 2) with ``demand_gj`` per point, or None for no demand layer.

    Returns a dict with ``segments`` (LineStrings), ``quay_index``, per-segment arrays
    ``length_m``, ``water_area_m2``, ``source_gj``, ``delivered_gj``, ``electricity_gj``,
    ``homes``, ``demand_gj``, ``matched_gj``, ``demand_share_gj``, ``matched_share_gj``
    (NaN without a demand layer), ``rank``, ``catchment`` (if keep_geometry) and totals
    ``total_source_gj``, ``total_delivered_gj``, ``total_homes``, ``total_demand_gj``,
    ``total_matched_gj``, ``n_quays_without_water``.
    """
    from shapely.geometry import Polygon

    water = [_make_valid(w) for w in water]
    water_tree = _Tree([w if w is not None else Polygon() for w in water])
    flat, active_q, no_water = _quay_lines(quays, water_tree, touch_tolerance)
    segments, qidx = segment_quays(flat, segment_length)
    n = len(segments)
    active = np.asarray(active_q, dtype=bool)[qidx] if n else np.zeros(0, dtype=bool)

    pieces = segment_pieces(segments, spacing)  # shared by the allocation and the demand
    alloc = allocate_water(
        segments, water, max_reach, spacing, active, keep_geometry, feedback, pieces
    )
    source = segment_source_gj(
        n,
        alloc["pairs"],
        alloc["pair_area"],
        _nan_array(water_flow),
        yield_still,
        delta_t_max,
        harvest_hours,
        c_water,
        _nan_array(water_temperature),
        t_water,
        t_min,
    )
    delivered, electricity = heat_pump(source, cop)
    delivered = np.atleast_1d(delivered)
    electricity = np.atleast_1d(electricity)
    out = {
        "segments": segments,
        "quay_index": qidx,
        "length_m": np.array([s.length for s in segments]),
        "water_area_m2": alloc["area"],
        "source_gj": source,
        "delivered_gj": delivered,
        "electricity_gj": electricity,
        "homes": np.atleast_1d(homes(delivered, gj_per_home)),
        "catchment": alloc["catchment"],
        "n_quays_without_water": no_water,
    }
    out.update(
        _demand_columns(
            segments, delivered, demand_points, demand_gj, demand_distance, spacing, pieces
        )
    )
    out["total_source_gj"] = float(source.sum())
    out["total_delivered_gj"] = float(delivered.sum())
    out["total_homes"] = float(out["homes"].sum())
    return out
