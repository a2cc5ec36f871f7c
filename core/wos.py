"""Residual heat: siting heat transfer stations (warmteoverdrachtsstations, WOS).

Method, defaults and sources: docs/method.md, "Residual heat". No published siting rules
exist, so every rule below is an assumption [A] and a parameter of the algorithm:

- a raster of cells of ``resolution`` metres covers the study area (padded so that
  features just outside it still count);
- distances to the transport main and to the heat network come from Euclidean distance
  transforms (``scipy.ndimage.distance_transform_edt``) of the rasterised lines; they
  are measured between cell centres, so they are accurate to about one cell;
- demand within ``demand_radius`` of a cell is a disc convolution (FFT) of the demand
  raster (polygons spread their demand over their area, points put it in their cell);
- score of a cell::

      score = sum_i w_i * (1 - min(d_i / dmax_i, 1)) / sum(used w_i)
      demand term: w_d * D / max(D over the study area)

  and score = 0 where the cell lies farther than ``max_dist_main`` from the main [A], or
  (optional hard limit) farther than ``hard_max_dist_network`` from the heat network [A];
- excluded cells (nodata): outside the study area (cell centre outside), and every cell
  whose square comes closer than ``building_distance`` (edge to edge) to a cell touched
  by a building, or closer than ``exclusion_distance`` to a cell touched by an exclusion
  (with distance 0: the touched cells only). This is conservative by up to one cell: a
  site is never closer than the distance to the building itself. Also excluded: every cell
  touched by the strip of ``main_strip`` metres on each side of the transport main (default
  5 m [A], the usual right-of-way of a heat pipeline): a station stands next to the main,
  not on it;
- sites: a plot is a rectangle of whole cells of at least ``min_plot_area`` (as square as
  possible) of usable cells; the best plot has the highest mean score and is the site; its
  patch (a second, optional output) is the connected area of usable cells around it whose
  score is within ``score_tolerance`` of the plot's score, limited to half the
  ``min_separation`` from the plot's centre; later sites lie at least ``min_separation``
  (centre to centre) from earlier ones and outside earlier patches;
- candidates mode: given parcels are scored by the mean score of their usable cells and
  must keep ``min_plot_area`` of usable cells.

Everything is vectorised: rasterisation by a scanline winding count over all polygon
edges at once, summed-area tables for the plot windows; the only Python loops are over
the N sites and (in candidates mode) over the candidate parcels.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

    from ._types import FloatArray, Numbers

# Defaults (all [A]: no published siting rules; see docs/method.md).
MAX_DIST_MAIN = 500.0
MAX_DIST_NETWORK = 1000.0
#: Optional hard maximum distance to the heat network, m; 0 = none [A].
HARD_MAX_DIST_NETWORK = 0.0
#: Strip on each side of the transport main where no station may stand, m [A: the usual
#: right-of-way of a heat pipeline; the WarmtelinQ strip is 10-15 m wide].
MAIN_STRIP = 5.0
#: The strip may be touched by this much (m) without excluding a cell: rounding only.
STRIP_TOLERANCE = 1.0e-3
DEMAND_RADIUS = 1000.0
#: VNG category 2 (SBI 603 pump stations of pipelines) is 30 m [S, a proxy]; 50 m margin [A].
BUILDING_DISTANCE = 50.0
EXCLUSION_DISTANCE = 0.0
WEIGHT_MAIN = 0.4
WEIGHT_NETWORK = 0.4
WEIGHT_DEMAND = 0.2
RESOLUTION = 10.0
MIN_PLOT_AREA = 2000.0
N_SITES = 5
MIN_SEPARATION = 500.0
SCORE_TOLERANCE = 0.05
NODATA = -9999.0
#: Refuse grids larger than this many cells (about 50 km x 50 km at 10 m).
MAX_CELLS = 25_000_000


class WosError(ValueError):
    """Bad input the user can fix (the algorithm turns it into a QgsProcessingException)."""


# --------------------------------------------------------------------------------------
# Grid
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Grid:
    """A north-up raster grid: ``x0`` left edge, ``y0`` top edge, cells of ``res`` m."""

    x0: float
    y0: float
    res: float
    nrows: int
    ncols: int

    @classmethod
    def from_bounds(
        cls, bounds: Sequence[float], res: float, pad: float = 0.0, max_cells: int = MAX_CELLS
    ) -> Grid:
        """Grid covering ``bounds`` (xmin, ymin, xmax, ymax) plus ``pad`` metres, snapped
        to multiples of ``res`` so that grids of the same resolution align."""
        if not res or res <= 0:
            raise WosError("The resolution must be positive.")
        xmin, ymin, xmax, ymax = (float(v) for v in bounds)
        if not all(math.isfinite(v) for v in (xmin, ymin, xmax, ymax)):
            raise WosError("The study area has no valid extent.")
        x0 = math.floor((xmin - pad) / res) * res
        y0 = math.ceil((ymax + pad) / res) * res
        x1 = math.ceil((xmax + pad) / res) * res
        y1 = math.floor((ymin - pad) / res) * res
        ncols = max(int(round((x1 - x0) / res)), 1)
        nrows = max(int(round((y0 - y1) / res)), 1)
        if nrows * ncols > max_cells:
            raise WosError(
                f"The grid would have {nrows * ncols:,} cells (more than {max_cells:,}); "
                "use a coarser resolution or a smaller study area."
            )
        return cls(x0, y0, float(res), nrows, ncols)

    @property
    def shape(self) -> tuple[int, int]:
        return (self.nrows, self.ncols)

    @property
    def geotransform(self) -> tuple[float, float, float, float, float, float]:
        """GDAL geotransform (x0, res, 0, y0, 0, -res)."""
        return (self.x0, self.res, 0.0, self.y0, 0.0, -self.res)

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        return (
            self.x0,
            self.y0 - self.nrows * self.res,
            self.x0 + self.ncols * self.res,
            self.y0,
        )

    def xs(self) -> np.ndarray:
        """x of the cell centres, one per column."""
        return self.x0 + (np.arange(self.ncols) + 0.5) * self.res

    def ys(self) -> np.ndarray:
        """y of the cell centres, one per row."""
        return self.y0 - (np.arange(self.nrows) + 0.5) * self.res

    def cell_of(self, x: Numbers, y: Numbers) -> tuple[np.ndarray, np.ndarray]:
        """(row, col) integer arrays of the cells holding points x, y (may be outside)."""
        col = np.floor((np.asarray(x, dtype=float) - self.x0) / self.res).astype(np.int64)
        row = np.floor((self.y0 - np.asarray(y, dtype=float)) / self.res).astype(np.int64)
        return row, col

    def centre(self, row: Any, col: Any) -> tuple[Any, Any]:
        """Coordinates of the centre of cell (row, col); fractional indices allowed."""
        return (self.x0 + (col + 0.5) * self.res, self.y0 - (row + 0.5) * self.res)

    def offset_in(self, other: Grid) -> tuple[int, int]:
        """(row, col) offset of this grid's top-left cell inside ``other`` (same res)."""
        return (
            int(round((other.y0 - self.y0) / self.res)),
            int(round((self.x0 - other.x0) / self.res)),
        )


