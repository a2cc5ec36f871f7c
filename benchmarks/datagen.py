"""Deterministic synthetic data for the benchmark suite (RD New, EPSG:28992).

Every function takes a size, writes one GeoPackage into ``benchmarks/data/`` (cached: a
file that exists is reused) and returns its path. The same size always gives the same
file (fixed seeds, numpy's PCG64). Densities follow Den Haag [A: orders of magnitude]:

- open soil-energy wells 17 per km2 (SKB MMB report 7; 48 in the centre), doublets 2.2 to 3.5
  thermal radii apart; closed loops one per ten wells;
- geothermal locations about one per 9 km2 (3 km apart), noise-sensitive objects one per two
  locations;
- quay walls along straight canals 1 km long and 20 to 40 m wide, one per 1.5 x 1.5 km
  cell, both banks a quay; demand blocks ten per canal within 300 m;
- WOS study area a square of the given km2: a transport main every 5 km, a heat network
  grid every 1.5 km, one demand polygon per km2, homes on a 50 m grid (parks left out,
  about 280 per km2), a canal per 10 km2 as exclusion;
- spatial claims ten per km2, 30 to 300 m across (plus one large interference area per
  hundred), claim types, levels and depths as in the register;
- heat balance areas (buurten) 500 m squares, one residual-heat source per ten areas;
- waste-water sources (pumping stations, treatment plants) one per 4 km2.

Uses GDAL/OGR only (no QGIS), so it also runs outside QGIS:
``/usr/bin/python3 benchmarks/datagen.py`` writes every dataset at the default sizes.
"""

import math
import os
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("BENCH_DATA_DIR", HERE / "data"))
VERSION = 1  # bump when a generator changes: the cached files are keyed by it
X0, Y0 = 60000.0, 430000.0  # south-west corner of every synthetic region (RD New)
EPSG = 28992


# -- writing -------------------------------------------------------------------------------
def _ogr():
    from osgeo import ogr, osr

    ogr.UseExceptions()
    return ogr, osr


def write_gpkg(path, layers):
    """Write ``layers`` into a new GeoPackage at ``path`` (atomically: .tmp, then rename).

    A layer is a dict: name, geom ('Point', 'LineString', 'Polygon'), fields [(name,
    'str'|'int'|'float')], wkt (list of WKT strings), attrs (dict field -> sequence).
    """
    ogr, osr = _ogr()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.gpkg")
    if tmp.exists():
        tmp.unlink()
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(str(tmp))
    gtypes = {
        "Point": ogr.wkbPoint,
        "LineString": ogr.wkbLineString,
        "Polygon": ogr.wkbPolygon,
        "MultiPolygon": ogr.wkbMultiPolygon,
    }
    ftypes = {"str": ogr.OFTString, "int": ogr.OFTInteger, "float": ogr.OFTReal}
    for layer in layers:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(layer.get("epsg", EPSG))
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        lyr = ds.CreateLayer(layer["name"], srs, gtypes[layer["geom"]], ["SPATIAL_INDEX=YES"])
        for fname, ftype in layer["fields"]:
            lyr.CreateField(ogr.FieldDefn(fname, ftypes[ftype]))
        defn = lyr.GetLayerDefn()
        names = [f for f, _ in layer["fields"]]
        kinds = dict(layer["fields"])
        columns = [layer["attrs"][f] for f in names]
        lyr.StartTransaction()
        for k, wkt in enumerate(layer["wkt"]):
            feat = ogr.Feature(defn)
            feat.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
            for fname, col in zip(names, columns):
                value = col[k]
                if value is None:
                    feat.SetFieldNull(fname)
                elif kinds[fname] == "int":
                    feat.SetField(fname, int(value))
                elif kinds[fname] == "float":
                    feat.SetField(fname, float(value))
                else:
                    feat.SetField(fname, str(value))
            lyr.CreateFeature(feat)
        lyr.CommitTransaction()
    ds = None
    os.replace(tmp, path)
    return path


def _cached(name, size, build):
    path = DATA_DIR / f"{name}_{size}_v{VERSION}.gpkg"
    if not path.exists():
        write_gpkg(path, build())
    return str(path)


def _pt(x, y):
    return f"POINT ({x:.2f} {y:.2f})"


