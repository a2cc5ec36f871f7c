"""Soil energy (bodemenergie, WKO/ATES): thermal and hydraulic radius of wells.

Formulas (docs/method.md; [S] SKB "Meer met Bodemenergie" report 2, 4.3.6, after
Drijver 2010)::

    R_th = sqrt(c_w * V / (c_aq * pi * H))     thermal radius
    R_h  = sqrt(V / (pi * H * n))              hydraulic radius

V is the volume stored in one well in one season (m3), H the screen length (m), n the
porosity, c_w and c_aq the volumetric heat capacities of water and of the saturated
aquifer (MJ/m3K).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from .constants import C_WATER

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

    from ._types import FloatArray, Numbers, Values

#: Default volumetric heat capacity of the saturated aquifer, MJ/(m3 K) [S].
C_AQUIFER = 2.8
#: Default porosity of the aquifer [S].
POROSITY = 0.30
#: Default screen length, m [A: typical first-aquifer screen in Den Haag].
SCREEN_LENGTH = 40.0
#: Default volume factor (1.0 = permitted volume = claimed space; 0.67 = expected use).
VOLUME_FACTOR = 1.0


def thermal_radius(
    volume: FloatArray,
    screen_length: FloatArray,
    c_water: float = C_WATER,
    c_aquifer: float = C_AQUIFER,
) -> Any:
    """Thermal radius R_th (m) of a well; works on scalars and numpy arrays.

    >>> round(float(thermal_radius(50000, 40)), 2)
    24.37
    """
    v = np.asarray(volume, dtype=float)
    h = np.asarray(screen_length, dtype=float)
    r = np.sqrt(c_water * v / (c_aquifer * np.pi * h))
    return r if r.ndim else float(r)


def hydraulic_radius(
    volume: FloatArray, screen_length: FloatArray, porosity: float = POROSITY
) -> Any:
    """Hydraulic radius R_h (m): the cylinder the stored water itself fills.

    >>> round(float(hydraulic_radius(50000, 40)), 2)
    36.42
    """
    v = np.asarray(volume, dtype=float)
    h = np.asarray(screen_length, dtype=float)
    r = np.sqrt(v / (np.pi * h * porosity))
    return r if r.ndim else float(r)


def season_volume_from_yearly(yearly_volume: FloatArray, n_wells: FloatArray) -> Any:
    """Volume per well per season from a system's yearly volume [A].

    For a doublet the yearly pumped volume passes each well once per season, so each
    of the n wells stores yearly_volume / n per season (n = 2 for a doublet).
    """
    v = np.asarray(yearly_volume, dtype=float)
    n = np.asarray(n_wells, dtype=float)
    out = v / n
    return out if out.ndim else float(out)


# ---------------------------------------------------------------------------------------
# Distance-rule conflicts between wells (docs/method.md, "Well conflicts")
# ---------------------------------------------------------------------------------------

#: Distance-rule factors (docs/method.md). Warm and cold well of one system:
#: 3 x max(R_th) [S: NVOE guideline]; opposite temperature, different systems:
#: 3 x max(R_th) [A]; same temperature, different systems: 1 x (R_th,a + R_th,b) [A].
FACTOR_SAME_SYSTEM = 3.0
FACTOR_OPPOSITE = 3.0
FACTOR_SAME_TEMPERATURE = 1.0
#: Closed loop inside FACTOR_CLOSED x R_th of an open well [S: SKB WP-4].
FACTOR_CLOSED = 1.0
#: Numerical tolerance (m): a pair is a conflict only when the shortfall exceeds it, so
#: bubbles that exactly touch are not a conflict despite rounding of coordinates.
DISTANCE_TOLERANCE = 1e-6

KIND_SAME_SYSTEM = "same_system"
KIND_OPPOSITE = "opposite_temperature"
KIND_SAME_TEMPERATURE = "same_temperature"
KIND_CLOSED_OPEN = "closed_open"
KIND_CLOSED_CLOSED = "closed_closed"
KIND_SYSTEM_OVERLAP = "system_overlap"
KINDS = (
    KIND_SAME_SYSTEM,
    KIND_OPPOSITE,
    KIND_SAME_TEMPERATURE,
    KIND_CLOSED_OPEN,
    KIND_CLOSED_CLOSED,
    KIND_SYSTEM_OVERLAP,
)

WARM = "warm"
COLD = "koud"
_TEMPERATURE_WORDS = {
    "warm": WARM,
    "w": WARM,
    "koud": COLD,
    "k": COLD,
    "cold": COLD,
    "c": COLD,
}


def parse_temperature(value: Any) -> str | None:
    """``"warm"`` / ``"koud"`` from warm, w, koud, k, cold, c (any case); else ``None``.

    >>> parse_temperature(" Warm "), parse_temperature("C"), parse_temperature("onbekend")
    ('warm', 'koud', None)
    """
    if value is None:
        return None
    try:
        key = str(value).strip().lower()
    # str() of an exotic object may raise anything
    except Exception:  # noqa: BLE001  # pragma: no cover
        return None
    return _TEMPERATURE_WORDS.get(key)


def _empty_pairs():
    return {
        "i": np.zeros(0, dtype=np.int64),
        "j": np.zeros(0, dtype=np.int64),
        "kind": np.zeros(0, dtype=object),
        "distance": np.zeros(0),
        "required": np.zeros(0),
        "shortfall": np.zeros(0),
        "n_other_aquifer": 0,
    }


def _codes(values):
    """Integer codes of arbitrary hashable values (equal values, equal codes)."""
    index = {}
    out = np.empty(len(values), dtype=np.int64)
    for k, v in enumerate(values):
        out[k] = index.setdefault(v, len(index))
    return out


#: Largest number of candidate pairs a grid join holds at once (memory ~ 50 bytes each).
_GRID_CHUNK = 2_000_000
#: Neighbour cells of a grid join: all nine, and the 'forward' half for a self join (the
#: cell itself plus four neighbours, so that each unordered pair of cells is visited once).
_ALL_OFFSETS = tuple((dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1))
_HALF_OFFSETS = ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1))


def _grid_join(ax, ay, bx, by, radius, self_join=False):
    """Index pairs (a, b) of points of set a and set b within ``radius`` of each other.

    numpy only (no scipy: its import alone costs some 0.3 s in every qgis_process run):
    the points are binned in square cells of side ``radius`` (slightly more), and each
    point of a is compared with the points of b in its own and the neighbouring cells, in
    chunks of at most _GRID_CHUNK candidates. A pair is kept when dx² + dy² <= radius².
    Cell coordinates are ranked (np.unique), so any extent works without overflow.
    With ``self_join`` (b is a) each unordered pair is returned once, as i < j.
    Returns two int64 arrays, unordered.
    """
    empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
    if len(ax) == 0 or len(bx) == 0 or not radius > 0 or not np.isfinite(radius):
        return empty
    r2 = float(radius) * float(radius)
    # a cell a hair wider than the radius: a pair within the radius is never two cells apart
    ox = min(float(np.min(ax)), float(np.min(bx)))
    oy = min(float(np.min(ay)), float(np.min(by)))
    span = max(
        float(np.max(ax)), float(np.max(bx)), float(np.max(ay)), float(np.max(by)), 0.0
    ) - min(ox, oy)
    # ... and never so small that the cell numbers leave the exact integer range of floats
    cell = max(float(radius) * (1.0 + 1e-9), span / 2.0**50)
    aix = np.floor((ax - ox) / cell).astype(np.int64)
    aiy = np.floor((ay - oy) / cell).astype(np.int64)
    bix = np.floor((bx - ox) / cell).astype(np.int64)
    biy = np.floor((by - oy) / cell).astype(np.int64)
    # one integer key per cell, column-major with a margin row, so that the key of a
    # neighbour is the key plus an offset; cell numbers are ranked first when the grid is
    # too large for int64 keys
    if (int(max(aix.max(), bix.max())) + 3) * (int(max(aiy.max(), biy.max())) + 3) < 2**62:

        def keys(ix, iy, height=int(max(aiy.max(), biy.max())) + 3):
            return (ix + 1) * height + (iy + 1)
    else:
        ux, uy = np.unique(bix), np.unique(biy)

        def keys(ix, iy):  # type: ignore[misc]
            rx = np.minimum(np.searchsorted(ux, ix), len(ux) - 1)
            ry = np.minimum(np.searchsorted(uy, iy), len(uy) - 1)
            return np.where((ux[rx] == ix) & (uy[ry] == iy), rx * len(uy) + ry, -1)

    key_b = keys(bix, biy)
    order_b = np.argsort(key_b, kind="stable")
    cells, starts, counts = np.unique(key_b[order_b], return_index=True, return_counts=True)

    # per point of a and per offset: start and count of the b points in that cell
    offsets = _HALF_OFFSETS if self_join else _ALL_OFFSETS
    first, number = [], []
    for dx, dy in offsets:
        key = keys(aix + dx, aiy + dy)
        pos = np.minimum(np.searchsorted(cells, key), len(cells) - 1)
        hit = cells[pos] == key
        first.append(np.where(hit, starts[pos], 0))
        number.append(np.where(hit, counts[pos], 0))
    first = np.concatenate(first)  # offset-major: entry o * len(ax) + a
    number = np.concatenate(number)
    owner = np.tile(np.arange(len(ax), dtype=np.int64), len(offsets))
    keep = number > 0
    first, number, owner = first[keep], number[keep], owner[keep]
    out_a, out_b = [], []
    ends = np.cumsum(number)
    lo = 0
    while lo < len(number):
        # the largest run of entries whose candidates fit in one chunk (at least one entry)
        base = ends[lo - 1] if lo else 0
        hi = max(int(np.searchsorted(ends, base + _GRID_CHUNK, side="right")), lo + 1)
        cnt = number[lo:hi]
        total = int(cnt.sum())
        ia = np.repeat(owner[lo:hi], cnt)
        within = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(cnt) - cnt, cnt)
        ib = order_b[np.repeat(first[lo:hi], cnt) + within]
        if self_join:
            # same cell: each pair twice and every point with itself; other cells: once
            ok = (ia < ib) | (aix[ia] != aix[ib]) | (aiy[ia] != aiy[ib])
            ia, ib = ia[ok], ib[ok]
        d2 = (ax[ia] - bx[ib]) ** 2 + (ay[ia] - by[ib]) ** 2
        ok = d2 <= r2
        out_a.append(ia[ok])
        out_b.append(ib[ok])
        lo = hi
    if not out_a:
        return empty
    ia, ib = np.concatenate(out_a), np.concatenate(out_b)
    if self_join:
        ia, ib = np.minimum(ia, ib), np.maximum(ia, ib)
    return ia, ib


def _pairs_within(x, y, radius):
    """Index pairs (i < j) of points within ``radius`` of each other, sorted by i then j
    (numpy grid join, see _grid_join)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if len(x) < 2 or not radius > 0:
        return np.zeros((0, 2), dtype=np.int64)
    i, j = _grid_join(x, y, x, y, float(radius), self_join=True)
    if len(i) == 0:
        return np.zeros((0, 2), dtype=np.int64)
    order = np.lexsort((j, i))
    return np.column_stack([i[order], j[order]])