# --------------------------------------------------------------------------------------
# Rasterisation (pure numpy)
# --------------------------------------------------------------------------------------
class PointArray:
    """Many points as two coordinate arrays, without a shapely object per point (a layer
    of 100,000 homes). Accepted in the geometry lists of :func:`rasterize_any` and
    :func:`rasterize_points` (so for ``buildings`` and ``exclusions``), where it counts as
    its points; elsewhere (lines, polygons) it is skipped like a point."""

    geom_type = "PointArray"

    def __init__(self, x: FloatArray, y: FloatArray) -> None:
        self.x = np.asarray(x, dtype=float).ravel()
        self.y = np.asarray(y, dtype=float).ravel()
        if self.x.shape != self.y.shape:
            raise ValueError("x and y must have the same length")

    def __len__(self):
        return len(self.x)

    @property
    def is_empty(self) -> bool:
        return len(self.x) == 0


def _parts(geom, kinds):
    """Yield the single parts of ``geom`` whose geom_type is in ``kinds``."""
    if geom is None or geom.is_empty:
        return
    gt = geom.geom_type
    if gt.startswith("Multi") or gt == "GeometryCollection":
        for g in geom.geoms:
            yield from _parts(g, kinds)
    elif gt in kinds:
        yield geom


def _rings(geoms, weights=None):
    """Rings of all polygon parts as (coords (n, 2), weight, is_hole), lines as
    (coords, weight, None); points are skipped."""
    out: list[tuple[np.ndarray, float, bool | None]] = []
    for i, g in enumerate(geoms):
        w = 1.0 if weights is None else float(weights[i])
        for part in _parts(g, ("Polygon", "LineString", "LinearRing")):
            if part.geom_type == "Polygon":
                out.append((np.asarray(part.exterior.coords, dtype=float)[:, :2], w, False))
                for hole in part.interiors:
                    out.append((np.asarray(hole.coords, dtype=float)[:, :2], w, True))
            else:
                out.append((np.asarray(part.coords, dtype=float)[:, :2], w, None))
    return out


def _polygon_edges(geoms, weights=None, rings=None):
    """Edges (xa, ya, xb, yb) and weights of all polygon rings, exteriors
    counter-clockwise and holes clockwise, so that the signed winding count is +weight
    inside a polygon and 0 outside and in its holes."""
    if rings is None:
        rings = _rings(geoms, weights)
    chunks, wchunks = [], []
    for c, w, hole in rings:
        if hole is None or len(c) < 4:
            continue
        x, y = c[:, 0], c[:, 1]
        ccw = (np.dot(x[:-1], y[1:]) - np.dot(x[1:], y[:-1])) > 0  # shoelace sign
        if ccw == hole:  # exterior must be CCW, hole CW
            c = c[::-1]
        chunks.append(np.hstack([c[:-1], c[1:]]))
        wchunks.append(np.full(len(c) - 1, w))
    if not chunks:
        return np.empty((0, 4)), np.empty(0)
    return np.vstack(chunks), np.concatenate(wchunks)


def _winding(edges, weights, grid, dtype):
    """Sum over the polygons holding each cell centre of their weight (scanline)."""
    acc = np.zeros((grid.nrows, grid.ncols + 1), dtype=dtype)
    if len(edges) == 0:
        return acc[:, :-1]
    xa, ya, xb, yb = edges.T
    keep = ya != yb
    xa, ya, xb, yb, w = xa[keep], ya[keep], xb[keep], yb[keep], weights[keep]
    # a CCW exterior runs downward on its left side: count downward crossings +1
    sign = np.where(yb > ya, -1, 1)
    ylo, yhi = np.minimum(ya, yb), np.maximum(ya, yb)
    res = grid.res
    # rows whose centre y_r = y0 - (r + 0.5) res satisfies ylo <= y_r < yhi
    r_lo = np.floor((grid.y0 - yhi) / res - 0.5).astype(np.int64) + 1
    r_hi = np.floor((grid.y0 - ylo) / res - 0.5).astype(np.int64)
    r_lo = np.maximum(r_lo, 0)
    r_hi = np.minimum(r_hi, grid.nrows - 1)
    n = np.maximum(r_hi - r_lo + 1, 0)
    total = int(n.sum())
    if total == 0:
        return acc[:, :-1]
    idx = np.repeat(np.arange(len(n)), n)
    start = np.repeat(np.cumsum(n) - n, n)
    rows = r_lo[idx] + (np.arange(total) - start)
    yc = grid.y0 - (rows + 0.5) * res
    t = (yc - ya[idx]) / (yb[idx] - ya[idx])
    xc = xa[idx] + t * (xb[idx] - xa[idx])
    # first column whose centre lies at or right of the crossing
    cols = np.ceil((xc - grid.x0) / res - 0.5).astype(np.int64)
    cols = np.clip(cols, 0, grid.ncols)
    vals = (sign[idx] * w[idx]).astype(dtype)
    np.add.at(acc, (rows, cols), vals)
    return np.cumsum(acc, axis=1)[:, :-1]


def rasterize_polygons(geoms: Iterable[Any], grid: Grid) -> np.ndarray:
    """Boolean mask of the cells whose centre lies inside any of the polygons."""
    edges, _ = _polygon_edges(geoms)
    return _winding(edges, np.ones(len(edges)), grid, np.int64) != 0


