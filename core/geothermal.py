"""Deep geothermal (geothermie, from 500 m): capacity and space claims of a location.

Formulas, defaults and sources: docs/method.md, "Deep geothermal"::

    P    = Q / 3600 * c_w * dT                  power, MW (Q in m3/h, c_w in MJ/m3K)  [S]
    E    = P * hours * 3600 / 1e6               heat, TJ/yr                             [S]
    homes = E * 1000 / GJ_PER_HOME              home-equivalents                        [D]
    c_aq = n * c_w + (1 - n) * c_rock           saturated reservoir heat capacity       [S]
    V    = Q * hours * years                    water injected over the lifetime, m3
    r_cf = sqrt(c_w * V / (pi * H * c_aq))      cold-front radius around the injector  [D]

Reference case (TNO; Willems et al. 2017): well spacing 1,300 m, reservoir top 2,300 m,
thickness 100 m, porosity 0.21, rock 2,720 kg/m3 x 855 J/(kg K) = 2.3256 MJ/(m3 K),
6,000 full-load hours. Assumed [A]: 250 m3/h, 40 K, 30 years. Check: Q 250 m3/h and dT
40 K give 11.61 MW, 250.8 TJ/yr and 7,600 homes of 33 GJ; c_aq = 2.715 MJ/(m3 K) and
r_cf = 469.6 m. The Bronnenstrategie's 8,000 homes per doublet needs Q = 265.8 m3/h.

Footprints [A]: the reservoir footprint of a doublet is the segment of length L (the
well spacing at reservoir depth) centred on the location along the azimuth of the
producer-injector line, buffered by r_cf. A double doublet has a second footprint whose
centre is offset by L perpendicular to the azimuth, to the right (azimuth + 90 degrees).

shapely (1.8 or 2.x) is imported inside the geometry functions only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

import numpy as np

from .constants import C_WATER, GJ_PER_HOME, GJ_PER_TJ, SECONDS_PER_HOUR

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

    from ._types import FloatArray

#: Flow rate of one doublet, m3/h [A: a typical doublet flow. With DELTA_T and
#: FULL_LOAD_HOURS it gives 250.8 TJ/yr = 7,600 homes of 33 GJ (15 doublets: 3.76 PJ); the
#: Bronnenstrategie's 8,000 homes per doublet (4 PJ for 15) needs about 266 m3/h].
FLOW_RATE = 250.0
#: Production minus injection temperature, K [A: about 75 C produced, 35 C injected].
DELTA_T = 40.0
#: Full-load hours per year [S: TNO reference case].
FULL_LOAD_HOURS = 6000.0
#: Lifetime, years [A: a usual design life of a doublet; no binding source].
LIFETIME = 30.0
#: Flow rate that reproduces the Bronnenstrategie's 0.267 PJ (8,000 homes) per doublet at
#: DELTA_T and FULL_LOAD_HOURS [D]: 4e6 GJ / 15 / (4.18 GJ/(1000 m3 K) * 40 K * 6,000 h).
SEED_FLOW_RATE = 4.0e9 / 15.0 / (4.18 * 40.0 * 6000.0)
#: Distance between producer and injector at reservoir depth, m [S: Willems et al. 2017].
WELL_SPACING = 1300.0
#: Top of the reservoir, m below surface [S: TNO reference case].
RESERVOIR_DEPTH = 2300.0
#: Reservoir thickness, m [S: TNO reference case].
RESERVOIR_THICKNESS = 100.0
#: Reservoir porosity [S: TNO reference case].
POROSITY = 0.21
#: Rock density kg/m3 and specific heat J/(kg K) [S: TNO reference case].
ROCK_DENSITY = 2720.0
ROCK_SPECIFIC_HEAT = 855.0
#: Volumetric heat capacity of the rock, MJ/(m3 K): 2720 * 855 / 1e6 = 2.3256 [D].
C_ROCK = ROCK_DENSITY * ROCK_SPECIFIC_HEAT / 1.0e6
#: Drilling pad area, m2 [A: about 1 ha while drilling].
DRILLING_SITE_AREA = 10000.0
#: Permanent site area, m2 [S: geothermie.nl 0.5 ha incl. margin; Leyweg plant 0.2 ha].
PERMANENT_SITE_AREA = 2500.0
#: Noise check distance around the drilling site, m [S: Barmm 2008].
NOISE_DISTANCE = 300.0
#: Doublets per location (1 = doublet, 2 = double doublet).
DOUBLETS = 1
#: Location categories: 0 operational, 1 designated, 2 and 3 search locations [S: Bronnenstrategie].
CATEGORIES = (0, 1, 2, 3)

#: Segments per quarter circle of buffers (shapely ``quad_segs`` / ``resolution``).
QUAD_SEGS = 32


def _out(a):
    a = np.asarray(a, dtype=float)
    return a if a.ndim else float(a)


def power_mw(flow_m3h: FloatArray, delta_t: FloatArray, c_water: float = C_WATER) -> Any:
    """Thermal power (MW) of one doublet: P = Q/3600 * c_w * dT.

    >>> round(power_mw(250, 40), 2)
    11.61
    """
    q = np.asarray(flow_m3h, dtype=float) / SECONDS_PER_HOUR  # m3/s
    return _out(q * c_water * np.asarray(delta_t, dtype=float))  # MJ/s = MW


def heat_tj(power: FloatArray, hours: FloatArray) -> Any:
    """Heat per year (TJ/yr) from power (MW) and full-load hours.

    >>> round(heat_tj(power_mw(250, 40), 6000), 1)
    250.8
    """
    mj = np.asarray(power, dtype=float) * np.asarray(hours, dtype=float) * SECONDS_PER_HOUR
    return _out(mj / 1.0e6)


def homes(heat: FloatArray, gj_per_home: float = GJ_PER_HOME) -> Any:
    """Home-equivalents supplied by ``heat`` TJ/yr.

    >>> round(homes(250.8))
    7600
    """
    return _out(np.asarray(heat, dtype=float) * GJ_PER_TJ / gj_per_home)


def c_aquifer(
    porosity: FloatArray = POROSITY, c_water: float = C_WATER, c_rock: float = C_ROCK
) -> Any:
    """Volumetric heat capacity of the saturated reservoir, MJ/(m3 K).

    >>> round(c_aquifer(), 3)
    2.715
    """
    n = np.asarray(porosity, dtype=float)
    return _out(n * c_water + (1.0 - n) * c_rock)


def injected_volume(flow_m3h: FloatArray, hours: FloatArray, years: FloatArray) -> Any:
    """Water volume injected over the lifetime, m3: V = Q * hours * years."""
    return _out(
        np.asarray(flow_m3h, dtype=float)
        * np.asarray(hours, dtype=float)
        * np.asarray(years, dtype=float)
    )


def cold_front_radius(
    flow_m3h: FloatArray = FLOW_RATE,
    hours: FloatArray = FULL_LOAD_HOURS,
    years: FloatArray = LIFETIME,
    thickness: FloatArray = RESERVOIR_THICKNESS,
    c_aq: FloatArray | None = None,
    c_water: float = C_WATER,
) -> Any:
    """Cold-front radius r_cf (m) around the injector after ``years`` years.

    r_cf = sqrt(c_w * V / (pi * H * c_aq)), V = Q * hours * years; ``c_aq`` defaults to
    :func:`c_aquifer` with the reference porosity and rock.

    >>> round(cold_front_radius(), 1)
    469.6
    """
    if c_aq is None:
        c_aq = c_aquifer(POROSITY, c_water, C_ROCK)
    v = injected_volume(flow_m3h, hours, years)
    h = np.asarray(thickness, dtype=float)
    return _out(np.sqrt(c_water * np.asarray(v) / (math.pi * h * np.asarray(c_aq, dtype=float))))


def footprint_area(r_cf: FloatArray, spacing: FloatArray) -> Any:
    """Exact area (m2) of one doublet's reservoir footprint: 2 r L + pi r^2."""
    r = np.asarray(r_cf, dtype=float)
    return _out(2.0 * r * np.asarray(spacing, dtype=float) + math.pi * r * r)