def well_conflicts(
    x: FloatArray,
    y: FloatArray,
    r_th: FloatArray,
    system: Values,
    warm: FloatArray,
    factor_same_system: float = FACTOR_SAME_SYSTEM,
    factor_opposite: float = FACTOR_OPPOSITE,
    factor_same_temperature: float = FACTOR_SAME_TEMPERATURE,
    tolerance: float = DISTANCE_TOLERANCE,
    top: FloatArray | None = None,
    bottom: FloatArray | None = None,
    aquifer: Any = None,
) -> dict[str, np.ndarray]:
    """Every pair of wells closer than the distance rules (docs/method.md) allow.

    ``x``, ``y``: metric coordinates; ``r_th``: thermal radius per well; ``system``: any
    hashable system id per well; ``warm``: True for warm wells, False for cold ones.

    Rules, with required distance ``req``:

    - same system, opposite temperature: ``factor_same_system * max(r_a, r_b)``
    - same system, same temperature: never a conflict
    - different systems, opposite temperature: ``factor_opposite * max(r_a, r_b)``
    - different systems, same temperature: ``factor_same_temperature * (r_a + r_b)``

    The rules apply only to wells that store in the same aquifer (same_aquifer): with
    ``top`` / ``bottom`` (screen depth per well, NaN unknown) and/or ``aquifer`` (an
    aquifer code per well, None unknown), a pair in different aquifers is no conflict;
    an unknown depth counts as overlapping. The number of pairs dropped so is returned
    as ``n_other_aquifer``.

    A pair is a conflict when ``req - distance > tolerance``; bubbles that exactly touch
    are not. Candidate pairs come from a grid join (numpy, :func:`_pairs_within`) at the
    largest possible required distance, then the exact rule filters them (no all-pairs
    loop).

    Returns a dict of arrays ``i``, ``j`` (i < j, sorted), ``kind``, ``distance``,
    ``required``, ``shortfall``.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    r = np.asarray(r_th, dtype=float)
    warm = np.asarray(warm, dtype=bool)
    sys_code = _codes(list(system))
    if len(x) < 2:
        return _empty_pairs()
    rmax = float(np.max(r))
    dmax = max(
        factor_same_system * rmax, factor_opposite * rmax, factor_same_temperature * 2.0 * rmax
    )
    pairs = _pairs_within(x, y, dmax)
    if len(pairs) == 0:
        return _empty_pairs()
    i, j = pairs[:, 0], pairs[:, 1]
    dist = np.hypot(x[i] - x[j], y[i] - y[j])
    same_sys = sys_code[i] == sys_code[j]
    same_temp = warm[i] == warm[j]
    rbig = np.maximum(r[i], r[j])
    required = np.where(
        same_sys,
        factor_same_system * rbig,
        np.where(same_temp, factor_same_temperature * (r[i] + r[j]), factor_opposite * rbig),
    )
    kind = np.where(
        same_sys, KIND_SAME_SYSTEM, np.where(same_temp, KIND_SAME_TEMPERATURE, KIND_OPPOSITE)
    ).astype(object)
    shortfall = required - dist
    keep = (shortfall > tolerance) & ~(same_sys & same_temp)
    keep, n_other = _keep_same_aquifer(keep, i, j, len(x), top, bottom, aquifer)
    return {
        "i": i[keep],
        "j": j[keep],
        "kind": kind[keep],
        "distance": dist[keep],
        "required": required[keep],
        "shortfall": shortfall[keep],
        "n_other_aquifer": n_other,
    }


def _keep_same_aquifer(keep, i, j, n, top, bottom, aquifer):
    """``keep`` without the pairs in different aquifers, and how many those were."""
    if top is None and bottom is None and aquifer is None:
        return keep, 0
    top = np.full(n, np.nan) if top is None else np.asarray(top, dtype=float)
    bottom = np.full(n, np.nan) if bottom is None else np.asarray(bottom, dtype=float)
    same = same_aquifer(i, j, top, bottom, aquifer)
    return keep & same, int(np.count_nonzero(keep & ~same))


def system_footprint_factor(factor_same_system: float = FACTOR_SAME_SYSTEM) -> float:
    """Footprint radius of a system point, in R_th, when its wells are unknown [A].

    A doublet whose two wells stand ``factor_same_system`` x R_th apart, centred on the
    point, reaches ``factor_same_system / 2 + 1`` R_th from it: 3 / 2 + 1 = 2.5.
    """
    return factor_same_system / 2.0 + 1.0


def system_overlaps(
    x: FloatArray,
    y: FloatArray,
    r_th: FloatArray,
    footprint_factor: float = 2.5,
    tolerance: float = DISTANCE_TOLERANCE,
    top: FloatArray | None = None,
    bottom: FloatArray | None = None,
    aquifer: Any = None,
) -> dict[str, np.ndarray]:
    """Pairs of systems (points) whose footprint circles ``footprint_factor * r_th`` overlap.

    Required distance ``footprint_factor * (r_a + r_b)``; same return shape as
    :func:`well_conflicts` with kind ``system_overlap``; ``top``, ``bottom``, ``aquifer``
    as there: systems in different aquifers do not overlap.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    r = np.asarray(r_th, dtype=float)
    if len(x) < 2:
        return _empty_pairs()
    pairs = _pairs_within(x, y, footprint_factor * 2.0 * float(np.max(r)))
    if len(pairs) == 0:
        return _empty_pairs()
    i, j = pairs[:, 0], pairs[:, 1]
    dist = np.hypot(x[i] - x[j], y[i] - y[j])
    required = footprint_factor * (r[i] + r[j])
    shortfall = required - dist
    keep = shortfall > tolerance
    keep, n_other = _keep_same_aquifer(keep, i, j, len(x), top, bottom, aquifer)
    return {
        "i": i[keep],
        "j": j[keep],
        "kind": np.full(int(keep.sum()), KIND_SYSTEM_OVERLAP, dtype=object),
        "distance": dist[keep],
        "required": required[keep],
        "shortfall": shortfall[keep],
        "n_other_aquifer": n_other,
    }


def depth_ranges_overlap(
    top_a: FloatArray, bottom_a: FloatArray, top_b: FloatArray, bottom_b: FloatArray
) -> np.ndarray:
    """True where the depth ranges [top, bottom] overlap (more than touching).

    Works with any sign convention (depth below surface or level to NAP) as long as both
    ranges use the same one. An unknown range (NaN) counts as overlapping [A: the
    conservative choice].
    """
    ta, ba = np.asarray(top_a, dtype=float), np.asarray(bottom_a, dtype=float)
    tb, bb = np.asarray(top_b, dtype=float), np.asarray(bottom_b, dtype=float)
    lo = np.maximum(np.minimum(ta, ba), np.minimum(tb, bb))
    hi = np.minimum(np.maximum(ta, ba), np.maximum(tb, bb))
    unknown = np.isnan(ta) | np.isnan(ba) | np.isnan(tb) | np.isnan(bb)
    return unknown | (hi > lo)