def _points_of_segments(s, spacing, nudge=0.0):
    """Points at most ``spacing`` m apart along segments (xa, ya, xb, yb): both ends and
    every ``spacing``; with ``nudge``, the middles of the pieces instead (ends left out),
    shifted ``nudge`` m to the left of each segment's direction."""
    if len(s) == 0:
        return np.empty(0), np.empty(0)
    dx, dy = s[:, 2] - s[:, 0], s[:, 3] - s[:, 1]
    length = np.hypot(dx, dy)
    n = np.maximum(np.ceil(length / spacing).astype(np.int64), 1) + (0 if nudge else 1)
    idx = np.repeat(np.arange(len(s)), n)
    start = np.repeat(np.cumsum(n) - n, n)
    k = np.arange(int(n.sum())) - start
    t = (k + 0.5) / n[idx] if nudge else k / np.maximum(n[idx] - 1, 1)
    x = s[idx, 0] + t * dx[idx]
    y = s[idx, 1] + t * dy[idx]
    if nudge:
        with np.errstate(invalid="ignore", divide="ignore"):
            ux = np.where(length > 0, -dy / length, 0.0)
            uy = np.where(length > 0, dx / length, 0.0)
        x = x + nudge * ux[idx]
        y = y + nudge * uy[idx]
    return x, y


def _points_of_lines(geoms, spacing, rings=None):
    """Points every ``spacing`` m along all line parts of ``geoms`` (polygons excluded)."""
    if rings is None:
        rings = _rings(geoms)
    segs = []
    for c, _, hole in rings:
        if hole is not None:
            continue
        if len(c) == 1:
            segs.append(np.hstack([c, c]))
        elif len(c) > 1:
            segs.append(np.hstack([c[:-1], c[1:]]))
    if not segs:
        return np.empty(0), np.empty(0)
    return _points_of_segments(np.vstack(segs), spacing)


def _mark(mask, grid, x, y):
    row, col = grid.cell_of(x, y)
    ok = (row >= 0) & (row < grid.nrows) & (col >= 0) & (col < grid.ncols)
    mask[row[ok], col[ok]] = True
    return mask


def rasterize_lines(geoms: Iterable[Any], grid: Grid) -> np.ndarray:
    """Boolean mask of the cells a line passes through (polygons: see rasterize_any)."""
    x, y = _points_of_lines(geoms, grid.res / 4.0)
    return _mark(np.zeros(grid.shape, dtype=bool), grid, x, y)


def rasterize_points(geoms: Iterable[Any], grid: Grid) -> np.ndarray:
    """Boolean mask of the cells holding a point (shapely points or :class:`PointArray`)."""
    mask = np.zeros(grid.shape, dtype=bool)
    arrays = [g for g in geoms if isinstance(g, PointArray)]
    pts = [p for g in geoms if not isinstance(g, PointArray) for p in _parts(g, ("Point",))]
    if pts:
        _mark(mask, grid, np.array([p.x for p in pts]), np.array([p.y for p in pts]))
    for a in arrays:
        ok = np.isfinite(a.x) & np.isfinite(a.y)
        _mark(mask, grid, a.x[ok], a.y[ok])
    return mask


def rasterize_any(geoms: Iterable[Any], grid: Grid) -> np.ndarray:
    """Mask of the cells touched by any geometry: points mark their cell, lines the cells
    they cross, polygons the cells whose centre they hold and the cells their boundary
    runs through (so a building smaller than a cell still marks one). A boundary lying
    exactly on a cell edge marks only the cell on the polygon's side."""
    rings = _rings(geoms)
    edges, w = _polygon_edges(None, rings=rings)
    mask = _winding(edges, w, grid, np.int64) != 0
    # boundary points nudged a hair into the polygon (edges are oriented: inside on the left)
    x, y = _points_of_segments(edges, grid.res / 4.0, nudge=grid.res * 1e-6)
    _mark(mask, grid, x, y)
    x, y = _points_of_lines(None, grid.res / 4.0, rings=rings)
    _mark(mask, grid, x, y)
    return mask | rasterize_points(geoms, grid)


def demand_raster(
    geoms: Sequence[Any], values: Numbers, grid: Grid, min_cells: int = 4
) -> np.ndarray:
    """GJ per cell: a polygon spreads its demand evenly over its area (value / area per
    m2 times the cell area); a point, or a polygon smaller than ``min_cells`` cells, puts
    all its demand in the cell of its representative point. Demand outside the grid is
    dropped. Returns a float array."""
    cell_area = grid.res * grid.res
    out = np.zeros(grid.shape, dtype=float)
    big, big_w, px, py, pv = [], [], [], [], []
    for g, v in zip(geoms, values):
        if g is None or g.is_empty or v is None or not math.isfinite(v) or v == 0:
            continue
        area = g.area
        if g.geom_type in ("Polygon", "MultiPolygon") and area >= min_cells * cell_area:
            big.append(g)
            big_w.append(v / area * cell_area)
        else:
            p = g.representative_point() if area > 0 or g.length > 0 else g
            for q in _parts(p, ("Point",)):
                px.append(q.x)
                py.append(q.y)
                pv.append(v)
    if big:
        edges, w = _polygon_edges(big, big_w)
        dens = _winding(edges, w, grid, float)
        dens[np.abs(dens) < 1e-9 * max(np.abs(big_w))] = 0.0
        out += dens
    if px:
        row, col = grid.cell_of(px, py)
        ok = (row >= 0) & (row < grid.nrows) & (col >= 0) & (col < grid.ncols)
        np.add.at(out, (row[ok], col[ok]), np.asarray(pv)[ok])
    return out