def circle_radius_for_area(area: float, quad_segs: int = QUAD_SEGS) -> float:
    """Radius of a regular polygon of 4*quad_segs vertices whose area is ``area``.

    A buffered point is a regular n-gon with area n/2 r^2 sin(2 pi / n); this returns the
    circumradius that makes that polygon's area exactly ``area`` (so a 10,000 m2 drilling
    site is 10,000 m2 on the map, not 0.06 % less).
    """
    n = 4 * quad_segs
    return math.sqrt(float(area) / (n / 2.0 * math.sin(2.0 * math.pi / n)))


def unit_vectors(azimuth_deg: float) -> tuple[tuple[float, float], tuple[float, float]]:
    """(along, right) unit vectors of an azimuth measured clockwise from north.

    along = (sin az, cos az); right = along turned 90 degrees clockwise = (cos az, -sin az).
    """
    a = math.radians(float(azimuth_deg))
    return (math.sin(a), math.cos(a)), (math.cos(a), -math.sin(a))


def doublet_centres(
    x: float, y: float, azimuth_deg: float, spacing: float = WELL_SPACING, doublets: int = 1
) -> list[tuple[float, float]]:
    """Centres of the doublets of a location [A].

    The first doublet is centred on the location; a second one (double doublet) is offset
    by ``spacing`` perpendicular to the azimuth, to the right (azimuth + 90 degrees).
    More than two doublets continue the row to the right.
    """
    _, (rx, ry) = unit_vectors(azimuth_deg)
    return [(x + k * spacing * rx, y + k * spacing * ry) for k in range(int(doublets))]