def _poly(coords):
    ring = list(coords) + [coords[0]]
    return "POLYGON (({}))".format(", ".join(f"{x:.2f} {y:.2f}" for x, y in ring))


def _line(coords):
    return "LINESTRING ({})".format(", ".join(f"{x:.2f} {y:.2f}" for x, y in coords))


def _rect(cx, cy, half_w, half_h, angle):
    c, s = math.cos(angle), math.sin(angle)
    pts = []
    for dx, dy in ((-half_w, -half_h), (half_w, -half_h), (half_w, half_h), (-half_w, half_h)):
        pts.append((cx + dx * c - dy * s, cy + dx * s + dy * c))
    return pts


def _square_wkt(x0, y0, side):
    return _poly([(x0, y0), (x0 + side, y0), (x0 + side, y0 + side), (x0, y0 + side)])


# -- soil energy -----------------------------------------------------------------------------
WELL_DENSITY = 17.0  # open wells per km2 (SKB MMB report 7, Den Haag)


def well_arrays(n, seed=11, density_km2=WELL_DENSITY):
    """Doublets (warm + cold well of one system) at ``density_km2``; arrays of length n."""
    rng = np.random.default_rng(seed)
    n_sys = max(1, n // 2)
    side = math.sqrt(n / density_km2) * 1000.0
    cx = X0 + rng.uniform(0, side, n_sys)
    cy = Y0 + rng.uniform(0, side, n_sys)
    volume = rng.choice([20000.0, 50000.0, 100000.0, 150000.0], n_sys)
    r = np.sqrt(4.18 * volume / (2.8 * math.pi * 40.0))
    spacing = r * np.where(rng.random(n_sys) < 0.25, 2.2, 3.5)
    angle = rng.uniform(0, math.pi, n_sys)
    dx, dy = spacing / 2 * np.cos(angle), spacing / 2 * np.sin(angle)
    top = rng.choice([20.0, 60.0, 120.0], n_sys)
    return {
        "x": np.concatenate([cx - dx, cx + dx]),
        "y": np.concatenate([cy - dy, cy + dy]),
        "volume": np.concatenate([volume, volume]),
        "system": np.concatenate([np.arange(n_sys), np.arange(n_sys)]),
        "warm": np.concatenate([np.ones(n_sys, bool), np.zeros(n_sys, bool)]),
        "top": np.concatenate([top, top]),
        "side": side,
    }


def wells(n):
    """Layers ``wells`` (n points) and ``closed_loops`` (n/10 points); returns the path."""

    def build():
        w = well_arrays(n)
        m = len(w["x"])
        rng = np.random.default_rng(12)
        n_cl = max(1, n // 10)
        side = w["side"]
        return [
            {
                "name": "wells",
                "geom": "Point",
                "fields": [
                    ("well_id", "str"),
                    ("system_id", "str"),
                    ("temperature", "str"),
                    ("volume_m3", "float"),
                    ("screen_top", "float"),
                    ("screen_bottom", "float"),
                ],
                "wkt": [_pt(w["x"][k], w["y"][k]) for k in range(m)],
                "attrs": {
                    "well_id": [f"W{k}" for k in range(m)],
                    "system_id": [f"S{s}" for s in w["system"]],
                    "temperature": np.where(w["warm"], "warm", "koud"),
                    "volume_m3": w["volume"],
                    "screen_top": w["top"],
                    "screen_bottom": w["top"] + 40.0,
                },
            },
            {
                "name": "closed_loops",
                "geom": "Point",
                "fields": [("loop_id", "str"), ("depth_top", "float"), ("depth_bottom", "float")],
                "wkt": [
                    _pt(x, y)
                    for x, y in zip(
                        X0 + rng.uniform(0, side, n_cl), Y0 + rng.uniform(0, side, n_cl)
                    )
                ],
                "attrs": {
                    "loop_id": [f"C{k}" for k in range(n_cl)],
                    "depth_top": np.zeros(n_cl),
                    "depth_bottom": rng.choice([50.0, 100.0, 150.0], n_cl),
                },
            },
        ]

    return _cached("wells", n, build)


def register(n):
    """Layer ``register``: a WKO-tool-like export of n well rows in WGS84 (lon/lat) with the
    register's field names and messy values: yearly volumes as text with Dutch thousands
    separators or 'onbekend', capacities with decimal commas or '<10', 5 % exact
    duplicates, 2 % out of use, one row outside the Netherlands."""

    def build():
        from osgeo import osr

        w = well_arrays(n, seed=31)
        m = len(w["x"])
        rng = np.random.default_rng(32)
        rd, wgs = osr.SpatialReference(), osr.SpatialReference()
        rd.ImportFromEPSG(28992)
        wgs.ImportFromEPSG(4326)
        wgs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        rd.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        to_wgs = osr.CoordinateTransformation(rd, wgs)
        lonlat = to_wgs.TransformPoints(list(zip(w["x"].tolist(), w["y"].tolist())))
        dup = rng.random(m) < 0.05
        order = np.concatenate([np.arange(m), np.nonzero(dup)[0]])
        yearly = (w["volume"] * 2).astype(int)
        kind = rng.integers(0, 4, m)
        volume_text = [
            ("onbekend", f"{v:,}".replace(",", "."), str(v), "-")[k]
            for v, k in zip(yearly.tolist(), kind.tolist())
        ]
        capacity_text = [
            ("<10", f"{c:.1f}".replace(".", ","), str(int(c)), "")[k]
            for c, k in zip(rng.uniform(10, 150, m).tolist(), rng.integers(0, 4, m).tolist())
        ]
        status = np.where(rng.random(m) < 0.02, "Buiten Gebruik", "In Gebruik")
        wkt = [f"POINT ({lonlat[k][0]:.6f} {lonlat[k][1]:.6f})" for k in order]
        wkt[-1] = "POINT (3.31357 47.97478)"  # France
        return [
            {
                "name": "register",
                "geom": "Point",
                "epsg": 4326,
                "fields": [
                    ("Installatie ID", "str"),
                    ("Status put", "str"),
                    ("Status installatie", "str"),
                    ("pompcapaciteit", "str"),
                    ("maxhoeveelheidm3onttrekking", "str"),
                ],
                "wkt": wkt,
                "attrs": {
                    "Installatie ID": [str(w["system"][k]) for k in order],
                    "Status put": [status[k] for k in order],
                    "Status installatie": ["In Gebruik"] * len(order),
                    "pompcapaciteit": [capacity_text[k] for k in order],
                    "maxhoeveelheidm3onttrekking": [volume_text[k] for k in order],
                },
            }
        ]

    return _cached("register", n, build)


def zones(km2):
    """Layers ``areas`` (km2 squares of 1 km2, area blocks) and ``wells`` (17 per km2)."""

    def build():
        cols = int(math.ceil(math.sqrt(km2)))
        squares = [(X0 + 1000.0 * (k % cols), Y0 + 1000.0 * (k // cols)) for k in range(km2)]
        n = int(round(km2 * WELL_DENSITY))
        rng = np.random.default_rng(21)
        cell = rng.integers(0, km2, n)
        x = np.array([squares[c][0] for c in cell]) + rng.uniform(0, 1000, n)
        y = np.array([squares[c][1] for c in cell]) + rng.uniform(0, 1000, n)
        return [
            {
                "name": "areas",
                "geom": "Polygon",
                "fields": [("name", "str")],
                "wkt": [_square_wkt(x0, y0, 1000.0) for x0, y0 in squares],
                "attrs": {"name": [f"block {k}" for k in range(km2)]},
            },
            {
                "name": "wells",
                "geom": "Point",
                "fields": [("temperature", "str")],
                "wkt": [_pt(a, b) for a, b in zip(x, y)],
                "attrs": {"temperature": np.where(rng.random(n) < 0.5, "warm", "koud")},
            },
        ]

    return _cached("zones", km2, build)


# -- deep geothermal ---------------------------------------------------------------------------
def geothermal(n):
    """Layers ``locations`` (n points 3 km apart on average) and ``sensitive`` (n/2)."""

    def build():
        rng = np.random.default_rng(31)
        side = math.sqrt(n) * 3000.0
        x, y = X0 + rng.uniform(0, side, n), Y0 + rng.uniform(0, side, n)
        m = max(1, n // 2)
        sx, sy = X0 + rng.uniform(0, side, m), Y0 + rng.uniform(0, side, m)
        return [
            {
                "name": "locations",
                "geom": "Point",
                "fields": [
                    ("name", "str"),
                    ("category", "int"),
                    ("doublets", "int"),
                    ("azimuth", "float"),
                ],
                "wkt": [_pt(a, b) for a, b in zip(x, y)],
                "attrs": {
                    "name": [f"G{k}" for k in range(n)],
                    "category": rng.integers(1, 4, n),
                    "doublets": rng.integers(1, 4, n),
                    "azimuth": rng.uniform(0, 180, n),
                },
            },
            {
                "name": "sensitive",
                "geom": "Polygon",
                "fields": [("kind", "str")],
                "wkt": [_poly(_rect(a, b, 40, 25, 0.3)) for a, b in zip(sx, sy)],
                "attrs": {"kind": ["school"] * m},
            },
        ]

    return _cached("geothermal", n, build)


# -- aquathermal ---------------------------------------------------------------------------
def quays(km):
    """Layers ``quays`` (km of quay lines), ``water`` (the canals), ``demand`` (points)."""

    def build():
        rng = np.random.default_rng(41)
        n_canals = max(1, int(round(km / 2.0)))
        cols = int(math.ceil(math.sqrt(n_canals)))
        water, quay, demand = [], [], []
        flows, qid, years = [], [], []
        for k in range(n_canals):
            cx = X0 + 1500.0 * (k % cols) + 750.0
            cy = Y0 + 1500.0 * (k // cols) + 750.0
            ang = rng.uniform(0, math.pi)
            half_w = rng.uniform(10.0, 20.0)
            water.append(_poly(_rect(cx, cy, 500.0, half_w, ang)))
            flows.append(0.0 if rng.random() < 0.8 else float(rng.uniform(0.5, 5.0)))
            c, s = math.cos(ang), math.sin(ang)
            for side in (-1.0, 1.0):
                ox, oy = -s * half_w * side, c * half_w * side
                # a quay line 1 km long with a vertex every 100 m (as digitised quays are)
                pts = [(cx + t * c + ox, cy + t * s + oy) for t in np.linspace(-500, 500, 11)]
                quay.append(_line(pts))
                qid.append(f"Q{len(qid)}")
                years.append(int(rng.integers(1900, 2020)))
            for _ in range(10):
                t, d = rng.uniform(-500, 500), rng.uniform(40, 300) * rng.choice([-1, 1])
                demand.append(_pt(cx + t * c - s * d, cy + t * s + c * d))
        n_dem = len(demand)
        return [
            {
                "name": "quays",
                "geom": "LineString",
                "fields": [("quay_id", "str"), ("renovation_year", "int")],
                "wkt": quay,
                "attrs": {"quay_id": qid, "renovation_year": years},
            },
            {
                "name": "water",
                "geom": "Polygon",
                "fields": [("flow_m3s", "float")],
                "wkt": water,
                "attrs": {"flow_m3s": flows},
            },
            {
                "name": "demand",
                "geom": "Point",
                "fields": [("demand_gj", "float")],
                "wkt": demand,
                "attrs": {"demand_gj": rng.uniform(500, 5000, n_dem)},
            },
        ]

    return _cached("quays", km, build)


def wastewater(n):
    """Layer ``sources``: n pumping stations / treatment plants (one per 4 km2)."""

    def build():
        rng = np.random.default_rng(51)
        side = math.sqrt(n * 4.0) * 1000.0
        flow = np.exp(rng.uniform(math.log(500), math.log(100000), n))
        return [
            {
                "name": "sources",
                "geom": "Point",
                "fields": [("name", "str"), ("flow_m3_day", "float"), ("delta_t", "float")],
                "wkt": [
                    _pt(a, b)
                    for a, b in zip(X0 + rng.uniform(0, side, n), Y0 + rng.uniform(0, side, n))
                ],
                "attrs": {
                    "name": [f"RWZI {k}" for k in range(n)],
                    "flow_m3_day": flow,
                    "delta_t": rng.choice([3.0, 4.0, 5.0], n),
                },
            },
        ]

    return _cached("wastewater", n, build)


# -- residual heat (WOS) -----------------------------------------------------------------------
def wos(km2):
    """Layers ``study_area``, ``main``, ``network``, ``demand``, ``homes``, ``water``."""

    def build():
        rng = np.random.default_rng(61)
        side = math.sqrt(km2) * 1000.0
        x1, y1 = X0 + side, Y0 + side
        mains = [
            _line([(X0, y), (x1, y + 300.0)])
            for y in Y0 + np.arange(0.5, max(1.0, side / 5000.0)) * 5000.0
            if y < y1
        ]
        if not mains:
            mains = [_line([(X0, Y0 + side / 2), (x1, Y0 + side / 2 + 100.0)])]
        net = []
        for v in np.arange(750.0, side, 1500.0):
            net.append(_line([(X0 + v, Y0), (X0 + v, y1)]))
            net.append(_line([(X0, Y0 + v), (x1, Y0 + v)]))
        cols = max(1, int(round(side / 1000.0)))
        demand, dem_gj = [], []
        for i in range(cols):
            for j in range(cols):
                demand.append(_square_wkt(X0 + i * 1000.0 + 250.0, Y0 + j * 1000.0 + 250.0, 500.0))
                dem_gj.append(float(rng.uniform(10000, 200000)))
        g = np.arange(25.0, side, 50.0)
        gx, gy = np.meshgrid(g, g)
        gx, gy = gx.ravel(), gy.ravel()
        # parks and sports fields: leave out 30 % of the 500 m blocks
        park = rng.random((cols * 2 + 2, cols * 2 + 2)) < 0.3
        keep = ~park[(gx // 500).astype(int), (gy // 500).astype(int)]
        gx, gy = gx[keep] + X0, gy[keep] + Y0
        canals = [
            _poly(
                _rect(
                    X0 + rng.uniform(0, side),
                    Y0 + rng.uniform(0, side),
                    600.0,
                    15.0,
                    rng.uniform(0, math.pi),
                )
            )
            for _ in range(max(1, km2 // 10))
        ]
        return [
            {
                "name": "study_area",
                "geom": "Polygon",
                "fields": [("name", "str")],
                "wkt": [_square_wkt(X0, Y0, side)],
                "attrs": {"name": ["study area"]},
            },
            {
                "name": "main",
                "geom": "LineString",
                "fields": [("name", "str")],
                "wkt": mains,
                "attrs": {"name": ["main"] * len(mains)},
            },
            {
                "name": "network",
                "geom": "LineString",
                "fields": [("name", "str")],
                "wkt": net,
                "attrs": {"name": ["net"] * len(net)},
            },
            {
                "name": "demand",
                "geom": "Polygon",
                "fields": [("demand_gj", "float")],
                "wkt": demand,
                "attrs": {"demand_gj": dem_gj},
            },
            {
                "name": "homes",
                "geom": "Point",
                "fields": [("homes", "int")],
                "wkt": [_pt(a, b) for a, b in zip(gx, gy)],
                "attrs": {"homes": np.ones(len(gx))},
            },
            {
                "name": "water",
                "geom": "Polygon",
                "fields": [("name", "str")],
                "wkt": canals,
                "attrs": {"name": ["canal"] * len(canals)},
            },
        ]

    return _cached("wos", km2, build)


# -- spatial claims ----------------------------------------------------------------------------
CLAIM_TYPES = [
    "geothermie_locatie",
    "aquathermie",
    "restwarmte_wos",
    "bodemenergie_zone_warm",
    "bodemenergie_zone_koud",
    "warmtenet_trace",
    "overig",
]
LEVELS = {
    "geothermie_locatie": "beide",
    "aquathermie": "beide",
    "restwarmte_wos": "bovengronds",
    "bodemenergie_zone_warm": "ondergronds",
    "bodemenergie_zone_koud": "ondergronds",
    "warmtenet_trace": "ondergronds",
    "overig": "beide",
}


def claims(n):
    """Layer ``claims``: n polygons (ten per km2) with the register's fields."""

    def build():
        rng = np.random.default_rng(71)
        side = math.sqrt(n / 10.0) * 1000.0
        x, y = X0 + rng.uniform(0, side, n), Y0 + rng.uniform(0, side, n)
        half = np.exp(rng.uniform(math.log(15.0), math.log(150.0), n))
        big = rng.random(n) < 0.01
        half[big] = 500.0
        aspect = rng.uniform(0.4, 1.0, n)
        ang = rng.uniform(0, math.pi, n)
        ctype = rng.choice(CLAIM_TYPES, n)
        level = [LEVELS[t] for t in ctype]
        # top and bottom are drawn independently, so about 5 % of the underground claims
        # have their top below their bottom: addclaims rejects them and claimconflicts
        # treats them as of unknown depth (the skip paths run too). The results in
        # benchmarks/results were measured on this data (VERSION 1).
        top = np.where(
            [lv == "ondergronds" for lv in level], rng.choice([0.0, 20.0, 60.0], n), None
        )
        bottom = np.where(
            [lv == "bovengronds" for lv in level], None, rng.choice([40.0, 100.0, 200.0], n)
        )
        return [
            {
                "name": "claims",
                "geom": "Polygon",
                "fields": [
                    ("claim_id", "str"),
                    ("name", "str"),
                    ("claim_type", "str"),
                    ("status", "str"),
                    ("level", "str"),
                    ("depth_top_m", "float"),
                    ("depth_bottom_m", "float"),
                    ("initiator", "str"),
                ],
                "wkt": [
                    _poly(_rect(x[k], y[k], half[k], half[k] * aspect[k], ang[k])) for k in range(n)
                ],
                "attrs": {
                    "claim_id": [f"RC{k:06d}" for k in range(n)],
                    "name": [f"claim {k}" for k in range(n)],
                    "claim_type": ctype,
                    "status": rng.choice(["concept", "vastgesteld"], n),
                    "level": level,
                    "depth_top_m": top,
                    "depth_bottom_m": bottom,
                    "initiator": rng.choice(["gemeente", "provincie", "netbeheerder"], n),
                },
            },
        ]

    return _cached("claims", n, build)


# -- heat balance ------------------------------------------------------------------------------
def heatbalance(n):
    """Layers ``areas`` (n squares of 500 m with demand in TJ) and ``sources`` (n/10 points)."""

    def build():
        rng = np.random.default_rng(81)
        cols = int(math.ceil(math.sqrt(n)))
        x0 = X0 + 500.0 * (np.arange(n) % cols)
        y0 = Y0 + 500.0 * (np.arange(n) // cols)
        m = max(1, n // 10)
        pick = rng.integers(0, n, m)
        return [
            {
                "name": "areas",
                "geom": "Polygon",
                "fields": [
                    ("code", "str"),
                    ("ht_tj", "float"),
                    ("mt_tj", "float"),
                    ("lt_tj", "float"),
                ],
                "wkt": [_square_wkt(a, b, 500.0) for a, b in zip(x0, y0)],
                "attrs": {
                    "code": [f"BU{k:05d}" for k in range(n)],
                    "ht_tj": rng.uniform(0, 40, n),
                    "mt_tj": rng.uniform(0, 30, n),
                    "lt_tj": rng.uniform(0, 40, n),
                },
            },
            {
                "name": "sources",
                "geom": "Point",
                "fields": [
                    ("name", "str"),
                    ("heat_tj", "float"),
                    ("temp_class", "str"),
                    ("source_type", "str"),
                ],
                "wkt": [
                    _pt(x0[p] + rng.uniform(0, 500), y0[p] + rng.uniform(0, 500)) for p in pick
                ],
                "attrs": {
                    "name": [f"bron {k}" for k in range(m)],
                    "heat_tj": rng.uniform(10, 500, m),
                    "temp_class": rng.choice(["HT", "MT", "LT"], m),
                    "source_type": rng.choice(["restwarmte", "aquathermie", "geothermie"], m),
                },
            },
        ]

    return _cached("heatbalance", n, build)


GENERATORS = {
    "wells": wells,
    "zones": zones,
    "geothermal": geothermal,
    "quays": quays,
    "wastewater": wastewater,
    "wos": wos,
    "claims": claims,
    "heatbalance": heatbalance,
}


def main(argv):
    sizes = {
        "wells": [1000, 10000, 50000],
        "zones": [10, 100, 400],
        "geothermal": [10, 100, 1000],
        "quays": [10, 100, 500],
        "wastewater": [100, 1000, 10000],
        "wos": [10, 100, 400],
        "claims": [1000, 10000, 50000],
        "heatbalance": [100, 1000, 12000],
    }
    names = argv or list(sizes)
    for name in names:
        for size in sizes[name]:
            print(GENERATORS[name](size))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