# --------------------------------------------------------------------------------------
# Distances, demand within a radius, score
# --------------------------------------------------------------------------------------
def distance_to(
    mask: np.ndarray, res: float, crop: tuple[slice, slice] | None = None
) -> np.ndarray:
    """Distance (m) from each cell centre to the nearest marked cell centre; inf where
    nothing is marked. ``crop`` (a pair of slices) returns only that part.

    The nearest marked cell comes from scipy's Euclidean feature transform; the distance
    is then worked out as ``distance_transform_edt`` does (sqrt((dr res)^2 + (dc res)^2)),
    only for the cells asked for and without a full array of cell indices."""
    from scipy import ndimage

    rows, cols = (slice(None), slice(None)) if crop is None else crop
    if not mask.any():
        return np.full(np.empty(mask.shape, dtype=bool)[rows, cols].shape, np.inf)
    ft = ndimage.distance_transform_edt(
        ~mask, sampling=res, return_distances=False, return_indices=True
    )
    r_idx = np.arange(mask.shape[0], dtype=ft.dtype)[rows, None]
    c_idx = np.arange(mask.shape[1], dtype=ft.dtype)[None, cols]
    dr = (ft[0][rows, cols] - r_idx).astype(np.float64)
    dr *= res
    dr *= dr
    dc = (ft[1][rows, cols] - c_idx).astype(np.float64)
    del ft
    dc *= res
    dc *= dc
    dr += dc
    return np.sqrt(dr, out=dr)


def gap_kernel(distance: float, res: float) -> np.ndarray:
    """Boolean kernel of the cell offsets whose squares come closer than ``distance``
    to the middle cell's square (edge to edge: res * sqrt(max(|dr|-1,0)^2 +
    max(|dc|-1,0)^2) < distance)."""
    r = int(math.ceil(distance / res)) + 1
    k = np.maximum(np.abs(np.arange(-r, r + 1)) - 1, 0) * res
    return (k[:, None] ** 2 + k[None, :] ** 2) < distance * distance


def near_cells(mask: np.ndarray, res: float, distance: float) -> np.ndarray:
    """Cells whose square comes closer than ``distance`` to the square of a marked cell,
    plus the marked cells themselves (a dilation by :func:`gap_kernel`). Conservative: a
    feature inside a marked cell is at least ``distance`` from every cell left out.

    Each row of the kernel is a run of cells centred on the middle column (the kernel is
    symmetric and its test grows with the column offset), so the dilation is, for each
    row offset, a running maximum along the rows shifted by that offset: exact, and
    linear in the number of cells."""
    from scipy import ndimage

    if distance <= 0 or not mask.any():
        return mask.copy()
    kernel = gap_kernel(distance, res)
    r = kernel.shape[0] // 2
    m8 = mask.view(np.uint8) if mask.dtype == bool else (mask != 0).view(np.uint8)
    nrows = mask.shape[0]
    out = np.zeros(mask.shape, dtype=bool)
    along = {}
    for i in range(kernel.shape[0]):
        n = int(kernel[i].sum())
        di = i - r
        if n == 0 or abs(di) >= nrows:
            continue
        half = (n - 1) // 2
        if half not in along:
            along[half] = ndimage.maximum_filter1d(
                m8, 2 * half + 1, axis=1, mode="constant", cval=0
            ).view(bool)
        h = along[half]
        if di >= 0:
            out[: nrows - di] |= h[di:]
        else:
            out[-di:] |= h[: nrows + di]
    return out


def disc_kernel(radius: float, res: float) -> np.ndarray:
    """Boolean disc of cells whose centre lies within ``radius`` of the middle cell."""
    r = int(math.floor(radius / res + 1e-9))
    d = np.arange(-r, r + 1) * res
    return (d[:, None] ** 2 + d[None, :] ** 2) <= radius * radius + 1e-9


def sum_within_radius(values: np.ndarray, res: float, radius: float) -> np.ndarray:
    """Sum of ``values`` over all cells whose centre lies within ``radius`` of each cell
    centre (a disc convolution by FFT)."""
    from scipy.signal import fftconvolve

    kernel = disc_kernel(radius, res).astype(float)
    if not values.any():
        return np.zeros_like(values, dtype=float)
    if kernel.size == 1:
        return values.astype(float)
    out = fftconvolve(values, kernel, mode="same")
    # FFT round-off: tiny values where there is no demand at all
    out[np.abs(out) < 1e-9 * np.abs(values).sum()] = 0.0
    return np.maximum(out, 0.0)


def proximity(d: np.ndarray, dmax: float) -> np.ndarray:
    """1 - min(d / dmax, 1); 0 for infinite distances."""
    with np.errstate(invalid="ignore", divide="ignore"):
        p = 1.0 - np.minimum(np.asarray(d, dtype=float) / float(dmax), 1.0)
    return np.where(np.isfinite(p), p, 0.0)


def suitability(
    dist_main: np.ndarray,
    dist_network: np.ndarray | None = None,
    demand: np.ndarray | None = None,
    max_dist_main: float = MAX_DIST_MAIN,
    max_dist_network: float = MAX_DIST_NETWORK,
    weight_main: float = WEIGHT_MAIN,
    weight_network: float = WEIGHT_NETWORK,
    weight_demand: float = WEIGHT_DEMAND,
    demand_max: float | None = None,
    hard_max_dist_network: float | None = HARD_MAX_DIST_NETWORK,
) -> np.ndarray:
    """Score 0..1 of each cell (formula in the module docstring). ``dist_network`` and
    ``demand`` may be None (criterion not used, its weight left out of the sum).
    ``demand_max`` is the normaliser of the demand (default: the maximum of ``demand``).
    Cells farther than ``max_dist_main`` from the main score 0 [A], and, when
    ``hard_max_dist_network`` > 0 and a network is used, cells farther than it from the
    network [A]."""
    if max_dist_main <= 0 or max_dist_network <= 0:
        raise WosError("The maximum distances must be positive.")
    terms = weight_main * proximity(dist_main, max_dist_main)
    wsum = weight_main
    if dist_network is not None:
        terms = terms + weight_network * proximity(dist_network, max_dist_network)
        wsum += weight_network
    if demand is not None:
        dmax = float(np.nanmax(demand)) if demand_max is None else float(demand_max)
        if dmax > 0:
            terms = terms + weight_demand * np.clip(demand / dmax, 0.0, 1.0)
        wsum += weight_demand
    if wsum <= 0:
        raise WosError("The sum of the weights of the criteria used must be positive.")
    score = terms / wsum
    too_far = np.asarray(dist_main) > max_dist_main
    if dist_network is not None and hard_max_dist_network and hard_max_dist_network > 0:
        too_far = too_far | (np.asarray(dist_network) > hard_max_dist_network)
    return np.where(too_far, 0.0, score)