# ---------------------------------------------------------------------------------------
# Aquifers: which wells share an aquifer (docs/method.md, soil energy per aquifer)
# ---------------------------------------------------------------------------------------

#: Den Haag's aquifers as depth intervals in m below surface, "name:top-bottom;...".
#: First aquifer about 18-60 m [S: SKB Meer met Bodemenergie report 7, Den Haag centre];
#: second aquifer 70-150 m [A: below the clay layer under the first aquifer; check the
#: local REGIS / GeoTOP profile].
AQUIFERS = "1e watervoerend pakket:18-60;2e watervoerend pakket:70-150"

#: Status of a well's aquifer assignment (aquifer_weights).
AQ_CODE = "code"  # by its aquifer code
AQ_DEPTH = "depth"  # by its screen depth range
AQ_UNKNOWN = "unknown"  # no code and no depth: counted in every aquifer [A]
AQ_NONE = "none"  # a known screen that lies in none of the aquifers


def parse_aquifers(text: str | None) -> list[tuple[str, float, float]]:
    """The aquifers of a text ``"name:top-bottom;name:top-bottom"`` (m below surface) as a
    list of (name, top, bottom), in the given order. Empty text: an empty list.

    Raises ValueError with a readable message for a malformed entry.

    >>> parse_aquifers("first:18-60; second : 70 - 150")
    [('first', 18.0, 60.0), ('second', 70.0, 150.0)]
    """
    out = []
    for entry in str(text or "").replace("\n", ";").split(";"):
        entry = entry.strip()
        if not entry:
            continue
        name, sep, depths = entry.rpartition(":")
        name = name.strip()
        parts = depths.split("-")
        try:
            if not sep or not name or len(parts) != 2:
                raise ValueError
            top, bottom = float(parts[0]), float(parts[1])
        except ValueError:
            raise ValueError(
                f"aquifer '{entry}' is not 'name:top-bottom' (m below surface)"
            ) from None
        if not (np.isfinite(top) and np.isfinite(bottom)) or not bottom > top or top < 0:
            raise ValueError(
                f"aquifer '{entry}': the bottom must lie below the top, both at or "
                "below the surface"
            )
        if any(name.lower() == other[0].lower() for other in out):
            raise ValueError(f"aquifer name '{name}' is used twice")
        out.append((name, top, bottom))
    return out


def aquifer_code(value: Any) -> str | None:
    """A normalised aquifer code (stripped, lower case), None for NULL or empty."""
    if value is None:
        return None
    try:
        text = str(value).strip()
    # str() of an exotic object may raise anything
    except Exception:  # noqa: BLE001  # pragma: no cover
        return None
    if not text or text.upper() == "NULL" or text.lower() == "nan":
        return None
    if text.endswith(".0") and text[:-2].isdigit():  # 1.0 from a float field -> 1
        text = text[:-2]
    return text.lower()


def _first_number(text):
    digits = ""
    for ch in text:
        if ch.isdigit():
            digits += ch
        elif digits:
            break
    return int(digits) if digits else None


def match_aquifer(code: str | None, aquifers: Sequence[tuple[str, float, float]]) -> int:
    """Index of the aquifer of ``aquifers`` (parse_aquifers) an aquifer code names, or -1.

    A code matches an aquifer whose name equals it (any case), else one whose name starts
    with the same number: ``1``, ``WVP1`` and ``1e watervoerend pakket`` all name the
    first aquifer.

    >>> aq = parse_aquifers("1e watervoerend pakket:18-60;2e watervoerend pakket:70-150")
    >>> match_aquifer("2", aq), match_aquifer("WVP 1", aq), match_aquifer("kz", aq)
    (1, 0, -1)
    """
    key = aquifer_code(code)
    if key is None:
        return -1
    for k, (name, _, _) in enumerate(aquifers):
        if name.strip().lower() == key:
            return k
    number = _first_number(key)
    if number is None:
        return -1
    for k, (name, _, _) in enumerate(aquifers):
        if _first_number(name.lower()) == number:
            return k
    return -1


