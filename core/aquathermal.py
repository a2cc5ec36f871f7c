"""Aquathermal energy (aquathermie): heat from surface water along quay walls (TEO) and
from waste water (TEA).

REFERENCE.md section 3. Formulas::

    Q_src  = rho_c_w * V * dT                    heat taken from water (MJ; rho_c_w in MJ/m3K)
    Q_del  = Q_src * COP / (COP - 1)             heat delivered by the heat pump
    E      = Q_del / COP                         electricity of the heat pump
    homes  = Q_del / GJ_PER_HOME

Still water (canals, harbours): ``source = assigned area * YIELD_STILL`` (GJ/m2/yr [A]).
Flowing water: ``source = flow * rho_c_w * DELTA_T_MAX * HARVEST_HOURS * 3600 / 1000`` GJ/yr
for the whole water body, shared over the quay segments that draw from it in proportion to
the area of that body assigned to each.

Allocation of water to quay segments [A, REFERENCE.md 3]: every quay is cut into segments of
about ``segment_length`` (the pieces of one quay are equal, so there are no slivers); each
point of water goes to the nearest segment if that segment is within ``max_reach``. The
nearest-segment partition is a Voronoi diagram (scipy's Qhull) of points placed along the
segments every ``spacing`` metres (at most), the cells of one segment dissolved; each
segment's water is ``cell ∩ buffer(segment, max_reach) ∩ water``. The cells partition the plane, so every square
metre of water is counted once; and since a point's nearest segment is within reach
whenever any segment is, the union of the pieces is the water within reach of the quays
(up to spacing / 2 at the rim of the reach).

Nothing here imports qgis; scipy is imported inside the functions that need it.
"""

import math

import numpy as np

from .constants import C_WATER, GJ_PER_HOME, SECONDS_PER_HOUR

#: Default segment length along the quay, m [A].
SEGMENT_LENGTH = 100.0
#: Default maximum distance from a quay segment to the water it draws from, m [A].
MAX_REACH = 150.0
#: Default harvest from still water, GJ per m2 per year [A: no Dutch figure is published;
#: the sun puts about 1.1 GJ/m2/yr into a lake (seethermie.ch); plausible range 0.3-1.5].
YIELD_STILL = 0.5
#: Default maximum cooling of flowing water, K [S: PyPSA-Eur].
DELTA_T_MAX = 4.0
#: Default full-load hours of TEO per year [S: PBL Vesta MAIS].
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
#: Default cooling of waste water, K [S: seed document, Houtrust "cooling by 4 degrees"].
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


def heat_pump(source_gj, cop=COP):
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


def homes(delivered_gj, gj_per_home=GJ_PER_HOME):
    """Home-equivalents supplied by ``delivered_gj`` (GJ/yr)."""
    return _out(np.asarray(delivered_gj, dtype=float) / gj_per_home)


def flowing_source_gj(flow_m3_s, delta_t=DELTA_T_MAX, hours=HARVEST_HOURS, c_water=C_WATER):
    """Heat (GJ/yr) taken from flowing water: flow * rho_c_w * dT * hours * 3600 / 1000.

    >>> round(flowing_source_gj(1.0), 1)   # 1 * 4.18 * 4 = 16.72 MW; * 7.2e6 s = 120,384 GJ
    120384.0
    """
    q = np.asarray(flow_m3_s, dtype=float)
    return _out(q * c_water * delta_t * hours * SECONDS_PER_HOUR / MJ_PER_GJ)


def wastewater_source_gj(flow_m3_day, delta_t=DELTA_T_WASTEWATER, c_water=C_WATER):
    """Heat (GJ/yr) taken from waste water: flow * 365 * rho_c_w * dT / 1000.

    AWZI Houtrust, 79,000 m3/day, 4 K: 28,835,000 m3 * 4.18 * 4 = 482,121 GJ.
    """
    q = np.asarray(flow_m3_day, dtype=float)
    return _out(q * DAYS_PER_YEAR * c_water * np.asarray(delta_t, dtype=float) / MJ_PER_GJ)


def average_power_mw(energy_gj_per_year):
    """Average power (MW) of a yearly energy (GJ/yr): GJ * 1000 MJ / (8760 * 3600 s)."""
    e = np.asarray(energy_gj_per_year, dtype=float)
    return _out(e * MJ_PER_GJ / (HOURS_PER_YEAR * SECONDS_PER_HOUR))


def wastewater_heat(flow_m3_day, delta_t=DELTA_T_WASTEWATER, cop=COP,
                    gj_per_home=GJ_PER_HOME, c_water=C_WATER):
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
    from shapely.geometry import Polygon

    return [g for g in _parts(geom) if isinstance(g, Polygon) and g.area > 0]


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