# --------------------------------------------------------------------------------------
# Sites
# --------------------------------------------------------------------------------------
def plot_shape(min_plot_area: float, res: float) -> tuple[int, int]:
    """(rows, cols) of the most square rectangle of whole cells of at least
    ``min_plot_area`` m2, e.g. 2,000 m2 at 10 m: 20 cells -> 5 x 4."""
    k = max(int(math.ceil(min_plot_area / (res * res) - 1e-9)), 1)
    a = int(math.ceil(math.sqrt(k) - 1e-9))
    return a, int(math.ceil(k / a))


def _summed_area(arr):
    """Summed-area table of arr (float), one row and column of zeros in front."""
    s = np.zeros((arr.shape[0] + 1, arr.shape[1] + 1), dtype=float)
    np.cumsum(arr, axis=0, out=s[1:, 1:])
    np.cumsum(s[1:, 1:], axis=1, out=s[1:, 1:])
    return s


def _windows_of(s, h, w):
    """Window sums of a summed-area table ``s`` (see :func:`_window_sums`)."""
    return s[h:, w:] - s[:-h, w:] - s[h:, :-w] + s[:-h, :-w]


def _all_windows(mask, h, w):
    """True for every h x w window (indexed by its top-left cell) whose cells are all
    True: ``_window_sums(mask, h, w) == h * w`` by shifted ANDs."""
    nr, nc = mask.shape[0] - h + 1, mask.shape[1] - w + 1
    rows = mask[:, :nc].copy()
    for j in range(1, w):
        rows &= mask[:, j : j + nc]
    out = rows[:nr].copy()
    for i in range(1, h):
        out &= rows[i : i + nr]
    return out


def _window_sums(arr, h, w):
    """Sum of arr over every h x w window, indexed by its top-left cell (summed-area
    table); shape (nrows - h + 1, ncols - w + 1)."""
    return _windows_of(_summed_area(arr), h, w)


def cells_polygon(mask: np.ndarray, grid: Grid, row0: int = 0, col0: int = 0) -> BaseGeometry:
    """Shapely polygon (union of row runs) of the True cells of ``mask``, whose top-left
    cell is (row0, col0) of ``grid``."""
    from shapely.geometry import box
    from shapely.ops import unary_union

    boxes = []
    res = grid.res
    for r in np.flatnonzero(mask.any(axis=1)):
        line = np.concatenate([[False], mask[r], [False]]).astype(np.int8)
        d = np.diff(line)
        starts, ends = np.flatnonzero(d == 1), np.flatnonzero(d == -1)
        ytop = grid.y0 - (row0 + r) * res
        for a, b in zip(starts, ends):
            boxes.append(
                box(grid.x0 + (col0 + a) * res, ytop - res, grid.x0 + (col0 + b) * res, ytop)
            )
    return unary_union(boxes)


@dataclass
class Site:
    rank: int
    score: float
    area_m2: float
    x: float
    y: float
    dist_main: float
    dist_network: float
    demand_gj: float
    geometry: object = None  # the plot (find_sites) or the candidate parcel
    source_index: int = -1  # index of the candidate parcel (candidates mode)
    patch: object = None  # the near-equal-score patch around the plot (find_sites)
    patch_area_m2: float = float("nan")


def _nan_if_inf(v):
    v = float(v)
    return v if math.isfinite(v) else float("nan")


def find_sites(
    score: np.ndarray,
    usable: np.ndarray,
    grid: Grid,
    dist_main: np.ndarray,
    dist_network: np.ndarray | None,
    demand: np.ndarray | None,
    min_plot_area: float = MIN_PLOT_AREA,
    n_sites: int = N_SITES,
    min_separation: float = MIN_SEPARATION,
    score_tolerance: float = SCORE_TOLERANCE,
) -> list[Site]:
    """The ``n_sites`` best sites as a list of :class:`Site` (rank 1 first).

    A plot is an h x w window (:func:`plot_shape`, both orientations) of usable cells
    with a positive score. Greedy: the plot with the highest mean score is the site
    (``geometry``, ``area_m2``); its ``patch`` is the 4-connected area of usable cells
    whose score >= plot score - ``score_tolerance`` that touches the plot, within
    ``min_separation`` / 2 of the plot centre (plus the plot itself). Then every plot
    whose centre lies closer than ``min_separation`` to this one, or that overlaps a
    patch, is dropped.
    ``dist_main``/``dist_network`` of a site are the least over its plot's cells,
    ``demand_gj`` the demand within the radius at the plot's centre cell."""
    h0, w0 = plot_shape(min_plot_area, grid.res)
    usable = usable & (score > 0)
    shapes = [(h0, w0)] if h0 == w0 else [(h0, w0), (w0, h0)]
    shapes = [(h, w) for h, w in shapes if h <= grid.nrows and w <= grid.ncols]
    if not shapes:
        return []
    plots = _OpenPlots(score, usable, grid, shapes)
    taken = np.zeros(grid.shape, dtype=bool)
    sites = []
    while len(sites) < n_sites:
        plot = plots.best()
        if plot is None:
            break
        patch = _patch(plot, score, usable, taken, grid, min_separation, score_tolerance)
        taken[patch.rows, patch.cols] |= patch.mask
        sites.append(_site(len(sites) + 1, plot, patch, grid, dist_main, dist_network, demand))
        if len(sites) >= n_sites:
            break
        plots.drop_near(plot, patch, min_separation, usable, taken)
    return sites


@dataclass
class _Plot:
    """A plot: its mean score and the top-left cell (r, c) of its h x w window."""

    score: float
    r: int
    c: int
    h: int
    w: int

    @property
    def centre(self):
        """The centre in (fractional) cell units (row, column)."""
        return self.r + self.h / 2.0 - 0.5, self.c + self.w / 2.0 - 0.5


@dataclass
class _Patch:
    """The patch of a site: a mask over rows r0..r1-1 and columns c0..c1-1."""

    mask: np.ndarray
    r0: int
    r1: int
    c0: int
    c1: int

    @property
    def rows(self):
        return slice(self.r0, self.r1)

    @property
    def cols(self):
        return slice(self.c0, self.c1)