def well_positions(
    cx: float, cy: float, azimuth_deg: float, spacing: float = WELL_SPACING
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Bottom-hole positions (producer, injector) of a doublet centred on (cx, cy).

    The producer is at -L/2 and the injector at +L/2 along the azimuth [A: the naming
    only; the footprint buffers the whole segment, so it does not matter which is which].
    """
    (ax, ay), _ = unit_vectors(azimuth_deg)
    h = spacing / 2.0
    return (cx - h * ax, cy - h * ay), (cx + h * ax, cy + h * ay)


def _buffer(geom, distance, quad_segs=QUAD_SEGS):
    try:  # shapely 2.x
        return geom.buffer(distance, quad_segs=quad_segs)
    except TypeError:  # shapely 1.8
        return geom.buffer(distance, resolution=quad_segs)


def site_circle(x: float, y: float, area: float, quad_segs: int = QUAD_SEGS) -> BaseGeometry:
    """Polygon of exactly ``area`` m2 (regular polygon) centred on (x, y)."""
    from shapely.geometry import Point

    return _buffer(Point(x, y), circle_radius_for_area(area, quad_segs), quad_segs)


def noise_contour(
    site_polygon: BaseGeometry, distance: float = NOISE_DISTANCE, quad_segs: int = QUAD_SEGS
) -> BaseGeometry:
    """The Barmm noise check contour: the drilling site buffered by ``distance`` m."""
    return _buffer(site_polygon, distance, quad_segs)


def reservoir_footprints(
    x: float,
    y: float,
    azimuth_deg: float,
    spacing: float = WELL_SPACING,
    r_cf: float | None = None,
    doublets: int = 1,
    quad_segs: int = QUAD_SEGS,
) -> list[BaseGeometry]:
    """Reservoir footprints (shapely polygons), one per doublet of a location.

    Each is the producer-injector segment (length ``spacing``, centred on the doublet
    centre, along the azimuth) buffered by the cold-front radius ``r_cf``; its area is
    2 r_cf L + pi r_cf^2 (:func:`footprint_area`, up to the polygon approximation).
    """
    from shapely.geometry import LineString

    if r_cf is None:
        r_cf = cold_front_radius()
    out = []
    for cx, cy in doublet_centres(x, y, azimuth_deg, spacing, doublets):
        p, i = well_positions(cx, cy, azimuth_deg, spacing)
        out.append(_buffer(LineString([p, i]), float(r_cf), quad_segs))
    return out


def candidate_pairs(bounds: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Index pairs (i < j) whose bounding boxes overlap (sort-and-sweep on x).

    ``bounds`` is an (n, 4) array of (minx, miny, maxx, maxy). Sorting by minx and a
    searchsorted per box keep it well below all-pairs for spread-out locations.
    """
    b = np.asarray(bounds, dtype=float).reshape(-1, 4)
    n = len(b)
    if n < 2:
        return []
    order = np.argsort(b[:, 0], kind="stable")
    minx_sorted = b[order, 0]
    pairs = []
    for pos, i in enumerate(order):
        stop = np.searchsorted(minx_sorted, b[i, 2], side="right")
        js = order[pos + 1 : stop]
        if len(js) == 0:
            continue
        ok = (b[js, 1] <= b[i, 3]) & (b[js, 3] >= b[i, 1])
        for j in js[ok]:
            pairs.append((int(min(i, j)), int(max(i, j))))
    return sorted(pairs)


def _polygonal(geom):
    """The polygonal part of a geometry (intersections can return collections)."""
    from shapely.geometry import MultiPolygon, Polygon

    if geom.is_empty:
        return None
    if isinstance(geom, (Polygon, MultiPolygon)):
        return geom
    polys = []
    for g in getattr(geom, "geoms", []):
        if isinstance(g, Polygon):
            polys.append(g)
        elif isinstance(g, MultiPolygon):
            polys.extend(g.geoms)
    if not polys:
        return None
    return polys[0] if len(polys) == 1 else MultiPolygon(polys)


def footprint_conflicts(
    footprints: Sequence[BaseGeometry | None],
    min_area: float = 0.0,
    bounds: Any = None,
) -> list[tuple[Any, ...]]:
    """Overlaps between the footprints of different locations.

    ``footprints`` is a list with one (multi)polygon per location (the union of its
    doublets' footprints). Returns a list of (i, j, overlap polygon, area m2) for i < j
    whose overlap is larger than ``min_area`` m2. ``bounds`` (n, 4), when the caller
    already has them (e.g. core.buffers.ring_bounds), saves asking every geometry.
    """
    geoms = list(footprints)
    if len(geoms) < 2:
        return []
    if bounds is None:
        bounds = [
            g.bounds if (g is not None and not g.is_empty) else (np.inf, np.inf, -np.inf, -np.inf)
            for g in geoms
        ]
    out = []
    for i, j in candidate_pairs(bounds):
        # no intersects() first: the intersection of disjoint or touching footprints is
        # empty or not polygonal and left out below, and most candidates do overlap
        inter = _polygonal(geoms[i].intersection(geoms[j]))  # type: ignore[union-attr]
        if inter is None or inter.area <= min_area:
            continue
        out.append((i, j, inter, float(inter.area)))
    return out


def footprint_segments(
    x: FloatArray,
    y: FloatArray,
    azimuth_deg: FloatArray,
    spacing: float = WELL_SPACING,
    doublets: FloatArray = 1,
) -> tuple[np.ndarray, ...]:
    """Well segments of many locations: arrays (x0, y0, x1, y1, location index, doublet
    number), one row per doublet, in the order of :func:`reservoir_footprints`."""
    x = np.asarray(x, dtype=float).ravel()
    y = np.asarray(y, dtype=float).ravel()
    az = np.broadcast_to(np.asarray(azimuth_deg, dtype=float).ravel(), x.shape)
    dbl = np.broadcast_to(np.asarray(doublets, dtype=int).ravel(), x.shape)
    rows = []
    for k in range(len(x)):
        for d, (cx, cy) in enumerate(doublet_centres(x[k], y[k], az[k], spacing, dbl[k]), start=1):
            p, i = well_positions(cx, cy, az[k], spacing)
            rows.append((p[0], p[1], i[0], i[1], k, d))
    if not rows:
        return tuple(np.empty(0) for _ in range(4)) + (np.empty(0, int), np.empty(0, int))
    a = np.array(rows, dtype=float)
    return a[:, 0], a[:, 1], a[:, 2], a[:, 3], a[:, 4].astype(int), a[:, 5].astype(int)


# -- all locations of one run --------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    """The parameters of one run: site areas, reservoir and doublet defaults."""

    doublets: int = DOUBLETS
    azimuth: float = 0.0
    drilling_site_area: float = DRILLING_SITE_AREA
    permanent_site_area: float = PERMANENT_SITE_AREA
    noise_distance: float = NOISE_DISTANCE
    well_spacing: float = WELL_SPACING
    reservoir_depth: float = RESERVOIR_DEPTH
    reservoir_thickness: float = RESERVOIR_THICKNESS
    porosity: float = POROSITY
    c_rock: float = C_ROCK
    c_water: float = C_WATER
    flow_rate: float = FLOW_RATE
    delta_t: float = DELTA_T
    full_load_hours: float = FULL_LOAD_HOURS
    lifetime: float = LIFETIME
    gj_per_home: float = GJ_PER_HOME

    @property
    def power_per_doublet(self) -> float:
        return power_mw(self.flow_rate, self.delta_t, self.c_water)

    @property
    def c_aquifer(self) -> float:
        return c_aquifer(self.porosity, self.c_water, self.c_rock)

    @property
    def cold_front_radius(self) -> float:
        return cold_front_radius(
            self.flow_rate,
            self.full_load_hours,
            self.lifetime,
            self.reservoir_thickness,
            self.c_aquifer,
            self.c_water,
        )


@dataclass
class Location:
    """One geothermal location in a metric CRS: the well centre (x, y), the field values
    already checked, and the area of a polygon search area (None for a point).
    ``search`` is passed through untouched (the caller's search-area geometry)."""

    name: str
    category: int | None
    doublets: int
    azimuth: float
    x: float
    y: float
    search_area: float | None = None
    search: Any = None


@dataclass
class Capacity:
    """Power (MW), heat (TJ/yr) and home-equivalents of a location with ``doublets``."""

    doublets: int
    power: float
    heat: float
    homes: float


class Shapes:
    """The polygons of one output for all locations at once (metric CRS).

    ``rings`` (n, m, 2): the vectorised rings of core.buffers, used when they equal
    shapely's buffer on this GEOS (checked on the first location); else ``geoms``: the
    shapely polygons built one by one."""

    def __init__(self, rings: np.ndarray | None = None, geoms: list | None = None) -> None:
        self.rings = rings
        self.geoms = geoms

    @classmethod
    def sites(cls, xs: np.ndarray, ys: np.ndarray, area: float) -> Shapes:
        from . import buffers

        if len(xs):
            rings = buffers.point_buffer_rings(xs, ys, circle_radius_for_area(area), QUAD_SEGS)
            if buffers.rings_match(rings[0], site_circle(xs[0], ys[0], area)):
                return cls(rings=rings)
        return cls(geoms=[site_circle(x, y, area) for x, y in zip(xs, ys)])

    @classmethod
    def noise(cls, drill: Shapes, distance: float) -> Shapes:
        from . import buffers

        if drill.rings is not None and distance >= 1.0e-3:
            rings = buffers.circle_polygon_buffer_rings(drill.rings, distance, QUAD_SEGS)
            first = noise_contour(buffers.polygons(drill.rings[:1])[0], distance)
            if buffers.rings_match(rings[0], first):
                return cls(rings=rings)
        return cls(geoms=[noise_contour(g, distance) for g in drill.shapely()])

    @classmethod
    def footprints(
        cls,
        xs: np.ndarray,
        ys: np.ndarray,
        azimuths: Any,
        spacing: float,
        r_cf: float,
        doublets: Any,
    ) -> tuple[Shapes, np.ndarray, np.ndarray]:
        """(shapes, location index, doublet number) of every doublet."""
        from . import buffers

        x0, y0, x1, y1, loc, num = footprint_segments(xs, ys, azimuths, spacing, doublets)
        if len(x0) and spacing > 0 and r_cf > 0:
            rings = buffers.segment_buffer_rings(x0, y0, x1, y1, r_cf, QUAD_SEGS)
            first = reservoir_footprints(xs[0], ys[0], azimuths[0], spacing, r_cf, doublets[0])[0]
            if rings is not None and buffers.rings_match(rings[0], first):
                return cls(rings=rings), loc, num
        geoms = [
            fp
            for x, y, az, d in zip(xs, ys, azimuths, doublets)
            for fp in reservoir_footprints(x, y, az, spacing, r_cf, d)
        ]
        return cls(geoms=geoms), loc, num

    def shapely(self) -> list:
        from . import buffers

        if self.geoms is None:
            self.geoms = buffers.polygons(self.rings)  # type: ignore[arg-type]
        return self.geoms

    def areas(self) -> list:
        from . import buffers

        if self.rings is not None:
            return buffers.ring_areas(self.rings).tolist()
        return [g.area for g in self.geoms or []]

    def bounds(self) -> np.ndarray:
        from . import buffers

        if self.rings is not None:
            return buffers.ring_bounds(self.rings)
        return np.array([g.bounds for g in self.geoms or []], dtype=float).reshape(-1, 4)


@dataclass
class Conflict:
    """The overlap of the footprints of locations ``a`` < ``b`` (indexes), area in m2."""

    a: int
    b: int
    overlap: Any
    area: float


@dataclass
class Claims:
    """What :func:`location_claims` computes for a list of locations.

    ``footprint_location`` / ``footprint_number``: for every footprint, the index of its
    location and its doublet number (1 or 2); footprints are ordered by location.
    ``conflicts``: a :class:`Conflict` for every pair of locations whose footprints
    overlap.
    ``capacities``: one :class:`Capacity` per location; the totals sum them in order."""

    drilling_sites: Shapes
    permanent_sites: Shapes
    noise_contours: Shapes
    footprints: Shapes
    footprint_location: np.ndarray
    footprint_number: np.ndarray
    capacities: list = field(default_factory=list)
    conflicts: list = field(default_factory=list)
    total_power: float = 0.0
    total_heat: float = 0.0
    total_homes: float = 0.0
    n_double: int = 0


def location_capacities(locations: list, settings: Settings) -> list:
    """One :class:`Capacity` per location: doublets x the power of one doublet."""
    p_doublet = settings.power_per_doublet
    by_doublets = {}
    out = []
    for loc in locations:
        if loc.doublets not in by_doublets:
            power = loc.doublets * p_doublet
            heat = heat_tj(power, settings.full_load_hours)
            by_doublets[loc.doublets] = Capacity(
                loc.doublets, power, heat, homes(heat, settings.gj_per_home)
            )
        out.append(by_doublets[loc.doublets])
    return out


def footprint_unions(
    footprints: Shapes, footprint_location: np.ndarray, n: int
) -> tuple[list[Any], np.ndarray]:
    """The union of the footprints of every location and the (n, 4) bounds of each."""
    from shapely.ops import unary_union

    shapes = footprints.shapely()
    all_bounds = footprints.bounds()
    unions, bounds = [], np.empty((n, 4))
    start = 0
    for i in range(n):
        stop = start
        while stop < len(footprint_location) and footprint_location[stop] == i:
            stop += 1
        parts = shapes[start:stop]
        # the union of a single footprint is that footprint
        unions.append(parts[0] if len(parts) == 1 else unary_union(parts))
        b = all_bounds[start:stop]
        bounds[i] = (b[:, 0].min(), b[:, 1].min(), b[:, 2].max(), b[:, 3].max())
        start = stop
    return unions, bounds


def location_claims(
    locations: list, settings: Settings, canceled: Callable[[], bool] | None = None
) -> Claims:
    """Sites, noise contours, reservoir footprints, capacities and footprint conflicts of
    all ``locations`` (:class:`Location`, metric CRS) at once.

    ``canceled`` (optional) is asked between the steps; when it returns True the
    conflicts are not computed (the caller stops the run)."""
    xs = np.array([loc.x for loc in locations], dtype=float)
    ys = np.array([loc.y for loc in locations], dtype=float)
    drill = Shapes.sites(xs, ys, settings.drilling_site_area)
    perm = Shapes.sites(xs, ys, settings.permanent_site_area)
    contours = Shapes.noise(drill, settings.noise_distance)
    footprints, fp_loc, fp_num = Shapes.footprints(
        xs,
        ys,
        [loc.azimuth for loc in locations],
        settings.well_spacing,
        settings.cold_front_radius,
        [loc.doublets for loc in locations],
    )
    claims = Claims(drill, perm, contours, footprints, fp_loc, fp_num)
    claims.capacities = location_capacities(locations, settings)
    for loc, cap in zip(locations, claims.capacities):
        claims.total_power += cap.power
        claims.total_heat += cap.heat
        claims.total_homes += cap.homes
        claims.n_double += loc.doublets > 1
    if canceled is not None and canceled():
        return claims
    unions, bounds = footprint_unions(footprints, fp_loc, len(locations))
    claims.conflicts = [Conflict(*c) for c in footprint_conflicts(unions, bounds=bounds)]
    return claims