def split_length(length, segment_length=SEGMENT_LENGTH):
    """Number of equal pieces a quay of ``length`` is cut into: round(length / segment_length),
    at least 1. The pieces are length / n long, so none is a sliver: each is between
    2/3 and 3/2 x segment_length (a quay shorter than 1.5 x segment_length stays whole).

    >>> split_length(250, 100), split_length(240, 100), split_length(30, 100)
    (3, 2, 1)
    """
    if segment_length <= 0:
        raise ValueError("segment length must be positive")
    return max(1, int(math.floor(length / segment_length + 0.5)))


def segment_line(line, segment_length=SEGMENT_LENGTH):
    """Cut a LineString into ``split_length`` pieces of equal length."""
    from shapely.ops import substring

    n = split_length(line.length, segment_length)
    if n == 1:
        return [line]
    step = line.length / n
    return [substring(line, i * step, (i + 1) * step) for i in range(n)]


def segment_quays(quay_lines, segment_length=SEGMENT_LENGTH):
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


def water_facing_edges(polygon, water_tree, tolerance=TOUCH_TOLERANCE):
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
    water = (water_tree.geoms[near[0]] if len(near) == 1
             else unary_union([water_tree.geoms[i] for i in near]))
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


def segment_pieces(segments, spacing=SPACING):
    """Short straight pieces of all segments: (start xy, end xy, segment index)."""
    starts, ends, owner = [], [], []
    for i, seg in enumerate(segments):
        pts = _densify(seg, spacing)
        if len(pts) < 2:
            continue
        starts.append(pts[:-1])
        ends.append(pts[1:])
        owner.append(np.full(len(pts) - 1, i, dtype=int))
    if not starts:
        return np.zeros((0, 2)), np.zeros((0, 2)), np.zeros(0, dtype=int)
    return np.vstack(starts), np.vstack(ends), np.concatenate(owner)


def _buffer_line(line, distance):
    """Buffer of a line. A closed line is buffered as two open halves: GEOS (3.11) can leave
    a false hole in the buffer of a closed ring when the distance exceeds its size."""
    from shapely.ops import substring, unary_union

    coords = line.coords
    if len(coords) > 2 and coords[0] == coords[-1]:
        half = line.length / 2.0
        return unary_union([substring(line, 0.0, half).buffer(distance),
                            substring(line, half, line.length).buffer(distance)])
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
def _voronoi_cells(gen, reach):
    """Voronoi cells (convex shapely polygons) of the points ``gen``, one per point (None
    where Qhull gave a point no cell: a near-duplicate of a neighbour, which takes its area).

    scipy's Qhull is used rather than GEOS: GEOS's Voronoi diagram (3.11) returns
    overlapping and missing cells for the regular, partly co-circular generator grids of
    straight quays, which counted water twice where quays meet. Eight far-away points
    around the generators close every cell; they lie so far out that every point within
    ``reach`` of a generator is nearer to a generator than to them.
    """
    from scipy.spatial import Voronoi

    gen = np.asarray(gen, dtype=float)
    centre = (gen.min(axis=0) + gen.max(axis=0)) / 2.0
    span = float(np.hypot(*(gen.max(axis=0) - gen.min(axis=0))))
    far = 4.0 * (span + reach) + 100.0
    angle = np.arange(8) * np.pi / 4.0
    ring = far * np.column_stack([np.cos(angle), np.sin(angle)])
    vor = Voronoi(np.vstack([gen - centre, ring]))
    regions = [vor.regions[r] if r >= 0 else [] for r in vor.point_region[:len(gen)]]
    usable = [len(r) >= 3 and -1 not in r for r in regions]
    cells = [None] * len(gen)
    try:
        import shapely

        vectorised = int(shapely.__version__.split(".")[0]) >= 2
    except (ImportError, ValueError):  # pragma: no cover
        vectorised = False
    keep = [i for i, ok in enumerate(usable) if ok]
    if not keep:
        return cells
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