class _OpenPlots:
    """The plots of each shape with their mean score: a plot is open when all its cells
    are free, its mean > 0 and it is not blocked (``open_mean`` its mean, else -1); kept
    up to date where a site changes it."""

    def __init__(self, score, usable, grid, shapes):
        self.shapes = shapes
        self.res = grid.res
        score0 = np.where(usable, score, 0.0)
        self.blocked = [
            np.zeros((grid.nrows - h + 1, grid.ncols - w + 1), dtype=bool) for h, w in shapes
        ]
        sat = _summed_area(score0)
        self.means = [_windows_of(sat, h, w) / (h * w) for h, w in shapes]
        del sat
        self.full = [_all_windows(usable, h, w) for h, w in shapes]
        self.open_mean = [
            np.where(self.full[k] & (self.means[k] > 0), self.means[k], -1.0)
            for k in range(len(shapes))
        ]

    def best(self):
        """The open plot with the highest mean (the first shape on a tie), or None."""
        best = None
        for k, (h, w) in enumerate(self.shapes):
            m = self.open_mean[k]
            i = int(np.argmax(m))
            r, c = divmod(i, m.shape[1])
            if m[r, c] <= 0:  # no open plot of this shape
                continue
            if best is None or m[r, c] > best.score + 1e-12:
                best = _Plot(float(m[r, c]), r, c, h, w)
        return best

    def drop_near(self, plot, patch, min_separation, usable, taken):
        """Close the plots whose centre lies closer than ``min_separation`` to the
        plot's, and the plots holding a cell of the patch."""
        res = self.res
        cr, cc = plot.centre
        for k, (hh, ww) in enumerate(self.shapes):
            blocked, open_mean = self.blocked[k], self.open_mean[k]
            nr, nc = blocked.shape
            ys = (np.arange(nr) + hh / 2.0 - 0.5 - cr) * res
            xs = (np.arange(nc) + ww / 2.0 - 0.5 - cc) * res
            rows = np.flatnonzero(ys**2 < min_separation**2)
            cols = np.flatnonzero(xs**2 < min_separation**2)
            if len(rows) and len(cols):
                rs = slice(rows[0], rows[-1] + 1)
                cs = slice(cols[0], cols[-1] + 1)
                blocked[rs, cs] |= (ys[rs, None] ** 2 + xs[None, cs] ** 2) < min_separation**2
                open_mean[rs, cs] = np.where(blocked[rs, cs], -1.0, open_mean[rs, cs])
            # plots (top-left cell) overlapping the rows and columns of the patch
            a0, a1 = max(patch.r0 - hh + 1, 0), min(patch.r1, nr)
            b0, b1 = max(patch.c0 - ww + 1, 0), min(patch.c1, nc)
            if a1 > a0 and b1 > b0:
                win_rows, win_cols = slice(a0, a1 + hh - 1), slice(b0, b1 + ww - 1)
                free = usable[win_rows, win_cols] & ~taken[win_rows, win_cols]
                self.full[k][a0:a1, b0:b1] = _all_windows(free, hh, ww)
                mk = self.means[k][a0:a1, b0:b1]
                open_mean[a0:a1, b0:b1] = np.where(
                    self.full[k][a0:a1, b0:b1] & ~blocked[a0:a1, b0:b1] & (mk > 0), mk, -1.0
                )


def _patch(plot, score, usable, taken, grid, min_separation, score_tolerance):
    """The patch of a plot: the connected free cells of similar score near it."""
    from scipy import ndimage

    res = grid.res
    cr, cc = plot.centre
    r, c, h, w = plot.r, plot.c, plot.h, plot.w
    rad = max(min_separation / 2.0, 0.5 * math.hypot(h, w) * res)
    rc = int(math.ceil(rad / res))
    r0, r1 = max(int(math.floor(cr)) - rc, 0), min(int(math.ceil(cr)) + rc + 1, grid.nrows)
    c0, c1 = max(int(math.floor(cc)) - rc, 0), min(int(math.ceil(cc)) + rc + 1, grid.ncols)
    rr = np.arange(r0, r1)[:, None]
    cc_ = np.arange(c0, c1)[None, :]
    near = ((rr - cr) ** 2 + (cc_ - cc) ** 2) * res * res < rad * rad
    in_plot = np.zeros((r1 - r0, c1 - c0), dtype=bool)
    in_plot[r - r0 : r - r0 + h, c - c0 : c - c0 + w] = True
    free = usable[r0:r1, c0:c1] & ~taken[r0:r1, c0:c1]
    cand = (free & near & (score[r0:r1, c0:c1] >= plot.score - score_tolerance)) | in_plot
    lab, _ = ndimage.label(cand)
    return _Patch(np.isin(lab, np.unique(lab[in_plot])), r0, r1, c0, c1)


def _site(rank, plot, patch, grid, dist_main, dist_network, demand):
    """The :class:`Site` of a plot and its patch."""
    from shapely.geometry import box as _box

    res = grid.res
    r, c, h, w = plot.r, plot.c, plot.h, plot.w
    cr, cc = plot.centre
    cx, cy = grid.centre(cr, cc)
    win = (slice(r, r + h), slice(c, c + w))
    ic, jc = int(round(cr)), int(round(cc))
    ytop = grid.y0 - r * res
    xleft = grid.x0 + c * res
    return Site(
        rank=rank,
        score=plot.score,
        area_m2=float(h * w) * res * res,
        x=cx,
        y=cy,
        dist_main=_nan_if_inf(dist_main[win].min()),
        dist_network=(
            float("nan") if dist_network is None else _nan_if_inf(dist_network[win].min())
        ),
        demand_gj=float("nan") if demand is None else float(demand[ic, jc]),
        geometry=_box(xleft, ytop - h * res, xleft + w * res, ytop),
        patch=cells_polygon(patch.mask, grid, patch.r0, patch.c0),
        patch_area_m2=float(patch.mask.sum()) * res * res,
    )