def aquifer_weights(
    top: FloatArray,
    bottom: FloatArray,
    aquifers: Sequence[tuple[str, float, float]],
    codes: Sequence[Any] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Share of each well's volume in each aquifer: ``(weights, status)``.

    ``weights`` is an (n wells, n aquifers) array; ``status`` per well AQ_CODE, AQ_DEPTH,
    AQ_UNKNOWN or AQ_NONE. A well whose aquifer code (``codes``, optional) names an
    aquifer (match_aquifer) lies wholly in it. Otherwise a well with a known screen
    [top, bottom] counts in each aquifer by the length of screen inside it, as a share of
    the screen length inside all aquifers (a screen 40-80 m with aquifers 18-60 and
    70-150 m: 20 m and 10 m, so 2/3 and 1/3); a screen in no aquifer has no weight
    (AQ_NONE). A well without code and depth counts wholly in every aquifer (AQ_UNKNOWN)
    [A: the conservative choice, as for the distance rules].
    """
    top = np.asarray(top, dtype=float)
    bottom = np.asarray(bottom, dtype=float)
    n, m = len(top), len(aquifers)
    weights = np.zeros((n, m))
    status = np.full(n, AQ_DEPTH, dtype=object)
    if m == 0:
        return weights, status
    a_top = np.array([a[1] for a in aquifers], dtype=float)
    a_bottom = np.array([a[2] for a in aquifers], dtype=float)
    lo, hi = np.minimum(top, bottom), np.maximum(top, bottom)
    with np.errstate(invalid="ignore"):
        overlap = np.clip(
            np.minimum(hi[:, None], a_bottom[None, :]) - np.maximum(lo[:, None], a_top[None, :]),
            0.0,
            None,
        )
    overlap = np.nan_to_num(overlap, nan=0.0)
    total = overlap.sum(axis=1)
    known = np.isfinite(top) & np.isfinite(bottom)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(total[:, None] > 0, overlap / total[:, None], 0.0)
    weights[known] = share[known]
    status[known & (total <= 0)] = AQ_NONE
    weights[~known] = 1.0
    status[~known] = AQ_UNKNOWN
    if codes is not None:
        index = {}
        for k, code in enumerate(codes):
            key = aquifer_code(code)
            if key is None:
                continue
            if key not in index:
                index[key] = match_aquifer(key, aquifers)
            a = index[key]
            if a >= 0:
                weights[k] = 0.0
                weights[k, a] = 1.0
                status[k] = AQ_CODE
    return weights, status


def same_aquifer(
    i: np.ndarray,
    j: np.ndarray,
    top: FloatArray | None,
    bottom: FloatArray | None,
    codes: Sequence[Any] | None = None,
) -> np.ndarray:
    """True where wells ``i`` and ``j`` (index arrays) may store in the same aquifer.

    Two wells that both have an aquifer code share an aquifer only when the codes are
    equal (aquifer_code). Otherwise their screen depth ranges decide
    (depth_ranges_overlap); an unknown depth counts as overlapping [A].
    """
    i = np.asarray(i, dtype=np.int64)
    j = np.asarray(j, dtype=np.int64)
    top = np.asarray(top, dtype=float)
    bottom = np.asarray(bottom, dtype=float)
    out = depth_ranges_overlap(top[i], bottom[i], top[j], bottom[j])
    if codes is not None:
        keys = [aquifer_code(c) for c in codes]
        has = np.fromiter((k is not None for k in keys), dtype=bool, count=len(keys))
        code = _codes(keys)
        both = has[i] & has[j]
        out = np.where(both, code[i] == code[j], out)
    return out


def unknown_aquifer(
    top: FloatArray | None, bottom: FloatArray | None, codes: Sequence[Any] | None = None
) -> np.ndarray:
    """True for the wells whose aquifer is not known: no aquifer code and no screen."""
    top = np.asarray(top, dtype=float)
    bottom = np.asarray(bottom, dtype=float)
    out = ~(np.isfinite(top) & np.isfinite(bottom))
    if codes is not None:
        out &= np.fromiter((aquifer_code(c) is None for c in codes), dtype=bool, count=len(top))
    return out


def pair_aquifer(i: np.ndarray, j: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """The aquifer (column of ``weights``) a pair of wells shares most, -1 for none."""
    i = np.asarray(i, dtype=np.int64)
    j = np.asarray(j, dtype=np.int64)
    if weights.shape[1] == 0 or not len(i):
        return np.full(len(i), -1, dtype=np.int64)
    both = weights[i] * weights[j]
    best = np.argmax(both, axis=1)
    return np.where(both[np.arange(len(i)), best] > 0, best, -1)


def _loop_points(loops):
    """The (n, 2) coordinates when ``loops`` are given as an array of points, else None."""
    if isinstance(loops, np.ndarray) and loops.ndim == 2 and loops.shape[1] == 2:
        return loops.astype(float, copy=False)
    return None


def _geom_centres_extents(geoms):
    points = _loop_points(geoms)
    if points is not None:
        return points[:, 0].copy(), points[:, 1].copy(), np.zeros(len(points))
    cx = np.empty(len(geoms))
    cy = np.empty(len(geoms))
    ext = np.empty(len(geoms))
    for k, g in enumerate(geoms):
        minx, miny, maxx, maxy = g.bounds
        cx[k] = (minx + maxx) / 2.0
        cy[k] = (miny + maxy) / 2.0
        ext[k] = np.hypot(maxx - minx, maxy - miny) / 2.0
    return cx, cy, ext


def closed_open_conflicts(
    x: FloatArray,
    y: FloatArray,
    r_th: FloatArray,
    screen_top: FloatArray,
    screen_bottom: FloatArray,
    loops: Mapping[str, Any],
    loop_top: FloatArray,
    loop_bottom: FloatArray,
    factor_closed: float = FACTOR_CLOSED,
    tolerance: float = DISTANCE_TOLERANCE,
) -> dict[str, np.ndarray]:
    """Closed loops within ``factor_closed * r_th`` of an open well whose screen depth range
    overlaps the loop's depth range [S: SKB WP-4].

    ``loops``: shapely points or polygons, or an (n, 2) numpy array of point coordinates
    (same result as shapely points, without shapely). Returns a dict of arrays ``i`` (well
    index), ``k`` (loop index), ``distance`` (well to the loop's geometry), ``required``,
    ``shortfall``, sorted by loop then well. Candidates come from a grid join (numpy) of
    the wells with the loops' bounding circles.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    r = np.asarray(r_th, dtype=float)
    empty = {
        "i": np.zeros(0, dtype=np.int64),
        "k": np.zeros(0, dtype=np.int64),
        "distance": np.zeros(0),
        "required": np.zeros(0),
        "shortfall": np.zeros(0),
    }
    if len(x) == 0 or len(loops) == 0:
        return empty
    points = _loop_points(loops)
    cx, cy, ext = _geom_centres_extents(loops)
    reach = float(np.max(r)) * factor_closed
    # candidates: wells within (bounding circle + reach) of a loop's centre
    kk, ii = _grid_join(cx, cy, x, y, float(np.max(ext)) + reach)
    if len(ext) and np.max(ext) > 0:
        near = np.hypot(cx[kk] - x[ii], cy[kk] - y[ii]) <= ext[kk] + reach
        kk, ii = kk[near], ii[near]
    if not len(ii):
        return empty
    if points is not None:
        dd = np.hypot(points[kk, 0] - x[ii], points[kk, 1] - y[ii])
    else:
        from shapely.geometry import Point

        dd = np.empty(len(ii))
        for n, (k, i) in enumerate(zip(kk.tolist(), ii.tolist())):
            g = loops[k]
            if g.geom_type == "Point":
                dd[n] = float(np.hypot(g.x - x[i], g.y - y[i]))
            else:
                dd[n] = g.distance(Point(x[i], y[i]))
    required = factor_closed * r[ii]
    shortfall = required - dd
    overlap = depth_ranges_overlap(
        np.asarray(screen_top, dtype=float)[ii],
        np.asarray(screen_bottom, dtype=float)[ii],
        np.asarray(loop_top, dtype=float)[kk],
        np.asarray(loop_bottom, dtype=float)[kk],
    )
    keep = (shortfall > tolerance) & overlap
    order = np.lexsort((ii[keep], kk[keep]))
    return {
        "i": ii[keep][order],
        "k": kk[keep][order],
        "distance": dd[keep][order],
        "required": required[keep][order],
        "shortfall": shortfall[keep][order],
    }


def closed_closed_conflicts(
    loops: Mapping[str, Any], min_distance: float, tolerance: float = DISTANCE_TOLERANCE
) -> dict[str, np.ndarray]:
    """Pairs of closed loops closer than ``min_distance`` (0 = off).

    ``loops``: shapely geometries or an (n, 2) numpy array of point coordinates.
    Returns ``i``, ``j`` (loop indices, i < j), ``distance``, ``required``, ``shortfall``.
    """
    empty = {
        "i": np.zeros(0, dtype=np.int64),
        "j": np.zeros(0, dtype=np.int64),
        "distance": np.zeros(0),
        "required": np.zeros(0),
        "shortfall": np.zeros(0),
    }
    if len(loops) < 2 or not min_distance > 0:
        return empty
    points = _loop_points(loops)
    cx, cy, ext = _geom_centres_extents(loops)
    pairs = _pairs_within(cx, cy, 2.0 * float(np.max(ext)) + min_distance)
    if points is not None:
        ii, jj = pairs[:, 0], pairs[:, 1]
        dd = np.hypot(cx[ii] - cx[jj], cy[ii] - cy[jj])
        keep = min_distance - dd > tolerance
        ii, jj, dd = ii[keep], jj[keep], dd[keep]
    else:
        ii, jj, dd = [], [], []
        for i, j in pairs.tolist():
            if np.hypot(cx[i] - cx[j], cy[i] - cy[j]) > ext[i] + ext[j] + min_distance:
                continue
            d = loops[i].distance(loops[j])
            if min_distance - d > tolerance:
                ii.append(i)
                jj.append(j)
                dd.append(d)
        ii = np.asarray(ii, dtype=np.int64)
        jj = np.asarray(jj, dtype=np.int64)
        dd = np.asarray(dd, dtype=float)
    if not len(ii):
        return empty
    order = np.lexsort((jj, ii))
    ii, jj, dd = ii[order], jj[order], dd[order]
    return {
        "i": ii,
        "j": jj,
        "distance": dd,
        "required": np.full(len(ii), float(min_distance)),
        "shortfall": min_distance - dd,
    }


def find_duplicates(
    x: FloatArray, y: FloatArray, tolerance: float = 1e-3
) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i < j) of points closer than ``tolerance`` m (duplicate wells)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    return _pairs_within(x, y, tolerance)


# ---------------------------------------------------------------------------------------
# How busy is the aquifer: grid metrics and candidate interference areas (docs/method.md)
# ---------------------------------------------------------------------------------------

#: Defaults of the candidate criteria [A: parameters; Den Haag centre has 17 wells/km2 and
#: about 8 % aquifer use, MMB report 7].
CELL_SIZE = 250.0
WINDOW_RADIUS = 500.0
MIN_WELL_DENSITY = 10.0
MIN_USAGE = 0.05
MIN_CONFLICTS = 0
SMOOTHING = 100.0
MIN_AREA_HA = 5.0
AQUIFER_THICKNESS = 40.0


def aquifer_usage(
    volume_sum: FloatArray,
    area_m2: FloatArray,
    aquifer_thickness: FloatArray = AQUIFER_THICKNESS,
    porosity: FloatArray = POROSITY,
) -> Any:
    """Aquifer use fraction ``sum(V) / (A * n * H)`` (docs/method.md)."""
    v = np.asarray(volume_sum, dtype=float)
    a = np.asarray(area_m2, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(a > 0, v / (a * porosity * aquifer_thickness), 0.0)
    return out if out.ndim else float(out)


def grid_centres(
    xmin: float, ymin: float, xmax: float, ymax: float, cell_size: float
) -> tuple[np.ndarray, np.ndarray]:
    """Centres of the square cells (aligned to multiples of ``cell_size``) covering a box."""
    c = float(cell_size)
    x0 = np.floor(xmin / c) * c
    y0 = np.floor(ymin / c) * c
    nx = max(int(np.ceil((xmax - x0) / c)), 1)
    ny = max(int(np.ceil((ymax - y0) / c)), 1)
    xs = x0 + c * (np.arange(nx) + 0.5)
    ys = y0 + c * (np.arange(ny) + 0.5)
    gx, gy = np.meshgrid(xs, ys)
    return gx.ravel(), gy.ravel()


def window_metrics(
    cx: FloatArray,
    cy: FloatArray,
    x: FloatArray,
    y: FloatArray,
    volume: FloatArray,
    window_radius: float = WINDOW_RADIUS,
    aquifer_thickness: float = AQUIFER_THICKNESS,
    porosity: float = POROSITY,
    system: Values | None = None,
    conflict_x: Numbers | None = None,
    conflict_y: Numbers | None = None,
    weights: np.ndarray | None = None,
    thicknesses: FloatArray | None = None,
    conflict_aquifer: FloatArray | None = None,
) -> dict[str, np.ndarray]:
    """Metrics of each cell centre over the wells within ``window_radius`` of it.

    Returns a dict of arrays (one value per centre): ``n_wells``, ``n_systems`` (None when
    ``system`` is None), ``volume`` (sum of V per season), ``density_km2`` (wells per km2 of
    the window circle), ``usage_fraction`` (``sum(V) / (pi R^2 n H)``), ``n_conflicts``
    (conflict midpoints within the window; None without them).

    Per aquifer (``weights``: an (n wells, k aquifers) array of aquifer_weights,
    ``thicknesses``: the k aquifer thicknesses): also ``volume_aq``, ``wells_aq`` (wells
    with a share in the aquifer), ``density_aq``, ``usage_aq`` (sum(w V) / (A n H_k)) and
    ``conflicts_aq`` (with ``conflict_aquifer``, the aquifer of each conflict, -1 none),
    each (centres, k); ``usage_fraction`` and ``density_km2`` are then those of the
    busiest aquifer (the largest per aquifer) and ``busiest`` its index (-1 without wells).
    """
    from scipy.spatial import cKDTree

    cx = np.asarray(cx, dtype=float)
    cy = np.asarray(cy, dtype=float)
    m = len(cx)
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    v = np.asarray(volume, dtype=float)
    area = np.pi * window_radius**2
    n_wells = np.zeros(m, dtype=np.int64)
    vol = np.zeros(m)
    n_sys = None if system is None else np.zeros(m, dtype=np.int64)
    if m and len(x):
        ctree = cKDTree(np.column_stack([cx, cy]))
        wtree = cKDTree(np.column_stack([x, y]))
        sdm = ctree.sparse_distance_matrix(wtree, window_radius, output_type="ndarray")
        ci = sdm["i"].astype(np.int64)
        wi = sdm["j"].astype(np.int64)
        # (output_type='ndarray' keeps zero distances too: a well on a centre counts)
        n_wells = np.bincount(ci, minlength=m)
        vol = np.bincount(ci, weights=v[wi], minlength=m)  # type: ignore[assignment]
        if system is not None:
            codes = _codes(list(system))
            base = int(codes.max()) + 1
            key = np.unique(ci * base + codes[wi])
            n_sys = np.bincount(key // base, minlength=m)
    n_conf = None
    conf_pairs = None
    if conflict_x is not None:
        n_conf = np.zeros(m, dtype=np.int64)
        if m and len(conflict_x):
            ftree = cKDTree(
                np.column_stack([np.asarray(conflict_x, float), np.asarray(conflict_y, float)])
            )
            counts = ftree.query_ball_point(
                np.column_stack([cx, cy]), window_radius, return_length=True
            )
            n_conf = np.asarray(counts, dtype=np.int64)
            if weights is not None and conflict_aquifer is not None:
                ctree = cKDTree(np.column_stack([cx, cy]))
                near = ctree.sparse_distance_matrix(ftree, window_radius, output_type="ndarray")
                conf_pairs = (near["i"].astype(np.int64), near["j"].astype(np.int64))
    out = {
        "n_wells": n_wells,
        "n_systems": n_sys,
        "volume": vol,
        "density_km2": n_wells / (area / 1.0e6),
        "usage_fraction": aquifer_usage(vol, np.full(m, area), aquifer_thickness, porosity),
        "n_conflicts": n_conf,
    }
    if weights is not None:
        w = np.asarray(weights, dtype=float).reshape(len(x), -1)
        k = w.shape[1]
        vol_aq = np.zeros((m, k))
        wells_aq = np.zeros((m, k), dtype=np.int64)
        conf_aq: Any = None if n_conf is None else np.zeros((m, k), dtype=np.int64)
        if m and len(x):
            for a in range(k):
                vol_aq[:, a] = np.bincount(ci, weights=v[wi] * w[wi, a], minlength=m)
                wells_aq[:, a] = np.bincount(
                    ci, weights=(w[wi, a] > 0).astype(float), minlength=m
                ).astype(np.int64)
        if conf_pairs is not None:
            caq = np.asarray(conflict_aquifer, dtype=np.int64)
            cc, fj = conf_pairs
            for a in range(k):
                conf_aq[:, a] = np.bincount(
                    cc, weights=(caq[fj] == a).astype(float), minlength=m
                ).astype(np.int64)
        _per_aquifer(out, vol_aq, wells_aq, conf_aq, np.full(m, area), thicknesses, porosity)
    return out


def _per_aquifer(out, vol_aq, wells_aq, conf_aq, area, thicknesses, porosity):
    """Add the per-aquifer metrics (see window_metrics) to ``out``; ``area``: m2 per row."""
    h = np.asarray(thicknesses, dtype=float).reshape(1, -1)
    area = np.asarray(area, dtype=float).reshape(-1, 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        usage = np.where(area > 0, vol_aq / (area * porosity * h), 0.0)
        density = np.where(area > 0, wells_aq / (area / 1.0e6), 0.0)
    out["volume_aq"] = vol_aq
    out["wells_aq"] = wells_aq
    out["usage_aq"] = usage
    out["density_aq"] = density
    out["conflicts_aq"] = conf_aq
    if usage.shape[1]:
        out["usage_fraction"] = usage.max(axis=1)
        out["density_km2"] = density.max(axis=1)
        out["busiest"] = np.where(out["usage_fraction"] > 0, np.argmax(usage, axis=1), -1)
    else:
        out["usage_fraction"] = np.zeros(len(area))
        out["density_km2"] = np.zeros(len(area))
        out["busiest"] = np.full(len(area), -1)


CRITERION_DENSITY = "density"
CRITERION_USAGE = "usage"
CRITERION_CONFLICTS = "conflicts"


def candidate_cells(
    metrics: Mapping[str, np.ndarray],
    min_density: float = MIN_WELL_DENSITY,
    min_usage: float = MIN_USAGE,
    min_conflicts: float = MIN_CONFLICTS,
    rule: str = "any",
) -> tuple[np.ndarray, list[str]]:
    """Which cells pass the criteria, and which criteria each passes.

    A threshold of 0 (or None) switches its criterion off; ``rule`` is ``"any"`` or
    ``"all"`` over the criteria switched on. Returns ``(mask, labels)`` with labels such as
    ``"density,usage"`` (the criteria passed, in a fixed order).
    """
    n = len(metrics["n_wells"])
    tests = []
    if min_density:
        tests.append((CRITERION_DENSITY, metrics["density_km2"] >= min_density))
    if min_usage:
        tests.append((CRITERION_USAGE, metrics["usage_fraction"] >= min_usage))
    if min_conflicts:
        conf = metrics.get("n_conflicts")
        conf = np.zeros(n, dtype=np.int64) if conf is None else conf
        tests.append((CRITERION_CONFLICTS, conf >= min_conflicts))
    if not tests:
        return np.zeros(n, dtype=bool), [""] * n
    stack = np.vstack([t for _, t in tests])
    mask = stack.all(axis=0) if rule == "all" else stack.any(axis=0)
    labels = [",".join(name for (name, _), ok in zip(tests, col) if ok) for col in stack.T]
    return mask, labels


def cells_touching(
    area: BaseGeometry, cx: np.ndarray, cy: np.ndarray, cell_size: float
) -> np.ndarray:
    """Boolean per grid cell (centres ``cx``, ``cy``): does the square cell touch the
    shapely polygon ``area``? A cell whose centre lies in it does; a cell whose centre
    lies outside the area grown by half the cell's diagonal does not; the cells between
    are tested one by one (so this stays close to linear)."""
    from shapely.geometry import box
    from shapely.prepared import prep

    grown = area.buffer(cell_size * 0.7072)
    near = points_in_polygon(grown, cx, cy)
    keep = near & points_in_polygon(area, cx, cy)
    prepared = prep(area)
    half = cell_size / 2
    for k in np.nonzero(near & ~keep)[0]:
        keep[k] = prepared.intersects(box(cx[k] - half, cy[k] - half, cx[k] + half, cy[k] + half))
    return keep


def cell_box(cx: float, cy: float, cell_size: float) -> BaseGeometry:
    from shapely.geometry import box

    h = cell_size / 2.0
    return box(cx - h, cy - h, cx + h, cy + h)


def cell_runs(cx: FloatArray, cy: FloatArray, cell_size: float) -> list[BaseGeometry]:
    """Boxes covering the square cells centred on (cx, cy), one per run of neighbouring
    cells in a row: the same area as one box per cell, with far fewer polygons to union.
    Cells lie on a grid of ``cell_size`` (see grid_centres)."""
    from shapely.geometry import box

    cx = np.asarray(cx, dtype=float)
    cy = np.asarray(cy, dtype=float)
    if len(cx) == 0:
        return []
    c = float(cell_size)
    col = np.rint(cx / c - 0.5).astype(np.int64)
    row = np.rint(cy / c - 0.5).astype(np.int64)
    order = np.lexsort((col, row))
    col, row = col[order], row[order]
    # a new run starts where the row changes or the column does not follow the previous one
    start = np.ones(len(col), dtype=bool)
    start[1:] = (row[1:] != row[:-1]) | (col[1:] != col[:-1] + 1)
    first = np.nonzero(start)[0]
    last = np.append(first[1:], len(col)) - 1
    return [
        box(col[a] * c, row[a] * c, (col[b] + 1) * c, (row[a] + 1) * c) for a, b in zip(first, last)
    ]


def _parts(geom):
    if geom is None or geom.is_empty:
        return []
    if hasattr(geom, "geoms"):
        out = []
        for g in geom.geoms:
            out.extend(_parts(g))
        return out
    return [geom] if geom.geom_type == "Polygon" else []


def merge_cells(
    cells: Sequence[BaseGeometry],
    smoothing: float = SMOOTHING,
    clip: BaseGeometry | None = None,
    min_area_m2: float = MIN_AREA_HA * 1e4,
) -> list[BaseGeometry]:
    """Merge cell polygons into candidate areas.

    Union, then a closing (buffer out by ``smoothing`` and back in) that merges cells less
    than 2 x smoothing apart, clip to ``clip`` (a polygon or None), split into parts, drop
    parts smaller than ``min_area_m2``. Returns a list of shapely Polygons.
    """
    from shapely.ops import unary_union

    if not cells:
        return []
    merged = unary_union(list(cells))
    if smoothing and smoothing > 0:
        merged = merged.buffer(smoothing, 16).buffer(-smoothing, 16)
    if clip is not None:
        merged = merged.intersection(clip)
    return [p for p in _parts(merged) if p.area >= min_area_m2]


def _rings(geom):
    """The coordinate arrays (n x 2) of every ring of a Polygon or MultiPolygon; None for
    other geometry types."""
    if geom.geom_type == "Polygon":
        polygons = [geom]
    elif geom.geom_type == "MultiPolygon":
        polygons = list(geom.geoms)
    else:
        return None
    rings = []
    for p in polygons:
        if p.is_empty:
            continue
        rings.append(np.asarray(p.exterior.coords, dtype=float)[:, :2])
        rings.extend(np.asarray(r.coords, dtype=float)[:, :2] for r in p.interiors)
    return rings


def _near_rings(rings, x, y):
    """Boolean mask: a superset of the points (x, y) that lie on one of ``rings``.

    Points are sampled along every segment at most ``step`` apart (vertices included); a
    point exactly on a segment lies within step / 2 of the nearest sample, so every point
    farther than that (plus a margin for rounding) from all samples is off the rings.
    numpy only (_grid_join; no scipy import)."""
    rings = [r for r in rings if len(r) > 1]
    if not rings:
        return np.zeros(len(x), dtype=bool)
    starts = np.vstack([r[:-1] for r in rings])
    ends = np.vstack([r[1:] for r in rings])
    seg = ends - starts
    length = np.hypot(seg[:, 0], seg[:, 1])
    total = float(length.sum())
    if not np.isfinite(total):
        return np.ones(len(x), dtype=bool)
    # about three samples per segment on average: few samples and few candidates
    spacing = max(total / (2.0 * len(length) + 1000.0), 1e-6)
    pieces = np.maximum(np.ceil(length / spacing), 1).astype(np.int64)
    seg_of = np.repeat(np.arange(len(length)), pieces)
    first = np.cumsum(pieces) - pieces
    t = (np.arange(len(seg_of)) - first[seg_of]) / pieces[seg_of]
    samples = np.vstack([starts[seg_of] + seg[seg_of] * t[:, None], ends])
    step = float((length / pieces).max())
    scale = float(np.abs(samples).max()) + float(max(np.abs(x).max(), np.abs(y).max()))
    radius = step / 2.0 + 1e-6 * (step + 1.0) + 1e-9 * scale
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    near = np.zeros(len(x), dtype=bool)
    ia, _ = _grid_join(x, y, samples[:, 0], samples[:, 1], radius)
    near[ia] = True
    return near


_SHAPELY = {}


def _shapely_api():
    """The shapely functions points_in_polygon needs, imported once (imports inside a hot
    function go through QGIS's import hook on every call)."""
    if not _SHAPELY:
        import shapely
        from shapely.geometry import Point
        from shapely.prepared import prep

        _SHAPELY["intersects_xy"] = getattr(shapely, "intersects_xy", None)  # shapely >= 2
        _SHAPELY["points"] = getattr(shapely, "points", None)
        _SHAPELY["distance"] = getattr(shapely, "distance", None)
        _SHAPELY["Point"], _SHAPELY["prep"] = Point, prep
        try:
            from shapely.vectorized import contains
        except ImportError:
            contains = None
        _SHAPELY["contains"] = contains
    return _SHAPELY


def _intersects_points_18(geom, x, y):
    """shapely 1.8: ``geom.intersects(Point(x, y))`` for every point, vectorised for
    polygons. A point intersects a polygon when it lies in its interior
    (shapely.vectorized.contains, the same prepared GEOS predicate) or on its boundary:
    only the points near a ring (_near_rings) are tested one by one."""
    api = _shapely_api()
    point, contains = api["Point"], api["contains"]
    if contains is None or geom.geom_type not in ("Polygon", "MultiPolygon"):
        pg = api["prep"](geom)
        return np.array([pg.intersects(point(a, b)) for a, b in zip(x, y)], dtype=bool)
    inside = np.asarray(contains(geom, x, y), dtype=bool)
    rest = np.nonzero(~inside)[0]
    if len(rest) >= 20:  # few points: test them all one by one
        rest = rest[_near_rings(_rings(geom), x[rest], y[rest])]
    if len(rest):  # prepared only when needed: most zones have no point on a ring
        pg = api["prep"](geom)
        inside[rest] = [pg.intersects(point(x[k], y[k])) for k in rest]
    return inside


def points_in_polygon(
    geom: BaseGeometry, x: Numbers, y: Numbers, bounds: Sequence[float] | None = None
) -> np.ndarray:
    """Boolean mask of the points (x, y) covered by ``geom`` (shapely 1.8 and 2.x).

    ``bounds``: optional (minx, miny, maxx, maxy) of a box known to cover ``geom`` (e.g.
    from zone_layout), which saves computing its bounds; only the points in it are
    tested."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    mask = np.zeros(len(x), dtype=bool)
    if geom is None or geom.is_empty or len(x) == 0:
        return mask
    minx, miny, maxx, maxy = geom.bounds if bounds is None else bounds
    cand = np.nonzero((x >= minx) & (x <= maxx) & (y >= miny) & (y <= maxy))[0]
    if len(cand) == 0:
        return mask
    intersects_xy = _shapely_api()["intersects_xy"]
    if intersects_xy is not None:
        mask[cand] = intersects_xy(geom, x[cand], y[cand])
    else:  # shapely 1.8
        mask[cand] = _intersects_points_18(geom, x[cand], y[cand])
    return mask


def polygon_metrics(
    geom: BaseGeometry,
    x: Numbers,
    y: Numbers,
    volume: FloatArray,
    aquifer_thickness: float = AQUIFER_THICKNESS,
    porosity: float = POROSITY,
    system: Values | None = None,
    conflict_x: Numbers | None = None,
    conflict_y: Numbers | None = None,
    inside: np.ndarray | None = None,
    conflict_inside: np.ndarray | None = None,
    weights: np.ndarray | None = None,
    thicknesses: FloatArray | None = None,
    conflict_aquifer: FloatArray | None = None,
) -> dict[str, Any]:
    """Metrics of the wells inside one polygon: ``n_wells``, ``n_systems`` (None without
    systems), ``volume``, ``density_km2``, ``usage_fraction`` (sum(V) / (A n H)),
    ``n_conflicts`` (conflict midpoints inside; None without them), ``area_ha``.

    ``inside`` / ``conflict_inside``: the masks of points_in_polygon for the wells and the
    conflict midpoints when the caller has them already (one call for several point sets).

    ``weights``, ``thicknesses``, ``conflict_aquifer``: per aquifer as window_metrics
    (``volume_aq``, ``wells_aq``, ``density_aq``, ``usage_aq``, ``conflicts_aq`` as 1-d
    arrays over the aquifers, ``usage_fraction`` / ``density_km2`` of the busiest
    aquifer, ``busiest``)."""
    if inside is None:
        inside = points_in_polygon(geom, x, y)
    v = np.asarray(volume, dtype=float)
    area = geom.area
    n = int(inside.sum())
    vol = float(v[inside].sum()) if n else 0.0
    n_sys = None
    if system is not None:
        n_sys = len({s for s, ok in zip(system, inside) if ok})
    n_conf = None
    if conflict_x is not None:
        if conflict_inside is None:
            conflict_inside = points_in_polygon(geom, conflict_x, conflict_y)  # type: ignore[arg-type]
        n_conf = int(np.count_nonzero(conflict_inside))
    out = {
        "n_wells": n,
        "n_systems": n_sys,
        "volume": vol,
        "density_km2": n / (area / 1.0e6) if area > 0 else 0.0,
        "usage_fraction": aquifer_usage(vol, area, aquifer_thickness, porosity),
        "n_conflicts": n_conf,
        "area_ha": area / 1.0e4,
    }
    if weights is not None:
        w = np.asarray(weights, dtype=float).reshape(len(v), -1)
        vol_aq = (v[inside, None] * w[inside]).sum(axis=0).reshape(1, -1)
        wells_aq = (w[inside] > 0).sum(axis=0).reshape(1, -1)
        conf_aq = None
        if conflict_inside is not None and conflict_aquifer is not None:
            caq = np.asarray(conflict_aquifer, dtype=np.int64)[conflict_inside]
            conf_aq = np.array([[int(np.count_nonzero(caq == a)) for a in range(w.shape[1])]])
        _per_aquifer(out, vol_aq, wells_aq, conf_aq, [area], thicknesses, porosity)
        for key in ("volume_aq", "wells_aq", "usage_aq", "density_aq", "conflicts_aq"):
            if out[key] is not None:
                out[key] = out[key][0]
        for key in ("usage_fraction", "density_km2", "busiest"):
            out[key] = out[key][0].item()
    return out


# ---------------------------------------------------------------------------------------
# Warm and cold zones of a bodemenergieplan (docs/method.md)
# ---------------------------------------------------------------------------------------

#: Reference system for the zone width [A]: width = WIDTH_FACTOR x R_th(V_ref, H_ref).
WIDTH_FACTOR = 3.0
REFERENCE_VOLUME = 50000.0
REFERENCE_SCREEN = 40.0
LAYOUT_STRIPS = "strips"
#: Zones narrower than this (m) at the far edge of an area are not made: reprojection noise.
SLIVER = 0.01
LAYOUT_CHECKERBOARD = "checkerboard"


def zone_width_from_reference(
    volume: float = REFERENCE_VOLUME,
    screen_length: float = REFERENCE_SCREEN,
    width_factor: float = WIDTH_FACTOR,
    c_water: float = C_WATER,
    c_aquifer: float = C_AQUIFER,
) -> float:
    """Zone width ``width_factor x R_th`` of a reference system [A].

    >>> round(zone_width_from_reference(), 2)
    73.12
    """
    return float(width_factor * thermal_radius(volume, screen_length, c_water, c_aquifer))


def _frame(theta_deg):
    t = np.radians(theta_deg)
    return np.cos(t), np.sin(t)


def _to_uv(x, y, c, s):
    """u: across the flow (to the right of it), v: along the flow direction."""
    return x * c - y * s, x * s + y * c


def _from_uv(u, v, c, s):
    return c * u + s * v, -s * u + c * v


def _area_frame(area, flow_direction):
    """(c, s, umin, umax, vmin, vmax) of an area in the zone frame (see _to_uv), or None."""
    c, s = _frame(flow_direction)
    coords = []
    for p in _parts(area):
        coords.extend(p.exterior.coords)
    if not coords:
        return None
    xy = np.asarray(coords, dtype=float)
    u, v = _to_uv(xy[:, 0], xy[:, 1], c, s)
    return c, s, float(u.min()), float(u.max()), float(v.min()), float(v.max())


def _zone_range(lo, hi, offset, w):
    """Indices (first, stop) of the zones [lo + offset + a w, lo + offset + (a + 1) w)
    that reach more than SLIVER into [lo, hi]."""
    first = -1 if offset > SLIVER else 0
    stop = max(int(np.ceil((hi - lo - offset - SLIVER) / w)), first + 1)
    return first, stop


def zone_layout(
    area: BaseGeometry,
    flow_direction: float = 0.0,
    zone_width: float | None = None,
    layout: str = LAYOUT_STRIPS,
    first_zone: str = WARM,
    progress: Callable[..., Any] | None = None,
    offset: float = 0.0,
    offset_v: float = 0.0,
) -> list[dict[str, Any]]:
    """Alternating warm and cold zones inside ``area`` (a shapely polygon, metric CRS).

    ``flow_direction``: degrees clockwise from north, the direction groundwater flows to.
    Strips run parallel to the flow and alternate across it, so a plume drifts along its
    own strip and the two wells of a doublet sit across the flow. The first strip (the one
    farthest to the left looking downstream) is ``first_zone``. A checkerboard uses
    squares of the zone width in the same frame.

    Returns a list of dicts ``geometry``, ``zone`` (warm | koud), ``zone_nr`` (1, 2, ...
    in order across the flow; for a checkerboard, row by row), ``width_m``, ``area_m2``
    and ``bounds`` (a box covering the zone, not always the tightest: for zone_check).

    ``progress``: optional callable(fraction done, 0-1), called before each zone; it may
    raise to stop the layout (cancellation).

    ``offset`` (0 <= offset < width): the zone borders lie at ``offset + k x width`` from
    the left edge of the area (across the flow); with an offset the strip left of the
    first border is of the other temperature. ``offset_v``: the same along the flow, for
    a checkerboard. fit_zone_plan chooses them.
    """
    from shapely.geometry import Polygon
    from shapely.ops import unary_union

    if zone_width is None or not zone_width > 0:
        zone_width = zone_width_from_reference()
    w = float(zone_width)
    if area is None or area.is_empty:
        return []
    c, s = _frame(flow_direction)
    coords = []
    for p in _parts(area):
        coords.extend(p.exterior.coords)
    if not coords:
        return []
    xy = np.asarray(coords, dtype=float)
    axmin, aymin = xy[:, :2].min(axis=0).tolist()
    axmax, aymax = xy[:, :2].max(axis=0).tolist()
    margin = 1e-7 * (float(np.abs(xy[:, :2]).max()) + w)
    u, v = _to_uv(xy[:, 0], xy[:, 1], c, s)
    umin, umax, vmin, vmax = u.min(), u.max(), v.min(), v.max()
    other = COLD if first_zone == WARM else WARM
    offset = float(offset) % w
    offset_v = float(offset_v) % w
    # a strip narrower than SLIVER (reprojection noise at the far edge) is not made
    a0, nu = _zone_range(umin, umax, offset, w)
    if layout == LAYOUT_CHECKERBOARD:
        b0, nv = _zone_range(vmin, vmax, offset_v, w)
        cells = [(a, b) for b in range(b0, nv) for a in range(a0, nu)]
    else:
        cells = [(a, None) for a in range(a0, nu)]  # type: ignore[misc]
    out = []
    nr = 0
    n_cells = len(cells)
    for k, (a, b) in enumerate(cells):
        if progress is not None:
            progress(k / n_cells)
        u0, u1 = umin + offset + a * w, umin + offset + (a + 1) * w
        if a == nu - 1:  # the last zone takes a sliver left at the far edge
            u1 = max(u1, umax + 1.0)
        if b is None:
            v0, v1 = vmin - 1.0, vmax + 1.0
            parity = a % 2
        else:
            v0, v1 = vmin + offset_v + b * w, vmin + offset_v + (b + 1) * w
            if b == nv - 1:
                v1 = max(v1, vmax + 1.0)
            parity = (a + b) % 2
        corners = [_from_uv(uu, vv, c, s) for uu, vv in ((u0, v0), (u1, v0), (u1, v1), (u0, v1))]
        piece = Polygon(corners).intersection(area)
        # the common case, one polygon, without _parts' recursion
        parts = [piece] if (piece.geom_type == "Polygon" and not piece.is_empty) else _parts(piece)
        if not parts:
            continue
        nr += 1
        geom = parts[0] if len(parts) == 1 else unary_union(parts)
        # a box covering the zone (for zone_check): its rectangle's, within the area's,
        # grown by a margin for the rounding of the intersection's vertices
        xs, ys = [p[0] for p in corners], [p[1] for p in corners]
        out.append(
            {
                "geometry": geom,
                "bounds": (
                    max(min(xs), axmin) - margin,
                    max(min(ys), aymin) - margin,
                    min(max(xs), axmax) + margin,
                    min(max(ys), aymax) + margin,
                ),
                "zone": first_zone if parity == 0 else other,
                "zone_nr": nr,
                "width_m": w,
                "area_m2": float(geom.area),
            }
        )
    return out


ZONE_OK = "ok"
ZONE_NEAR_BORDER = "near_border"
ZONE_WRONG = "wrong_zone"
ZONE_OUTSIDE = "outside"


def _distances(geom, x, y):
    """Distance of each point (x, y) to ``geom`` (shapely 1.8 and 2.x)."""
    api = _shapely_api()
    if api["points"] is not None:  # shapely >= 2: vectorised
        return np.asarray(api["distance"](geom, api["points"](x, y)), dtype=float)
    point = api["Point"]
    return np.array([geom.distance(point(a, b)) for a, b in zip(x, y)], dtype=float)


def zone_check(
    x: FloatArray,
    y: FloatArray,
    warm: FloatArray,
    zones: Sequence[Any],
    progress: Callable[..., Any] | None = None,
    r_th: FloatArray | None = None,
    return_distance: bool = False,
) -> Any:
    """Check each well against the zones: ``ok`` when it lies in a zone of its own
    temperature, ``wrong_zone`` when only in zones of the other one, ``outside`` when in
    no zone. ``zones``: list of (shapely geometry, "warm" | "koud") or (geometry, zone,
    bounds) with a box covering the geometry (zone_layout's ``bounds``, saves computing
    it). ``progress``: optional callable(fraction done), called per zone; it may raise to
    stop.

    With ``r_th`` (thermal radius per well, m) a well in its own zone is ``ok`` only when
    its thermal radius stays inside it: distance to the nearest zone of the other
    temperature >= R_th (docs/method.md); closer, it is ``near_border``. A well on the
    border between a warm and a cold zone is then ``near_border`` with distance 0 (without
    ``r_th`` it is ``ok``). With ``return_distance`` the result is (status, distance):
    the distance (m) to the nearest zone of the other temperature where it is less than
    R_th, else NaN."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    warm = np.asarray(warm, dtype=bool)
    in_warm = np.zeros(len(x), dtype=bool)
    in_cold = np.zeros(len(x), dtype=bool)
    # the wells sorted by x: the wells in a zone's x range are one slice
    order = np.argsort(x, kind="stable")
    x_sorted = x[order]
    for k, item in enumerate(zones):
        if progress is not None:
            progress(k / len(zones))
        geom, zone = item[0], item[1]
        if geom is None or geom.is_empty:
            continue
        bounds = item[2] if len(item) > 2 else geom.bounds
        # the method, not np.searchsorted: no array-function dispatch per zone
        lo = int(x_sorted.searchsorted(bounds[0], side="left"))
        hi = int(x_sorted.searchsorted(bounds[2], side="right"))
        idx = order[lo:hi]
        idx = idx[(y[idx] >= bounds[1]) & (y[idx] <= bounds[3])]
        if not len(idx):
            continue
        mask = points_in_polygon(geom, x[idx], y[idx], bounds)
        if zone == WARM:
            in_warm[idx[mask]] = True
        else:
            in_cold[idx[mask]] = True
    ok = np.where(warm, in_warm, in_cold)
    anywhere = in_warm | in_cold
    status = np.where(ok, ZONE_OK, np.where(anywhere, ZONE_WRONG, ZONE_OUTSIDE)).astype(object)
    distance = np.full(len(x), np.nan)
    if r_th is not None and len(x):
        r = np.broadcast_to(np.asarray(r_th, dtype=float), x.shape)
        reach = float(np.nanmax(r)) if np.isfinite(r).any() else 0.0
        todo = ok & (r > 0)
        for item in zones:
            geom, zone = item[0], item[1]
            if geom is None or geom.is_empty or reach <= 0:
                continue
            bounds = item[2] if len(item) > 2 else geom.bounds
            lo = int(x_sorted.searchsorted(bounds[0] - reach, side="left"))
            hi = int(x_sorted.searchsorted(bounds[2] + reach, side="right"))
            idx = order[lo:hi]
            # wells of the other temperature, in their own zone, near this zone's box
            idx = idx[
                todo[idx]
                & (warm[idx] != (zone == WARM))
                & (y[idx] >= bounds[1] - r[idx])
                & (y[idx] <= bounds[3] + r[idx])
                & (x[idx] >= bounds[0] - r[idx])
                & (x[idx] <= bounds[2] + r[idx])
            ]
            if not len(idx):
                continue
            d = _distances(geom, x[idx], y[idx])
            near = d < r[idx]
            idx, d = idx[near], d[near]
            distance[idx] = np.fmin(distance[idx], d)
        status[~np.isnan(distance)] = ZONE_NEAR_BORDER
    if return_distance:
        return status, distance
    return status


def _plan_cost(u, v, warm, r, frame, w, layout, first_warm, su, sv):
    """Wrong-zone and near-border counts of the wells at (u, v) (zone frame) for each
    offset pair (su[g], sv[g]), computed from the zone grid (no geometry): the zone of a
    well is the parity of its cell; its border distance is the distance to the nearest
    cell border inside the area's extent (an outer edge of the area is no border).
    Returns (wrong, near) arrays of len(su). Works in chunks of wells."""
    umin, umax, vmin, vmax = frame
    g = len(su)
    wrong = np.zeros(g, dtype=np.int64)
    near = np.zeros(g, dtype=np.int64)
    chunk = max(1, 2_000_000 // max(g, 1))
    for lo in range(0, len(u), chunk):
        uu, vv = u[lo : lo + chunk][None, :], v[lo : lo + chunk][None, :]
        ww, rr = warm[lo : lo + chunk][None, :], r[lo : lo + chunk][None, :]

        def axis(t_abs, low, high, shift):
            t = t_abs - (low + shift[:, None])
            k = np.floor(t / w)
            frac = t - k * w
            left = np.where(t_abs - frac > low + SLIVER, frac, np.inf)
            right = np.where(t_abs - frac + w < high - SLIVER, w - frac, np.inf)
            return k.astype(np.int64), np.minimum(left, right)

        ka, da = axis(uu, umin, umax, su)
        if layout == LAYOUT_CHECKERBOARD:
            kb, db = axis(vv, vmin, vmax, sv)
            parity, dist = (ka + kb) % 2, np.minimum(da, db)
        else:
            parity, dist = ka % 2, da
        zone_warm = (parity == 0) == first_warm
        bad = zone_warm != ww
        wrong += bad.sum(axis=1)
        near += (~bad & (dist < rr)).sum(axis=1)
    return wrong, near


def _middle_of_longest_run(flags):
    """Index of the middle of the longest run of True in ``flags`` (first on ties)."""
    best_start, best_len, start = 0, 0, None
    for k, f in enumerate(list(flags) + [False]):
        if f and start is None:
            start = k
        elif not f and start is not None:
            if k - start > best_len:
                best_start, best_len = start, k - start
            start = None
    return best_start + (best_len - 1) // 2


def fit_zone_plan(
    area: BaseGeometry,
    x: FloatArray,
    y: FloatArray,
    warm: FloatArray,
    r_th: FloatArray,
    flow_direction: float = 0.0,
    zone_width: float | None = None,
    layout: str = LAYOUT_STRIPS,
    first_zone: str = WARM,
    choose_first: bool = False,
    steps: int = 256,
) -> dict[str, Any]:
    """The zone offset (and optionally the first zone) that puts as few of the wells
    (x, y, warm, r_th; metric) in the wrong zone or near a border as possible.

    The cost of a plan is wrong-zone + near-border wells (see zone_check), computed from
    the zone grid of zone_layout for ``steps`` offsets 0, w / steps, ... across the flow
    (for a checkerboard also along it, on a grid of sqrt-steps per axis), with
    ``first_zone`` or, with ``choose_first``, with both. Of the offsets with the lowest
    cost the middle of the longest run is taken (the plan that stays best when the
    wells move a little). Only the wells inside ``area`` count.

    Returns a dict ``offset``, ``offset_v``, ``first_zone``, ``wrong_before``,
    ``near_before`` (offset 0 and ``first_zone``, as zone_layout without a fit),
    ``wrong_after``, ``near_after``, ``n_wells``.
    """
    if zone_width is None or not zone_width > 0:
        zone_width = zone_width_from_reference()
    w = float(zone_width)
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    warm = np.asarray(warm, dtype=bool)
    r = np.broadcast_to(np.asarray(r_th, dtype=float), x.shape)
    result = {
        "offset": 0.0,
        "offset_v": 0.0,
        "first_zone": first_zone,
        "wrong_before": 0,
        "near_before": 0,
        "wrong_after": 0,
        "near_after": 0,
        "n_wells": 0,
    }
    frame = None if area is None or area.is_empty else _area_frame(area, flow_direction)
    if frame is None or not len(x):
        return result
    inside = points_in_polygon(area, x, y)
    result["n_wells"] = int(inside.sum())
    if not inside.any():
        return result
    c, s = frame[0], frame[1]
    u, v = _to_uv(x[inside], y[inside], c, s)
    warm, r = warm[inside], np.nan_to_num(r[inside], nan=0.0)
    bounds = frame[2:]
    if layout == LAYOUT_CHECKERBOARD:
        n = max(int(round(np.sqrt(steps))), 2)
        grid = np.arange(n) * w / n
        su, sv = np.repeat(grid, n), np.tile(grid, n)
    else:
        su = np.arange(int(steps)) * w / int(steps)
        sv = np.zeros(len(su))
    firsts = [first_zone] + ([COLD if first_zone == WARM else WARM] if choose_first else [])
    zero = np.zeros(1)
    wb, nb = _plan_cost(u, v, warm, r, bounds, w, layout, first_zone == WARM, zero, zero)
    result.update(wrong_before=int(wb[0]), near_before=int(nb[0]))
    best = None
    for first in firsts:
        wrong, near = _plan_cost(u, v, warm, r, bounds, w, layout, first == WARM, su, sv)
        cost = wrong + near
        low = int(cost.min())
        if best is not None and low >= best[0]:
            continue
        k = (
            _middle_of_longest_run(cost == low)
            if layout != LAYOUT_CHECKERBOARD
            else int(np.argmin(cost))
        )
        best = (low, first, k, int(wrong[k]), int(near[k]))
    _, first, k, wa, na = best  # type: ignore[misc]
    result.update(
        offset=float(su[k]), offset_v=float(sv[k]), first_zone=first, wrong_after=wa, near_after=na
    )
    return result