def allocate_water(segments, water_polygons, max_reach=MAX_REACH, spacing=SPACING,
                   active=None, keep_geometry=False, feedback=None):
    """Give every segment the water nearest to it within ``max_reach``.

    ``segments``: LineStrings (metric CRS); ``water_polygons``: (multi)polygons;
    ``active``: optional boolean mask of segments that take part (others get nothing).
    ``feedback``: optional callable(progress 0-100) returning True to cancel.

    Returns a dict:
      ``pairs``: int array (n, 2) of (segment index, water index) with area > 0;
      ``pair_area``: area (m2) of each pair;
      ``area``: assigned area per segment;
      ``catchment``: list of geometries per segment (None where empty) if keep_geometry.
    """
    from shapely.ops import unary_union

    n = len(segments)
    active = np.ones(n, dtype=bool) if active is None else np.asarray(active, dtype=bool)
    result = {
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
    a, b, owner = segment_pieces([segments[i] for i in idx], spacing)
    owner = idx[owner]
    gen = (a + b) / 2.0
    # points of different segments on the same spot (overlapping quays): keep one
    gen, first = np.unique(np.round(gen, 6), axis=0, return_index=True)
    owner = owner[first]

    # Voronoi cells of the generators: they partition the plane, so no water is counted twice
    cells = _voronoi_cells(gen, max_reach + spacing)
    has_cell = np.flatnonzero([c is not None for c in cells])
    cells = [cells[j] for j in has_cell]
    cell_seg = owner[has_cell]

    water_tree = _Tree([water[i] for i in water_idx])
    order = np.argsort(cell_seg, kind="stable")
    bounds = np.flatnonzero(np.diff(cell_seg[order])) + 1
    groups = np.split(order, bounds)
    pairs, pair_area = [], []
    for k, grp in enumerate(groups):
        if feedback is not None and k % 50 == 0:
            if feedback(100.0 * k / max(1, len(groups))):
                break
        s = int(cell_seg[grp[0]])
        region = unary_union([cells[j] for j in grp]).intersection(
            _buffer_line(segments[s], max_reach))
        if region.is_empty:
            continue
        pieces = []
        for wi in water_tree.query(region):
            part = region.intersection(water_tree.geoms[wi])
            area = part.area
            if area > 0:
                pairs.append((s, water_idx[wi]))
                pair_area.append(area)
                if keep_geometry:
                    pieces.extend(_polygons(part))
        if keep_geometry and pieces:
            result["catchment"][s] = unary_union(pieces)
    if pairs:
        result["pairs"] = np.asarray(pairs, dtype=int)
        result["pair_area"] = np.asarray(pair_area, dtype=float)
        result["area"] = np.bincount(result["pairs"][:, 0], weights=result["pair_area"],
                                     minlength=n)
    return result


def segment_source_gj(n_segments, pairs, pair_area, water_flow=None,
                      yield_still=YIELD_STILL, delta_t_max=DELTA_T_MAX,
                      harvest_hours=HARVEST_HOURS, c_water=C_WATER):
    """Source heat (GJ/yr) per segment from its assigned water.

    Still water (flow missing or <= 0): area * yield_still. Flowing water body w:
    flowing_source_gj(flow_w) shared over the segments in proportion to the area of w
    assigned to each. ``water_flow``: flow (m3/s) per water polygon, NaN for still water.
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
    out += np.bincount(pairs[still, 0], weights=pair_area[still] * yield_still,
                       minlength=n_segments)
    if flowing.any():
        w = pairs[flowing, 1]
        area_per_water = np.bincount(w, weights=pair_area[flowing], minlength=len(flow))
        body = flowing_source_gj(flow[w], delta_t_max, harvest_hours, c_water)
        share = np.asarray(body) * pair_area[flowing] / area_per_water[w]
        out += np.bincount(pairs[flowing, 0], weights=share, minlength=n_segments)
    return out


# ---------------------------------------------------------------------------------------
# demand
# ---------------------------------------------------------------------------------------
def demand_pairs(segments, points, distance=DEMAND_DISTANCE, spacing=SPACING):
    """(demand index, segment index) of every demand point within ``distance`` of a segment.

    Exact point-to-polyline distances, candidates found through a kd-tree of the segments'
    short pieces (no all-pairs loop).
    """
    from scipy.spatial import cKDTree

    pts = np.asarray(points, dtype=float).reshape(-1, 2)
    if not len(pts) or not len(segments):
        return np.zeros((0, 2), dtype=int)
    a, b, owner = segment_pieces(segments, spacing)
    if not len(a):
        return np.zeros((0, 2), dtype=int)
    half = float(np.max(np.hypot(*(b - a).T))) / 2.0
    mid = (a + b) / 2.0
    tree = cKDTree(mid)
    cand = tree.query_ball_point(pts, distance + half + 1e-9)
    lens = np.fromiter((len(c) for c in cand), dtype=int, count=len(cand))
    if not lens.sum():
        return np.zeros((0, 2), dtype=int)
    di = np.repeat(np.arange(len(pts)), lens)
    pi = np.fromiter((j for c in cand for j in c), dtype=int, count=int(lens.sum()))
    dist = _point_segment_distance(pts[di], a[pi], b[pi])
    ok = dist <= distance
    pairs = np.column_stack([di[ok], owner[pi[ok]]])
    return np.unique(pairs, axis=0) if len(pairs) else np.zeros((0, 2), dtype=int)


def match_demand(delivered_gj, demand_gj, pairs):
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
        return {"demand_gj": z, "matched_gj": z.copy(), "demand_share_gj": z.copy(),
                "matched_share_gj": z.copy(), "total_demand_gj": 0.0}
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


def rank_segments(matched_gj, delivered_gj):
    """Rank 1..n by matched heat, then delivered heat (descending; ties by index)."""
    m = np.nan_to_num(np.asarray(matched_gj, dtype=float))
    dl = np.nan_to_num(np.asarray(delivered_gj, dtype=float))
    order = np.lexsort((np.arange(len(m)), -dl, -m))
    rank = np.empty(len(m), dtype=int)
    rank[order] = np.arange(1, len(m) + 1)
    return rank


# ---------------------------------------------------------------------------------------
# the whole quay-potential calculation
# ---------------------------------------------------------------------------------------
def quay_potential(quays, water, water_flow=None, demand_points=None, demand_gj=None,
                   segment_length=SEGMENT_LENGTH, max_reach=MAX_REACH,
                   yield_still=YIELD_STILL, delta_t_max=DELTA_T_MAX,
                   harvest_hours=HARVEST_HOURS, cop=COP, gj_per_home=GJ_PER_HOME,
                   demand_distance=DEMAND_DISTANCE, spacing=SPACING,
                   touch_tolerance=TOUCH_TOLERANCE, c_water=C_WATER,
                   keep_geometry=False, feedback=None):
    """Heat potential of quay segments (all geometries in one metric CRS).

    ``quays``: list of shapely lines or polygons (polygons: their water-facing edges are
    used, see ``water_facing_edges``; a polygon that touches no water gives one segment
    along its boundary with zero potential). ``water``: list of polygons;
    ``water_flow``: m3/s per water polygon (NaN/None = still water); ``demand_points``
    (n, 2) with ``demand_gj`` per point, or None for no demand layer.

    Returns a dict with ``segments`` (LineStrings), ``quay_index``, per-segment arrays
    ``length_m``, ``water_area_m2``, ``source_gj``, ``delivered_gj``, ``electricity_gj``,
    ``homes``, ``demand_gj``, ``matched_gj``, ``demand_share_gj``, ``matched_share_gj``
    (NaN without a demand layer), ``rank``, ``catchment`` (if keep_geometry) and totals
    ``total_source_gj``, ``total_delivered_gj``, ``total_homes``, ``total_demand_gj``,
    ``total_matched_gj``, ``n_quays_without_water``.
    """
    from shapely.geometry import Polygon, MultiPolygon

    water = [_make_valid(w) for w in water]
    water_tree = _Tree([w if w is not None else Polygon() for w in water])
    lines, active_q = [], []
    no_water = 0
    for q in quays:
        if q is None or q.is_empty:
            lines.append(None)
            active_q.append(False)
            continue
        if isinstance(q, (Polygon, MultiPolygon)):
            edges = water_facing_edges(q, water_tree, touch_tolerance)
            if edges:
                lines.append(edges)
                active_q.append(True)
            else:
                no_water += 1
                lines.append(_make_valid(q).boundary)
                active_q.append(False)
        else:
            lines.append(q)
            active_q.append(True)
    # lines is a list of geometries or lists of LineStrings
    flat = []
    for g in lines:
        if g is None:
            flat.append(None)
        elif isinstance(g, list):
            from shapely.geometry import MultiLineString

            flat.append(MultiLineString(g) if len(g) > 1 else g[0])
        else:
            flat.append(g)
    segments, qidx = segment_quays(flat, segment_length)
    n = len(segments)
    active = np.asarray(active_q, dtype=bool)[qidx] if n else np.zeros(0, dtype=bool)

    alloc = allocate_water(segments, water, max_reach, spacing, active, keep_geometry,
                           feedback)
    source = segment_source_gj(n, alloc["pairs"], alloc["pair_area"],
                               None if water_flow is None else
                               np.array([np.nan if v is None else v for v in water_flow],
                                        dtype=float),
                               yield_still, delta_t_max, harvest_hours, c_water)
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
    if demand_points is None:
        nan = np.full(n, np.nan)
        out.update(demand_gj=nan, matched_gj=nan.copy(), demand_share_gj=nan.copy(),
                   matched_share_gj=nan.copy())
        out["rank"] = rank_segments(np.zeros(n), delivered)
        out["total_demand_gj"] = float("nan")
        out["total_matched_gj"] = float("nan")
    else:
        pairs = demand_pairs(segments, demand_points, demand_distance, spacing)
        m = match_demand(delivered, demand_gj, pairs)
        out.update({k: m[k] for k in ("demand_gj", "matched_gj", "demand_share_gj",
                                      "matched_share_gj")})
        out["rank"] = rank_segments(m["matched_gj"], delivered)
        out["total_demand_gj"] = m["total_demand_gj"]
        out["total_matched_gj"] = float(m["matched_share_gj"].sum())
    out["total_source_gj"] = float(source.sum())
    out["total_delivered_gj"] = float(delivered.sum())
    out["total_homes"] = float(out["homes"].sum())
    return out