def score_candidates(
    candidates: Sequence[Any],
    score: np.ndarray,
    usable: np.ndarray,
    grid: Grid,
    dist_main: np.ndarray,
    dist_network: np.ndarray | None,
    demand: np.ndarray | None,
    min_plot_area: float = MIN_PLOT_AREA,
    n_sites: int = N_SITES,
    min_separation: float = MIN_SEPARATION,
) -> tuple[list[Site], int]:
    """Score candidate parcels (shapely polygons in the grid's CRS).

    A candidate's usable area is the number of usable cells with a score above 0 (cells
    beyond the maximum distance to the main score 0) whose centre it holds times the cell
    area; it must reach ``min_plot_area``. Its score is the mean score of those
    cells; ``dist_main``/``dist_network`` the least over them, ``demand_gj`` the largest.
    Ranked by score; a candidate whose centre (mean of its usable cells) lies closer than
    ``min_separation`` to a better-ranked one is left out. Returns (sites, n_too_small)."""
    res = grid.res
    scored = []
    too_small = 0
    for i, g in enumerate(candidates):
        if g is None or g.is_empty:
            too_small += 1
            continue
        sub = Grid.from_bounds(g.bounds, res, pad=res)
        dr, dc = sub.offset_in(grid)
        r0, c0 = max(dr, 0), max(dc, 0)
        r1, c1 = min(dr + sub.nrows, grid.nrows), min(dc + sub.ncols, grid.ncols)
        if r1 <= r0 or c1 <= c0:
            too_small += 1
            continue
        inside = rasterize_polygons([g], sub)[r0 - dr : r1 - dr, c0 - dc : c1 - dc]
        # cells beyond MAX_DIST_MAIN score 0: unsuitable, as in find_sites
        cells = inside & usable[r0:r1, c0:c1] & (score[r0:r1, c0:c1] > 0)
        n = int(cells.sum())
        if n * res * res < min_plot_area - 1e-6:
            too_small += 1
            continue
        rows, cols = np.nonzero(cells)
        rows, cols = rows + r0, cols + c0
        cx, cy = grid.centre(rows.mean(), cols.mean())
        scored.append(
            Site(
                rank=0,
                score=float(score[rows, cols].mean()),
                area_m2=n * res * res,
                x=cx,
                y=cy,
                dist_main=_nan_if_inf(dist_main[rows, cols].min()),
                dist_network=(
                    float("nan")
                    if dist_network is None
                    else _nan_if_inf(dist_network[rows, cols].min())
                ),
                demand_gj=float("nan") if demand is None else float(demand[rows, cols].max()),
                geometry=g,
                source_index=i,
            )
        )
    scored.sort(key=lambda s: (-s.score, s.source_index))
    chosen = []
    for s in scored:
        if len(chosen) >= n_sites:
            break
        if any(math.hypot(s.x - c.x, s.y - c.y) < min_separation for c in chosen):
            continue
        s.rank = len(chosen) + 1
        chosen.append(s)
    return chosen, too_small


# --------------------------------------------------------------------------------------
# The whole analysis
# --------------------------------------------------------------------------------------
@dataclass
class SitingResult:
    grid: Grid  # the study-area grid of the output raster
    score: np.ndarray  # float32, NODATA where excluded or outside the study area
    usable: np.ndarray  # bool
    dist_main: np.ndarray
    dist_network: object  # ndarray or None
    demand: object  # ndarray (GJ within the radius) or None
    sites: list
    n_candidates_too_small: int = 0


def site_analysis(
    study_area: Any,
    mains: Sequence[Any],
    networks: Sequence[Any] | None = None,
    demand_geoms: Sequence[Any] | None = None,
    demand_values: Numbers | None = None,
    buildings: Sequence[Any] | None = None,
    exclusions: Sequence[Any] | None = None,
    candidates: Sequence[Any] | None = None,
    resolution: float = RESOLUTION,
    max_dist_main: float = MAX_DIST_MAIN,
    max_dist_network: float = MAX_DIST_NETWORK,
    demand_radius: float = DEMAND_RADIUS,
    building_distance: float = BUILDING_DISTANCE,
    exclusion_distance: float = EXCLUSION_DISTANCE,
    main_strip: float = MAIN_STRIP,
    hard_max_dist_network: float | None = HARD_MAX_DIST_NETWORK,
    weight_main: float = WEIGHT_MAIN,
    weight_network: float = WEIGHT_NETWORK,
    weight_demand: float = WEIGHT_DEMAND,
    min_plot_area: float = MIN_PLOT_AREA,
    n_sites: int = N_SITES,
    min_separation: float = MIN_SEPARATION,
    score_tolerance: float = SCORE_TOLERANCE,
    max_cells: int = MAX_CELLS,
    progress: Callable[..., Any] | None = None,
) -> SitingResult:
    """Suitability raster and ranked sites. All geometries are shapely, in one metric CRS.

    ``study_area``: list of polygons; ``mains``/``networks``: lines; ``demand_geoms`` with
    ``demand_values`` (GJ/yr); ``buildings``: polygons or points; ``exclusions``: any
    geometries; ``candidates``: polygons (candidates mode) or None (patch search).
    ``networks``/``demand_geoms`` None or empty: criterion not used. ``progress``: optional
    callable(percent) -> bool (True = cancel)."""

    def step(p):
        if progress is not None and progress(p):
            raise InterruptedError

    study, mains, networks = _usable_inputs(study_area, mains, networks)
    use_network = bool(networks)
    use_demand = demand_geoms is not None and len(demand_geoms) > 0
    # pad so that features just outside the study area still count
    pad = max(
        max_dist_main,
        max_dist_network if use_network else 0.0,
        demand_radius if use_demand else 0.0,
        building_distance,
        exclusion_distance,
    )
    pad = math.ceil(pad / resolution) * resolution + resolution
    out_grid, big, crop = _grids(study.bounds, resolution, pad, max_cells)
    step(5)

    inside = rasterize_polygons([study], out_grid)
    excluded = ~inside | _excluded_cells(
        buildings,
        exclusions,
        mains,
        main_strip,
        out_grid,
        big,
        crop,
        building_distance,
        exclusion_distance,
        step,
    )
    d_main, d_net, dem = _criteria_rasters(
        mains,
        networks if use_network else None,
        demand_geoms if use_demand else None,
        demand_values,
        demand_radius,
        big,
        crop,
        step,
    )
    dem_max = float(dem[inside].max()) if dem is not None and inside.any() else None
    score = suitability(
        d_main,
        d_net,
        dem,
        max_dist_main,
        max_dist_network,
        weight_main,
        weight_network,
        weight_demand,
        demand_max=dem_max,
        hard_max_dist_network=hard_max_dist_network,
    )
    usable = ~excluded
    out = np.where(usable, score, NODATA).astype(np.float32)
    step(80)
    result = SitingResult(out_grid, out, usable, d_main, d_net, dem, [], 0)
    if candidates is not None:
        result.sites, result.n_candidates_too_small = score_candidates(
            candidates,
            score,
            usable,
            out_grid,
            d_main,
            d_net,
            dem,
            min_plot_area,
            n_sites,
            min_separation,
        )
    else:
        result.sites = find_sites(
            score,
            usable,
            out_grid,
            d_main,
            d_net,
            dem,
            min_plot_area,
            n_sites,
            min_separation,
            score_tolerance,
        )
    step(100)
    return result


def _usable_inputs(study_area, mains, networks):
    """(the study area as one geometry, the mains, the networks) without empty
    geometries; a WosError without a study area or a main."""
    from shapely.ops import unary_union

    study = unary_union([g for g in study_area if g is not None and not g.is_empty])
    if study.is_empty or study.area <= 0:
        raise WosError("The study area has no polygon with an area.")
    mains = [g for g in (mains or []) if g is not None and not g.is_empty]
    if not mains:
        raise WosError("The transport main layer has no geometry.")
    networks = [g for g in (networks or []) if g is not None and not g.is_empty]
    return study, mains, networks


def _criteria_rasters(mains, networks, demand_geoms, demand_values, demand_radius, big, crop, step):
    """(distance to the main, distance to the networks or None, demand within the radius
    or None) on the output grid, computed on the larger grid ``big`` (progress 50-75)."""
    res = big.res
    d_main = distance_to(rasterize_lines(mains, big), res, crop)
    step(50)
    d_net = distance_to(rasterize_lines(networks, big), res, crop) if networks else None
    step(60)
    dem = None
    if demand_geoms is not None:
        raw = demand_raster(demand_geoms, demand_values, big)
        dem = sum_within_radius(raw, res, demand_radius)[crop]
    step(75)
    return d_main, d_net, dem


def _grids(bounds, resolution, pad, max_cells):
    """(the output grid over ``bounds``, the grid ``pad`` larger on every side, the
    slices of the output grid in the larger one)."""
    out_grid = Grid.from_bounds(bounds, resolution, 0.0, max_cells)
    big = Grid.from_bounds(bounds, resolution, pad, max_cells)
    dr, dc = out_grid.offset_in(big)
    return out_grid, big, (slice(dr, dr + out_grid.nrows), slice(dc, dc + out_grid.ncols))


def _excluded_cells(
    buildings,
    exclusions,
    mains,
    main_strip,
    out_grid,
    big,
    crop,
    building_distance,
    exclusion_distance,
    step,
):
    """The cells of ``out_grid`` no station may take: near a building, near or on an
    exclusion, touched by the strip along the main (progress 20 and 35)."""
    res = out_grid.res
    excluded = np.zeros(out_grid.shape, dtype=bool)
    if buildings:
        bmask = rasterize_any(buildings, big)
        excluded |= near_cells(bmask, res, building_distance)[crop]
    step(20)
    if exclusions:
        emask = rasterize_any(exclusions, big)
        excluded |= near_cells(emask, res, exclusion_distance)[crop]
    step(35)
    if main_strip and main_strip > STRIP_TOLERANCE:
        # the cells the strip along the main touches (a station stands beside the main);
        # a hair narrower, so that a strip edge on a cell edge does not flip with the
        # rounding of a reprojected main
        strip = main_strip - STRIP_TOLERANCE
        excluded |= rasterize_any([g.buffer(strip) for g in mains], out_grid)
    return excluded


@dataclass
class SitingParameters:
    """The numbers of a siting run (metres, m², weights, counts), as the algorithm's
    parameters give them; the defaults are the module's."""

    resolution: float = RESOLUTION
    max_dist_main: float = MAX_DIST_MAIN
    max_dist_network: float = MAX_DIST_NETWORK
    main_strip: float = MAIN_STRIP
    hard_max_dist_network: float = HARD_MAX_DIST_NETWORK
    demand_radius: float = DEMAND_RADIUS
    building_distance: float = BUILDING_DISTANCE
    exclusion_distance: float = EXCLUSION_DISTANCE
    weight_main: float = WEIGHT_MAIN
    weight_network: float = WEIGHT_NETWORK
    weight_demand: float = WEIGHT_DEMAND
    min_plot_area: float = MIN_PLOT_AREA
    n_sites: int = N_SITES
    min_separation: float = MIN_SEPARATION
    score_tolerance: float = SCORE_TOLERANCE

    def search_margin(self) -> float:
        """How far (m) outside the study area a feature can still matter: the largest
        distance of a criterion or an exclusion, plus two cells."""
        return (
            max(
                self.max_dist_main,
                self.max_dist_network,
                self.demand_radius,
                self.building_distance,
                self.exclusion_distance,
            )
            + 2 * self.resolution
        )

    def weight_sum(self, use_network: bool, use_demand: bool) -> float:
        """The sum of the weights of the criteria used (the main always counts)."""
        return (
            self.weight_main
            + (self.weight_network if use_network else 0.0)
            + (self.weight_demand if use_demand else 0.0)
        )


@dataclass
class SitingInputs:
    """The geometries of a siting run (shapely, one metric CRS): see :func:`site_analysis`.
    ``networks`` None: no network layer; ``demand_geoms`` None: no demand criterion;
    ``candidates`` None: the patch search."""

    study_area: list
    mains: list
    networks: list | None = None
    demand_geoms: list | None = None
    demand_values: list | None = None
    buildings: list = field(default_factory=list)
    exclusions: list = field(default_factory=list)
    candidates: list | None = None


def site(
    inputs: SitingInputs, parameters: SitingParameters, progress: Callable | None = None
) -> SitingResult:
    """:func:`site_analysis` of the records of a run."""
    return site_analysis(
        inputs.study_area,
        inputs.mains,
        inputs.networks,
        inputs.demand_geoms,
        inputs.demand_values,
        inputs.buildings,
        inputs.exclusions,
        inputs.candidates,
        progress=progress,
        **asdict(parameters),
    )
